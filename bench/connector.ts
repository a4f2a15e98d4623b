import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The Bot Framework connector's side on loopback: it receives the bots' replies and tells the load generator
 * when the reply to each conversation arrived. Plain node:http on purpose: restify patches http.ServerResponse
 * for the whole process, so the bench process never loads it.
 */

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
const activitiesPath = /^\/v3\/conversations\/([^/]+)\/activities(?:\/|$)/;

export interface Reply {
  /** performance.now() when the whole reply body had arrived. */
  arrivedAt: number;
  /** Whether the reply carries an Adaptive Card. */
  card: boolean;
  bytes: number;
  /** The reply as posted (a reference, not a copy): the feedback phase reads the answer card's buttons from one. */
  body: Buffer;
}

/** The reply one request is waiting for; each conversation id is used once. */
export class PendingReply {
  arrived: Reply | undefined;
  private resolveWait: ((reply: Reply | undefined) => void) | undefined;

  constructor(
    private readonly connector: BenchConnector,
    private readonly conversationId: string
  ) {}

  deliver(reply: Reply): void {
    this.arrived = reply;
    this.resolveWait?.(reply);
  }

  /** The reply, or undefined when none arrived within the timeout. botbuilder sends it before it answers the POST, so this rarely waits. */
  wait(timeoutMs: number): Promise<Reply | undefined> {
    if (this.arrived) return Promise.resolve(this.arrived);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.connector.forget(this.conversationId);
        resolve(undefined);
      }, timeoutMs);
      this.resolveWait = (reply) => {
        clearTimeout(timer);
        resolve(reply);
      };
    });
  }
}

async function bodyOf(request: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export class BenchConnector {
  /** Replies for a conversation nobody was waiting for (a second reply, or one after its timeout). */
  unexpected = 0;
  /** TCP connections the bots opened to the connector: one per reply means no keep-alive. */
  connections = 0;
  private readonly pending = new Map<string, PendingReply>();
  private nextId = 1;
  private readonly server: Server;

  private constructor() {
    this.server = createServer((request, response) => {
      void this.receive(request).then((status) => {
        response.statusCode = status;
        response.setHeader('content-type', 'application/json');
        response.end(status === 200 ? `{"id":"reply-${this.nextId++}"}` : '{}');
      });
    });
    this.server.keepAliveTimeout = 60_000;
    this.server.on('connection', () => {
      this.connections += 1;
    });
  }

  static async start(): Promise<BenchConnector> {
    const connector = new BenchConnector();
    await new Promise<void>((resolve) => connector.server.listen(0, '127.0.0.1', resolve));
    return connector;
  }

  get serviceUrl(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/`;
  }

  /** Call before sending the activity: the reply may arrive before the POST is answered. */
  expect(conversationId: string): PendingReply {
    const pending = new PendingReply(this, conversationId);
    this.pending.set(conversationId, pending);
    return pending;
  }

  forget(conversationId: string): void {
    this.pending.delete(conversationId);
  }

  private async receive(request: IncomingMessage): Promise<number> {
    const body = await bodyOf(request);
    const arrivedAt = performance.now();
    const match = request.method === 'POST' ? activitiesPath.exec(request.url ?? '') : null;
    if (!match?.[1]) return 404;
    const conversationId = decodeURIComponent(match[1]);
    const pending = this.pending.get(conversationId);
    if (!pending) {
      this.unexpected += 1;
      return 200;
    }
    this.pending.delete(conversationId);
    pending.deliver({ arrivedAt, card: body.includes(ADAPTIVE_CARD), bytes: body.length, body });
    return 200;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
