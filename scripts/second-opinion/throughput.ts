import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { labelledSets, repositoryRoot } from './corpus';

/**
 * The engine as it ships: the build in dist/ that `npm start` runs. Run through tsx from src/, the same code takes
 * about 1.6 times as long (tsx's transform, measured on the same questions), which would say nothing about the bot.
 */
const built = join(repositoryRoot, 'dist');
if (!existsSync(join(built, 'engine/ask.js'))) {
  console.error('No build in dist/: run `npm run build` first.');
  process.exit(1);
}
const load = createRequire(join(built, 'index.js'));
const { ask } = load('./engine/ask.js') as typeof import('../../src/engine/ask');
const { decide } = load('./policy/decide.js') as typeof import('../../src/policy/decide');
const { shippedSecondOpinion } = load('./secondOpinion/shipped.js') as typeof import('../../src/secondOpinion/shipped');
const { understand } = load('./understanding/understand.js') as typeof import('../../src/understanding/understand');

/**
 * Questions per second on one thread over the open corpus: the understanding alone, the rules' answer
 * (understand + decide), the second opinion alone, and ask() with the second opinion. Rounds alternate and the median
 * is reported, as other work on the machine moves single figures. Build first; run with `taskset -c 1` to pin one core:
 *   npm run build && taskset -c 1 npx tsx scripts/second-opinion/throughput.ts
 */
const questions = labelledSets().flatMap((set) => set.items.map((item) => item.question));
const ROUNDS = 7;
const ROUND_MS = 700;

/** Calls per second of this thread's CPU time, not of the wall clock: the machine is shared, and waiting for a core is not the engine's cost. */
function rate(engine: (question: string) => unknown): number {
  let calls = 0;
  const start = process.cpuUsage();
  let used = 0;
  while (used < ROUND_MS * 1000) {
    for (let batch = 0; batch < 64; batch += 1) {
      engine(questions[calls % questions.length] as string);
      calls += 1;
    }
    const { user, system } = process.cpuUsage(start);
    used = user + system;
  }
  return calls / (used / 1e6);
}

const engines: Record<string, (question: string) => unknown> = {
  'understand()': (question) => understand(question),
  'understand + decide (rules only)': (question) => decide(question, understand(question)),
  'second opinion alone': (question) => shippedSecondOpinion.opinion(question),
  'ask() with the second opinion': (question) => ask(question)
};
const samples = new Map<string, number[]>(Object.keys(engines).map((name) => [name, []]));
for (const engine of Object.values(engines)) rate(engine);
for (let round = 0; round < ROUNDS; round += 1) {
  for (const [name, engine] of Object.entries(engines)) samples.get(name)?.push(rate(engine));
}
console.log(`${questions.length} questions, ${ROUNDS} rounds of ${ROUND_MS} ms of CPU time each, median questions per CPU second:`);
for (const [name, rates] of samples) {
  const sorted = [...rates].sort((a, b) => a - b);
  console.log(`  ${name.padEnd(34)} ${Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0).toLocaleString('en')}`);
}
