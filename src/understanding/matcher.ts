import { distance } from 'fastest-levenshtein';
import type { Language } from '../language/language';
import { isBreak } from './normalize';
import { decidingWords, functionWords, institutionalNames, lexicon, notDecidingSlips, products, realWords, type Concept } from './lexicon';

/** A concept found in a question, where it was found and how. */
export interface Match {
  concept: Concept;
  /** Token index of the match's first token. */
  at: number;
  /** Found only by tolerating a typo. */
  fuzzy: boolean;
  /**
   * Found in a word read with two swapped letters put back ("Werebangebote" as "Werbeangebote"): as sure as spelt,
   * since only one way to mend it makes a word, yet a slip the answer's confidence reflects.
   */
  mended?: true;
  /** Tokens covered, when more than one (a phrase). */
  span?: number;
}

export interface ProductMatch {
  name: string;
  channel?: 'csp' | 'non-csp';
  at: number;
  /** How many tokens the name takes. */
  length: number;
}

export interface Scan {
  tokens: string[];
  matches: Match[];
  products: ProductMatch[];
  /** Evidence for each language: function words and language-specific vocabulary. */
  languageScore: Record<Language, number>;
  /**
   * Each token's remembered record, where the scan looked the token up (undefined where a later step put in a token of
   * its own): what the understanding works out once per word is kept there, so a question looks each word up once.
   */
  words?: ReadonlyArray<WordRecord | undefined>;
}

/** What is remembered of one typed word across questions, with the scan's own reading of it. */
export interface WordRecord {
  readonly word: string;
  /** The deciding word it is with two neighbouring letters swapped back ("nus" → "uns"), or undefined. */
  readonly decidingSlip: string | undefined;
  /** The understanding's answers for this word to its word patterns, worked out the first time they are asked for. */
  patterns: Int32Array | undefined;
}

interface Sense {
  concept: Concept;
  /** The language whose list alone holds this form, or undefined when both do. */
  language: Language | undefined;
}

/**
 * The concepts that say what a question is about. Between them the most specific form wins: a phrase over the
 * single words inside it ("switched off" is a retirement, not a "switch" of plan; "holiday card" is a greeting, not a
 * payment card), and a longer form over a shorter one in the same word ("offerte" is a quote, not an "offer*";
 * "kostenlos" is free, not "kosten").
 */
const TOPIC_CONCEPTS: ReadonlySet<Concept> = new Set([
  'billing', 'billingWeak', 'operational', 'operationalWeak', 'marketing', 'quote', 'creditCard', 'elsewhere', 'general', 'idiom'
]);

interface Phrase {
  parts: string[];
  senses: Sense[];
}

/**
 * The product names a word may open, by their second word: "microsoft" opens dozens ("Microsoft 365", "Microsoft
 * Teams", "Microsoft Entra ID" …), and only those that go on with the next word need a look.
 */
interface ProductsOpenedBy {
  /** Names of two words or more by their second word when it is a whole word, longest first. */
  bySecond: Map<string, ProductPhrase[]>;
  /** Names whose second word is a stem ("azure plan*"), longest first. */
  stemSecond: ProductPhrase[];
  /** The name that is this word alone. */
  single: ProductPhrase | undefined;
}

interface ProductPhrase {
  parts: string[];
  name: string;
  channel?: 'csp' | 'non-csp';
}

interface TokenSenses {
  senses: Sense[];
  /** How many of the senses, at the end of the list, were found only by tolerating a typo. */
  guessed: number;
}

const MIN_COMPOUND_PART = 4;
/** Domain nouns travel between the languages ("Billing-Mails", "Incident"): weaker evidence of the language than verbs. */
const BORROWED_CONCEPTS: ReadonlySet<Concept> = new Set(['billing', 'billingWeak', 'operational', 'operationalWeak', 'marketing']);
const MIN_FUZZY_LENGTH = 7;
/**
 * Names of places, clouds and portals ("GCC High", "EU Data Boundary", "Azure West Europe") are written the same in a
 * German question as in an English one: they say nothing of the language it is in.
 */
const PLACE_NAMES: ReadonlySet<Concept> = new Set(['scopeTarget']);
/** Only domain words are looked for inside German compounds ("Dienst|ausfall"); "weiter|ge|leite|t" is no order. */
const COMPOUND_CONCEPTS: ReadonlySet<Concept> = new Set([
  'microsoft', 'customer', 'communicate', 'billing', 'billingWeak', 'operational', 'marketing', 'relationship',
  'ownAgreement', 'scopeTarget', 'policyRef', 'quote', 'creditCard', 'general', 'direct', 'buy'
]);

/**
 * Only words that carry the domain are guessed through a typo ("Rechnug", "custmer"): guessing an order to the bot,
 * a greeting or a negation from a misspelt word would turn a question into something else.
 */
const FUZZY_CONCEPTS: ReadonlySet<Concept> = new Set([
  'microsoft', 'customer', 'communicate', 'receive', 'billing', 'billingWeak', 'operational', 'marketing', 'relationship',
  'ownAgreement', 'buy', 'direct', 'scopeTarget', 'policyRef', 'apply', 'quote', 'creditCard', 'general', 'uncertain'
]);
/** Inside a German compound a typo is looked for only in these, at the word's start or end ("Zhalungs|erinnerung"). */
const COMPOUND_FUZZY_CONCEPTS: ReadonlySet<Concept> = new Set([
  'communicate', 'billing', 'billingWeak', 'operational', 'marketing', 'relationship', 'ownAgreement', 'quote', 'general'
]);
const MIN_COMPOUND_FUZZY = 10;
/** Inside a phrase or a product name the words around confirm a guess, so shorter words are guessed there too. */
const MIN_PHRASE_WORD_FUZZY = 4;
const MIN_PRODUCT_WORD_FUZZY = 5;
const TOKEN_MEMO_LIMIT = 20_000;

function isStem(form: string): boolean {
  return form.endsWith('*');
}

/** Compared letter by letter: this runs for every word that may open a phrase, and a slice would be made each time. */
function partMatches(pattern: string, token: string): boolean {
  const stemLength = pattern.length - 1;
  if (pattern.charCodeAt(stemLength) !== STEM_MARK) return token === pattern;
  if (token.length < stemLength) return false;
  for (let at = 0; at < stemLength; at++) if (token.charCodeAt(at) !== pattern.charCodeAt(at)) return false;
  return true;
}

const STEM_MARK = 0x2a;

/** The lexicon compiled once into lookup tables: exact words, stems, compound parts, phrases, fuzzy candidates. */
class CompiledLexicon {
  readonly exact = new Map<string, Sense[]>();
  readonly stems = new Map<string, Sense[]>();
  readonly compoundParts = new Map<string, Sense[]>();
  /** Phrases by their first word, then by their second word when that is a whole word ("*" when it is a stem). */
  readonly phrasesByFirstWords = new Map<string, Map<string, Phrase[]>>();
  /**
   * Phrases whose first word is a stem ("ungenutzt* lizenz*"), by that stem without its mark, then as above: a word
   * opens them when it starts with the stem. Looked up once per word (the word's record is remembered).
   */
  readonly phrasesByFirstStem = new Map<string, Map<string, Phrase[]>>();
  readonly minFirstStemLength: number;
  readonly maxFirstStemLength: number;
  readonly productsByFirstWord = new Map<string, ProductsOpenedBy>();
  readonly fuzzyCandidates: Array<{ form: string; squashed: string; stem: boolean; senses: Sense[] }> = [];
  /** German domain words a compound may hold with a typo: at least five letters, umlauts squashed. */
  readonly compoundCandidates: Array<{ form: string; squashed: string; senses: Sense[] }> = [];
  readonly functionWords: Record<Language, ReadonlySet<string>> = {
    en: new Set(functionWords.en),
    de: new Set(functionWords.de)
  };
  /** Whole words of phrases and product names by first letter, for a misspelt word inside one ("certifiacte expiring"). */
  readonly phraseWordsByFirstLetter = new Map<string, string[]>();
  /** Every whole word of a phrase or a product name, however short ("data" in "data centre", "m365"). */
  readonly namingWords = new Set<string>();
  readonly maxStemLength: number;
  readonly maxCompoundPartLength: number;
  /** Everyday words never read as a typo: whole words, and stems by their letters. */
  readonly realWords = new Set<string>();
  readonly realWordStems: string[] = [];
  /** A deciding word typed with two neighbouring letters swapped, to the word ("nus" → "uns", "tielt" → "teilt"). */
  readonly decidingSlips: ReadonlyMap<string, string>;

