import { askActionSchema } from '../../src/cards/actions';
import { labels } from '../../src/cards/labels';
import { cardSummary, renderAnswerCard } from '../../src/cards/render';
import { cannedQuestions, headlines } from '../../src/policy/phrases';
import { policy, ruleById } from '../../src/policy/policy';
import { answerFor, everyAnswer } from './support/answers';
import { buttons, byId, ids, ofType, visibleTexts } from './support/cards';

type CardNode = Record<string, unknown>;

function moreToggle(card: CardNode): CardNode | undefined {
  return ofType(byId(card, 'more-toggle') ?? {}, 'Action.ToggleVisibility')[0];
}

function moreToggleTargets(card: CardNode): unknown {
  return moreToggle(card)?.targetElements;
}

function moreToggleTitle(card: CardNode): unknown {
  return moreToggle(card)?.title;
}

describe('answer card', () => {
  it.each(everyAnswer)('%s: opens with the verdict line, id verdict-<verdict>', (_, answer) => {
    const [first] = renderAnswerCard(answer).body as Array<Record<string, unknown>>;
    expect(first?.id).toBe(`verdict-${answer.verdict}`);
    expect(visibleTexts(first ?? {}).join(' ')).toContain(answer.headline);
  });

  it.each(everyAnswer)('%s: marks the verdict with a symbol and a theme style, not colour alone', (_, answer) => {
    const verdict = byId(renderAnswerCard(answer), `verdict-${answer.verdict}`);
    expect(verdict?.style).toEqual(expect.stringMatching(/^(good|attention|warning|accent|emphasis)$/));
    expect(visibleTexts(verdict ?? {})[0]).toMatch(/^[✓✗◐ℹ○] /);
  });

  it.each(everyAnswer.filter(([, answer]) => answer.rules.length > 0))('%s: quotes each of its rules word for word under id rule-<id>', (_, answer) => {
    const card = renderAnswerCard(answer);
    for (const id of answer.rules) {
      const texts = visibleTexts(byId(card, `rule-${id}`) ?? {});
      expect(texts).toEqual(expect.arrayContaining(ruleById(id).quote[answer.language]));
    }
  });

  it('shows a German answer with the English original first, labelled authoritative, and the German page behind More', () => {
    const rule = ruleById('operational-communication');
    const card = renderAnswerCard(answerFor('operational', 'de'));
    const texts = visibleTexts(byId(card, 'rule-operational-communication') ?? {});
    expect(texts).toEqual(expect.arrayContaining([labels.englishOriginal.de, ...rule.quote.en, labels.germanPage.de, ...rule.quote.de]));
    expect(texts.indexOf(labels.englishOriginal.de)).toBeLessThan(texts.indexOf(labels.germanPage.de));
    const translation = byId(card, 'rule-translation');
    expect(translation?.isVisible).toBe(false);
    expect(visibleTexts(translation ?? {})).toEqual(expect.arrayContaining(rule.quote.de));
    expect(moreToggleTargets(card)).toContain('rule-translation');
  });

  it('shows an English answer with the English original only', () => {
    const rule = ruleById('subscription-communication');
    const texts = visibleTexts(byId(renderAnswerCard(answerFor('billing', 'en')), 'rule-subscription-communication') ?? {});
    expect(texts).toEqual(expect.arrayContaining(rule.quote.en));
    expect(texts).not.toEqual(expect.arrayContaining(rule.quote.de));
  });

  it.each(['en', 'de'] as const)(
    'puts the verdict, the answer, the customer sentence and the deciding rule first, the rest behind More (%s)',
    (language) => {
      const card = renderAnswerCard(answerFor('billing', language), { feedback: 'ask' });
      const top = (card.body as Array<Record<string, unknown>>).map((element) => String(element.id));
      expect(top).toEqual(['verdict-no', 'summary', 'customer', 'why', 'more-toggle', 'more', 'source', 'question', 'reading', 'feedback']);
      const more = byId(card, 'more') ?? {};
      expect(more.isVisible).toBe(false);
      expect(ids(more)).toEqual(expect.arrayContaining(['what-to-do', 'other-rules', 'rule-partner-communicates', 'applies-to', 'follow-ups']));
      expect(ids(byId(card, 'why') ?? {})).toContain('rule-subscription-communication');
      expect(ids(byId(card, 'why') ?? {})).not.toContain('rule-partner-communicates');
      expect(moreToggleTitle(card)).toBe(labels.more[language]);
    }
  );

  it('has no "also relevant" section when one rule decides alone', () => {
    const card = renderAnswerCard(answerFor('operational'));
    expect(byId(card, 'other-rules')).toBeUndefined();
    expect(byId(card, 'what-to-do')).toBeDefined();
  });

  it("tells the partner what to do from the first rule's partner action", () => {
    const answer = answerFor('ownRelationship', 'de');
    const texts = visibleTexts(byId(renderAnswerCard(answer), 'what-to-do') ?? {});
    expect(texts).toContain(ruleById('non-csp-relationship').partnerAction.de);
  });

  it.each(['en', 'de'] as const)('lists where the policy applies from the applies-to rule (%s)', (language) => {
    const texts = visibleTexts(byId(renderAnswerCard(answerFor('billing', language)), 'applies-to') ?? {});
    expect(texts).toEqual([labels.appliesTo[language], ...ruleById('applies-to').quote[language].map((place) => `• ${place}`)]);
  });

  it('does not repeat the applies-to section when the answer itself is where the policy applies', () => {
    const card = renderAnswerCard(answerFor('appliesTo'));
    expect(byId(card, 'rule-applies-to')).toBeDefined();
    expect(byId(card, 'applies-to')).toBeUndefined();
  });

  it.each([
    ['en', 'November 20, 2019'],
    ['de', '20. November 2019']
  ] as const)('names the source page and its date, and links the page in the answer language (%s)', (language, date) => {
    const source = byId(renderAnswerCard(answerFor('operational', language)), 'source') ?? {};
    expect(visibleTexts(source).join(' ')).toContain(policy.source.title[language]);
    expect(visibleTexts(source).join(' ')).toContain(date);
    expect(JSON.stringify(source)).toContain(`"url":"${policy.source.url[language]}"`);
  });

  it('echoes the question the answer is for', () => {
    const answer = answerFor('operational');
    expect(visibleTexts(byId(renderAnswerCard(answer), 'question') ?? {})).toContain(answer.question);
  });

  it('says on how many characters a truncated question was answered', () => {
    const truncated = byId(renderAnswerCard(answerFor('billing'), { truncatedAt: 240 }), 'truncated');
    expect(truncated?.text).toBe('Answered on the first 240 characters of your question.');
  });

  it('says it in German for a German answer', () => {
    const truncated = byId(renderAnswerCard(answerFor('billing', 'de'), { truncatedAt: 240 }), 'truncated');
    expect(truncated?.text).toBe('Beantwortet anhand der ersten 240 Zeichen Ihrer Frage.');
  });

  it('has no truncation line when the whole question was answered', () => {
    expect(byId(renderAnswerCard(answerFor('billing')), 'truncated')).toBeUndefined();
  });

  it('refuses to render a definite verdict that has no rule behind it', () => {
    expect(() => renderAnswerCard({ ...answerFor('billing'), rules: [], decisionId: 'no without a rule' })).toThrow(RangeError);
  });

  it('summarises the card in one line: the headline', () => {
    const answer = answerFor('billing', 'de');
    expect(cardSummary(answer)).toBe(headlines.no.de);
  });
});

