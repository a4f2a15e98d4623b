import { functionWords } from './lexicon';
import type { Scan } from './matcher';
import { isBreak, SENTENCE_END } from './normalize';
import { wordPattern } from './wordPatterns';
import { Found } from './found';

/**
 * Clause and grammar helpers that several readings share: the German verb in second place and the main clause after
 * an article, a fronted object, a determiner before its noun, relative clauses, the small word classes of grammar
 * (subjects, auxiliaries, "only", "our", "we", "from", "to"), who receives at a position, a word's slips. Reads no
 * fact of its own.
 */

export const FUNCTION_WORDS: ReadonlySet<string> = new Set([...functionWords.en, ...functionWords.de]);

/** Verbs by which someone reaches Microsoft (present forms: "got an email from" and "was called by" are the reverse). */
export const ASKER_VERBS = /^(contact|call|phone|ring|email|write|talk|speak|reach|ask|tell|inform|notify|escalat|ping|message|anruf|anrufen|kontaktier|anschreib|schreib|sprech|rede|frag|nachfrag|meld|informier|erreich|wend)(?!.*ed$)(?!.*ation(en)?$)/;
export const ALL_WORDS = /^(alles|everything|all|saemtliche)$/;
export const RELATIVE_OPENERS = /^(was|that|which|the|der|die|das)$/;

/** Nouns a relative "who" describes: "a customer who buys through us", "those who …" asks for no party. */
export const RELATIVE_HEADS = /^(those|anyone|anybody|someone|somebody|people|person|one|ones|everyone|everybody)$/;
export const SUBORDINATING = wordPattern(/^(ob|dass)$/);
export const GERMAN_SUBJECTS = /^(wir|ich)$/;

export const PASSIVE_AUXILIARIES = /^(wird|werden|wurde|wurden)$/;

/** The auxiliary after a German participle or infinitive at the end of its clause: "… geschickt hat", "… informiert werden". */
export const FINAL_AUXILIARIES =
  /^(hat|haben|habe|hast|hatte|hatten|haette|haetten|ist|sind|war|waren|waere|waeren|wird|werden|wurde|wurden|worden|wuerde|wuerden|kann|koennen|koennte|koennten|darf|duerfen|duerfte|duerften|soll|sollen|sollte|sollten|muss|muessen|muesste|muessten)$/;

export const OUR = wordPattern(/^(our|unser|unsere|unseren|unserem|unserer|unsre)$/);
// "lediglich", "bloß": German's other words for "nur" ("Bei uns hat er lediglich Exchange Online")
export const ONLY = wordPattern(/^(only|nur|lediglich|bloss|blos)$/);

export const RELATIVE = /^(das|die|der|den|which|that|welche|welches|welchen)$/;
/** A finite verb right after "die Lizenzen", "der Rest": the clause is a statement of its own, not a relative clause. */
const SECOND_PLACE_VERB = /^(laeuft|laufen|lief|liefen|sind|ist|war|waren|kommt|kommen|kam|kamen|hat|haben|hatte|hatten|liegt|liegen|geht|gehen|stammt|stammen|wird|werden|wurde|wurden|bleibt|bleiben|bezieht|beziehen|kauft|kaufen)$/;

/**
 * "…, die Lizenzen laufen über uns", "…, der Rest kommt von uns": an article, its noun and the finite verb in second
 * place make a statement of its own (the verb of a German relative clause comes last: "…, die er über uns bezieht").
 */
export function mainClauseAfter(found: Found, article: number): boolean {
  // the noun may take a product's name before it ("die Teams-Lizenzen kommen von uns")
  for (let verb = article + 2; verb <= article + 4; verb++) {
    const between = found.tokens.slice(article + 1, verb);
    if (between.some((word) => isBreak(word) || RELATIVE_SUBJECT.test(word) || FUNCTION_WORDS.has(word))) return false;
    if (SECOND_PLACE_VERB.test(found.tokens[verb] ?? '')) return true;
  }
  return false;
}
/** The subject right after a relative pronoun ("die er über uns hat"); after an article a noun follows ("die Lizenzen"). */
export const RELATIVE_SUBJECT = /^(er|sie|es|wir|ich|they|we|he|she|you|i)$/;

export const FROM = /^(from|von|vom)$/;

/**
 * How many words stand from `from` up to (not including) `to`, a product's name counting as one word and names read as
 * two straight after each other as one ("the Power BI licences" is three words, as "the Visio licences" is; so is "the
 * Microsoft 365 Business Premium licences").
 */
export function wordsIn(scanned: Scan, from: number, to: number): number {
  let words = to - from;
  const inside = scanned.products.filter((product) => product.at >= from && product.at + product.length <= to);
  for (const product of inside) {
    words -= product.length - 1;
    if (inside.some((before) => before.at + before.length === product.at)) words -= 1;
  }
  return words;
}
export const FROM_WORDS = wordPattern(/^(from|von|vom|aus|out|off)$/);
export const TO_WORDS = /^(to|into|onto|zu|zum|zur|in|ins|nach|auf)$/;

