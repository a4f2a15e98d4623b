import type { Activity, AdaptiveCardInvokeResponse, InvokeResponse } from 'botbuilder';
import { z } from 'zod';
import type { CardActionResult, CardActionTurn } from '../conversation/turn';
import { originOf } from './inbound';

/**
 * The Universal Action surface: Action.Execute arrives as an `adaptiveCard/action` invoke, and the answer
 * goes back in the invoke response, where Teams swaps it in for the card that was clicked.
 * The value is checked here rather than by botbuilder's getAdaptiveCardInvokeValue, which throws a
 * TypeError (a failed turn) on a value without `action`.
 */
const executeValueSchema = z.object({
  action: z.object({ type: z.literal('Action.Execute'), verb: z.string().min(1).max(100), data: z.unknown() })
});

const MESSAGE_RESPONSE = 'application/vnd.microsoft.activity.message';

export function cardActionTurnOf(activity: Activity): CardActionTurn | undefined {
  const value = executeValueSchema.safeParse(activity.value);
  if (!value.success) return undefined;
  const { verb, data } = value.data.action;
  return { kind: 'cardAction', ...originOf(activity), action: { verb, data } };
}

/** A card replaces the clicked card for the user who clicked; a message shows without touching the card. */
export function cardInvokeResponse(result: CardActionResult): InvokeResponse<AdaptiveCardInvokeResponse> {
  const body: AdaptiveCardInvokeResponse =
    result.type === 'card'
      ? { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: result.card }
      : // botbuilder types `value` as an object; for a message the protocol's value is the text itself.
        { statusCode: 200, type: MESSAGE_RESPONSE, value: result.text as unknown as Record<string, unknown> };
  return { status: 200, body };
}

/** The error shape the Universal Actions protocol defines, so Teams shows its own "something went wrong". */
export function badCardActionResponse(message: string): InvokeResponse<AdaptiveCardInvokeResponse> {
  return {
    status: 400,
    body: { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message } }
  };
}
