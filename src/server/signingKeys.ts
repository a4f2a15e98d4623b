import { createPublicKey } from 'node:crypto';
import CachePolicy from 'http-cache-semantics';
import type { Logger } from 'pino';
import { z } from 'zod';
import { errorCode, formatError } from '../errors/catalog';

/**
 * The keys inbound tokens are signed with, from an OpenID metadata document and the key set it names, for
 * botbuilder and for the check before it. botframework-connector 4.23's own OpenIdMetadata fetches both documents
 * once per request while they cannot be had (no fetch is shared, nothing is kept back after a failure) and reports
 * the failure as a refused token. Here: one fetch at a time, shared by every request waiting for it; kept as long as
 * the key set's cache headers say (within bounds); refreshed in the background when that time is up; served stale
 * for a bounded time while the endpoint fails; after a failure, no new attempt until a growing back-off has passed.
 */
export interface SigningKeyTimings {
  /** Each document must arrive within this. */
  fetchTimeoutMs: number;
  /** Bounds on how long a key set is fresh, whatever its cache headers say (no headers: the maximum). */
  minFreshMs: number;
  maxFreshMs: number;
  /** After its fresh time, a key set is still used this long while it cannot be fetched again. */
  staleMs: number;
  /** Back-off after a failed fetch, doubling from the first to the last. */
  retryMinMs: number;
  retryMaxMs: number;
  /** A token naming a key the set lacks makes a new fetch at most this often (keys are rotated, forgers guess). */
  unknownKeyCooldownMs: number;
}

export const DEFAULT_SIGNING_KEY_TIMINGS: SigningKeyTimings = {
  fetchTimeoutMs: 5_000,
  minFreshMs: 5 * 60_000,
  maxFreshMs: 24 * 60 * 60_000,
  staleMs: 24 * 60 * 60_000,
  retryMinMs: 1_000,
  retryMaxMs: 60_000,
  unknownKeyCooldownMs: 5 * 60_000
};

/** What botbuilder's JwtTokenExtractor asks a metadata source for: the key as PEM and the channels it is endorsed for. */
export interface SigningKey {
  key: string;
  endorsements?: string[];
}

export type KeyLookup =
  | { outcome: 'found' }
  | { outcome: 'unknown' }
  /** No usable key set and none to be had now; the next attempt is not before this many seconds. */
  | { outcome: 'unavailable'; retryAfterSeconds: number };

const MAX_DOCUMENT_BYTES = 1024 * 1024;

const metadataSchema = z.looseObject({ jwks_uri: z.url({ protocol: /^https?$/ }) });
const keySetSchema = z.looseObject({
  keys: z.array(
    z.looseObject({
      kid: z.string().optional(),
      kty: z.string().optional(),
      n: z.string().optional(),
      e: z.string().optional(),
      endorsements: z.array(z.string()).optional()
    })
  )
});

interface KeySet {
  keys: Map<string, SigningKey>;
  fetchedAt: number;
  freshUntil: number;
}

class DocumentError extends Error {}

