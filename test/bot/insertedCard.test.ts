import { message } from './support/activities';
import { BotHarness } from './support/harness';

let bot: BotHarness;
beforeAll(async () => {
  bot = await BotHarness.start();
});
afterAll(() => bot.close());

/** What Teams delivers when someone inserts an answer card from the message extension into a chat with the bot. */
function insertedCard(text: string) {
  const activity = message(text, bot.with({ conversation: 'personal' }));
  activity.attachments = [{ contentType: 'application/vnd.microsoft.card.adaptive', content: { type: 'AdaptiveCard', version: '1.5', body: [] } }];
  return activity;
}

describe('an answer card inserted from the message extension', () => {
  it('is shared, not asked: the bot does not answer the card markup', async () => {
    const { status, replies } = await bot.send(insertedCard('<span class="inline-compose-card" contenteditable="false"></span>'));

    expect(status).toBe(200);
    expect(replies).toEqual([]);
  });

  it('still answers a question typed along with a card', async () => {
    const { replies } = await bot.send(insertedCard('Can Microsoft send my customer an invoice?'));

    expect(replies).toHaveLength(1);
  });
});
