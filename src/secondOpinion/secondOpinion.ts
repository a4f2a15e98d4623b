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

/** The model as wink's exportJSON writes it: its config, samples per label, feature counts per label, words per label, vocabulary. */
type WinkModel = [
  { smoothingFactor: number },
  Record<string, number>,
  Record<string, Record<string, number | undefined>>,
  Record<string, number>,
  string[]
];

/** What an opinion needs of the model: the labels (sorted), their prior log odds, and each feature's row of shares. */
interface Shares {
  labels: string[];
  prior: number[];
  rows: FeatureRows;
  shares: Float64Array;
}

/**
 * The model's features and their row numbers, held compactly: the features sorted and written one after the other in
 * one string, with where each starts, and found by halving. A Map of 20,000 strings held 1.4 MB of live heap; this
 * holds about a quarter of it. It is asked only the first time a word is seen (the rows of each word are remembered)
 * and for the few extra features of a call.
 */
class FeatureRows {
  private readonly text: string;
  private readonly starts: Int32Array;
  private readonly rowOf: Int32Array;

  /** From a Map of each feature to its row: its last row, for a feature listed twice. */
  constructor(rows: ReadonlyMap<string, number>) {
    const sorted = [...rows.keys()].sort();
    this.text = sorted.join('');
    this.starts = new Int32Array(sorted.length + 1);
    this.rowOf = new Int32Array(sorted.length);
    let at = 0;
    sorted.forEach((feature, index) => {
      this.starts[index] = at;
      this.rowOf[index] = rows.get(feature) as number;
      at += feature.length;
    });
    this.starts[sorted.length] = at;
  }

  /** The feature's row, or undefined when the model does not know it. */
  get(feature: string): number | undefined {
    let low = 0;
    let high = this.rowOf.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const start = this.starts[middle] as number;
      const length = (this.starts[middle + 1] as number) - start;
      // The same order as sort(): by UTF-16 code units, then the shorter first.
      let order = 0;
      const common = Math.min(feature.length, length);
      for (let offset = 0; offset < common && order === 0; offset += 1) order = feature.charCodeAt(offset) - this.text.charCodeAt(start + offset);
      if (order === 0) order = feature.length - length;
      if (order === 0) return this.rowOf[middle];
      if (order < 0) high = middle - 1;
      else low = middle + 1;
    }
    return undefined;
  }
}

/**
 * The shares of a model made by `train`, worked out in a function of their own so that no closure of the opinion
 * keeps the parsed model (a closure keeps every variable its function's inner functions use).
 */
