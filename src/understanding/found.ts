import { type Concept, functionWords, lexicon } from './lexicon';
import type { Match, Scan } from './matcher';
import { CLAUSE_END, isBreak, SENTENCE_END } from './normalize';
import {
  type WordPattern,
  type WordSet,
  WORD_PATTERNS,
  WORD_PATTERN_NUMBER,
  wordPattern,
  NO_ANSWERS,
  answersAt
} from './wordPatterns';

/**
 * The scan's record of one question (`Found`): where each concept and word stands, its sentences and clauses,
 * negation, and the records worked out once from the scan (a purchase record, a move to the partner, a polite frame,
 * a ticket label, …), which every reading above it asks. It reads no fact of its own.
 */

/** Words a person puts before an order to the bot ("pls", "hey, quick one:", "kannst du mal"). */
export const LEAD_IN = new Set([
  '.', ',', 'pls', 'plz', 'please', 'bitte', 'hey', 'hi', 'hallo', 'moin', 'servus', 'quick', 'one', 'kurz', 'kurze',
  'frage', 'mal', 'ok', 'okay', 'so', 'sorry', 'to', 'bother', 'can', 'could', 'would', 'u', 'you', 'du', 'kannst',
  'koenntest', 'bot', 'jetzt', 'now', 'nochmal', 'again', 'also', 'auch',
  // spoken fillers before a dictated order: "um write my customer …", "äh schreib dem Kunden …"
  'um', 'umm', 'uh', 'uhm', 'erm', 'ehm', 'aeh', 'aehm', 'hmm', 'yeah', 'okay so'
]);
export const POLICY_WORDS = wordPattern(/^(rule|rules|policy|policies|richtlinie\w*|regel|regeln|regelung\w*|guideline\w*|kundenkommunikation)$/);

/** The only concepts a product follow-up may hold besides the product: "and", "for", "what about", "bei". */
const FOLLOW_UP_CONCEPTS: ReadonlySet<Concept> = new Set(['softBreak', 'about', 'apply', 'where', 'policyRef', 'anaphor']);

/** Concepts that say how something was bought. */
const CUE_CONCEPTS: readonly Concept[] = ['throughUs', 'csp', 'direct', 'ownAgreement', 'nonCsp'];

/** Concepts that make a follow-up more than a question about where the policy holds. */
const FRAGMENT_BREAKERS: ReadonlySet<Concept> = new Set(['communicate', 'receive', 'microsoft', 'billing', 'billingWeak', 'operational', 'operationalWeak', 'marketing', 'howTo', 'supportDesk']);

export const NO_POSITIONS: readonly number[] = [];

/** Each concept's number: the concepts of a question are kept in arrays by number, not in maps by name. */
const CONCEPT_NUMBER = Object.fromEntries(Object.keys(lexicon).map((concept, number) => [concept, number])) as Record<Concept, number>;
const CONCEPT_COUNT = Object.keys(lexicon).length;

/** Words after which German "aber" stands inside a clause as a particle: a pronoun or a finite verb ("hat er aber"). */
const GERMAN_PRONOUN = /^(das|dies|es)$/;
/** Function words only German has: the word after a form both languages share says which language it is in. */
const GERMAN_WORDS: ReadonlySet<string> = new Set(functionWords.de.filter((word) => !(functionWords.en as readonly string[]).includes(word)));
/** The German question words that open a question whose verb comes next: "wo melde ich", "wie informiere ich", "wem schreibe ich". */
const GERMAN_QUESTION_WORD = wordPattern(/^(wo|wie|wann|wem|wen|wohin|womit|worueber|wobei)$/);
/** The asker's own verbs of reporting and turning to someone, as the finite verb after a German question word. */
const ASKER_REACHING_VERB = /^(meld|reich|frag|bitt|wend|geb|gib|eskalier|leit|trag|ruf|schreib|kontaktier|erreich|informier|sag|teil|schick|send|mail|flagg|richt)\w*$/;
/** What follows a pronoun "das" but never the article "das": an adverb, a preposition, an article of the next object, the end. */
const POINTS_BACK_BEFORE = /^(selbst|selber|an|auch|direkt|dann|ueberhaupt|einfach|wirklich|eigentlich|so|noch|immer|ebenfalls|den|dem|der|die|unseren|unserem|unsere|ihnen|ihm|ihr|jeweils|per|via|mit|bei|zu|[.?!,;:]|\n)$/;
/** "aber" and its kin, a particle after the verb and its subject rather than a "but" between clauses. */
export const GERMAN_PARTICLE_BUT = /^(aber|jedoch|allerdings|hingegen|dagegen)$/;
const GERMAN_MIDDLE_FIELD = /^(er|sie|es|wir|ich|man|ihn|ihm|ihr|uns|das|dies|hat|haben|hatte|ist|sind|war|wird|werden|kann|darf|muss|soll|kommt|kommen|laeuft|laufen|lief|liefen|geht|gehen|liegt|liegen|bezieht|beziehen|kauft|kaufen)$/;

