import { MIN_CONFIDENCE } from '../policy/decide';
import type { Verdict } from '../policy/rule';
import type { Understanding } from '../understanding/facts';
import model from './model.json';
import { doubts, loadSecondOpinion, type DoubtThresholds, type SecondOpinion } from './secondOpinion';

/**
 * How sure the shipped model must be of not-covered, or of the opposite verdict, before a yes or no is doubted:
 * chosen by cross-validation over the open corpus's authors (docs/UNDERSTANDING.md). Naive Bayes is far too sure of
 * itself, so only its most extreme odds carry weight. Not-covered: 0.999999 (19.93 bits) against a yes or a no; a
 * higher bar for a yes (22 bits) kept three to five right answers but let two more yes/no on not-covered through once
 * the rules improved, and a wrong yes is worse than a question asked back. The opposite verdict must stand 50 bits
 * above the rules' own: below that, the doubts cost more right answers than they save.
 */
export const DOUBT_THRESHOLDS: DoubtThresholds = { notCovered: { yes: Math.log2(999_999), no: Math.log2(999_999) }, oppositeMargin: 50 };

/** The model trained on the open corpus (`npm run train:second-opinion`), loaded once. */
export const shippedSecondOpinion: SecondOpinion = loadSecondOpinion(JSON.stringify(model));

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
  if (!doubts(second, question, rulesVerdict, thresholds)) return understanding;
  // A question that names both channels (an EA beside CSP) turns on which product its asking part names: the words
  // are the same for the yes and the no, so the classifier's yes against the rules' no (or the reverse) says nothing
  // there. Its doubt that the question is covered at all still counts.
  if (understanding.facts.bothChannels && second.opinion(question)?.verdict !== 'not-covered') return understanding;
  return { ...understanding, confidence: Math.min(understanding.confidence, MIN_CONFIDENCE / 2) };
}
