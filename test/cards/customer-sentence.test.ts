import { labels } from '../../src/cards/labels';
import { renderAboutCard, renderAnswerCard } from '../../src/cards/render';
import type { Language } from '../../src/language/language';
import { ruleById } from '../../src/policy/policy';
import { answerFor, everyAnswer, languages } from './support/answers';
import { byId, ofType, visibleTexts } from './support/cards';

type CardNode = Record<string, unknown>;

const other: Record<Language, Language> = { en: 'de', de: 'en' };

const definite = everyAnswer.filter(([, answer]) => ['yes', 'no', 'applies'].includes(answer.verdict));
const depends = everyAnswer.filter(([, answer]) => answer.verdict === 'depends');

function toggleTargets(root: CardNode): unknown[] {
  return ofType(root, 'Action.ToggleVisibility').map((action) => action.targetElements);
}

describe('what to tell the customer', () => {
  it.each(definite)('%s: says it in the answer language, from the deciding rule, under id customer-sentence', (_, answer) => {
    const card = renderAnswerCard(answer);
    const [decisive] = answer.rules;
    const sentence = byId(card, 'customer-sentence');
    expect(sentence?.type).toBe('TextBlock');
    expect(sentence?.text).toBe(ruleById(decisive ?? 'applies-to').customer.sentence[answer.language]);
    expect(sentence?.isVisible).toBeUndefined();
    expect(visibleTexts(byId(card, 'customer') ?? {})[0]).toBe(labels.customer[answer.language]);
  });

  it.each(definite)('%s: has the other language one click away', (_, answer) => {
    const card = renderAnswerCard(answer);
    const [decisive] = answer.rules;
    const hidden = byId(card, 'customer-sentence-other');
    expect(hidden?.isVisible).toBe(false);
    expect(visibleTexts(hidden ?? {})).toContain(ruleById(decisive ?? 'applies-to').customer.sentence[other[answer.language]]);
    const toggle = ofType(byId(card, 'customer') ?? {}, 'Action.ToggleVisibility')[0];
    expect(toggle?.title).toBe(labels.otherLanguage[answer.language]);
    expect(toggle?.targetElements).toEqual(['customer-sentence-other']);
  });

  it.each(depends)('%s: gives each case its own customer sentence, and all of them in the other language', (_, answer) => {
    const card = renderAnswerCard(answer);
    const cases = answer.depends?.cases ?? [];
    expect(cases.length).toBeGreaterThanOrEqual(2);
    for (const branch of cases) {
      expect(branch.customerSentence).toBe(ruleById(branch.rule).customer.sentence[answer.language]);
      const inCase = byId(byId(card, `case-${branch.rule}`) ?? {}, `customer-sentence-${branch.rule}`);
      expect(inCase?.text).toBe(branch.customerSentence);
    }
    const hidden = byId(card, 'customer-sentence-other') ?? {};
    expect(hidden.isVisible).toBe(false);
    expect(visibleTexts(hidden)).toEqual(
      expect.arrayContaining(cases.map((branch) => ruleById(branch.rule).customer.sentence[other[answer.language]]))
    );
    expect(toggleTargets(byId(card, 'cases') ?? {})).toEqual([['customer-sentence-other']]);
  });

  it.each(languages)('says nothing to tell the customer when the question is not covered (%s)', (language) => {
    const card = renderAnswerCard(answerFor('offTopic', language));
    expect(byId(card, 'customer-sentence')).toBeUndefined();
    expect(byId(card, 'customer')).toBeUndefined();
  });

  it.each(definite)('%s: says it in the text for clients that cannot draw the card', (_, answer) => {
    const card = renderAnswerCard(answer);
    expect(card.fallbackText).toContain(`${labels.customer[answer.language]}: ${answer.customerSentence ?? '(none)'}`);
  });

  it('keeps the sentence on the shareable card of the message extension', () => {
    const card = renderAnswerCard(answerFor('operational', 'de'), { shareable: true });
    expect(byId(card, 'customer-sentence')?.text).toBe(ruleById('operational-communication').customer.sentence.de);
  });
});

describe('a page that has changed since the stored copy', () => {
  it.each([
    ['en', 'December 1, 2026', 'Microsoft has changed the page'],
    ['de', '1. Dezember 2026', 'Microsoft hat die Seite geändert']
  ] as const)('warns on every answer, right under the verdict (%s)', (language, date, words) => {
    for (const [, answer] of everyAnswer.filter(([, candidate]) => candidate.language === language)) {
      const card = renderAnswerCard(answer, { pageChangedOn: '2026-12-01' });
      const body = card.body as CardNode[];
      expect(body[1]?.id).toBe('drift-warning');
      expect(body[1]?.style).toBe('warning');
      const text = visibleTexts(body[1] ?? {}).join(' ');
      expect(text).toContain(words);
      expect(text).toContain(date);
      expect(card.fallbackText).toContain(words);
    }
  });

  it('warns on the about card too', () => {
    const text = visibleTexts(byId(renderAboutCard('en', '2026-12-01'), 'drift-warning') ?? {}).join(' ');
    expect(text).toContain('Microsoft has changed the page');
  });

  it('shows no warning while no check has found a change', () => {
    for (const [, answer] of everyAnswer) expect(byId(renderAnswerCard(answer), 'drift-warning')).toBeUndefined();
    expect(byId(renderAboutCard('de'), 'drift-warning')).toBeUndefined();
  });

  it('does not let a warned card be handed to an answer without the warning (shared cards are kept per state)', () => {
    const answer = answerFor('billing');
    expect(byId(renderAnswerCard(answer, { pageChangedOn: '2026-12-01' }), 'drift-warning')).toBeDefined();
    expect(byId(renderAnswerCard(answer), 'drift-warning')).toBeUndefined();
  });
});

describe('the page date', () => {
  it.each([
    ['en', 'page dated November 20, 2019'],
    ['de', 'Seite vom 20. November 2019']
  ] as const)('is on the about card (%s)', (language, words) => {
    expect(visibleTexts(byId(renderAboutCard(language), 'source') ?? {}).join(' ')).toContain(words);
  });
});