function sharesOf(model: string): Shares {
  const parsed = JSON.parse(model) as unknown;
  if (!Array.isArray(parsed) || parsed.length !== 5 || !Array.isArray(parsed[4]) || [0, 1, 2, 3].some((index) => typeof parsed[index] !== 'object' || parsed[index] === null)) {
    throw new TypeError('second opinion model: not a model made by train');
  }
  const [config, samples, count, words, vocabulary] = parsed as WinkModel;
  // wink's order of labels (its consolidate: the keys of samples as learned), for its sums; ours, sorted, for the rows.
  const winkLabels = Object.keys(samples);
  const labels = [...winkLabels].sort();
  const total = labels.reduce((sum, label) => sum + (samples[label] ?? 0), 0);
  const prior = labels.map((label) => {
    const inLabel = samples[label] ?? 0;
    return Math.log2(inLabel) - Math.log2(total - inLabel);
  });
  // As wink: the vocabulary's size counts each feature once, however often the file lists it.
  const vocabularySize = new Set(vocabulary).size;
  const smoothing = config.smoothingFactor;
  // train always smooths (wink's odds without smoothing are another formula, which no model of ours needs).
  if (!(smoothing > 0)) throw new TypeError('second opinion model: not a model made by train (no smoothing)');
  // The same terms with what is the same for every feature taken out of the loop: wink's sums of samples and words are
  // sums of whole numbers, so their order does not matter, and each log2 it takes of them is the same number every time.
  const logOf = (value: number): number => Math.log2(value);
  let sum = 0;
  for (const label of winkLabels) sum += samples[label] as number;
  const allWords = winkLabels.reduce((all, label) => all + (words[label] as number), 0);
  const inLabelDenominator = winkLabels.map((label) => logOf((words[label] as number) + vocabularySize * smoothing));
  const outOfLabelDenominator = winkLabels.map((label) => logOf(allWords - (words[label] as number) + vocabularySize * smoothing));
  const inLabelPrior = winkLabels.map((label) => logOf(samples[label] as number) - logOf(sum));
  const outOfLabelPrior = winkLabels.map((label) => logOf(sum - (samples[label] as number)) - logOf(sum));
  const shareIndex = winkLabels.map((label) => labels.indexOf(label));
  const odds = new Float64Array(winkLabels.length);
  // Each feature's share of every label's log odds, as one flat row per feature (labels in `labels` order), found by
  // the feature's row number. A feature listed twice keeps its last row, as a Map filled in order does.
  const width = labels.length;
  const rows = new Map<string, number>();
  vocabulary.forEach((feature, row) => rows.set(feature, row));
  const shares = new Float64Array(vocabulary.length * width);
  // Every feature's count under each label (wink's label order), read from the counts' own keys: a feature a label
  // lacks counts 0, as wink's `count[label][w] || 0` makes it.
  const labelCount = winkLabels.length;
  const featureCounts = new Float64Array(vocabulary.length * labelCount);
  winkLabels.forEach((label, index) => {
    const counted = count[label] ?? {};
    for (const feature of Object.keys(counted)) {
      const row = rows.get(feature);
      const found = counted[feature] || 0;
      if (typeof found !== 'number') throw new TypeError('second opinion model: not a model made by train (a count is no number)');
      if (row !== undefined) featureCounts[row * labelCount + index] = found;
    }
  });
  for (const row of rows.values()) {
    let all = 0;
    for (let index = 0; index < labelCount; index += 1) all += featureCounts[row * labelCount + index] as number;
    let best = -Infinity;
    for (let index = 0; index < labelCount; index += 1) {
      const inLabel = featureCounts[row * labelCount + index] as number;
      let lh = logOf(inLabel + smoothing) - (inLabelDenominator[index] as number);
      let ilh = lh === 0 ? 0 : logOf(all - inLabel + smoothing) - (outOfLabelDenominator[index] as number);
      if (lh !== 0) {
        lh += inLabelPrior[index] as number;
        ilh += outOfLabelPrior[index] as number;
      }
      odds[index] = lh - ilh;
      best = Math.max(best, lh - ilh);
    }
    // wink's computeOdds answers "unknown" when the best odds are 0: no label gets a share.
    if (best === 0) continue;
    for (let index = 0; index < labelCount; index += 1) {
      const at = shareIndex[index] as number;
      shares[row * width + at] = (odds[index] as number) - (prior[at] ?? 0);
    }
  }
  return { labels, prior, rows: new FeatureRows(rows), shares };
}

/**
 * Loads a model made by `train`. Naive Bayes log odds add up over features, so each feature's share of every label's
 * odds is worked out once here and a question's odds are their sum (the same figure wink's computeOdds gives for the
 * whole question, checked by the tests); wink recomputes every term on every call, far too slow beside the rules.
 * The shares are wink's own arithmetic for one feature (its odds, logLikelihood and inverseLogLikelihood: the same
 * terms, added in the same order, so the same numbers to the last bit), done for every feature at load from the
 * parsed model, which is then let go: keeping wink's classifier for the first use of each feature held its counts
 * (five objects of up to 11,000 keys) and its vocabulary Set, 3.2 MB of live heap for the life of the process, and each
 * MB of live heap costs several of resident memory under load (docs/PERFORMANCE.md, "A smaller live heap").
 */
export function loadSecondOpinion(model: string): SecondOpinion {
  const { labels, prior, rows, shares } = sharesOf(model);
  const width = labels.length;
  const indexOf = (verdict: Verdict): number => (labels.includes(verdict) ? labels.indexOf(verdict) : labels.length);
  const at = { yes: indexOf('yes'), no: indexOf('no'), depends: indexOf('depends'), applies: indexOf('applies'), notCovered: indexOf('not-covered') };
  const addShares = (odds: Float64Array, row: number): void => {
    for (let index = 0, at = row * width; index < width; index += 1, at += 1) odds[index] = (odds[index] ?? 0) + (shares[at] ?? 0);
  };
  const countedIn = new Uint32Array(shares.length / Math.max(1, width));
  let calls = 0;
  // The rows of a word's known features, in the order of `features`: looked up once per word, not three times per use.
  const rowsOfWord = new Map<string, readonly number[]>();
  const wordRows = (token: string): readonly number[] => {
    let known = rowsOfWord.get(token);
    if (known) return known;
    known = featuresOfWord(token).flatMap((feature) => {
      const row = rows.get(feature);
      return row === undefined ? [] : [row];
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
