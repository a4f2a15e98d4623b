import { BOT, membersAdded, message, TENANT_ID } from './support/activities';
import { elementIds } from './support/cards';
import { BotHarness, cardOf } from './support/harness';

let bot: BotHarness;
beforeAll(async () => {
  bot = await BotHarness.start({ ALLOWED_TENANT_IDS: TENANT_ID });
});
afterAll(() => bot.close());

const otherTenant = '0b1c2d3e-0000-4000-8000-0000000000aa';
const question = 'Can Microsoft contact this customer about billing?';

describe('with ALLOWED_TENANT_IDS set', () => {
  it('answers users of an allowed tenant', async () => {
    const { replies } = await bot.send(message(question, bot.at));

    expect(elementIds(cardOf(replies[0]))).toContain('verdict-no');
  });

  it('tells users of another tenant the bot is not available to them', async () => {
    const { replies } = await bot.send(message(question, bot.with({ tenantId: otherTenant })));

    expect(elementIds(cardOf(replies[0]))).toEqual(['notice-tenant-not-allowed']);
  });

  it('does not welcome a conversation of another tenant', async () => {
    const { replies } = await bot.send(membersAdded([BOT], bot.with({ tenantId: otherTenant })));

    expect(elementIds(cardOf(replies[0]))).toEqual(['notice-tenant-not-allowed']);
  });
});
