/**
 * Folds text to the form the lexicon is written in: lower case, umlauts as
 * ae/oe/ue, ß as ss, no accents, no invisible characters, punctuation and
 * hyphens as spaces ("Billing-Mails" → "billing mails", "Nicht-CSP" → "nicht csp"),
 * English "n't" as its own token ("won't" → "won n't"), and the ends of sentences and clauses (. , ; : ! ? ( ) and a
 * dash between spaces) as the token "." so the understanding can tell which clause says what.
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

/** The token that stands for the end of a clause. */
export const CLAUSE_END = '.';

export function normalize(text: string): string {
  return (ASCII.test(text) ? text.toLowerCase() : foldUnicode(text))
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/(?:[,;!?()\[\]]|[.:](?=\s|$)|\s[-\u2013\u2014>]+\s|\s\+\s|\s\/\s)+/g, ' zzclausezz ')
    .replace(/n't\b/g, " n't")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, ' ')
    .trim()
    .replace(/\bzzclausezz\b/g, CLAUSE_END)
    .replace(/^(?:\. ?)+|(?: \.)+$/g, '')
    .replace(/\. (?:\. )+/g, '. ');
}

export function tokenize(normalized: string): string[] {
  return normalized.length === 0 ? [] : normalized.split(' ');
}
