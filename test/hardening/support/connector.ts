import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { activityTargetOf, bodyOf } from '../../support/connectorWire';

/**
 * How the connector treats posts to one conversation:
 * - ok: takes the reply (after `delayMs`, if set);
 * - error500: answers 500 Internal Server Error;
 * - throttledOnce: answers the first post 429 with Retry-After: 1, takes the next;
 * - throttledForAnHour: answers 429 with Retry-After: 3600;
 * - unavailable: answers 503 Service Unavailable every time;
 * - hang: reads the post and never answers;
 * - drop: reads the post and closes the connection without answering.
 */
export type Behaviour = 'ok' | 'error500' | 'throttledOnce' | 'throttledForAnHour' | 'unavailable' | 'hang' | 'drop';

/** One post the bot made, whatever the connector did with it. */
export interface Attempt {
  conversationId: string;
  replyToId?: string;
  authorization?: string;
  at: number;
}

/** A post the connector took. */
export interface Reply extends Attempt {
  activity: Record<string, unknown>;
}


/**
 * A Bot Framework connector on loopback that records every post and misbehaves on request, per conversation.
 * botbuilder URL-encodes the conversation id in the path; it is decoded here.
 */
export class FaultyConnector {
  readonly attempts: Attempt[] = [];
  readonly replies: Reply[] = [];
  /** Conversation id → behaviour; conversations not named here are `ok`. */
  readonly behaviours = new Map<string, Behaviour>();
  /** How long an `ok` conversation waits before it answers. */
  delayMs = 0;
  /** Who closed each connection that has closed: the bot (its end arrived first) or this connector. */
  readonly closedBy: Array<'bot' | 'connector'> = [];
  private readonly sockets = new Set<Socket>();
  private readonly throttled = new Set<string>();
  private nextId = 1;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<FaultyConnector> {
    let connector: FaultyConnector | undefined;
    const server = createServer((request, response) => {
      connector?.handle(request, response).catch(() => response.destroy());
    });
    connector = new FaultyConnector(server);
    server.on('connection', (socket) => {
      connector?.sockets.add(socket);
      let botEnded = false;
      socket.once('end', () => (botEnded = true));
      socket.once('close', () => {
        connector?.sockets.delete(socket);
        connector?.closedBy.push(botEnded ? 'bot' : 'connector');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return connector;
  }

  get serviceUrl(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  /** How long a kept-alive connection may stay idle before this connector closes it (announced in Keep-Alive). */
  set keepAliveTimeoutMs(value: number) {
    this.server.keepAliveTimeout = value;
  }

  get openConnections(): number {
    return this.sockets.size;
  }

  attemptsFor(conversationId: string): Attempt[] {
    return this.attempts.filter((attempt) => attempt.conversationId === conversationId);
  }

  repliesFor(conversationId: string): Reply[] {
    return this.replies.filter((reply) => reply.conversationId === conversationId);
  }

  clear(): void {
    this.attempts.length = 0;
    this.replies.length = 0;
    this.behaviours.clear();
    this.throttled.clear();
    this.delayMs = 0;
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const target = activityTargetOf(request);
    const body = await bodyOf(request);
    if (!target) {
      response.statusCode = 404;
      response.end();
      return;
    }
    const attempt: Attempt = {
      ...target,
      authorization: request.headers.authorization,
      at: Date.now()
    };
    this.attempts.push(attempt);
    const behaviour = this.behaviours.get(attempt.conversationId) ?? 'ok';
    switch (behaviour) {
      case 'hang':
        return;
      case 'drop':
        request.socket.destroy();
        return;
      case 'error500':
        response.statusCode = 500;
        response.end('{"error":{"code":"ServiceError","message":"boom"}}');
        return;
      case 'unavailable':
        response.statusCode = 503;
        response.end();
        return;
      case 'throttledForAnHour':
        response.statusCode = 429;
        response.setHeader('retry-after', '3600');
        response.end();
        return;
      case 'throttledOnce':
        if (!this.throttled.has(attempt.conversationId)) {
          this.throttled.add(attempt.conversationId);
          response.statusCode = 429;
          response.setHeader('retry-after', '1');
          response.end();
          return;
        }
        break;
      case 'ok':
        break;
    }
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    this.replies.push({ ...attempt, activity: JSON.parse(body) as Record<string, unknown> });
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify({ id: `reply-${this.nextId++}` }));
  }
}
