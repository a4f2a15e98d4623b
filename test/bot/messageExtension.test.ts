import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MAX_SEARCH_QUERY_LENGTH, SEARCH_COMMAND_ID } from '../../src/conversation/search';
import { commonQuestions } from '../../src/policy/decide';
import { headlines } from '../../src/policy/phrases';
import { invoke, messageExtensionQuery, type ActivityOptions } from './support/activities';
import { elementIds, shownText } from './support/cards';
import { ADAPTIVE_CARD, BotHarness } from './support/harness';

const THUMBNAIL = 'application/vnd.microsoft.card.thumbnail';

interface ResultAttachment {
  contentType: string;
  content: Record<string, unknown>;
  preview: { contentType: string; content: { title: string; subtitle: string; text: string } };
}

let bot: BotHarness;
beforeAll(async () => {
  bot = await BotHarness.start();
});
afterAll(() => bot.close());

/** What the compose box sends for typed text. */
const typed = (query: unknown) => [{ name: 'query', value: query }];

async function search(parameters: unknown, options: Partial<ActivityOptions> = {}) {
  const { status, body, replies } = await bot.send(messageExtensionQuery(parameters, { ...bot.at, ...options }));
  expect(status).toBe(200);
  expect(replies).toEqual([]);
  return (body as { composeExtension: Record<string, unknown> }).composeExtension;
}

async function results(parameters: unknown, options: Partial<ActivityOptions> = {}): Promise<ResultAttachment[]> {
  const answer = await search(parameters, options);
  expect(answer).toMatchObject({ type: 'result', attachmentLayout: 'list' });
  return answer.attachments as ResultAttachment[];
}

const verdictsOf = (attachments: ResultAttachment[]) =>
  attachments.map(({ content }) => elementIds(content).find((id) => id.startsWith('verdict-')));

function buttonsOf(node: unknown): Record<string, unknown>[] {
  if (Array.isArray(node)) return node.flatMap(buttonsOf);
  if (node === null || typeof node !== 'object') return [];
  const object = node as Record<string, unknown>;
  const own = typeof object.type === 'string' && object.type.startsWith('Action.') ? [object] : [];
  return [...own, ...Object.values(object).flatMap(buttonsOf)];
}

describe('the message extension search', () => {
  it('answers "billing" with answer cards that say no, from the subscription rule first', async () => {
    const found = await results(typed('billing'));

    expect(found.length).toBeGreaterThan(0);
    expect(verdictsOf(found).every((verdict) => verdict === 'verdict-no')).toBe(true);
    expect(elementIds(found[0]?.content)).toContain('rule-subscription-communication');
  });

  it('answers "Störung" from a German client with German cards that say yes', async () => {
    const found = await results(typed('Störung'), { locale: 'de-DE' });

    expect(verdictsOf(found)).toEqual(found.map(() => 'verdict-yes'));
    expect(elementIds(found[0]?.content)).toContain('rule-operational-communication');
    expect(found.map(({ preview }) => preview.content.title)).toEqual(found.map(() => headlines.yes.de));
  });

  it('answers a German keyword in German even from an English client', async () => {
    const [first] = await results(typed('Störung'), { locale: 'en-US' });

    expect(shownText(first?.content)).toContain(headlines.yes.de);
  });

  it('answers an English keyword in the language of a German client', async () => {
    const [first] = await results(typed('billing'), { locale: 'de-DE' });

    expect(shownText(first?.content)).toContain(headlines.no.de);
  });

  it('answers a question with its own answer first, in the language of the question', async () => {
    const question = 'Will Microsoft notify our customer when there is a service outage?';

    const [first] = await results(typed(question), { locale: 'de-DE' });

    expect(first?.preview.content).toMatchObject({ title: headlines.yes.en, subtitle: question });
    expect(elementIds(first?.content)).toContain('rule-operational-communication');
  });

  it('lists the common questions on the first run, before anything is typed', async () => {
    const found = await results([{ name: 'initialRun', value: 'true' }]);

    expect(found.map(({ preview }) => preview.content.subtitle)).toEqual(commonQuestions('en').map((q) => q.question));
    expect(verdictsOf(found)).not.toContain('verdict-not-covered');
  });

  it('lists the common questions in German for an empty query from a German client', async () => {
    const found = await results(typed('  '), { locale: 'de-DE' });

    expect(found.map(({ preview }) => preview.content.subtitle)).toEqual(commonQuestions('de').map((q) => q.question));
  });

  it('answers a search the policy does not cover with the not-covered card, not a guess', async () => {
    const found = await results(typed('weather forecast for Munich'));

    expect(verdictsOf(found)).toEqual(['verdict-not-covered']);
  });

  it.each(['billing', 'Störung', 'Can Microsoft email my customer about Azure?', 'weather'])(
    '"%s": each result inserts an Adaptive Card with no button that needs the bot, previewed by verdict and question',
    async (query) => {
      const found = await results(typed(query));

      for (const { contentType, content, preview } of found) {
        expect(contentType).toBe(ADAPTIVE_CARD);
        // Toggles (More, the other language) work in the client alone; of the rest, only the link to the page remains.
        const needsMoreThanTheClient = buttonsOf(content).filter((button) => button.type !== 'Action.ToggleVisibility');
        expect(needsMoreThanTheClient.map((button) => button.type)).toEqual(['Action.OpenUrl']);
        expect(preview.contentType).toBe(THUMBNAIL);
        expect(shownText(content)).toContain(preview.content.title);
        expect(shownText(content)).toContain(preview.content.subtitle);
        expect(preview.content.text.length).toBeGreaterThan(0);
      }
    }
  );

  it('never names the search text in its log', async () => {
    const query = 'Can Microsoft phone my customer about their invoice?';

    await results(typed(query));

    expect(bot.logs.some((line) => line.msg === 'searched')).toBe(true);
    expect(JSON.stringify(bot.logs)).not.toContain(query);
  });
});

