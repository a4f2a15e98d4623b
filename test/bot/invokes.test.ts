import { CARD_DATA_VERSION } from '../../src/cards/actions';
import { labels, notices } from '../../src/cards/labels';
import { execute, invoke, message } from './support/activities';
import { elementIds, executeButtons, type ExecuteButton } from './support/cards';
import { ADAPTIVE_CARD, BotHarness, cardOf } from './support/harness';

/** An invoke response that shows a message and leaves the clicked card as it is. */
const MESSAGE = 'application/vnd.microsoft.activity.message';

let bot: BotHarness;
beforeAll(async () => {
  bot = await BotHarness.start();
});
afterAll(() => bot.close());

/** The feedback buttons under the answer to a billing question, as the user sees them. */
async function feedbackButtons(): Promise<ExecuteButton[]> {
  const { replies } = await bot.send(message('Can Microsoft contact this customer about billing?', bot.at));
  const buttons = executeButtons(cardOf(replies[0]));
  expect(buttons).toHaveLength(2);
  return buttons;
}

describe('an Action.Execute click on a feedback button', () => {
  it('redraws the answer with the thanks in place of the buttons', async () => {
    const [helpful] = await feedbackButtons();

    const { status, body, replies } = await bot.send(execute(helpful!.verb, helpful!.data, bot.at));

    expect(status).toBe(200);
    expect(replies).toEqual([]);
    expect(body).toMatchObject({ statusCode: 200, type: ADAPTIVE_CARD });
    const card = (body as { value: unknown }).value;
    expect(elementIds(card)).toEqual(expect.arrayContaining(['verdict-no', 'feedback-thanks']));
    expect(executeButtons(card)).toEqual([]);
  });

  it('thanks with a message, leaving the card, when its answer is not the one the bot gives now', async () => {
    const [, notHelpful] = await feedbackButtons();

    const { body } = await bot.send(execute(notHelpful!.verb, { ...notHelpful!.data, verdict: 'yes' }, bot.at));

    expect(body).toEqual({ statusCode: 200, type: MESSAGE, value: labels.feedbackThanks.en });
  });

  it('with tampered data gets the invalid-button notice as a message', async () => {
    const [helpful] = await feedbackButtons();

    const { status, body } = await bot.send(execute(helpful!.verb, { ...helpful!.data, helpful: 'very' }, bot.at));

    expect(status).toBe(200);
    expect(body).toMatchObject({ type: MESSAGE, value: notices['invalid-action'].en });
  });

  it('from a card of an older version gets the stale-button notice as a message', async () => {
    const [helpful] = await feedbackButtons();

    const { body } = await bot.send(execute(helpful!.verb, { ...helpful!.data, v: CARD_DATA_VERSION + 1 }, bot.at));

    expect(body).toMatchObject({ value: notices['stale-action'].en });
  });

  it('with an unknown verb gets the invalid-button notice as a message', async () => {
    const [helpful] = await feedbackButtons();

    const { body } = await bot.send(execute('approve', helpful!.data, bot.at));

    expect(body).toMatchObject({ value: notices['invalid-action'].en });
  });
});

describe('an invoke the bot does not handle', () => {
  it('gets a 400 invoke response and no message', async () => {
    const { status, replies } = await bot.send(invoke('composeExtension/query', { commandId: 'search' }, bot.at));

    expect(status).toBe(400);
    expect(replies).toEqual([]);
  });

  it('without a name gets a 400 invoke response', async () => {
    const { status } = await bot.send(invoke('', { anything: true }, bot.at));

    expect(status).toBe(400);
  });

  it('an adaptiveCard/action that is not an Action.Execute gets the protocol error response', async () => {
    const { status, body, replies } = await bot.send(invoke('adaptiveCard/action', {}, bot.at));

    expect(status).toBe(400);
    expect(body).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
    expect(replies).toEqual([]);
  });
});