  constructor() {
    // The tables hold the lexicon's own strings and one Sense per concept and language, and a phrase's words once
    // each, not a copy per form: the same lookups in less live heap (docs/PERFORMANCE.md, "A smaller live heap").
    const languagesOf = new Map<string, { concept: Concept; form: string; languages: Set<Language> }>();
    for (const [concept, forms] of Object.entries(lexicon) as Array<[Concept, (typeof lexicon)[Concept]]>) {
      for (const language of ['en', 'de'] as const) {
        for (const form of forms[language]) {
          const key = `${concept}\u0000${form}`;
          const seen = languagesOf.get(key) ?? { concept, form, languages: new Set<Language>() };
          seen.languages.add(language);
          languagesOf.set(key, seen);
        }
      }
    }
    const sharedSenses = new Map<string, Sense>();
    const senseOf = (concept: Concept, language: Language | undefined): Sense => {
      const key = `${concept}\u0000${language ?? ''}`;
      let sense = sharedSenses.get(key);
      if (!sense) sharedSenses.set(key, (sense = { concept, language }));
      return sense;
    };
    const words = new Map<string, string>();
    const wordsOf = (form: string): string[] =>
      form.split(' ').map((word) => {
        const known = words.get(word);
        if (known !== undefined) return known;
        words.set(word, word);
        return word;
      });
    for (const { concept, form, languages } of languagesOf.values()) {
      const named = PLACE_NAMES.has(concept);
      const sense = senseOf(concept, languages.size === 1 && !named ? [...languages][0] : undefined);
      if (form.includes(' ')) {
        const parts = wordsOf(form);
        const written = parts[0] as string;
        const table = isStem(written) ? this.phrasesByFirstStem : this.phrasesByFirstWords;
        const first = isStem(written) ? written.slice(0, -1) : written;
        const second = isStem(parts[1] as string) ? '*' : (parts[1] as string);
        const bySecond = table.get(first) ?? new Map<string, Phrase[]>();
        const list = bySecond.get(second) ?? [];
        const existing = list.find((phrase) => phrase.parts.join(' ') === form);
        if (existing) existing.senses.push(sense);
        else list.push({ parts, senses: [sense] });
        bySecond.set(second, list);
        table.set(first, bySecond);
        continue;
      }
      const table = isStem(form) ? this.stems : this.exact;
      const bare = isStem(form) ? form.slice(0, -1) : form;
      push(table, bare, sense);
      if (languages.has('de') && bare.length >= MIN_COMPOUND_PART && COMPOUND_CONCEPTS.has(concept)) push(this.compoundParts, bare, sense);
    }
    for (const [form, senses] of [...this.exact, ...this.stems]) {
      const content = senses.filter((sense) => FUZZY_CONCEPTS.has(sense.concept));
      if (form.length >= MIN_FUZZY_LENGTH - 1 && content.length > 0) {
        this.fuzzyCandidates.push({ form, squashed: squashUmlauts(form), stem: this.stems.has(form), senses: content });
      }
    }
    for (const [part, senses] of this.compoundParts) {
      const content = senses.filter((sense) => COMPOUND_FUZZY_CONCEPTS.has(sense.concept));
      if (part.length >= 5 && content.length > 0) this.compoundCandidates.push({ form: part, squashed: squashUmlauts(part), senses: content });
    }
    const productPhrases: ProductPhrase[] = [];
    for (const product of products) {
      for (const form of product.forms) {
        const parts = wordsOf(form);
        const phrase: ProductPhrase = { parts, name: product.name, ...(product.channel ? { channel: product.channel } : {}) };
        productPhrases.push(phrase);
        const first = (parts[0] as string).replace(/\*$/, '');
        const opened = this.productsByFirstWord.get(first) ?? { bySecond: new Map<string, ProductPhrase[]>(), stemSecond: [], single: undefined };
        this.productsByFirstWord.set(first, opened);
        const second = parts[1];
        if (second === undefined) {
          opened.single ??= phrase;
          continue;
        }
        const list = isStem(second) ? opened.stemSecond : (opened.bySecond.get(second) ?? []);
        list.push(phrase);
        list.sort((a, b) => b.parts.length - a.parts.length);
        if (!isStem(second)) opened.bySecond.set(second, list);
      }
    }
    const firstStemLengths = [...this.phrasesByFirstStem.keys()].map((stem) => stem.length);
    this.minFirstStemLength = Math.min(Infinity, ...firstStemLengths);
    this.maxFirstStemLength = Math.max(0, ...firstStemLengths);
    const phraseWords = new Set<string>();
    for (const bySecond of [...this.phrasesByFirstWords.values(), ...this.phrasesByFirstStem.values()]) {
      for (const list of bySecond.values()) {
        for (const phrase of list) {
          for (const part of phrase.parts) {
            if (!isStem(part)) this.namingWords.add(part);
            if (!isStem(part) && part.length >= MIN_PHRASE_WORD_FUZZY) phraseWords.add(part);
          }
        }
      }
    }
    for (const product of productPhrases) {
      for (const part of product.parts) {
        this.namingWords.add(part.replace(/\*$/, ''));
        if (!isStem(part) && part.length >= MIN_PRODUCT_WORD_FUZZY && !/\d/.test(part)) phraseWords.add(part);
      }
    }
    for (const word of phraseWords) push(this.phraseWordsByFirstLetter, word[0] as string, word);
    for (const form of [...realWords.en, ...realWords.de]) {
      if (isStem(form)) this.realWordStems.push(form.slice(0, -1));
      else this.realWords.add(form);
    }
    this.maxStemLength = Math.max(...[...this.stems.keys()].map((stem) => stem.length));
    this.decidingSlips = slipsOfDecidingWords(this);
    this.maxCompoundPartLength = Math.max(...[...this.compoundParts.keys()].map((part) => part.length));
  }
}

/** A deciding word this long is still read with one letter left out; a shorter one becomes too many other words. */
const MIN_DROPPED_LETTER_LENGTH = 5;

/**
 * Every slip of a deciding word (two neighbouring letters swapped, a letter doubled, or one left out of a longer
 * word) that is no word of its own: not one the lexicon or the everyday words know, not a
 * deciding word, not one two deciding words share. Umlauts are swapped as typed ("büer"), then folded as the
 * normaliser does.
 */
