import { randomBytes, randomUUID } from 'node:crypto';
import { ToBotFromBotOrEmulatorTokenValidationParameters } from 'botframework-connector';
import { Agent, request } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { BOT, message } from '../bot/support/activities';
import { TestBot } from './support/bot';
import { CHANNEL_ISSUER, newSigningKey, nowSeconds, signToken, TokenIssuer, unsignedToken } from './support/tokenIssuer';

/**
 * An unauthenticated caller must not be able to grow memory that outlives its request. botframework-connector
 * 4.23's EmulatorValidation.isTokenFromEmulator adds four issuer strings to a process-wide list for every `tid` it
 * has not seen, whether or not the token is signed; 20,000 such requests took the process from 153 MB to 1,281 MB.
 * This floods the bot with 20,000 forged tokens, each with a new random `tid`, and weighs the heap after full GCs.
 */
const APP_ID = BOT.id.slice('28:'.length);
const FLOOD = Number(process.env.TOKEN_FLOOD_REQUESTS ?? 20_000);
const CONCURRENCY = 16;
const HEAP_GROWTH_LIMIT_BYTES = 10 * 1024 * 1024;

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as (options?: { type: 'major'; execution: 'sync' }) => void;

function liveHeapBytes(): number {
  for (let pass = 0; pass < 3; pass += 1) collectGarbage();
  return process.memoryUsage().heapUsed;
}

const consoleError = console.error;
let issuer: TokenIssuer;
let bot: TestBot;

beforeAll(async () => {
  issuer = await TokenIssuer.start(newSigningKey('flood-key'));
  bot = await TestBot.start({
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'not-a-real-secret',
    BOT_OPENID_METADATA_URL: issuer.metadataUrl,
    LOG_LEVEL: 'error'
  });
  // CloudAdapter prints every refusal with console.error; a jest spy would keep each call and weigh on the heap.
  console.error = () => undefined;
});
afterAll(async () => {
  console.error = consoleError;
  await bot.close();
  await issuer.close();
});

/** The forgeries an attacker without a key can make, each with a tenant id never seen before. */
function forgedToken(index: number, serviceUrl: string): string {
  // Half look like real tenant ids; half are long, as an attacker would make them to grow the list faster.
  const tid = index % 2 === 0 ? randomUUID() : randomBytes(750).toString('base64url');
  const now = nowSeconds();
  const claims = { aud: APP_ID, serviceurl: serviceUrl, nbf: now - 60, exp: now + 3600, tid, ver: '1.0', appid: APP_ID };
  switch (Math.floor(index / 2) % 4) {
    case 0:
      return unsignedToken({ ...claims, iss: CHANNEL_ISSUER }, 'flood-key');
    case 1:
      return unsignedToken({ ...claims, iss: `https://sts.windows.net/${tid}/` }, 'flood-key');
    case 2:
      return signToken({ ...claims, iss: `https://login.microsoftonline.com/${tid}/v2.0` }, newFloodKey());
    default:
      return signToken({ ...claims, iss: CHANNEL_ISSUER }, newFloodKey());
  }
}

/** One attacker key for the signed forgeries (making a key per request would only slow the flood down). */
let attackerKey: ReturnType<typeof newSigningKey> | undefined;
function newFloodKey() {
  attackerKey ??= newSigningKey('flood-key');
  return attackerKey;
}

async function flood(count: number): Promise<Map<number, number>> {
  const body = JSON.stringify(message('help', bot.with()));
  const serviceUrl = bot.connector.serviceUrl;
  const { hostname, port } = new URL(bot.url);
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const statuses = new Map<number, number>();
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const token = forgedToken(next++, serviceUrl);
      const status = await new Promise<number>((resolve, reject) => {
        const sent = request(
          { hostname, port, path: '/api/messages', method: 'POST', agent, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } },
          (response) => {
            response.resume();
            response.on('end', () => resolve(response.statusCode ?? 0));
          }
        );
        sent.on('error', reject);
        sent.end(body);
      });
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  agent.destroy();
  return statuses;
}

describe(`a flood of ${FLOOD} forged tokens, each with a new random tid`, () => {
  it('is refused with 401 every time, and the live heap after GC grows less than 10 MB', async () => {
    await flood(400);
    const issuers = ToBotFromBotOrEmulatorTokenValidationParameters.issuer as string[];
    const issuersBefore = issuers.length;
    const before = liveHeapBytes();

    const statuses = await flood(FLOOD);

    const growth = liveHeapBytes() - before;
    process.stdout.write(`token flood: ${FLOOD} requests, live heap after GC ${(growth / 1024 / 1024).toFixed(2)} MB growth\n`);
    expect(Object.fromEntries(statuses)).toEqual({ 401: FLOOD });
    expect(bot.connector.attempts).toEqual([]);
    expect(growth).toBeLessThan(HEAP_GROWTH_LIMIT_BYTES);
    expect(issuers).toHaveLength(issuersBefore);
  }, 600_000);
});
