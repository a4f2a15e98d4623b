/**
 * How many writes (feedback clicks, expert questions) one person and one organisation may make per window. Each
 * kind of write has its own limiter with the same limits, so one flood does not block the other. One instance
 * counts only its own traffic: with N instances behind a load balancer a person gets up to N times the limit,
 * which still bounds what reaches the store.
 */
export interface RateLimits {
  perUser: number;
  perTenant: number;
  windowMs: number;
}

export type RateDecision = { allowed: true } | { allowed: false; scope: 'user' | 'tenant'; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts one write for the user and their tenant if both are under their limits; counts nothing otherwise. */
  take(userKey: string, tenantKey: string | undefined): RateDecision;
}

/** Counters kept at most; beyond that, ended windows are dropped first (a flood of made-up ids cannot grow memory). */
const MAX_COUNTERS = 50_000;

interface Window {
  startedAt: number;
  count: number;
}

/** Fixed windows per key: simple, exact to the window, and cheap enough to run on every click. */
export function createRateLimiter(limits: RateLimits, now: () => number = Date.now): RateLimiter {
  const windows = new Map<string, Window>();

  const current = (key: string, at: number): Window => {
    const found = windows.get(key);
    if (found && at - found.startedAt < limits.windowMs) return found;
    if (windows.size >= MAX_COUNTERS) {
      for (const [other, window] of windows) if (at - window.startedAt >= limits.windowMs) windows.delete(other);
      // Still full: the oldest counters go (Map keeps insertion order); a person loses at most one window's count.
      for (const other of windows.keys()) {
        if (windows.size < MAX_COUNTERS) break;
        windows.delete(other);
      }
    }
    const fresh = { startedAt: at, count: 0 };
    windows.delete(key);
    windows.set(key, fresh);
    return fresh;
  };

  const refusal = (scope: 'user' | 'tenant', window: Window, at: number): RateDecision => ({
    allowed: false,
    scope,
    retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + limits.windowMs - at) / 1000))
  });

  return {
    take(userKey, tenantKey) {
      const at = now();
      const user = current(`user:${userKey}`, at);
      if (user.count >= limits.perUser) return refusal('user', user, at);
      const tenant = tenantKey === undefined ? undefined : current(`tenant:${tenantKey}`, at);
      if (tenant && tenant.count >= limits.perTenant) return refusal('tenant', tenant, at);
      user.count += 1;
      if (tenant) tenant.count += 1;
      return { allowed: true };
    }
  };
}
