import http from 'node:http';
import type { BenchConnector } from './connector';
import type { BenchQuestion } from './questions';

/**
 * A closed-loop load generator: `concurrency` workers, each sends one Teams message activity on a keep-alive
 * connection and sends the next as soon as the reply has reached the connector and the POST was answered.
 * Latency is end to end, what a user waits for: from the POST leaving to the reply card arriving at the
 * connector, matched by conversation id (a new one per request, as a user's first message would have).
 * Our own client rather than autocannon: the reply travels on a second connection (bot → connector),
 * which autocannon cannot see, and every request needs its own body.
 */

export interface BotEndpoint {
  port: number;
}

export type StopWhen = { durationMs: number } | { requests: number };

export interface LoadResult {
  latencies: number[];
  errors: number;
  /** Counts per kind of failure, e.g. "http 500", "no reply", "ECONNRESET". */
  errorKinds: Record<string, number>;
  elapsedMs: number;
  /** Sum of the reply bodies' sizes, for the average reply size. */
  replyBytes: number;
}

interface Posted {
  status: number;
  body: string;
}

const TENANT_ID = '5b1a9c3e-0000-4000-8000-0000000bench';
const USER = { id: '29:bench-user-1f0e', aadObjectId: '0d7c2a91-5e44-4b1f-8a3c-000000000001', name: 'Bench User' };
const BOT = { id: '28:bench-bot-7a2d', name: 'CSP Bot' };

/** An activity as Teams posts it from a personal chat; ids follow Teams' formats but are made up. */
export function personalChatActivity(fields: {
  type: string;
  id: string;
  timestamp: string;
  conversationId: string;
  serviceUrl: string;
  locale: string;
  extra: Record<string, unknown>;
}): Record<string, unknown> {
  const { type, id, timestamp, conversationId, serviceUrl, locale, extra } = fields;
  return {
    type,
    id,
    timestamp,
    channelId: 'msteams',
    serviceUrl,
    from: USER,
    recipient: BOT,
    conversation: { id: conversationId, conversationType: 'personal', tenantId: TENANT_ID },
    locale,
    channelData: { tenant: { id: TENANT_ID } },
    entities: [{ type: 'clientInfo', locale, country: locale.slice(3), platform: 'Web', timezone: 'Europe/Berlin' }],
    ...extra
  };
}
const REPLY_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 30_000;

function post(endpoint: BotEndpoint, body: string, agent: http.Agent | false, wantBody: boolean): Promise<Posted> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: '127.0.0.1',
        port: endpoint.port,
        method: 'POST',
        path: '/api/messages',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) }
      },
      (response) => {
        const chunks: Buffer[] = [];
        if (wantBody) response.on('data', (chunk: Buffer) => chunks.push(chunk));
        else response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        response.on('error', reject);
      }
    );
    request.setTimeout(REQUEST_TIMEOUT_MS, () => request.destroy(new Error('request timed out')));
    request.on('error', reject);
    request.end(body);
  });
}

function errorKind(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}

export class LoadGenerator {
  private sequence = 0;

  constructor(
    private readonly connector: BenchConnector,
    private readonly questions: readonly BenchQuestion[]
  ) {}

  private nextQuestion(): BenchQuestion {
    return this.questions[this.sequence % this.questions.length] as BenchQuestion;
  }

  private activity(type: 'message' | 'invoke', extra: Record<string, unknown>, locale: string): { conversationId: string; body: string } {
    this.sequence += 1;
    const conversationId = `a:bench-${process.pid}-${this.sequence}`;
    const activity = personalChatActivity({
      type,
      id: `bench-activity-${this.sequence}`,
      timestamp: new Date().toISOString(),
      conversationId,
      serviceUrl: this.connector.serviceUrl,
      locale,
      extra
    });
    return { conversationId, body: JSON.stringify(activity) };
  }

  /** One question, end to end: the latency in ms, or what went wrong. */
  async message(endpoint: BotEndpoint, agent: http.Agent | false): Promise<{ latency: number; bytes: number } | { error: string }> {
    const question = this.nextQuestion();
    const { conversationId, body } = this.activity('message', { text: question.text, textFormat: 'plain' }, question.locale);
    const pending = this.connector.expect(conversationId);
    const start = performance.now();
    try {
      const { status } = await post(endpoint, body, agent, false);
      if (status !== 200) {
        this.connector.forget(conversationId);
        return { error: `http ${status}` };
      }
    } catch (error) {
      this.connector.forget(conversationId);
      return { error: errorKind(error) };
    }
    const reply = await pending.wait(REPLY_TIMEOUT_MS);
    if (!reply) return { error: 'no reply' };
    if (!reply.card) return { error: 'reply without a card' };
    return { latency: reply.arrivedAt - start, bytes: reply.bytes };
  }

