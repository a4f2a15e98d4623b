import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ask } from '../src/engine/ask';
import { confidentlyWrong, probeFamilies, type Probe } from './probe/families';

/**
 * The probe: sentence families crossed from parts whose verdict follows from RULES.md (scripts/probe/families.ts),
 * asked as a user would ask them. Prints per family and language the count, the confident wrong answers (a yes or no
 * not among the accepted verdicts) and the other misses, then which part values hold the confident wrong answers.
 *   npm run probe [-- --list] [-- --family NAME] [-- --json FILE]
 *     --list        every confident wrong answer with its reading
 *     --misses      every other miss too (depends or not-covered where yes/no was expected)
 *     --family NAME one family only (channel, question, recipient, topic, vendor, quantity, received, partner, relayed, othervendor, short)
 *     --json FILE   every probe with its answer, one JSON object a line
 */
const { values } = parseArgs({
  options: { list: { type: 'boolean' }, misses: { type: 'boolean' }, family: { type: 'string' }, json: { type: 'string' } }
});

interface Result {
  probe: Probe;
  verdict: string;
  rule: string;
  reading: string;
  wrong: boolean;
  miss: boolean;
}

const probes = probeFamilies().filter((p) => !values.family || p.family === values.family);
const results: Result[] = probes.map((probe) => {
  const answer = ask(probe.question);
  const wrong = confidentlyWrong(probe, answer.verdict);
  return { probe, verdict: answer.verdict, rule: answer.rules[0] ?? '', reading: answer.reading.text, wrong, miss: !wrong && !probe.accept.includes(answer.verdict) };
});

const pad = (text: string | number, n: number): string => String(text).padStart(n);
const lines: string[] = [`${'family'.padEnd(16)} ${pad('n', 5)} ${pad('wrong', 6)} ${pad('miss', 5)}`];
const groups = new Map<string, Result[]>();
for (const result of results) {
  const key = `${result.probe.family}/${result.probe.language}`;
  const group = groups.get(key);
  if (group === undefined) groups.set(key, [result]);
  else group.push(result);
}
const line = (label: string, rs: Result[]): string =>
  `${label.padEnd(16)} ${pad(rs.length, 5)} ${pad(rs.filter((r) => r.wrong).length, 6)} ${pad(rs.filter((r) => r.miss).length, 5)}`;
for (const [key, rs] of groups) lines.push(line(key, rs));
lines.push(line('all', results));

const wrong = results.filter((r) => r.wrong);
if (wrong.length > 0) {
  lines.push('', 'confident wrong answers by part (share of that part\'s probes):');
  const slots = Object.keys(wrong[0]!.probe.parts);
  for (const slot of slots) {
    const byValue = new Map<string, { all: number; wrong: number }>();
    for (const r of results) {
      const value = `${r.probe.language} ${r.probe.parts[slot]}`;
      const entry = byValue.get(value) ?? { all: 0, wrong: 0 };
      entry.all += 1;
      if (r.wrong) entry.wrong += 1;
      byValue.set(value, entry);
    }
    const hot = [...byValue].filter(([, e]) => e.wrong > 0).sort((a, b) => b[1].wrong - a[1].wrong);
    lines.push(`  ${slot}: ${hot.map(([v, e]) => `${v} ${e.wrong}/${e.all}`).join(', ')}`);
  }
}
if (values.list || values.misses) {
  for (const r of results.filter((x) => x.wrong || (values.misses && x.miss))) {
    lines.push('', `${r.wrong ? 'WRONG' : 'miss '} ${r.probe.id} ${JSON.stringify(r.probe.question)}`, `      expected ${r.probe.accept.join('|')}; got ${r.verdict} [${r.rule}]  (${r.reading})`);
  }
}
process.stdout.write(`${lines.join('\n')}\n`);
if (values.json) writeFileSync(values.json, results.map((r) => JSON.stringify({ ...r.probe, verdict: r.verdict, rule: r.rule, reading: r.reading, wrong: r.wrong })).join('\n') + '\n');
