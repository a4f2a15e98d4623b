import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Template } from 'adaptivecards-templating';
import type { AdaptiveCard } from '../conversation/turn';
import { templateNames, type TemplateName, type ViewOf } from './views';

/** cards/ at the repository root: two levels up from both src/cards and dist/cards. */
export const cardsDirectory = join(__dirname, '..', '..', 'cards');

/**
 * Parsing a template costs milliseconds, expanding a parsed one a fraction of that,
 * so each is parsed once when the module loads; a broken template stops the start.
 */
const templates = Object.fromEntries(
  templateNames.map((name) => [name, new Template(JSON.parse(readFileSync(join(cardsDirectory, `${name}.json`), 'utf8')))])
) as Record<TemplateName, Template>;

/**
 * Binds a template to its data. Data values are inserted as values, never parsed as
 * expressions, so text like "${question}" in a user's question stays as typed.
 */
export function expandTemplate<Name extends TemplateName>(name: Name, view: ViewOf<Name>): AdaptiveCard {
  return templates[name].expand({ $root: view }) as AdaptiveCard;
}

/**
 * Far more questions than decisions: the policy has five rules, and the part of an answer card that shows a decision
 * is the same for every question that got it. Expanding it costs more than all the rest of a turn of ours (see
 * docs/PERFORMANCE.md), so each is expanded once and then shared, frozen so that no reader can change it for the next.
 * The key must name everything the view is made from; the view is only made when the card is not kept yet.
 */
const EXPANDED_KEPT = 1_000;
const expanded = new Map<string, AdaptiveCard>();

function deepFreeze<Value>(value: Value): Value {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

export function expandTemplateShared<Name extends TemplateName>(name: Name, viewKey: string, view: () => ViewOf<Name>): AdaptiveCard {
  const key = `${name}\n${viewKey}`;
  const kept = expanded.get(key);
  if (kept) return kept;
  const card = deepFreeze(expandTemplate(name, view()));
  if (expanded.size >= EXPANDED_KEPT) expanded.delete(expanded.keys().next().value as string);
  expanded.set(key, card);
  return card;
}
