/**
 * Folds text to the form the lexicon is written in: lower case, umlauts as
 * ae/oe/ue, ß as ss, no accents, no invisible characters, punctuation and
 * hyphens as spaces ("Billing-Mails" → "billing mails", "Nicht-CSP" → "nicht csp"),
 * English "n't" as its own token ("won't" → "won n't").
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

export function normalize(text: string): string {
  return (ASCII.test(text) ? text.toLowerCase() : foldUnicode(text))
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/n't\b/g, " n't")
    .replace(/'s\b/g, '')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .replace(/(^|\s)'+|'+(?=\s|$)/g, ' ')
    .trim();
}

export function tokenize(normalized: string): string[] {
  return normalized.length === 0 ? [] : normalized.split(' ');
}
