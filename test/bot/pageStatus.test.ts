import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorCode } from '../../src/errors/catalog';
import { PAGE_STATUS_RECHECK_MS, pageStatusWatch, policyFingerprint, type PageStatus } from '../../src/policy/pageStatus';
import { message } from './support/activities';
import { elementById, shownText } from './support/cards';
import { BotHarness, cardOf } from './support/harness';

const root = join(__dirname, '../..');
let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'page-status-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const baseStatus: PageStatus = {
  version: 1,
  checkedAt: '2026-12-01T09:30:00.000Z',
  result: 'changed',
  policyFingerprint,
  checked: ['https://learn.microsoft.com/partner-center/customer-communication'],
  findings: ['quote of subscription-communication (en) changed']
};

let files = 0;
function statusFile(status: Partial<PageStatus> | string): string {
  const file = join(folder, `status-${++files}.json`);
  const written: PageStatus = { ...baseStatus, ...(typeof status === 'string' ? {} : status) };
  writeFileSync(file, typeof status === 'string' ? status : JSON.stringify(written));
  return file;
}

async function withBot(file: string, body: (bot: BotHarness) => Promise<void>): Promise<void> {
  const bot = await BotHarness.start({ POLICY_STATUS_FILE: file });
  try {
    await body(bot);
  } finally {
    await bot.close();
  }
}

async function answerCard(bot: BotHarness, text: string, locale = 'en-US') {
  const { replies } = await bot.send(message(text, bot.with({ locale })));
  return cardOf(replies[0]);
}

describe('when a drift check has found the page changed', () => {
  it('warns on every answer, in its language, right under the verdict, until the policy data is updated', () =>
    withBot(statusFile({}), async (bot) => {
      const english = await answerCard(bot, 'Can Microsoft contact this customer about billing?');
      expect((english.body as Array<Record<string, unknown>>)[1]?.id).toBe('drift-warning');
      expect(shownText(elementById(english, 'drift-warning'))).toContain('Microsoft has changed the page (found on December 1, 2026)');

      const german = await answerCard(bot, 'Meldet sich Microsoft bei meinem Kunden, wenn es eine Störung gibt?', 'de-DE');
      expect(shownText(elementById(german, 'drift-warning'))).toContain('Microsoft hat die Seite geändert (festgestellt am 1. Dezember 2026)');

      const notCovered = await answerCard(bot, 'What time does the cafeteria open?');
      expect(elementById(notCovered, 'drift-warning')).toBeDefined();

      const about = await answerCard(bot, 'about');
      expect(shownText(elementById(about, 'drift-warning'))).toContain('Microsoft has changed the page');
    }));

  it('says nothing once the policy data has changed since the check (its fingerprint differs)', () =>
    withBot(statusFile({ policyFingerprint: '0'.repeat(64) }), async (bot) => {
      expect(elementById(await answerCard(bot, 'Can Microsoft contact this customer about billing?'), 'drift-warning')).toBeUndefined();
    }));

  it('says nothing when the last check found the page unchanged, or there has been no check', async () => {
    await withBot(statusFile({ result: 'unchanged', findings: [] }), async (bot) => {
      expect(elementById(await answerCard(bot, 'Can Microsoft contact this customer about billing?'), 'drift-warning')).toBeUndefined();
    });
    await withBot(join(folder, 'never-written.json'), async (bot) => {
      expect(elementById(await answerCard(bot, 'about'), 'drift-warning')).toBeUndefined();
    });
  });

  it('answers as usual from an unreadable status file, and logs CSP6001 naming it', () => {
    const file = statusFile('{ "version": 1, "result": "chan');
    return withBot(file, async (bot) => {
      const card = await answerCard(bot, 'Can Microsoft contact this customer about billing?');
      expect(elementById(card, 'verdict-no')).toBeDefined();
      expect(bot.logs).toEqual(expect.arrayContaining([expect.objectContaining({ code: errorCode('policyStatusUnreadable'), file })]));
    });
  });

  it('takes the finding of a real check on a changed copy of the page', () => {
    const file = join(folder, 'from-the-check.json');
    const fixture = join(__dirname, '../policy/fixtures/policy-check/changed-sentence-en.md');
    const run = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/policy-check.ts', '--status', file, fixture], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30_000
    });
    expect(run.status).toBe(1);
    return withBot(file, async (bot) => {
      const card = await answerCard(bot, 'Can Microsoft contact this customer about billing?');
      expect(shownText(elementById(card, 'drift-warning'))).toContain('Microsoft has changed the page');
    });
  });
});

describe('a check that runs while the bot does', () => {
  it('is seen within PAGE_STATUS_RECHECK_MS, without reading the file for every answer', () => {
    let now = 0;
    const file = join(folder, 'watched.json');
    const problems: string[] = [];
    const changedOn = pageStatusWatch(file, (problem) => problems.push(problem), () => now);
    expect(changedOn()).toBeUndefined();

    writeFileSync(file, JSON.stringify({ ...baseStatus, checkedAt: '2026-12-03T10:00:00Z' }));
    now += PAGE_STATUS_RECHECK_MS - 1;
    expect(changedOn()).toBeUndefined();
    now += 1;
    expect(changedOn()).toBe('2026-12-03');

    // A half-written file keeps the warning and is reported, rather than taken for "no change".
    writeFileSync(file, '{"version":');
    utimesSync(file, new Date(Date.now() + 5_000), new Date(Date.now() + 5_000));
    now += PAGE_STATUS_RECHECK_MS;
    expect(changedOn()).toBe('2026-12-03');
    expect(problems).toHaveLength(1);
  });
});
