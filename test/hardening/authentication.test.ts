import { message, TENANT_ID, type Activity } from '../bot/support/activities';
import { TestBot } from './support/bot';
import { APP_ID, OUTBOUND_TOKEN, TestReplyCredentials } from './support/replyCredentials';
import {
  CHANNEL_ISSUER,
  newSigningKey,
  nowSeconds,
  publicKeyHmacToken,
  signToken,
  TokenIssuer,
  unsignedToken,
  type SigningKey,
  type TokenClaims
} from './support/tokenIssuer';

/**
 * Inbound authentication is botbuilder's own code end to end (token parsing, issuer, key lookup in the loopback
 * key set, signature, lifetime, endorsements, audience and serviceUrl checks); only where its keys come from is
 * configured (BOT_OPENID_METADATA_URL). Outbound, replies carry a token this test issues instead of one from
 * Microsoft Entra, through a credentials factory that keeps botbuilder's own app id check.
 */
let issuer: TokenIssuer;
let bot: TestBot;
let otherKey: SigningKey;

beforeAll(async () => {
  issuer = await TokenIssuer.start(newSigningKey('test-key-1'));
  otherKey = newSigningKey('test-key-1');
  bot = await TestBot.start(
    { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret', BOT_OPENID_METADATA_URL: issuer.metadataUrl },
    { credentialsFactory: new TestReplyCredentials() }
  );
});
afterAll(async () => {
  await bot.close();
  await issuer.close();
});
beforeEach(() => {
  bot.connector.clear();
  bot.logs.length = 0;
  // botbuilder reports each rejected token with console.error; the log line with CSP3007 is what operators read.
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => jest.restoreAllMocks());

/** What every refused request gets: the reason is in the log (CSP3007), never in the response. */
const UNAUTHORIZED_BODY = { code: 'Unauthorized', message: 'A valid Bot Framework token is required.' };

function activity(): Activity {
  return message('help', bot.with());
}

/** The claims the Bot Framework channel service puts in a token for this activity. */
function claimsFor(sent: Activity, overrides: TokenClaims = {}): TokenClaims {
  const now = nowSeconds();
  return { iss: CHANNEL_ISSUER, aud: APP_ID, serviceurl: String(sent.serviceUrl), nbf: now - 60, exp: now + 3600, ...overrides };
}

async function sendWith(sent: Activity, authorization?: string) {
  return bot.send(sent, authorization === undefined ? {} : { authorization });
}

describe('with MicrosoftAppId set and a token signed by the channel key', () => {
  it('answers, and the reply reaches the connector signed with the bot’s own token', async () => {
    const sent = activity();

    const { status } = await sendWith(sent, `Bearer ${signToken(claimsFor(sent), issuer.key)}`);

    expect(status).toBe(200);
    expect(bot.connector.replies).toHaveLength(1);
    expect(bot.connector.replies[0]).toMatchObject({ replyToId: sent.id, authorization: `Bearer ${OUTBOUND_TOKEN}` });
    expect(issuer.fetched).toEqual(expect.arrayContaining(['/v1/.well-known/openidconfiguration', '/v1/.well-known/keys']));
  });
});

describe('with MicrosoftAppId set, a request is refused with 401, unanswered and logged without its token', () => {
  const forgeries: Array<[string, (sent: Activity) => string | undefined]> = [
    ['no Authorization header', () => undefined],
    ['an empty Authorization header', () => ''],
    ['a token without the Bearer scheme', (sent) => signToken(claimsFor(sent), issuer.key)],
    ['a token that is not a JWT', () => 'Bearer not.a.token'],
    ['a token signed with another key under the channel key’s id', (sent) => `Bearer ${signToken(claimsFor(sent), otherKey)}`],
    [
      'a token signed with a key the key set does not have',
      (sent) => `Bearer ${signToken(claimsFor(sent), newSigningKey('unknown-key'))}`
    ],
    ['a token for another app (wrong audience)', (sent) => `Bearer ${signToken(claimsFor(sent, { aud: 'another-app-id' }), issuer.key)}`],
    ['a token without an audience', (sent) => `Bearer ${signToken(claimsFor(sent, { aud: undefined }), issuer.key)}`],
    [
      'a token from another issuer',
      (sent) => `Bearer ${signToken(claimsFor(sent, { iss: 'https://api.botframework.com.attacker.example' }), issuer.key)}`
    ],
    [
      'an expired token (beyond the five minutes of clock skew allowed)',
      (sent) => `Bearer ${signToken(claimsFor(sent, { nbf: nowSeconds() - 7200, exp: nowSeconds() - 600 }), issuer.key)}`
    ],
    [
      'a token that is not valid yet',
      (sent) => `Bearer ${signToken(claimsFor(sent, { nbf: nowSeconds() + 3600, exp: nowSeconds() + 7200 }), issuer.key)}`
    ],
    [
      'a token whose serviceUrl claim is not the activity’s serviceUrl',
      (sent) => `Bearer ${signToken(claimsFor(sent, { serviceurl: 'https://smba.trafficmanager.net/attacker/' }), issuer.key)}`
    ],
    ['a token without a serviceUrl claim', (sent) => `Bearer ${signToken(claimsFor(sent, { serviceurl: undefined }), issuer.key)}`],
    ['an unsigned token (alg: none)', (sent) => `Bearer ${unsignedToken(claimsFor(sent), issuer.key.kid)}`],
    [
      'a token signed with the public key as an HMAC secret (alg: HS256)',
      (sent) => `Bearer ${publicKeyHmacToken(claimsFor(sent), issuer.key)}`
    ],
    ['a correctly signed token without an expiry (no exp)', (sent) => `Bearer ${signToken(claimsFor(sent, { exp: undefined }), issuer.key)}`],
    [
      'a correctly signed token valid only from six minutes ahead (nbf beyond the five minutes of skew)',
      (sent) => `Bearer ${signToken(claimsFor(sent, { nbf: nowSeconds() + 360 }), issuer.key)}`
    ],
    [
      'a correctly signed token naming a tenant the app does not accept tokens from (tid)',
      (sent) => `Bearer ${signToken(claimsFor(sent, { tid: 'b2c0e0f1-2d3e-4f50-8a6b-7c8d9e0f1a2b' }), issuer.key)}`
    ],
    ['a token of two parts', (sent) => `Bearer ${signToken(claimsFor(sent), issuer.key).split('.').slice(0, 2).join('.')}`],
    ['a token with a 10 kB claim (under Node’s 16 kB header limit)', (sent) => `Bearer ${signToken(claimsFor(sent, { padding: 'x'.repeat(10_000) }), issuer.key)}`],
    ['a token whose header is not JSON', (sent) => `Bearer e30${signToken(claimsFor(sent), issuer.key)}`],
    ['a token with a number as issuer', (sent) => `Bearer ${signToken(claimsFor(sent, { iss: 42 }), issuer.key)}`]
  ];

  it.each(forgeries)('%s', async (_name, authorizationFor) => {
    const sent = activity();
    const authorization = authorizationFor(sent);

    const { status, body } = await sendWith(sent, authorization);

    expect(status).toBe(401);
    expect(body).toEqual(UNAUTHORIZED_BODY);
    expect(bot.connector.attempts).toEqual([]);
    expect(bot.logged('CSP3007')).toHaveLength(1);
    const token = authorization?.split(' ')[1];
    if (token) expect(JSON.stringify(bot.logs)).not.toContain(token);
  });

  it('refuses a token signed for another channel than the key is endorsed for', async () => {
    const sent = { ...activity(), channelId: 'webchat' };

    const { status } = await sendWith(sent, `Bearer ${signToken(claimsFor(sent), issuer.key)}`);

    expect(status).toBe(401);
    expect(bot.connector.attempts).toEqual([]);
  });

  it('refuses an invoke without a token before any surface or tenant check answers it', async () => {
    const sent = { ...activity(), type: 'invoke', name: 'adaptiveCard/action', value: {} };

    const { status, body } = await sendWith(sent);

    expect(status).toBe(401);
    expect(body).toEqual(UNAUTHORIZED_BODY);
    expect(bot.connector.attempts).toEqual([]);
  });
});

describe('the tenant of a correctly signed request', () => {
  it('is still checked after authentication', async () => {
    const restricted = await TestBot.start(
      {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'not-a-real-secret',
        BOT_OPENID_METADATA_URL: issuer.metadataUrl,
        ALLOWED_TENANT_IDS: TENANT_ID
      },
      { credentialsFactory: new TestReplyCredentials() }
    );
    try {
      const sent = { ...message('help', restricted.with({ tenantId: 'another-tenant' })), type: 'invoke', name: 'adaptiveCard/action' };

      const { status } = await restricted.send(sent, { authorization: `Bearer ${signToken(claimsFor(sent), issuer.key)}` });

      expect(status).toBe(403);
    } finally {
      await restricted.close();
    }
  });
});

describe('tokens from Microsoft Entra (the Emulator, Agents Playground, other bots)', () => {
  const APP_TENANT = '5d2e8c1a-9f4b-4e6d-8a3c-2b1f0e9d8c7a';
  const BOT_FRAMEWORK_TENANT = 'd6d49420-f39b-4df7-a1dc-d59a935871db';

  function entraClaims(sent: Activity, tenant: string): TokenClaims {
    const now = nowSeconds();
    return { iss: `https://login.microsoftonline.com/${tenant}/v2.0`, aud: APP_ID, azp: APP_ID, ver: '2.0', tid: tenant, nbf: now - 60, exp: now + 3600, serviceurl: String(sent.serviceUrl) };
  }

  it('are accepted for a multi-tenant app from the Bot Framework tenant botbuilder ships', async () => {
    const sent = activity();

    const { status } = await sendWith(sent, `Bearer ${signToken(entraClaims(sent, BOT_FRAMEWORK_TENANT), issuer.key)}`);

    expect(status).toBe(200);
  });

  it('are accepted for a single-tenant app from its own tenant only', async () => {
    const single = await TestBot.start(
      {
        MicrosoftAppId: APP_ID,
        MicrosoftAppPassword: 'not-a-real-secret',
        MicrosoftAppType: 'SingleTenant',
        MicrosoftAppTenantId: APP_TENANT,
        BOT_OPENID_METADATA_URL: issuer.metadataUrl
      },
      { credentialsFactory: new TestReplyCredentials() }
    );
    try {
      const sent = message('help', single.with());
      const own = await single.send(sent, { authorization: `Bearer ${signToken(entraClaims(sent, APP_TENANT), issuer.key)}` });
      const other = await single.send(sent, { authorization: `Bearer ${signToken(entraClaims(sent, BOT_FRAMEWORK_TENANT), issuer.key)}` });

      expect([own.status, other.status]).toEqual([200, 401]);
    } finally {
      await single.close();
    }
  });
});
