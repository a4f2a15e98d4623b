import { labels } from '../../src/cards/labels';
import { BOT, membersAdded, OTHER_USER, USER } from './support/activities';
import { elementIds, shownText } from './support/cards';
import { BotHarness, cardOf } from './support/harness';

let bot: BotHarness;
beforeAll(async () => {
  bot = await BotHarness.start();
});
afterAll(() => bot.close());

describe('when the bot is added to a conversation', () => {
  it('posts one welcome card', async () => {
    const { status, replies } = await bot.send(membersAdded([BOT, USER], bot.with({ conversation: 'groupChat' })));

    expect(status).toBe(200);
    expect(replies).toHaveLength(1);
    expect(elementIds(cardOf(replies[0]))).toContain('welcome');
  });

  it('welcomes in the language of the client', async () => {
    const { replies } = await bot.send(membersAdded([BOT], bot.with({ locale: 'de-DE' })));

    expect(shownText(cardOf(replies[0]))).toContain(labels.welcomeTitle.de);
  });
});

describe('when someone else joins a conversation the bot is in', () => {
  it('posts nothing', async () => {
    const { status, replies } = await bot.send(membersAdded([OTHER_USER], bot.with({ conversation: 'channel' })));

    expect(status).toBe(200);
    expect(replies).toEqual([]);
  });
});
