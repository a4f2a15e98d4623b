import type { Activity } from 'botbuilder';
import type { MembersAddedTurn } from '../conversation/turn';
import { originOf } from './inbound';

/**
 * The install surface: a conversationUpdate with membersAdded. Teams sends the bot itself as an added member
 * once, when the app is installed in a chat, team or personal scope; later arrivals are other people.
 */
export function membersAddedTurnOf(activity: Activity): MembersAddedTurn {
  const botId = activity.recipient.id;
  const added = Array.isArray(activity.membersAdded) ? activity.membersAdded : [];
  return {
    kind: 'membersAdded',
    ...originOf(activity),
    botAdded: added.some((member) => member?.id === botId)
  };
}