/** German puts the modal of a possibility last: "dass sie auch direkt bei Microsoft kaufen könnten". */
export const CLOSING_MODAL = /^(koennte|koennten|koenne|koennen)$/;
/** Verbs that open a yes/no question without reaching anyone themselves: auxiliaries, modals, coming and going. */
export const VERB_FIRST =
  /^(do|does|did|will|would|can|could|may|might|should|shall|is|are|was|were|has|have|kommt|kommen|kam|geht|gehen|ging|landet|landen|gibt|wird|werden|wuerde|wuerden|darf|duerfen|kann|koennen|koennte|koennten|muss|muessen|soll|sollen|sollte|sollten|ist|sind|war|hat|haben)$/;

/**
 * "Die Azure-Rechnung schickt Microsoft ihm direkt": German may put the object first, the verb second and Microsoft
 * after it; the object before the verb belongs to the asking part. Only a bare noun phrase: no one acting or owning in it.
 */
export function frontedObject(found: Found, verb: number): number | undefined {
  // … or the customer receiving after the verb: "Für das Kreditkarten-Abo bekommt er noch Rechnungen von Microsoft?"
  const customerReceives =
    found.at('receive', verb) && (/^(er|sie|es)$/.test(found.tokens[verb + 1] ?? '') || found.within('customer', verb + 1, verb + 2, found.clause[verb]));
  if (!found.within('microsoft', verb + 1, verb + 2, found.clause[verb]) && !customerReceives) return undefined;
  const clauseStart = found.clause.indexOf(found.clause[verb] ?? -1);
  // The clause's number starts at the break before it.
  const start = isBreak(found.tokens[clauseStart] ?? '') ? clauseStart + 1 : clauseStart;
  // "Für das Kreditkarten-Abo kommuniziert Microsoft direkt mit ihm?": a fronted prepositional phrase too
  const opener = found.tokens[start] ?? '';
  const prepositional = FRONTED_PREPOSITIONS.test(opener);
  // "Rechnung für dieses Project schickt Microsoft ihm?": a subscription noun opening the sentence without its article
  const bareNoun = (found.at('billing', start) || found.at('billingWeak', start)) && (start === 0 || found.tokens[start - 1] === SENTENCE_END);
  if (clauseStart < 0 || start >= verb || verb - start > (prepositional ? 6 : 5) || !(ARTICLES.test(opener) || prepositional || bareNoun)) return undefined;
  const names =
    found.scanned.products.some((product) => product.at >= start && product.at < verb) ||
    (['billing', 'billingWeak', 'ownAgreement', 'creditCard'] as const).some((concept) => found.within(concept, start, verb - 1));
  const acts = (['existing', 'customer', 'partner', 'buy', 'communicate', 'receive', 'microsoft', 'throughUs'] as const).some((concept) => found.within(concept, start, verb - 1));
  return names && !acts ? start : undefined;
}

/** Prepositions that open a phrase put before the verb: "Für das Kreditkarten-Abo …", "Zum EA-Vertrag …". */
export const FRONTED_PREPOSITIONS = /^(fuer|fuers|zu|zum|zur|wegen|wg|bzgl|bezueglich|hinsichtlich|ueber|beim|for|about|regarding|re|concerning)$/;

/** Articles that open a noun phrase: "Die Azure-Rechnung …", "Den Renewal-Hinweis …". */
export const ARTICLES = /^(der|die|das|den|dem|des|diese\w*|seine\w*|ihre\w*|the|this|that|their)$/;
/** A German participle used as an adjective: "die über CSP bezogenen Lizenzen", "gekaufte Abos". */
export const ATTRIBUTIVE_PARTICIPLE = /^(\w*ge\w+te[nmrs]?|\w*ge\w+ene[nmrs]?|bezogene[nmrs]?|erworbene[nmrs]?|gebuchte[nmrs]?|bestellte[nmrs]?)$/;

export const DEMONSTRATIVES = /^(that|this|those|these|diese\w*|jene\w*)$/;

/** "that app", "this SaaS offer": a demonstrative before a noun of its own, not a pronoun pointing back. */
export function determinerBeforeNoun(found: Found, at: number): boolean {
  const next = found.tokens[at + 1] ?? '.';
  return (
    DEMONSTRATIVES.test(found.tokens[at] ?? '') &&
    !isBreak(next) &&
    !FUNCTION_WORDS.has(next) &&
    // "zu diesen Produkten", "those licences": a generic noun points back like a pronoun
    !GENERIC_HOLDINGS.test(next) &&
    !(['communicate', 'receive', 'wondering', 'microsoft', 'customer', 'partner', 'negation'] as const).some((concept) => found.at(concept, at + 1))
  );
}

/** What every channel sells: repeating "licences" or "Abos" does not say which purchase is meant. */
export const GENERIC_HOLDINGS = wordPattern(/^(licen[cs]\w*|lizenz\w*|subscription\w*|subs|abo|abos|abonnement\w*|products?|produkt\w*|services?|dienst\w*|vertr\w*|contracts?|agreements?)$/);

export const ONLY_OR_ALL = wordPattern(/^(only|everything|nur|alles|ausschliesslich|exclusively|solely)$/);
export const OR = wordPattern(/^(or|oder)$/);

