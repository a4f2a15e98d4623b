import { BOT, message } from './support/activities';
import { BotHarness } from './support/harness';

let bot: BotHarness;
beforeAll(async () => {
  // Keys from a closed port on this machine: the bot fetches them at start, and a test never leaves loopback.
  bot = await BotHarness.start({
    MicrosoftAppId: BOT.id.slice('28:'.length),
    MicrosoftAppPassword: 'not-a-real-secret',
    BOT_OPENID_METADATA_URL: 'http://127.0.0.1:9/v1/.well-known/openidconfiguration'
  });
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
