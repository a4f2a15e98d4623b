import { spawn } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { labels, notices } from '../../src/cards/labels';
import { DEFAULT_FEEDBACK_SALT } from '../../src/config/config';
import { feedbackRecordSchema } from '../../src/conversation/feedback';
import { ask } from '../../src/engine/ask';
import { FileStorage } from '../../src/storage/fileStorage';
import { MemoryStorage } from '../../src/storage/memoryStorage';
import type { Storage, StoreItems } from '../../src/storage/storage';
import { outagesButton } from '../fixtures/buttons';
import { execute, message, OTHER_USER, submit, USER } from './support/activities';
import { elementIds, executeButtons } from './support/cards';
import { ADAPTIVE_CARD, BotHarness, cardOf } from './support/harness';

const MESSAGE = 'application/vnd.microsoft.activity.message';

/** A store in memory, noting which keys were written. */
class RecordingStorage implements Storage {
  readonly writtenKeys: string[] = [];
  private readonly memory: Storage = new MemoryStorage();

  read(keys: string[]): Promise<StoreItems> {
    return this.memory.read(keys);
  }

  async write(changes: StoreItems): Promise<void> {
    await this.memory.write(changes);
    this.writtenKeys.push(...Object.keys(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.memory.delete(keys);
  }

  list(prefix: string): Promise<StoreItems> {
    return this.memory.list(prefix);
  }
}

/** The card without its feedback section: what must stay exactly as it was when feedback is given. */
function withoutFeedback(node: unknown): unknown {
  if (Array.isArray(node)) {
    return node
      .filter((item) => !(item !== null && typeof item === 'object' && (item as { id?: unknown }).id === 'feedback'))
      .map(withoutFeedback);
  }
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withoutFeedback(value)]));
}

function invokeCard(body: unknown): Record<string, unknown> {
  expect(body).toMatchObject({ statusCode: 200, type: ADAPTIVE_CARD });
  return (body as { value: Record<string, unknown> }).value;
}

const hashOf = (id: string, salt = DEFAULT_FEEDBACK_SALT) => createHmac('sha256', salt).update(id).digest('hex');

/** The answer card a typed question gets, and its "Helpful" / "Not helpful" buttons. */
async function answered(bot: BotHarness, question: string) {
  const { replies } = await bot.send(message(question, bot.at));
  const card = cardOf(replies[0]);
  const [helpful, notHelpful] = executeButtons(card);
  if (!helpful || !notHelpful) throw new Error('the answer card has no feedback buttons');
  return { card, helpful, notHelpful };
}

