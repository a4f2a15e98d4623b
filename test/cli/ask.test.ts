import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ruleById } from '../../src/policy/policy';

const root = join(__dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');

function runAsk(args: string[], input?: string) {
  const result = spawnSync(tsx, ['src/cli/ask.ts', ...args], { cwd: root, input, encoding: 'utf8', timeout: 30_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run ask', () => {
  it('says on a terminal that it waits for questions, one a line, until Ctrl+D', () => {
    // util-linux `script` gives the command a terminal; the input types a question and then Ctrl+D.
    const result = spawnSync('script', ['-qec', `${tsx} src/cli/ask.ts`, '/dev/null'], {
      cwd: root,
      input: 'Can Microsoft email my customer about their invoice?\n\u0004',
      encoding: 'utf8',
      timeout: 30_000
    });

    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Waiting for questions, one a line (answers as JSON lines); Ctrl+D to end.');
    expect(result.stdout).toContain('"verdict":"no"');
  });

  it('says nothing about waiting when the questions come from a pipe', () => {
    expect(runAsk([], 'Can Microsoft email my customer about their invoice?\n').stderr).toBe('');
  });

  it('prints a readable answer with the verdict, the quoted rule and the source', () => {
    const { code, stdout } = runAsk(['Can Microsoft email my customer about their invoice?']);
    expect(code).toBe(0);
    expect(stdout).toContain('No: Microsoft will not contact your customer');
    expect(stdout).toContain('[subscription-communication]');
    expect(stdout).toContain('“Because you own the customer billing relationship,');
    expect(stdout).toContain('https://learn.microsoft.com/partner-center/customer-communication');
  });

  it('prints one JSON object with --json', () => {
    const { code, stdout } = runAsk(['--json', 'Informiert Microsoft meinen Kunden über eine Störung?']);
    expect(code).toBe(0);
    const answer = JSON.parse(stdout);
    expect(Object.keys(answer)).toEqual(['question', 'language', 'verdict', 'rules', 'confidence', 'facts', 'reading', 'customerSentence']);
    expect(answer).toMatchObject({ language: 'de', verdict: 'yes', rules: ['operational-communication'] });
    expect(answer.customerSentence).toBe(ruleById('operational-communication').customer.sentence.de);
  });

  it('gives each case of "it depends" its customer sentence in --json, and none to a question it does not cover', () => {
    const depends = JSON.parse(runAsk(['--json', 'Can Microsoft contact my customer about Power BI?']).stdout);
    expect(depends.verdict).toBe('depends');
    expect(depends.customerSentence).toEqual(
      expect.arrayContaining([{ when: expect.any(String), customerSentence: ruleById('non-csp-relationship').customer.sentence.en }])
    );
    expect(JSON.parse(runAsk(['--json', 'Tell me a joke']).stdout).customerSentence).toBeNull();
  });

  it('prints what to tell the customer in the readable answer', () => {
    const { stdout } = runAsk(['Can Microsoft email my customer about their invoice?']);
    expect(stdout).toContain(`Tell the customer: ${ruleById('subscription-communication').customer.sentence.en}`);
  });

  it('answers standard input line by line as JSON Lines', () => {
    const { code, stdout } = runAsk([], 'Can Microsoft bill my customer?\n\nWo gilt diese Richtlinie?\nTell me something funny\n');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.verdict)).toEqual(['no', 'applies', 'not-covered']);
    expect(lines.map((line) => line.language)).toEqual(['en', 'de', 'en']);
  });

  it('answers in the language --lang forces', () => {
    const { stdout } = runAsk(['--lang', 'de', 'Can Microsoft email my customer about their invoice?']);
    expect(stdout).toContain('Nein: Microsoft kontaktiert Ihren Kunden dazu nicht');
    expect(stdout).toContain('(English original)');
  });

  it('refuses an unknown language with a clear message', () => {
    const { code, stderr } = runAsk(['--lang', 'fr', 'question']);
    expect(code).toBe(2);
    expect(stderr).toContain('--lang must be en or de');
  });
});