function slipsOfDecidingWords(known: CompiledLexicon): ReadonlyMap<string, string> {
  const fold = (word: string) => word.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss');
  const words = [...decidingWords.en, ...decidingWords.de];
  const deciding = new Set(words.map(fold));
  const slips = new Map<string, string | null>();
  const add = (typed: string, word: string) => {
    const slip = fold(typed);
    const known = slips.get(slip);
    slips.set(slip, known === undefined || known === fold(word) ? fold(word) : null);
  };
  for (const word of words) {
    for (const typed of new Set([word, fold(word)])) {
      for (let at = 0; at < typed.length; at++) {
        const letter = typed[at] as string;
        // a letter doubled ("sennd", "übber")
        add(typed.slice(0, at + 1) + letter + typed.slice(at + 1), word);
        // a letter left out, not the first, in a word long enough to stay unlike others ("partne", "dirkt")
        if (at > 0 && typed.length >= MIN_DROPPED_LETTER_LENGTH) add(typed.slice(0, at) + typed.slice(at + 1), word);
        // two neighbours swapped ("nus", "tielt")
        const next = typed[at + 1];
        if (next !== undefined && next !== letter) add(typed.slice(0, at) + next + letter + typed.slice(at + 2), word);
      }
    }
  }
  const isWord = (slip: string) =>
    deciding.has(slip) ||
    notDecidingSlips.includes(slip) ||
    known.exact.has(slip) ||
    known.stems.has(slip) ||
    known.namingWords.has(slip) ||
    known.functionWords.en.has(slip) ||
    known.functionWords.de.has(slip) ||
    known.realWords.has(slip) ||
    known.realWordStems.some((stem) => slip.startsWith(stem));
  return new Map([...slips].filter((entry): entry is [string, string] => entry[1] !== null && !isWord(entry[0])));
}

function push<T>(table: Map<string, T[]>, key: string, sense: T): void {
  const list = table.get(key);
  if (list) list.push(sense);
  else table.set(key, [sense]);
}

/**
 * Umlauts as one letter again for counting typos: a swap next to "ä" ("Verlnägerung") is one slip of the finger,
 * but after folding ("verlnaegerung" against "verlaengerung") it would count as two.
 */
function squashUmlauts(word: string): string {
  return word.includes('e') ? word.replace(/ae/g, '\u00e4').replace(/oe/g, '\u00f6').replace(/ue/g, '\u00fc') : word;
}

const compiled = new CompiledLexicon();

/** Damerau's adjacent transposition ("microsfot"), which Levenshtein counts as two edits. */
function isOneSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let first = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      if (first === -1) first = i;
      else return i === first + 1 && a[first] === b[i] && a[i] === b[first] && a.slice(i + 1) === b.slice(i + 1);
    }
  }
  return false;
}

function editDistance(a: string, b: string): number {
  const plain = distance(a, b);
  return plain === 2 && isOneSwap(a, b) ? 1 : plain;
}

/** One typo per word (a swapped pair counts as one): two edits turn "verzichtet" into "verzoegert". */
function allowedEdits(_length: number): number {
  return 1;
}

/**
 * The closest form wins; between equally close forms, the longer one, which says more ("rechnug": Rechnung, not reach).
 * A short word ("otuage") is guessed only through two swapped letters: one other edit makes too many words alike.
 */
function fuzzySenses(folded: string): Sense[] {
  const squashed = squashUmlauts(folded);
  const swapOnly = folded.length < MIN_FUZZY_LENGTH;
  let best = Infinity;
  let bestLength = 0;
  let senses: Sense[] = [];
  for (const candidate of compiled.fuzzyCandidates) {
    // Letters that only look like an umlaut ("outgae") are compared as typed as well.
    const edits = fuzzyEdits(folded, candidate.form, candidate.stem, swapOnly);
    const squashedEdits = squashed === folded && candidate.squashed === candidate.form ? edits : fuzzyEdits(squashed, candidate.squashed, candidate.stem, swapOnly);
    const closest = Math.min(edits, squashedEdits);
    const length = candidate.form.length;
    if (closest <= allowedEdits(Math.min(length, folded.length)) && (closest < best || (closest === best && length > bestLength))) {
      best = closest;
      bestLength = length;
      senses = candidate.senses;
    }
  }
  return senses;
}

function fuzzyEdits(token: string, form: string, stem: boolean, swapOnly: boolean): number {
  // A word whose first letter differs is another word ("willing" is no "billing"), unless the first two are swapped.
  if (token[0] !== form[0] && !(token[0] === form[1] && token[1] === form[0])) return Infinity;
  {
    const length = form.length;
    if (Math.abs(length - token.length) > 2 && !stem) return Infinity;
    if (swapOnly) return length === token.length && isOneSwap(token, form) ? 1 : Infinity;
    if (stem) {
      if (token.length + 1 < length) return Infinity;
      return Math.min(
        editDistance(token.slice(0, length - 1), form),
        editDistance(token.slice(0, length), form),
        editDistance(token.slice(0, length + 1), form)
      );
    }
    return editDistance(token, form);
  }
}

/**
 * A German separable verb carries "zu" or "ge" between its particle and its verb: "an|zu|drehen", "ab|zu|werben",
 * "um|zu|stellen", "an|ge|dreht", "ab|ge|schaltet". The lexicon lists a verb family by its joined forms ("andreh*",
 * "abwerb*", "umstell*"), so a word it does not know as spelt is read once more without the infix.
 */
const SEPARABLE_INFIX = /^(ab|an|auf|aus|bei|ein|mit|nach|vor|weg|zu|um|durch|weiter|rueber|herueber|heran|hinweg|zurueck|bereit|hoch|runter|herunter)(zu|ge)([a-z]{3,}(?:en|n|t|et))$/;

function withoutSeparableInfix(token: string): string | undefined {
  const parts = SEPARABLE_INFIX.exec(token);
  return parts ? `${parts[1] as string}${parts[3] as string}` : undefined;
}

/** The senses of a word as it is spelt: a whole word, the stems it starts with, the parts of a compound. */
function speltSenses(token: string): Sense[] {
  const senses = speltAsIs(token);
  if (token.length < 7) return senses;
  const joined = withoutSeparableInfix(token);
  if (joined === undefined) return senses;
  // a zu-infinitive or participle known as spelt for one sense ("anzubieten": marketing) has its verb's others too
  // ("anbieten": a proposal)
  if (senses.length === 0) return speltAsIs(joined);
  const known = new Set(senses.map((sense) => sense.concept));
  const more = speltAsIs(joined).filter((sense) => !known.has(sense.concept));
  return more.length === 0 ? senses : [...senses, ...more];
}

function speltAsIs(token: string): Sense[] {
  const found: Sense[] = [...(compiled.exact.get(token) ?? [])];
  let leadingStem = 0;
  // Whole words and stems come longest first; a topic concept already found by a longer form silences the others.
  let topicFound = found.some((sense) => TOPIC_CONCEPTS.has(sense.concept));
  for (let length = Math.min(token.length, compiled.maxStemLength); length >= 2; length--) {
    const senses = compiled.stems.get(token.slice(0, length));
    if (senses) {
      const kept = topicFound ? senses.filter((sense) => !TOPIC_CONCEPTS.has(sense.concept)) : senses;
      found.push(...kept);
      if (senses.some((sense) => TOPIC_CONCEPTS.has(sense.concept))) topicFound = true;
      leadingStem = Math.max(leadingStem, length);
    }
  }
  // Parts inside a leading stem belong to it: "abkuendigung" is a retirement, not a "kuendigung" (cancellation).
  if (token.length >= 2 * MIN_COMPOUND_PART && !compiled.exact.has(token)) {
    found.push(...compoundSenses(token, Math.max(1, leadingStem)));
  }
  return dedupe(found);
}

/** A word of everyday language as spelt ("suspected", "geworden"): no typo of a domain word is read into it. */
function isRealWord(token: string): boolean {
  return compiled.realWords.has(token) || compiled.realWordStems.some((stem) => token.startsWith(stem));
}

