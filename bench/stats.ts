/** Latency figures in milliseconds, rounded for a report; throughput in requests per second. */
export interface LatencySummary {
  requests: number;
  errors: number;
  seconds: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

/** Nearest-rank percentile of ascending values. */
function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil(fraction * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}

export function summarise(latencies: readonly number[], errors: number, elapsedMs: number): LatencySummary {
  const sorted = Float64Array.from(latencies).sort();
  return {
    requests: sorted.length,
    errors,
    seconds: round(elapsedMs / 1000, 2),
    throughput: round(sorted.length / (elapsedMs / 1000), 0),
    p50: round(percentile(sorted, 0.5), 2),
    p95: round(percentile(sorted, 0.95), 2),
    p99: round(percentile(sorted, 0.99), 2),
    max: round(sorted[sorted.length - 1] ?? Number.NaN, 2)
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** ours / floor, two decimals; for throughput above 1 is better, for latency below 1. */
export function ratio(ours: number, floor: number): number {
  return round(ours / floor, 2);
}

export { round };
