import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { z } from 'zod';
import { languageSchema } from '../language/language';
import { ruleIdSchema, verdictSchema, type Verdict } from '../policy/rule';
import { ask } from '../engine/ask';

/** The development set lives beside the repository in our own workspace, not in a user's clone. */
const DEFAULT_SET = resolve(__dirname, '../../../shared/eval/dev.jsonl');

export const THRESHOLDS = { verdictPerLanguage: 0.95, firstRule: 0.93, language: 1 } as const;

const itemSchema = z.object({
  id: z.string(),
  question: z.string().min(1),
  language: languageSchema,
  verdict: z.array(verdictSchema).min(1),
  rules: z.array(ruleIdSchema)
});
type Item = z.infer<typeof itemSchema>;

interface Outcome {
  item: Item;
  verdict: Verdict;
  rules: string[];
  language: string;
  verdictOk: boolean;
  ruleOk: boolean;
  languageOk: boolean;
  evidence: string;
}

function readItems(file: string): Item[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      const parsed = itemSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${number}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}

function judge(item: Item): Outcome {
  const answer = ask(item.question);
  const [first] = answer.rules;
  return {
    item,
    verdict: answer.verdict,
    rules: answer.rules,
    language: answer.language,
    verdictOk: item.verdict.includes(answer.verdict),
    ruleOk: item.rules.length === 0 ? answer.rules.length === 0 : first !== undefined && item.rules.includes(first),
    languageOk: answer.language === item.language,
    evidence: `${answer.facts.intent}/${answer.facts.topic} own=${answer.facts.ownRelationship} channel=${answer.facts.productChannel} when=${answer.facts.asksWhen} conf=${answer.confidence}`
  };
}

const percent = (part: number, whole: number): string => (whole === 0 ? '   –  ' : `${((100 * part) / whole).toFixed(1).padStart(5)}%`);

function row(label: string, outcomes: Outcome[]): string {
  const count = (key: 'verdictOk' | 'ruleOk' | 'languageOk') => outcomes.filter((outcome) => outcome[key]).length;
  return `${label.padEnd(14)} ${String(outcomes.length).padStart(4)}   ${percent(count('verdictOk'), outcomes.length)}   ${percent(count('ruleOk'), outcomes.length)}   ${percent(count('languageOk'), outcomes.length)}`;
}

function main(): number {
  const file = resolve(process.argv[2] ?? DEFAULT_SET);
  if (!existsSync(file)) {
    process.stderr.write(
      `No evaluation set at ${file}.\nThe default set is ../shared/eval/dev.jsonl beside the repository (our team's workspace); ` +
        'in a clone without it, pass a file: npm run eval -- path/to/set.jsonl\n'
    );
    return 2;
  }
  const outcomes = readItems(file).map(judge);
  const lines = [`Evaluation of ${file}`, '', `${'slice'.padEnd(14)} ${'n'.padStart(4)}   verdict   1st rule   language`];
  lines.push(row('overall', outcomes));
  for (const language of languageSchema.options) lines.push(row(`lang ${language}`, outcomes.filter((o) => o.item.language === language)));
  for (const verdict of verdictSchema.options) {
    const slice = outcomes.filter((o) => o.item.verdict[0] === verdict);
    if (slice.length > 0) lines.push(row(`verdict ${verdict}`, slice));
  }

  lines.push('', 'Confusion (rows: expected first verdict, columns: answered)');
  const verdicts = verdictSchema.options;
  lines.push(`${''.padEnd(12)}${verdicts.map((v) => v.padStart(12)).join('')}`);
  for (const expected of verdicts) {
    const cells = verdicts.map((answered) =>
      String(outcomes.filter((o) => o.item.verdict[0] === expected && o.verdict === answered).length).padStart(12)
    );
    lines.push(`${expected.padEnd(12)}${cells.join('')}`);
  }

  const misses = outcomes.filter((o) => !o.verdictOk || !o.ruleOk || !o.languageOk);
  lines.push('', `Misses: ${misses.length}`);
  for (const miss of misses) {
    lines.push(
      `  ${miss.item.id} "${miss.item.question}"`,
      `      expected ${miss.item.verdict.join('|')} [${miss.item.rules.join('|')}] ${miss.item.language}; ` +
        `got ${miss.verdict} [${miss.rules.join(', ')}] ${miss.language}  (${miss.evidence})`
    );
  }

  const failures: string[] = [];
  for (const language of languageSchema.options) {
    const slice = outcomes.filter((o) => o.item.language === language);
    const accuracy = slice.filter((o) => o.verdictOk).length / Math.max(1, slice.length);
    if (slice.length > 0 && accuracy < THRESHOLDS.verdictPerLanguage) failures.push(`verdict accuracy (${language}) below ${THRESHOLDS.verdictPerLanguage * 100}%`);
  }
  if (outcomes.filter((o) => o.ruleOk).length / outcomes.length < THRESHOLDS.firstRule) failures.push(`first-rule accuracy below ${THRESHOLDS.firstRule * 100}%`);
  if (outcomes.some((o) => !o.languageOk)) failures.push('language accuracy below 100%');
  const guessed = outcomes.filter((o) => o.item.verdict[0] === 'not-covered' && (o.verdict === 'yes' || o.verdict === 'no'));
  if (guessed.length > 0) failures.push(`${guessed.length} not-covered question(s) answered yes or no`);

  lines.push('', failures.length === 0 ? 'PASS: all thresholds met' : `FAIL: ${failures.join('; ')}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return failures.length === 0 ? 0 : 1;
}

process.exitCode = main();
