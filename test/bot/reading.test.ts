import { askActionSchema } from '../../src/cards/actions';
import { message, messageExtensionQuery, submit } from './support/activities';
import { elementById, elementIds, shownText } from './support/cards';
import { BotHarness, cardOf } from './support/harness';

let bot: BotHarness;
beforeAll(async () => {
  bot = await BotHarness.start();
});
afterAll(() => bot.close());

async function answerCard(text: string, locale = 'en-US') {
  const { status, replies } = await bot.send(message(text, bot.with({ locale })));
  expect(status).toBe(200);
  expect(replies).toHaveLength(1);
  return cardOf(replies[0]);
}

/** The Action.Submit data of the "flip" button under the reading line, if the card has one. */
function flipButton(card: unknown): { title: string; data: Record<string, unknown> } | undefined {
  const set = elementById(card, 'reading-flip') as { actions?: Array<{ title: string; data: Record<string, unknown> }> } | undefined;
  return set?.actions?.[0];
}

describe('the reading line on an answer card', () => {
  it('says what decided the answer, and that the channel was assumed when the question did not say', async () => {
    const card = await answerCard('Will Microsoft email my customer about the renewal of their Intune licences?');

    expect(elementIds(card)).toContain('verdict-no');
    expect(shownText(elementById(card, 'reading'))).toBe(
      'Read as: subscription or billing matter · Intune · bought through you (assumed)'
    );
    expect(flipButton(card)?.title).toBe('Bought directly from Microsoft?');
  });

  it('answers again with the corrected fact when the assumption is flipped', async () => {
    const card = await answerCard('Will Microsoft email my customer about the renewal of their Intune licences?');
    const flip = flipButton(card);
    // As the bot reads it: a button leaves out facts at their blank value (channelAssumed false among them).
    expect(askActionSchema.parse(flip?.data)).toMatchObject({ action: 'ask', facts: { productChannel: 'non-csp', channelAssumed: false } });

    const { replies } = await bot.send(submit(flip?.data, bot.with({})));
    const flipped = cardOf(replies[0]);

    expect(elementIds(flipped)).toEqual(expect.arrayContaining(['verdict-yes', 'rule-non-csp-relationship']));
    expect(shownText(elementById(flipped, 'reading'))).toContain('bought directly from Microsoft');
    expect(flipButton(flipped)).toBeUndefined();
  });

  it('reads German questions in German', async () => {
    const card = await answerCard('Schreibt Microsoft meinen Kunden wegen der Verlängerung seiner Visio-Lizenzen an?', 'de-DE');

    expect(shownText(elementById(card, 'reading'))).toMatch(/^Gelesen als: Abonnement- oder Rechnungsthema · Visio · über Sie bezogen \(angenommen\)$/);
    expect(flipButton(card)?.title).toBe('Direkt bei Microsoft gekauft?');
  });

  it('offers no flip where nothing was assumed', async () => {
    const card = await answerCard('Our customer runs Dynamics 365 on its own Enterprise Agreement. Does Microsoft invoice them for it?');

    expect(elementIds(card)).toContain('verdict-yes');
    expect(shownText(elementById(card, 'reading'))).toContain('bought directly from Microsoft');
    expect(elementIds(card)).not.toContain('reading-flip');
  });

  it('says why a question the policy does not answer was not answered', async () => {
    const card = await answerCard('Does Microsoft send us, the partner, a notice when a customer subscription is suspended?');

    expect(elementIds(card)).toContain('verdict-not-covered');
    expect(shownText(elementById(card, 'reading'))).toBe('Read as: what Microsoft sends you, the partner');
  });

  it('keeps the reading but no flip button on a card shared from the message extension', async () => {
    const { body } = await bot.send(
      messageExtensionQuery([{ name: 'query', value: 'Does Microsoft send my customer the renewal notice for their Teams seats?' }], bot.at)
    );
    const card = (body as { composeExtension: { attachments: Array<{ content: unknown }> } }).composeExtension.attachments[0]?.content;

    expect(elementIds(card)).toContain('reading');
    expect(elementIds(card)).not.toContain('reading-flip');
  });
});
