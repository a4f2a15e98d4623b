/**
 * Folds text to the form the lexicon is written in: lower case, umlauts as
 * ae/oe/ue, ß as ss, no accents, no invisible characters, punctuation and
 * hyphens as spaces ("Billing-Mails" → "billing mails", "Nicht-CSP" → "nicht csp"),
 * English "n't" as its own token ("don't" → "do n't", "won't" → "will n't"), the ends of sentences (. ! ? and line breaks) as the token "."
 * and the ends of clauses (, ; : ( ) and a dash between spaces) as "," so the understanding can tell which part says what.
 */
const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** ASCII is unchanged by Unicode normalization and has no invisible characters, umlauts or accents to fold. */
const ASCII = /^[\x00-\x7f]*$/;

/**
 * ASCII, German umlauts and the typographic marks German and English text is typed with: Unicode normalization
 * leaves each of them as it is, none is invisible or a combining mark, and lower case maps each alone, so folding
 * them takes only lower case and the umlauts (checked character by character and on random strings in the tests).
 */
const PLAIN_GERMAN = /^[\x00-\x7fäöüßÄÖÜ–—„“”’‘→€«»•°§]*$/;

function foldUnicode(text: string): string {
  if (PLAIN_GERMAN.test(text)) return text.toLowerCase().replace(/[äöüß]/g, (letter) => UMLAUTS[letter] ?? letter);
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
/** "#acctmgmt", "@Jana": a chat's tags and mentions file or address the message; they say nothing of what it asks. */
const TAGS = /(^|[^\p{L}\p{N}&])[#@][\p{L}\p{N}_]+/gu;

/**
 * What thumbs type for a word that is read by its shape elsewhere: "w/" (with), "w/o" (without), "b4" (before),
 * "might've" (might have). Only forms that cannot be anything else; vocabulary abbreviations ("cust", "lic", "Kd.")
 * are the lexicon's.
 */
const THUMB_FORMS = /(^|\s)(?:w\/o|w\/|b4)(?=\s|$)|\b(might|may|could|should|would|must)'?ve\b/g;
const THUMB_WORDS: Record<string, string> = { 'w/o': 'without', 'w/': 'with', b4: 'before' };

/**
 * An arrow between two words ("E3→E5", "1yr -> 3yr", "ms→cust") is kept as its own token: between two plans or terms
 * it is a change of plan, before the customer a message sent to them. The understanding reads which.
 */
export const ARROW = '→';
const ARROWS = /→|->|=>|⇒|⟶|➡/g;
const ANY_ARROW = /[→>⇒⟶➡]/;

/**
 * The full stop of a shortened noun ends no sentence where the next word goes on in lower case: "Kd. hat EA für
 * Windows", "lic. count". Only here is the case still known; shortened prepositions ("wg.", "bzgl.") are the
 * understanding's, since they never end a sentence.
 */
const NOUN_ABBREVIATION_STOPS = /\b(kd|kdn|kdr|cust|custs|lic|lics|sub|subs|acct|mgmt|etc|usw|nr|rg|rgn|liz|inv|invs|downg)\.(?=[ \t]+(\S))/gi;

function withoutNounAbbreviationStops(text: string): string {
  return text.replace(NOUN_ABBREVIATION_STOPS, (whole, word: string, next: string) => (next !== next.toUpperCase() ? word : whole));
}

/**
 * "Kanzlei Roth & Partner", "Müller+Partner mbB", "Smith & Partners": a firm's name, its partners joined to a name in
 * capitals by "&" or "+", names the customer's firm, not the CSP partner. The partners are left out of the name; only
 * here is the case still known.
 */
const FIRM_PARTNERS = /(\p{Lu}[\p{L}.'-]*)[ \t]*[&+][ \t]*[Pp]artner(?:s|n|innen)?\b/gu;

function withoutFirmPartners(text: string): string {
  return text.replace(FIRM_PARTNERS, '$1');
}

/**
 * The distributor ALSO, told from the everyday word "also" only by what the typed text shows, its capitals here still
 * known: "ALSO" written in capitals (not in a text typed all in capitals) where a name stands: with its country or
 * legal form ("ALSO Deutschland", "ALSO GmbH", "ALSO als Distributor"), after a preposition of where or from ("bei
 * ALSO", "von ALSO", "through ALSO"), as the subject a question opens with ("May ALSO email …", "Darf ALSO …",
 * "Informiert ALSO …", "is it ok for ALSO to …", "wenn ALSO …") or a sentence's first word before its verb with
 * Microsoft not named in that sentence ("ALSO writes to the customer …"). Anything else stays the word "also":
 * "Does Microsoft ALSO email them?", "ALSO, does MS …", "Also Microsoft, meine ich.".
 */
export const DISTRIBUTOR_ALSO = 'alsodistributor';
const ALSO_NAMED = /\bALSO(?=\s+(?:Deutschland|Schweiz|Österreich|Oesterreich|Austria|GmbH|AG|Group|Holding|Europe|als\s+(?:Distributor|Disti|Großhändler)|as\s+(?:a\s+|the\s+|our\s+)?(?:distributor|disti))\b)/g;
const ALSO_AFTER = /\b(bei|von|vom|über|ueber|via|through|from|wenn|ob|dass)(\s+)ALSO\b(?![-'’])/g;
const ALSO_FOR_TO = /\bfor(\s+)ALSO(?=\s+to\b)/g;
const ALSO_OPENED = /(^|[.?!:;]\s*|\n\s*)(May|Can|Could|Will|Would|Does|Did|Should|Shall|Must|Darf|Dürfen|Kann|Könnte|Wird|Würde|Soll|Sollte|Muss|[A-ZÄÖÜ][a-zäöüß]+(?:iert|tigt|ickt|eldet|reibt|uft|agt))(\s+)ALSO(?=\s+[a-zäöüß])(?!\s+(?:be|have|get|sein|werden|haben)\b)/g;
const ALSO_FIRST = /(^|[.?!]\s+|\n\s*)ALSO(?=\s+[a-zäöüß]+[st]\b)(?!\s+(?:is|was|has|does|its|this|that|what|whats|just|most|first|last|at|it|lets|not|ist|hat|gibt|geht|nicht|jetzt|erst|mit|meist|fast|sonst|selbst|bist|musst|darfst|kannst|heißt|heisst|steht|kommt|sagt|frägt|fragt|passt|bleibt|braucht|wollt|sollt)\b)([^.?!\n]*)/g;
const SHOUTED_WORDS = /\b[A-ZÄÖÜ]{3,}\b/g;
const ANY_WORDS = /\b[\p{L}]{3,}\b/gu;

function withDistributorAlso(text: string): string {
  const shouted = text.match(SHOUTED_WORDS)?.length ?? 0;
  const words = text.match(ANY_WORDS)?.length ?? 0;
  if (shouted * 3 > words) return text;
  return text
    .replace(ALSO_NAMED, DISTRIBUTOR_ALSO)
    .replace(ALSO_AFTER, (_whole, before: string, space: string) => `${before}${space}${DISTRIBUTOR_ALSO}`)
    .replace(ALSO_FOR_TO, (_whole, space: string) => `for${space}${DISTRIBUTOR_ALSO}`)
    .replace(ALSO_OPENED, (_whole, start: string, opener: string, space: string) => `${start}${opener}${space}${DISTRIBUTOR_ALSO}`)
    .replace(ALSO_FIRST, (whole, start: string, rest: string) => (/\b(Microsoft|MS|Microsofts)\b/.test(rest) ? whole : `${start}${DISTRIBUTOR_ALSO}${rest}`));
}

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
const CONTINUED_LINE = /[ \t]*\n[ \t]*(?=(?:and|und|or|oder|plus|sowie)\s)/g;
const END_MARKS = /\bzz(?:sentence|clause|arrow)zz\b/g;
const SENTENCE_MARK = 'zzsentencezz';
const CLAUSE_MARK = 'zzclausezz';
const ARROW_MARK = 'zzarrowzz';

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
  let country = text.includes('US') || text.includes('U.S') ? asCountry(text) : text;
  if (country.includes('&') || country.includes('+')) country = withoutFirmPartners(country);
  if (country.includes('ALSO')) country = withDistributorAlso(country);
  if (country.includes('. ')) country = withoutNounAbbreviationStops(country);
  let folded = ascii ? country.toLowerCase() : foldUnicode(country);
  if (folded.includes(' us ')) folded = folded.replace(COUNTRY_AFTER_ARTICLE, '$1 usa');
  // Where the text holds no "zz" of its own, every one later is an end mark put in below, between spaces.
  const ownMarksOnly = !folded.includes('zz');
  let normal = folded.includes('@') || folded.includes('http') ? folded.replace(ADDRESSES, ' ') : folded;
  if (normal.includes('#') || normal.includes('@')) normal = normal.replace(TAGS, '$1 ');
  if (!ascii || normal.includes('`')) normal = normal.replace(TYPOGRAPHIC_APOSTROPHES, "'");
  if (normal.includes('/') || normal.includes('b4') || normal.includes("'ve") || normal.includes('tve') || normal.includes('dve')) {
    normal = normal.replace(THUMB_FORMS, (whole, space: string | undefined, modal: string | undefined) =>
      modal !== undefined ? `${modal} have` : `${space ?? ''}${THUMB_WORDS[whole.trim()] ?? whole}`
    );
  }
  if (ANY_ARROW.test(normal)) normal = normal.replace(ARROWS, ' zzarrowzz ');
  // A line that opens with "and", "und", "or" goes on with the sentence before it: "… re defender vuln⏎and E5 trial ending?"
  if (normal.includes('\n')) normal = normal.replace(CONTINUED_LINE, ' zzclausezz ');
  normal = normal.replace(SENTENCE_ENDS, ' zzsentencezz ').replace(CLAUSE_ENDS, ' zzclausezz ');
  const apostrophe = normal.includes("'");
  // In this order: the space before "n't" ends a word, so "'sn't" loses its "'s" too.
  // "won't" is "will n't": split after "wo", its "wo" would be German "where" to every reading (the answer's language
  // among them: "E5 renewal: won't MS mail?" was answered in German)
  if (apostrophe) normal = (normal.includes("won't") ? normal.replace(WONT, "will n't") : normal).replace(NOT_ENDING, " n't").replace(POSSESSIVE_ENDING, '');
  normal = normal.replace(NON_WORD_RUN, ' ');
  if (apostrophe) normal = normal.replace(LOOSE_APOSTROPHES, ' ');
  normal = normal.trim();
  if (ownMarksOnly) normal = withMarksAsEnds(normal);
  else if (normal.includes('zz')) normal = normal.replace(END_MARKS, (mark) => (mark === SENTENCE_MARK ? SENTENCE_END : mark === ARROW_MARK ? ARROW : CLAUSE_END));
  // Only the ends are "." and "," now: a run of them, or one at either end, is looked for only where one can be.
  // A run of ends is one end, the stronger one: "…, us or MS? (we only do CSP for him)" ends a sentence.
  if (normal.includes('. .') || normal.includes('. ,') || normal.includes(', .') || normal.includes(', ,')) {
    normal = normal.replace(END_RUNS, (run) => (run.includes(SENTENCE_END) ? SENTENCE_END : CLAUSE_END));
  }
  if (normal.startsWith(SENTENCE_END) || normal.startsWith(CLAUSE_END) || normal.endsWith(` ${SENTENCE_END}`) || normal.endsWith(` ${CLAUSE_END}`)) {
    normal = normal.replace(ENDS_AT_EDGES, '');
  }
  return normal.trim();
}

/**
 * The end marks put in above as the ends they stand for, in one pass from "zz" to "zz" (three `replaceAll`s cost twice
 * as much): for a text whose every "zz" is a mark put in (`ownMarksOnly`); a "zz" that opens no mark is kept as it is.
 */
function withMarksAsEnds(text: string): string {
  let at = text.indexOf('zz');
  if (at < 0) return text;
  let read = '';
  let from = 0;
  while (at >= 0) {
    const mark = text.startsWith(SENTENCE_MARK, at) ? SENTENCE_MARK : text.startsWith(CLAUSE_MARK, at) ? CLAUSE_MARK : text.startsWith(ARROW_MARK, at) ? ARROW_MARK : undefined;
    if (mark === undefined) {
      at = text.indexOf('zz', at + 1);
      continue;
    }
    read += text.slice(from, at) + (mark === SENTENCE_MARK ? SENTENCE_END : mark === CLAUSE_MARK ? CLAUSE_END : ARROW);
    from = at + mark.length;
    at = text.indexOf('zz', from);
  }
  return read + text.slice(from);
}

const NOT_ENDING = /n't\b/g;
const WONT = /\bwon't\b/g;
const POSSESSIVE_ENDING = /'s\b/g;
const LOOSE_APOSTROPHES = /(^|\s)'+|'+(?=\s|$)/g;
const END_RUNS = /[.,](?: [.,])+(?= |$)/g;
const ENDS_AT_EDGES = /^(?:[.,] ?)+|(?: [.,])+$/g;

/**
 * "a US county", "U.S. agencies": the country, not the partner's "us". Written in capitals only where the rest of the
 * message is not shouted; typed in lower case only after an article ("a us county"), where "us" cannot be the partner.
 */
const US_IN_CAPITALS = /\bU\.S\.(?=\s|$)|\bU\.S\b|\bUS\b/g;
const COUNTRY_AFTER_ARTICLE = /\b(a|the) us\b(?= [a-z])/g;
function asCountry(text: string): string {
  return /[a-z]/.test(text) ? text.replace(US_IN_CAPITALS, (us: string, at: number) => (us === 'US' && stressedUs(text, at) ? us : 'USA')) : text;
}

/**
 * "who sends US our invoice?", "does MS tell US first?", "does ms tell US when …": the partner stressed, between a verb
 * of reaching and its object or the clause that says when. Every verb of reaching, in every form: "will MS warn US
 * before …", "alerted US", "remind US when …", "let US know" read like "tell US".
 */
const REACHING_BEFORE =
  /\b(send|sends|sent|tell|tells|told|give|gives|email|emails|emailed|mail|mails|mailed|notify|notifies|notified|inform|informs|informed|contact|contacts|contacted|bill|bills|billed|invoice|invoices|invoiced|charge|charges|charged|call|calls|called|let|lets|cc|warn|warns|warned|alert|alerts|alerted|remind|reminds|reminded|advise|advises|advised|message|messages|messaged|ping|pings|pinged|phone|phones|phoned|write|writes|wrote|brief|briefs|briefed|update|updates|updated)\s+$/i;
const OBJECT_AFTER =
  /^\s*(?:$|[?!.,;:]|(our|the|a|an|any|directly|direct|first|too|about|as|and|or|instead|when|whenever|if|once|before|after|whether|b4|ahead|in advance|know|of|in time|beforehand|early)\b)/i;
function stressedUs(text: string, at: number): boolean {
  return REACHING_BEFORE.test(text.slice(Math.max(0, at - 12), at)) && OBJECT_AFTER.test(text.slice(at + 2, at + 14));
}

/**
 * The normalised text split at its spaces, empty words kept (`text.split(' ')`): the passes over one question's text
 * (umlauts restored, wrong words mended, the tokens) and ask()'s second opinion split the same text, and share this
 * one split of the text last split, whose words' hashes the first pass's look-ups have worked out. Read only: a pass
 * that changes words changes a copy.
 */
let lastSplit: string | undefined;
let lastWords: readonly string[] = [];
/** `lastWords` without empty words, made the first time `tokenize` asks for them. */
let lastTokens: readonly string[] | undefined;

export function wordsOf(text: string): readonly string[] {
  if (text !== lastSplit) {
    lastWords = text.split(' ');
    lastTokens = undefined;
    lastSplit = text;
  }
  return lastWords;
}

/** The tokens of a normalised text: its words between single spaces, a fresh array of the shared split's words. */
export function tokenize(normalized: string): string[] {
  const words = wordsOf(normalized);
  lastTokens ??= words.includes('') ? words.filter((token) => token !== '') : words;
  return lastTokens.slice();
}
