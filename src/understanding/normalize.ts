/**
 * Folds text to the form the lexicon is written in: lower case, umlauts as
 * ae/oe/ue, ß as ss, no accents, no invisible characters, punctuation and
 * hyphens as spaces ("Billing-Mails" → "billing mails", "Nicht-CSP" → "nicht csp"),
 * English "n't" as its own token ("won't" → "won n't"), the ends of sentences (. ! ? and line breaks) as the token "."
 * and the ends of clauses (, ; : ( ) and a dash between spaces) as "," so the understanding can tell which part says what.
 */
const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** ASCII is unchanged by Unicode normalization and has no invisible characters, umlauts or accents to fold. */
const ASCII = /^[\x00-\x7f]*$/;

function foldUnicode(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => UMLAUTS[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** Mail addresses and links: their words ("microsoft.com", "noreply") are not what a question says. */
const ADDRESSES = /<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?|https?:\/\/\S+/g;

/** The token that stands for the end of a sentence, and the one for the end of a clause within a sentence. */
export const SENTENCE_END = '.';
export const CLAUSE_END = ',';
/** Either kind of end. */
export function isBreak(token: string): boolean {
  return token === SENTENCE_END || token === CLAUSE_END;
}

/** Runs of characters that are no letter, digit or apostrophe, except a lone space, which would stay as it is. */
const NON_WORD_RUN = /[^\p{L}\p{N}' ][^\p{L}\p{N}']*| [^\p{L}\p{N}']+/gu;
const TYPOGRAPHIC_APOSTROPHES = /[\u2018\u2019\u02bc`´]/g;
// A full stop right before a closing quote ends the sentence too: „… Ansprechpartner.“ Darf Microsoft das?
const SENTENCE_ENDS = /(?:[!?\n]|\.(?=[\s"'“”„»«]|$))+/g;
const CLAUSE_ENDS = /(?:[,;()\[\]]|:(?=\s|$)|\s[-\u2013\u2014>]+\s|\s\+\s|\s\/\s)+/g;
const END_MARKS = /\bzz(?:sentence|clause)zz\b/g;

/**
 * ask() normalises a question twice in a row, for the understanding and for the second opinion: the second time
 * gives back the first result. Only the text just normalised is remembered, so no other question is ever answered
 * from it.
 */
let lastText: string | undefined;
let lastNormal = '';

export function normalize(text: string): string {
  if (text !== lastText) {
    lastNormal = normalizeAnew(text);
    lastText = text;
  }
  return lastNormal;
}

/**
 * One pass per step over the text, and a step only where its characters occur (most questions have no typographic
 * apostrophe, no "n't", no address): the understanding and the second opinion normalise every question.
 */
function normalizeAnew(text: string): string {
  const ascii = ASCII.test(text);
  const country = text.includes('US') || text.includes('U.S') ? asCountry(text) : text;
  let folded = ascii ? country.toLowerCase() : foldUnicode(country);
  if (folded.includes(' us ')) folded = folded.replace(COUNTRY_AFTER_ARTICLE, '$1 usa');
  let normal = folded.includes('@') || folded.includes('http') ? folded.replace(ADDRESSES, ' ') : folded;
  if (!ascii || normal.includes('`')) normal = normal.replace(TYPOGRAPHIC_APOSTROPHES, "'");
  normal = normal.replace(SENTENCE_ENDS, ' zzsentencezz ').replace(CLAUSE_ENDS, ' zzclausezz ');
  const apostrophe = normal.includes("'");
  // In this order: the space before "n't" ends a word, so "'sn't" loses its "'s" too.
  if (apostrophe) normal = normal.replace(/n't\b/g, " n't").replace(/'s\b/g, '');
  normal = normal.replace(NON_WORD_RUN, ' ');
  if (apostrophe) normal = normal.replace(/(^|\s)'+|'+(?=\s|$)/g, ' ');
  normal = normal.trim();
  if (normal.includes('zz')) normal = normal.replace(END_MARKS, (mark) => (mark === 'zzsentencezz' ? SENTENCE_END : CLAUSE_END));
  return (
    normal
      // A run of ends is one end, the stronger one: "…, us or MS? (we only do CSP for him)" ends a sentence.
      .replace(/[.,](?: [.,])+(?= |$)/g, (run) => (run.includes(SENTENCE_END) ? SENTENCE_END : CLAUSE_END))
      .replace(/^(?:[.,] ?)+|(?: [.,])+$/g, '')
      .trim()
  );
}

/**
 * "a US county", "U.S. agencies": the country, not the partner's "us". Written in capitals only where the rest of the
 * message is not shouted; typed in lower case only after an article ("a us county"), where "us" cannot be the partner.
 */
const US_IN_CAPITALS = /\bU\.S\.(?=\s|$)|\bU\.S\b|\bUS\b/g;
const COUNTRY_AFTER_ARTICLE = /\b(a|the) us\b(?= [a-z])/g;
function asCountry(text: string): string {
  return /[a-z]/.test(text) ? text.replace(US_IN_CAPITALS, 'USA') : text;
}

export function tokenize(normalized: string): string[] {
  return normalized.length === 0 ? [] : normalized.split(' ').filter((token) => token !== '');
}
