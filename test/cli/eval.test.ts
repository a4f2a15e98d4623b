import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');

function runEval(args: string[]) {
  const result = spawnSync(tsx, ['src/cli/eval.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const line = (id: string, question: string, language: 'en' | 'de', verdict: string[], rules: string[]) =>
  JSON.stringify({ id, question, language, verdict, rules });

/** Questions written for this test: labelled right, so the engine passes them. */
const right = [
  line('t-en-1', 'Will Microsoft send my customer the invoice for their Teams seats?', 'en', ['no'], ['subscription-communication']),
  line('t-en-2', 'Does Microsoft warn my customer directly about a ransomware incident in their tenant?', 'en', ['yes'], ['operational-communication']),
  line('t-de-1', 'Schickt Microsoft meinem Kunden die Rechnung für seine Lizenzen?', 'de', ['no'], ['subscription-communication']),
  line('t-de-2', 'Wie ist das Wetter morgen in Graz?', 'de', ['not-covered'], [])
];
/** The same kind of questions labelled the other way round: a yes↔no flip and a yes/no on a not-covered question. */
const flipped = [
  line('f-en-1', 'Will Microsoft send my customer the invoice for their Teams seats?', 'en', ['yes'], ['non-csp-relationship']),
  line('f-en-2', 'Will Microsoft email my customer about their renewal?', 'en', ['not-covered'], [])
];

describe('npm run eval', () => {
  let folder: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'eval-test-'));
    writeFileSync(join(folder, 'right.jsonl'), `${right.join('\n')}\n`);
    writeFileSync(join(folder, 'flipped.jsonl'), `${flipped.join('\n')}\n`);
    mkdirSync(join(folder, 'sealed'));
    writeFileSync(join(folder, 'sealed', 'hidden.jsonl'), `${right.join('\n')}\n`);
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('reports a set per language and passes when every threshold is met', () => {
    const { code, stdout } = runEval([join(folder, 'right.jsonl')]);
    expect(stdout).toMatch(/lang en\s+2\s+100\.0%/);
    expect(stdout).toMatch(/lang de\s+2\s+100\.0%/);
    expect(stdout).toContain('PASS');
    expect(code).toBe(0);
  });

  it('counts yes↔no flips and yes/no on not-covered apart, and fails on any', () => {
    const { code, stdout } = runEval([join(folder, 'flipped.jsonl')]);
    expect(stdout).toContain('1 yes↔no flip(s)');
    expect(stdout).toContain('1 yes/no on not-covered');
    expect(stdout).toContain('FLIP f-en-1');
    expect(stdout).toContain('GUESS f-en-2');
    expect(code).toBe(1);
  });

  it('takes several sets and folders, and reports each file and all together', () => {
    const { stdout } = runEval([join(folder, 'right.jsonl'), join(folder, 'sealed')]);
    expect(stdout).toContain('right.jsonl');
    expect(stdout).toContain('hidden.jsonl');
    expect(stdout).toContain('All sets together');
  });

  it('prints only figures for a sealed set, never a question', () => {
    const { stdout } = runEval([join(folder, 'sealed')]);
    expect(stdout).toContain('sealed: figures only');
    for (const item of right) expect(stdout).not.toContain(JSON.parse(item).question);
    expect(stdout).not.toContain('misses:');
  });

  it('also runs the messy variants with --messy', () => {
    const { stdout, code } = runEval(['--messy', join(folder, 'right.jsonl')]);
    expect(stdout).toContain('(messy variants)');
    expect(stdout).toMatch(/messy variants\s+\d+/);
    expect(code).toBe(0);
  });

  it('says clearly when a set does not exist', () => {
    const { code, stderr } = runEval([join(folder, 'missing.jsonl')]);
    expect(code).toBe(2);
    expect(stderr).toContain('No evaluation set at');
  });
});
