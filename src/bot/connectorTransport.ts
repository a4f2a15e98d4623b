import http from 'node:http';
import https from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ConnectorClientOptions } from 'botframework-connector';
import type { Logger } from 'pino';
import { CatalogError, errorCode, formatError } from '../errors/catalog';

/**
 * How the bot sends to the Bot Framework connector (replies go out while Teams waits for the HTTP answer,
 * which it gives up on after about 15 seconds).
 *
 * botbuilder's ConnectorClient, left alone, retries 3 times: after 5xx, 408 and connection errors with
 * exponential backoff from 1 s up to 64 s, and after 429/503 for exactly as long as Retry-After says,
 * however long that is; an attempt has no timeout, so a connector that never answers holds the turn forever.
 * A POST that failed with a 500 or a dropped connection may have been delivered, so retrying it can
 * post the same card twice.
 *
 * This transport replaces that: every call has one time budget for all its attempts; a POST is retried only
 * when the connector cannot have taken it (429 and 503, which mean "not processed, come back later",
 * and a refused connection); idempotent methods are also retried after other 5xx, resets and timeouts.
 * When it gives up it throws a plain error (not the SDK's RestError), so the SDK's own retry policy,
 * which still wraps this transport, passes it straight through instead of starting over.
 */
export type ConnectorHttpClient = NonNullable<ConnectorClientOptions['httpClient']>;
type OutgoingRequest = Parameters<ConnectorHttpClient['sendRequest']>[0];
type ConnectorResponse = Awaited<ReturnType<ConnectorHttpClient['sendRequest']>>;

export interface ConnectorPolicy {
  /** One call, all attempts and waits included, ends within this many milliseconds. */
  budgetMs: number;
  maxAttempts: number;
}

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS']);
/** "Not processed, try again later": safe to resend whatever the method. */
const NOT_PROCESSED_STATUSES = new Set([429, 503]);
/** Worth another try only when sending the request twice does no harm. */
const TRANSIENT_STATUSES = new Set([408, 500, 502, 504]);
/** Set here from the body and URL, or hop-by-hop (the agent's business): passing the pipeline's values on would conflict. */
const HEADERS_SET_HERE = new Set(['content-length', 'host', 'connection', 'transfer-encoding']);

const FIRST_BACKOFF_MS = 200;
/** Below the idle timeouts of load balancers and NAT on the way (Azure's: 4 minutes). */
const IDLE_CONNECTION_MS = 30_000;

type Outcome =
  | { kind: 'response'; status: number; headers: http.IncomingHttpHeaders; body: string }
  /** `delivered: false`: the connection was refused, so the connector never saw the request. */
  | { kind: 'failure'; reason: string; delivered: boolean };

/** An attempt that ran out of the call's time budget. */
class AttemptTimeout extends Error {
  override readonly name = 'TimeoutError';
}

function refusedConnection(error: unknown): boolean {
  return (error as { code?: unknown } | undefined)?.code === 'ECONNREFUSED';
}

/** Node's socket errors carry a code (ECONNRESET, ECONNREFUSED); the message alone may not name it. */
function failureReason(error: unknown, budgetMs: number): string {
  if (error instanceof AttemptTimeout) return `no answer within ${budgetMs} ms`;
  const { message, code } = (error ?? {}) as { message?: unknown; code?: unknown };
  const text = typeof message === 'string' ? message : String(error);
  return typeof code === 'string' && !text.includes(code) ? `${text} (${code})` : text;
}