/** The concepts of one question with their token positions, and its clauses. */
const SAYS_ONLY: ReadonlySet<Concept> = new Set(['exceptions', 'ever']);

const ASKING_VERBS = /^(ask|enquire|inquire|check|confirm|clarify|know|understand|fragen|nachfragen|erfragen)$/;
const ASKED_MATTER = /^(whether|if|ob)$/;
/** What may stand between "ask" and "whether": "may I ask you whether", "darf ich Sie fragen, ob". */
const ASKED_PERSON = /^(you|,|sie|dich|euch)$/;

/**
 * "May I ask whether Microsoft would …", "could I check if …", "darf ich fragen, ob …", "dürfte ich Sie bitten, …": a polite frame around the
 * question; the asker asks, and does nothing that would reach Microsoft or the customer.
 */
/**
 * "Ticket 32302 – Exchange-Ausfall gestern …", "Case #4411:": a ticket named by its number labels the note the asker
 * writes in; it is no ticket the asker would open with Microsoft.
 */
/**
 * The record of a purchase names no purchase being made: German puts the thing last in a compound ("Kauf|bestätigung",
 * "Bestell|nummer", "Auftrags|beleg" is a confirmation, a number, a voucher), English after the word of buying
 * ("purchase confirmation", "purchase receipt"). "Kriegt er die Kaufbestätigung direkt von Microsoft?" asks how a
 * document is sent, not whether the customer bought directly.
 */
function purchaseRecord(scanned: Scan, match: Match): boolean {
  if (match.concept !== 'buy' || match.span !== undefined) return false;
  const token = scanned.tokens[match.at] ?? '';
  const record = PURCHASE_RECORD_HEAD.exec(token);
  if (record && record.index >= 4) return true;
  return PURCHASE_NOUN.test(token) && PURCHASE_RECORD_NOUN.test(scanned.tokens[match.at + 1] ?? '');
}
/** The head of a German compound that makes it a document or a note about a purchase, not the purchase. */
const PURCHASE_RECORD_HEAD = /(bestaetigung|beleg|quittung|nummer|nachweis|dokument|unterlage|historie|eingangsmail|mail|email|benachrichtigung|nachricht|info|hinweis|schreiben)(en|s|e)?$/;
const PURCHASE_NOUN = /^(purchase|order|booking)$/;
const PURCHASE_RECORD_NOUN = /^(confirmations?|receipts?|records?|histor\w*|numbers?|documents?|documentation|notifications?|notices?|e?mails?|summar\w*|details|acknowledg\w*|vouchers?|proofs?)$/;

/**
 * "beide Mandanten sind über unser CSP lizenziert", "both tenants", "beide Firmen": "both" counting customers or tenants
 * names no two parts of the question.
 */
function bothOfParties(scanned: Scan, match: Match): boolean {
  if (match.concept !== 'both' || match.span !== undefined) return false;
  const next = match.at + 1;
  return scanned.matches.some((other) => other.concept === 'customer' && other.at === next) || BOTH_PARTIES.test(scanned.tokens[next] ?? '');
}
const BOTH_PARTIES = /^(mandant\w*|tenants?|firmen|companies|gesellschaften|standorte|sites|toechter|subsidiaries|kunden|customers|clients)$/;

/**
 * "fragen, was sie sonst noch brauchen", "ask what else they need": what else the customer needs is a question of
 * selling to it, not one for the other cases of the policy.
 */
function elseNeeded(scanned: Scan, match: Match): boolean {
  if (match.concept !== 'ever') return false;
  const end = match.at + (match.span ?? 1);
  return scanned.tokens.slice(end, end + 3).some((word) => NEEDING.test(word));
}
const NEEDING = /^(brauch\w*|benoetig\w*|need|needs|needed|want|wants|wuensch\w*|bedarf)$/;

/**
 * "nach dem Wechsel in den CSP", "seit er zu uns gewechselt ist", "moved their licences to us": the customer coming
 * over to the partner says how it buys now (the channel), not a change of plan or term.
 */
