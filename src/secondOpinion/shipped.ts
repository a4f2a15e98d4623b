import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MIN_CONFIDENCE } from '../policy/decide';
import type { Verdict } from '../policy/rule';
import type { Understanding } from '../understanding/facts';
import { doubts, loadSecondOpinion, type DoubtThresholds, type SecondOpinion } from './secondOpinion';

/**
 * How sure the shipped model must be that a question is not covered before a yes or no is doubted: chosen by
 * cross-validation over the open corpus's authors (`npm run second-opinion:cross-validate`, the `bars` rule with the
 * most worth over plain and messy questions), counting one wrong yes or no removed as worth three right answers lost
 * (docs/UNDERSTANDING.md). Naive Bayes is far too sure of itself, so only strong odds carry weight: 21 bits (a
 * probability of 0.9999995) against a yes or no the rules read with every cue. When the reading was weak (confidence
 * below 0.9: no word for Microsoft, the customer or communicating, or a word found only through a typo), where most of
 * the yes and no to questions the policy does not cover are: 14 bits against a no, 16 against a yes (52 authors,
 * 2026-12-05; the bars of 47 authors, 19.93 bits and 12 / 8, lost 60 right answers of held-out authors, these 7, for 4
 * more wrong yes or no removed).
 */
export const DOUBT_THRESHOLDS: DoubtThresholds = {
  notCovered: { yes: 21, no: 21 },
  weakReading: { below: 0.9, notCovered: { yes: 16, no: 14 } }
};

/**
 * The model trained on the open corpus (`npm run train:second-opinion`), loaded once. Read as text, not imported:
 * an imported JSON file stays in the module cache as parsed objects for the life of the process (2.8 MB of live
 * heap, beside the classifier's own copy), and V8 lets the old generation grow to a few times the live heap between
 * full collections, so each MB held costs several MB of resident memory under load (docs/PERFORMANCE.md, 2026-12-06
 * "What the resident pages are"). tsconfig.build.json copies the file beside the built module.
 */
export const shippedSecondOpinion: SecondOpinion = loadSecondOpinion(readFileSync(join(__dirname, 'model.json'), 'utf8'));

/**
 * The understanding to decide on once the rules have given `rulesVerdict`: the same one, or, when the shipped model
 * doubts a yes or no, the same facts with a confidence too low for a verdict, so the answer becomes "Did you mean …?"
 * with the questions it could be. The second opinion never chooses a verdict.
 */
export function reconsidered(
  question: string,
  understanding: Understanding,
  rulesVerdict: Verdict,
  second: SecondOpinion = shippedSecondOpinion,
  thresholds: DoubtThresholds = DOUBT_THRESHOLDS
): Understanding {
  if (!doubts(second, question, rulesVerdict, understanding.confidence, thresholds)) return understanding;
  return { ...understanding, confidence: Math.min(understanding.confidence, MIN_CONFIDENCE / 2) };
}
