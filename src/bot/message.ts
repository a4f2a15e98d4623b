import type { Activity } from 'botbuilder';
import type { MessageTurn } from '../conversation/turn';
import { originOf } from './inbound';
import { mentionsBot, textWithoutBotMention } from './mentions';

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
  return {
    kind: 'message',
    ...origin,
    text: textWithoutBotMention(activity),
    ...(isSubmit ? { value: activity.value as unknown } : {})
  };
}
