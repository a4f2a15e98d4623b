import { message, type Activity } from '../bot/support/activities';
import { TestBot, type Answer } from './support/bot';
import { APP_ID, TestReplyCredentials } from './support/replyCredentials';
import { CHANNEL_ISSUER, newSigningKey, nowSeconds, signToken, TokenIssuer, unsignedToken, type SigningKey } from './support/tokenIssuer';

/**
 * The documents that hold the keys tokens are signed with (OpenID metadata, then the key set it names) on a bad
 * day: slow, down at a cold start, down after the keys were fetched, back again. Timings are shortened through
 * the server's options; the behaviour is the production one.
 */
const TIMINGS = { retryMinMs: 400, retryMaxMs: 800, minFreshMs: 300, staleMs: 1500, unknownKeyCooldownMs: 60_000 };
const SERVICE_UNAVAILABLE_BODY = { code: 'ServiceUnavailable', message: 'The bot cannot check tokens right now; retry later.' };

let issuer: TokenIssuer;
let bot: TestBot | undefined;

beforeEach(async () => {
  issuer = await TokenIssuer.start(newSigningKey('keys-test-key'));
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(async () => {
  await bot?.close();
  bot = undefined;
  await issuer.close();
  jest.restoreAllMocks();
});

async function startBot(): Promise<TestBot> {
  bot = await TestBot.start(
    { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', BOT_OPENID_METADATA_URL: issuer.metadataUrl },
    { credentialsFactory: new TestReplyCredentials(), signingKeys: TIMINGS }
  );
  return bot;
}

function signedBy(key: SigningKey, sent: Activity): string {
  const now = nowSeconds();
  return `Bearer ${signToken({ iss: CHANNEL_ISSUER, aud: APP_ID, serviceurl: String(sent.serviceUrl), nbf: now - 60, exp: now + 3600 }, key)}`;
}

function sendValid(target: TestBot): Promise<Answer> {
  const sent = message('help', target.with());
  return target.send(sent, { authorization: signedBy(issuer.key, sent) });
}

async function readiness(target: TestBot): Promise<number> {
  return (await fetch(`${target.url}/readyz`)).status;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function eventually(check: () => Promise<boolean>, withinMs: number): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${withinMs} ms`);
    await sleep(50);
  }
}

describe('the signing keys', () => {
  it('are fetched once for 64 requests arriving together at a cold start', async () => {
    issuer.delayMs = 300;
    const target = await startBot();

    const answers = await Promise.all(Array.from({ length: 64 }, () => sendValid(target)));

    expect(answers.map((answer) => answer.status)).toEqual(Array(64).fill(200));
    expect({ metadata: issuer.count('metadata'), keys: issuer.count('keys'), maxInFlight: issuer.maxInFlight }).toEqual({
      metadata: 1,
      keys: 1,
      maxInFlight: 1
    });
  });

  it('while they cannot be had: 503 with Retry-After, one fetch at a time, an error log, not ready; a forged token still 401', async () => {
    issuer.down = true;
    const target = await startBot();

    const answers: Answer[] = [];
    for (let round = 0; round < 20; round += 1) answers.push(...(await Promise.all(Array.from({ length: 10 }, () => sendValid(target)))));
    const forged = message('help', target.with());
    const forgery = await target.send(forged, {
      authorization: `Bearer ${unsignedToken({ iss: CHANNEL_ISSUER, aud: APP_ID, exp: nowSeconds() + 600 }, 'keys-test-key')}`
    });

    expect(new Set(answers.map((answer) => answer.status))).toEqual(new Set([503]));
    for (const answer of answers) {
      expect(answer.body).toEqual(SERVICE_UNAVAILABLE_BODY);
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
    expect(forgery.status).toBe(401);
    expect(issuer.maxInFlight).toBe(1);
    expect(issuer.count('metadata')).toBeLessThanOrEqual(5);
    expect(target.logged('CSP3008').filter((line) => line.level === 50).length).toBeGreaterThan(0);
    expect(await readiness(target)).toBe(503);
    expect(target.connector.attempts).toEqual([]);
  });

  it('are fetched again in the background once the endpoint is back, and the bot is ready again', async () => {
    issuer.down = true;
    const target = await startBot();
    expect((await sendValid(target)).status).toBe(503);

    issuer.down = false;
    await eventually(async () => (await readiness(target)) === 200, 3000);

    expect((await sendValid(target)).status).toBe(200);
  });

  it('are served stale for a bounded time while the endpoint fails, refreshed in the background by their cache headers', async () => {
    issuer.cacheControl = 'public, max-age=0';
    const target = await startBot();
    expect((await sendValid(target)).status).toBe(200);
    const fetchedWhileUp = issuer.count('keys');

    issuer.down = true;
    await sleep(TIMINGS.minFreshMs + 100);
    const stale = await sendValid(target);
    await sleep(200);

    expect(stale.status).toBe(200);
    expect(issuer.count('metadata')).toBeGreaterThan(fetchedWhileUp);
    expect(await readiness(target)).toBe(200);

    await sleep(TIMINGS.staleMs);
    expect((await sendValid(target)).status).toBe(503);
    expect(await readiness(target)).toBe(503);
    expect(issuer.maxInFlight).toBe(1);
  });

  it('are kept as long as their cache headers say, without a fetch per request', async () => {
    issuer.cacheControl = 'public, max-age=86400';
    const target = await startBot();

    for (let index = 0; index < 30; index += 1) expect((await sendValid(target)).status).toBe(200);

    expect({ metadata: issuer.count('metadata'), keys: issuer.count('keys') }).toEqual({ metadata: 1, keys: 1 });
  });

  it('are fetched again at most once per cool-down for tokens naming a key the set does not have', async () => {
    const target = await startBot();
    expect((await sendValid(target)).status).toBe(200);
    const stranger = newSigningKey('rotated-or-forged');

    for (let index = 0; index < 50; index += 1) {
      const sent = message('help', target.with());
      expect((await target.send(sent, { authorization: signedBy(stranger, sent) })).status).toBe(401);
    }

    expect(issuer.count('keys')).toBeLessThanOrEqual(2);
  });
});
