import naiveBayesTextClassifier from 'wink-naive-bayes-text-classifier';
import type { Verdict } from '../policy/rule';
import { CLAUSE_END, normalize, tokenize } from '../understanding/normalize';

/**
 * A learned second opinion on the rules' verdict: a naive Bayes text classifier (wink) trained on the labelled
 * questions of the open corpus, shipped as data (model.json, made by `npm run train:second-opinion`). It never
 * chooses a verdict; it only tells when the rules' yes or no looks doubtful (docs/UNDERSTANDING.md).
 */

/** A verdict the classifier predicts, with its probability against all the other verdicts. */
export interface Opinion {
  verdict: Verdict;
  probability: number;
  /** Each verdict the model knows, with its log2 odds against all the others. */
  odds: Readonly<Partial<Record<Verdict, number>>>;
}

/** A labelled question as the training needs it: the first verdict of its labels is the one learned. */
export interface TrainingQuestion {
  question: string;
  verdict: readonly Verdict[];
  /** Features beyond the question's words (the rules' reading of it), as `opinion` will be given them. */
  extra?: readonly string[];
}

/** Features seen fewer times than this in the training questions are left out: they fit one author's words. */
const MIN_FEATURE_COUNT = 2;

/** Words longer than this also give their first five and last four letters as features. */
const AFFIX_FROM = 5;

/**
 * The words of the text as the understanding normalizes it, and the first five and last four letters of each longer
 * word: they carry German compounds, inflections and most typos that whole words miss. Cross-validation over authors
 * found word pairs and every character 4-gram no better, at more cost per question
 * (docs/UNDERSTANDING.md).
 */
export function features(question: string, extra: readonly string[] = []): string[] {
  return [...tokenize(normalize(question)).flatMap(featuresOfWord), ...extra];
}

function featuresOfWord(token: string): string[] {
  if (token === CLAUSE_END) return [];
  return token.length > AFFIX_FROM ? [token, `<${token.slice(0, 5)}`, `${token.slice(-4)}>`] : [token];
}

/** Words whose feature rows are remembered at most; beyond that the memory starts again. */
const WORD_MEMO_LIMIT = 20_000;

/** Trains on the questions in the order given and returns the model as wink exports it: same questions, same bytes. */
export function train(questions: readonly TrainingQuestion[]): string {
  const featureLists = questions.map((item) => features(item.question, item.extra));
  const counts = new Map<string, number>();
  for (const list of featureLists) for (const feature of new Set(list)) counts.set(feature, (counts.get(feature) ?? 0) + 1);
  const classifier = naiveBayesTextClassifier<string[]>();
  // Smoothing 1 rather than 0.5: a feature seen with few verdicts weighs less, and cross-validation over 52 authors
  // found it losing fewer right answers for as many wrong yes or no removed (docs/UNDERSTANDING.md).
  classifier.defineConfig({ considerOnlyPresence: true, smoothingFactor: 1 });
  classifier.definePrepTasks([]);
  questions.forEach((item, index) => {
    const [label] = item.verdict;
    if (label === undefined) return;
    classifier.learn((featureLists[index] ?? []).filter((feature) => (counts.get(feature) ?? 0) >= MIN_FEATURE_COUNT), label);
  });
  classifier.consolidate();
  return classifier.exportJSON();
}

export interface SecondOpinion {
  /** The most likely verdict, or undefined when the question has no word the classifier knows. */
  opinion(question: string, extra?: readonly string[]): Opinion | undefined;
}

const verdicts: ReadonlySet<string> = new Set<Verdict>(['yes', 'no', 'depends', 'applies', 'not-covered']);

/**
 * Loads a model made by `train`. Naive Bayes log odds add up over features, so wink's odds for each feature alone
 * are taken once here and a question's odds are their sum (the same figure wink's computeOdds gives for the whole
 * question, checked by the tests); wink recomputes every term on every call, far too slow beside the rules.
 */