  /** The data of the answer card's first Action.Execute ("Helpful"), read from the reply to one question. */
  async feedbackButton(endpoint: BotEndpoint): Promise<{ verb: string; data: Record<string, unknown> }> {
    const question = this.nextQuestion();
    const { conversationId, body } = this.activity('message', { text: question.text, textFormat: 'plain' }, question.locale);
    const pending = this.connector.expect(conversationId);
    await post(endpoint, body, false, false);
    const reply = await pending.wait(REPLY_TIMEOUT_MS);
    let found: { verb: string; data: Record<string, unknown> } | undefined;
    JSON.parse(reply?.body.toString('utf8') ?? '{}', (_key, value: unknown) => {
      const action = value as { type?: unknown; verb?: unknown; data?: unknown } | null;
      if (!found && action?.type === 'Action.Execute' && typeof action.verb === 'string') {
        found = { verb: action.verb, data: action.data as Record<string, unknown> };
      }
      return value;
    });
    if (!found) throw new Error('the answer card has no feedback button');
    return found;
  }

  /** A click on a feedback button (adaptiveCard/action): the bot stores a record, then answers with the card. */
  async feedback(endpoint: BotEndpoint, agent: http.Agent | false, button: { verb: string; data: Record<string, unknown> }): Promise<{ latency: number } | { error: string }> {
    const value = { action: { type: 'Action.Execute', verb: button.verb, data: button.data }, trigger: 'manual' };
    const { body } = this.activity('invoke', { name: 'adaptiveCard/action', value }, 'en-US');
    const start = performance.now();
    try {
      const response = await post(endpoint, body, agent, true);
      const latency = performance.now() - start;
      if (response.status !== 200) return { error: `http ${response.status}` };
      if (!response.body.includes('application/vnd.microsoft.card.adaptive')) return { error: 'feedback not stored' };
      return { latency };
    } catch (error) {
      return { error: errorKind(error) };
    }
  }

  /** Message-extension search (composeExtension/query): the answer is the POST's response body. */
  async query(endpoint: BotEndpoint, agent: http.Agent | false, text: string, locale: string): Promise<{ latency: number } | { error: string }> {
    const value = {
      commandId: 'searchPolicy',
      parameters: [{ name: 'query', value: text }],
      queryOptions: { skip: 0, count: 25 }
    };
    const { body } = this.activity('invoke', { name: 'composeExtension/query', value }, locale);
    const start = performance.now();
    try {
      const response = await post(endpoint, body, agent, true);
      const latency = performance.now() - start;
      if (response.status !== 200) return { error: `http ${response.status}` };
      if (!response.body.includes('"composeExtension"')) return { error: 'response without composeExtension' };
      return { latency };
    } catch (error) {
      return { error: errorKind(error) };
    }
  }

  /** `concurrency` workers until the time is up or the requests are sent. */
  async run(
    concurrency: number,
    stop: StopWhen,
    send: (agent: http.Agent) => Promise<{ latency: number; bytes?: number } | { error: string }>
  ): Promise<LoadResult> {
    const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
    const result: LoadResult = { latencies: [], errors: 0, errorKinds: {}, elapsedMs: 0, replyBytes: 0 };
    const start = performance.now();
    const deadline = 'durationMs' in stop ? start + stop.durationMs : Number.POSITIVE_INFINITY;
    const limit = 'requests' in stop ? stop.requests : Number.POSITIVE_INFINITY;
    let issued = 0;
    const worker = async () => {
      while (issued < limit && performance.now() < deadline) {
        issued += 1;
        const outcome = await send(agent);
        if ('error' in outcome) {
          result.errors += 1;
          result.errorKinds[outcome.error] = (result.errorKinds[outcome.error] ?? 0) + 1;
        } else {
          result.latencies.push(outcome.latency);
          result.replyBytes += outcome.bytes ?? 0;
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    result.elapsedMs = performance.now() - start;
    agent.destroy();
    return result;
  }
}
