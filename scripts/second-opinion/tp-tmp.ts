import { readFileSync } from 'node:fs';
import naiveBayesTextClassifier from 'wink-naive-bayes-text-classifier';
import { features, loadSecondOpinion } from '../../src/secondOpinion/secondOpinion';
import { labelledSets } from './corpus';
const qs = labelledSets().flatMap(s => s.items.map(i => i.question));
const model = readFileSync('src/secondOpinion/model.json', 'utf8');
let t0 = performance.now();
const second = loadSecondOpinion(model);
console.log('load ms', performance.now() - t0);
const wink = naiveBayesTextClassifier<string[]>(); wink.importJSON(model); wink.definePrepTasks([(x: string[]) => [...new Set(x)]]); wink.consolidate();
let maxDiff = 0, disagree = 0;
for (const q of qs) { const [b] = wink.computeOdds(features(q)); const o = second.opinion(q); if (b![0] !== o?.verdict) disagree++; else maxDiff = Math.max(maxDiff, Math.abs(1/(1+2**-b![1]) - o.probability)); }
console.log('disagree', disagree, 'maxDiff', maxDiff);
t0 = performance.now(); let n = 0;
while (performance.now() - t0 < 2000) { for (let b = 0; b < 64; b++) { second.opinion(qs[n % qs.length]!); n++; } }
console.log('opinion q/s', Math.round(n / ((performance.now() - t0) / 1000)));
