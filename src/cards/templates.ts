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
