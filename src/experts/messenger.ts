import type { ConversationRef, OutboundCard } from '../conversation/turn';

/** A person the bot writes to in their personal chat with it, opening that chat when it has none yet. */
export interface PersonAddress {
  userId: string;
  tenantId?: string;
  serviceUrl: string;
  botId?: string;
  /** Their personal chat with the bot, when known. */
  conversationId?: string;
}

/**
 * Messages the bot sends on its own, not as the reply to a turn: the question posted to the experts' channel,
 * that post updated in place, and the experts' answer in the asker's personal chat. src/bot implements it with
 * the SDK's proactive messaging; the core knows only this.
 */
export interface ProactiveMessenger {
  /** Posts a new message (in a channel: a new thread) and resolves to its activity id. */
  post(to: ConversationRef, message: OutboundCard): Promise<string>;
  /** Replaces a message the bot posted earlier. */
  update(to: ConversationRef, activityId: string, message: OutboundCard): Promise<void>;
  /** Sends to a person's personal chat with the bot and resolves to that chat's conversation id. */
  sendToPerson(person: PersonAddress, message: OutboundCard): Promise<string>;
}
