import { labels } from '../../src/cards/labels';
import { MemoryStorage } from '../../src/storage/memoryStorage';
import { execute, message, OTHER_USER } from './support/activities';
import { executeButtons } from './support/cards';
import { BotHarness, cardOf } from './support/harness';

/**
 * One client clicking "Helpful" as fast as it can (850 a second, 4 kB each on disk) must not flood the store: past
 * RATE_LIMIT_PER_USER a minute the click gets a polite message and nothing is written, and a whole organisation
 * shares RATE_LIMIT_PER_TENANT.
 */
const MESSAGE = 'application/vnd.microsoft.activity.message';

let bot: BotHarness;
let storage: MemoryStorage;

beforeEach(async () => {
  storage = new MemoryStorage();
  bot = await BotHarness.start({ RATE_LIMIT_PER_USER: '3', RATE_LIMIT_PER_TENANT: '5' }, { storage });
});
afterEach(() => bot.close());

async function helpfulButton() {
  const { replies } = await bot.send(message('Does Microsoft tell my customers about planned maintenance on Exchange?', bot.at));
  const [helpful] = executeButtons(cardOf(replies[0]));
  if (!helpful) throw new Error('no feedback buttons');
  return helpful;
}

const storedCount = async () => Object.keys(await storage.list('feedback/')).length;

describe('feedback clicks', () => {
  it('past the per-user limit get a polite message and store nothing', async () => {
    const helpful = await helpfulButton();

    const answers = [];
    for (let click = 0; click < 10; click += 1) answers.push(await bot.send(execute(helpful.verb, helpful.data, bot.at)));

    expect(await storedCount()).toBe(3);
    for (const { status, body } of answers.slice(3)) {
      expect(status).toBe(200);
      expect(body).toEqual({ statusCode: 200, type: MESSAGE, value: labels.rateLimited.en });
    }
    expect(bot.logs.filter((line) => line.code === 'CSP2008')).toHaveLength(7);
  });

  it('of one organisation together stop at the per-tenant limit', async () => {
    const helpful = await helpfulButton();
    for (let click = 0; click < 3; click += 1) await bot.send(execute(helpful.verb, helpful.data, bot.at));

    const other = execute(helpful.verb, helpful.data, bot.at);
    const answers = [];
    for (let click = 0; click < 3; click += 1) answers.push(await bot.send({ ...other, id: `${other.id}-${click}`, from: OTHER_USER }));

    expect(await storedCount()).toBe(5);
    expect(answers.at(-1)?.body).toMatchObject({ type: MESSAGE, value: labels.rateLimited.en });
  });
});