describe('feedback in place', () => {
  const store = new RecordingStorage();
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await BotHarness.start({}, { storage: store });
  });
  afterAll(() => bot.close());

  async function storedRecord(key: string | undefined) {
    const { [key ?? '']: item } = await store.read([key ?? '']);
    const { eTag: _eTag, ...record } = item ?? {};
    return feedbackRecordSchema.parse(record);
  }

  it('answers with the same card, the thanks in place of the buttons', async () => {
    const { card, helpful } = await answered(bot, 'Does Microsoft tell my customers about planned maintenance on Exchange?');

    const { status, body, replies } = await bot.send(execute(helpful.verb, helpful.data, bot.at));

    expect(status).toBe(200);
    expect(replies).toEqual([]);
    const redrawn = invokeCard(body);
    expect(withoutFeedback(redrawn)).toEqual(withoutFeedback(card));
    expect(elementIds(redrawn)).toContain('feedback-thanks');
    expect(executeButtons(redrawn)).toEqual([]);
  });

  it('redraws an answer refined by a button exactly, though its question alone would not be understood', async () => {
    expect(ask(outagesButton.question).verdict).toBe('not-covered');
    const card = cardOf((await bot.send(submit(outagesButton, bot.at))).replies[0]);
    const [, notHelpful] = executeButtons(card);

    const { body } = await bot.send(execute(notHelpful!.verb, notHelpful!.data, bot.at));

    const redrawn = invokeCard(body);
    expect(elementIds(redrawn)).toContain('verdict-yes');
    expect(withoutFeedback(redrawn)).toEqual(withoutFeedback(card));
  });

  it('stores what was judged, when, and by whom only as a hash: no name, no id', async () => {
    const question = 'Can Microsoft send my customer the invoice for their licences?';
    const { helpful } = await answered(bot, question);
    store.writtenKeys.length = 0;

    await bot.send(execute(helpful.verb, helpful.data, bot.at));

    expect(store.writtenKeys).toEqual([expect.stringMatching(/^feedback\//)]);
    const record = await storedRecord(store.writtenKeys[0]);
    expect(record).toEqual({
      question,
      language: 'en',
      verdict: 'no',
      rules: ['subscription-communication', 'partner-communicates'],
      helpful: true,
      time: expect.any(String),
      userHash: hashOf(USER.aadObjectId)
    });
    expect(Math.abs(Date.parse(record.time) - Date.now())).toBeLessThan(60_000);
    const stored = JSON.stringify(record);
    for (const identifying of [USER.name, USER.id, USER.aadObjectId]) expect(stored).not.toContain(identifying);
  });

  it('gives each click its own record, and another person another hash', async () => {
    const { helpful, notHelpful } = await answered(bot, 'Will Microsoft contact my customer about a security incident?');
    store.writtenKeys.length = 0;

    await bot.send(execute(helpful.verb, helpful.data, bot.at));
    await bot.send(execute(notHelpful.verb, notHelpful.data, bot.at));
    await bot.send({ ...execute(helpful.verb, helpful.data, bot.at), from: OTHER_USER });

    // "Not helpful" is also recorded as an unanswered question (test/records/unanswered.test.ts).
    const feedbackKeys = store.writtenKeys.filter((key) => key.startsWith('feedback/'));
    const records = await Promise.all(feedbackKeys.map(storedRecord));
    expect(new Set(feedbackKeys).size).toBe(3);
    expect(records.map((record) => [record.helpful, record.userHash])).toEqual([
      [true, hashOf(USER.aadObjectId)],
      [false, hashOf(USER.aadObjectId)],
      [true, hashOf(OTHER_USER.aadObjectId)]
    ]);
  });

  it('keeps one record for a click sent twice, as when a load balancer retries it on another instance', async () => {
    const { helpful } = await answered(bot, 'Can Microsoft contact my customer about a price change?');
    const click = execute(helpful.verb, helpful.data, bot.at);
    store.writtenKeys.length = 0;

    const [first, again] = [await bot.send(click), await bot.send(click)];

    expect(again.body).toEqual(first.body);
    expect(store.writtenKeys).toHaveLength(2);
    expect(new Set(store.writtenKeys).size).toBe(1);
    expect(Object.keys(await store.list('feedback/'))).toContain(store.writtenKeys[0]);
  });

  it('records the judgement of a card whose answer the bot no longer gives, and thanks with a message', async () => {
    const { notHelpful } = await answered(bot, 'Can Microsoft contact this customer about billing?');
    store.writtenKeys.length = 0;

    const { body } = await bot.send(execute(notHelpful.verb, { ...notHelpful.data, verdict: 'yes' }, bot.at));

    expect(body).toEqual({ statusCode: 200, type: MESSAGE, value: labels.feedbackThanks.en });
    expect((await storedRecord(store.writtenKeys[0])).verdict).toBe('yes');
  });

  const tamperings: [string, (data: Record<string, unknown>) => unknown][] = [
    ['a judgement that is not a boolean', (data) => ({ ...data, helpful: 'very' })],
    ['an unknown rule', (data) => ({ ...data, rules: ['anything-goes'] })],
    ['an unknown fact value', (data) => ({ ...data, facts: { ...(data.facts as object), topic: 'weather' } })],
    ['no facts', ({ facts: _facts, ...data }) => data],
    ['a confidence above 1', (data) => ({ ...data, confidence: 2 })],
    ['an extra key', (data) => ({ ...data, userId: USER.id })],
    ['a huge question', (data) => ({ ...data, question: 'billing '.repeat(1000) })],
    ['a string instead of data', () => 'feedback']
  ];

  it.each(tamperings)('with %s gets the invalid-button notice and stores nothing', async (_case, tamper) => {
    const { helpful } = await answered(bot, 'Can Microsoft contact this customer about billing?');
    store.writtenKeys.length = 0;

    const { status, body } = await bot.send(execute(helpful.verb, tamper(helpful.data), bot.at));

    expect(status).toBe(200);
    expect(body).toEqual({ statusCode: 200, type: MESSAGE, value: notices['invalid-action'].en });
    expect(store.writtenKeys).toEqual([]);
  });

  it('with another verb stores nothing', async () => {
    const { helpful } = await answered(bot, 'Can Microsoft contact this customer about billing?');
    store.writtenKeys.length = 0;

    await bot.send(execute('approve', helpful.data, bot.at));

    expect(store.writtenKeys).toEqual([]);
  });
});

describe('feedback on a question that was cut', () => {
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await BotHarness.start({ MAX_QUESTION_LENGTH: '60' });
  });
  afterAll(() => bot.close());

  it('redraws the card with its note that the question was cut', async () => {
    const { card, helpful } = await answered(
      bot,
      'Does Microsoft contact my customer about outages, maintenance windows and security incidents in Exchange Online?'
    );
    expect(elementIds(card)).toContain('truncated');

    const { body } = await bot.send(execute(helpful.verb, helpful.data, bot.at));

    expect(withoutFeedback(invokeCard(body))).toEqual(withoutFeedback(card));
  });
});

