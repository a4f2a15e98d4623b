import { headlines } from '../../src/policy/phrases';
import { message } from './support/activities';
import { elementById, elementIds, executeButtons, shownText, visibleTexts } from './support/cards';
import { BotHarness, cardOf } from './support/harness';

let bot: BotHarness;
beforeAll(async () => {
  bot = await BotHarness.start({ MAX_QUESTION_LENGTH: '60' });
});
afterAll(() => bot.close());

describe('a question in a personal chat', () => {
  it('answers an English billing question with the subscription rule, in English', async () => {
    const { status, replies } = await bot.send(
      message('Can Microsoft contact this customer about billing?', bot.with({ locale: 'en-US' }))
    );

    expect(status).toBe(200);
    expect(replies).toHaveLength(1);
    const card = cardOf(replies[0]);
    expect(elementIds(card)).toEqual(expect.arrayContaining(['verdict-no', 'rule-subscription-communication']));
    expect(shownText(card)).toContain(headlines.no.en);
    expect(replies[0]?.activity.summary).toBe(headlines.no.en);
  });

  it('answers the same question asked in German with the same rule, in German', async () => {
    const { replies } = await bot.send(
      message('Darf Microsoft meinen Kunden wegen der Rechnung kontaktieren?', bot.with({ locale: 'de-DE' }))
    );

    const card = cardOf(replies[0]);
    expect(elementIds(card)).toEqual(expect.arrayContaining(['verdict-no', 'rule-subscription-communication']));
    expect(shownText(card)).toContain(headlines.no.de);
    expect(replies[0]?.activity.summary).toBe(headlines.no.de);
  });

  it('answers in the language of the question, not of the client', async () => {
    const { replies } = await bot.send(
      message('Darf Microsoft meinen Kunden wegen der Rechnung kontaktieren?', bot.with({ locale: 'en-US' }))
    );

    expect(shownText(cardOf(replies[0]))).toContain(headlines.no.de);
  });

  it('replies to the activity it answers, in the same conversation', async () => {
    const question = message('Can Microsoft contact this customer about billing?', bot.at);

    const { replies } = await bot.send(question);

    expect(replies[0]).toMatchObject({ conversationId: question.conversation.id, replyToId: question.id });
  });

  it('answers a question longer than MAX_QUESTION_LENGTH on its first characters and says so', async () => {
    const long = `Can Microsoft contact this customer about billing? ${'Please answer quickly. '.repeat(20)}`;

    const { replies } = await bot.send(message(long, bot.at));

    const card = cardOf(replies[0]);
    expect(elementIds(card)).toEqual(expect.arrayContaining(['verdict-no', 'truncated']));
    const shown = visibleTexts(elementById(card, 'question'));
    expect(shown).toContain(long.slice(0, 60));
    expect(shown).not.toContain(long.trim());
  });
});

describe('two people whose questions get the same decision', () => {
  const first = 'Is Microsoft going to bill my customer directly?';
  const second = 'Does Microsoft send the invoice to my client itself?';

  it('each see their own question on the card, in the same place, and their own feedback buttons', async () => {
    const [one, two] = [await bot.send(message(first, bot.at)), await bot.send(message(second, bot.at))];

    const [cardOne, cardTwo] = [cardOf(one.replies[0]), cardOf(two.replies[0])];
    expect(elementIds(cardTwo)).toEqual(elementIds(cardOne));
    expect(visibleTexts(elementById(cardOne, 'question')).join('')).toContain(first);
    expect(visibleTexts(elementById(cardTwo, 'question')).join('')).toContain(second);
    expect(shownText(cardTwo)).not.toContain(first);
    expect(executeButtons(cardOne).map((button) => button.data.question)).toEqual([first, first]);
    expect(executeButtons(cardTwo).map((button) => button.data.question)).toEqual([second, second]);
  });

  it('get the question below the source and the feedback last', async () => {
    const { replies } = await bot.send(message(second, bot.at));

    const ids = elementIds(cardOf(replies[0]));
    expect(ids.indexOf('question')).toBe(ids.indexOf('source') + 1);
    expect(ids.at(-1)).toBe('feedback');
  });
});