async function fetchDocument(url: string, timeoutMs: number): Promise<{ body: unknown; response: Response }> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
  } catch (error) {
    throw new DocumentError(`${url}: ${(error as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs} ms` : (error as Error).message}`);
  }
  if (!response.ok) {
    await response.body?.cancel();
    throw new DocumentError(`${url}: HTTP ${response.status}`);
  }
  if (Number(response.headers.get('content-length') ?? 0) > MAX_DOCUMENT_BYTES) {
    await response.body?.cancel();
    throw new DocumentError(`${url}: larger than ${MAX_DOCUMENT_BYTES} bytes`);
  }
  try {
    return { body: await response.json(), response };
  } catch (error) {
    throw new DocumentError(`${url}: not JSON (${(error as Error).message})`);
  }
}

/** RSA keys only, as botbuilder; a key it could not use is left out rather than failing the whole set. */
function keysOf(document: z.infer<typeof keySetSchema>): Map<string, SigningKey> {
  const keys = new Map<string, SigningKey>();
  for (const jwk of document.keys) {
    if (!jwk.kid || !jwk.n || !jwk.e) continue;
    try {
      const key = createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' }).export({ type: 'spki', format: 'pem' });
      keys.set(jwk.kid, { key: key.toString(), endorsements: jwk.endorsements });
    } catch {
      // Not a usable RSA key.
    }
  }
  return keys;
}

export class SigningKeys {
  private keySet: KeySet | undefined;
  private refreshing: Promise<void> | undefined;
  private failures = 0;
  private lastFailure = '';
  private nextAttemptAt = 0;
  private lastFetchStartedAt = 0;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    readonly metadataUrl: string,
    private readonly logger: Logger,
    private readonly timings: SigningKeyTimings = DEFAULT_SIGNING_KEY_TIMINGS,
    private readonly now: () => number = Date.now
  ) {}

  /** Starts the first fetch without waiting for it, so the first request finds the keys. */
  start(): void {
    this.stopped = false;
    void this.refresh();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.timer);
  }

  /** False once keys cannot be had: none usable, and the last attempt failed. */
  get available(): boolean {
    return this.usable() !== undefined || this.failures === 0;
  }

  /**
   * Whether a token's key can be checked: waits for a fetch under way or, when there is nothing usable and the
   * back-off allows, for a new one; a key the set lacks makes a new fetch at most once per cool-down.
   */
  async lookup(kid: string): Promise<KeyLookup> {
    let keySet = this.usable();
    if (!keySet) {
      if (this.refreshing || this.now() >= this.nextAttemptAt) await this.refresh();
      keySet = this.usable();
      if (!keySet) return this.unavailable();
    } else if (this.now() >= keySet.freshUntil) {
      void this.refresh();
    }
    if (keySet.keys.has(kid)) return { outcome: 'found' };
    if (this.now() - this.lastFetchStartedAt >= this.timings.unknownKeyCooldownMs && this.now() >= this.nextAttemptAt) {
      await this.refresh();
      if (this.usable()?.keys.has(kid)) return { outcome: 'found' };
      if (!this.usable()) return this.unavailable();
    }
    return { outcome: 'unknown' };
  }

  /** botbuilder's JwtTokenExtractor asks this; lookup() has run first, so it answers from what is held. */
  async getKey(kid: string): Promise<SigningKey | null> {
    return this.usable()?.keys.get(kid) ?? null;
  }

  private usable(): KeySet | undefined {
    const keySet = this.keySet;
    return keySet && this.now() < keySet.freshUntil + this.timings.staleMs ? keySet : undefined;
  }

  private unavailable(): KeyLookup {
    return { outcome: 'unavailable', retryAfterSeconds: Math.max(1, Math.ceil((this.nextAttemptAt - this.now()) / 1000)) };
  }

  /** One fetch at a time: whoever asks while one is under way waits for that one. */
  private refresh(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.refreshing ??= this.fetchKeySet().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async fetchKeySet(): Promise<void> {
    this.lastFetchStartedAt = this.now();
    try {
      const metadata = metadataSchema.safeParse((await fetchDocument(this.metadataUrl, this.timings.fetchTimeoutMs)).body);
      if (!metadata.success) throw new DocumentError(`${this.metadataUrl}: no jwks_uri`);
      const { body, response } = await fetchDocument(metadata.data.jwks_uri, this.timings.fetchTimeoutMs);
      const document = keySetSchema.safeParse(body);
      if (!document.success) throw new DocumentError(`${metadata.data.jwks_uri}: not a key set`);
      const keys = keysOf(document.data);
      if (keys.size === 0) throw new DocumentError(`${metadata.data.jwks_uri}: no usable RSA key`);
      this.keep(keys, response, metadata.data.jwks_uri);
    } catch (error) {
      this.failed(error instanceof DocumentError ? error.message : String(error));
    }
  }

  private keep(keys: Map<string, SigningKey>, response: Response, url: string): void {
    const fetchedAt = this.now();
    const policy = new CachePolicy(
      { url, method: 'GET', headers: {} },
      { status: response.status, headers: Object.fromEntries(response.headers) },
      { shared: false }
    );
    const hasFreshness = response.headers.has('cache-control') || response.headers.has('expires');
    const ttl = hasFreshness ? policy.timeToLive() : this.timings.maxFreshMs;
    const freshFor = Math.min(this.timings.maxFreshMs, Math.max(this.timings.minFreshMs, ttl));
    this.keySet = { keys, fetchedAt, freshUntil: fetchedAt + freshFor };
    if (this.failures > 0) this.logger.info({ metadataUrl: this.metadataUrl }, 'token signing keys fetched again');
    this.failures = 0;
    this.nextAttemptAt = 0;
    // Refreshed in the background when fresh time is up, so requests never wait for it.
    this.schedule(freshFor);
  }

  private failed(reason: string): void {
    this.failures += 1;
    this.lastFailure = reason;
    const backoff = Math.min(this.timings.retryMaxMs, this.timings.retryMinMs * 2 ** (this.failures - 1));
    this.nextAttemptAt = this.now() + backoff;
    const keySet = this.usable();
    const params = { url: this.metadataUrl, reason, retryMs: backoff };
    if (keySet) {
      const until = new Date(keySet.freshUntil + this.timings.staleMs).toISOString();
      this.logger.warn(
        { code: errorCode('signingKeysStale'), ...params, until },
        formatError('signingKeysStale', { ...params, until })
      );
    } else {
      this.logger.error({ code: errorCode('signingKeysUnavailable'), ...params }, formatError('signingKeysUnavailable', params));
    }
    this.schedule(backoff);
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.refresh(), delayMs);
    this.timer.unref();
  }

  /** The reason of the last failed fetch, for the log of a request answered 503. */
  get failure(): string {
    return this.lastFailure;
  }
}

/**
 * One key source per metadata URL in the process, shared by every server that uses it: botbuilder looks its
 * source up by URL, so two sources for one URL would leave one server checking tokens against the other's keys.
 */
const shared = new Map<string, { keys: SigningKeys; users: number }>();

export function acquireSigningKeys(metadataUrl: string, logger: Logger, timings: SigningKeyTimings): SigningKeys {
  const entry = shared.get(metadataUrl) ?? { keys: new SigningKeys(metadataUrl, logger, timings), users: 0 };
  entry.users += 1;
  shared.set(metadataUrl, entry);
  return entry.keys;
}

/** Stops the source when no server uses it any more; true when it was stopped. */
export function releaseSigningKeys(keys: SigningKeys): boolean {
  const entry = shared.get(keys.metadataUrl);
  if (!entry || entry.keys !== keys) return false;
  entry.users -= 1;
  if (entry.users > 0) return false;
  shared.delete(keys.metadataUrl);
  keys.stop();
  return true;
}