function moveToPartner(scanned: Scan, match: Match): boolean {
  if (match.concept !== 'billing' && match.concept !== 'billingWeak') return false;
  const { tokens } = scanned;
  const word = tokens[match.at] ?? '';
  const inClause = (from: number, at: number) => at >= 0 && at < tokens.length && !tokens.slice(Math.min(at, from), Math.max(at, from) + 1).some(isBreak);
  const movesToPartner = (move: number) => {
    for (let at = move - 6; at <= move + 6; at++) {
      if (!inClause(move, at) || !MOVE_INTO.test(tokens[at] ?? '')) continue;
      const target = /^(den|dem|the|our|unseren|unser|unserem)$/.test(tokens[at + 1] ?? '') ? at + 2 : at + 1;
      if (MOVE_TARGET.test(tokens[target] ?? '')) return true;
    }
    return false;
  };
  if (MOVE_WORD.test(word)) return movesToPartner(match.at);
  // "moved all their licences to us", "mit seinen Lizenzen zu uns gewechselt": the holdings that moved, too
  if (match.concept !== 'billingWeak' || !/^(licen[cs]\w*|lizenz\w*|subscriptions?|abos?|abonnements?|licensing)$/.test(word)) return false;
  for (let move = match.at - 6; move <= match.at + 6; move++) {
    if (move !== match.at && inClause(match.at, move) && MOVE_WORD.test(tokens[move] ?? '') && movesToPartner(move)) return true;
  }
  return false;
}
const MOVE_WORD = /^(wechsel\w*|gewechselt|umstieg\w*|umgestiegen|umsteig\w*|uebergang|move|moves|moved|moving|switch|switched|switching|migrat\w*|transferr?\w*|came|come|comes|kam|gekommen)$/;
const MOVE_INTO = /^(zu|in|ins|into|to|over)$/;
const MOVE_TARGET = /^(uns|us|mir|me|csp|partner|cloud)$/;

function ticketLabel(scanned: Scan, match: Match): boolean {
  if (match.concept !== 'supportDesk' || !/^(ticket\w*|case|fall|incident)$/.test(scanned.tokens[match.at] ?? '')) return false;
  const next = scanned.tokens[match.at + 1] ?? '';
  if (/^\d/.test(next) || (next === 'nr' && /^\d/.test(scanned.tokens[match.at + 2] ?? ''))) return true;
  // "Ticket-Text: „…“", "Ticket content: '…'": the ticket's words quoted after a label that opens the message
  const opens = match.at === 0 || isBreak(scanned.tokens[match.at - 1] ?? '.');
  return opens && TICKET_WORDING.test(next) && scanned.tokens[match.at + 2] === CLAUSE_END;
}
/** What a ticket says, named as the label of a quotation: its text, content, wording. */
const TICKET_WORDING = /^(text|texts|inhalt|wortlaut|auszug|content|contents|body|wording|notiz|notizen|notes?|beschreibung|description)$/;

function politeFrame(scanned: Scan, match: Match): boolean {
  if (match.concept !== 'askerSubject') return false;
  const after = match.at + (match.span ?? 1);
  // "Dürfte ich Sie bitten, mir zu erläutern, …", "darf ich dich bitten …": a request to the one addressed
  if (/^(sie|dich|euch)$/.test(scanned.tokens[after] ?? '') && /^(bitten|ersuchen)$/.test(scanned.tokens[after + 1] ?? '')) return true;
  if (!ASKING_VERBS.test(scanned.tokens[after] ?? '')) return false;
  let next = after + 1;
  while (next <= after + 2 && ASKED_PERSON.test(scanned.tokens[next] ?? '')) next++;
  return ASKED_MATTER.test(scanned.tokens[next] ?? '');
}

/**
 * "a CSP customer of ours, nothing else.", "reiner CSP-Kunde, sonst nichts.": a "nothing else" that closes a sentence
 * after a comma says "only" about what was just described; it asks for no exception.
 */
function closesDescription(scanned: Scan, match: Match): boolean {
  const { tokens } = scanned;
  if (!SAYS_ONLY.has(match.concept) || (match.span ?? 1) < 2 || tokens[match.at - 1] !== CLAUSE_END) return false;
  const after = tokens[match.at + (match.span ?? 1)];
  if (after !== undefined && after !== SENTENCE_END) return false;
  const sentenceStart = tokens.lastIndexOf(SENTENCE_END, match.at) + 1;
  return !scanned.matches.some((other) => other.concept === 'communicate' && other.at >= sentenceStart && other.at < match.at);
}

