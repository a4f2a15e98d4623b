import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cardsDirectory, expandTemplate } from '../../src/cards/templates';
import { templateNames, viewSchemas, type TemplateName } from '../../src/cards/views';
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
