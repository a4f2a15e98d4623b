import { BOT, mentioningMessage, message, OTHER_USER } from './support/activities';
import { elementById, elementIds, visibleTexts } from './support/cards';
import { BotHarness, cardOf } from './support/harness';

let bot: BotHarness;
beforeAll(async () => {
  bot = await BotHarness.start();
});
afterAll(() => bot.close());

const question = 'Can Microsoft contact this customer about billing?';

describe('in a channel', () => {
  it('stays silent when a message does not mention the bot', async () => {
    const { status, replies } = await bot.send(message(question, bot.with({ conversation: 'channel' })));

    expect(status).toBe(200);
    expect(replies).toEqual([]);
  });

  it('answers a message that mentions the bot in the thread of that message', async () => {
    const asked = mentioningMessage(question, bot.with({ conversation: 'channel' }));

    const { replies } = await bot.send(asked);

    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ conversationId: asked.conversation.id, replyToId: asked.id });
    expect(asked.conversation.id).toContain(';messageid=');
    expect(elementIds(cardOf(replies[0]))).toContain('verdict-no');
  });

  it('answers the question without the mention', async () => {
    const { replies } = await bot.send(mentioningMessage(question, bot.with({ conversation: 'channel' })));

    expect(visibleTexts(elementById(cardOf(replies[0]), 'question'))).toContain(question);
  });

  it('stays silent when the message mentions someone else', async () => {
    const mention = `<at>${OTHER_USER.name}</at>`;
    const aboutSomeoneElse = {
      ...message(`${mention} ${question}`, bot.with({ conversation: 'channel' })),
      entities: [{ type: 'mention', mentioned: OTHER_USER, text: mention }]
    };

    const { replies } = await bot.send(aboutSomeoneElse);

    expect(replies).toEqual([]);
  });

  it('ignores a malformed mention entity instead of failing the turn', async () => {
    const asked = mentioningMessage(question, bot.with({ conversation: 'channel' }));
    const withJunk = { ...asked, entities: [{ mentioned: BOT }, null, ...(asked.entities as unknown[])] };

    const { status, replies } = await bot.send(withJunk);

    expect(status).toBe(200);
    expect(elementIds(cardOf(replies[0]))).toContain('verdict-no');
  });
});

describe('in a group chat', () => {
  it('stays silent when a message does not mention the bot', async () => {
    const { replies } = await bot.send(message(question, bot.with({ conversation: 'groupChat' })));

    expect(replies).toEqual([]);
  });

  it('answers a message that mentions the bot, without the mention', async () => {
    const asked = mentioningMessage(question, bot.with({ conversation: 'groupChat' }));

    const { replies } = await bot.send(asked);

    expect(replies[0]).toMatchObject({ conversationId: asked.conversation.id, replyToId: asked.id });
    expect(visibleTexts(elementById(cardOf(replies[0]), 'question'))).toContain(question);
  });
});
