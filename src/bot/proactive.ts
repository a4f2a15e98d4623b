import { type CloudAdapter, type ConversationParameters, type ConversationReference, type TurnContext } from 'botbuilder';
import { AuthenticationConstants } from 'botframework-connector';
import type { ConversationRef } from '../conversation/turn';
import type { PersonAddress, ProactiveMessenger } from '../experts/messenger';
import { cardActivity } from './outbound';

/** Our own reference as botbuilder's, for a continuation turn in that conversation. */
function referenceOf(ref: ConversationRef): Partial<ConversationReference> {
  return {
    channelId: ref.channelId,
    serviceUrl: ref.serviceUrl,
    conversation: {
      id: ref.conversationId,
      conversationType: ref.conversationType,
      isGroup: ref.conversationType !== 'personal',
      name: '',
      ...(ref.tenantId ? { tenantId: ref.tenantId } : {})
    },
    bot: { id: ref.botId ?? '', name: '' }
  };
}

/**
 * Proactive messages through botbuilder's CloudAdapter: a continuation turn in a known conversation (the experts'
 * channel, a person's personal chat), or a new personal chat created with the connector when the bot has none with
 * that person yet. Each call authenticates as the bot's own app id, as replies do.
 */
export function createProactiveMessenger(adapter: CloudAdapter, appId: string): ProactiveMessenger {
  /**
   * botbuilder gives a continuation turn a made-up activity id and would send as a reply to it; a post of our own
   * is not a reply (in a channel, it starts a new thread), so the reply id is taken off.
   */
  async function inConversation(ref: ConversationRef, work: (context: TurnContext) => Promise<void>): Promise<void> {
    await adapter.continueConversationAsync(appId, referenceOf(ref), async (context) => {
      context.onSendActivities(async (_context, activities, next) => {
        for (const activity of activities) delete activity.replyToId;
        return next();
      });
      await work(context);
    });
  }

  return {
    async post(to, message) {
      let id = '';
      await inConversation(to, async (context) => {
        id = (await context.sendActivity(cardActivity(message)))?.id ?? '';
      });
      return id;
    },

    async update(to, activityId, message) {
      await inConversation(to, async (context) => {
        await context.updateActivity({ ...cardActivity(message), id: activityId });
      });
    },

    async sendToPerson(person: PersonAddress, message) {
      const ref: ConversationRef = {
        channelId: 'msteams',
        serviceUrl: person.serviceUrl,
        conversationId: person.conversationId ?? '',
        conversationType: 'personal',
        ...(person.tenantId ? { tenantId: person.tenantId } : {}),
        ...(person.botId ? { botId: person.botId } : {})
      };
      if (person.conversationId) {
        await inConversation(ref, async (context) => {
          await context.sendActivity(cardActivity(message));
        });
        return person.conversationId;
      }
      const parameters = {
        isGroup: false,
        bot: { id: person.botId ?? '', name: '' },
        members: [{ id: person.userId, name: '' }],
        ...(person.tenantId ? { tenantId: person.tenantId, channelData: { tenant: { id: person.tenantId } } } : {})
      } as ConversationParameters;
      let conversationId = '';
      await adapter.createConversationAsync(
        appId,
        'msteams',
        person.serviceUrl,
        AuthenticationConstants.ToChannelFromBotOAuthScope,
        parameters,
        async (context) => {
          conversationId = context.activity.conversation.id;
          await context.sendActivity(cardActivity(message));
        }
      );
      return conversationId;
    }
  };
}
