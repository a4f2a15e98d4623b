import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { activityTargetOf, bodyOf, updateTargetOf } from '../../support/connectorWire';

/** One activity the bot posted to the connector. */
export interface RecordedReply {
  /** Decoded: botbuilder URL-encodes the conversation id in the path. */
  conversationId: string;
  /** Set when the bot replied to an activity (POST .../activities/{replyToId}). */
  replyToId?: string;
  activity: Record<string, unknown>;
}


/**
 * A stand-in for the Bot Framework connector (Teams' side of the conversation) on loopback:
 * it records what the bot sends and answers like the real service, with the new activity's id.
 */
export class MockConnector {
  readonly replies: RecordedReply[] = [];
  /** Activities the bot replaced (PUT .../activities/{id}), with the id in `replyToId`. */
  readonly updates: RecordedReply[] = [];
  /** Conversations the bot created (POST /v3/conversations): the parameters it sent. */
  readonly created: Record<string, unknown>[] = [];
  private readonly server: Server;
  private nextId = 1;
  private refusals = 0;

  private constructor() {
    this.server = createServer(async (request, response) => {
      if (request.method === 'POST' && request.url === '/v3/conversations') {
        this.created.push(JSON.parse(await bodyOf(request)) as Record<string, unknown>);
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ id: `a:created-${this.created.length}` }));
        return;
      }
      const update = updateTargetOf(request);
      if (update) {
        this.updates.push({ ...update, activity: JSON.parse(await bodyOf(request)) as Record<string, unknown> });
        response.setHeader('content-type', 'application/json');
        response.end(JSON.stringify({ id: update.replyToId }));
        return;
      }
      const target = activityTargetOf(request);
      if (!target) {
        response.statusCode = 404;
        response.end();
        return;
      }
      if (this.refusals > 0) {
        this.refusals -= 1;
        response.statusCode = 403;
        response.end();
        return;
      }
      this.replies.push({
        ...target,
        activity: JSON.parse(await bodyOf(request)) as Record<string, unknown>
      });
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ id: `reply-${this.nextId++}` }));
    });
  }

  static async start(): Promise<MockConnector> {
    const connector = new MockConnector();
    await new Promise<void>((resolve) => connector.server.listen(0, '127.0.0.1', resolve));
    return connector;
  }

  get serviceUrl(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}/`;
  }

  /** Answer the next `count` posts with 403 Forbidden (as for a bot removed from the conversation), recording nothing. */
  refuseNext(count: number): void {
    this.refusals = count;
  }

  /** Forget what was recorded, so each spec sees only its own replies. */
  clear(): void {
    this.replies.length = 0;
    this.updates.length = 0;
    this.created.length = 0;
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