export const WE = wordPattern(/^(we|wir)$/);
export const DE_BRACKET_CLOSER = /^(?:\w{4,}(?:en|ern|eln)|ge\w{3,}(?:t|en)|\w{3,}iert)$/;

export const MEMO_LIMIT = 20_000;

/** The word with two neighbouring letters swapped back, every way: "infomriert" → … "informiert" … */
function swapsOf(token: string): string[] {
  const swaps: string[] = [];
  for (let at = 0; at < token.length - 1; at++) {
    if (token[at] !== token[at + 1]) swaps.push(token.slice(0, at) + token[at + 1] + token[at] + token.slice(at + 2));
  }
  return swaps;
}

const slips = new Map<RegExp, Map<string, boolean>>();

/** A word of six letters or more that is a word of the pattern with one slip of the finger ("cmopany", "certifiacte"). */
export function slipped(token: string, wanted: RegExp): boolean {
  if (token.length < 6) return false;
  let known = slips.get(wanted);
  if (!known) {
    known = new Map<string, boolean>();
    slips.set(wanted, known);
  }
  let found = known.get(token);
  if (found === undefined) {
    found = swapsOf(token).some((swap) => wanted.test(swap));
    if (known.size >= MEMO_LIMIT) known.clear();
    known.set(token, found);
  }
  return found;
}

/** Words that open another clause inside a run-on one ("… meldet seit er bei uns …"). */
const OTHER_CLAUSE_OPENERS = /^(seit|seitdem|weil|wenn|falls|da|dass|ob|obwohl|because|since|if|when|while)$/;
/** "sich melden": getting in touch, whose "bei" names the one reached. */
export const MELDEN = wordPattern(/^(melden|meldet|melde|meldest|meldete|meldeten)$/);

/**
 * The "bei"/"beim" phrases that may name whom a form of "sich melden" reaches (read by the recipient; the channel reads
 * no "bei uns" there): on the verb's side of its clause, before a verb that closes it ("ob Microsoft sich bei ihm
 * meldet, seit er bei uns …"), after one that opens it ("Meldet sich Microsoft … bei uns?") up to a word that opens
 * another clause; not a channel ("seiner bei uns gekauften Lizenzen").
 */
export function meldenBeiPhrases(found: Found, verb: number): number[] {
  if (!MELDEN.test(found.tokens[verb] ?? '')) return [];
  const clause = found.clause[verb];
  const inClause = (at: number) => at >= 0 && at < found.tokens.length && found.clause[at] === clause;
  let from = verb;
  while (inClause(from - 1)) from--;
  let to = verb;
  while (inClause(to + 1)) to++;
  if (!found.tokens.some((token, at) => token === 'sich' && inClause(at))) return [];
  // the verb closes its clause, an auxiliary after it at most ("melden wird")
  const verbLast = verb - from > 2 && (to === verb || (to === verb + 1 && FINAL_AUXILIARIES.test(found.tokens[to] ?? '')));
  const phrases: number[] = [];
  for (let at = verbLast ? from : verb + 1; inClause(at) && (verbLast ? at < verb : !OTHER_CLAUSE_OPENERS.test(found.tokens[at] ?? '')); at++) {
    if (!/^(bei|beim)$/.test(found.tokens[at] ?? '')) continue;
    if (ATTRIBUTIVE_PARTICIPLE.test(found.tokens[at + 2] ?? '') || found.within('buy', at + 2, at + 3, clause)) continue;
    phrases.push(at);
  }
  return phrases;
}

/**
 * How many, said before what is bought: "a few", "a couple of", "a handful of", "two extra", "some additional", "ein
 * paar", "einige zusätzliche". Words that only count or add to the thing bought.
 */
const QUANTITY_WORDS = /^(few|couple|several|handful|dozen|bunch|number|of|extra|additional|more|further|paar|einige|mehrere|zusaetzlich\w*|weitere\w*|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|zwei|drei|vier|fuenf|zehn|zwanzig|fuenfzig|hundert)$/;

/**
 * How many words stand from a verb of buying at `buy` on to a later word at `to`, as `wordsIn` counts them, and not
 * counting the words of how many were bought nor a second name joined by "for" ("bought a few Microsoft Defender for
 * Office 365 licences directly" is as near as "bought the Visio licences directly").
 */
export function purchaseWordsApart(found: Found, buy: number, to: number): number {
  let words = 1 + wordsIn(found.scanned, buy + 1, to);
  for (let word = buy + 1; word < to; word++) {
    const inName = found.scanned.products.some((product) => product.at <= word && word < product.at + product.length);
    if (QUANTITY_WORDS.test(found.tokens[word] ?? '') && !inName) words--;
    // "Defender for Office 365": the joiner and the second name are one name with the first
    if (/^(for|fuer)$/.test(found.tokens[word] ?? '') && found.scanned.products.some((product) => product.at + product.length === word) && found.scanned.products.some((product) => product.at === word + 1 && product.at + product.length <= to)) words -= 2;
  }
  return words;
}
