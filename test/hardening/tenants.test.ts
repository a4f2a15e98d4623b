import { notices } from '../../src/cards/labels';
import { execute, invoke, membersAdded, BOT, message, TENANT_ID, USER } from '../bot/support/activities';
import { elementIds } from '../bot/support/cards';
import { TestBot } from './support/bot';
import { validCardOf } from './support/replies';

const OTHER_TENANT = '0b1c2d3e-0000-4000-8000-0000000000aa';
const QUESTION = 'Will Microsoft phone my customer Contoso about their renewal?';

let bot: TestBot;
beforeAll(async () => {
  // Upper case on purpose: tenant ids are GUIDs, compared without regard to case.
  bot = await TestBot.start({ ALLOWED_TENANT_IDS: `${TENANT_ID.toUpperCase()}, 11111111-0000-4000-8000-000000000001` });
});
afterAll(() => bot.close());
beforeEach(() => {
  bot.connector.clear();
  bot.logs.length = 0;
});

function expectLogsFreeOfUserText(): void {
  const logged = JSON.stringify(bot.logs);
  expect(logged).not.toContain('Contoso');
  expect(logged).not.toContain(USER.name);
}

describe('a message from a tenant outside ALLOWED_TENANT_IDS', () => {
  it('gets the polite refusal card, in the user’s language, and nothing else', async () => {
    const { status } = await bot.send(message(QUESTION, bot.with({ tenantId: OTHER_TENANT, locale: 'de-DE' })));

    expect(status).toBe(200);
    expect(bot.connector.replies).toHaveLength(1);
    const card = validCardOf(bot.connector.replies[0]!.activity);
    expect(elementIds(card)).toEqual(['notice-tenant-not-allowed']);
    expect(bot.connector.replies[0]!.activity.summary).toBe(notices['tenant-not-allowed'].de);
  });

  it('is logged with its code and tenant, without its text or the user’s name', async () => {
    await bot.send(message(QUESTION, bot.with({ tenantId: OTHER_TENANT })));

    expect(bot.logged('CSP2004')).toEqual([expect.objectContaining({ tenantId: OTHER_TENANT })]);
    expectLogsFreeOfUserText();
  });

  it('without any tenant id is refused the same way', async () => {
    const sent = message(QUESTION, bot.with());
    const { channelData: _dropped, ...withoutChannelData } = sent;
    const { tenantId: _tenant, ...conversation } = sent.conversation;

    await bot.send({ ...withoutChannelData, conversation });

    expect(elementIds(validCardOf(bot.connector.replies[0]!.activity))).toEqual(['notice-tenant-not-allowed']);
  });
});

describe('an invoke from a tenant outside ALLOWED_TENANT_IDS', () => {
  const invokes = [
    ['an Action.Execute click (adaptiveCard/action)', () => execute('feedback', { action: 'feedback' }, bot.with({ tenantId: OTHER_TENANT }))],
    ['a message-extension search (composeExtension/query)', () =>
      invoke('composeExtension/query', { commandId: 'searchRules', parameters: [{ name: 'query', value: QUESTION }] }, bot.with({ tenantId: OTHER_TENANT }))],
    ['an invoke the bot does not know', () => invoke('task/fetch', { data: QUESTION }, bot.with({ tenantId: OTHER_TENANT }))]
  ] as const;

  it.each(invokes)('%s gets a 403 invoke response with the refusal, and no message', async (_name, build) => {
    const { status, body } = await bot.send(build());

    expect(status).toBe(403);
    expect(body).toEqual({
      statusCode: 403,
      type: 'application/vnd.microsoft.error',
      value: { code: 'Forbidden', message: notices['tenant-not-allowed'].en }
    });
    expect(bot.connector.attempts).toEqual([]);
  });

  it.each(invokes)('%s is logged with its code, tenant and name, without its text', async (_name, build) => {
    const sent = build();

    await bot.send(sent);

    expect(bot.logged('CSP3004')).toEqual([expect.objectContaining({ tenantId: OTHER_TENANT, invoke: sent.name })]);
    expectLogsFreeOfUserText();
  });
});

describe('a user of an allowed tenant', () => {
  it('is answered whatever the case of the tenant id', async () => {
    await bot.send(message(QUESTION, bot.with({ tenantId: TENANT_ID.toLowerCase() })));

    expect(elementIds(validCardOf(bot.connector.replies[0]!.activity))).not.toContain('notice-tenant-not-allowed');
  });

  it('gets invokes handled by the bot, not refused', async () => {
    const { status } = await bot.send(invoke('adaptiveCard/action', {}, bot.with()));

    expect(status).toBe(400);
  });

  it('is welcomed on install', async () => {
    await bot.send(membersAdded([BOT], bot.with()));

    expect(elementIds(validCardOf(bot.connector.replies[0]!.activity))).toContain('welcome');
  });
});
