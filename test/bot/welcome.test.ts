import { BOT, installationUpdate, membersAdded, OTHER_USER, USER, type ConversationKind } from './support/activities';
import { elementIds } from './support/cards';
import { BotHarness, cardOf } from './support/harness';

let bot: BotHarness;
beforeAll(async () => {
  bot = await BotHarness.start();
});
afterAll(() => bot.close());

/** What Teams sends when the app is installed: the bot joins the conversation, and the installation is announced. */
async function install(conversation: ConversationKind, members: { id: string; name?: string }[]) {
  const joined = await bot.send(membersAdded(members, bot.with({ conversation })));
  const announced = await bot.send(installationUpdate('add', bot.with({ conversation })));
  expect([joined.status, announced.status]).toEqual([200, 200]);
  return [...joined.replies, ...announced.replies];
}

describe('installing the app', () => {
  it('in personal chat welcomes the user once', async () => {
    const replies = await install('personal', [BOT]);

    expect(replies).toHaveLength(1);
    expect(elementIds(cardOf(replies[0]))).toContain('welcome');
  });

  it('in a team welcomes once, in the channel the bot was added to', async () => {
    const replies = await install('channel', [BOT]);

    expect(replies).toHaveLength(1);
    expect(elementIds(cardOf(replies[0]))).toContain('welcome');
  });

  it('in a group chat, together with its members, welcomes once', async () => {
    const replies = await install('groupChat', [USER, BOT, OTHER_USER]);

    expect(replies).toHaveLength(1);
  });
});

describe('after the app is installed', () => {
  it('posts nothing when many people join a big team', async () => {
    const people = Array.from({ length: 200 }, (_, index) => ({ id: `29:member-${index}`, name: `Member ${index}` }));

    const { status, replies } = await bot.send(membersAdded(people, bot.with({ conversation: 'channel' })));

    expect(status).toBe(200);
    expect(replies).toEqual([]);
  });

  it.each(['upgrade', 'remove', 'add-upgrade', ''])('posts nothing for an installationUpdate "%s"', async (action) => {
    const { status, replies } = await bot.send(installationUpdate(action, bot.with({ conversation: 'channel' })));

    expect(status).toBe(200);
    expect(replies).toEqual([]);
  });

  it('posts nothing for a conversationUpdate without a member list', async () => {
    const { membersAdded: _none, ...update } = membersAdded([], bot.at);

    const { status, replies } = await bot.send(update);

    expect(status).toBe(200);
    expect(replies).toEqual([]);
  });
});
