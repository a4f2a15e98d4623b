import {
  CardFactory,
  type Activity,
  type InvokeResponse,
  type MessagingExtensionAttachment,
  type MessagingExtensionResponse
} from 'botbuilder';
import { z } from 'zod';
import type { MessageExtensionQueryTurn, MessageExtensionResult } from '../conversation/turn';
import { originOf } from './inbound';

/**
 * The message-extension surface: a search typed into the compose box arrives as a `composeExtension/query`
 * invoke; the results go back in the invoke response, each a preview for the list and the card to insert.
 * Only the envelope is checked here; what the query parameter holds is the conversation core's to judge.
 */
const queryValueSchema = z.object({
  commandId: z.string().min(1).max(100),
  parameters: z.array(z.unknown()).max(20).optional()
});

const parameterSchema = z.object({ name: z.string(), value: z.unknown() });

/** The parameter the app manifest declares for the search command. */
const QUERY_PARAMETER = 'query';
/** Teams' first run, before anything is typed (the manifest sets initialRun): a parameter of this name. */
const INITIAL_RUN_PARAMETER = 'initialRun';

function parameterValue(parameters: unknown[], name: string): { found: boolean; value?: unknown } {
  for (const entry of parameters) {
    const parameter = parameterSchema.safeParse(entry);
    if (parameter.success && parameter.data.name === name) return { found: true, value: parameter.data.value };
  }
  return { found: false };
}

/** Undefined when the invoke carries no command id; a missing query stays missing, for the core to refuse. */
export function messageExtensionQueryTurnOf(activity: Activity): MessageExtensionQueryTurn | undefined {
  const value = queryValueSchema.safeParse(activity.value);
  if (!value.success) return undefined;
  const parameters = value.data.parameters ?? [];
  const typed = parameterValue(parameters, QUERY_PARAMETER);
  const query = typed.found ? typed.value : parameterValue(parameters, INITIAL_RUN_PARAMETER).found ? '' : undefined;
  return { kind: 'messageExtensionQuery', ...originOf(activity), commandId: value.data.commandId, query };
}

/** Results as a list of thumbnail previews, each inserting its Adaptive Card; a hint as a plain message. */
export function messageExtensionResponse(result: MessageExtensionResult): InvokeResponse<MessagingExtensionResponse> {
  if (result.type === 'message') return { status: 200, body: { composeExtension: { type: 'message', text: result.text } } };
  const attachments: MessagingExtensionAttachment[] = result.results.map(({ preview, card }) => ({
    ...CardFactory.adaptiveCard(card),
    preview: CardFactory.thumbnailCard(preview.title, preview.text, undefined, undefined, { subtitle: preview.subtitle })
  }));
  return { status: 200, body: { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } } };
}
