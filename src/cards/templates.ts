import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Template } from 'adaptivecards-templating';
import { deepFreeze } from '../common/deepFreeze';
import { Kept } from '../common/kept';
import type { AdaptiveCard } from '../conversation/turn';
import { templateNames, type TemplateName, type ViewOf } from './views';

/** Cards and half-bound templates kept for reuse, per template; far more than the policy's decisions times two languages. */
const KEPT = 1_000;

function keptPerTemplate<Value, Key extends string | number = string>(): Record<TemplateName, Kept<Value, Key>> {
  return Object.fromEntries(templateNames.map((name) => [name, new Kept<Value, Key>(KEPT)])) as Record<TemplateName, Kept<Value, Key>>;
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

/**
 * Marks where an asker's own value goes in a half-bound card: `\u0000name\u0000`. No template or shared value holds
 * the character (checked when a layout is made), so every one found is such a place.
 */
const SLOT = '\u0000';

/** A part of a card with the asker's own values put in; a part that holds none is shared as it is. */
type Fill = (own: Readonly<Record<string, unknown>>) => unknown;

/**
 * What adaptivecards-templating gives for a binding of `name`: the value itself when it is the whole string, its
 * text inside a longer one, and the binding as written when the data has no such value.
 */
function ownValue(own: Readonly<Record<string, unknown>>, name: string): unknown {
  return own[name] ?? `\${${name}}`;
}

function fillOf(node: unknown): Fill | undefined {
  if (typeof node === 'string') {
    if (!node.includes(SLOT)) return undefined;
    const parts = node.split(SLOT);
    const [before, name, after] = parts;
    if (parts.length === 3 && before === '' && after === '' && name !== undefined) return (own) => ownValue(own, name);
    return (own) => parts.map((part, index) => (index % 2 === 0 ? part : String(ownValue(own, part)))).join('');
  }
  if (Array.isArray(node)) {
    const fills = node.map(fillOf);
    if (fills.every((fill) => fill === undefined)) return undefined;
    deepFreeze(node);
    return (own) =>
      node.map((item, index) => {
        const fill = fills[index];
        return fill ? fill(own) : item;
      });
  }
  if (typeof node === 'object' && node !== null) {
    const fields = Object.entries(node).map(([key, value]) => ({ key, value, fill: fillOf(value) }));
    if (fields.every(({ fill }) => fill === undefined)) return undefined;
    deepFreeze(node);
    return (own) => {
      const filled: Record<string, unknown> = {};
      for (const { key, value, fill } of fields) filled[key] = fill ? fill(own) : value;
      return filled;
    };
  }
  return undefined;
}

const layouts = keptPerTemplate<Fill, string | number>();

/**
 * For the parts of an answer that are this asker's own (their question, the feedback buttons that carry it), which
 * are made for every answer: most of what they show is the same for many askers (labels in one language, which
 * blocks are shown), and the template engine parses and evaluates every binding on every expansion (a memory object,
 * options and a path walk each). So the template is expanded by adaptivecards-templating once per layout, and each
 * answer only puts its own values in:
 * 1. The template is bound to the shared values only: the library leaves a binding whose field the data does not have
 *    as it is (`${text}`). `$when` may only test shared values: this step decides it.
 * 2. That half-bound card is expanded again with a marker for each binding left (`\u0000text\u0000`), so the library
 *    decides where each value goes; the result, with the places marked, is kept for the layout.
 * 3. Per answer, the marked places get the asker's values; everything else is shared, frozen.
 * The first answer of each layout is also expanded the library's way and compared: a template whose bindings do more
 * than insert a value (a function call on the asker's text) fails there, not by showing something else.
 * As for expandTemplateShared, the key must name everything the shared values are made from.
 */
export function expandTemplateInTwoSteps<Name extends TemplateName, Shared extends keyof ViewOf<Name>>(
  name: Name,
  sharedKey: string | number,
  shared: () => Pick<ViewOf<Name>, Shared>,
  own: Omit<ViewOf<Name>, Shared>
): AdaptiveCard {
  const ownValues = own as Readonly<Record<string, unknown>>;
  const fill = layouts[name].get(sharedKey, () => {
    const values = shared();
    // The half-bound result is expanded again: a shared value that looks like a binding would be evaluated.
    if (JSON.stringify(values).includes('${')) throw new RangeError(`a shared value of the ${name} template contains "\${"`);
    const halfBoundCard = template(name).expand({ $root: values });
    const halfBoundText = JSON.stringify(halfBoundCard);
    if (halfBoundText.includes('\\u0000')) throw new RangeError(`the ${name} template or a shared value contains U+0000`);
    const bindings = [...new Set([...halfBoundText.matchAll(/\$\{(\w+)\}/g)].map((match) => match[1] as string))];
    const halfBound = new Template(halfBoundCard);
    const marked = halfBound.expand({ $root: Object.fromEntries(bindings.map((binding) => [binding, `${SLOT}${binding}${SLOT}`])) });
    const made = fillOf(marked) ?? (() => deepFreeze(marked));
    if (!isDeepStrictEqual(made(ownValues), halfBound.expand({ $root: own }))) {
      throw new RangeError(`the ${name} template binds an asker's value by more than inserting it`);
    }
    return made;
  });
  return fill(ownValues) as AdaptiveCard;
}