function sensesOfToken(token: string): TokenSenses {
  const spelt = speltSenses(token);
  if (isRealWord(token)) return { senses: spelt, guessed: 0 };
  const found = [...spelt];
  let fuzzy = false;
  const isFunctionWord = compiled.functionWords.en.has(token) || compiled.functionWords.de.has(token);
  if (found.length === 0 && !isFunctionWord && token.length >= MIN_FUZZY_LENGTH - 1 && !/\d/.test(token)) {
    const guessed = fuzzySenses(token);
    fuzzy = guessed.length > 0;
    found.push(...guessed);
  }
  // A word already explained by one typo as a whole ("abgekuendgit") holds no second one. In a compound only the
  // part with the typo is guessed: "Wartungs|ankündgiung" is spelt-out maintenance and a guessed announcement.
  let result: TokenSenses = fuzzy ? { senses: dedupe(found), guessed: dedupe(found).length } : { senses: spelt, guessed: 0 };
  if (!fuzzy && token.length >= MIN_COMPOUND_FUZZY && !compiled.exact.has(token) && !/\d/.test(token)) {
    const known = new Set(spelt.map((sense) => sense.concept));
    const guessed = dedupe(compoundFuzzySenses(token).filter((sense) => !known.has(sense.concept)));
    if (guessed.length > 0) result = { senses: [...spelt, ...guessed], guessed: guessed.length };
  }
  return result;
}

/**
 * The phrase or product word a misspelt token stands for ("certifiacte", "dynmaics"), or null. Only a token that is no
 * known word is read so, and only one form may be that close: two equally likely words are no reading.
 */
function phraseWordFor(token: string, known: TokenSenses, isFunctionWord: boolean): string | null {
  let found: string | null = null;
  if (token.length >= Math.min(MIN_PHRASE_WORD_FUZZY, MIN_PRODUCT_WORD_FUZZY) && known.senses.length === known.guessed && !isFunctionWord && !/\d/.test(token) && !isRealWord(token)) {
    const swapOnly = token.length < MIN_FUZZY_LENGTH;
    const candidates = [
      ...(compiled.phraseWordsByFirstLetter.get(token[0] as string) ?? []),
      ...(token[1] !== token[0] ? (compiled.phraseWordsByFirstLetter.get(token[1] as string) ?? []) : [])
    ];
    if (!candidates.includes(token)) {
      const close = candidates.filter((form) => fuzzyEdits(token, form, false, swapOnly) <= 1);
      if (close.length === 1) found = close[0] as string;
    }
  }
  return found;
}

/**
 * A German compound with a typo in one of its parts ("Monatsrechunng", "Zhalungserinnerung"): a domain word with
 * two letters swapped at the start of the word, or at its end (before an inflection of up to three letters).
 */
function compoundFuzzySenses(folded: string): Sense[] {
  const token = squashUmlauts(folded);
  if (token !== folded) return [...compoundFuzzyIn(token, true), ...compoundFuzzyIn(folded, false)];
  return compoundFuzzyIn(token, true);
}

/** One slip of the finger inside a compound: two letters swapped. */
function compoundFuzzyIn(token: string, squashed: boolean): Sense[] {
  // At each end of the word the longest part wins: "ankündgiung" is an announcement, not a "kündigung" (cancellation).
  let atStart: Sense[] = [];
  let atEnd: Sense[] = [];
  let startLength = 0;
  let endLength = 0;
  for (const candidate of compiled.compoundCandidates) {
    const form = squashed ? candidate.squashed : candidate.form;
    const length = form.length;
    if (length + 2 > token.length || token.includes(form)) continue;
    // Only two swapped letters: a letter left out or doubled finds words that are not there ("Besp|rechung|en").
    const close = (part: string) => isOneSwap(part, form);
    if (length >= startLength && close(token.slice(0, length))) {
      atStart = length > startLength ? [...candidate.senses] : [...atStart, ...candidate.senses];
      startLength = length;
    }
    if (length < endLength) continue;
    // Inside a word a part starts where its first letter is: "kommuni|kation" holds no "aktion".
    for (let ending = 0; ending <= 3; ending++) {
      const end = token.length - ending;
      const sameStart = (part: string) => part[0] === form[0] && close(part);
      if (sameStart(token.slice(end - length, end))) {
        atEnd = length > endLength ? [...candidate.senses] : [...atEnd, ...candidate.senses];
        endLength = length;
        break;
      }
    }
  }
  return [...atStart, ...atEnd];
}

/** German compounds: every lexicon part found inside the word (Dienst|ausfall, Abonnement|verlaengerung). */
function compoundSenses(token: string, from: number): Sense[] {
  const found: Sense[] = [];
  // A part found claims its letters: "Wartungs|ankündigungen" holds an announcement, not a "kündigung" inside it.
  let claimedUntil = from;
  for (let start = from; start <= token.length - MIN_COMPOUND_PART; start++) {
    const longest = Math.min(compiled.maxCompoundPartLength, token.length - start);
    for (let length = longest; length >= MIN_COMPOUND_PART; length--) {
      const senses = compiled.compoundParts.get(token.slice(start, start + length));
      if (senses) {
        if (start >= claimedUntil || start + length > claimedUntil) found.push(...senses);
        claimedUntil = Math.max(claimedUntil, start + length);
        break;
      }
    }
  }
  return found;
}

