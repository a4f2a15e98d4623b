import { TeamsActivityHandler, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { Logger } from 'pino';
import type { Conversation } from '../conversation/conversation';
import { SEARCH_COMMAND_ID } from '../conversation/search';
import type { Outbound } from '../conversation/turn';
import { errorCode, formatError } from '../errors/catalog';
import { badCardActionResponse, cardActionTurnOf, cardInvokeResponse } from './cardAction';
import { membersAddedTurnOf } from './membersAdded';
import { messageExtensionQueryTurnOf, messageExtensionResponse } from './messageExtension';
import { messageTurnOf } from './message';
import { cardActivity } from './outbound';

/**
 * The invokes this bot answers: Action.Execute, and the message extension's search command.
 * Any other gets a 400, not botbuilder's default 501.
 */
const ADAPTIVE_CARD_ACTION = 'adaptiveCard/action';
const MESSAGE_EXTENSION_QUERY = 'composeExtension/query';

/**
 * The Teams bot: each surface maps its activity to an InboundTurn, the conversation core decides what to send,
 * and the replies go back into the same conversation (in a channel, the same thread: botbuilder replies
 * to the incoming activity, so the reply carries its replyToId).
 */
export class CspBot extends TeamsActivityHandler {
  constructor(
    private readonly conversation: Conversation,
    private readonly logger: Logger
  ) {
    super();
    this.onMessage(async (context, next) => {
      const turn = messageTurnOf(context.activity);
      if (turn) await send(context, await this.conversation.handle(turn));
      await next();
    });
    // onMembersAdded, not onTeamsMembersAdded: registering the Teams variant makes botbuilder call the
    // connector's getMember for every person added, a network round trip per member that we do not need.
    this.onMembersAdded(async (context, next) => {
      await send(context, await this.conversation.handle(membersAddedTurnOf(context.activity)));
      await next();
    });
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const name = typeof context.activity.name === 'string' ? context.activity.name : '';
    if (name === ADAPTIVE_CARD_ACTION) {
      const turn = cardActionTurnOf(context.activity);
      if (!turn) return badCardActionResponse('An adaptiveCard/action invoke must carry an Action.Execute with a verb.');
      return cardInvokeResponse(await this.conversation.cardAction(turn));
    }
    if (name === MESSAGE_EXTENSION_QUERY) {
      const turn = messageExtensionQueryTurnOf(context.activity);
      if (turn?.commandId === SEARCH_COMMAND_ID) return messageExtensionResponse(this.conversation.search(turn));
    }
    const status = 400;
    this.logger.warn(
      { code: errorCode('unsupportedInvoke'), invoke: name.slice(0, 100) },
      formatError('unsupportedInvoke', { name: name.slice(0, 100) || '(no name)', status })
    );
    return { status };
  }
}

async function send(context: TurnContext, outbound: Outbound[]): Promise<void> {
  if (outbound.length > 0) await context.sendActivities(outbound.map(cardActivity));
}