/**
 * "Who tells the school how many seats they pay for?", "informs the customer how much it costs": a "how" after the
 * customer told is what it is told, no procedure the asker asks about.
 */
function toldMatter(scanned: Scan, match: Match): boolean {
  if (match.concept !== 'howTo') return false;
  const told = (concept: Concept, from: number, to: number) => scanned.matches.some((other) => other.concept === concept && other.at >= from && other.at <= to);
  for (let customer = match.at - 1; customer >= match.at - 3 && customer > 0; customer--) {
    if (isBreak(scanned.tokens[customer] ?? SENTENCE_END)) return false;
    if (told('customer', customer, customer) && told('communicate', customer - 2, customer - 1)) return true;
  }
  return false;
}

/** What comes from someone and so reaches the one it comes to. */
const SENT_THINGS = /^(rechnung\w*|abrechnung\w*|mahnung\w*|gutschrift\w*|invoice\w*|bill|bills|mail|mails|e|email\w*|nachricht\w*|info|infos|information\w*|brief\w*|letter\w*|notice\w*|benachrichtigung\w*|notification\w*|post|message\w*|angebot\w*|quote\w*)$/;

const PARTNER_AS_SOURCE = /^(us|uns|me|mir|mich|partner|reseller|csp)$/;

/**
 * "Will Microsoft send the invoice …, or does that only ever come from us?", "… oder kommt das immer nur von uns?": an
 * "only ever" in the alternative that names the partner says who sends it; it asks for no exceptions.
 */
function partnerAlternative(scanned: Scan, match: Match): boolean {
  if (!SAYS_ONLY.has(match.concept)) return false;
  const { tokens } = scanned;
  let start = match.at;
  while (start > 0 && start > match.at - 5 && !isBreak(tokens[start - 1] ?? SENTENCE_END)) start--;
  if (!/^(or|oder)$/.test(tokens[start] ?? '')) return false;
  for (let next = match.at + (match.span ?? 1); next <= match.at + 6 && next < tokens.length && !isBreak(tokens[next] ?? SENTENCE_END); next++) {
    if (PARTNER_AS_SOURCE.test(tokens[next] ?? '')) return true;
  }
  return false;
}

/** German "also" is "that is" ("…, also das Zeug, wo man … umstellen muss"): it explains, it adds no part. */
function explainsInGerman(tokens: readonly string[], match: Match): boolean {
  return match.concept === 'softBreak' && tokens[match.at] === 'also' && GERMAN_WORDS.has(tokens[match.at + 1] ?? '');
}

export class Found {
  /** The matches of each concept, by the concept's number. */
  private readonly byConcept: Array<Match[] | undefined> = new Array<Match[] | undefined>(CONCEPT_COUNT);
  /** Where each concept was found, made with `byConcept`: asked for dozens of times per question. */
  private readonly positionsOf: Array<number[] | undefined> = new Array<number[] | undefined>(CONCEPT_COUNT);
  /** Clause number of each token: sentences and clauses split at punctuation and at "but", "aber". */
  readonly clause: number[];
  /** Sentence number of each token: split at . ! ? and line breaks only. */
  readonly sentence: number[];
  /** Segment number of each token: clauses split again at "and", "plus", "und", for what belongs to which product. */
  readonly segment: number[];
  readonly tokens: string[];
  /** Which word patterns some word of the question answers, a bit per pattern. */
  private readonly heldPatterns: Int32Array;
  /** Each word's answers to the word patterns, by position: one pass over the words finds every reading's anchors. */
  private readonly answersAtWord: Int32Array[];
  /** The positions of each word pattern's words, by the pattern's number, made the first time a reading asks. */
  private readonly positionsOfPattern: Array<readonly number[] | undefined> = [];

