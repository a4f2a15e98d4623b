import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../src/config/config';
import { createLogger } from '../../../src/server/logger';
import { createServer, type BotServer, type ServerOptions } from '../../../src/server/server';
import { FileStorage } from '../../../src/storage/fileStorage';
import type { ActivityOptions } from './activities';
import { MockConnector, type RecordedReply } from './mockConnector';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export interface Exchange {
  /** The HTTP status of POST /api/messages. */
  status: number;
  /** The HTTP response body, parsed when it is JSON (an invoke response). */
  body: unknown;
  /** What the bot posted to the connector while handling the activity. */
  replies: RecordedReply[];
}

/**
 * The real server on 127.0.0.1, a free port and authentication off, talking to a recording mock connector.
 * botbuilder sends a turn's replies before it answers the HTTP request, so by the time `send` resolves,
 * every reply of that turn has been recorded.
 */
export class BotHarness {
  private constructor(
    private readonly server: BotServer,
    readonly connector: MockConnector,
    readonly url: string,
    /** Log lines the bot wrote, parsed. */
    readonly logs: Record<string, unknown>[],
    /** The file store this harness opened for DATA_DIR, closed with it. */
    private readonly files: FileStorage | undefined
  ) {}

  static async start(env: NodeJS.ProcessEnv = {}, options: Pick<ServerOptions, 'storage' | 'expertsChannelCacheMs'> = {}): Promise<BotHarness> {
    // No drift finding unless a test gives one: a status file left in the working copy's .data must not leak in.
    const noStatus = join(tmpdir(), 'csp-comms-bot-tests-no-policy-status.json');
    const config = loadConfig({ HOST: '127.0.0.1', LOG_LEVEL: 'info', POLICY_STATUS_FILE: noStatus, ...env });
    // Given DATA_DIR, feedback goes to the file store there, as in the bot process; otherwise it stays in memory.
    const files = env.DATA_DIR === undefined ? undefined : FileStorage.open(config.dataDir);
    const connector = await MockConnector.start();
    const logs: Record<string, unknown>[] = [];
    const logger = createLogger(config.logLevel, { write: (line: string) => logs.push(JSON.parse(line)) });
    const server = createServer(config, { ...options, logger, storage: options.storage ?? files });
    return new BotHarness(server, connector, await server.listen(0), logs, files);
  }

  /** Options for the activity factories: this harness's connector as serviceUrl. */
  get at(): ActivityOptions {
    return { serviceUrl: this.connector.serviceUrl };
  }

  with(options: Omit<ActivityOptions, 'serviceUrl'>): ActivityOptions {
    return { ...this.at, ...options };
  }

  async post(body: string, contentType = 'application/json'): Promise<Response> {
    return fetch(`${this.url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });
  }

  async send(activity: unknown): Promise<Exchange> {
    this.connector.clear();
    const response = await this.post(JSON.stringify(activity));
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text === '' ? undefined : JSON.parse(text);
    } catch {
      // A non-JSON body is kept as text.
    }
    return { status: response.status, body, replies: [...this.connector.replies] };
  }

  /** Resolves once the bot has written every unanswered-question record its turns so far queued (after their replies). */
  recordsWritten(): Promise<void> {
    return this.server.recordsSettled();
  }

  async close(): Promise<void> {
    await this.server.close();
    await this.files?.close();
    await this.connector.close();
  }
}

/** The Adaptive Card of a reply; fails the test when the reply carries anything else. */
export function cardOf(reply: RecordedReply | undefined): Record<string, unknown> {
  const attachments = reply?.activity.attachments;
  if (!Array.isArray(attachments) || attachments.length !== 1) throw new Error('reply has no single attachment');
  const [attachment] = attachments as { contentType?: unknown; content?: unknown }[];
  if (attachment?.contentType !== ADAPTIVE_CARD) throw new Error(`attachment is ${String(attachment?.contentType)}`);
  return attachment.content as Record<string, unknown>;
}