describe('feedback with FEEDBACK_SALT set', () => {
  const salt = 'a-long-random-secret-for-this-test';
  const store = new RecordingStorage();
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await BotHarness.start({ FEEDBACK_SALT: salt }, { storage: store });
  });
  afterAll(() => bot.close());

  it('hashes the user with that salt', async () => {
    const { helpful } = await answered(bot, 'Can Microsoft contact this customer about billing?');

    await bot.send(execute(helpful.verb, helpful.data, bot.at));

    const items = await store.read(store.writtenKeys);
    expect(Object.values(items).map((item) => item.userHash)).toEqual([hashOf(USER.aadObjectId, salt)]);
  });
});

describe('feedback when the store fails', () => {
  const failing: Storage = {
    read: async () => ({}),
    write: async () => {
      throw new Error('disk full');
    },
    delete: async () => undefined,
    list: async () => ({})
  };
  let bot: BotHarness;
  beforeAll(async () => {
    bot = await BotHarness.start({}, { storage: failing });
  });
  afterAll(() => bot.close());

  it('leaves the card as it is, says something went wrong, and logs the numbered error', async () => {
    const { helpful } = await answered(bot, 'Can Microsoft contact this customer about billing?');

    const { status, body } = await bot.send(execute(helpful.verb, helpful.data, bot.at));

    expect(status).toBe(200);
    expect(body).toEqual({ statusCode: 200, type: MESSAGE, value: notices.error.en });
    expect(bot.logs).toContainEqual(expect.objectContaining({ code: 'CSP2005' }));
  });
});

describe('feedback in the data folder', () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'csp-bot-feedback-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  /** Gives feedback once and returns the key the bot logged for the record. */
  async function giveFeedback(bot: BotHarness): Promise<string> {
    const { helpful } = await answered(bot, 'Can Microsoft contact this customer about billing?');
    await bot.send(execute(helpful.verb, helpful.data, bot.at));
    const key = bot.logs.find((line) => line.msg === 'feedback recorded')?.key;
    if (typeof key !== 'string') throw new Error('no feedback was recorded');
    return key;
  }

  it('is still there after the bot restarts, next to what the restarted bot recorded', async () => {
    const before = await BotHarness.start({ DATA_DIR: dataDir });
    const first = await giveFeedback(before);
    await before.close();
    const after = await BotHarness.start({ DATA_DIR: dataDir });
    const second = await giveFeedback(after);
    await after.close();

    const storage = FileStorage.open(dataDir);
    try {
      const items = await storage.read([first, second]);
      expect(Object.keys(items).sort()).toEqual([first, second].sort());
      for (const { eTag: _eTag, ...record } of Object.values(items)) {
        expect(feedbackRecordSchema.safeParse(record).success).toBe(true);
      }
    } finally {
      await storage.close();
    }
  });

  it('cannot be shared: a second bot process on the same folder refuses to start, naming the first', async () => {
    const running = await BotHarness.start({ DATA_DIR: dataDir });
    try {
      const second = spawn(process.execPath, ['--import', 'tsx', join(__dirname, '../../src/server/main.ts')], {
        env: { PATH: process.env.PATH, DATA_DIR: dataDir, PORT: '1', HOST: '127.0.0.1' },
        stdio: ['ignore', 'pipe', 'pipe']
      });
      let output = '';
      second.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const exitCode = await new Promise<number | null>((resolve) => second.once('exit', resolve));

      expect(exitCode).toBe(1);
      expect(output).toContain(`CSP5001 The data folder ${dataDir} is in use by process ${process.pid}`);
    } finally {
      await running.close();
    }
  });
});