  constructor(readonly scanned: Scan) {
    this.tokens = scanned.tokens;
    this.heldPatterns = new Int32Array((WORD_PATTERNS.length + 31) >>> 5);
    this.answersAtWord = new Array<Int32Array>(this.tokens.length);
    const words = scanned.words;
    for (let at = 0; at < this.tokens.length; at++) {
      const answers = answersAt(this.tokens[at] as string, words?.[at]);
      this.answersAtWord[at] = answers;
      if (answers === NO_ANSWERS) continue;
      for (let index = 0; index < answers.length; index++) this.heldPatterns[index] = (this.heldPatterns[index] as number) | (answers[index] as number);
    }
    for (const match of scanned.matches) {
      if (
        closesDescription(scanned, match) ||
        explainsInGerman(scanned.tokens, match) ||
        politeFrame(scanned, match) ||
        partnerAlternative(scanned, match) ||
        toldMatter(scanned, match) ||
        ticketLabel(scanned, match) ||
        purchaseRecord(scanned, match) ||
        elseNeeded(scanned, match) ||
        bothOfParties(scanned, match) ||
        moveToPartner(scanned, match)
      ) {
        continue;
      }
      const number = CONCEPT_NUMBER[match.concept];
      const list = this.byConcept[number];
      if (list) {
        list.push(match);
        this.positionsOf[number]?.push(match.at);
      } else {
        this.byConcept[number] = [match];
        this.positionsOf[number] = [match.at];
      }
    }
    // "Kommuniziert Microsoft das selbst?", "Darf MS das den Kunden sagen?": a "das" right after Microsoft and before
    // no noun of its own is a pronoun that points back, as "it" and "that" do in English.
    for (const at of this.positions('microsoft')) {
      const pronoun = at + 1;
      if (GERMAN_PRONOUN.test(this.tokens[pronoun] ?? '') && !this.at('anaphor', pronoun) && POINTS_BACK_BEFORE.test(this.tokens[pronoun + 1] ?? SENTENCE_END)) {
        const anaphor: Match = { concept: 'anaphor', at: pronoun, fuzzy: false, span: 1 };
        const number = CONCEPT_NUMBER.anaphor;
        (this.byConcept[number] ??= []).push(anaphor);
        (this.positionsOf[number] ??= []).push(pronoun);
      }
    }
    // "Wo melde ich bei Microsoft …", "Wie informiere ich Microsoft, dass …", "Bei wem reiche ich … ein", "wie geb i
    // Microsoft Bescheid": a German question word, then the verb, then the asker, is the asker doing the reaching, as
    // "darf ich" or "how do I" is; a verb of receiving or knowing ("Wann bekomme ich …", "Woher weiß ich …") is not.
    if (this.holds(GERMAN_QUESTION_WORD)) {
      this.tokens.forEach((token, at) => {
        if (!GERMAN_QUESTION_WORD.test(token)) return;
        const before = this.tokens[at - 1] ?? SENTENCE_END;
        const opens = isBreak(before) || (/^(bei|an|von|mit)$/.test(before) && isBreak(this.tokens[at - 2] ?? SENTENCE_END));
        const verb = at + 1;
        if (!opens || !/^(ich|i|wir)$/.test(this.tokens[verb + 1] ?? '') || this.at('askerSubject', verb)) return;
        if (!(this.at('communicate', verb) || ASKER_REACHING_VERB.test(this.tokens[verb] ?? '')) || this.at('receive', verb) || this.at('partnerReceives', verb)) return;
        const asker: Match = { concept: 'askerSubject', at: verb, fuzzy: false, span: 2 };
        const number = CONCEPT_NUMBER.askerSubject;
        const matches = (this.byConcept[number] ??= []);
        const positions = (this.positionsOf[number] ??= []);
        const index = positions.findIndex((position) => position > verb);
        matches.splice(index < 0 ? matches.length : index, 0, asker);
        positions.splice(index < 0 ? positions.length : index, 0, verb);
      });
    }
    // "Jetzt kam eine Rechnung von Microsoft", "kommt die Rechnung für die M365-Lizenzen von Microsoft?", "a bill
    // came from Microsoft": what comes from Microsoft, a bill or a message, is Microsoft reaching someone.
    if (this.holds(COMING)) {
      this.tokens.forEach((token, at) => {
        if (!COMING.test(token) || this.at('communicate', at) || this.at('receive', at)) return;
        const from = Math.max(0, at - 6);
        const around = this.tokens.slice(from, at + 9);
        const breakBefore = around.slice(0, at - from).lastIndexOf(SENTENCE_END);
        const breakAfter = around.indexOf(SENTENCE_END, at - from);
        const inPart = (offset: number) => offset > breakBefore && (breakAfter < 0 || offset < breakAfter);
        // Only with the thing that comes after the verb ("kam eine Rechnung", "kommt die Rechnung"), and no other sender
        // beside Microsoft ("… von Microsoft oder von uns"), whose question is who sends it.
        const after = (offset: number) => inPart(offset) && offset > at - from;
        const fromMicrosoft = around.some((word, offset) => after(offset) && /^(von|vom|from)$/.test(word) && this.at('microsoft', from + offset + 1));
        const sent = around.some((word, offset) => after(offset) && SENT_THINGS.test(word));
        const clauseStart = around.slice(0, at - from).findLastIndex((word) => isBreak(word));
        const clauseEnd = around.findIndex((word, offset) => offset > at - from && isBreak(word));
        const otherSender = around.some((word, offset) => offset > clauseStart && (clauseEnd < 0 || offset < clauseEnd) && PARTNER_AS_SOURCE.test(word));
        if (!fromMicrosoft || !sent || otherSender) return;
        const reaching: Match = { concept: 'communicate', at, fuzzy: false, span: 1 };
        const number = CONCEPT_NUMBER.communicate;
        const matches = (this.byConcept[number] ??= []);
        const positions = (this.positionsOf[number] ??= []);
        const index = positions.findIndex((position) => position > at);
        matches.splice(index < 0 ? matches.length : index, 0, reaching);
        positions.splice(index < 0 ? positions.length : index, 0, at);
      });
    }
    // "Microsoft 365 E3 aber bei uns im CSP", "M365 but through us": a "but" between a product and its channel sets
    // the product against another one; it starts no new clause that would part the product from its channel.
    const productEnds = new Set(scanned.products.map((product) => product.at + product.length));
    const cueAt = (at: number) => CUE_CONCEPTS.some((concept) => this.at(concept, at));
    // "die Copilot-Lizenzen hat er aber über uns gekauft": "aber" after the verb and its subject is a particle, no "but".
    // "Dynamics 365 bezieht er jedoch über uns", "hat er allerdings bei uns": the other adversative particles too.
    const particle = (at: number) => GERMAN_PARTICLE_BUT.test(this.tokens[at] ?? '') && GERMAN_MIDDLE_FIELD.test(this.tokens[at - 1] ?? '');
    // "Exchange Online Plan 2 aber über uns", "ihre Business-Premium-Lizenzen aber über uns": the product's edition or
    // holding noun stands between it and the "but", and still nothing but the channel follows.
    const holdingWords = (from: number, to: number) =>
      to - from <= 3 && this.tokens.slice(from, to).every((token, offset) => !isBreak(token) && scanned.matches.every((match) => match.at !== from + offset || match.concept === 'billingWeak'));
    const productJustBefore = (at: number) => productEnds.has(at) || scanned.products.some((product) => product.at + product.length < at && holdingWords(product.at + product.length, at));
    const clauseBreaks = new Set(this.positions('clauseBreak').filter((at) => !(productJustBefore(at) && cueAt(at + 1)) && !particle(at)));
    const softBreaks = new Set(this.positions('softBreak'));
    this.clause = [];
    this.segment = [];
    this.sentence = [];
    let clause = 0;
    let segment = 0;
    let sentence = 0;
    this.tokens.forEach((token, at) => {
      if (token === SENTENCE_END) sentence++;
      this.sentence.push(sentence);
      if (isBreak(token) || clauseBreaks.has(at)) {
        clause++;
        segment++;
      } else if (softBreaks.has(at)) segment++;
      this.clause.push(clause);
      this.segment.push(segment);
    });
  }

