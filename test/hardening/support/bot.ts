import { loadConfig } from '../../../src/config/config';
import { createLogger } from '../../../src/server/logger';
import { createServer, type BotServer, type ServerOptions } from '../../../src/server/server';
import type { ActivityOptions } from '../../bot/support/activities';
import { FaultyConnector } from './connector';

export interface Answer {
  status: number;
  headers: Headers;
  /** Parsed when it is JSON, else the text. */
  body: unknown;
}

/**
 * The real server in this process on 127.0.0.1 and a free port (feedback kept in memory), with a misbehaving
 * connector, keeping every log line it writes.
 */
export class TestBot {
  private constructor(
    private readonly server: BotServer,
    readonly connector: FaultyConnector,
    readonly url: string,
    readonly logs: Record<string, unknown>[]
  ) {}

  static async start(env: NodeJS.ProcessEnv = {}, options: Pick<ServerOptions, 'credentialsFactory' | 'signingKeys' | 'timeouts'> = {}): Promise<TestBot> {
    const connector = await FaultyConnector.start();
    const config = loadConfig({ HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env });
    const logs: Record<string, unknown>[] = [];
    const logger = createLogger(config.logLevel, { write: (line: string) => logs.push(JSON.parse(line)) });
    const server = createServer(config, { logger, ...options });
    return new TestBot(server, connector, await server.listen(0), logs);
  }

  /** Activity factory options: this bot's connector as serviceUrl. */
  with(options: Omit<ActivityOptions, 'serviceUrl'> = {}): ActivityOptions {
    return { serviceUrl: this.connector.serviceUrl, ...options };
  }

  async post(body: string | Buffer, headers: Record<string, string> = { 'content-type': 'application/json' }): Promise<Answer> {
    const response = await fetch(`${this.url}/api/messages`, { method: 'POST', headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      // Not JSON: kept as text.
    }
    return { status: response.status, headers: response.headers, body: parsed };
  }

  send(activity: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    return this.post(JSON.stringify(activity), { 'content-type': 'application/json', ...headers });
  }

  /** The log lines with this catalog code. */
  logged(code: string): Record<string, unknown>[] {
    return this.logs.filter((line) => line.code === code);
  }

  async close(): Promise<void> {
    await this.server.close();
    await this.connector.close();
  }
}
