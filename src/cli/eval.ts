import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { languageSchema } from '../language/language';
import { verdictSchema } from '../policy/rule';
import { failures, figures, judge, parseItems, readItems, THRESHOLDS, type Item, type Outcome } from '../evaluation/score';

const root = resolve(__dirname, '../..');
/** The team's development set lives beside the repository in our own workspace, not in a user's clone. */
const DEV_SET = resolve(root, '../shared/eval/dev.jsonl');
/** Sets written by authors who never saw the code; in a clone they are what the eval runs on. */
const SEALED_DIR = join(root, 'test/corpus/sealed');
/** Copied from the team workspace so a clone can make messy variants too. */
const PERTURB = join(root, 'scripts/eval/perturb.mjs');

const usage = `Usage:
  npm run eval                          the development set (../shared/eval/dev.jsonl), or in a clone without it the
                                        repository's sealed set (test/corpus/sealed/)
  npm run eval -- SET.jsonl|FOLDER ...  one or more sets; a folder means every *.jsonl in it (not *.changes.jsonl)
  npm run eval -- --messy ...           also the messy variants of each set (scripts/eval/perturb.mjs)
Fails on any yes↔no flip or yes/no given to a not-covered question, and below the thresholds
(verdict ≥ ${THRESHOLDS.verdictPerLanguage * 100}% per language, first rule ≥ ${THRESHOLDS.firstRule * 100}%, language 100%).
Sets under a folder named "sealed" print figures only, never a question.`;

interface SetRun {
  label: string;
  sealed: boolean;
  outcomes: Outcome[];
}

function isSealed(file: string): boolean {
  return file.split(sep).includes('sealed');
}

function setFiles(path: string): string[] {
  const full = resolve(path);
  if (!existsSync(full)) throw new Error(`No evaluation set at ${full}`);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full)
    // "<author>.changes.jsonl" beside a set logs the checker's label changes; it is not a set.
    .filter((name) => name.endsWith('.jsonl') && !name.endsWith('.changes.jsonl'))
    .sort()
    .map((name) => join(full, name));
}

function messyItems(file: string): Item[] {
  return parseItems(execFileSync(process.execPath, [PERTURB, file], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }), `${file} (messy)`);
}

const percent = (part: number, whole: number): string => (whole === 0 ? '    –  ' : `${((100 * part) / whole).toFixed(1).padStart(6)}%`);

function row(label: string, outcomes: readonly Outcome[]): string {
  const f = figures(outcomes);
  return (
    `${label.padEnd(16)} ${String(f.n).padStart(5)}  ${percent(f.verdict, f.n)}  ${percent(f.firstRule, f.n)}  ` +
    `${percent(f.language, f.n)}  ${String(f.flips).padStart(5)}  ${String(f.guessedNotCovered).padStart(6)}`
  );
}

const header = `${'slice'.padEnd(16)} ${'n'.padStart(5)}  ${'verdict'.padStart(7)}  ${'1st rule'.padStart(7)}  ${'language'.padStart(7)}  ${'flips'.padStart(5)}  ${'yn/n-c'.padStart(6)}`;

function report(run: SetRun): string[] {
  const lines = [`${run.label}${run.sealed ? '  (sealed: figures only)' : ''}`, header, row('overall', run.outcomes)];
  for (const language of languageSchema.options) {
    const slice = run.outcomes.filter((o) => o.item.language === language);
    if (slice.length > 0) lines.push(row(`lang ${language}`, slice));
  }
  for (const verdict of verdictSchema.options) {
    const slice = run.outcomes.filter((o) => o.item.verdict[0] === verdict);
    if (slice.length > 0) lines.push(row(`verdict ${verdict}`, slice));
  }
  if (!run.sealed) {
    const misses = run.outcomes.filter((o) => !o.verdictOk || !o.ruleOk || !o.languageOk);
    lines.push(`misses: ${misses.length}`);
    for (const miss of misses) {
      const mark = miss.flip ? 'FLIP ' : miss.guessedNotCovered ? 'GUESS ' : '';
      lines.push(
        `  ${mark}${miss.item.id} ${JSON.stringify(miss.item.question)}`,
        `      expected ${miss.item.verdict.join('|')} [${miss.item.rules.join('|')}] ${miss.item.language}; ` +
          `got ${miss.verdict} [${miss.rules.join(', ')}] ${miss.language}  (${miss.reading})`
      );
    }
  }
  const failed = failures(run.outcomes);
  lines.push(failed.length === 0 ? 'pass' : `FAIL: ${failed.join('; ')}`, '');
  return lines;
}

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { messy: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const lines: string[] = [];
  let paths = parsed.positionals;
  if (paths.length === 0) {
    if (existsSync(DEV_SET)) paths = [DEV_SET];
    else {
      lines.push(`No ../shared/eval/dev.jsonl beside the repository: evaluating the repository's own sealed set, ${relative(process.cwd(), SEALED_DIR) || '.'}/`, '');
      paths = [SEALED_DIR];
    }
  }
  let files: string[];
  try {
    files = paths.flatMap(setFiles);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${usage}\n`);
    return 2;
  }
  if (files.length === 0) {
    process.stderr.write(`No *.jsonl set in ${paths.join(', ')}\n`);
    return 2;
  }

  const runs: SetRun[] = [];
  try {
    for (const file of files) {
      const label = relative(process.cwd(), file) || file;
      const sealed = isSealed(file);
      runs.push({ label, sealed, outcomes: readItems(file).map(judge) });
      if (parsed.values.messy) runs.push({ label: `${label} (messy variants)`, sealed, outcomes: messyItems(file).map(judge) });
    }
  } catch (error) {
    // A malformed line names its file and line; a sealed file's line content is never printed (zod reports paths).
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  for (const run of runs) lines.push(...report(run));
  if (runs.length > 1) {
    lines.push('All sets together', header);
    for (const [label, outcomes] of [
      ['as written', runs.filter((r) => !r.label.endsWith('(messy variants)')).flatMap((r) => r.outcomes)],
      ['messy variants', runs.filter((r) => r.label.endsWith('(messy variants)')).flatMap((r) => r.outcomes)]
    ] as const) {
      if (outcomes.length === 0) continue;
      lines.push(row(label, outcomes));
      for (const language of languageSchema.options) lines.push(row(`  ${label.split(' ')[0]} ${language}`, outcomes.filter((o) => o.item.language === language)));
    }
    lines.push('');
  }
  const failing = runs.filter((run) => failures(run.outcomes).length > 0);
  lines.push(failing.length === 0 ? 'PASS: every set meets the thresholds' : `FAIL: ${failing.map((run) => run.label).join('; ')}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return failing.length === 0 ? 0 : 1;
}

process.exitCode = main();
