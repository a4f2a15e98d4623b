import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Template } from 'adaptivecards-templating';
import { deepFreeze } from '../common/deepFreeze';
import { Kept } from '../common/kept';
import type { AdaptiveCard } from '../conversation/turn';
import { templateNames, type TemplateName, type ViewOf } from './views';

/** Cards and half-bound templates kept for reuse, per template; far more than the policy's decisions times two languages. */
const KEPT = 1_000;

function keptPerTemplate<Value>(): Record<TemplateName, Kept<Value>> {
  return Object.fromEntries(templateNames.map((name) => [name, new Kept<Value>(KEPT)])) as Record<TemplateName, Kept<Value>>;
}

/** cards/ at the repository root: two levels up from both src/cards and dist/cards. */
export const cardsDirectory = join(__dirname, '..', '..', 'cards');

/**
 * Parsing a template costs milliseconds, expanding a parsed one a fraction of that, so each is parsed once, when it is
 * first used: a start parses only what its first answer needs (an answer and the asker's part), not the help, rules,
 * notice and expert cards as well. Every template is parsed and expanded by the tests (test/cards/templates.test.ts)
 * and by `npm run cards:validate`, so a broken one fails there, not at a user's question.
 */
const parsed: Partial<Record<TemplateName, Template>> = {};

function template(name: TemplateName): Template {
  return (parsed[name] ??= new Template(JSON.parse(readFileSync(join(cardsDirectory, `${name}.json`), 'utf8'))));
}

/**
 * Binds a template to its data. Data values are inserted as values, never parsed as
 * expressions, so text like "${question}" in a user's question stays as typed.
 */
export function expandTemplate<Name extends TemplateName>(name: Name, view: ViewOf<Name>): AdaptiveCard {
  return template(name).expand({ $root: view }) as AdaptiveCard;
}

/**
 * Far more questions than decisions: the policy has five rules, and the part of an answer card that shows a decision
 * is the same for every question that got it. Expanding it costs more than all the rest of a turn of ours (see
 * docs/PERFORMANCE.md), so each is expanded once and then shared, frozen so that no reader can change it for the next.
 * The key must name everything the view is made from; the view is only made when the card is not kept yet.
 */
const expanded = keptPerTemplate<AdaptiveCard>();

export function expandTemplateShared<Name extends TemplateName>(name: Name, viewKey: string, view: () => ViewOf<Name>): AdaptiveCard {
  return expanded[name].get(viewKey, () => deepFreeze(expandTemplate(name, view())));
}

const halfBound = keptPerTemplate<Template>();

/**
 * For the parts of an answer that are this asker's own (their question, the feedback buttons that carry it), which
 * are expanded for every answer: most of what they show is the same for many askers (labels in one language, which
 * blocks are shown), and the template engine's cost grows with every value it binds. So the template is bound in
 * two steps. First to the shared values only: adaptivecards-templating leaves a binding whose field the data does not
 * have as it is (`${text}`), and that half-bound result is parsed as a template of its own and kept. Then, per answer,
 * that template is bound to the asker's own values. `$when` may only test shared values: the first step decides it.
 * As for expandTemplateShared, the key must name everything the shared values are made from.
 */
export function expandTemplateInTwoSteps<Name extends TemplateName, Shared extends keyof ViewOf<Name>>(
  name: Name,
  sharedKey: string,
  shared: () => Pick<ViewOf<Name>, Shared>,
  own: Omit<ViewOf<Name>, Shared>
): AdaptiveCard {
  const bound = halfBound[name].get(sharedKey, () => {
    const values = shared();
    // The half-bound result is parsed again: a shared value that looks like a binding would be evaluated.
    if (JSON.stringify(values).includes('${')) throw new RangeError(`a shared value of the ${name} template contains "\${"`);
    return new Template(template(name).expand({ $root: values }));
  });
  return bound.expand({ $root: own }) as AdaptiveCard;
}
