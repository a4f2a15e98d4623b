import type { WordRecord } from './matcher';

/**
 * The word-pattern shortcut (docs/PERFORMANCE.md, "word records"): the patterns and sets of words that readings test
 * every word of a question against, each word's answers to all of them worked out once and remembered. The lowest
 * layer of the understanding: it reads no fact.
 */

/**
 * A pattern for one word that many readings test every word of a question against, mostly in vain ("is any word a
 * verb of selling?"). Each word's answers to all of them are worked out once and remembered, and a question keeps
 * which of them any of its words answers: `Found.holds` then says at once that no word does, and the reading returns
 * without testing each word. Only for patterns without the g or y flag, whose test keeps no state.
 */
export type WordPattern = RegExp & { readonly wordPattern: true };
/**
 * A set of words that readings look for the same way ("is any word 'or' or 'oder'?"): answered once per word with the
 * word patterns, so that `Found.holds` and `Found.wordAt` answer for it too.
 */
export type WordSet = ReadonlySet<string> & { readonly wordPattern: true };
/** Each word pattern's test of one word, by the pattern's number. */
export const WORD_PATTERNS: Array<(word: string) => boolean> = [];
export const WORD_PATTERN_NUMBER = new Map<RegExp | ReadonlySet<string>, number>();

export function wordPattern(pattern: RegExp): WordPattern {
  WORD_PATTERN_NUMBER.set(pattern, WORD_PATTERNS.length);
  WORD_PATTERNS.push((word) => pattern.test(word));
  return pattern as WordPattern;
}

export function wordSet(words: Iterable<string>): WordSet {
  const set = new Set(words);
  WORD_PATTERN_NUMBER.set(set, WORD_PATTERNS.length);
  WORD_PATTERNS.push((word) => set.has(word));
  return set as ReadonlySet<string> as WordSet;
}

/**
 * Each word's answers, a bit per pattern, for as many words as the lexicon's own memo keeps. Most words match no
 * pattern: they share one empty answer, which a question passes over.
 */
const wordAnswers = new Map<string, Int32Array>();
const WORD_ANSWERS_LIMIT = 20_000;
export const NO_ANSWERS = new Int32Array(0);

function answersOf(word: string): Int32Array {
  let answers = wordAnswers.get(word);
  if (answers === undefined) {
    answers = patternAnswers(word);
    if (wordAnswers.size >= WORD_ANSWERS_LIMIT) wordAnswers.clear();
    wordAnswers.set(word, answers);
  }
  return answers;
}

function patternAnswers(word: string): Int32Array {
  let matched: Int32Array | undefined;
  for (let number = 0; number < WORD_PATTERNS.length; number++) {
    if (!(WORD_PATTERNS[number] as (word: string) => boolean)(word)) continue;
    matched ??= new Int32Array((WORD_PATTERNS.length + 31) >>> 5);
    matched[number >>> 5] = (matched[number >>> 5] as number) | (1 << (number & 31));
  }
  return matched ?? NO_ANSWERS;
}

/** A token's answers: kept in the scan's record of the word where there is one, so the word is not looked up again. */
export function answersAt(token: string, record: WordRecord | undefined): Int32Array {
  if (record === undefined || record.word !== token) return answersOf(token);
  record.patterns ??= patternAnswers(token);
  return record.patterns;
}