export function loadSecondOpinion(model: string): SecondOpinion {
  const classifier = naiveBayesTextClassifier<string[]>();
  classifier.importJSON(model);
  classifier.definePrepTasks([]);
  classifier.consolidate();
  const { labelWiseSamples } = classifier.stats();
  const labels = Object.keys(labelWiseSamples).sort();
  const indexOf = (verdict: Verdict): number => (labels.includes(verdict) ? labels.indexOf(verdict) : labels.length);
  const at = { yes: indexOf('yes'), no: indexOf('no'), depends: indexOf('depends'), applies: indexOf('applies'), notCovered: indexOf('not-covered') };
  const total = labels.reduce((sum, label) => sum + (labelWiseSamples[label] ?? 0), 0);
  const prior = labels.map((label) => {
    const inLabel = labelWiseSamples[label] ?? 0;
    return Math.log2(inLabel) - Math.log2(total - inLabel);
  });
  const vocabulary: unknown = (JSON.parse(model) as unknown[])[4];
  if (!Array.isArray(vocabulary)) throw new TypeError('second opinion model: no vocabulary');
  // Each feature's share of every label's log odds, as one flat row per feature (labels in `labels` order), found by
  // the feature's row number; `countedIn` holds the call that last counted each row. A row is worked out the first
  // time a question holds its feature: working out all of them at load took a noticeable part of the bot's start.
  const width = labels.length;
  const rows = new Map<string, number>();
  (vocabulary as string[]).forEach((feature, row) => rows.set(feature, row));
  const shares = new Float64Array((vocabulary as string[]).length * width);
  const workedOut = new Uint8Array((vocabulary as string[]).length);
  const workOut = (row: number, feature: string): void => {
    for (const [label, labelOdds] of classifier.computeOdds([feature])) {
      const index = labels.indexOf(label);
      if (index >= 0) shares[row * width + index] = labelOdds - (prior[index] ?? 0);
    }
    workedOut[row] = 1;
  };
  const addShares = (odds: Float64Array, row: number): void => {
    for (let index = 0, at = row * width; index < width; index += 1, at += 1) odds[index] = (odds[index] ?? 0) + (shares[at] ?? 0);
  };
  const countedIn = new Uint32Array((vocabulary as string[]).length);
  let calls = 0;
  // The rows of a word's known features, in the order of `features`: looked up once per word, not three times per use.
  const rowsOfWord = new Map<string, readonly number[]>();
  const wordRows = (token: string): readonly number[] => {
    let known = rowsOfWord.get(token);
    if (known) return known;
    known = featuresOfWord(token).flatMap((feature) => {
      const row = rows.get(feature);
      if (row === undefined) return [];
      if (workedOut[row] === 0) workOut(row, feature);
      return [row];
    });
    if (rowsOfWord.size >= WORD_MEMO_LIMIT) rowsOfWord.clear();
    rowsOfWord.set(token, known);
    return known;
  };
  return {
    opinion(question, extra = []) {
      calls += 1;
      const odds = Float64Array.from(prior);
      let known = 0;
      // Presence only, as trained: a feature counts once however often it occurs.
      for (const token of tokenize(normalize(question))) {
        for (const row of wordRows(token)) {
          if (countedIn[row] === calls) continue;
          countedIn[row] = calls;
          known += 1;
          addShares(odds, row);
        }
      }
      for (const feature of extra) {
        const row = rows.get(feature);
        if (row === undefined || countedIn[row] === calls) continue;
        if (workedOut[row] === 0) workOut(row, feature);
        countedIn[row] = calls;
        known += 1;
        addShares(odds, row);
      }
      if (known === 0) return undefined;
      let best = 0;
      for (let index = 1; index < odds.length; index += 1) if ((odds[index] ?? 0) > (odds[best] ?? 0)) best = index;
      const verdict = labels[best];
      if (verdict === undefined || !verdicts.has(verdict)) return undefined;
      // One shape for every call, read by index (a verdict the model lacks reads past the end: undefined).
      const byVerdict = { yes: odds[at.yes], no: odds[at.no], depends: odds[at.depends], applies: odds[at.applies], 'not-covered': odds[at.notCovered] };
      return { verdict: verdict as Verdict, probability: 1 / (1 + 2 ** -(odds[best] ?? 0)), odds: byVerdict };
    }
  };
}

/**
 * How sure the model must be that a question is not covered before the rules' yes or no is doubted, in bits of log2
 * odds against all the other verdicts (naive Bayes odds add up over features, so bits are the model's own scale; 20
 * bits is a probability of 0.999999).
 */
export interface DoubtThresholds {
  /** The bar when the rules read the question with every cue, by the rules' verdict. */
  notCovered: Readonly<Record<'yes' | 'no', number>>;
  /**
   * A weak reading: the understanding's confidence is below `below` (it found no word for Microsoft, the customer or
   * communicating, or found a word only through a typo). The rules' yes or no rests on less, so `notCovered` bits
   * (by the rules' verdict) are enough.
   */
  weakReading: Readonly<{ below: number; notCovered: Readonly<Record<'yes' | 'no', number>> }>;
}

/**
 * Whether the second opinion doubts the rules' verdict: a yes or no where the classifier's top verdict is not-covered,
 * sure enough by the thresholds and the confidence of the rules' reading. The model's yes against the rules' no (or
 * the reverse) is not a doubt: cross-validation over authors found it costing right answers and catching no flip
 * (docs/UNDERSTANDING.md). Depends, applies and not-covered are never doubted: they are the answers a doubt leads
 * to, or claim nothing either way.
 */
export function doubts(second: SecondOpinion, question: string, rulesVerdict: Verdict, confidence: number, thresholds: DoubtThresholds): boolean {
  if (rulesVerdict !== 'yes' && rulesVerdict !== 'no') return false;
  const opinion = second.opinion(question);
  if (opinion?.verdict !== 'not-covered') return false;
  const bar = thresholds.notCovered[rulesVerdict];
  const odds = opinion.odds['not-covered'] ?? -Infinity;
  return odds >= (confidence < thresholds.weakReading.below ? Math.min(bar, thresholds.weakReading.notCovered[rulesVerdict]) : bar);
}
