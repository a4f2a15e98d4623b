import { cardProblems, ofType } from './support/cards';
import { everyCard } from './support/every-card';

const cards = everyCard();

describe('every card the bot renders', () => {
  it.each(cards)('%s: the Adaptive Cards parser accepts it without warnings', (_, card) => {
    expect(cardProblems(card)).toEqual([]);
  });

  it.each(cards)('%s: is an Adaptive Card 1.5 with fallback text and speech', (_, card) => {
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', fallbackText: expect.any(String), speak: expect.any(String) });
    expect(String(card.fallbackText).trim()).not.toBe('');
    expect(String(card.speak).trim()).not.toBe('');
  });

  it.each(cards)('%s: wraps every text block, for narrow mobile screens', (_, card) => {
    expect(ofType(card, 'TextBlock').filter((block) => block.wrap !== true)).toEqual([]);
  });

  it.each(cards)('%s: has no unexpanded binding expression', (_, card) => {
    expect(JSON.stringify(card)).not.toContain('${');
  });
});
