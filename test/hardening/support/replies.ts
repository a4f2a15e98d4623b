import type { AdaptiveCard } from '../../../src/conversation/turn';
import { cardProblems } from '../../cards/support/cards';

const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

/**
 * The Adaptive Card a reply activity carries, checked the way Teams would read it: exactly one attachment,
 * of the Adaptive Card type, that the official library parses without a single warning.
 * Throws with the reason otherwise, so a failing test names what was wrong.
 */
export function validCardOf(activity: Record<string, unknown>): AdaptiveCard {
  const attachments = activity.attachments;
  if (activity.type !== 'message') throw new Error(`reply of type ${String(activity.type)}`);
  if (!Array.isArray(attachments) || attachments.length !== 1) throw new Error('reply without exactly one attachment');
  const [attachment] = attachments as Array<{ contentType?: unknown; content?: unknown }>;
  if (attachment?.contentType !== ADAPTIVE_CARD) throw new Error(`attachment of type ${String(attachment?.contentType)}`);
  const card = attachment.content as AdaptiveCard;
  const problems = problemsOf(card);
  if (problems.length > 0) throw new Error(`invalid card: ${problems.join('; ')}`);
  return card;
}

/** Parsing is the slow part of a check, and most replies repeat a card seen before (help, notices). */
const checked = new Map<string, string[]>();

export function problemsOf(card: AdaptiveCard): string[] {
  const json = JSON.stringify(card);
  let problems = checked.get(json);
  if (problems === undefined) {
    problems = cardProblems(card);
    if (checked.size < 10_000) checked.set(json, problems);
  }
  return problems;
}
