import { z } from 'zod';

/**
 * The seam between the bot SDK and the bot: plain JSON both ways, no SDK type.
 * src/bot turns an SDK activity into an InboundTurn and sends the Outbound items back.
 */
export const conversationTypeSchema = z.enum(['personal', 'groupChat', 'channel']);
export type ConversationType = z.infer<typeof conversationTypeSchema>;

/** Our own conversation reference: enough to reply, log and check the tenant. */
export interface ConversationRef {
  channelId: string;
  serviceUrl: string;
  conversationId: string;
  conversationType: ConversationType;
  tenantId?: string;
  botId?: string;
  activityId?: string;
  /** In a Teams channel: its team, and the channel's own id (the conversation id names a thread of it). */
  team?: { id: string; name?: string; channelId?: string };
}

export interface TurnUser {
  id: string;
  aadObjectId?: string;
  name?: string;
}

interface TurnBase {
  /** BCP-47 locale the client reported, e.g. "de-DE". */
  locale?: string;
  user: TurnUser;
  ref: ConversationRef;
}

/** A message: typed text (mentions already stripped) or an Action.Submit, whose data arrives as `value`. */
export interface MessageTurn extends TurnBase {
  kind: 'message';
  text: string;
  value?: unknown;
}

/** The bot was added to a conversation (install). */
export interface MembersAddedTurn extends TurnBase {
  kind: 'membersAdded';
  /** True when the bot itself is among the members added. */
  botAdded: boolean;
}

/** Universal Action (Action.Execute): the adaptiveCard/action invoke. */
export interface CardActionTurn extends TurnBase {
  kind: 'cardAction';
  action: { verb: string; data: unknown };
}

/** A search typed into the compose box: the composeExtension/query invoke. */
export interface MessageExtensionQueryTurn extends TurnBase {
  kind: 'messageExtensionQuery';
  commandId: string;
  query: unknown;
}

export type InboundTurn = MessageTurn | MembersAddedTurn | CardActionTurn | MessageExtensionQueryTurn;

/** Raw Adaptive Card JSON. */
export type AdaptiveCard = Record<string, unknown> & { type: 'AdaptiveCard' };

/** What the bot sends back in a conversation: a card, with a plain-text summary for notifications and screen readers. */
export interface OutboundCard {
  type: 'card';
  card: AdaptiveCard;
  summary: string;
}
export type Outbound = OutboundCard;

/** A short text that leaves the clicked card as it is, e.g. the answer to feedback on an older card. */
export interface OutboundMessage {
  type: 'message';
  text: string;
}

/** What a card action (Action.Execute) answers: a card that replaces the one clicked, or a message. */
export type CardActionResult = OutboundCard | OutboundMessage;

/** One message-extension result: its preview in the result list, and the card inserted into the message. */
export interface SearchResult {
  preview: { title: string; subtitle: string; text: string };
  card: AdaptiveCard;
}

/** What a message-extension query answers: results to pick from, or a short text shown in their place. */
export type MessageExtensionResult = { type: 'results'; results: SearchResult[] } | OutboundMessage;