describe('"it depends" card', () => {
  const answer = answerFor('dependsOnTopic');
  const card = renderAnswerCard(answer);

  it('asks the deciding question', () => {
    expect(visibleTexts(byId(card, 'cases') ?? {})[0]).toBe(answer.depends?.prompt);
  });

  it.each(answer.depends?.cases ?? [])('lists the case "$when" with its verdict and rule id', (branch) => {
    const texts = visibleTexts(byId(card, 'cases') ?? {});
    const at = texts.indexOf(`• ${branch.when}`);
    expect(at).toBeGreaterThan(0);
    expect(texts[at + 1]).toBe(`→ ${headlines[branch.verdict].en}`);
    expect(texts[at + 2]).toContain(`(${branch.rule})`);
  });

  it('offers one button per case, each asking the refined question', () => {
    const offered = buttons(byId(card, 'follow-ups') ?? {}, 'Action.Submit');
    expect(offered).toHaveLength(answer.depends?.cases.length ?? -1);
    expect(offered.map(({ title, data }) => [title, askActionSchema.parse(data).question])).toEqual(
      answer.followUps.map((followUp) => [followUp.label, followUp.question])
    );
  });

  it('quotes the rules that decide between the cases, behind More', () => {
    const more = byId(card, 'more') ?? {};
    expect(more.isVisible).toBe(false);
    expect(answer.rules.map((id) => byId(more, `rule-${id}`))).not.toContain(undefined);
    expect(moreToggleTargets(card)).toEqual(['more']);
  });

  it('keeps the cases and the buttons that pick one on the first screen', () => {
    const top = (card.body as Array<Record<string, unknown>>).map((element) => String(element.id));
    expect(top.slice(0, 5)).toEqual(['verdict-depends', 'summary', 'cases', 'follow-ups', 'more-toggle']);
  });
});

describe('not-covered card', () => {
  it.each([
    ['off-topic', answerFor('offTopic')],
    ['unclear', answerFor('unclear', 'de')]
  ] as const)('never shows a yes or no (%s)', (_, answer) => {
    const card = renderAnswerCard(answer, { feedback: 'ask' });
    const texts = visibleTexts(card).join('\n');
    expect(ids(card).filter((id) => id.startsWith('verdict-'))).toEqual(['verdict-not-covered']);
    for (const verdict of ['yes', 'no'] as const) expect(texts).not.toContain(headlines[verdict][answer.language]);
    expect(ids(card).filter((id) => id.startsWith('rule-'))).toEqual([]);
  });

  it('gives its reason: an off-topic question gets example questions', () => {
    const answer = answerFor('offTopic');
    const card = renderAnswerCard(answer);
    expect(byId(card, 'reason-off-topic')?.text).toBe(answer.summary);
  });

  it('gives its reason: an unclear question gets "did you mean" suggestions, leading with its topic', () => {
    const answer = answerFor('unclear');
    const card = renderAnswerCard(answer);
    expect(byId(card, 'reason-unclear')?.text).toBe(answer.summary);
    expect(buttons(card, 'Action.Submit')[0]?.title).toBe(cannedQuestions.billing.label.en);
  });
});
