import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeReport } from '../../src/report/report';
import { FileStorage } from '../../src/storage/fileStorage';
import { MemoryStorage } from '../../src/storage/memoryStorage';
import { ASKER_NAME, NOW, USER_IDS, writeFixture } from './fixtureStore';

const root = join(__dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');

/** The numbers the page shows in its key figures, by id. */
function keyFigures(html: string): Record<string, number> {
  return Object.fromEntries([...html.matchAll(/data-figure="([a-z-]+)">(\d+)</g)].map((match) => [match[1], Number(match[2])]));
}

/** The rows of one of the page's tables, as cell texts. */
function tableRows(html: string, name: string): string[][] {
  const table = new RegExp(`<table data-table="${name}">([\\s\\S]*?)</table>`).exec(html)?.[1] ?? '';
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(table)?.[1] ?? '';
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) =>
    [...row[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((cell) => cell[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim())
  );
}

describe('the owners report over a fixture store', () => {
  let html: string;
  let figures: Awaited<ReturnType<typeof makeReport>>['figures'];
  beforeAll(async () => {
    const store = new MemoryStorage();
    await writeFixture(store);
    ({ html, figures } = await makeReport(store, { days: 30, now: NOW, source: 'fixture' }));
  });

  it('counts the period’s records and nothing outside it', () => {
    expect(keyFigures(html)).toEqual({
      'answered-total': 19,
      'unanswered-total': 8,
      helpful: 2,
      'not-helpful': 3,
      'experts-asked': 5,
      'experts-pending': 4
    });
    expect(figures.period).toEqual({ from: '2026-11-06', to: '2026-12-05', days: 30 });
  });

  it('adds up the instances’ answer counts per day and verdict', () => {
    expect(figures.answered.perDay).toHaveLength(30);
    expect(figures.answered.perDay.at(-1)).toEqual({ day: '2026-12-05', byVerdict: { yes: 3, no: 6, depends: 2, applies: 0, 'not-covered': 2 } });
    expect(figures.answered.perDay.at(-2)).toEqual({ day: '2026-12-04', byVerdict: { yes: 1, no: 0, depends: 0, applies: 1, 'not-covered': 0 } });
    expect(figures.answered.perDay[0]).toEqual({ day: '2026-11-06', byVerdict: { yes: 0, no: 4, depends: 0, applies: 0, 'not-covered': 0 } });
  });

  it('shows helpful and not helpful per rule, most judged first (ties by rule id)', () => {
    expect(tableRows(html, 'feedback-per-rule')).toEqual([
      [expect.stringContaining('subscription-communication'), '2', '1'],
      [expect.stringContaining('partner-communicates'), '1', '1'],
      ['Not covered (no rule) not-covered', '0', '1'],
      [expect.stringContaining('operational-communication'), '0', '1']
    ]);
  });

  it('groups the unanswered and not-helpful questions by what they were read as, most frequent first', () => {
    expect(tableRows(html, 'unanswered-groups')).toEqual([
      ['off-topic · topic: none', '4', '4', '0', '0', '0', 'What is the weather tomorrow? Who won the match? Order pizza'],
      ['communication · topic: billing', '2', '0', '0', '1', '1', 'Does Microsft contakt my custmer about invoces? Can Microsoft send my customer the invoice?'],
      ['unclear · topic: billing', '2', '0', '2', '0', '0', 'invoice customer? billing thing']
    ]);
  });

  it('lists every question still waiting for the experts, oldest first, with its age', () => {
    expect(tableRows(html, 'expert-pending')).toEqual([
      ['Expert question open-older-than-period', 'open', '2026-10-06 10:00 UTC', '60 days'],
      ['Expert question open-old', 'open', '2026-11-25 10:00 UTC', '10 days'],
      ['Expert question taken', 'taken', '2026-12-03 10:00 UTC', '2 days'],
      ['Expert question open-new', 'open', '2026-12-05 09:00 UTC', '6 h']
    ]);
    expect(html).toContain('5 were sent to the experts, 1 answered and 1 closed without an answer');
  });

  it('is one page with its charts as inline SVG, no script, nothing fetched', () => {
    expect(html.match(/<svg /g)).toHaveLength(4);
    expect(html).not.toMatch(/<script|<link|<img|src=|@import|url\(/i);
    expect(html).toContain('1 stored records could not be read');
  });

  it('shows no user id, hash or name', () => {
    for (const id of USER_IDS) expect(html).not.toContain(id);
    expect(html).not.toMatch(/[0-9a-f]{64}/);
    expect(html).not.toContain(ASKER_NAME);
    expect(html).not.toContain('Fixture Expert');
  });
});

describe('npm run report', () => {
  let folder: string;
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'csp-report-'));
    const store = FileStorage.open(folder);
    await writeFixture(store);
    await store.close();
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const run = (args: string[]) => spawnSync(tsx, ['src/cli/report.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, env: { PATH: process.env.PATH } });

  it('writes the page from a data folder and says what is in it', () => {
    const out = join(folder, 'report.html');
    const result = run(['--data', folder, '--since', '3650d', '--out', out]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('waiting for the experts');
    expect(readFileSync(out, 'utf8')).toContain('data-figure="experts-pending">4<');
  });

  it('refuses a folder the bot holds, and says how to report on a copy', () => {
    const held = FileStorage.open(folder);
    try {
      const result = run(['--data', folder]);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain('CSP5001');
      expect(result.stderr).toContain('cp -r');
    } finally {
      void held.close();
    }
  });

  it('refuses a bad --since and a folder without bot data', () => {
    expect(run(['--data', folder, '--since', 'a month']).status).toBe(2);
    const missing = join(folder, 'not-there');
    const result = run(['--data', missing]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('No bot data');
    expect(existsSync(missing)).toBe(false);
  });
});
