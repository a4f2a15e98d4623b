import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardsDirectory, expandTemplate, expandTemplateInTwoSteps } from '../../src/cards/templates';
import { templateNames, viewSchemas, type AskerView, type TemplateName } from '../../src/cards/views';
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
  const sample = viewSchemas.asker.parse(readJson('samples', 'asker.json'));
  const { text, truncationNote, helpful, notHelpful, ...shared } = sample;

  it.each([
    [true, true, true, false],
    [true, false, false, true],
    [false, false, false, false],
    [true, false, true, false]
  ])('asked: %s, truncated: %s, asking for feedback: %s, thanked: %s: gives the card one step gives', (asked, truncated, askForFeedback, thanked) => {
    const flags = { asked, truncated, askForFeedback, thanked };
    const own: Omit<AskerView, keyof typeof shared> = {
      text,
      truncationNote: truncated ? truncationNote : '',
      ...(askForFeedback ? { helpful, notHelpful } : {})
    };

    const twoSteps = expandTemplateInTwoSteps('asker', JSON.stringify(flags), () => ({ ...shared, ...flags }), own);

    expect(twoSteps).toEqual(expandTemplate('asker', { ...shared, ...flags, ...own }));
  });

  it('gives each asker their own feedback data', () => {
    const other = { question: 'Another question ${text}' };
    const own = { text, truncationNote, helpful: { ...helpful!, ...other }, notHelpful: { ...notHelpful!, ...other } };

    expect(expandTemplateInTwoSteps('asker', 'sample', () => shared, { text, truncationNote, helpful, notHelpful })).toEqual(
      expandTemplate('asker', sample)
    );
    expect(expandTemplateInTwoSteps('asker', 'sample', () => shared, own)).toEqual(expandTemplate('asker', { ...shared, ...own }));
  });

  it('inserts the asker\'s text as typed, even when it looks like a binding', () => {
    const card = expandTemplateInTwoSteps('asker', 'sample', () => shared, { text: '${label} ${text}', truncationNote, helpful, notHelpful });

    expect(JSON.stringify(card)).toContain('"text":"${label} ${text}"');
  });

  it('refuses a shared value that looks like a binding, since the half-bound template is parsed again', () => {
    const tampered = () => ({ ...shared, label: 'Frage ${text}' });

    expect(() => expandTemplateInTwoSteps('asker', 'tampered', tampered, { text, truncationNote, helpful, notHelpful })).toThrow(RangeError);
  });
});
