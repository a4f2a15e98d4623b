import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Language } from '../../src/language/language';
import { message, submit } from './support/activities';
import { elementById, elementIds } from './support/cards';
import { BotHarness, cardOf } from './support/harness';

let bot: BotHarness;
beforeAll(async () => {
  bot = await BotHarness.start();
});
afterAll(() => bot.close());

const helpWord: Record<Language, string> = { en: 'help', de: 'hilfe' };

async function cardFor(activity: unknown): Promise<Record<string, unknown>> {
  const { replies } = await bot.send(activity);
  expect(replies).toHaveLength(1);
  return cardOf(replies[0]);
}

const verdictOf = (card: unknown) => elementIds(card).find((id) => id.startsWith('verdict-'));

/** The help card's example section: the questions it lists, and the data of the button for each. */
async function helpExamples(language: Language) {
  const examples = elementById(await cardFor(message(helpWord[language], bot.at)), 'examples');
  const items = (examples?.items ?? []) as Record<string, unknown>[];
  const questions = items
    .filter((item) => item.type === 'TextBlock' && String(item.text).startsWith('• '))
    .map((item) => String(item.text).slice(2));
  const actionSet = items.find((item) => item.type === 'ActionSet') as { actions?: { data: unknown }[] } | undefined;
  return { questions, buttons: (actionSet?.actions ?? []).map((action) => action.data) };
}

/** The example questions of the app's command menu, from the manifest and its German language file. */
function manifestExamples(): [string, string][] {
  const manifest = JSON.parse(readFileSync(join(__dirname, '../../manifest/manifest.json'), 'utf8'));
  const german = JSON.parse(readFileSync(join(__dirname, '../../manifest/de.json'), 'utf8')) as Record<string, string>;
  const commands = new Set(['help', 'hilfe', 'rules', 'regeln', 'about']);
  // Every scope lists the same examples: each is tested once.
  const examples = new Map<string, string>();
  manifest.bots[0].commandLists.forEach((list: { commands: { title: string }[] }, listIndex: number) => {
    list.commands.forEach((command, commandIndex) => {
      examples.set(command.title, 'en');
      examples.set(german[`bots[0].commandLists[${listIndex}].commands[${commandIndex}].title`] ?? '', 'de');
    });
  });
  return [...examples].filter(([title]) => !commands.has(title)).map(([title, language]) => [language, title]);
}

describe.each(['en', 'de'] as const)('the help card (%s)', (language) => {
  it('lists example questions, each with a button', async () => {
    const { questions, buttons } = await helpExamples(language);

    expect(questions.length).toBeGreaterThan(0);
    expect(buttons).toHaveLength(questions.length);
  });

  it('has example buttons that each get a real verdict, not "not covered"', async () => {
    const { buttons } = await helpExamples(language);

    for (const data of buttons) {
      const verdict = verdictOf(await cardFor(submit(data, bot.at)));
      expect(verdict).toMatch(/^verdict-(yes|no|depends|applies)$/);
    }
  });

  it('lists example questions that, typed, get the same verdict as their buttons', async () => {
    const { questions, buttons } = await helpExamples(language);

    for (const [index, question] of questions.entries()) {
      const typed = verdictOf(await cardFor(message(question, bot.at)));
      const clicked = verdictOf(await cardFor(submit(buttons[index], bot.at)));
      expect([question, typed]).toEqual([question, clicked]);
    }
  });
});

describe('the example questions in the app command menu', () => {
  it.each(manifestExamples())('(%s) "%s" gets a real verdict', async (_language, question) => {
    expect(verdictOf(await cardFor(message(question, bot.at)))).toMatch(/^verdict-(yes|no|depends|applies)$/);
  });
});

describe('words that look like commands but are not', () => {
  it('"rules" is a command: the card with every rule, in English', async () => {
    const card = await cardFor(message('rules', bot.at));

    expect(elementIds(card)).toEqual(expect.arrayContaining(['rule-applies-to', 'rule-subscription-communication']));
  });

  it.each(['/settings', 'start', 'reset'])('"%s" is not a command: it is answered as a question', async (text) => {
    const card = await cardFor(message(text, bot.at));

    expect(verdictOf(card)).toBe('verdict-not-covered');
    expect(elementIds(card)).not.toContain('help');
  });

  it('a command word inside a question does not stop the question being answered', async () => {
    const card = await cardFor(message('help: may Microsoft e-mail my customer about an overdue invoice?', bot.at));

    expect(verdictOf(card)).toBe('verdict-no');
  });
});
