import * as render from '../../src/cards/render';
import { message } from './support/activities';
import { elementIds, shownText } from './support/cards';
import { BotHarness, cardOf } from './support/harness';

let bot: BotHarness;
beforeAll(async () => {
  bot = await BotHarness.start();
});
afterAll(() => bot.close());
afterEach(() => jest.restoreAllMocks());

const question = 'Can Microsoft contact this customer about billing?';

describe('when answering fails unexpectedly', () => {
  beforeEach(() => {
    jest.spyOn(render, 'renderAnswerCard').mockImplementation(() => {
      throw new TypeError('template exploded at line 42');
    });
  });

  it('sends the polite error notice instead of an answer', async () => {
    const { status, replies } = await bot.send(message(question, bot.with({ locale: 'de-DE' })));

    expect(status).toBe(200);
    expect(replies).toHaveLength(1);
    const card = cardOf(replies[0]);
    expect(elementIds(card)).toEqual(['notice-error']);
    expect(shownText(card)).not.toContain('exploded');
  });

  it('logs the failure with its catalog code, without the question', async () => {
    bot.logs.length = 0;

    await bot.send(message(question, bot.at));

    const failure = bot.logs.find((line) => line.code === 'CSP2001');
    expect(failure).toMatchObject({ level: 50, kind: 'message', err: { message: 'template exploded at line 42' } });
    expect(JSON.stringify(bot.logs)).not.toContain(question);
  });
});

describe('when the connector refuses a reply', () => {
  it('logs the failed turn and sends the error notice in its place', async () => {
    bot.logs.length = 0;
    bot.connector.clear();
    bot.connector.refuseNext(1);

    const response = await bot.post(JSON.stringify(message(question, bot.at)));

    expect(response.status).toBe(200);
    expect(bot.logs.map((line) => line.code)).toContain('CSP3001');
    expect(JSON.stringify(bot.logs)).not.toContain(question);
    expect(elementIds(cardOf(bot.connector.replies[0]))).toEqual(['notice-error']);
  });

  it('logs that the error notice could not be sent either, and keeps serving', async () => {
    bot.logs.length = 0;
    bot.connector.refuseNext(2);

    await bot.post(JSON.stringify(message(question, bot.at)));
    const next = await bot.send(message('help', bot.at));

    expect(bot.logs.map((line) => line.code)).toEqual(expect.arrayContaining(['CSP3001', 'CSP3002']));
    expect(elementIds(cardOf(next.replies[0]))).toContain('help');
  });
});
