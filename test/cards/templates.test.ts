import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardsDirectory, expandTemplate, expandTemplateInTwoSteps } from '../../src/cards/templates';
import { templateNames, viewSchemas, type FeedbackView, type QuestionView, type TemplateName } from '../../src/cards/views';
import { cardProblems, ofType } from './support/cards';

function readJson(...path: string[]): unknown {
  return JSON.parse(readFileSync(join(cardsDirectory, ...path), 'utf8'));
}

function expandSample(name: TemplateName) {
  return expandTemplate(name, viewSchemas[name].parse(readJson('samples', `${name}.json`)));
}

describe('card templates with their sample data', () => {
  it.each(templateNames)('%s: the sample is valid data for its template', (name) => {
    expect(viewSchemas[name].safeParse(readJson('samples', `${name}.json`)).error).toBeUndefined();
  });

  it.each(templateNames)('%s: expands to a card the Adaptive Cards parser accepts without warnings', (name) => {
    expect(cardProblems(expandSample(name))).toEqual([]);
  });

  it.each(templateNames)('%s: leaves no binding expression unexpanded', (name) => {
    expect(JSON.stringify(expandSample(name))).not.toContain('${');
  });

  it.each(templateNames)('%s: every text block wraps', (name) => {
    const blocks = ofType(expandSample(name), 'TextBlock');
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.filter((block) => block.wrap !== true)).toEqual([]);
  });

  it.each(templateNames)('%s: uses theme colours only, never a fixed colour value', (name) => {
    expect(readFileSync(join(cardsDirectory, `${name}.json`), 'utf8')).not.toMatch(/#[0-9a-f]{3,8}\b|rgb\(/i);
  });
});

describe('a template bound in two steps (shared values first, then the asker\'s own)', () => {
  const question = viewSchemas.question.parse(readJson('samples', 'question.json'));
  const feedback = viewSchemas.feedback.parse(readJson('samples', 'feedback.json'));

  it.each([
    [true, true],
    [true, false],
    [false, false]
  ])('question (asked: %s, truncated: %s): gives the card one step gives', (asked, truncated) => {
    const view: QuestionView = { ...question, asked, truncated, truncationNote: truncated ? question.truncationNote : '' };
    const { label, text, truncationNote } = view;

    const twoSteps = expandTemplateInTwoSteps('question', { label, asked, truncated }, { text, truncationNote });

    expect(twoSteps).toEqual(expandTemplate('question', view));
  });

  it('feedback: gives the card one step gives, for each asker', () => {
    const { helpful, notHelpful, ...shared } = feedback;
    const other: Pick<FeedbackView, 'helpful' | 'notHelpful'> = {
      helpful: { ...helpful, question: 'Another question ${text}' },
      notHelpful: { ...notHelpful, question: 'Another question ${text}' }
    };

    expect(expandTemplateInTwoSteps('feedback', shared, { helpful, notHelpful })).toEqual(expandTemplate('feedback', feedback));
    expect(expandTemplateInTwoSteps('feedback', shared, other)).toEqual(expandTemplate('feedback', { ...shared, ...other }));
  });

  it('inserts the asker\'s text as typed, even when it looks like a binding', () => {
    const { label, asked, truncated, truncationNote } = question;

    const card = expandTemplateInTwoSteps('question', { label, asked, truncated }, { text: '${label} ${text}', truncationNote });

    expect(JSON.stringify(card)).toContain('"text":"${label} ${text}"');
  });

  it('refuses a shared value that looks like a binding, since the half-bound template is parsed again', () => {
    const { asked, truncated, text, truncationNote } = question;

    expect(() => expandTemplateInTwoSteps('question', { label: 'Frage ${text}', asked, truncated }, { text, truncationNote })).toThrow(
      RangeError
    );
  });
});
