/**
 * `npm run policy:check -- <file>…`: has Microsoft changed the policy page since the copy the bot answers from?
 * Each file is a newer copy of the page: the HTML learn.microsoft.com serves, or the Markdown source from Microsoft's
 * docs repository, in English or German. `--fetch` downloads the live English and German pages instead (this needs
 * internet; the tests never use it). Prints a short report per copy and writes what it found to the policy status
 * file the bot reads (see src/policy/pageStatus.ts), so that answers warn while the page has changed and the policy
 * data has not been updated. Exit code: 0 when nothing has changed, 1 when something has, 2 when the check could not
 * be made (no such file, not the policy page, download failed). The procedure is in docs/POLICY-UPDATES.md.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config/config';
import { policy, readSourcePage } from '../src/policy/policy';
import { policyFingerprint, type PageStatus } from '../src/policy/pageStatus';
import { compare, guessLanguage, NotThePolicyPage, type Comparison } from './policy-check/compare';
import { readPage, type Page } from './policy-check/page';
import { report, statusFindings } from './policy-check/report';

const usage = `Usage:
  npm run policy:check -- <file>...        compare saved copies of the page (Learn HTML or docs Markdown, en or de)
  npm run policy:check -- --fetch          download the live English and German pages and compare them
Options:
  --status <file>   where to write the finding for the bot (default: POLICY_STATUS_FILE, or policy-status.json in DATA_DIR)
  --no-status       write no status file
  -h, --help        this text
Exit code: 0 unchanged, 1 changed (update the policy data: docs/POLICY-UPDATES.md), 2 the check could not be made.`;

/** Raised for what stops a check before it can say changed or unchanged; the message is for the person running it. */
class CannotCheck extends Error {}

const FETCH_TIMEOUT_MS = 30_000;

interface Copy {
  name: string;
  text: string;
}

async function download(url: string): Promise<Copy> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(FETCH_TIMEOUT_MS), headers: { 'user-agent': 'csp-comms-bot policy:check' } });
  } catch (error) {
    throw new CannotCheck(`Could not download ${url}: ${(error as Error).message}`);
  }
  if (!response.ok) throw new CannotCheck(`Could not download ${url}: HTTP ${response.status}`);
  return { name: url, text: await response.text() };
}

function readCopy(file: string): Copy {
  try {
    return { name: file, text: readFileSync(file, 'utf8') };
  } catch (error) {
    throw new CannotCheck(`Cannot read ${file}: ${(error as Error).message}`);
  }
}

function statusFile(option: string | undefined): string {
  if (option !== undefined) return option;
  try {
    return loadConfig(process.env).policyStatusFile;
  } catch (error) {
    throw new CannotCheck(`${(error as Error).message} (or pass --status <file>, or --no-status)`);
  }
}

/** Written next to the target and renamed over it: the bot never reads a half-written status. */
function writeStatus(file: string, status: PageStatus): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = join(dirname(file), `.${process.pid}.policy-status.tmp`);
  writeFileSync(partial, `${JSON.stringify(status, null, 2)}\n`);
  renameSync(partial, file);
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        fetch: { type: 'boolean' },
        status: { type: 'string' },
        'no-status': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      }
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  if ((positionals.length === 0) === !values.fetch) {
    process.stderr.write(`Give the files to check, or --fetch (not both).\n\n${usage}\n`);
    return 2;
  }
  try {
    const target = values['no-status'] ? undefined : statusFile(values.status);
    const copies = values.fetch
      ? await Promise.all([download(policy.source.url.en), download(policy.source.url.de)])
      : positionals.map(readCopy);
    const stored: Page = readPage(readSourcePage(), guessLanguage(policy));
    const storedName = relative(process.cwd(), join(__dirname, '..', 'src', 'policy', policy.source.file));
    const results: Array<{ copy: Copy; comparison: Comparison }> = [];
    for (const copy of copies) {
      const page = readPage(copy.text, guessLanguage(policy));
      let comparison: Comparison;
      try {
        comparison = compare(policy, stored, page);
      } catch (error) {
        if (error instanceof NotThePolicyPage) throw new CannotCheck(`${copy.name}: ${error.message}`);
        throw error;
      }
      results.push({ copy, comparison });
      process.stdout.write(`${report(copy.name, storedName, page, comparison)}\n`);
    }
    const unchanged = results.every(({ comparison }) => comparison.unchanged);
    if (target !== undefined) {
      writeStatus(target, {
        version: 1,
        checkedAt: new Date().toISOString(),
        result: unchanged ? 'unchanged' : 'changed',
        policyFingerprint,
        checked: results.map(({ copy }) => copy.name),
        findings: results.flatMap(({ copy, comparison }) => statusFindings(copy.name, comparison))
      });
      process.stdout.write(`Status written to ${target}${unchanged ? '' : ': answers now warn that the page has changed'}\n`);
    }
    return unchanged ? 0 : 1;
  } catch (error) {
    if (error instanceof CannotCheck) {
      process.stderr.write(`policy:check: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`policy:check failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  }
);