  has(concept: Concept): boolean {
    return this.byConcept[CONCEPT_NUMBER[concept]] !== undefined;
  }

  /** Whether some word of the question matches the pattern. */
  holds(pattern: WordPattern | WordSet): boolean {
    const number = WORD_PATTERN_NUMBER.get(pattern) as number;
    return ((this.heldPatterns[number >>> 5] as number) & (1 << (number & 31))) !== 0;
  }

  /**
   * Whether the word at this position matches the pattern, as `pattern.test(tokens[at] ?? '')` (or `has`) says, by
   * the word's answers instead of running the pattern again.
   */
  wordAt(at: number, pattern: WordPattern | WordSet): boolean {
    const answers = this.answersAtWord[at];
    const number = WORD_PATTERN_NUMBER.get(pattern) as number;
    if (answers === undefined) return (WORD_PATTERNS[number] as (word: string) => boolean)('');
    return answers !== NO_ANSWERS && ((answers[number >>> 5] as number) & (1 << (number & 31))) !== 0;
  }

  /** The positions whose words match the pattern, in order: none at once where no word does. */
  where(pattern: WordPattern | WordSet): readonly number[] {
    const number = WORD_PATTERN_NUMBER.get(pattern) as number;
    if (((this.heldPatterns[number >>> 5] as number) & (1 << (number & 31))) === 0) return NO_POSITIONS;
    let positions = this.positionsOfPattern[number];
    if (positions === undefined) {
      const found: number[] = [];
      const word = number >>> 5;
      const bit = 1 << (number & 31);
      for (let at = 0; at < this.answersAtWord.length; at++) {
        const answers = this.answersAtWord[at] as Int32Array;
        if (answers !== NO_ANSWERS && ((answers[word] as number) & bit) !== 0) found.push(at);
      }
      positions = found;
      this.positionsOfPattern[number] = positions;
    }
    return positions;
  }

