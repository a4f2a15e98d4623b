import type { Activity } from 'botbuilder';
import type { MessageTurn } from '../conversation/turn';
import { originOf } from './inbound';
import { mentionsBot, textWithoutBotMention } from './mentions';

/**
 * A card inserted from the message extension arrives as a card attachment with only markup as its text
 * (`<span class="inline-compose-card" …>`): it is an answer being shared, not a question to answer.
 */
function isInsertedCard(activity: Activity): boolean {
  // A client can send anything here; only a list is read.
  const attachments = Array.isArray(activity.attachments) ? activity.attachments : [];
  const carriesCard = attachments.some((attachment) =>
    String(attachment?.contentType ?? '').startsWith('application/vnd.microsoft.card.')
  );
  const visibleText = (typeof activity.text === 'string' ? activity.text : '').replace(/<[^>]*>/g, '').trim();
  return carriesCard && visibleText === '';
}

/**
 * The message surface: typed text, and Action.Submit clicks, which Teams delivers as a message with `value`.
 * In a channel or group chat the bot reads only what is addressed to it; a click on one of its own cards
 * needs no mention.
 */
export function messageTurnOf(activity: Activity): MessageTurn | undefined {
  const origin = originOf(activity);
  const isSubmit = activity.value !== undefined && activity.value !== null;
  const shared = origin.ref.conversationType !== 'personal';
  if (shared && !isSubmit && !mentionsBot(activity)) return undefined;
  if (!isSubmit && isInsertedCard(activity)) return undefined;
  return {
    kind: 'message',
    ...origin,
    text: textWithoutBotMention(activity),
    ...(isSubmit ? { value: activity.value as unknown } : {})
  };
}