/** Retry-After in seconds or as an HTTP date; undefined when absent or unreadable. */
function retryAfterMs(headers: http.IncomingHttpHeaders): number | undefined {
  const value = headers['retry-after']?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

function retryable(outcome: Outcome, idempotent: boolean): boolean {
  if (outcome.kind === 'failure') return !outcome.delivered || idempotent;
  return NOT_PROCESSED_STATUSES.has(outcome.status) || (idempotent && TRANSIENT_STATUSES.has(outcome.status));
}

/** A status the SDK's retry policy would act on itself; everything else is handed to the SDK as it came. */
function sdkWouldRetry(status: number): boolean {
  return NOT_PROCESSED_STATUSES.has(status) || status === 408 || (status >= 500 && status !== 501 && status !== 505);
}

function describe(outcome: Outcome): string {
  return outcome.kind === 'response' ? `HTTP ${outcome.status}` : outcome.reason;
}

function compatResponse(request: OutgoingRequest, outcome: Extract<Outcome, { kind: 'response' }>): ConnectorResponse {
  // An empty header set of the SDK's own kind, filled with what the connector sent.
  const headers = request.headers.clone();
  for (const name of headers.headerNames()) headers.remove(name);
  for (const [name, value] of Object.entries(outcome.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  return { request, status: outcome.status, headers, bodyAsText: outcome.body };
}

export function createConnectorHttpClient(policy: ConnectorPolicy, logger: Logger): ConnectorHttpClient {
  // node:http with kept-alive connections rather than fetch: fetch cost about 0.3 ms of CPU per reply,
  // a third of a whole turn (see docs/PERFORMANCE.md). Idle sockets are unref'd by the agent and keep no process alive.
  // A post sent on a connection the connector is closing for idleness fails with a reset that cannot be told from a
  // post the connector took and dropped, so it is not retried: the reply would be lost. With a `timeout`, Node's agent
  // closes an idle connection itself a second before the connector's Keep-Alive hint (and after IDLE_CONNECTION_MS
  // without one); without it, the agent ignores the hint and keeps the connection until the connector closes it.
  const agentOptions = { keepAlive: true, timeout: IDLE_CONNECTION_MS };
  const agents = { http: new http.Agent(agentOptions), https: new https.Agent(agentOptions) };

  function attempt(request: OutgoingRequest, url: URL, body: Buffer | undefined, remainingMs: number): Promise<Outcome> {
    return new Promise((resolve) => {
      const secure = url.protocol === 'https:';
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers.rawHeaders())) {
        if (!HEADERS_SET_HERE.has(name.toLowerCase())) headers[name] = value;
      }
      if (body !== undefined) headers['content-length'] = String(body.length);
      let timer: NodeJS.Timeout | undefined;
      const fail = (error: unknown) => {
        clearTimeout(timer);
        resolve({ kind: 'failure', reason: failureReason(error, policy.budgetMs), delivered: !refusedConnection(error) });
      };
      const received = (response: http.IncomingMessage) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', fail);
        response.on('end', () => {
          clearTimeout(timer);
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ kind: 'response', status: response.statusCode ?? 0, headers: response.headers, body: text });
        });
      };
      const options: http.RequestOptions = {
        method: request.method,
        headers,
        agent: secure ? agents.https : agents.http,
        ...(request.abortSignal instanceof AbortSignal ? { signal: request.abortSignal } : {})
      };
      let outgoing: http.ClientRequest;
      try {
        outgoing = (secure ? https : http).request(url, options, received);
      } catch (error) {
        // A header value the SDK should never produce (a control character) is refused before anything is sent.
        fail(error);
        return;
      }
      timer = setTimeout(() => outgoing.destroy(new AttemptTimeout()), Math.max(1, remainingMs));
      outgoing.on('error', fail);
      outgoing.end(body);
    });
  }

  return {
    async sendRequest(request) {
      const started = Date.now();
      const deadline = started + policy.budgetMs;
      const idempotent = IDEMPOTENT_METHODS.has(request.method.toUpperCase());
      const url = new URL(request.url);
      const target = url.host;
      // Encoded once, for every attempt: its length is the content-length, and the socket writes the bytes as they are
      // (a reply is a card of 7-9 kB; measuring the string and then encoding it cost two passes over it).
      const body = typeof request.body === 'string' ? Buffer.from(request.body, 'utf8') : undefined;
      for (let attemptNumber = 1; ; attemptNumber++) {
        const outcome = await attempt(request, url, body, deadline - Date.now());
        if (outcome.kind === 'response' && !sdkWouldRetry(outcome.status)) return compatResponse(request, outcome);

        const waitMs =
          (outcome.kind === 'response' ? retryAfterMs(outcome.headers) : undefined) ?? FIRST_BACKOFF_MS * 2 ** (attemptNumber - 1);
        const canRetry =
          retryable(outcome, idempotent) && attemptNumber < policy.maxAttempts && Date.now() + waitMs < deadline;
        if (!canRetry) {
          const params = { attempts: attemptNumber, elapsedMs: Date.now() - started, reason: describe(outcome) };
          logger.warn({ code: errorCode('connectorGaveUp'), method: request.method, target, ...params }, formatError('connectorGaveUp', params));
          throw new CatalogError('connectorGaveUp', params);
        }
        const params = { reason: describe(outcome), delayMs: waitMs, attempt: attemptNumber + 1, attempts: policy.maxAttempts };
        logger.info({ code: errorCode('connectorRetrying'), method: request.method, target, ...params }, formatError('connectorRetrying', params));
        await sleep(waitMs);
      }
    }
  };
}