  /**
   * The first position whose word matches the pattern and passes `test`, or -1: at once where no word matches it.
   * The shortcut and the word test are the same pattern, so a reading cannot change one and not the other.
   */
  findWord(pattern: WordPattern | WordSet, test: (at: number) => boolean): number {
    const positions = this.where(pattern);
    for (let index = 0; index < positions.length; index++) {
      const at = positions[index] as number;
      if (test(at)) return at;
    }
    return -1;
  }

  someWord(pattern: WordPattern | WordSet, test: (at: number) => boolean): boolean {
    return this.findWord(pattern, test) >= 0;
  }

  // The look-ups below run dozens of times per question: plain loops, as a callback would be made anew on every call.

  /** Whether the concept was found at this position only by tolerating a typo. */
  guessedAt(concept: Concept, position: number): boolean {
    const matches = this.byConcept[CONCEPT_NUMBER[concept]];
    if (!matches) return false;
    let guessed = false;
    for (let index = 0; index < matches.length; index++) {
      const match = matches[index] as Match;
      if (match.at !== position) continue;
      if (!match.fuzzy) return false;
      guessed = true;
    }
    return guessed;
  }

  count(concept: Concept): number {
    return this.byConcept[CONCEPT_NUMBER[concept]]?.length ?? 0;
  }

  positions(concept: Concept): readonly number[] {
    return this.positionsOf[CONCEPT_NUMBER[concept]] ?? NO_POSITIONS;
  }

  /** A concept is found at a few positions at most: a look through them costs less than a set made for it. */
  at(concept: Concept, position: number): boolean {
    return this.positionsOf[CONCEPT_NUMBER[concept]]?.includes(position) ?? false;
  }

  /** The last token of the concept's match at this position: a phrase ("in Rechnung", "Kontakt aufnehmen") ends later. */
  lastOf(concept: Concept, position: number): number {
    const match = this.byConcept[CONCEPT_NUMBER[concept]]?.find((found) => found.at === position);
    return position + (match?.span ?? 1) - 1;
  }

  /** Some `first` at most `window` tokens before some `second` (or after it, when `ordered` is false). */
  near(first: Concept, second: Concept, window: number, ordered = false): boolean {
    const firsts = this.positions(first);
    const seconds = this.positions(second);
    for (let i = 0; i < firsts.length; i++) {
      const a = firsts[i] as number;
      for (let j = 0; j < seconds.length; j++) {
        const b = seconds[j] as number;
        if (ordered ? b > a && b - a <= window : a !== b && Math.abs(a - b) <= window) return true;
      }
    }
    return false;
  }

  /** Any match of the concept in [from, to], within one clause of `clauseOf`. */
  within(concept: Concept, from: number, to: number, clauseOf?: number): boolean {
    const positions = this.positions(concept);
    for (let index = 0; index < positions.length; index++) {
      const at = positions[index] as number;
      if (at >= from && at <= to && (clauseOf === undefined || this.clause[at] === clauseOf)) return true;
    }
    return false;
  }

  /** A negation shortly before this position, in the same clause. */
  negatedAt(position: number, window: number): boolean {
    const negations = this.positions('negation');
    for (let index = 0; index < negations.length; index++) {
      const at = negations[index] as number;
      if (at < position && position - at <= window && this.clause[at] === this.clause[position]) return true;
    }
    return false;
  }

  /** A negation shortly before any match of the concept. */
  negatedBefore(concept: Concept, window: number): boolean {
    const positions = this.positions(concept);
    for (let index = 0; index < positions.length; index++) if (this.negatedAt(positions[index] as number, window)) return true;
    return false;
  }

