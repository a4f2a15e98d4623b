import { loadConfig } from '../../src/config/config';
import { createLogger } from '../../src/server/logger';
import { createServer, MAX_BODY_BYTES } from '../../src/server/server';
import { message } from './support/activities';
import { BotHarness } from './support/harness';
import { MockConnector } from './support/mockConnector';

let bot: BotHarness;
beforeAll(async () => {
  bot = await BotHarness.start();
});
afterAll(() => bot.close());

describe('the HTTP server', () => {
  it('answers GET /healthz with 200 and status ok', async () => {
    const response = await fetch(`${bot.url}/healthz`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('answers a malformed JSON body with 400 and posts nothing', async () => {
    const response = await bot.post('{"type": "message", "text": ');

    expect(response.status).toBe(400);
    expect(bot.connector.replies).toEqual([]);
  });

  it('answers JSON that is not an activity with 400', async () => {
    const response = await bot.post(JSON.stringify({ hello: 'world' }));

    expect(response.status).toBe(400);
  });

  it('answers an activity without a conversation with 400', async () => {
    const { conversation: _dropped, ...withoutConversation } = message('help', bot.at);

    const response = await bot.post(JSON.stringify(withoutConversation));

    expect(response.status).toBe(400);
  });

  it('answers a body that is not JSON with 400', async () => {
    const response = await bot.post('type=message', 'application/x-www-form-urlencoded');

    expect(response.status).toBe(400);
  });

  it('refuses a body over the size limit with 413', async () => {
    const response = await bot.post(JSON.stringify(message('x'.repeat(MAX_BODY_BYTES), bot.at)));

    expect(response.status).toBe(413);
  });

  it('reports a port that is taken with its catalog code', async () => {
    const taken = Number(new URL(bot.url).port);
    const second = createServer(loadConfig({ HOST: '127.0.0.1' }), { logger: createLogger('silent') });

    await expect(second.listen(taken)).rejects.toMatchObject({ code: 'CSP4001' });
  });
});

describe('replies to more than one connector (Teams has one per region)', () => {
  it('sends each reply to the service URL of the activity it answers, turn after turn', async () => {
    const other = await MockConnector.start();
    try {
      bot.connector.clear();
      for (const serviceUrl of [bot.connector.serviceUrl, other.serviceUrl, bot.connector.serviceUrl, other.serviceUrl]) {
        const { status } = await bot.post(JSON.stringify(message('Can Microsoft contact this customer about billing?', { serviceUrl })));
        expect(status).toBe(200);
      }

      expect(bot.connector.replies).toHaveLength(2);
      expect(other.replies).toHaveLength(2);
    } finally {
      await other.close();
    }
  });
});
