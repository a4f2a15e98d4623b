import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { policyFingerprint, pageStatusSchema } from '../../src/policy/pageStatus';

const root = join(__dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
const fixtures = join(__dirname, 'fixtures/policy-check');
const storedPage = join(root, 'src/policy/source/customer-communication.de-de.md');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** npm run policy:check, as a policy owner runs it; never with --fetch (there is no internet here). */
function policyCheck(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, ['scripts/policy-check.ts', ...args], { cwd: root });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let folder: string;
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'policy-check-'));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let runs = 0;
/** Checks the copies, writing the status to a file of its own, and returns the run and that status (if written). */
async function check(...copies: string[]) {
  const statusFile = join(folder, `status-${++runs}.json`);
  const run = await policyCheck(['--status', statusFile, ...copies]);
  const status = existsSync(statusFile) ? pageStatusSchema.parse(JSON.parse(readFileSync(statusFile, 'utf8'))) : undefined;
  return { ...run, status };
}

const fixture = (name: string) => join(fixtures, name);

describe('npm run policy:check', () => {
  it('passes on the stored page itself, checking both languages', async () => {
    const { code, stdout, status } = await check(storedPage);
    expect(code).toBe(0);
    expect(stdout).toContain('(Markdown, English and German)');
    expect(stdout).toContain('Quotes: 8 of 8 unchanged word for word');
    expect(stdout).toContain('Page date: 2019-11-20, unchanged');
    expect(stdout).toContain('Result: UNCHANGED');
    expect(status).toMatchObject({ result: 'unchanged', policyFingerprint, findings: [] });
  }, 30_000);

  it.each([
    ['current-de-de.md', '(Markdown, English and German)'],
    ['current-en.md', '(Markdown, English)'],
    ['learn-en-us.html', '(Learn HTML, English)']
  ])('passes on an unchanged copy: %s, with nothing new to review', async (name, form) => {
    const { code, stdout, status } = await check(fixture(name));
    expect(code).toBe(0);
    expect(stdout).toContain(form);
    expect(stdout).toContain('Applies to (en): unchanged (Partner Center; Partner Center for Microsoft Cloud for US Government)');
    // Learn's navigation, metadata, feedback and footer are not taken for new text.
    expect(stdout).toContain('New text to review: none');
    expect(status?.result).toBe('unchanged');
  }, 30_000);

  it('fails on a changed sentence, with a word diff from the quote to the new sentence', async () => {
    const { code, stdout, status } = await check(fixture('changed-sentence-en.md'));
    expect(code).toBe(1);
    expect(stdout).toContain('Quotes: 3 of 4 unchanged word for word');
    expect(stdout).toContain('✗ subscription-communication (en): changed');
    expect(stdout).toContain(
      'diff: Because you own the customer billing relationship, Microsoft [-will not-]{+may+} send communications directly ' +
        'to your customers related to their subscriptions{+, such as renewal reminders+}.'
    );
    // The changed sentence is reported once, as a changed quote, not again as new text.
    expect(stdout).toContain('New text to review: none');
    expect(stdout).toContain('Result: CHANGED');
    expect(status).toMatchObject({ result: 'changed', policyFingerprint });
    expect(status?.findings).toEqual([expect.stringContaining('quote of subscription-communication (en) changed')]);
  }, 30_000);

  it('fails on a new paragraph about customer communication, and names the new page date', async () => {
    const { code, stdout, status } = await check(fixture('new-paragraph-en.md'));
    expect(code).toBe(1);
    expect(stdout).toContain('Quotes: 4 of 4 unchanged word for word');
    expect(stdout).toContain(
      '✗ about customer communication (en): Microsoft may also contact customers directly about security and compliance matters that affect their tenant.'
    );
    expect(stdout).toContain('Page date: 2019-11-20 → 2025-03-14');
    expect(status?.result).toBe('changed');
  }, 30_000);

  it('fails on a changed applies-to list in a German Learn page', async () => {
    const { code, stdout } = await check(fixture('learn-de-de-applies-to-changed.html'));
    expect(code).toBe(1);
    expect(stdout).toContain('(Learn HTML, German)');
    expect(stdout).toContain('Quotes: 4 of 4 unchanged word for word');
    expect(stdout).toContain('Applies to (de): ✗ changed');
    expect(stdout).toContain('now: Partner Center; Partner Center für Microsoft Cloud for US Government; Partner Center betrieben von 21Vianet');
  }, 30_000);

  it('refuses a page that is not the policy with a clear error, and writes no status', async () => {
    const { code, stdout, stderr, status } = await check(fixture('learn-not-the-policy.html'));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`This is not the page "Customer communication from Microsoft"`);
    expect(stderr).toContain(`its title is "Reset a customer's user password"`);
    expect(status).toBeUndefined();
  }, 30_000);

  it('reports changed when one of several copies has changed', async () => {
    const { code, status } = await check(fixture('learn-en-us.html'), fixture('changed-sentence-en.md'));
    expect(code).toBe(1);
    expect(status?.checked).toEqual([fixture('learn-en-us.html'), fixture('changed-sentence-en.md')]);
  }, 30_000);

  it('says what is wrong with the command line, exit code 2', async () => {
    const missing = await check(join(folder, 'no-such-page.html'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Cannot read');
    const nothing = await policyCheck([]);
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('Give the files to check, or --fetch');
  }, 30_000);
});
