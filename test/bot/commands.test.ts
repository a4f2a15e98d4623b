import { labels } from '../../src/cards/labels';
import { mentioningMessage, message } from './support/activities';
import { elementIds, shownText } from './support/cards';
import { BotHarness, cardOf } from './support/harness';

let bot: BotHarness;
beforeAll(async () => {
  bot = await BotHarness.start();
});
afterAll(() => bot.close());

async function cardFor(text: string, locale = 'en-US') {
  const { replies } = await bot.send(message(text, bot.with({ locale })));
  expect(replies).toHaveLength(1);
  return cardOf(replies[0]);
}

describe('commands', () => {
  it('answers "help" with the help card in English', async () => {
    const card = await cardFor('help', 'de-DE');

    expect(elementIds(card)).toContain('help');
    expect(shownText(card)).toContain(labels.helpTitle.en);
  });

  it('answers "Hilfe!" with the help card in German', async () => {
    const card = await cardFor('Hilfe!');

    expect(elementIds(card)).toContain('help');
    expect(shownText(card)).toContain(labels.helpTitle.de);
  });

  it('answers "Regeln?" with every rule, in German', async () => {
    const card = await cardFor('Regeln?');

    expect(shownText(card)).toContain(labels.rulesTitle.de);
    expect(elementIds(card)).toEqual(
      expect.arrayContaining([
        'rule-applies-to',
        'rule-partner-communicates',
        'rule-subscription-communication',
        'rule-operational-communication',
        'rule-non-csp-relationship'
      ])
    );
  });

  it('answers "About" with the about card in English', async () => {
    expect(shownText(await cardFor('About'))).toContain(labels.aboutTitle.en);
  });

  it('answers "über" with the about card in German', async () => {
    expect(shownText(await cardFor('über'))).toContain(labels.aboutTitle.de);
  });

  it('takes a command after a mention in a channel', async () => {
    const { replies } = await bot.send(mentioningMessage('help', bot.with({ conversation: 'channel' })));

    expect(elementIds(cardOf(replies[0]))).toContain('help');
  });

  it('answers a message with only a mention with the help card', async () => {
    const { replies } = await bot.send(mentioningMessage('', bot.with({ conversation: 'channel' })));

    expect(elementIds(cardOf(replies[0]))).toContain('help');
  });
});
