import { expectAnswers } from '../support/expectAnswers';
import { lexicon, type Concept } from '../../src/understanding/lexicon';
import { scan } from '../../src/understanding/matcher';
import { normalize, tokenize } from '../../src/understanding/normalize';

/**
 * Every lexicon form must find the text it describes. A form the scanner can never match is vocabulary that silently
 * does nothing: a phrase whose first word is a stem ("ungenutzt* lizenz*") was filed under the word with its star and
 * never opened, and a form written with an apostrophe the normaliser splits off ("doesn't know" is read as
 * "does n't know") never met its text.
 */

/** Endings a stem is tried with: one of them makes a word the form is meant for ("angebot*" is "angebote", not "angeboten"). */
const ENDINGS = ['', 'e', 'en', 's', 'ed'];

/** The text a form describes, each stem given `ending` and each wildcard word a filler. */
function textOf(form: string, ending: string): string {
  return form
    .split(' ')
    .map((word) => (word === '*' ? 'xyz' : word.endsWith('*') ? word.slice(0, -1) + ending : word))
    .join(' ');
}

/** Whether the scan of `text` finds `concept` over the whole text, from its first word to its last. */
function findsWhole(text: string, concept: Concept): boolean {
  const tokens = tokenize(normalize(text));
  return scan(tokens).matches.some((match) => match.concept === concept && match.at === 0 && (match.span ?? 1) === tokens.length);
}

function spanOf(text: string, concept: Concept): number | undefined {
  const tokens = tokenize(normalize(text));
  return scan(tokens).matches.find((match) => match.concept === concept && match.at === 0)?.span;
}

describe('lexicon forms', () => {
  it('every form finds the text it describes', () => {
    const unmatched: string[] = [];
    for (const [concept, forms] of Object.entries(lexicon) as Array<[Concept, { en: readonly string[]; de: readonly string[] }]>) {
      for (const language of ['en', 'de'] as const) {
        for (const form of forms[language]) {
          if (!ENDINGS.some((ending) => findsWhole(textOf(form, ending), concept))) unmatched.push(`${concept}/${language}: ${form}`);
        }
      }
    }
    expect(unmatched).toEqual([]);
  });

  it('a phrase whose first word is a stem opens with every ending of that word', () => {
    expect(spanOf('ungenutzte Lizenzen', 'billing')).toBe(2);
    expect(spanOf('ungenutzten Abos', 'billing')).toBe(2);
    expect(spanOf('ungenutzter Arbeitsplätze', 'billing')).toBe(2);
    expect(spanOf('ungenutztes Seat', 'billing')).toBe(2);
    expect(spanOf('ungenutzte Umgebungen', 'operational')).toBe(2);
    // the stem alone, or before a word no phrase names, opens nothing
    expect(spanOf('ungenutzte Räume', 'billing')).toBeUndefined();
    expect(spanOf('ungenutzt', 'billing')).toBeUndefined();
  });

  it('questions about unused licences, seats and environments keep their answers', () => {
    expectAnswers([
      ['Schreibt Microsoft unseren Kunden wegen seiner ungenutzten Lizenzen an?', 'no', 'subscription-communication'],
      ['Meldet sich Microsoft beim Endkunden, wenn er ungenutzte Abos hat?', 'no', 'subscription-communication'],
      ['Bekommt der Kunde von Microsoft einen Hinweis auf ungenutzte Seats?', 'no', 'subscription-communication'],
      ['Wird der Kunde von Microsoft informiert, bevor ungenutzte Umgebungen entfernt werden?', 'yes', 'operational-communication']
    ]);
  });

  it('"doesn\'t know" and "it\'s ours" read as the asker not knowing how it was bought', () => {
    expectAnswers([
      ["Our client doesn't know if they got Azure through us: will Microsoft email them about the invoice?", 'depends', 'non-csp-relationship'],
      ["Not sure if it's ours - does Microsoft write to the customer about the renewal of that subscription?", 'depends', 'non-csp-relationship'],
      ["The end customer doesn't know who sold them the licences. Does Microsoft send them the renewal notice?", 'depends', 'non-csp-relationship']
    ]);
  });
});