describe('a message extension query it cannot use', () => {
  it(`longer than ${MAX_SEARCH_QUERY_LENGTH} characters gets a hint to shorten it, in the client language`, async () => {
    const answer = await search(typed('Rechnung '.repeat(30)), { locale: 'de-DE' });

    expect(answer).toEqual({ type: 'message', text: expect.stringContaining(`${MAX_SEARCH_QUERY_LENGTH} Zeichen`) });
  });

  it.each([
    ['a number', typed(42)],
    ['an object', typed({ text: 'billing' })],
    ['a list', typed(['billing'])],
    ['null', typed(null)],
    ['no query parameter', [{ name: 'other', value: 'billing' }]],
    ['an empty parameter list', []],
    ['junk in the parameter list', [null, 7, 'query']]
  ])('with %s as its query gets a hint to type a question or keyword', async (_case, parameters) => {
    const answer = await search(parameters);

    expect(answer).toEqual({ type: 'message', text: expect.stringMatching(/^Please type a question or a keyword/) });
  });

  it('without any parameters gets the same hint', async () => {
    const { body } = await bot.send(invoke('composeExtension/query', { commandId: SEARCH_COMMAND_ID }, bot.at));

    expect(body).toEqual({ composeExtension: { type: 'message', text: expect.stringMatching(/^Please type/) } });
  });

  it.each([
    ['parameters that are not a list', { commandId: SEARCH_COMMAND_ID, parameters: 'billing' }],
    ['no command id', { parameters: typed('billing') }],
    ['a value that is not an object', 'billing']
  ])('with %s gets a 400 invoke response', async (_case, value) => {
    const { status, replies } = await bot.send(invoke('composeExtension/query', value, bot.at));

    expect(status).toBe(400);
    expect(replies).toEqual([]);
  });

  it('for a command the app does not declare gets a 400 invoke response', async () => {
    const { status } = await bot.send(messageExtensionQuery(typed('billing'), bot.at, 'searchEverything'));

    expect(status).toBe(400);
  });
});

describe('the app manifest', () => {
  it('declares the search command and parameter the bot answers', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '../../manifest/manifest.json'), 'utf8'));
    const [command] = manifest.composeExtensions[0].commands;

    expect(command).toMatchObject({ id: SEARCH_COMMAND_ID, type: 'query', initialRun: true });
    expect(command.parameters.map((parameter: { name: string }) => parameter.name)).toEqual(['query']);
  });
});
