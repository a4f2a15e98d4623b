import type { LatencySummary } from './stats';

/** A plain-text table: first row is the header, columns padded, numbers right-aligned. */
export function table(rows: readonly (readonly (string | number)[])[]): string {
  const cells = rows.map((row) => row.map((cell) => String(cell)));
  const widths = cells[0]?.map((_, column) => Math.max(...cells.map((row) => (row[column] ?? '').length))) ?? [];
  const line = (row: readonly string[], index: number) =>
    row
      .map((cell, column) => {
        const width = widths[column] ?? 0;
        const numeric = index > 0 && /^[-\d.×%]+$/.test(cell);
        return numeric ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const [header, ...body] = cells;
  if (!header) return '';
  return [line(header, 0), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map((row) => line(row, 1))].join('\n');
}

export function latencyRow(
  label: readonly (string | number)[],
  summary: LatencySummary & { cpuMsPerRequest: number }
): (string | number)[] {
  const { throughput, p50, p95, p99, max, cpuMsPerRequest, errors, requests } = summary;
  return [...label, throughput, p50, p95, p99, max, cpuMsPerRequest, errors, requests];
}

/** Bot CPU per request: user + system time of the bot's process over the run, divided by the requests answered. */
export const latencyHeader = ['req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'CPU ms/req', 'errors', 'requests'];

export interface Bar {
  bar: string;
  target: string;
  value: string;
  pass: boolean | null;
}

export function barLines(bars: readonly Bar[]): string {
  return table([
    ['bar', 'target', 'measured', 'result'],
    ...bars.map((bar) => [bar.bar, bar.target, bar.value, bar.pass === null ? 'n/a' : bar.pass ? 'PASS' : 'FAIL'])
  ]);
}
