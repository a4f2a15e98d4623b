import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseItems, type Item } from '../../src/evaluation/score';
import { decide } from '../../src/policy/decide';
import type { Verdict } from '../../src/policy/rule';
import { doubts, loadSecondOpinion, train, type SecondOpinion } from '../../src/secondOpinion/secondOpinion';
import { DOUBT_THRESHOLD, reconsidered } from '../../src/secondOpinion/shipped';
import { understand } from '../../src/understanding/understand';
import { labelledSets, repositoryRoot } from './corpus';

/**
 * Cross-validation over authors: for each open author, a model trained on all the other open authors judges that
 * author's questions (and their messy variants); the rules' verdict with and without the second opinion's doubt.
 *   npm run second-opinion:cross-validate [-- --threshold 0.9 --threshold 0.99 ...]
 */
const { values } = parseArgs({ options: { threshold: { type: 'string', multiple: true } } });
const thresholds = (values.threshold ?? ['0.5', '0.9', '0.99', '0.999', '0.9999', '0.99995', '0.99999', '0.999999', '0.9999999', '0.99999999']).map(Number);
/** The per-author tables are printed at the shipped threshold, or at each one asked for. */
const detailed = values.threshold ? thresholds : [DOUBT_THRESHOLD];
const PERTURB = join(repositoryRoot, 'scripts/eval/perturb.mjs');

interface Judged {
  item: Item;
  /** The rules' verdict, without the second opinion. */
  rules: Verdict;
  /** Whether the second opinion doubts that verdict at this threshold. */
  doubtedAt: (threshold: number) => boolean;
}

const opposite: Partial<Record<Verdict, Verdict>> = { yes: 'no', no: 'yes' };
const isFlip = (item: Item, verdict: Verdict) => !item.verdict.includes(verdict) && item.verdict.includes(opposite[verdict] as Verdict);
const isGuess = (item: Item, verdict: Verdict) => item.verdict[0] === 'not-covered' && opposite[verdict] !== undefined;

function judge(items: readonly Item[], second: SecondOpinion): Array<Judged> {
  return items.map((item) => {
    const understanding = understand(item.question);
    const rules = decide(item.question, understanding).verdict;
    const doubtedAt = (threshold: number) => doubts(second, item.question, rules, threshold);
    return { item, rules, doubtedAt };
  });
}

/** What the bot answers when the second opinion doubts (the shipped code path, with a threshold it cannot miss). */
function doubted(item: Item): Verdict {
  const understanding = understand(item.question);
  const certain: SecondOpinion = { opinion: () => ({ verdict: 'not-covered', probability: 1 }) };
  return decide(item.question, reconsidered(item.question, understanding, 'yes', certain, 0)).verdict;
}

interface Tally {
  n: number;
  right: number;
  flips: number;
  guesses: number;
}
const tally = (pairs: ReadonlyArray<{ item: Item; verdict: Verdict }>): Tally => ({
  n: pairs.length,
  right: pairs.filter(({ item, verdict }) => item.verdict.includes(verdict)).length,
  flips: pairs.filter(({ item, verdict }) => isFlip(item, verdict)).length,
  guesses: pairs.filter(({ item, verdict }) => isGuess(item, verdict)).length
});

const sets = labelledSets();
const perSet: Array<{ author: string; kind: 'plain' | 'messy'; judged: Array<Judged> }> = [];
for (const held of sets) {
  const second = loadSecondOpinion(train(sets.filter((set) => set !== held).flatMap((set) => set.items)));
  const messy = parseItems(execFileSync(process.execPath, [PERTURB, held.file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }), held.file);
  perSet.push({ author: held.author, kind: 'plain', judged: judge(held.items, second) });
  perSet.push({ author: held.author, kind: 'messy', judged: judge(messy, second) });
}

const percent = (t: Tally) => `${((100 * t.right) / t.n).toFixed(1)}%`;
const doubtedVerdicts = new Map<string, Verdict>();
const withDoubtAt = (judged: Judged, threshold: number): Verdict => {
  if (!judged.doubtedAt(threshold)) return judged.rules;
  const key = judged.item.question;
  const known = doubtedVerdicts.get(key);
  if (known) return known;
  const verdict = doubted(judged.item);
  doubtedVerdicts.set(key, verdict);
  return verdict;
};

console.log('Threshold sweep, summed over held-out authors: removed = flips + yes/no on not-covered removed; broken = right answers lost\n');
console.log('| threshold | kind | lang | doubted | removed | broken | net |');
console.log('|---|---|---|---|---|---|---|');
for (const threshold of thresholds) {
  for (const kind of ['plain', 'messy'] as const) {
    for (const language of ['en', 'de'] as const) {
      let removed = 0;
      let broken = 0;
      let count = 0;
      for (const set of perSet.filter((s) => s.kind === kind)) {
        for (const judged of set.judged) {
          if (judged.item.language !== language || !judged.doubtedAt(threshold)) continue;
          count += 1;
          const after = withDoubtAt(judged, threshold);
          const before = judged.rules;
          const harm = (v: Verdict) => Number(isFlip(judged.item, v)) + Number(isGuess(judged.item, v));
          removed += harm(before) - harm(after);
          if (judged.item.verdict.includes(before) && !judged.item.verdict.includes(after)) broken += 1;
        }
      }
      console.log(`| ${threshold} | ${kind} | ${language} | ${count} | ${removed} | ${broken} | ${removed - broken} |`);
    }
  }
}

for (const threshold of detailed) {
  console.log(`\nPer held-out author and language at threshold ${threshold}: verdict, flips, yes/no on not-covered; without → with the second opinion\n`);
  console.log('| author | kind | lang | n | verdict | flips | yes/no on not-covered |');
  console.log('|---|---|---|---|---|---|---|');
  const totals = new Map<string, { without: Tally[]; with: Tally[] }>();
  for (const set of perSet) {
    for (const language of ['en', 'de'] as const) {
      const judged = set.judged.filter((j) => j.item.language === language);
      const without = tally(judged.map((j) => ({ item: j.item, verdict: j.rules })));
      const withSecond = tally(judged.map((j) => ({ item: j.item, verdict: withDoubtAt(j, threshold) })));
      const key = `${set.kind} ${language}`;
      const total = totals.get(key) ?? { without: [], with: [] };
      total.without.push(without);
      total.with.push(withSecond);
      totals.set(key, total);
      console.log(
        `| ${set.author} | ${set.kind} | ${language} | ${without.n} | ${percent(without)} → ${percent(withSecond)} | ` +
          `${without.flips} → ${withSecond.flips} | ${without.guesses} → ${withSecond.guesses} |`
      );
    }
  }
  const sum = (tallies: Tally[]): Tally => tallies.reduce((a, b) => ({ n: a.n + b.n, right: a.right + b.right, flips: a.flips + b.flips, guesses: a.guesses + b.guesses }));
  for (const [key, total] of totals) {
    const without = sum(total.without);
    const withSecond = sum(total.with);
    const [kind, language] = key.split(' ');
    console.log(
      `| **all** | ${kind} | ${language} | ${without.n} | ${percent(without)} → ${percent(withSecond)} | ` +
        `${without.flips} → ${withSecond.flips} | ${without.guesses} → ${withSecond.guesses} |`
    );
  }
}
