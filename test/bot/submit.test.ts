import { CARD_DATA_VERSION } from '../../src/cards/actions';
import { notices } from '../../src/cards/labels';
import { emptyFacts } from '../../src/understanding/facts';
import { outagesButton } from '../fixtures/buttons';
import { submit } from './support/activities';
import { elementIds, shownText } from './support/cards';
import { BotHarness, cardOf } from './support/harness';

let bot: BotHarness;
beforeAll(async () => {
  bot = await BotHarness.start();
});
afterAll(() => bot.close());


async function replyCard(value: unknown, conversation: 'personal' | 'channel' = 'personal') {
  const { status, replies } = await bot.send(submit(value, bot.with({ conversation })));
  expect(status).toBe(200);
  expect(replies).toHaveLength(1);
  return cardOf(replies[0]);
}

describe('an Action.Submit click', () => {
  it('answers the refined question from the facts the button carries', async () => {
    const card = await replyCard(outagesButton);

    expect(elementIds(card)).toEqual(expect.arrayContaining(['verdict-yes', 'rule-operational-communication']));
  });

  it('is answered in a channel without a mention', async () => {
    const card = await replyCard(outagesButton, 'channel');

    expect(elementIds(card)).toContain('verdict-yes');
  });

  const tampered: [string, unknown][] = [
    ['a version of the wrong type', { ...outagesButton, v: '1' }],
    ['a fact of the wrong type', { ...outagesButton, facts: { ...outagesButton.facts, asksWhen: 'yes' } }],
    ['an unknown fact value', { ...outagesButton, facts: { ...outagesButton.facts, topic: 'weather' } }],
    ['an unknown fact', { ...outagesButton, facts: { ...outagesButton.facts, verdict: 'yes' } }],
    ['an extra key', { ...outagesButton, admin: true }],
    ['a __proto__ key', JSON.parse(`{"action":"ask","v":1,"__proto__":{"polluted":true}}`)],
    ['a huge question', { ...outagesButton, question: 'billing '.repeat(20_000) }],
    ['a huge product list', { ...outagesButton, facts: { ...outagesButton.facts, products: Array(5_000).fill('Azure') } }],
    ['an unknown language', { ...outagesButton, language: 'fr' }],
    ['an unknown action', { ...outagesButton, action: 'delete' }],
    ['a string', 'ask'],
    ['an array', [outagesButton]]
  ];

  it.each(tampered)('with %s gets the invalid-button notice', async (_case, value) => {
    const card = await replyCard(value);

    expect(elementIds(card)).toEqual(['notice-invalid-action']);
  });

  it('from a card of version 1, which carried every fact, answers as the same button does now', async () => {
    const everyFact = { ...outagesButton, v: 1, facts: { ...emptyFacts(), ...outagesButton.facts } };
    const carried = { ...outagesButton, v: CARD_DATA_VERSION, facts: { intent: 'communication', topic: 'operational' } };

    const [before, now] = [await replyCard(everyFact), await replyCard(carried)];

    expect(elementIds(before)).toEqual(expect.arrayContaining(['verdict-yes', 'rule-operational-communication']));
    expect(before).toEqual(now);
  });

  it('from a card of a version this bot does not read gets the stale-button notice', async () => {
    const card = await replyCard({ ...outagesButton, v: 0 });

    expect(elementIds(card)).toEqual(['notice-stale-action']);
  });

  it('from a card of an older version gets the stale-button notice', async () => {
    const card = await replyCard({ ...outagesButton, v: CARD_DATA_VERSION + 1 });

    expect(elementIds(card)).toEqual(['notice-stale-action']);
  });

  it('gets its notice in the language of the card it came from', async () => {
    const card = await replyCard({ ...outagesButton, language: 'de', v: '1' });

    expect(shownText(card)).toContain(notices['invalid-action'].de);
  });

  it('never shows a stack trace or the data it refused', async () => {
    const card = await replyCard({ ...outagesButton, question: '<script>alert(1)</script>', admin: true });

    expect(shownText(card)).not.toMatch(/script|at \w+ \(|Error/);
  });
});
