import type { IncomingMessage } from 'node:http';

/** Where the bot posts an activity: the conversation, and the activity it replies to, if any. */
export interface ActivityTarget {
  /** Decoded: botbuilder URL-encodes the conversation id in the path. */
  conversationId: string;
  replyToId?: string;
}

const activitiesPath = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/;

/** The target of a POST to the connector's activities endpoint, or undefined for any other request. */
export function activityTargetOf(request: IncomingMessage): ActivityTarget | undefined {
  const match = request.method === 'POST' ? activitiesPath.exec(request.url ?? '') : null;
  if (!match?.[1]) return undefined;
  return {
    conversationId: decodeURIComponent(match[1]),
    ...(match[2] === undefined ? {} : { replyToId: decodeURIComponent(match[2]) })
  };
}

/** The target of a PUT that replaces an activity the bot posted; the activity's id is in `replyToId`. */
export function updateTargetOf(request: IncomingMessage): Required<ActivityTarget> | undefined {
  const match = request.method === 'PUT' ? activitiesPath.exec(request.url ?? '') : null;
  if (!match?.[1] || match[2] === undefined) return undefined;
  return { conversationId: decodeURIComponent(match[1]), replyToId: decodeURIComponent(match[2]) };
}

export async function bodyOf(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
