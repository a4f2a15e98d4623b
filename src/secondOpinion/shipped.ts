import { MIN_CONFIDENCE } from '../policy/decide';
import type { Verdict } from '../policy/rule';
import type { Understanding } from '../understanding/facts';
import model from './model.json';
import { doubts, loadSecondOpinion, type SecondOpinion } from './secondOpinion';

/**
 * How sure the shipped model must be of the opposite verdict, or of not-covered, before a yes or no is doubted:
 * chosen by cross-validation over the open corpus's authors (docs/UNDERSTANDING.md). Naive Bayes probabilities are
 * far too sure of themselves, so only its most extreme ones carry weight.
 */
export const DOUBT_THRESHOLD = 0.999999;

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
  threshold: number = DOUBT_THRESHOLD
): Understanding {
  if (!doubts(second, question, rulesVerdict, threshold)) return understanding;
  // A question that names both channels (an EA beside CSP) turns on which product its asking part names: the words
  // are the same for the yes and the no, so the classifier's yes against the rules' no (or the reverse) says nothing
  // there. Its doubt that the question is covered at all still counts.
  if (understanding.facts.bothChannels && second.opinion(question)?.verdict !== 'not-covered') return understanding;
  return { ...understanding, confidence: Math.min(understanding.confidence, MIN_CONFIDENCE / 2) };
}