function dedupe(senses: Sense[]): Sense[] {
  const seen = new Set<string>();
  return senses.filter((sense) => {
    const key = `${sense.concept}/${sense.language ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function phraseLength(parts: readonly string[], tokens: readonly string[], at: number): number {
  if (at + parts.length > tokens.length) return 0;
  for (let offset = 0; offset < parts.length; offset++) if (!partMatches(parts[offset] as string, tokens[at + offset] as string)) return 0;
  return parts.length;
}

/** Names of places and partner types ("direct bill partner", "US Government"): their words carry no other sense. */
const CLAIMING_CONCEPTS: ReadonlySet<Concept> = new Set(['scopeTarget']);

/**
 * The question's tokens as typed and as read with misspelt phrase words corrected. A correction is kept only where a
 * phrase or product name holds it: alone, "dynmaics" stays a word the bot does not know.
 */
class Reading {
  /** The typed tokens with the corrections a phrase or product name kept; the typed array itself until one is kept. */
  adopted: string[];

  constructor(
    readonly typed: string[],
    readonly read: string[]
  ) {
    this.adopted = typed;
  }

  /** Positions of words read with two swapped letters put back, in order: kept everywhere, not only inside a name. */
  readonly mended: number[] = [];

  /** Keeps the corrections in the span; whether there were any guessed ones (a mended swap is no guess). */
  adopt(at: number, length: number): boolean {
    let corrected = false;
    for (let offset = at; offset < at + length; offset++) {
      if (this.read[offset] === this.typed[offset]) continue;
      if (this.adopted === this.typed) this.adopted = [...this.typed];
      this.adopted[offset] = this.read[offset] as string;
      if (!this.mended.includes(offset)) corrected = true;
    }
    return corrected;
  }

  /** Whether a span holds a mended word. */
  holdsMended(at: number, length: number): boolean {
    for (const position of this.mended) if (position >= at && position < at + length) return true;
    return false;
  }
}

/** Matches the phrases starting at `at`; returns how many tokens a claiming phrase covers (0 if none). */
function matchPhrases(
  phrases: readonly Phrase[] | undefined,
  reading: Reading,
  at: number,
  matches: Match[],
  languageScore: Record<Language, number>
): number {
  if (!phrases) return 0;
  let claimed = 0;
  for (const phrase of phrases) {
    const length = phraseLength(phrase.parts, reading.read, at);
    if (length === 0) continue;
    const fuzzy = reading.adopt(at, length);
    for (const sense of phrase.senses) {
      const match: Match = { concept: sense.concept, at, fuzzy, span: phrase.parts.length };
      if (reading.mended.length > 0 && reading.holdsMended(at, length)) match.mended = true;
      matches.push(match);
      if (sense.language) languageScore[sense.language] += fuzzy ? 0.5 : 1;
      if (CLAIMING_CONCEPTS.has(sense.concept)) claimed = Math.max(claimed, length);
    }
  }
  return claimed;
}

/**
 * Everything the scan needs to know about one typed word, found with one lookup: the phrase or product word it is
 * read as, the product names and phrases that word may open, whether it is a function word, and its own senses with
 * the language evidence they give.
 */
interface TokenInfo {
  /** The phrase or product word a misspelt token stands for, or null. */
  phraseWord: string | null;
  products: ProductsOpenedBy | undefined;
  phrases: ReadonlyMap<string, Phrase[]> | undefined;
  /** The phrases among `phrases` whose second word is a stem: looked for after this word whatever follows. */
  stemPhrases: readonly Phrase[] | undefined;
  functionWordEn: boolean;
  functionWordDe: boolean;
  senses: readonly Sense[];
  /** How many of the senses, at the end of the list, were found only by tolerating a typo. */
  guessed: number;
  /** What the word's own senses add to each language's score. */
  scoreEn: number;
  scoreDe: number;
  /** Read with two swapped letters put back: `phraseWord` is the word it is read as, everywhere. */
  mended?: true;
  /** The typed word's record, kept with its reading. */
  record: WordRecord;
  /**
   * Whether the word as read (`phraseWord`, or the word as typed) can open an institutional name, and whether it is
   * a form of "address": the scan's last passes look only where one is, instead of testing every word again.
   */
  opensName: boolean;
  addresses: boolean;
}

/** Letters a whole word the lexicon knows counts for beyond its length: no run of stems and parts is as sure. */
const WHOLE_WORD = 100;
const MIN_MENDED_LENGTH = 5;
/** Longer than the longest compound anyone types: a run of one letter pasted a thousand times is no word to mend. */
const MAX_MENDED_LENGTH = 40;
/** Below this length a swap is mended only into a whole word the lexicon knows, out of a word it knows nothing of. */
const MIN_MENDED_PART_LENGTH = 7;
/** How many more letters the mended word must explain than the typed one: a stem of a few letters says little. */
const MIN_MENDED_GAIN = 3;
/** A stem this long with no more than an ending after it is the word itself ("unterschied*", "cancel|lation"). */
const MIN_STEM_AS_WORD = 5;
const MAX_ENDING = 2;
/** Endings a stem takes in either language: "cancel|lation", "kuendig|ungen", "upgrad|ing". */
const ENDINGS = /^(?:l?ations?|ings?|ments?|ity|ions?|ers?|ed|es|ungs?|ungen|en|te|ten|tes)$/;
/** Letters a word mended in parts may leave unexplained, besides a joint "s" and an ending ("aktion|s|angebot|e"). */
const MAX_UNEXPLAINED = 2;
/** How many letters a part a slip hid must have to be read in a compound the rest of which the lexicon does not know. */
const MIN_MENDED_HEAD = 7;
/** Endings of the last part of a German compound: "|angebot|e", "|ankuendigung|en". */
const COMPOUND_ENDINGS = /^(?:e|en|n|s|es|er|ern|ungen)$/;

/**
 * How many letters of a word the lexicon explains as it is spelt: a whole word it knows explains all of them and
 * more; otherwise the stem it starts with and the compound parts that follow ("werbe|angebot|e": 12 of 13).
 */
function speltLetters(token: string, inParts = true): number {
  if (compiled.exact.has(token) || compiled.namingWords.has(token) || compiled.functionWords.en.has(token) || compiled.functionWords.de.has(token)) {
    return token.length + WHOLE_WORD;
  }
  const lead = leadingStem(token, MIN_COMPOUND_PART);
  if (lead >= MIN_STEM_AS_WORD && (token.length - lead <= MAX_ENDING || ENDINGS.test(token.slice(lead)))) return token.length + WHOLE_WORD;
  if (!inParts) return lead;
  let covered = lead;
  // Where the last part ended: a joint "s" right after it and an ending after the last one belong to the word.
  let partEnd = lead > 0 ? lead : -1;
  for (let start = lead; start <= token.length - MIN_COMPOUND_PART; ) {
    let part = 0;
    for (let length = Math.min(compiled.maxCompoundPartLength, token.length - start); length >= MIN_COMPOUND_PART; length--) {
      if (compiled.compoundParts.has(token.slice(start, start + length))) {
        part = length;
        break;
      }
    }
    if (part > 0 && partEnd === start - 1 && token[partEnd] === 's') covered += 1;
    covered += part;
    if (part > 0) partEnd = start + part;
    start += part > 0 ? part : 1;
  }
  if (partEnd > 0 && partEnd < token.length && COMPOUND_ENDINGS.test(token.slice(partEnd))) covered += token.length - partEnd;
  return covered;
}

/** The length of the longest stem of the lexicon a word starts with, at least `shortest` letters, or 0. */
function leadingStem(token: string, shortest: number): number {
  for (let length = Math.min(token.length, compiled.maxStemLength); length >= shortest; length--) {
    if (compiled.stems.has(token.slice(0, length))) return length;
  }
  return 0;
}

/** Vowels whose order alone tells words apart: "complaint" and "compliant", "schrieb" and "schreib". */
const ALTERNATING_VOWELS = /^(?:ie|ei|ai|ia)$/;
const UNSQUASHED: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue' };

/**
 * Every word two neighbouring letters swapped back make, an umlaut counted as one letter ("verlnaegerung"). Not the
 * first letter, which a slip of the finger seldom moves, and not "ie", "ei", "ai", "ia": "complaint" and
 * "compliant", "schrieb" and "schreib", "unterscheiden" and "unterschieden" are all words.
 */
function swapsOf(token: string): string[] {
  const swaps = new Set<string>();
  const squashed = squashUmlauts(token);
  for (const form of squashed === token ? [token] : [token, squashed]) {
    for (let at = 1; at < form.length - 1; at++) {
      const left = form[at] as string;
      const right = form[at + 1] as string;
      if (left === right || (ALTERNATING_VOWELS.test(left + right))) continue;
      const swapped = form.slice(0, at) + right + left + form.slice(at + 2);
      swaps.add(form === token ? swapped : swapped.replace(/[äöü]/g, (umlaut) => UNSQUASHED[umlaut] ?? umlaut));
    }
  }
  swaps.delete(token);
  return [...swaps];
}

/** What a word mended in parts must add: a word of the domain, not a pronoun or a particle. */
const DOMAIN_CONCEPTS: ReadonlySet<Concept> = new Set([...FUZZY_CONCEPTS, ...TOPIC_CONCEPTS, ...COMPOUND_CONCEPTS]);

/**
 * The word a typed word is with two neighbouring letters swapped back, or null: the one swap that makes the lexicon
 * explain it ("Werebangebote" → "werbeangebote", "communicatoin" → "communication", "cacnellation" →
 * "cancellation"). A word the lexicon knows as typed is never changed; two swaps that explain as much are no
 * reading; a short word is mended only into a whole word, out of one the lexicon knows nothing of; a word mended in
 * parts must be explained but for a joint and an ending, and name something of the domain the typed one does not.
 */
function mendedSwap(token: string): string | null {
  if (token.length < MIN_MENDED_LENGTH || token.length > MAX_MENDED_LENGTH || /[^a-z]/.test(token) || isRealWord(token)) return null;
  const typed = speltLetters(token);
  if (typed >= WHOLE_WORD) return null;
  const short = token.length < MIN_MENDED_PART_LENGTH;
  if (short && typed > 0) return null;
  let typedConcepts: Set<Concept> | undefined;
  let best: string | null = null;
  let bestLetters = typed + MIN_MENDED_GAIN - 1;
  let tied = false;
  // A word mended in parts keeps a part the typed word already shows ("werebangebote": "angebot"); where it shows
  // none, only a whole word is looked for, which keeps long strings of letters the lexicon knows nothing of cheap,
  // unless the word is long enough to be a compound whose head the slip hid ("Zwischenezrtifikate").
  const inParts = typed > 0 || token.length >= MIN_COMPOUND_FUZZY;
  for (const swap of swapsOf(token)) {
    const letters = speltLetters(swap, inParts);
    if (letters < bestLetters) continue;
    if (letters < WHOLE_WORD) {
      if (short) continue;
      // "Signatuzrertifikat", "Produkwterbung": a slip across the joint of a German compound hides its head; put back,
      // a whole domain word of seven letters or more appears, which no chance swap makes.
      if (swap.length - letters > MAX_UNEXPLAINED && letters - typed < MIN_MENDED_HEAD) continue;
      typedConcepts ??= new Set(speltSenses(token).map((sense) => sense.concept));
      const known = typedConcepts;
      if (!speltSenses(swap).some((sense) => DOMAIN_CONCEPTS.has(sense.concept) && !known.has(sense.concept))) continue;
    }
    if (letters > bestLetters) {
      best = swap;
      bestLetters = letters;
      tied = false;
    } else if (best !== null) tied = true;
  }
  return tied ? null : best;
}

/** The deciding word a normalised word is with two neighbouring letters swapped back ("nus" → "uns"), or undefined. */
export function decidingSlip(token: string): string | undefined {
  return compiled.decidingSlips.get(token);
}

const tokenInfos = new Map<string, TokenInfo>();

function tokenInfo(token: string): TokenInfo {
  const remembered = tokenInfos.get(token);
  if (remembered) return remembered;
  const mended = mendedSwap(token);
  const record: WordRecord = { word: token, decidingSlip: compiled.decidingSlips.get(token), patterns: undefined };
  const info: TokenInfo = mended === null ? readTokenInfo(token, record) : { ...readTokenInfo(mended, record), phraseWord: mended, mended: true };
  const read = info.phraseWord ?? token;
  info.opensName = INSTITUTIONAL_OPENINGS.has(read.slice(0, 4));
  info.addresses = ADDRESSING.test(read);
  if (tokenInfos.size >= TOKEN_MEMO_LIMIT) tokenInfos.clear();
  tokenInfos.set(token, info);
  return info;
}

function readTokenInfo(token: string, record: WordRecord): TokenInfo {
  const known = sensesOfToken(token);
  const { senses, guessed } = known;
  let scoreEn = 0;
  let scoreDe = 0;
  for (let index = 0; index < senses.length; index++) {
    const sense = senses[index] as Sense;
    if (!sense.language) continue;
    const weight = (index >= senses.length - guessed ? 0.5 : 1) * (BORROWED_CONCEPTS.has(sense.concept) ? 0.5 : 1);
    if (sense.language === 'en') scoreEn += weight;
    else scoreDe += weight;
  }
  const functionWordEn = compiled.functionWords.en.has(token);
  const functionWordDe = compiled.functionWords.de.has(token);
  const phraseWord = phraseWordFor(token, known, functionWordEn || functionWordDe);
  const read = phraseWord ?? token;
  const phrases = withStemPhrases(compiled.phrasesByFirstWords.get(read), read);
  const info: TokenInfo = {
    phraseWord,
    products: compiled.productsByFirstWord.get(read),
    phrases,
    stemPhrases: phrases?.get('*'),
    functionWordEn,
    functionWordDe,
    senses,
    guessed,
    scoreEn,
    scoreDe,
    record,
    opensName: false,
    addresses: false
  };
  return info;
}

/**
 * The phrases a word opens: those filed under the word itself, with those whose first word is a stem it starts with
 * ("ungenutzten" opens "ungenutzt* lizenz*"), merged by second word.
 */
function withStemPhrases(own: Map<string, Phrase[]> | undefined, word: string): Map<string, Phrase[]> | undefined {
  let merged: Map<string, Phrase[]> | undefined;
  for (let length = Math.min(word.length, compiled.maxFirstStemLength); length >= compiled.minFirstStemLength; length--) {
    const opened = compiled.phrasesByFirstStem.get(word.slice(0, length));
    if (!opened) continue;
    merged ??= new Map(own);
    for (const [second, list] of opened) merged.set(second, [...(merged.get(second) ?? []), ...list]);
  }
  return merged ?? own;
}

/**
 * Whether the lexicon knows a normalised word as spelt, as a whole: a form or a stem it starts with, a function word,
 * a word of a phrase or product name. Parts found inside it ("a|verlaengerung") do not make it known.
 */
export function isKnownWord(token: string): boolean {
  if (compiled.namingWords.has(token) || compiled.exact.has(token)) return true;
  if (compiled.functionWords.en.has(token) || compiled.functionWords.de.has(token)) return true;
  for (let length = Math.min(token.length, compiled.maxStemLength); length >= 3; length--) if (compiled.stems.has(token.slice(0, length))) return true;
  return false;
}

/** The longest name in `list` (longest first) found at `at`, if longer than `found`; else `found`. */
function longestProduct(list: readonly ProductPhrase[] | undefined, read: readonly string[], at: number, found: ProductPhrase | undefined): ProductPhrase | undefined {
  if (!list) return found;
  for (const product of list) {
    if (found && product.parts.length <= found.parts.length) return found;
    if (phraseLength(product.parts, read, at) > 0) return product;
  }
  return found;
}

/**
 * Names that are everyday words alone ("project") name the product before a word of licensing: "seine
 * Project-Lizenzen", "their Project licences", "Project-Abos", or standing bare where a product stands (below). The
 * name claims only its own word, so the licence word still says what the question is about.
 */
const NAMED_BY_LICENCE: ReadonlyMap<string, ProductPhrase> = new Map([['project', { parts: ['project'], name: 'Project' }]]);

function licensedName(read: readonly string[], at: number, infos: readonly TokenInfo[]): ProductPhrase | undefined {
  const name = NAMED_BY_LICENCE.get(read[at] ?? '');
  if (!name) return undefined;
  const next = infos[at + 1];
  if (next?.senses.some((sense) => sense.concept === 'billingWeak')) return name;
  return bareNameAt(read, at) ? name : undefined;
}

/**
 * The name standing bare where a product stands: "gets Project directly from Microsoft", "bought Project through us",
 * "hat Project und Visio über uns", "about Project?". It follows a verb of getting, buying, holding or using, a
 * preposition or a joining word, with no article, possessive or other noun before it ("the project", "our migration
 * project" are the everyday word), and is followed by the end, a joining word or the way it was bought, not by a noun
 * it describes ("project management", "project status").
 */
const BARE_NAME_BEFORE =
  /^(buy|buys|bought|buying|purchas\w*|order|orders|ordered|get|gets|got|getting|gotten|has|have|had|having|use|uses|using|used|licen[cs]\w*|renew\w*|cancel\w*|kauf\w*|gekauft|bezieh\w*|bezieht|bezog\w*|bezogen|hat|haben|habe|hatte|hatten|nutz\w*|genutzt|bestell\w*|about|for|of|on|with|fuer|zu|zum|zur|von|vom|ueber|mit|bei|and|und|or|oder|sowie|plus|also|auch|too|nur|only|[.,])$/;
const BARE_NAME_AFTER = /^(and|und|or|oder|sowie|plus|directly|direct|direkt|via|through|ueber|from|von|vom|bei|with|mit|too|also|auch|as|als|[.,])$/;
function bareNameAt(read: readonly string[], at: number): boolean {
  const before = at === 0 ? '.' : (read[at - 1] ?? '.');
  const after = read[at + 1] ?? '.';
  return BARE_NAME_BEFORE.test(before) && BARE_NAME_AFTER.test(after);
}

/** Words right before "office" that make it a place: an article, or a kind of office ("head office"). */
const OFFICE_PLACE_BEFORE = /^(the|a|an|this|that|whole|entire|head|branch|back|front|local|main)$/;
/** Words after "office" that make it the product: "the Office licences", "an Office subscription", "the Office apps". */
const OFFICE_PRODUCT_NEXT = /^(licen\w*|seats?|subscriptions?|subs?|apps?|suite|plans?|pro|proplus|products?|package|versions?|installations?|install|updates?|upgrades?|renewals?|bundle|programs?|applications?|desktop|\d+)$/;

/** "the office", "a dental office", "head office": an English place, where no word of the product follows. */
function officePlace(read: readonly string[], at: number): boolean {
  if (OFFICE_PRODUCT_NEXT.test(read[at + 1] ?? '')) return false;
  const before = read[at - 1] ?? '';
  return OFFICE_PLACE_BEFORE.test(before) || (/^(a|an|the|our|their|his|her|its)$/.test(read[at - 2] ?? '') && /^[a-z]+$/.test(before) && !/^(microsoft|ms|new|old|latest|current|same|own)$/.test(before));
}

/** Reads a normalised question once: concepts with their positions, products, and language evidence. */
export function scan(tokens: string[]): Scan {
  const matches: Match[] = [];
  const productMatches: ProductMatch[] = [];
  const languageScore: Record<Language, number> = { en: 0, de: 0 };
  const infos: TokenInfo[] = new Array<TokenInfo>(tokens.length);
  const words: WordRecord[] = new Array<WordRecord>(tokens.length);
  // The tokens with each misspelt phrase or product word read as that word; the same array when none is.
  let read = tokens;
  for (let at = 0; at < tokens.length; at++) {
    const info = tokenInfo(tokens[at] as string);
    infos[at] = info;
    words[at] = info.record;
    if (info.phraseWord === null) continue;
    if (read === tokens) read = [...tokens];
    read[at] = info.phraseWord;
  }
  const reading = new Reading(tokens, read);
  for (let at = 0; at < tokens.length; at++) {
    if (!(infos[at] as TokenInfo).mended) continue;
    reading.mended.push(at);
    reading.adopt(at, 1);
  }

  // A product claims the tokens of its name.
  const claimedByProduct: boolean[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const opened = (infos[at] as TokenInfo).products;
    if (!opened) continue;
    // The longest name at a place wins and its words are its own: "Defender for Office 365" names no Office 365.
    let product = longestProduct(opened.bySecond.get(read[at + 1] ?? ''), read, at, undefined);
    product = longestProduct(opened.stemSecond, read, at, product);
    product ??= opened.single ?? licensedName(read, at, infos);
    if (!product) continue;
    const length = phraseLength(product.parts, read, at);
    // "contact the office about the invoice", "a notary's office": after an English article and before no word of
    // the product, "office" is a place, not Office.
    if (length === 1 && read[at] === 'office' && officePlace(read, at)) continue;
    reading.adopt(at, length);
    productMatches.push({ name: product.name, at, length, ...(product.channel ? { channel: product.channel } : {}) });
    for (let offset = 0; offset < length; offset++) claimedByProduct[at + offset] = true;
    at += length - 1;
  }

  // A claiming phrase covers the tokens after its first up to this position.
  let phraseEnd = 0;
  for (let at = 0; at < tokens.length; at++) {
    const info = infos[at] as TokenInfo;
    const claimedByPhrase = at < phraseEnd;
    // A product's name is written the same in either language: "Skype for Business", "Defender for Office 365" say
    // nothing of the language the question is in
    if (claimedByProduct[at] !== true) {
      if (info.functionWordEn) languageScore.en += 1;
      if (info.functionWordDe) languageScore.de += 1;
    }
    const bySecond = info.phrases;
    if (bySecond) {
      const claimed = Math.max(
        matchPhrases(bySecond.get(read[at + 1] ?? ''), reading, at, matches, languageScore),
        matchPhrases(info.stemPhrases, reading, at, matches, languageScore)
      );
      if (claimed > 1) phraseEnd = Math.max(phraseEnd, at + claimed);
    }
    if (claimedByProduct[at] === true || claimedByPhrase) continue;
    const { senses, guessed } = info;
    if (senses.length === 0) continue;
    for (let index = 0; index < senses.length; index++) {
      const match: Match = { concept: (senses[index] as Sense).concept, at, fuzzy: index >= senses.length - guessed };
      if (info.mended) match.mended = true;
      matches.push(match);
    }
    languageScore.en += info.scoreEn;
    languageScore.de += info.scoreDe;
  }
  const named = withoutPartsOfNames(reading.read, infos, matches);
  return { tokens: reading.adopted, matches: withoutCoveredTopics(withAddressing(reading.read, infos, named)), products: productMatches, languageScore, words };
}

/** The parties' institutional names, as words: each form split into its words, the last one maybe a stem. */
const INSTITUTIONAL_FORMS: ReadonlyArray<{ words: readonly string[]; stem: boolean; concept: Concept }> = (
  Object.entries(institutionalNames) as Array<[Concept, { en: readonly string[]; de: readonly string[] }]>
).flatMap(([concept, forms]) => [...forms.en, ...forms.de].map((form) => ({ words: form.replace(/\*$/, '').split(' '), stem: form.endsWith('*'), concept })));
/** The first four letters of a name's first word: a token without them opens no name, at the cost of one lookup. */
const INSTITUTIONAL_OPENINGS: ReadonlySet<string> = new Set(INSTITUTIONAL_FORMS.map((form) => (form.words[0] as string).slice(0, 4)));

/** The institutional name of a party at `at` ("the contracting entity" → 3 tokens, the customer), or undefined. */
export function institutionalNameAt(tokens: readonly string[], at: number): { length: number; concepts: ReadonlySet<Concept> } | undefined {
  if (!INSTITUTIONAL_OPENINGS.has((tokens[at] ?? '').slice(0, 4))) return undefined;
  let longest = 0;
  let concepts = new Set<Concept>();
  for (const { words, stem, concept } of INSTITUTIONAL_FORMS) {
    if (words.length < longest) continue;
    const fits = words.every((word, offset) => {
      const token = tokens[at + offset] ?? '';
      return offset === words.length - 1 && stem ? token.startsWith(word) : token === word;
    });
    if (!fits) continue;
    if (words.length > longest) concepts = new Set<Concept>();
    longest = words.length;
    concepts.add(concept);
  }
  return longest === 0 ? undefined : { length: longest, concepts };
}

/**
 * A party named by its institution ("the contracting entity", "das Landesrechenzentrum", "the contractor", "a project
 * partner") is that party and nothing else: the words inside it are no contract, data centre, purchase or message, and
 * a partner institution of the customer's is no CSP partner.
 */
function withoutPartsOfNames(tokens: readonly string[], infos: readonly TokenInfo[], matches: Match[]): Match[] {
  let names: Array<{ from: number; to: number; concepts: ReadonlySet<Concept> }> | undefined;
  for (let at = 0; at < tokens.length; at++) {
    // `opensName` is `institutionalNameAt`'s own first test, remembered with the word: most words open no name.
    if (!(infos[at] as TokenInfo).opensName) continue;
    const name = institutionalNameAt(tokens, at);
    if (!name) continue;
    (names ??= []).push({ from: at, to: at + name.length, concepts: name.concepts });
    at += name.length - 1;
  }
  if (!names) return matches;
  const named = names;
  return matches.filter((match) => {
    const name = named.find(({ from, to }) => match.at >= from && match.at + (match.span ?? 1) <= to);
    return name === undefined || name.concepts.has(match.concept);
  });
}

const ADDRESSING = /^(address|addresses|addressing)$/;
/**
 * "may Microsoft address CSP end customers directly", "does the manufacturer address the beneficiary": "address" with
 * a party as its object is a verb of reaching ("Does the policy address outages?" reaches no one). Only a question
 * holding the word pays for the look.
 */
function withAddressing(tokens: readonly string[], infos: readonly TokenInfo[], matches: Match[]): Match[] {
  const at = infos.findIndex((info) => info.addresses);
  if (at < 0) return matches;
  const added: Match[] = [];
  for (let verb = at; verb < tokens.length; verb++) {
    if (!(infos[verb] as TokenInfo).addresses) continue;
    for (let next = verb + 1; next <= verb + 4 && next < tokens.length && !isBreak(tokens[next] ?? '.'); next++) {
      if (matches.some((match) => match.at === next && (match.concept === 'customer' || match.concept === 'partnerObject'))) {
        added.push({ concept: 'communicate', at: verb, fuzzy: false });
        break;
      }
    }
  }
  return added.length === 0 ? matches : [...matches, ...added];
}

/**
 * A topic phrase silences the single words of other topics inside it; an idiom ("in the event of") silences all, and
 * a one-word idiom ("gesteuerten", "angemessen") also what a typo guess would read into that word.
 */
function withoutCoveredTopics(matches: Match[]): Match[] {
  const phrases = matches.filter((match) => (match.span !== undefined && TOPIC_CONCEPTS.has(match.concept)) || match.concept === 'idiom');
  if (phrases.length === 0) return matches;
  const inside = (match: Match, phrase: Match) =>
    match !== phrase && match.at >= phrase.at && match.at + (match.span ?? 1) <= phrase.at + (phrase.span ?? 1);
  const covered = (match: Match) =>
    TOPIC_CONCEPTS.has(match.concept) &&
    match.concept !== 'idiom' &&
    phrases.some(
      (phrase) =>
        inside(match, phrase) &&
        (phrase.concept === 'idiom' || (match.span === undefined && phrase.concept !== match.concept))
    );
  return matches.filter((match) => !covered(match));
}

/**
 * German words whose umlaut decides the grammar of a question, which the lexicon lists as no concept: the Konjunktiv
 * and the modals typed without the umlaut's dots ("hatte" stays "hatte": the plain past is a word of its own).
 */
const UMLAUT_GRAMMAR_WORDS: ReadonlySet<string> = new Set([
  'haette', 'haetten', 'haettest', 'waere', 'waeren', 'waerst', 'koennte', 'koennten', 'duerfte', 'duerften', 'muesste',
  'muessten', 'moechte', 'moechten', 'moegen', 'moeglich', 'moeglicherweise', 'koennt', 'duerft', 'muesst', 'kuenftig',
  'zukuenftig', 'spaeter', 'frueher', 'waehrend', 'gegenueber', 'natuerlich', 'persoenlich', 'ausschliesslich',
  'grundsaetzlich', 'saemtliche', 'saemtlichen', 'zustaendig', 'bloss', 'laeuft', 'laufen', 'haengt', 'gehoert', 'fuehrt',
  'uebernimmt', 'uebernehmen', 'geaendert', 'aendert', 'aendern', 'erhaelt', 'faellt', 'weiss', 'daruber', 'darueber',
  'hierueber', 'drueber', 'fuers', 'uebers', 'uebern', 'gemaess', 'bezueglich', 'hinsichtlich', 'koennen', 'duerfen',
  'muessen', 'fuer', 'ueber', 'wuerde', 'wuerden', 'kuendigen', 'gekuendigt', 'kuendigt'
]);

/** Words typed without an umlaut that are words of their own as typed, or the plain past of a Konjunktiv. */
const NOT_UMLAUT_SLIPS: ReadonlySet<string> = new Set([
  'hatte', 'hatten', 'hattest', 'wurde', 'wurden', 'wurdest', 'konnte', 'konnten', 'durfte', 'durften', 'musste',
  'mussten', 'war', 'waren', 'schon', 'zahlen', 'zahlt', 'fordern', 'fordert', 'fuhren', 'zuruck', 'drucken', 'druckt',
  'mochte', 'mochten', 'ware', 'tat'
]);

const restoredUmlauts = new Map<string, string | null>();

/**
 * A German word typed without its umlaut's dots, on a keyboard without them: "Storung", "Kundigung", "durfen",
 * "konnen", "fur", "Preisanderung" (the lexicon writes "ae/oe/ue"). Only a word the lexicon does not know as typed, and
 * only where exactly one way of putting an umlaut back (one vowel, or all of them) makes a German word it knows: a
 * form, a stem, a word of grammar. Not a word of its own as typed ("schon", "hatte", "wurde").
 */
export function umlautRestored(token: string): string | undefined {
  const remembered = restoredUmlauts.get(token);
  if (remembered !== undefined) return remembered ?? undefined;
  const found = findUmlautRestored(token);
  if (restoredUmlauts.size < 20_000) restoredUmlauts.set(token, found ?? null);
  return found;
}

function findUmlautRestored(token: string): string | undefined {
  if (token.length < 3 || NOT_UMLAUT_SLIPS.has(token) || !/^[a-z]+$/.test(token)) return undefined;
  if (isKnownWord(token) || compiled.realWords.has(token) || compiled.namingWords.has(token)) return undefined;
  const places: number[] = [];
  for (let at = 0; at < token.length; at++) {
    const letter = token[at] as string;
    // "au", "eu", "ou" stay; a vowel already followed by "e" has its umlaut
    if ((letter === 'a' || letter === 'o' || letter === 'u') && token[at + 1] !== 'e' && !(letter === 'u' && /[aeo]/.test(token[at - 1] ?? ''))) places.push(at);
  }
  if (places.length === 0) return undefined;
  const variants = places.map((at) => `${token.slice(0, at + 1)}e${token.slice(at + 1)}`);
  if (places.length > 1) variants.push(places.reduceRight((word, at) => `${word.slice(0, at + 1)}e${word.slice(at + 1)}`, token));
  const german = variants.filter((variant) => UMLAUT_GRAMMAR_WORDS.has(variant) || compiled.functionWords.de.has(variant) || knownGermanForm(variant));
  return german.length === 1 ? german[0] : undefined;
}

/** A form or stem the lexicon knows for German (or for both languages), as a whole word or a stem it starts with. */
function knownGermanForm(word: string): boolean {
  const german = (senses: readonly Sense[] | undefined) => senses !== undefined && senses.some((sense) => sense.language !== 'en');
  if (german(compiled.exact.get(word))) return true;
  for (let length = Math.min(word.length, compiled.maxStemLength); length >= 5; length--) if (german(compiled.stems.get(word.slice(0, length)))) return true;
  return false;
}
