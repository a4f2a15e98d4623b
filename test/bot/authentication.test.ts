import { BOT, message } from './support/activities';
import { BotHarness } from './support/harness';

let bot: BotHarness;
beforeAll(async () => {
  bot = await BotHarness.start({ MicrosoftAppId: BOT.id.slice('28:'.length), MicrosoftAppPassword: 'not-a-real-secret' });
});
afterAll(() => bot.close());
afterEach(() => jest.restoreAllMocks());

describe('with MicrosoftAppId set', () => {
  it('rejects an activity without a token with 401 and does not answer it', async () => {
    // botbuilder reports the rejection with console.error; keep the test output clean.
    jest.spyOn(console, 'error').mockImplementation(() => undefined);

    const { status, replies } = await bot.send(message('help', bot.at));

    expect(status).toBe(401);
    expect(replies).toEqual([]);
  });
});
