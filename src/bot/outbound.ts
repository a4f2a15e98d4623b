import { CardFactory, type Activity } from 'botbuilder';
import type { OutboundCard } from '../conversation/turn';

/**
 * A card reply. The summary goes into `summary`, which Teams shows in notifications and the chat list;
 * it is not also put into `text`, which Teams would print above the card a second time.
 */
export function cardActivity(outbound: OutboundCard): Partial<Activity> {
  return {
    type: 'message',
    summary: outbound.summary,
    attachments: [CardFactory.adaptiveCard(outbound.card)]
  };
}