  /** "… – and for Azure Government Secret?", "und GCC?": a follow-up that names only a scope. */
  get asksForScope(): boolean {
    // The last clause ("… – and for Azure Government Secret?") or the whole last sentence ("und für Azure China (21Vianet)?").
    // "and for customers I manage with Azure Lighthouse?": a longer fragment too, while it reaches no one and names no topic
    // "in der Microsoft Cloud Deutschland": Microsoft in the name of a cloud is the place, not one who acts
    const namesPlace = (match: Match) => match.concept === 'microsoft' && this.at('scopeTarget', match.at + 1);
    const plain = (start: number, stop: number) =>
      !this.scanned.matches.some((match) => match.at >= start && match.at < stop && FRAGMENT_BREAKERS.has(match.concept) && !namesPlace(match));
    const asksFrom = (start: number, stop = this.tokens.length) => {
      const words = this.tokens.slice(start, stop).filter((token) => !isBreak(token));
      const opens = ['and', 'und', 'what', 'wat', 'wie', 'was', 'also', 'auch', 'or', 'oder'].includes(words[0] ?? '');
      // "Und für Kunden in der von 21Vianet betriebenen Cloud in China?": a plain fragment may describe its place at length
      const followsUp = ['and', 'und', 'or', 'oder'].includes(words[0] ?? '');
      return opens && (words.length <= 6 || (words.length <= (followsUp ? 12 : 9) && plain(start, stop))) && this.positions('scopeTarget').some((at) => at >= start && at < stop);
    };
    if (this.has('howTo') || this.has('elsewhere')) return false;
    const end = this.tokens.length - 1;
    // "Und bei 21Vianet in China? Eine Partner-Uni hat dort einen Standort.": the follow-up first, then why it is asked,
    // in sentences that reach no one
    const firstEnd = this.sentence.lastIndexOf(0) + 1;
    const restReachesNoOne = !this.scanned.matches.some((match) => match.at >= firstEnd && FRAGMENT_BREAKERS.has(match.concept));
    return (
      asksFrom(this.clause.indexOf(this.clause[end] ?? -1)) ||
      asksFrom(this.sentence.indexOf(this.sentence[end] ?? -1)) ||
      (firstEnd < this.tokens.length && restReachesNoOne && asksFrom(0, firstEnd))
    );
  }

  /** "and for Dynamics?", "und Azure?", "what about Intune?": a follow-up that names only a product. */
  get asksForProduct(): boolean {
    const words = this.tokens.filter((token) => !isBreak(token));
    const opens = ['and', 'und', 'what', 'how', 'wie', 'was', 'also', 'auch', 'or', 'oder'].includes(words[0] ?? '');
    return opens && words.length <= 5 && this.scanned.products.length > 0 && this.scanned.matches.every((match) => FOLLOW_UP_CONCEPTS.has(match.concept));
  }

  /** "what may Microsoft contact them about": a question for the topics, as "in which cases" is. */
  get asksWhatAbout(): boolean {
    this.whatAbout ??= this.readAsksWhatAbout();
    return this.whatAbout;
  }

  private whatAbout: boolean | undefined;

  private readAsksWhatAbout(): boolean {
    if (this.scanned.products.length > 0) return false;
    return this.tokens.some((token, at) => {
      if (token !== 'about') return false;
      const clause = this.clause[at];
      const after = this.tokens.slice(at + 1).filter((_next, offset) => this.clause[at + 1 + offset] === clause);
      if (after.some((next) => !['at', 'all', 'then', 'really', 'directly', 'anyway'].includes(next))) return false;
      const before = this.tokens.slice(0, at).filter((_next, offset) => this.clause[offset] === clause);
      return before.some((next) => next === 'what' || next === 'which' || next === 'whats');
    });
  }

  /** Whether a word names the policy or its rules ("Richtlinie", "rules"): asked twice per question, read once. */
  get namesPolicy(): boolean {
    this.policyNamed ??= this.holds(POLICY_WORDS);
    return this.policyNamed;
  }

  private policyNamed: boolean | undefined;

  /** Tokens that carry words: not clause ends, not greetings or chat noise ("hey, quick one: …", "thx"). */
  get wordCount(): number {
    this.words ??= this.tokens.filter((token, at) => !isBreak(token) && !LEAD_IN.has(token) && !this.at('smallTalk', at)).length;
    return this.words;
  }

  /** Asked up to four times per question: counted once. */
  private words: number | undefined;
}

export const COMING = wordPattern(/^(kommt|kommen|kam|kamen|come|comes|came|coming|land|lands|landed|landing|landet|landen|arrive|arrives|arrived|ankommen|ankommt|eintreffen|trifft|treffen)$/);
