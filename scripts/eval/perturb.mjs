#!/usr/bin/env node
// Copied from the team workspace (shared/eval/perturb.mjs), unchanged below these three lines, so a clone can run
// `npm run eval -- --messy` without ../shared. Keep the two in step.
// Makes messy variants of an evaluation set, labels unchanged: what people really type in a chat.
// usage: node perturb.mjs SET.jsonl > VARIANTS.jsonl   (deterministic: a fixed seed per item id)
// Variants per item: lower-case without punctuation; umlauts and ß folded (German only); one typo
// (two adjacent letters swapped in the longest word); chat noise around the question.
import { readFileSync } from 'node:fs';

const items = readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean).map(l => JSON.parse(l));
const seeded = s => { let h = 2166136261; for (const c of s) h = Math.imul(h ^ c.charCodeAt(0), 16777619); return () => ((h = Math.imul(h ^ (h >>> 15), 2246822507) >>> 0) / 2 ** 32); };
const fold = s => s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue').replace(/ß/g, 'ss');
const typo = (s, rnd) => {
  const words = s.split(' ');
  const i = words.reduce((best, w, j) => (w.replace(/\W/g, '').length > words[best].replace(/\W/g, '').length ? j : best), 0);
  const w = words[i];
  if (w.length < 5) return s;
  const k = 1 + Math.floor(rnd() * (w.length - 3));
  words[i] = w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2);
  return words.join(' ');
};
const noise = { en: [['hey, quick one: ', ' thx'], ['', ' ??'], ['sorry to bother - ', '']], de: [['hi, kurze frage: ', ' danke'], ['', ' ??'], ['moin, ', '']] };
for (const it of items) {
  const rnd = seeded(it.id);
  const variants = {
    plain: it.question.toLowerCase().replace(/[?!.,;:"“”„'’]/g, '').replace(/\s+/g, ' ').trim(),
    typo: typo(it.question, rnd),
    noise: (([a, b]) => a + it.question + b)(noise[it.language][Math.floor(rnd() * 3)]),
  };
  if (it.language === 'de' && fold(it.question) !== it.question) variants.fold = fold(it.question);
  for (const [kind, question] of Object.entries(variants)) console.log(JSON.stringify({ ...it, id: `${it.id}~${kind}`, question }));
}
