import { languageOfLocale, type Language } from '../language/language';
import {
  emptyFacts,
  type Asks,
  type Facts,
  type Intent,
  type Product,
  type ProductChannel,
  type Recipient,
  type Topic,
  type TriState,
  type Understanding
} from './facts';
import type { Concept } from './lexicon';
import { institutionalNameAt, isKnownWord, scan, type ProductMatch, type Scan } from './matcher';
import { ARROW, CLAUSE_END, isBreak, normalize, SENTENCE_END, tokenize } from './normalize';
import { withWrongWordsMended } from './wrongWords';
import { wordPattern, wordSet } from './wordPatterns';
import { LEAD_IN, POLICY_WORDS, NO_POSITIONS, GERMAN_PARTICLE_BUT, Found, COMING } from './found';
import {
  FUNCTION_WORDS,
  ASKER_VERBS,
  ALL_WORDS,
  RELATIVE_OPENERS,
  RELATIVE_HEADS,
  SUBORDINATING,
  GERMAN_SUBJECTS,
  PASSIVE_AUXILIARIES,
  FINAL_AUXILIARIES,
  OUR,
  ONLY,
  RELATIVE,
  mainClauseAfter,
  RELATIVE_SUBJECT,
  FROM,
  wordsIn,
  FROM_WORDS,
  TO_WORDS,
  CLOSING_MODAL,
  VERB_FIRST,
  frontedObject,
  FRONTED_PREPOSITIONS,
  ARTICLES,
  ATTRIBUTIVE_PARTICIPLE,
  DEMONSTRATIVES,
  determinerBeforeNoun,
  GENERIC_HOLDINGS,
  ONLY_OR_ALL,
  OR,
  WE,
  DE_BRACKET_CLOSER,
  slipped
} from './grammar';
import {
  withoutQuotedPassages,
  SENDING,
  FRONTED_REACH,
  withoutAbbreviationStops,
  joinSeparableVerbs,
  inCustomerVoice,
  withOurCustomersNamed,
  withClientOfFreelancer,
  readable,
  withHyphenSlipsMended,
  inStandardGerman,
  withDecidingSlipsMended,
  withoutAnswerForm,
  withUmlautsRestored
} from './text';

export interface UnderstandOptions {
  /** Answer in this language whatever the question is written in. */
  language?: Language;
  /** The client's locale: decides the language only when the words leave it open. */
  locale?: string;
}

/** Longer input is read on its first characters only; the bot itself truncates earlier and says so. */
const MAX_READ_LENGTH = 2_000;

const PARTNER_QUESTION_OPENERS = wordSet(['do', 'will', 'did', 'are', 'can', 'would', 'should', 'shall', 'werden', 'wuerden', 'werde']);
const PASSIVE_REACHED = wordSet([
  'notified', 'informed', 'told', 'emailed', 'warned', 'alerted', 'contacted', 'sent', 'updated', 'reminded',
  'informiert', 'benachrichtigt', 'gewarnt', 'kontaktiert', 'angeschrieben', 'erinnert',
  // the administrative register's: "is the contractor apprised", "wird der Auftragnehmer unterrichtet"
  'apprised', 'approached', 'unterrichtet', 'verstaendigt', 'angesprochen'
]);

const PASSIVE_WORDS = new RegExp(`^(${[...PASSIVE_REACHED].join('|')})$`);

/** "informed", "benachrichtigt", also misspelt ("infomriert"), where the scan guessed a verb of reaching. */
function passiveReached(found: Found, at: number): boolean {
  const token = found.tokens[at] ?? '';
  return PASSIVE_REACHED.has(token) || (found.at('communicate', at) && slipped(token, PASSIVE_WORDS));
}

/** Third-person German verb forms ("redet", "schreibt", "fragt", "kontaktiert"): the one acting follows them. */
const GERMAN_FINITE = /(et|rt|bt|gt|ht|ft)$/;
/** A word after "Microsoft" that makes it the one acting: "MS hat ihm geschrieben", "Microsoft sent". */
const MICROSOFT_ACTS_NEXT = /^(hat|has|had|is|was|will|would|wird|sent|schickt|schreibt|emailed|mailed|keeps|says|sagt|did|does|may|can|darf|kann|called|contacted|meldet|informiert|macht|tut|makes)$/;

/** Orders to tell, not to do: "summarize", "explain", "fass … zusammen", "erklär". */
const KNOWLEDGE_ORDERS = /^(summari[sz]e|explain|list|give|tell|describe|show|fass|fasse|fassen|zusammenfassen|erklaer|erklaere|erklaeren|nenn|nenne|nennen|gib|zeig|zeige)$/;

const PURCHASE_VERBS = wordPattern(/^(bought|buys|buy|purchased|sold|sell|ordered|gekauft|kauft|bezogen|bezieht|verkauft|laeuft|laufen|lief|liefen|bestellt)$/);

/** "Kannst du …", "can you …": the verbs that open a request to the bot, and "zusammenfassen", "summarise", an order to summarise. */
const CAN_YOU = wordSet(['kannst', 'koennen', 'can', 'could']);
const SUMMARISING = wordSet(['zusammenfassen', 'summarise', 'summarize']);
const MESSAGE_DETERMINERS = wordPattern(/^(this|these|the|following|their|his|her|die|den|das|der|seine|ihre|diese\w*|folgende\w*|beigefuegte\w*|attached)$/);

/** What a person asks a bot to do for them: look something up, check, write, open. */
const TOOL_VERBS = /^(nachschauen|nachsehen|schauen|pruefen|checken|check|look|find|open|write|draft|send|create|oeffnen|schreiben|erstellen|anlegen|zuweisen|assign)$/;

/** "only …", "also …": a question that sets one place against another. */
const SCOPE_CONTRAST = wordSet(['only', 'also', 'too', 'nur', 'auch', 'ebenso', 'genauso', 'likewise']);

/** Words that ask what something is about: "worum", "wovon handelt", "was behandelt", "was regelt", "deal with". */
const POLICY_SUBJECT_ASKED = wordPattern(/^(regelt|worum|worueber|wovon|behandelt|handelt|thema|inhalt|deal|deals|zweck|purpose)$/);

/** A position where Microsoft may be named as the one acting, and where the one it reaches is named. */
const SUBJECT_WINDOW = 3;
const OBJECT_WINDOW = 5;

/** "Please translate this mail: '…'": the asker's own words, outside the pasted passage, say which language to answer in. */
function languageEvidence(scanned: Scan, raw: string, own: string): Scan {
  if (own === raw) return scanned;
  const outside = scan(tokenize(normalize(own)));
  return outside.languageScore.en + outside.languageScore.de >= 3 ? outside : scanned;
}

/**
 * Spellings only one of the languages has, for words the lexicon does not know: "Abwesenheitsnotiz einrichten",
 * "Datenschutzerklärung" are German by their shape; "throughput", "onboarding" English.
 */
const GERMAN_SHAPE = /(sch|cht|tz|heit|keit|ung|ungen|lich|isch|ier(t|en)|chen)$|sch|cht|heit|keit|tz[aeiou]|ae[a-z]/;
const ENGLISH_SHAPE = /^(th|wh)|(ing|ings|tion|tions|ly|ous|ness)$|ght|ee[a-z]|oo[a-z]|w[aeiou]/;

/** Which language the words' shapes point to, for a question whose known words leave the language open. */
function languageByShape(tokens: readonly string[]): Record<Language, number> {
  const score = { en: 0, de: 0 };
  for (const token of tokens) {
    if (token.length < 4 || isKnownWord(token) || /\d/.test(token)) continue;
    if (GERMAN_SHAPE.test(token)) score.de++;
    if (ENGLISH_SHAPE.test(token)) score.en++;
  }
  return score;
}

function detectLanguage(scanned: Scan, raw: string, options: UnderstandOptions): Language {
  if (options.language) return options.language;
  const score = { ...scanned.languageScore };
  if (/[äöüß]/i.test(raw)) score.de += 2;
  if (score.de === score.en) {
    const shape = languageByShape(scanned.tokens);
    score.de += shape.de;
    score.en += shape.en;
  }
  if (score.de > score.en) return 'de';
  if (score.en > score.de) return 'en';
  return languageOfLocale(options.locale) ?? 'en';
}

/** Events and reviews a vendor offers: "Kostenoptimierungstag", "cost optimisation workshop", "Cost Review". */
const EVENT_NOUNS = /(tag|tage|workshop\w*|webinar\w*|review\w*|seminar\w*|schulung\w*|veranstaltung\w*|event\w*|session\w*|sprechstunde\w*|assessment\w*|bootcamp\w*|training\w*|roadshow\w*|briefing\w*)$/;
const EVENT_WORDS = /^(workshops?|webinars?|reviews?|seminars?|seminare|schulung\w*|veranstaltung\w*|events?|sessions?|sprechstunde\w*|assessments?|bootcamps?|trainings?|roadshows?|briefings?|day|days)$/;
const COST_WORDS = /^(kosten|cost|costs|spar|savings|finops|preis|price|pricing)/;

/**
 * "Microsoft macht einen Azure-Kostenoptimierungstag", "a free cost optimisation workshop", "einen Well-Architected Cost
 * Review": a cost word that names an event or a review Microsoft offers belongs to the offer, no subscription matter.
 */
function costEvent(found: Found, at: number): boolean {
  const token = found.tokens[at] ?? '';
  if (!COST_WORDS.test(token)) return false;
  if (token.length > 8 && EVENT_NOUNS.test(token)) return true;
  const sameClause = (position: number) => found.clause[position] === found.clause[at];
  // "a cost review", "Kosten-Check-Webinar"; or the event first: "ein Workshop zur Kostenoptimierung"
  const after = found.tokens.slice(at + 1, at + 3).some((next, offset) => EVENT_WORDS.test(next) && sameClause(at + 1 + offset));
  const before = [at - 2, at - 3].some((position) => EVENT_WORDS.test(found.tokens[position] ?? '') && /^(zur|zum|zu|on|about|for|ueber)$/.test(found.tokens[position + 1] ?? '') && sameClause(position));
  return after || before;
}

/** A cost record the partner looks things up in: "Kostenreport", "Kostenexport", "cost export", "cost report". */
const COST_RECORD = /^(kosten|cost|costs)(report|reports|export|exports|uebersicht|auswertung|analyse|dashboard)?$/;
const RECORD_NOUNS = /^(report|reports|export|exports|uebersicht|auswertung|dashboard|analysis|management|view)$/;

/**
 * "die tauchen bei 9 Kunden im Kostenreport auf", "we count 46 of them in the cost export": the partner's cost record
 * is where the asker found what the notice is about, no subscription matter of the customer's.
 */
function recordsLookedIn(found: Found, at: number): boolean {
  const token = found.tokens[at] ?? '';
  if (!COST_RECORD.test(token)) return false;
  const record = token.length > 5 || RECORD_NOUNS.test(found.tokens[at + 1] ?? '');
  const inside = [at - 1, at - 2, at - 3].some((before) => /^(im|in|aus|from)$/.test(found.tokens[before] ?? '') && found.clause[before] === found.clause[at]);
  const clause = found.clause[at];
  const lookedUp = found.someWord(FOUND_IN_RECORDS, (position) => found.clause[position] === clause && Math.abs(position - at) <= 10);
  return record && inside && lookedUp;
}

/** Verbs of finding something in a record: "tauchen … auf", "stehen", "we count", "shows up", "appear". */
const FOUND_IN_RECORDS = wordPattern(/^(tauch\w*|auftauch\w*|erschein\w*|steh\w*|sieht|sehen|seh|sehe|zaehl\w*|gezaehlt|find\w*|gefunden|count|counted|counting|see|saw|seen|show|shows|showed|shown|appear\w*|spot\w*|list\w*|gelistet)$/);

/** "a 50-seat customer" sizes the customer; "the switch to us" moves the customer to another partner: no subscription matter. */
function describesOnly(found: Found, at: number): boolean {
  const token = found.tokens[at] ?? '';
  if (token === 'seat' && /^\d+$/.test(found.tokens[at - 1] ?? '')) return true;
  const next = found.tokens.slice(at + 1, at + 3);
  const toPartner = (next[0] === 'to' || next[0] === 'zu') && (found.at('partnerObject', at + 2) || found.at('partner', at + 2));
  return /^(wechsel|switch|move|moved|moving)/.test(token) && toPartner;
}

const ROLE_NOUNS = /^(lead|leads|manager|managers|head|engineer|engineers|director|directors|officer|officers|analyst|analysts|staff|department|team|teams|desk|specialist|specialists|person|people|guy|guys)$/;

/**
 * "Role: senior CSP operations lead", "I'm the security officer at a CSP": a job title names who asks, not an
 * operational event; not where Microsoft is named right before it ("Microsoft's security team"), where it may act.
 */
function roleTitle(found: Found, at: number): boolean {
  if (!/^(operations|ops|security|secops)$/.test(found.tokens[at] ?? '') || !ROLE_NOUNS.test(found.tokens[at + 1] ?? '')) return false;
  return !found.within('microsoft', at - 3, at - 1);
}

/** "a breach of the CSP arrangement", "Verstoß gegen die Richtlinie": breaking a rule is no security breach. */
function breachOfRule(found: Found, at: number): boolean {
  if (!/^breach/.test(found.tokens[at] ?? '')) return false;
  const after = found.tokens.slice(at + 1, at + 5);
  return after[0] === 'of' && (after.some((token) => /^(policy|policies|rule|rules|contract|agreement|arrangement|terms|csp|guideline)/.test(token)) || found.within('policyRef', at + 1, at + 4));
}

/** Every topic present. Weak words ("licence", "down") count only when no strong word names a topic. */
function topicsOf(found: Found): Array<Exclude<Topic, 'none'>> {
  const topics: Array<Exclude<Topic, 'none'>> = [];
  // A topic word guessed through a typo ("brachliegen" read as an operational word) is only weak evidence: it may
  // name a topic when nothing else does, never outweigh one that is spelt out.
  const sure = (concept: Concept) => found.positions(concept).filter((at) => !found.guessedAt(concept, at));
  const guessed = (concept: Concept) => found.positions(concept).filter((at) => found.guessedAt(concept, at)).length;
  const operationalWord = (at: number) =>
    !deniedForOther(found, at) &&
    !channelMove(found, at) && !breachOfRule(found, at) && !retiresOffer(found, at) && !incidentalOperational(found, at) && !excepted(found, at) && !roleTitle(found, at) && !offeredService(found, at);
  if (sure('operational').some(operationalWord) || retiresProduct(found) || supportEnds(found) || movesData(found) || operationalPassive(found) || serviceGoesDown(found) || switchesOffFeature(found)) {
    topics.push('operational');
  }
  // "unser Vertrieb sagt …", "our sales team thinks …": the asker's own department is a source, not a topic.
  const ownDepartment = (at: number) => /^(our|my|unser\w*|mein\w*|laut)$/.test(found.tokens[at - 1] ?? '');
  const marketing = sure('marketing').filter((at) => !ownDepartment(at) && !deniedForOther(found, at) && !partnerCampaign(found, at) && !describesChange(found, at) && !eventAsTime(found, at));
  // "an account manager called about their licences": who calls is no topic when something else is named.
  const marketingTopic =
    marketing.some((at) => !salesRole(found, at)) ||
    (marketing.length > 0 && found.holds(SELLING)) ||
    newOffers(found) ||
    offersMade(found) ||
    newProducts(found) ||
    winsOverToDirect(found) ||
    aimsAtDirect(found);
  const cardPurchase = cardBought(found);
  const quoteAsBilling = salesQuotes(found) && !marketingTopic;
  const billingWords = sure('billing').filter(
    (at) =>
      !describesOnly(found, at) &&
      !deniedForOther(found, at) &&
      !renewsCredential(found, at) &&
      !retirementPath(found, at) &&
      !technicalUpgrade(found, at) &&
      !describesCampaign(found, at) &&
      !excepted(found, at) &&
      !movesIntoDirectAt(found, at) &&
      !mentionedInNotice(found, at) &&
      !recordsLookedIn(found, at) &&
      !costEvent(found, at)
  );
  // "campaign e-mails about the Windows 11 upgrade", "ein kostenpflichtiges Upgrade bewerben": what a pitch sells is
  // no subscription matter of the customer's; a change of plan ("from E3 to E5") still is.
  // "webinar invites about savings plans", "a free cost optimisation workshop": what an event or mailing is about is
  // its subject, not the customer's subscription.
  const pitchSubject = (at: number) =>
    found.positions('marketing').some((event) => PITCH_EVENTS.test(found.tokens[event] ?? '') && Math.abs(event - at) <= 3 && found.clause[event] === found.clause[at]);
  const soldInPitch = marketingTopic && billingWords.every((at) => SOLD_IN_PITCH.test(found.tokens[at] ?? '') || pitchSubject(at)) && !changesPlan(found);
  const billingWord = billingWords.length > 0 && !soldInPitch;
  if (!topics.includes('operational') && found.positions('billing').some((at) => technicalUpgrade(found, at))) topics.push('operational');
  if (billingWord || quoteAsBilling || (paymentCard(found) && !cardPurchase) || changesPlan(found) || partnerBoughtMore(found)) topics.push('billing');
  if (marketingTopic) topics.push('marketing');
  // "… and too few licences – does Microsoft tell him about both?": every part counts, weak words too.
  if (bothPartsAsked(found)) {
    if (found.has('billingWeak') && !topics.includes('billing')) topics.push('billing');
    if (found.positions('operationalWeak').some((at) => !costAlert(found, at)) && !topics.includes('operational')) topics.push('operational');
  }
  // A guessed topic word beside a spelt-out other topic ("the miantenance window and the renewal quote") is another
  // part of the question: it cannot outweigh the spelt-out one, but dropping it would answer one part confidently.
  // Only where that changes the answer to both cases: an operational part beside a subscription or marketing part
  // ("willing" misread as billing beside a marketing question changes nothing but the first rule).
  if (topics.length > 0) {
    const operationalPart = topics.includes('operational');
    for (const topic of operationalPart ? (['billing', 'marketing'] as const) : (['operational'] as const)) {
      if (!topics.includes(topic) && guessed(topic) > 0) topics.push(topic);
    }
    return askedTopics(found, withEveryPart(found, topics));
  }
  const weakBilling = found.positions('billingWeak').filter((at) => !describesOnly(found, at) && !renewsCredential(found, at) && !changesOtherThing(found, at) && !changesSomething(found, at) && !channelMove(found, at) && !licensedThrough(found, at)).length + guessed('billing');
  const weakOperational = found.positions('operationalWeak').filter((at) => !checksOnly(found, at) && !howItWorks(found, at) && !costAlert(found, at)).length;
  const operational = 0.5 * weakOperational + guessed('operational') + (serviceGone(found) || serviceFailsAround(found) ? 1 : 0);
  // A guessed word against a spelt-out one, equally strong: both topics, so the answer turns on which is meant.
  if (operational > 0 && operational === weakBilling && guessed('operational') + guessed('billing') > 0) return ['operational', 'billing'];
  if (operational > 0 && operational >= weakBilling) return ['operational'];
  if (weakBilling > 0) return ['billing'];
  // "Is the account team allowed to talk to a CSP customer?", "Darf das Account Team überhaupt mit einem CSP-Kunden
  // reden?": who would reach out, asked whether it may, names no matter; every case is asked, as for Microsoft itself
  // (a product named is what a seller would pitch: "Darf der Vertrieb unsere Kunden zu Copilot ansprechen?")
  const whoOnly =
    marketing.length > 0 &&
    marketing.every((at) => salesRole(found, at) && !/angebot|aktion|kampagne|offer/.test(found.tokens[at] ?? '')) &&
    guessed('marketing') === 0 &&
    found.scanned.products.length === 0 &&
    !found.has('quote') &&
    !found.has('about') &&
    // "May I ask whether …": the asker's politeness, not whether the seller may
    found.someWord(MAY, (at) => !/^(i|ich|we|wir|you|du|sie)$/.test(found.tokens[at + 1] ?? '')) &&
    found.has('communicate');
  if (whoOnly && !microsoftSells(found)) return [];
  if (marketing.length > 0 || guessed('marketing') > 0 || microsoftSells(found)) return ['marketing'];
  return [];
}

const MAY = wordPattern(/^(allowed|permitted|may|can|could|darf|duerfen|duerfte|kann|koennen|erlaubt|zulaessig|ok|okay)$/);

const DENYING = /^(kein|keine|keinen|keiner|keinem|keines|nicht|no|not)$/;
/** What a denied matter is set against: "sondern", "ich meine", "I mean", "rather". */
const CONTRASTING = /^(sondern|meine|meinte|gemeint|mean|meant|rather|instead|vielmehr)$/;

/**
 * "Keine Störungen, ich meine die bunten Mails", "not outages, I mean the newsletters", "nicht wegen der Rechnung,
 * sondern …": a matter denied and set against another is what the question is not about.
 */
function deniedForOther(found: Found, at: number): boolean {
  if (excludedForOther(found, at) || takenBack(found, at)) return true;
  const denied = [at - 1, at - 2].some((before) => before >= 0 && found.clause[before] === found.clause[at] && DENYING.test(found.tokens[before] ?? ''));
  if (!denied) return false;
  const sentence = found.sentence[at];
  for (let next = at + 1; next <= at + 6 && found.sentence[next] === sentence; next++) {
    if (CONTRASTING.test(found.tokens[next] ?? '')) return true;
  }
  return false;
}

/** The words that name a matter, in their families: a matter set aside for another needs one of another family. */
const MATTER_FAMILIES: ReadonlyArray<readonly Concept[]> = [
  ['operational', 'operationalWeak'],
  ['billing', 'billingWeak', 'quote'],
  ['marketing']
];

/** Some word of another family than the word at `at` names a matter, where `where` allows. */
function otherMatterNamed(found: Found, at: number, where: (position: number) => boolean): boolean {
  return MATTER_FAMILIES.some(
    (family) => !family.some((concept) => found.at(concept, at)) && family.some((concept) => found.positions(concept).some((position) => position !== at && where(position)))
  );
}

/** What a matter is set aside by: "not (asking) about", "nicht um", "keine Frage zu", "not re". */
const SET_ASIDE_ABOUT = /^(about|re|regarding|concerning|um|wegen|nach|zu|zur|zum|bzgl|bezueglich|betreffend|ueber)$/;
const ASKING_NOUNS = /^(asking|talking|question|questions|frage|fragen|thema|gehts)$/;
const SET_ASIDE_NEGATION = /^(not|n't|nicht|kein|keine|keinen|keiner)$/;
const SET_ASIDE_OPENING = /^(i|i'm|im|ich|am|it|its|this|that|is|was|es|geht|gehts|ging|das|hier|here|diesmal|ist|mal|also|so|just|jetzt|now|again|wieder)$/;

/**
 * "Not asking about the invoice this time. When …", "Es geht nicht um die Abrechnung, sondern um …", "Keine Frage zur
 * Rechnung: …", "This isn't about billing. …": a matter named only to be excluded, in a clause that reaches no one,
 * while the question names a matter of another kind. "Schreibt Microsoft ihm nicht wegen der Rechnung?" reaches the
 * customer in the same clause: a negated question about the invoice, not a matter set aside.
 */
function excludedForOther(found: Found, at: number): boolean {
  const clause = found.clause[at];
  for (let negation = at - 1; negation >= Math.max(0, at - 6) && found.clause[negation] === clause; negation--) {
    if (!SET_ASIDE_NEGATION.test(found.tokens[negation] ?? '')) continue;
    let next = negation + 1;
    if (ASKING_NOUNS.test(found.tokens[next] ?? '')) next++;
    if (!SET_ASIDE_ABOUT.test(found.tokens[next] ?? '') || next >= at) return false;
    // The asker's own statement, opening its clause ("Not asking about …", "Es geht nicht um …", "This isn't about …");
    // "…, but not about their seat reduction" goes on with the verb of the clause before it, a part that is asked.
    for (let before = negation - 1; before >= 0 && found.clause[before] === clause; before--) {
      if (!SET_ASIDE_OPENING.test(found.tokens[before] ?? '')) return false;
    }
    const reachesInClause = found.positions('communicate').some((verb) => found.clause[verb] === clause) || found.positions('receive').some((verb) => found.clause[verb] === clause);
    return !reachesInClause && otherMatterNamed(found, at, (position) => found.clause[position] !== clause);
  }
  return false;
}

/** Words that take back what was just said: "sorry, scratch that", "no wait", "I mean", "nein, ich meine", "Quatsch". */
const TAKING_BACK = /^(scratch|strike|wait|sorry|correction|meant|meinte|quatsch|korrektur|pardon|streich|streiche|vergiss|oops)$/;

/**
 * "about the service incident – sorry, scratch that, about the renewal", "About billing – no wait, I mean the security
 * incident", "wegen der Störung, nein, ich meine wegen der Rechnung": a matter taken back is replaced by the one named
 * after the words that take it back, when that one is of another kind ("the invoice, I mean the Azure one" still asks
 * about the invoice).
 */
function takenBack(found: Found, at: number): boolean {
  const sentence = found.sentence[at];
  for (let next = at + 1; next <= at + 8 && found.sentence[next] === sentence; next++) {
    const token = found.tokens[next] ?? '';
    const before = found.tokens[next - 1] ?? '';
    const marker =
      TAKING_BACK.test(token) ||
      ((token === 'mean' || token === 'meine') && (before === 'i' || before === 'ich')) ||
      ((token === 'no' || token === 'nein') && isBreak(before) && isBreak(found.tokens[next + 1] ?? '')) ||
      (token === 'gesagt' && before === 'besser');
    if (!marker) continue;
    const after = (position: number) => position > next && position <= next + 10 && found.sentence[position] === sentence;
    return otherMatterNamed(found, at, after);
  }
  return false;
}

const BARE_CARD = /^(card|cards|karte|karten)$/;
const SEASONS_GREETING = wordPattern(/^(weihnacht\w*|festtag\w*|feiertag\w*|grusskarte\w*|gruesse|gruss|neujahr\w*|christmas|xmas|holiday|holidays|greeting\w*|season|seasons|postkarte\w*|geburtstag\w*|birthday\w*)$/);
const WRITING = /^(schreib\w*|geschrieben|write|writes|writing|wrote|written|handwrit\w*|hand)$/;

/**
 * A payment card named: "Weihnachtsgrüße? … weil ich jedes Jahr 60 Karten von Hand schreibe", "we write holiday cards
 * to every customer": a card written or sent as a greeting is no payment card.
 */
function paymentCard(found: Found): boolean {
  return found.positions('creditCard').some((at) => {
    const token = found.tokens[at] ?? '';
    // "Weihnachtskarten", "Grußkarten", "Postkarten": the card a greeting is written on
    if (SEASONS_GREETING.test(token) || /(gruss|post|glueckwunsch|dank|einladungs)karten?$/.test(token)) return false;
    if (!BARE_CARD.test(token)) return true;
    const written = [at - 3, at - 2, at - 1, at + 1, at + 2, at + 3].some((near) => found.clause[near] === found.clause[at] && WRITING.test(found.tokens[near] ?? ''));
    return !written && !found.holds(SEASONS_GREETING);
  });
}

const ALERTS = /^(\w*alert\w*|\w*alarm\w*|\w*warnung\w*)$/;
const ALERTED_AMOUNTS = /^(cost|costs|budget\w*|spend\w*|spending|usage|price|pricing|billing|invoice|kosten\w*|ausgaben|verbrauch\w*|preis\w*|rechnung\w*|abrechnung\w*)$/;

/** "an Azure cost alert", "Budget-Warnung", "Kostenalarm": an alert on money is a subscription matter's, no incident. */
function costAlert(found: Found, at: number): boolean {
  const token = found.tokens[at] ?? '';
  if (!ALERTS.test(token)) return false;
  return ALERTED_AMOUNTS.test(found.tokens[at - 1] ?? '') || /^(kosten|budget|ausgaben|verbrauchs|preis|rechnungs)/.test(token);
}

/**
 * "Both source and target tenants are licensed through our CSP. If Exchange Online has an incident …": "both" in a
 * sentence that tells the story describes two things; it asks for two parts only where the question reaches someone
 * ("… about both?", "Meldet sich Microsoft zu beidem?") or in the last sentence.
 */
function bothPartsAsked(found: Found): boolean {
  if (pairedParts(found) || partsPointedBack(found)) return true;
  if (!found.has('both')) return false;
  const last = found.sentence[found.tokens.length - 1];
  // ("was davon . kommuniziert Microsoft": a break the run-on reading put before the verb still joins them)
  const joined = (verb: number, at: number) => found.sentence[verb] === found.sentence[at] || Math.abs(verb - at) <= 4;
  return found.positions('both').some(
    (at) => found.sentence[at] === last || found.positions('communicate').some((verb) => joined(verb, at)) || found.positions('receive').some((verb) => joined(verb, at))
  );
}

/** The first half of a paired conjunction: "weder … noch", "neither … nor". */
const PAIR_OPENERS = wordPattern(/^(weder|neither)$/);
const PAIR_CLOSERS = /^(noch|nor)$/;

/**
 * "Weder zur Abschaltung … noch zum Wechsel auf die Teams-Lizenzen schreibt Microsoft …", "neither the outage notice
 * nor the seat change": a paired conjunction names two parts, each of which is asked, weak words included.
 */
function pairedParts(found: Found): boolean {
  return found.someWord(PAIR_OPENERS, (at) => found.tokens.slice(at + 2, at + 16).some((token) => PAIR_CLOSERS.test(token)));
}

/** Plural pointers back to what was named: "these", "those", "diesen", "diese". */
const PLURAL_POINTERS = wordPattern(/^(these|those|diesen|diese)$/);
/** Nouns that count the parts pointed back to: "these points", "diesen Punkten", "those two things". */
const PART_NOUNS = /^(points?|things?|matters?|topics?|issues?|items?|two|three|punkte\w*|themen|sachen|dinge\w*|angelegenheiten|beiden|drei)$/;

/**
 * "… plus they want to cut licences from 80 to 60 – does Microsoft reach out on these?", "Informiert Microsoft den
 * Kunden zu diesen Punkten?": a plural pointer in the asking sentence, alone or before a noun that counts parts,
 * asks about every part named before it, weak words included.
 */
function partsPointedBack(found: Found): boolean {
  const last = found.sentence[found.tokens.length - 1];
  return found.someWord(PLURAL_POINTERS, (at) => {
    if (found.sentence[at] !== last || at === 0) return false;
    const next = found.tokens[at + 1] ?? '.';
    return isBreak(next) || PART_NOUNS.test(next);
  });
}

const MENTIONING = /^(mention\w*|erwaehn\w*|verwies\w*|verweis\w*|hingewiesen|referr\w*|refers|referenced|cited|noted|genannt)$/;

/**
 * "a notice about suspected crypto-mining … and mentioned unusually high consumption charges in it", "… und in dem
 * Hinweis auf ungewöhnlich hohe Verbrauchskosten verwiesen": costs mentioned inside an operational notice are its
 * content, not a second matter.
 */
function mentionedInNotice(found: Found, at: number): boolean {
  if (!found.has('operational')) return false;
  const clause = found.clause[at];
  return [-6, -5, -4, -3, -2, -1, 1, 2, 3, 4].some((offset) => found.clause[at + offset] === clause && MENTIONING.test(found.tokens[at + offset] ?? ''));
}

/** Events a service may fail during: a conference, a trade fair, a webinar. */
const TIMED_EVENTS = /^(conferences?|events?|summits?|webinars?|workshops?|roadshows?|keynotes?|trade|konferenz\w*|messe\w*|fachmesse\w*|veranstaltung\w*|event\w*|kundentag\w*|tagung\w*|kongress\w*)$/;
const DURING = /^(during|amid|amidst|throughout|waehrend|mitten|inmitten)$/;

/**
 * "If Teams goes down during a conference at the hotel", "Ausfall mitten in der Messe": an event something happens
 * during is when it happens, not Microsoft's marketing event; only beside an operational word, which is the matter.
 */
function eventAsTime(found: Found, at: number): boolean {
  if (!TIMED_EVENTS.test(found.tokens[at] ?? '')) return false;
  if (!found.has('operational') && !found.has('operationalWeak')) return false;
  return [at - 1, at - 2, at - 3, at - 4].some((before) => before >= 0 && found.clause[before] === found.clause[at] && DURING.test(found.tokens[before] ?? ''));
}

const INTRODUCING = /^(introduc\w*|einfuehr\w*|eingefuehrt)$/;
const RECOMMENDED = /^(recommended|empfohlen\w*)$/;
/** What is recommended in a notice: steps to take, not a product or a partner recommended to the customer. */
const ADVISED_STEPS = /^(measures?|steps?|actions?|mitigations?|fix|fixes|settings?|configurations?|updates?|patch\w*|workarounds?|remediation\w*|massnahme\w*|schritte?n?)$/;

/**
 * "the mandatory MFA that Microsoft is introducing", "the vulnerability and the recommended measures": a change
 * introduced or a step recommended in an operational notice is part of that notice, no sales approach. Microsoft
 * introducing itself or new products, or recommending another partner, still is.
 */
function describesChange(found: Found, at: number): boolean {
  const token = found.tokens[at] ?? '';
  if (RECOMMENDED.test(token)) return EN_DETERMINER.test(found.tokens[at - 1] ?? '') || ADVISED_STEPS.test(found.tokens[at + 1] ?? '');
  if (!INTRODUCING.test(token)) return false;
  // A relative clause read as a run-on sentence ("the MFA … which Microsoft is introducing") is still close by.
  const near = (position: number) => Math.abs(position - at) <= 15;
  return found.positions('operational').some(near) && !found.someWord(NEW_THINGS, near);
}

const EXCEPTING = /^(ausser|abgesehen|besides|apart|than)$/;

/**
 * "Gibt es außer Störungen noch andere Themen, …?", "apart from outages, anything else …?": the topic set aside is the
 * case the asker already knows; the question asks for the others.
 */
function excepted(found: Found, at: number): boolean {
  if (!found.has('ever')) return false;
  return [at - 1, at - 2, at - 3].some(
    (before) =>
      before >= 0 &&
      found.clause[before] === found.clause[at] &&
      EXCEPTING.test(found.tokens[before] ?? '') &&
      (found.tokens[before] !== 'than' || found.tokens[before - 1] === 'other')
  );
}

const CHANGE_NOUNS = /^(wechsel|umstellung\w*)$/;
const CHANGED_THING_LEAD = /^(der|des|dem|den|die|the|of|von|vom)$/;
/** Things whose change is a subscription matter though no concept names them alone: a tariff, an edition, a partner. */
const SUBSCRIPTION_THINGS = /^(tarif\w*|plan\w*|edition\w*|sku\w*|version\w*|zahlung\w*|partner\w*|anbieter\w*|provider\w*|haendler\w*|reseller\w*|distri\w*|kanal\w*|laufzeit\w*|abrechnung\w*|lizenzmodell\w*|modell\w*|vertrag\w*|vertraeg\w*|waehrung\w*)$/;
/** What a changed thing may be and still be no subscription: a word no concept names, or an operational one. */
const OTHER_THING_CONCEPTS: ReadonlySet<Concept> = new Set(['operational', 'operationalWeak']);

/**
 * "Wechsel der Root-Zertifizierungsstelle", "Umstellung der IP-Adressen": a change of something named after it that
 * no subscription word names is no subscription matter ("Wechsel des Tarifs", "Umstellung auf E5" still are).
 */
function changesOtherThing(found: Found, at: number): boolean {
  if (!CHANGE_NOUNS.test(found.tokens[at] ?? '')) return false;
  let object = at + 1;
  while (object <= at + 2 && CHANGED_THING_LEAD.test(found.tokens[object] ?? '')) object++;
  if (object === at + 1 || isBreak(found.tokens[object] ?? '.') || found.clause[object] !== found.clause[at]) return false;
  const named = found.scanned.matches.some((match) => match.at <= object && object < match.at + (match.span ?? 1) && !OTHER_THING_CONCEPTS.has(match.concept));
  const product = found.scanned.products.some((item) => item.at <= object && object < item.at + item.length);
  const thing = found.tokens[object] ?? '';
  return !named && !product && !PLAN_WORD.test(thing) && !GENERIC_HOLDINGS.test(thing) && !SUBSCRIPTION_THINGS.test(thing);
}

/** Words that say how often or whether something costs: beside a campaign's noun they describe the campaign. */
const CAMPAIGN_ATTRIBUTES = /^(paid|annual|monthly|yearly|quarterly|weekly|kostenpflichtig\w*|bezahlt\w*|jaehrlich\w*|monatlich\w*|woechentlich\w*|quartalsweise)$/;

/**
 * "its paid training offers", "our monthly newsletter", "annual account reviews", "kostenpflichtige Workshops": a
 * word of paying or of a term that describes a campaign, event or offer belongs to it; no subscription matter.
 */
function describesCampaign(found: Found, at: number): boolean {
  if (!CAMPAIGN_ATTRIBUTES.test(found.tokens[at] ?? '')) return false;
  for (let next = at + 1; next <= at + 6 && found.clause[next] === found.clause[at]; next++) {
    if (found.at('marketing', next)) return true;
    if (found.at('billing', next) || found.at('billingWeak', next) || found.at('customer', next) || found.at('microsoft', next) || found.at('about', next)) return false;
  }
  return false;
}

const SELLERS_OWN = /^(we|wir|i|ich|us|uns|you|ihr)$/;
const PARTNER_SUBJECT = /^(we|wir|i|ich|i'm|im|we're|i've|we've|i'd|we'd|i'll|we'll)$/;
const PARTNER_OWN = /^(our|my|unser\w*|mein\w*)$/;

/**
 * "… oder müssen wir eine Awareness-Kampagne fahren?", "I'm drafting our newsletter and …", "I'm in marketing": the
 * asker's own campaign or job is what they would do instead, not something Microsoft sends. It names no topic beside
 * an operational or subscription matter; alone it still may.
 */
function partnerCampaign(found: Found, at: number): boolean {
  const matter = (at: number) => !deniedForOther(found, at);
  const otherMatter = found.positions('operational').some(matter) || found.positions('billing').some(matter);
  if (!otherMatter) return false;
  const clause = found.clause[at];
  for (let back = at - 1; back >= Math.max(0, at - 8) && found.clause[back] === clause; back--) {
    if (found.at('microsoft', back) || found.at('customer', back) || found.at('communicate', back)) return false;
    // "I mean the promo mails": the asker saying what is meant, not its own campaign
    if (/^(mean|meant|meine|meinte)$/.test(found.tokens[back + 1] ?? '')) return false;
    // "our monthly 'What's new' newsletter": the partner's own, with nothing but its description between
    if (PARTNER_SUBJECT.test(found.tokens[back] ?? '') || PARTNER_OWN.test(found.tokens[back] ?? '')) return true;
  }
  return false;
}

/** "Kontaktiert Microsoft die Landkreise, um ihnen weitere Produkte anzubieten?": Microsoft selling is a sales approach. */
function microsoftSells(found: Found): boolean {
  return found.someWord(
    SELLING,
    (at) =>
      !found.negatedAt(at, 3) &&
      !found.tokens.slice(Math.max(0, at - 3), at).some((before) => SELLERS_OWN.test(before)) &&
      found.positions('microsoft').some((ms) => ms < at && found.sentence[ms] === found.sentence[at])
  );
}

/** English words that make the next one a noun: "the move", "this switch" (German nouns keep their aim: "den Wechsel in …"). */
const EN_DETERMINER = /^(the|a|an|this|that|its|their|any|such)$/;
/** "the move to the customer": a move that goes to someone, told to them rather than aimed at a contract. */
function recipientFollows(found: Found, at: number): boolean {
  return /^(to|for)$/.test(found.tokens[at + 1] ?? '') && found.within('customer', at + 2, at + 4, found.clause[at]);
}
/** Verbs of winning a customer over, in the forms of an aim ("to move them", "um sie … zu überführen", "zu bewegen"). */
const WIN_OVER = wordPattern(/^(move|switch|convert|bring|ueberfuehren|bewegen|holen|wechseln|umsteigen|umzusteigen|ueberzeugen)$/);
const DIRECT_DEAL = /^(direct|direkt\w*)$/;
const COULD_BUY = wordPattern(/^(kaufen|einkaufen|einzukaufen|beziehen|erwerben|buy|purchase|get)$/);

/**
 * "Can Microsoft approach our customers to move them into a direct contract?", "… um sie in einen Direktvertrag zu
 * überführen": Microsoft trying to win the customer over to buying directly is a sales approach; the direct agreement
 * is its aim, not one the customer has.
 */
const ADVISING = /^(suggest\w*|recommend\w*|advis\w*|encourag\w*|urg\w*|nudg\w*|empfiehlt|empfehlen|empfohlen|raet|raten|geraten|nahelegt|nahelegen|vorschlaegt|vorschlagen|vorgeschlagen)$/;

function winsOverToDirect(found: Found): boolean {
  // "… dass sie auch direkt bei Microsoft kaufen könnten", "they could buy directly": a purchase put as a possibility
  // "suggest they buy directly from Microsoft", "empfiehlt ihnen, direkt bei Microsoft zu kaufen": a purchase advised
  const couldBuy = (token: string, at: number) =>
    COULD_BUY.test(token) &&
    ([at - 2, at - 1, at + 1, at + 2].some((near) => CLOSING_MODAL.test(found.tokens[near] ?? '') || /^(could|might)$/.test(found.tokens[near] ?? '')) ||
      advised(at));
  const advised = (at: number) => COULD_BUY.test(found.tokens[at] ?? '') && [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].some((back) => at - back >= 0 && found.sentence[at - back] === found.sentence[at] && ADVISING.test(found.tokens[at - back] ?? ''));
  if (!found.holds(WIN_OVER) && !found.holds(COULD_BUY)) return false;
  return found.tokens.some((token, at) => {
    if (!(WIN_OVER.test(token) || couldBuy(token, at)) || found.negatedAt(at, 3)) return false;
    if (found.tokens.slice(Math.max(0, at - 3), at).some((before) => SELLERS_OWN.test(before))) return false;
    const clause = found.clause[at];
    // an advised purchase "directly" is a purchase from Microsoft ("suggest they buy directly from Microsoft")
    const aim = (position: number) =>
      found.clause[position] === clause && (DIRECT_DEAL.test(found.tokens[position] ?? '') || found.at('ownAgreement', position) || (found.tokens[position] === 'directly' && advised(at)));
    // "communicate the move to the customer directly": a move with its article that goes to the customer happens;
    // "pitch them a move to a direct agreement" still aims at one
    const happens = EN_DETERMINER.test(found.tokens[at - 1] ?? '') && recipientFollows(found, at);
    const near = !happens && [1, 2, 3, 4, 5, 6].some((offset) => aim(at + offset) || aim(at - offset));
    // Microsoft acting, not where one buys ("bei Microsoft kaufen", "from Microsoft")
    const seller = (ms: number) => /^(bei|beim|von|vom|from|with|mit)$/.test(found.tokens[ms - 1] ?? '');
    return near && found.positions('microsoft').some((ms) => ms < at && found.sentence[ms] === found.sentence[at] && !seller(ms));
  });
}

const TROUBLE_WORDS = /^(problem|problems|problematic|problematisch|issue|issues|concern|concerns|bedenklich)$/;
const CHECK_WORDS = /^(a|an|any|is|that|this|it|there|ein|eine|einen|ist|das|es|dies|damit|with|so|real|big|gross\w*|echt\w*|wirklich\w*|kein|no|or|oder|not|nicht|ok|okay|for|fuer|us|uns)$/;

/**
 * "Microsoft sent something to our customer. Problem?", "ist das ein Problem?": a short check on what was said
 * before, as "OK?" is; no trouble with a service. Not "Outlook problem?" or "a problem with Teams".
 */
function checksOnly(found: Found, at: number): boolean {
  if (!TROUBLE_WORDS.test(found.tokens[at] ?? '')) return false;
  const sentence = found.sentence[at];
  const words = found.tokens.filter((token, other) => found.sentence[other] === sentence && !isBreak(token));
  const productInSentence = found.scanned.products.some((product) => found.sentence[product.at] === sentence);
  return found.sentence.indexOf(sentence ?? -1) > 0 && words.length <= 5 && !productInSentence && words.every((word) => TROUBLE_WORDS.test(word) || CHECK_WORDS.test(word));
}

const WORKING = /^(works?|working|funktionier\w*)$/;
const HOW = /^(how|wie)$/;

/**
 * "general information about how the CSP programme works", "erklärt, wie Intune funktioniert": how a thing works is
 * what it is explained as, not a service running or failing ("when Teams works again", "wie lange es nicht
 * funktioniert hat" still are).
 */
function howItWorks(found: Found, at: number): boolean {
  if (!WORKING.test(found.tokens[at] ?? '') || found.negatedAt(at, 3)) return false;
  for (let before = at - 1; before >= Math.max(0, at - 6) && found.clause[before] === found.clause[at]; before--) {
    if (HOW.test(found.tokens[before] ?? '')) return !/^(long|lange)$/.test(found.tokens[before + 1] ?? '');
  }
  return false;
}

const NEW_THINGS = wordPattern(/^(new|newest|latest|special|neue\w*|neuest\w*)$/);
/** What is new when Microsoft tells of it: its products and solutions. */
const PRODUCT_NEWS = /^(products?|produkt\w*|\w*loesung|\w*loesungen|solutions?|offerings?|modules?|module|modul\w*|features?|funktionen|funktionalitaet\w*|capabilities)$/;
/** Subscription words that, beside a pitch, are what it sells. */
const PITCH_EVENTS = /^(webinars?|workshops?|seminars?|events?|roadshows?|newsletters?|campaigns?|invites?|invitations?|einladung\w*|veranstaltung\w*|kampagne\w*)$/;
const SOLD_IN_PITCH = /^(upgrade[sd]?|upgrading|upgegrad\w*|geupgrad\w*|hochstuf\w*|hochgestuft|paid|kostenpflichtig\w*)$/;
const MAKING = /^(machen|macht|make|makes|making|made|unterbreit\w*)$/;

/** "andere neue Branchenlösungen", "the latest industry solutions": news of Microsoft's products is a sales approach. */
function newProducts(found: Found): boolean {
  // "neue Dynamics-Funktionen", "new Power BI features": a product's name may stand between
  const productBetween = (at: number, ahead: number) => found.scanned.products.some((product) => product.at === at + 1 && product.at + product.length === at + ahead);
  return found.someWord(NEW_THINGS, (at) => [1, 2].some((ahead) => PRODUCT_NEWS.test(found.tokens[at + ahead] ?? '')) || [2, 3, 4].some((ahead) => productBetween(at, ahead) && PRODUCT_NEWS.test(found.tokens[at + ahead] ?? '')));
}

/** "um ihnen Angebote zur Azure-Migration zu machen", "makes them offers": offers made to win business are a pitch. */
function offersMade(found: Found): boolean {
  return found.positions('quote').some((at) => {
    if (!/^(offers|angebote)$/.test(found.tokens[at] ?? '')) return false;
    for (let near = Math.max(0, at - 3); near <= at + 6 && near < found.tokens.length; near++) {
      if (near !== at && found.clause[near] === found.clause[at] && MAKING.test(found.tokens[near] ?? '')) return true;
    }
    return false;
  });
}

/** "neue Microsoft-Angebote", "the latest offers": offers of new things are a sales approach, not a price quote. */
function newOffers(found: Found): boolean {
  return found.positions('quote').some(
    (at) => /^(offer|offers|angebot|angebote|angeboten)$/.test(found.tokens[at] ?? '') && [1, 2].some((back) => NEW_THINGS.test(found.tokens[at - back] ?? ''))
  );
}

/** "account manager", "sales rep", "Microsoft-Vertrieb": a person who calls, not what the call is about. */
function salesRole(found: Found, at: number): boolean {
  const token = found.tokens[at] ?? '';
  const next = found.tokens[at + 1] ?? '';
  if (token === 'account' || token === 'sales') return /^(manager\w*|exec\w*|team\w*|rep|reps|representative\w*|person|people)$/.test(next);
  return /^(accountmanager\w*|salesperson|seller\w*|vertrieb|vertriebs\w*|verkaeufer\w*|kundenbetreuer\w*)$/.test(token);
}

/** Subscription events and sales verbs that name a part of a question beside another part's topic. */
const MORE = /^(zusaetzlich\w*|weitere\w*|mehr|extra|additional|more|further)$/;
const PARTNER_SUBJECT_WORDS = /^(wir|ich|we|i)$/;

/**
 * "dass wir für ihn zusätzliche Copilot Studio Message Packs gebucht haben", "we bought extra seats for them": the
 * partner buying more for the customer is a change to its subscriptions.
 */
function partnerBoughtMore(found: Found): boolean {
  return found.positions('buy').some((at) => {
    const clause = found.clause[at];
    const from = Math.max(0, at - 10);
    const before = found.tokens.slice(from, at).map((token, offset) => (found.clause[from + offset] === clause ? token : ''));
    return before.some((token) => PARTNER_SUBJECT_WORDS.test(token)) && before.some((token) => MORE.test(token));
  });
}

const LICENSED = /^(lizenziert|licensed|gewechselt|switched|moved)$/;

/**
 * "wenn er über CSP lizenziert ist", "Kunde ist seit 2021 über uns lizenziert", "seit er zu uns in den CSP gewechselt
 * ist": how the customer is licensed says the channel; it names no subscription matter.
 */
function licensedThrough(found: Found, at: number): boolean {
  if (!LICENSED.test(found.tokens[at] ?? '')) return false;
  const clause = found.clause[at];
  return [at - 1, at - 2, at - 3].some(
    (before) => found.clause[before] === clause && (found.at('csp', before) || found.at('throughUs', before) || found.at('nonCsp', before) || found.at('direct', before) || found.at('partnerObject', before))
  );
}

const SOMETHING = /^(was|etwas|einiges|vieles|manches|so einiges|something|anything|stuff|things)$/;

/**
 * "… und er muss was umstellen", "they have to change something": a change the notice asks of the customer, with no
 * plan or subscription to change, is what an operational notice says to do; no subscription part.
 */
function changesSomething(found: Found, at: number): boolean {
  if (!/^(umstell|umgestellt|chang)/.test(found.tokens[at] ?? '')) return false;
  return [at - 1, at - 2, at + 1].some((near) => SOMETHING.test(found.tokens[near] ?? '') && found.clause[near] === found.clause[at]);
}

/** A report on the customer's licences or subscriptions: "Lizenzbericht", "Lizenzbestand", "licence report". */
const LICENCE_REPORT = wordPattern(/^(lizenz|abo|abonnement|licen[cs]e|subscription)\w*(bericht\w*|bestand\w*|uebersicht\w*|report\w*|statistik\w*|auswertung\w*)$/);

const WEAK_BILLING_EVENT = wordPattern(/^(expir\w*|ablauf\w*|ablaeuf\w*|abgelaufen|laeuft|laufen|auslaeuft|auslauf\w*|umstell\w*|umgestellt|renew\w*)$/);
/** "their subscription running out": with "out", a term that ends. */
const RUNNING = wordPattern(/^(run|runs|running|ran)$/);
const SELLING_WORDS = ['verkauf', 'verkaufen', 'sell', 'selling', 'anbiet\\w*', 'anzubieten', 'offer', 'offering', 'pitch\\w*', 'upsell\\w*'];
const SELLING = wordPattern(new RegExp(`^(${SELLING_WORDS.join('|')})$`));

/**
 * "about service health issues and about their licences expiring", "über den Sicherheitsvorfall … und ihm dabei
 * Lizenzen anbieten": each part joined by "and" in the asking sentence has its own topic, weak words included.
 */
function withEveryPart(found: Found, topics: Array<Exclude<Topic, 'none'>>): Array<Exclude<Topic, 'none'>> {
  if (!topics.includes('operational') || topics.length > 1) return topics;
  const sentences = new Set(found.positions('communicate').map((at) => found.sentence[at]));
  const operationalSegments = new Set(found.positions('operational').map((at) => found.segment[at]));
  const otherPart = (at: number) =>
    sentences.has(found.sentence[at]) &&
    !operationalSegments.has(found.segment[at]) &&
    found.positions('softBreak').some((joint) => found.sentence[joint] === found.sentence[at] && joint < at && found.segment[joint] === found.segment[at]);
  const parts = [...topics];
  const runsOut = (token: string, at: number) => RUNNING.test(token) && found.tokens[at + 1] === 'out';
  if ((found.holds(WEAK_BILLING_EVENT) || found.holds(RUNNING)) && found.tokens.some((token, at) => (WEAK_BILLING_EVENT.test(token) || runsOut(token, at)) && otherPart(at) && !renewsCredential(found, at) && !changesSomething(found, at))) parts.push('billing');
  // "Infos zu Sicherheitslücken und zu seinem Lizenzbestand", "Dienststatus-Meldungen und Lizenzbericht": a part of
  // its own that is about the customer's licences, or a report on them, is a subscription part.
  const licencePart = (at: number) =>
    otherPart(at) && (LICENCE_REPORT.test(found.tokens[at] ?? '') || found.within('about', at - 3, at - 1, found.clause[at])) && !changesSomething(found, at) && !renewsCredential(found, at);
  if (!parts.includes('billing') && (found.positions('billingWeak').some(licencePart) || found.someWord(LICENCE_REPORT, licencePart))) parts.push('billing');
  if (found.someWord(SELLING, otherPart)) parts.push('marketing');
  // "about the MFA enforcement and about buying extra licences": a purchase is a subscription part.
  // … or "about the additional licences the customer will have to buy": the licences before the purchase
  else if (!parts.includes('billing') && found.positions('buy').some((at) => otherPart(at) && found.positions('billingWeak').some((word) => (word > at && word - at <= 3) || (word < at && at - word <= 6 && otherPart(word))))) parts.push('billing');
  return parts;
}

/**
 * "We got an SLA credit for last month's downtime. Does Microsoft tell the customer about the credit?": what the
 * asking clause names is what is asked; a topic only in the story before it is context. Not when the asking clause
 * refers back ("about it", "both") or names no topic itself; the asking sentence runs from its first verb of reaching.
 */
const ADDING = wordPattern(/^(auch|too|jeweils|each|beides|ebenfalls|as well)$/);
/**
 * The first word of a concession: "auch wenn", "selbst wenn", "obwohl", "even if", "although", and the register's
 * "notwithstanding", "regardless of", "ungeachtet", "unbeschadet", "trotz".
 */
const CONCEDING = /^(auch|selbst|obwohl|obgleich|wenngleich|even|although|though|notwithstanding|regardless|irrespective|despite|spite|ungeachtet|unbeschadet|trotz)$/;

/**
 * A clause that opens with its verb of reaching, or with an auxiliary, and names Microsoft soon after ("informiert
 * MS sie …", "Bekommt die Schule von Microsoft Bescheid …", "Will Microsoft email …"), after any list number: a
 * question, not a report.
 */
function asksAtOpening(found: Found, verb: number): boolean {
  let first = found.clause.indexOf(found.clause[verb] ?? -1);
  while (first < verb && (isBreak(found.tokens[first] ?? '') || /^\d+$/.test(found.tokens[first] ?? ''))) first++;
  if (first !== verb && !VERB_FIRST.test(found.tokens[first] ?? '')) return false;
  return found.within('microsoft', first + 1, first + 5, found.clause[first]);
}

/** Words a tag put after a statement may hold: "…, right?", "is that the full list?", "hab ich das richtig verstanden?". */
const TAG_WORDS = /^(is|isnt|that|this|it|right|correct|true|accurate|the|full|complete|list|am|i|have|got|understood|understand|ist|das|richtig|korrekt|stimmt|stimmts|wahr|nicht|oder|hab|habe|ich|verstanden|vollstaendig|komplett|liste|die|gell|gelle|ne|oda|ok|okay|sehe|see|ja|yes|so|sehen|wir|we|do|does|dont|doesnt|agree|zutreffend)$/;
/** The words that make a tag ask whether a statement holds: right, correct, true, complete, oder, gell. */
const TAG_ASKS = /^(right|correct|true|accurate|complete|richtig|korrekt|stimmt|stimmts|wahr|vollstaendig|komplett|oder|gell|gelle|oda|zutreffend|agree)$/;

/**
 * "Vulnerability alerts come from Microsoft, event invitations from us. Right?", "Microsoft darf die Störung mitteilen,
 * aber zur Verlängerung nichts schicken – hab ich das richtig?": a statement put to be confirmed by a tag of its own
 * (the last clause holds nothing but the tag) claims every part it names, wherever its verb stands.
 */
function statedToConfirm(found: Found): boolean {
  const tokens = found.tokens;
  let end = tokens.length;
  while (end > 0 && isBreak(tokens[end - 1] ?? '')) end--;
  let start = end;
  while (start > 0 && !isBreak(tokens[start - 1] ?? '')) start--;
  if (end - start === 0 || end - start > 6 || start === 0) return false;
  const tag = tokens.slice(start, end);
  return tag.every((token) => TAG_WORDS.test(token)) && tag.some((token) => TAG_ASKS.test(token));
}

function askedTopics(found: Found, topics: Array<Exclude<Topic, 'none'>>): Array<Exclude<Topic, 'none'>> {
  if (topics.length < 2 || found.has('both') || pairedParts(found) || partsPointedBack(found)) return topics;
  const verbs = [...found.positions('communicate'), ...found.positions('receive'), ...found.positions('who')];
  if (verbs.length === 0) return topics;
  const lastSentence = Math.max(...verbs.map((at) => found.sentence[at] ?? 0));
  // "1) informiert MS sie über die Azure-Störung? 2) schickt MS die Märzrechnung?": an earlier sentence that itself
  // asks whether Microsoft reaches someone is another part of the question, not context.
  if (verbs.some((at) => found.sentence[at] !== lastSentence && asksAtOpening(found, at))) return topics;
  const verb = Math.min(...verbs.filter((at) => found.sentence[at] === lastSentence));
  const subject = found.positions('microsoft').filter((at) => at < verb && found.clause[at] === found.clause[verb]);
  // A statement put to be confirmed claims its whole sentence: the parts named before its verb are claimed too.
  const from = statedToConfirm(found)
    ? found.sentence.indexOf(lastSentence)
    : subject.length > 0 ? Math.max(...subject) : frontedObject(found, verb) ?? verb;
  // "…, auch wenn sich daraus Mehrkosten ergeben", "even if it costs them more": a concession after the question is
  // context; what it names is no part that is asked.
  const concession = found.positions('clauseBreak').find((at) => at > from && found.sentence[at] === lastSentence && CONCEDING.test(found.tokens[at] ?? ''));
  const asked = (at: number) => at >= from && found.sentence[at] === lastSentence && (concession === undefined || at < concession);
  // "about it", "about that" point back to every part before; "those customers", "this renewal" name their own noun.
  const pointsBack = (at: number) => !found.at('customer', at + 1) && !determinerBeforeNoun(found, at);
  if (found.positions('anaphor').some((at) => at >= from && found.clause[at] === found.clause[verb] && pointsBack(at))) return topics;
  // "Will they also email us about …", "und … auch": the asking sentence adds a part to what came before (a soft
  // break, or a word of adding that is not the concession's).
  const inAskingClauses = (at: number) => found.sentence[at] === lastSentence && (found.clause[at] ?? 0) >= (found.clause[verb] ?? 0);
  if (found.positions('softBreak').some(inAskingClauses) || found.someWord(ADDING, (at) => at !== concession && inAskingClauses(at))) return topics;
  // "customer got mail about the outage and also wants to know: will Microsoft send them the invoice": the words
  // that lead into the asking sentence add it to what came before.
  const askingStart = found.sentence.indexOf(lastSentence);
  const leadIn = found.tokens.slice(Math.max(0, askingStart - 6), askingStart);
  if (leadIn.some((token) => token === 'also' || ADDING.test(token)) && leadIn.some((token) => REPORTING.test(token) || /^(know|wissen)$/.test(token))) return topics;
  const wordsOf: Record<Exclude<Topic, 'none'>, Concept[]> = {
    operational: ['operational'],
    billing: ['billing', 'quote'],
    marketing: ['marketing'],
    general: ['general']
  };
  const named = topics.filter((topic) => wordsOf[topic].some((concept) => found.positions(concept).some(asked)));
  return named.length > 0 ? named : topics;
}

/**
 * Operational words that name no operational matter: "Microsoft Ireland Operations Ltd." (the company that bills),
 * "renew now to avoid service interruption" (what an unpaid subscription leads to).
 */
function incidentalOperational(found: Found, at: number): boolean {
  const token = found.tokens[at] ?? '';
  if (token === 'operations' && (found.within('microsoft', at - 2, at - 1) || /^(limited|ltd|inc|gmbh)$/.test(found.tokens[at + 1] ?? ''))) return true;
  // "they sell a security app", "ein Security-Anbieter": the kind of business, not a security event
  if (/^(security|sicherheit\w*)$/.test(token) && SECURITY_BUSINESS.test(found.tokens[at + 1] ?? '')) return true;
  const warned = found.tokens.slice(Math.max(0, at - 3), at).some((word) => /^(avoid|prevent)$/.test(word)) ||
    found.tokens.slice(at + 1, at + 3).some((word) => /^(vermeiden|verhindern)$/.test(word));
  return warned && (found.has('billing') || found.has('billingWeak'));
}

/** What "security" describes when it names a kind of business: an app, a vendor, a firm. */
const SECURITY_BUSINESS = /^(stuff|portfolio|stack|suite|range|offerings?|bundles?|apps?|applications?|products?|software|solutions?|tools?|vendors?|companies|company|firms?|startups?|provider|providers|anbieter\w*|firma|firmen|unternehmen|hersteller\w*|produkte?|loesung\w*|spezialist\w*|specialists?|consultants?|berater\w*|dienstleister\w*|business|msp|mssp)$/;

/** Words of moving something: a data-centre move is operational, a customer moved from an EA to CSP is not. */
const MOVE_WORDS = /^(umgezogen|umzug\w*|umzieh\w*|umgestellt|moved|move|moving|migrat\w*|transferr\w*|transition\w*|switched|gewechselt|wechsel\w*)$/;

/** "von einem Open-Vertrag zu CSP umgezogen", "moved from the EA to CSP": a move between purchase channels. */
function channelMove(found: Found, at: number): boolean {
  if (!MOVE_WORDS.test(found.tokens[at] ?? '')) return false;
  const clause = found.clause[at];
  const inClause = (concept: Concept) => found.positions(concept).some((other) => found.clause[other] === clause);
  return inClause('csp') && (inClause('ownAgreement') || inClause('relationship') || inClause('direct'));
}

const RETIRING = /^(retire\w*|retiring|deprecat\w*|sunset\w*|phas\w*|discontinu\w*|abkuendig\w*|eingestellt|einstellt)$/;

/** "the legacy licence offer they're on is being retired": a subscription offer retired is a subscription matter. */
function retiresOffer(found: Found, at: number): boolean {
  if (!RETIRING.test(found.tokens[at] ?? '')) return false;
  const offer = (word: number) => [found.tokens[word] ?? '', found.tokens[word + 1] ?? ''].some((token) => /^(offer|offers|angebot\w*)$/.test(token));
  return found.positions('billing').some((word) => found.segment[word] === found.segment[at] && offer(word));
}

/** "Basic SKU public IPs will be retired – upgrade to Standard SKU": the way off a retired feature, not a plan change. */
function retirementPath(found: Found, at: number): boolean {
  const token = found.tokens[at] ?? '';
  const aimed = ['to', 'auf'].includes(found.tokens[at + 1] ?? '');
  // "… wird eingestellt und sie müssen umsteigen", "the old client is retired and users have to switch": moving off
  // what is retired needs no target; an upgrade or migration says where it goes
  const moveOff = SWITCHING_OFF.test(token) && !aimed;
  if (!moveOff && (!(/^(upgrad\w*|migrat\w*)$/.test(token) || SWITCHING_OFF.test(token)) || !aimed)) return false;
  const target = !moveOff && (found.scanned.products.some((product) => product.at > at && product.at <= at + 3) ||
    found.tokens.slice(at + 2, at + 4).some((token) => PLAN_WORD.test(token)));
  const retired = found.positions('operational').some(
    (word) => word < at && (found.sentence[at] ?? 0) - (found.sentence[word] ?? 0) <= 1 && RETIRING.test(found.tokens[word] ?? '')
  );
  return retired && !target;
}

/** Verbs of changing over with no target said: "umsteigen", "wechseln", "switch", "move over". */
const SWITCHING_OFF = /^(umsteig\w*|umzusteigen|umgestiegen|wechseln|switch|switching|move|migrate)$/;

const GONE = wordPattern(/^(weg|out|futsch)$/);
const BEING = /^(war|ist|sind|waren|was|were|is|are|been|wieder|komplett|total|voellig|stundenlang|tagelang)$/;
const SERVICE_NOUNS = /^(mails?|e ?mails?|emails|daten|dateien|postfach\w*|mailbox\w*|server|dienst\w*|service|services|tenant|netz|internet)$/;

/** "Gestern war Outlook stundenlang weg", "Teams was out for hours": a service gone is an outage in chat words. */
const GOING = /^(goes|go|going|went|gone|is|was|are|were)$/;

const DOWN = wordSet(['down']);
/** "when Azure goes down", "Teams went down", "is Exchange down": a named service down is an outage, not a price going down. */
function serviceGoesDown(found: Found): boolean {
  return found.someWord(
    DOWN,
    (at) =>
      GOING.test(found.tokens[at - 1] ?? '') &&
      found.scanned.products.some((product) => product.at + product.length === at - 1 || product.at + product.length === at - 2)
  );
}

const FAILING_VERBS = wordPattern(/^(geht|ging|gingen|gehen|laeuft|lief|liefen|laufen|funktioniert|funktionierte|funktionierten|funktionieren|klappt|klappte|startet|startete|laedt|lud)$/);
/** What may follow the "nicht" of a failing service: "nicht mehr", "nicht richtig", "nicht sauber" … */
const NOT_QUITE = /^(mehr|richtig|gut|rund|sauber|zuverlaessig|stabil|wirklich)$/;

/**
 * "Gestern ging Power BI nicht", "Teams lief heute morgen stundenlang nicht", "Funktioniert Outlook seit gestern nicht
 * mehr?": German puts the service and the time between the verb and its "nicht", so the words of "ging nicht" are
 * apart. A named service with a verb of working and a "nicht" that ends its clause is a failure; "läuft Azure nicht über
 * uns?" (a channel: something follows the "nicht") is not.
 */
function serviceFailsAround(found: Found): boolean {
  if (!found.holds(FAILING_VERBS)) return false;
  return found.someWord(FAILING_VERBS, (at) => {
    for (let not = at + 1; not <= at + 7 && not < found.tokens.length; not++) {
      const token = found.tokens[not] as string;
      if (isBreak(token) || found.clause[not] !== found.clause[at]) return false;
      if (token !== 'nicht') continue;
      const after = NOT_QUITE.test(found.tokens[not + 1] ?? '') ? not + 2 : not + 1;
      const next = found.tokens[after];
      if (next !== undefined && !isBreak(next) && !/^(und|oder|aber)$/.test(next)) return false;
      // the service: named between the verb and its "nicht", or just before the verb ("Power BI ging gestern nicht")
      return found.scanned.products.some((product) => (product.at > at && product.at < not) || (product.at + product.length === at && found.clause[product.at] === found.clause[at]));
    }
    return false;
  });
}

function serviceGone(found: Found): boolean {
  if (!found.holds(GONE)) return false;
  return found.someWord(GONE, (at) => {
    const token = found.tokens[at] as string;
    const next = found.tokens[at + 1];
    // "out" only where it ends the statement or runs "for" a time: "was out for hours", not "reached out"
    if (token === 'out' && next !== undefined && !isBreak(next) && next !== 'for') return false;
    if (token === 'weg' && next !== undefined && !isBreak(next)) return false;
    const from = Math.max(0, at - 8);
    const before = found.tokens.slice(from, at).filter((_word, offset) => found.clause[from + offset] === found.clause[at]);
    const named = (offset: number) => found.scanned.products.some((product) => product.at === at - before.length + offset) || SERVICE_NOUNS.test(before[offset] ?? '');
    return before.some((word) => BEING.test(word)) && before.some((_word, offset) => named(offset));
  });
}

const DATA_MOVES = wordPattern(/^(mov(e|es|ed|ing)|relocat\w*|migrat\w*|verschieb\w*|verschoben|verlager\w*|umzug\w*|umzieh\w*|umgezogen|zieht|zuegel\w*|gezuegelt)$/);
const DATA_PLACES = /^(dc|dcs|rz|data|daten|region|regions|regionen|rechenzentr\w*|datacent\w*|datacenter\w*|centre|centres|center|centers|geo|geography|speicherort\w*|datenstandort\w*)$/;

/** "moving the customer's data to Switzerland North", "verschiebt seine Daten in eine andere Region": a data move is operational. */
function movesData(found: Found): boolean {
  return found.someWord(
    DATA_MOVES,
    (at) =>
      !channelMove(found, at) &&
      !offeredService(found, at) &&
      found.tokens.slice(Math.max(0, at - 6), at + 7).some((near, offset) => {
        const place = Math.max(0, at - 6) + offset;
        // "the move to the new Partner Center": a portal, not a data centre
        return DATA_PLACES.test(near) && found.clause[place] === found.clause[at] && !found.at('partnerCenter', place - 1) && !/^(partner|admin|message|nachrichten)$/.test(found.tokens[place - 1] ?? '');
      })
  );
}

/** Verbs of offering something to win business: "anzubieten", "bietet … an", "to offer them", "pitch". */
const OFFERING = /^(anbieten|anzubieten|bietet|bieten|angeboten|offer|offers|offering|offered|pitch|pitches|pitching|pitched)$/;

/**
 * "um ihm eine Azure-Migration seines Rechenzentrums anzubieten", "to offer them a datacenter migration": a service
 * offered by Microsoft's sales is what the pitch sells, not an operational event in the customer's tenant.
 */
function offeredService(found: Found, at: number): boolean {
  if (!SOLD_SERVICES.test(found.tokens[at] ?? '')) return false;
  const clause = found.clause[at];
  // the offer and what it offers, with nothing joined between ("… about the outage and offer them Copilot" is two parts)
  const joined = (from: number, to: number) => found.tokens.slice(from + 1, to).some((word) => JOINERS.test(word) || isBreak(word));
  for (let near = Math.max(0, at - 6); near <= at + 6 && near < found.tokens.length; near++) {
    if (near === at || found.clause[near] !== clause) continue;
    if (!OFFERING.test(found.tokens[near] ?? '') || !found.at('marketing', near)) continue;
    if (!joined(Math.min(near, at), Math.max(near, at))) return true;
  }
  return false;
}
/** Services Microsoft's sales may offer: a migration, a data centre, hosting. */
const SOLD_SERVICES = /^(\w*migration\w*|rechenzentr\w*|datacent\w*|datacentre\w*|hosting)$/;
const JOINERS = /^(and|und|sowie|plus|also|auch|gleichzeitig|dabei|while|then|dann)$/;

const TECHNICAL = /^(version\w*|model|models|modell\w*|release\w*|runtime\w*|api|apis|tls|kubernetes|aks|cluster\w*|engine|firmware|node|nodes|deployment\w*|instance\w*|agent|agents|client|clients|sdk|schema|database\w*|datenbank\w*|os)$/;
const EN_DETERMINER_OR_OWN = /^(the|a|an|this|that|our|my|their|his|her|its)$/;
const AUTOMATIC = /^(auto|automatic\w*|automatisch\w*|forced|zwangsweise)$/;

/**
 * "will be auto-upgraded to a newer model version", "Upgrade der Cluster auf Kubernetes 1.29": a service or feature
 * upgraded is an operational change, not a plan upgrade, unless a licence or plan is named beside it.
 */
function technicalUpgrade(found: Found, at: number): boolean {
  if (!/^(upgrad|update)/.test(found.tokens[at] ?? '')) return false;
  const clause = found.clause[at];
  const near = (from: number, to: number, test: (position: number) => boolean) => {
    for (let position = Math.max(0, from); position <= to && position < found.tokens.length; position++) {
      if (found.clause[position] === clause && test(position)) return true;
    }
    return false;
  };
  const licensed = near(at - 4, at + 6, (position) => found.at('billingWeak', position) || PLAN_WORD.test(found.tokens[position] ?? '') || found.scanned.products.some((product) => product.at === position && product.name === 'E plan'));
  // "the upgrade of the client to E5": the customer named, no software client
  const customerNamed = (position: number) => found.at('customer', position) && EN_DETERMINER_OR_OWN.test(found.tokens[position - 1] ?? '');
  const technical =
    near(at - 2, at - 1, (position) => AUTOMATIC.test(found.tokens[position] ?? '')) ||
    near(at + 1, at + 5, (position) => TECHNICAL.test(found.tokens[position] ?? '') && !customerNamed(position));
  return technical && !licensed && !changesPlan(found);
}

/** "Support für alte Android-Versionen endet", "support for … is ending": the end of support is operational. */
const SUPPORT_ENDING = /^(endet|enden|ends|ending|ended|eingestellt|auslaeuft)$/;
/**
 * The verb of ending put before the support: German in a main clause ("Microsoft beendet die Unterstützung für …"),
 * English always ("Intune stops support for old Android versions", "drops support for TLS 1.1").
 */
const ENDING_FIRST = /^(beendet|beenden|beendete|beendigt|einstellen|einstellt|eingestellt|stops?|stopped|stopping|drops?|dropped|dropping|ends|ended|ending|withdraws?|withdrawn|withdrawing|ceases?|ceased|ceasing|pulls?|pulled|pulling|discontinues?|discontinued|discontinuing)$/;
// A feature done away with in other verbs: "abolishes", "scraps", "axes", "kills", "pulls", "takes away",
// "discontinues", "schafft … ab", "mustert … aus", "streicht", "stampft … ein", "fällt weg", "nimmt … raus"; what is
// done away with must still be a feature, named beside it.
const SWITCHING = wordPattern(/^(switch|switches|switched|switching|turn|turns|turned|turning|shut|shuts|shutting|schaltet|abgeschaltet|abschalten|ausgeschaltet|ausschalten|deaktiviert|deaktivieren|disables?|disabled|disabling|removes?|removed|removing|entfernt|entfernen|drop|drops|dropped|dropping|abolish\w*|scrap|scraps|scrapped|scrapping|axe|axes|axed|axing|kill|kills|killed|killing|discontinu\w*|abschaff\w*|abgeschafft|ausmuster\w*|ausgemustert|streicht|streichen|gestrichen|einstampf\w*|eingestampft|wegfall\w*|wegfaellt|weggefallen|rausnimm\w*|rausgenommen|herausnimm\w*|herausgenommen|pull|pulls|pulled|pulling|away)$/);
const FEATURES = /^(feature|features|function|functions|functionality|capability|capabilities|option|options|protocol|protocols|api|apis|endpoint|endpoints|version|versions|app|apps|feature\w*|version\w*|management|mode|modes|method|methods|\w*(funktion|schnittstelle|protokoll|modus|methode|verwaltung)\w*)$/;

/**
 * "Microsoft switches off an old calling feature in Teams", "removes the legacy API", "schaltet die alte Funktion
 * ab": a feature taken away is a retirement, operational; not a renewal or a licence switched off ("turn off
 * auto-renew"), which is the customer's subscription.
 */
function switchesOffFeature(found: Found): boolean {
  return found.someWord(SWITCHING, (at) => {
    // "takes away a feature", "took the old API away": only after a verb of taking
    if (found.tokens[at] === 'away' && !found.tokens.slice(Math.max(0, at - 4), at).some((before) => /^(take|takes|took|taken|taking)$/.test(before))) return false;
    const clause = found.clause[at];
    const inClause = (position: number) => found.clause[position] === clause;
    const feature = found.tokens.slice(at + 1, at + 7).some((next, offset) => FEATURES.test(next) && inClause(at + 1 + offset)) ||
      found.tokens.slice(Math.max(0, at - 4), at).some((before, offset) => FEATURES.test(before) && inClause(Math.max(0, at - 4) + offset));
    const billed = [...found.positions('billing'), ...found.positions('billingWeak')].some((word) => found.clause[word] === clause);
    // Microsoft or a product of its takes it away, not the partner or the customer
    const byMicrosoft = found.within('microsoft', 0, at) || found.scanned.products.some((product) => found.clause[product.at] === clause);
    return feature && !billed && byMicrosoft;
  });
}
const SUPPORT_CONTRACTS = /^(vertrag\w*|contract\w*|agreement\w*|plan|plans|abo\w*|rechnung\w*|invoice\w*|team|ticket\w*|fall|case)$/;

/**
 * "support ends for …", "endet der Support", "Microsoft beendet die Unterstützung für alte Office-Versionen": the end of
 * support is a retirement; not a support contract ("der Support-Vertrag endet") or the support team.
 */
const OPERATIONAL_PARTICIPLES = wordPattern(/^(gewartet|gepatcht|neugestartet)$/);

/** "Im Tenant wird Intune gewartet": a German passive holds its participle at the clause end, far from "wird". */
function operationalPassive(found: Found): boolean {
  return found.someWord(
    OPERATIONAL_PARTICIPLES,
    (at) =>
      found.tokens.slice(Math.max(0, at - 8), at).some((before, offset) => PASSIVE_AUXILIARIES.test(before) && found.clause[Math.max(0, at - 8) + offset] === found.clause[at])
  );
}

/** "supports", "unterstützt": the verb whose negation with "no longer", "nicht mehr" ends a product's support. */
const SUPPORTING = wordPattern(/^(unterstuetzt|unterstuetzen|unterstuetzte|supports|supported|support)$/);

/**
 * "Intune unterstützt die alten Android-Handys nicht mehr", "Windows 10 won't be supported any more", "no longer
 * supports TLS 1.1": support negated for the time to come, however far the words stand apart within the clause.
 */
function supportNoLonger(found: Found): boolean {
  return found.someWord(SUPPORTING, (at) => {
    const clause = found.clause[at];
    const from = Math.max(0, at - 3);
    const words = found.tokens.slice(from, at + 9).filter((_word, offset) => found.clause[from + offset] === clause);
    const noLonger = words.some((word, offset) => (word === 'mehr' && /^(nicht|nich|ned|net|nit|keine?n?)$/.test(words[offset - 1] ?? '')) || (word === 'longer' && words[offset - 1] === 'no') || word === 'anymore' || (word === 'more' && words[offset - 1] === 'any'));
    // "the support team no longer answers": the noun, a desk, unless a verb of being makes it the verb's participle
    return noLonger && (found.tokens[at] !== 'support' || /^(not|n't|longer|to)$/.test(found.tokens[at - 1] ?? ''));
  });
}

const SUPPORT_NOUNS = wordSet(['support', 'unterstuetzung']);
function supportEnds(found: Found): boolean {
  if (supportNoLonger(found)) return true;
  return found.someWord(SUPPORT_NOUNS, (at) => {
    if (SUPPORT_CONTRACTS.test(found.tokens[at + 1] ?? '')) return false;
    const inClause = (position: number) => found.clause[position] === found.clause[at];
    return (
      found.tokens.slice(at + 1, at + 8).some((next, offset) => SUPPORT_ENDING.test(next) && inClause(at + 1 + offset)) ||
      found.tokens.slice(Math.max(0, at - 3), at).some((before, offset) => ENDING_FIRST.test(before) && inClause(Math.max(0, at - 3) + offset))
    );
  });
}

/** "the end of the Teams classic client", "das Aus von Exchange Web Services": a product retired, unless billed. */
/** A technical thing whose end is a retirement: "das Ende des Legacy-Webclients", "the end of the old API". */
const TECHNICAL_THING = /(client|clients|app|apps|version|versionen|feature|features|funktion|funktionen|api|apis|schnittstelle|schnittstellen|endpoint|endpoints|endpunkt\w*|protokoll\w*|protocol\w*|connector\w*|konnektor\w*|modul|module|runtime|sdk|plugin\w*|add in\w*)$/;

function retiresProduct(found: Found): boolean {
  return found.positions('endOf').some((at) => {
    const segment = found.segment[at];
    const thing = (position: number) => position > at && position - at <= 4 && found.segment[position] === segment && (TECHNICAL_THING.test(found.tokens[position] ?? '') || /^legacy/.test(found.tokens[position] ?? ''));
    const product = found.scanned.products.some((named) => named.at > at && named.at - at <= 4 && found.segment[named.at] === segment) || found.tokens.some((_token, position) => thing(position));
    const billed = [...found.positions('billing'), ...found.positions('billingWeak')].some((word) => found.segment[word] === segment);
    return product && !billed;
  });
}

/** "Quote from the customer:", "Customer asks (quote): …": a citation, not a price quote. */
function salesQuotes(found: Found): boolean {
  return found.positions('quote').some((at) => {
    const token = found.tokens[at] ?? '';
    if (!/^(quote|zitat)/.test(token)) return true;
    const next = found.tokens[at + 1] ?? '.';
    // "Quote from the customer:", "(quote):", "I want to quote it to the customer": citing something.
    const citation =
      ['from', 'von', 'aus'].includes(next) ||
      (isBreak(next) && (at === 0 || isBreak(found.tokens[at - 1] ?? '.'))) ||
      found.at('anaphor', at + 1) ||
      found.tokens[at - 1] === 'to';
    return !citation;
  });
}

// Typed in a hurry too: "certiifcate", "Zertiifkat", "Zeritfikat", "Signaturzertifkiate" ("certain" is no certificate).
const CREDENTIALS = /^(cert(?!ain)\w*|zert\w*|zerit\w*|\w+zerti\w*|secret|secrets|token|tokens|ssl|tls|domain|domains|passwor\w*|kennwort\w*)$/;
const RENEWING = /^(renew|expir|verlaenger|erneuer|ablauf|ablaeuf|abgelaufen|laeuft|auslauf|auslaeuft)/;
/** A credential and its renewal in one German compound: "Zertifikatserneuerung", "Zertifikatsablauf", "Secret-Ablauf". */
const CREDENTIAL_RENEWAL = /^(zert|cert|secret|token|ssl|tls)\w*(erneuer|verlaenger|ablauf|ablaeuf|renew|expir)/;

/** "the certificate cannot be renewed and will expire": a credential renewing is operational, not a subscription. */
function renewsCredential(found: Found, at: number): boolean {
  if (CREDENTIAL_RENEWAL.test(found.tokens[at] ?? '')) return true;
  if (!RENEWING.test(found.tokens[at] ?? '')) return false;
  // "certificate expirations and renewals of their licences": what is renewed is named, and it is a subscription
  const renewed = found.tokens.slice(at + 1, at + 5);
  if (/^(of|for|von|fuer|der|des)$/.test(renewed[0] ?? '') && renewed.some((_word, offset) => found.at('billingWeak', at + 1 + offset) || found.scanned.products.some((product) => product.at === at + 1 + offset))) {
    return false;
  }
  return found.tokens.some(
    (token, position) => found.sentence[position] === found.sentence[at] && (CREDENTIALS.test(token) || slipped(token, CREDENTIALS))
  );
}

/** A plan or a term: "P2", "Plan 1", "1yr", "monthly", "36 Monate". */
const PLAN_WORD = /^(plan|plans|p[1-3]|f\d{1,4}|tarif|\d+(yr|yrs|y|years?|j|jahre?|mo|mon|months?|m|monate?)|monthly|annual|yearly|monatlich\w*|jaehrlich\w*)$/;
const MOVING_UP = /^(move|moves|moving|moved|bump\w*|step|steps|stepping|stepped|take|takes|taking|go|goes|going)$/;
/** Beside an arrow an edition is a plan too: "Basic → Standard". */
const EDITION = /^(business|premium|standard|basic|pro|professional|enterprise|essentials|frontline|kiosk)$/;

const UP = wordSet(['up']);
const PLAN_TO_WORDS = wordSet([ARROW, 'to', 'auf']);
const FROM_OR_VON = wordSet(['from', 'von']);
/**
 * "from Business Basic to Business Premium", "von Plan 1 auf Plan 2", "E3→E5", "1yr -> 3yr": a change of plan or
 * term is a subscription matter.
 */
function changesPlan(found: Found): boolean {
  const plan = (from: number, to: number, arrow = false) =>
    found.scanned.products.some((named) => named.at >= from && named.at <= to) ||
    found.tokens.slice(Math.max(0, from), to + 1).some((token) => PLAN_WORD.test(token) || (arrow && EDITION.test(token)));
  // "Plan 1 auf Plan 2", "E3 to E5", "P1→P2"
  const planTo = found.someWord(PLAN_TO_WORDS, (at) => {
    const arrow = found.tokens[at] === ARROW;
    return plan(at - 2, at - 1, arrow) && plan(at + 1, at + 2, arrow);
  });
  // "moving them up to E5", "bump the client up to Business Premium": a move up to a plan
  const movesUp = found.someWord(
    UP,
    (at) => found.tokens[at + 1] === 'to' && plan(at + 2, at + 3, true) && found.tokens.slice(Math.max(0, at - 4), at).some((word) => MOVING_UP.test(word))
  );
  return planTo || movesUp || found.someWord(FROM_OR_VON, (at) => {
    for (let to = at + 2; to <= at + 6 && to < found.tokens.length; to++) {
      if (found.clause[to] !== found.clause[at]) return false;
      if (found.tokens[to] === 'to' || found.tokens[to] === 'auf') return plan(at + 1, to - 1) && plan(to + 1, to + 3);
    }
    return false;
  });
}

/**
 * "bypassing us entirely", "an uns vorbei", "am Partner vorbei": how Microsoft's message went, past the partner. Beside a
 * matter named (an environment deleted, a sales call) it is the manner of that contact, not a question for the cases
 * where the rule gives way ("Wann geht MS am Partner vorbei …?" names none and still is).
 */
function routeOnly(found: Found): boolean {
  return found.positions('exceptions').every((at) => {
    const token = found.tokens[at] ?? '';
    return /^(bypass\w*|umgeh\w*|umgang\w*)$/.test(token) || found.tokens.slice(at, at + 4).includes('vorbei') || (/^(go|goes|going|went)$/.test(token) && found.tokens[at + 1] === 'around') || givenAsReason(found, at);
  });
}

/**
 * "…, weil er alles bei uns gekauft hat und sonst nie Post von Microsoft bekommt", "because they otherwise never hear
 * from Microsoft": what never happens, given as the reason, is the story, not a question for the exceptions.
 */
function givenAsReason(found: Found, at: number): boolean {
  for (let back = at - 1; back >= Math.max(0, at - 15) && found.sentence[back] === found.sentence[at]; back--) {
    const token = found.tokens[back] ?? '';
    if (token === CLAUSE_END) return false;
    if (/^(weil|because|since|denn|da)$/.test(token)) return true;
  }
  return false;
}

function topicOf(found: Found, topics: ReadonlyArray<Exclude<Topic, 'none'>>): Topic {
  const asksExceptions = found.has('exceptions') && !(topics.length > 0 && routeOnly(found));
  if (asksExceptions || (topics.length === 0 && found.asksWhatAbout)) return 'none';
  if (topics.includes('operational')) return 'operational';
  // "an official statement that the partner owns communication": a weak subscription word ("statement") does not
  // outrank a question about communication as a whole.
  // "Kommunikation zu Abonnements", "messages about their subscriptions": a weak word named as what is talked about
  const aboutSubscriptions = found.positions('billingWeak').some((at) => found.within('about', at - 3, at - 1, found.clause[at]));
  const spokenBilling = found.has('billing') || salesQuotes(found) || paymentCard(found) || aboutSubscriptions;
  // "mehr Benutzer, als er Lizenzen besitzt", "their own contract", "bought some on their own": owning licences or a
  // purchase is no question of who owns the communication.
  const ownsCommunication = found.positions('ownership').some(
    (at) =>
      !found.within('billingWeak', at - 3, at + 3) &&
      !found.scanned.products.some((product) => Math.abs(product.at - at) <= 3) &&
      !['relationship', 'ownAgreement', 'creditCard'].some((concept) => found.at(concept as Concept, at) || found.at(concept as Concept, at + 1)) &&
      !found.within('direct', at - 3, at) &&
      !found.within('buy', at - 4, at - 1)
  );
  const asksWhole = found.has('general') || (ownsCommunication && found.has('communicate'));
  if (topics.includes('billing') && !spokenBilling && asksWhole && !topics.includes('marketing')) return 'general';
  if (topics.includes('billing')) return 'billing';
  if (topics.length === 1 && topics[0] === 'marketing' && sceneOnlyBeforeContact(found)) return 'none';
  if (topics.includes('marketing')) return 'marketing';
  // "warum meldet sich MS nie direkt …": why never is the principle too, not a question for the cases
  if (asksWhyNot(found) || leavesToPartner(found) || asksContactRole(found) || expectsOfPartner(found) || onlyThroughPartner(found)) return 'general';
  // "Ist eine Kontaktaufnahme durch Microsoft grundsätzlich ausgeschlossen?": whether any contact at all is ruled out
  // asks for the cases where it is not, whatever principle word it carries
  if (asksIfRuledOut(found)) return 'none';
  // "What does the 'Customer communication from Microsoft' page say?", "ms stance on direct cust contact, tl;dr?",
  // "MS -> customer comms?": a question for what the policy says, with no principle put to be confirmed, asks every case.
  if (asksForContent(found) && !statesPrinciple(found)) return 'none';
  // "about their CSP business at all", "zu allgemeinen Themen überhaupt": a general matter named as what is talked about
  // is the topic, whatever "at all" asks of it
  if (found.has('ever') && !found.positions('general').some((at) => found.within('about', at - 3, at - 1, found.clause[at]))) return 'none';
  if (asksWhole) return 'general';
  if ((asksWho(found) || partnerDuty(found)) && found.scanned.products.length === 0) return 'general';
  return 'none';
}

/**
 * "We go to their Christmas do. Will Microsoft ever contact them directly?", "Putting together onboarding notes (…).
 * What can Microsoft contact our customers about at all?", "Bei der Weihnachtsfeier … gefragt: „Darf Microsoft uns direkt
 * kontaktieren, oder läuft alles über euch?“": marketing words only in the scene told before a clause that asks whether
 * Microsoft reaches the customer at all (or whether everything goes through the partner), with nothing pointing back,
 * are where the question was asked, not what it is about: it asks every case.
 */
function sceneOnlyBeforeContact(found: Found): boolean {
  const marketing = found.positions('marketing');
  // German puts the verb last: "Darf Microsoft unsere Kunden überhaupt direkt kontaktieren?"
  const verbs = found.positions('communicate').filter((verb) => found.positions('microsoft').some((ms) => ms - verb <= 4 && verb - ms <= 8 && found.clause[ms] === found.clause[verb]));
  if (marketing.length === 0 || verbs.length === 0) return false;
  const verb = Math.max(...verbs);
  const clause = found.clause[verb] ?? 0;
  const clauseStart = found.clause.indexOf(clause);
  const allCases = found.positions('ever').some((at) => (found.clause[at] ?? 0) >= clause) || found.positions('throughUs').some((at) => at > verb && everythingOtherwise(found, at));
  if (!allCases) return false;
  // Microsoft named in the scene ("afraid Microsoft will call them and win them over to a bigger partner") makes it
  // Microsoft's approach, which is the matter
  const microsoftInScene = (at: number) => found.positions('microsoft').some((ms) => ms < clauseStart && found.sentence[ms] === found.sentence[at]);
  if (!marketing.every((at) => at < clauseStart && found.clause[at] !== clause && !microsoftInScene(at))) return false;
  const pointsBack = (at: number) => at >= clauseStart && !found.at('customer', at + 1) && !determinerBeforeNoun(found, at) && !found.at('partnerObject', at);
  return !found.positions('anaphor').some(pointsBack) && found.scanned.products.length === 0;
}

const WHY = wordPattern(/^(why|warum|wieso|weshalb|wozu)$/);

/** Words that limit what follows to one party: only, all, everything, nur, ausschließlich, alles. */
const LIMITED_TO = wordPattern(/^(nur|ausschliesslich|einzig|alles|saemtliche|only|solely|exclusively|everything|all)$/);
const PARTNER_ROUTE = /^(von|vom|ueber|mit|from|through|via|with|to)$/;
/** What goes to or comes from someone: a verb of coming or going, or communication and contact as nouns. */
const GOES_OR_COMES = /^(kommen|kommt|kaeme|laeuft|laufen|geht|gehen|come|comes|go|goes|run|runs|kommunikation\w*|kundenkommunikation\w*|kontakt|kontakte|communication\w*|comms|contact)$/;

/**
 * "Heißt das, unsere Kunden hören eigentlich nur von uns?", "Will Microsoft, dass die Kunden nur mit uns reden?",
 * "im Allgemeinen läuft alles über den Partner, oder?", "everything should come from us, right?": the principle put to be
 * confirmed, with the partner as the one the customer hears from. Not a purchase or a holding ("kauft alles über
 * uns", "hat nur Lizenzen von uns"): that is the channel.
 */
function onlyThroughPartner(found: Found): boolean {
  if (!found.holds(LIMITED_TO)) return false;
  return found.someWord(LIMITED_TO, (at) => {
    const clause = found.clause[at];
    // "Kommuniziert MS mit unseren Kunden oder nur mit uns?", "… or does everything go through us?": the partner as one
    // side of an alternative asks which it is, so for the cases
    if (found.tokens.slice(Math.max(0, at - 5), at).some((word) => word === 'oder' || word === 'or')) return false;
    const toPartner = (route: number) => found.at('partnerObject', route + 1) || found.within('partner', route + 1, route + 2, found.clause[route]);
    let route = [1, 2, 3, 4].map((ahead) => at + ahead).find((next) => found.clause[next] === clause && PARTNER_ROUTE.test(found.tokens[next] ?? ''));
    // "dass alles, was der Kunde kriegt, vom Partner kommen muss", "everything that reaches the customer should come from
    // us": a relative clause may say what "everything" is before its route
    if (route === undefined && ALL_WORDS.test(found.tokens[at] ?? '') && [at + 1, at + 2].some((next) => RELATIVE_OPENERS.test(found.tokens[next] ?? ''))) {
      route = [5, 6, 7, 8, 9, 10, 11, 12].map((ahead) => at + ahead).find((next) => found.sentence[next] === found.sentence[at] && PARTNER_ROUTE.test(found.tokens[next] ?? '') && toPartner(next));
      if (route !== undefined) {
        const relative = found.tokens.slice(at + 1, route);
        // "alles, was er kauft, kommt von uns": what is bought says the channel
        if (found.positions('buy').some((buy) => buy > at && buy < route!) || relative.some((word) => GENERIC_HOLDINGS.test(word))) return false;
        const routeClause = found.clause[route];
        // German ends on the verb ("vom Partner kommen muss"), English puts it first ("has to come from the partner")
        return [-2, -1, 1, 2, 3].some((offset) => found.clause[route! + offset] === routeClause && GOES_OR_COMES.test(found.tokens[route! + offset] ?? ''));
      }
    }
    if (route === undefined || !toPartner(route)) return false;
    if (found.within('buy', 0, found.tokens.length) && found.positions('buy').some((buy) => found.clause[buy] === clause)) return false;
    const inClause = (test: (other: number) => boolean) => found.tokens.some((_token, other) => found.clause[other] === clause && test(other));
    if (inClause((other) => GENERIC_HOLDINGS.test(found.tokens[other] ?? '') || found.at('billing', other) || found.at('billingWeak', other))) return false;
    if (found.scanned.products.some((product) => found.clause[product.at] === clause)) return false;
    return inClause((other) => found.at('communicate', other) || found.at('receive', other) || GOES_OR_COMES.test(found.tokens[other] ?? ''));
  });
}

const EXPECTS = wordPattern(/^(erwart\w*|expect\w*)$/);

/**
 * "Was erwartet Microsoft vom CSP-Partner bei der Kundenkommunikation?", "What does Microsoft expect of partners?":
 * what Microsoft expects of the partner is the principle, asked.
 */
function expectsOfPartner(found: Found): boolean {
  if (!found.holds(EXPECTS)) return false;
  return found.someWord(EXPECTS, (at) => {
    const clause = found.clause[at];
    // Microsoft the one who expects, not the source of what someone else expects ("was er von Microsoft erwarten kann")
    const expecter = (ms: number) => Math.abs(ms - at) <= 4 && found.clause[ms] === clause && !/^(von|vom|from|by)$/.test(found.tokens[ms - 1] ?? '');
    if (!found.positions('microsoft').some(expecter)) return false;
    for (let next = at + 1; next <= at + 5 && found.clause[next] === clause; next++) {
      if (!/^(von|vom|from|of)$/.test(found.tokens[next] ?? '')) continue;
      if (found.within('partnerObject', next + 1, next + 3, clause) || found.within('partner', next + 1, next + 3, clause)) return true;
    }
    return false;
  });
}

/** Ruled out, forbidden as a whole: "ausgeschlossen", "verboten", "untersagt", "barred", "prohibited", "ruled out". */
const RULED_OUT = wordPattern(/^(ausgeschlossen|verboten|untersagt|tabu|barred|prohibited|forbidden|banned|excluded|ruled)$/);

/**
 * "Ist eine Kontaktaufnahme durch Microsoft grundsätzlich ausgeschlossen?", "Is Microsoft completely barred from
 * contacting them?": asks whether Microsoft may reach the customer at all, so for every case. Not a negated one
 * ("nicht ausgeschlossen") nor a topic's ("Werbung ist verboten?"), which topicOf decides before.
 */
function asksIfRuledOut(found: Found): boolean {
  if (!found.holds(RULED_OUT)) return false;
  return found.someWord(RULED_OUT, (at) => {
    if (found.tokens[at] === 'ruled' && found.tokens[at + 1] !== 'out') return false;
    if (found.negatedAt(at, 3)) return false;
    const sentence = found.sentence[at];
    const inSentence = (concept: Concept) => found.positions(concept).some((other) => found.sentence[other] === sentence);
    return inSentence('microsoft') && (inSentence('communicate') || inSentence('customer'));
  });
}

/** The customer's contact as a role: "Ansprechpartner", "Kontaktperson", "the (main) contact", "point of contact". */
const CONTACT_ROLE = wordPattern(/^(ansprechpartner\w*|ansprechperson\w*|kontaktperson\w*|contact|contacts)$/);
const CONTACT_ROLE_BEFORE = /^(the|a|main|sole|only|single|primary|first|their|its|own)$/;
const ASKERS_OWN = /^(our|my|unser|unsere|unserer|unseren|unserem|mein|meine|meinen|meinem|meiner)$/;

/**
 * "Ist Microsoft der Ansprechpartner unserer Kunden oder sind wir das?", "Betreut Microsoft unsere Kunden mit eigenen
 * Ansprechpartnern?", "Is Microsoft the contact for our customers, or are we?": who is the customer's contact asks the
 * principle. Not where a product is named or something happened ("der Microsoft-Ansprechpartner hat ihn wegen Copilot
 * angerufen"): there the matter decides.
 */
function asksContactRole(found: Found): boolean {
  if (!found.holds(CONTACT_ROLE) || found.scanned.products.length > 0 || found.has('happened')) return false;
  return found.someWord(CONTACT_ROLE, (at) => {
    const token = found.tokens[at] ?? '';
    // "who is our Microsoft contact", "unser Ansprechpartner bei Microsoft": the asker's own contact, not the customer's
    if (found.tokens.slice(Math.max(0, at - 2), at).some((word) => ASKERS_OWN.test(word))) return false;
    if (!token.startsWith('contact')) return true;
    if (/^(details|data|info|information|list|lists|form|forms|address|addresses|number|numbers)$/.test(found.tokens[at + 1] ?? '')) return false;
    // English "contact" is a verb too: only the noun of a role ("the main contact", "point of contact", "contact person")
    return CONTACT_ROLE_BEFORE.test(found.tokens[at - 1] ?? '') && !found.at('customer', at + 1) && !/^(them|him|her|us|me)$/.test(found.tokens[at + 1] ?? '') ||
      (found.tokens[at - 1] === 'of' && found.tokens[at - 2] === 'point') ||
      /^(person|persons|people)$/.test(found.tokens[at + 1] ?? '');
  });
}

/**
 * "Microsoft leaves customer communication to the CSP partner", "überlässt die Kommunikation den Partnern": the
 * principle in other words, whatever stands between the verb and the partner.
 */
function leavesToPartner(found: Found): boolean {
  if (!found.holds(DELEGATES)) return false;
  return found.someWord(DELEGATES, (at) => {
    if (!handsOverAt(found, at) || found.negatedAt(at, 3)) return false;
    for (let next = at + 1; next <= at + 9 && found.clause[next] === found.clause[at]; next++) {
      if (/^(to|den|dem)$/.test(found.tokens[next] ?? '') && (found.within('partnerObject', next, next + 2) || found.within('partner', next + 1, next + 3))) return true;
      // "überlässt … uns Partnern", "überlässt uns die Kommunikation": the partner in the dative with no article
      if (/^(uns|mir)$/.test(found.tokens[next] ?? '')) return true;
    }
    return false;
  });
}

/** "why doesn't MS talk to them directly", "warum redet MS nicht direkt mit unseren Kd": asks for the principle. */
function asksWhyNot(found: Found): boolean {
  if (!found.holds(WHY)) return false;
  return found.someWord(WHY, (at) => {
    const clause = found.clause[at];
    // "why they never hear anything from Microsoft", "warum er nie was von Microsoft hört": the customer hearing nothing
    // from Microsoft is the same principle seen from the customer's side
    const reached = found.within('communicate', at + 1, at + 6, clause) || found.within('receive', at + 1, at + 9, clause);
    return found.within('negation', at + 1, at + 5, clause) && found.within('microsoft', at + 1, at + 10, clause) && reached;
  });
}

/** "who sends the invoice?", "wer informiert …": a question for the party, not a relative clause. */
/** Words that ask for the policy's content: a summary, its gist, what it says. */
const CONTENT_ORDERS = wordPattern(/^(summari[sz]e|summary|summari[sz]ed|tldr|nutshell|overview|recap|gist|zusammenfass\w*|ueberblick|kurzfassung|kernaussage\w*)$/);
const WHAT_WORDS = wordSet(['what', 'whats', 'was']);
const SAYS_CONTENT = wordPattern(/^(say|says|said|state|states|stipulate|stipulates|mean|means|cover|covers|sagt|sagen|besagt|regelt|steht|stehen|aussagt)$/);
const STANCE = wordPattern(/^(stance|position|view|line|haltung|standpunkt|linie)$/);
const CONTENT_ON = /^(on|about|regarding|zu|zur|zum|bei)$/;
const FRAGMENT_WORDS = /^(comms|communication|communications|kommunikation|contact|kontakt|direct|direkt|end|to|the|our|my|unsere?|an|zu)$/;

/**
 * "Summarise what the policy says about …", "What does the page actually say?", "Was sagt die Richtlinie?", "ms stance
 * on direct cust contact?", "MS -> customer comms?" (Microsoft, the customer and communication, and no verb): the asker
 * wants what the policy says, not one verdict.
 */
function asksForContent(found: Found): boolean {
  if (found.holds(CONTENT_ORDERS) || (found.tokens.includes('tl') && found.tokens.includes('dr'))) return true;
  const what = found.findWord(WHAT_WORDS, () => true);
  // not "Is that what the policy says?" (a claim put to be confirmed), nor "What says the policy: who is responsible …?"
  // (a frame before the question itself)
  const claimPut = /^(is|isnt|that|this|ist|das)$/.test(found.tokens[what - 1] ?? '');
  const saying = what >= 0 && !claimPut ? found.findWord(SAYS_CONTENT, (at) => at > what && at <= what + 11 && found.clause[at] === found.clause[what]) : -1;
  const askedAfter = (at: number) => (found.at('who', at) || found.at('duty', at)) && at > saying && !CONTENT_ON.test(found.tokens[at - 1] ?? '');
  if (saying >= 0 && found.clause[found.sentence.lastIndexOf(found.sentence[saying] ?? 0)] === found.clause[saying] && !anchorsIn(found.positions('who'), found.positions('duty')).some(askedAfter)) return true;
  if (found.someWord(STANCE, (at) => CONTENT_ON.test(found.tokens[at + 1] ?? '') && found.within('microsoft', at - 3, at - 1))) return true;
  const words = found.tokens.filter((token) => !isBreak(token) && token !== ARROW);
  return (
    words.length <= 6 &&
    found.has('microsoft') &&
    found.has('customer') &&
    found.tokens.every(
      (token, at) => isBreak(token) || token === ARROW || FRAGMENT_WORDS.test(token) || (['microsoft', 'customer', 'wondering', 'communicate'] as const).some((concept) => found.at(concept, at))
    )
  );
}

/** "every message … from us", "in general", "the default", "general expectation": a principle put to be confirmed. */
const PRINCIPLE_WORDS = wordPattern(/^(grundregel\w*|grundprinzip\w*|basic|ground|every|all|alle|jede|jeder|jedes|gesamte\w*|saemtliche\w*|general|generell|allgemein\w*|grundsaetzlich|default|baseline|principle|grundsatz|expect\w*|erwart\w*|only|nur|never|nie|niemals|always|immer)$/);

function statesPrinciple(found: Found): boolean {
  return found.holds(PRINCIPLE_WORDS);
}

function asksWho(found: Found): boolean {
  return found.positions('who').some((at) => !(found.tokens[at] === 'who' && (found.at('customer', at - 1) || found.at('partnerObject', at - 1) || RELATIVE_HEADS.test(found.tokens[at - 1] ?? ''))));
}

/**
 * "Is it my job to tell the customer?", "is it my job or Microsoft's?": the partner's duty to communicate. Not "should we
 * be concerned that Microsoft …", "müssen wir damit rechnen, dass Microsoft …": there Microsoft is the one who acts.
 */
function partnerDuty(found: Found): boolean {
  return found.positions('duty').some(
    (at) =>
      // "Should I be worried?", "Muss ich mir Sorgen machen?": a worry about what happened, no duty to communicate
      !found.tokens.slice(at + 1, at + 5).some((word, offset) => found.sentence[at + 1 + offset] === found.sentence[at] && WORRY.test(word)) &&
      !found.positions('microsoft').some(
        (ms) =>
          ms > at &&
          found.sentence[ms] === found.sentence[at] &&
          !/^(or|oder)$/.test(found.tokens[ms - 1] ?? '') &&
          !found.within('communicate', at + 1, ms - 1)
      )
  );
}

const WORRY = /^(worried|worry|concerned|nervous|alarmed|afraid|scared|panic\w*|beunruhigt|sorgen|sorge|besorgt|angst|nervoes|panik)$/;

/** "write my customer a mail", "pls open a ticket", "kannst du schauen …": an order to the bot. */
function isBotTask(found: Found): boolean {
  // "tell me a joke about Microsoft licensing", "ein Gedicht über die CSP-Regeln": entertainment, whatever it is about
  if (found.holds(CHIT_CHAT)) return true;
  const first = found.tokens.findIndex((token) => !LEAD_IN.has(token));
  if (checksClaim(found, first)) return false;
  // "Fassen Sie die Regeln … zusammen", "Können Sie zusammenfassen, was die Richtlinie … sagt": asking to be told.
  const opening = found.tokens[first] ?? '';
  // Read only where asked for: most questions name no policy and do not ask about Microsoft.
  const knowledgeOrder = () => KNOWLEDGE_ORDERS.test(opening) || slipped(opening, KNOWLEDGE_ORDERS) || found.holds(SUMMARISING);
  // "Give me a summary of the rules", "Erklär mir die Richtlinie": a question about the policy, asked as an order;
  // "Erstell mir eine Checkliste für unsere Kundenkommunikation" is still work for the bot.
  if (found.namesPolicy && (!found.has('botTask') || knowledgeOrder())) return false;
  // "Summarize when Microsoft may contact CSP customers": asking to be told the policy is asking the policy.
  const asksAboutMicrosoft = found.has('microsoft') && (found.has('communicate') || found.has('receive')) && !found.has('supportDesk');
  // "Fassen Sie diese Microsoft-Mail zusammen", "summarise the following email": work on a message at hand
  const messageAtHand = () => found.someWord(MESSAGE_DETERMINERS, (at) => [1, 2].some((step) => MESSAGE_NOUNS.test(found.tokens[at + step] ?? '')));
  // "Gib Microsoft bitte Bescheid, dass …", "Tell Microsoft that …": Microsoft is the one to be told, not the asker
  const microsoftToBeTold = () => ordersToMicrosoft(found, first);
  if (asksAboutMicrosoft && knowledgeOrder() && !(found.has('botTask') && messageAtHand()) && !microsoftToBeTold()) return false;
  // "Schreib ich dem Kunden oder …?", "Informiere ich die Kunden …?": a German verb opening the question with the asker
  // as its subject asks what the asker does; an order has no "ich" or "wir" after its verb
  const askerAsks = /^(ich|wir)$/.test(found.tokens[first + 1] ?? '');
  if (found.positions('botTask').some((at) => !politeOrderInside(found, at, first) && !headingNoun(found, at, first) && !(askerAsks && at === first))) return true;
  // "kannst du im Tenant nachschauen, ob …", "can you check whether …"
  const askedToDo = found.someWord(
    CAN_YOU,
    (at) =>
      ['du', 'sie', 'you', 'u'].includes(found.tokens[at + 1] ?? '') &&
      found.tokens.slice(at + 2, at + 10).some((next) => TOOL_VERBS.test(next))
  );
  if (askedToDo) return true;
  if (ordersToMicrosoft(found, first) || asksForListing(found)) return true;
  // "Quick check: …" is a label, typed without the colon too ("quick check a maintenance window …"), where "quick"
  // makes the word a noun; "Open Value expires …" names an agreement: neither is an order.
  const label = isBreak(found.tokens[first + 1] ?? '') || QUICK.test(found.tokens[first - 1] ?? '');
  const partOfName = found.scanned.matches.some((match) => match.at === first && NAMING_CONCEPTS.has(match.concept));
  return first >= 0 && (found.at('imperative', first) || slippedOrder(found, first)) && !label && !partOfName && !askerAsks;
}

const TELLING_ORDERS = /^(tell|report|notify|inform|email|mail|ping|contact|call|ask|melde|meld|sag|sage|teile|teil|informiere|informier|kontaktiere|kontaktier|frag|ruf|rufe|schreib|schreibe)$/;
const BETWEEN_ORDER_AND_MICROSOFT = /^(bitte|please|pls|mal|doch|kurz|bei|an|to|back|the|den|dem|die|das)$/;

/**
 * "Melde bitte bei Microsoft, dass …", "Bitte sag Microsoft …", "Please report to Microsoft that …", "Tell Microsoft
 * that …": an order opening the message, with Microsoft as the one to be told, is work for the bot; no one reaches the
 * customer ("Tell me whether Microsoft …" names the asker, not Microsoft).
 */
function ordersToMicrosoft(found: Found, first: number): boolean {
  if (first < 0 || !found.has('microsoft')) return false;
  const order = found.tokens[first] ?? '';
  // "Geben Sie Microsoft Bescheid", "Teilen Sie Microsoft mit": the polite order names its addressee after the verb
  const polite = POLITE_TELLING_ORDERS.test(order) && found.tokens[first + 1] === 'sie';
  // "Gib Microsoft Bescheid, dass …", "Let Microsoft know that …": a phrase of telling opened by a light verb, told by
  // its noun ("Bescheid", "know") after Microsoft; "Let Microsoft decide" orders no telling.
  const giving = GIVING_ORDERS.test(order) || (polite && /^(geben)$/.test(order));
  if (!TELLING_ORDERS.test(order) && !polite && !giving) return false;
  for (let at = first + (polite ? 2 : 1); at <= first + 5 && at < found.tokens.length; at++) {
    if (found.at('microsoft', at)) {
      if (MICROSOFT_ACTS_NEXT.test(found.tokens[at + 1] ?? '')) return false;
      return !giving || found.tokens.slice(at + 1, at + 5).some((word, offset) => TOLD_BY_NOUN.test(word) && found.clause[at + 1 + offset] === found.clause[at]);
    }
    if (!BETWEEN_ORDER_AND_MICROSOFT.test(found.tokens[at] ?? '')) return false;
  }
  return false;
}
const GIVING_ORDERS = /^(gib|gebt|let)$/;
const POLITE_TELLING_ORDERS = /^(geben|sagen|teilen|melden|informieren|benachrichtigen|kontaktieren|schreiben|fragen)$/;
const TOLD_BY_NOUN = /^(bescheid|know|rueckmeldung|info|infos|nachricht|hinweis|word)$/;

const LISTING = wordPattern(/^(list|lists|overview|overviews|report|spreadsheet|table|export|summary|liste|listen|aufstellung\w*|uebersicht\w*|tabelle\w*|auswertung\w*|zusammenstellung\w*|bericht|report)$/);
const PRODUCING = wordPattern(/^(erstellen|erstelle|erstell|zusammenstellen|zusammenzustellen|aufstellen|aufzustellen|auflisten|aufzulisten|heraussuchen|herauszusuchen|raussuchen|exportieren|ziehen|create|compile|prepare|put|pull|generate|draw|make|build)$/);
const ADDRESSED = wordPattern(/^(sie|du|you|u|ihr)$/);

/**
 * "Wären Sie so freundlich, mir eine Aufstellung sämtlicher Kunden zu erstellen, …", "Would you be so kind as to
 * compile a list of …": the bot, addressed, asked to make a list or overview of the partner's own records: work for
 * the bot. With Microsoft named, the list asked for may be the policy's cases, and the reading is left to the rest.
 */
function asksForListing(found: Found): boolean {
  // "Can you make me a list of the cases in which Microsoft contacts customers?" asks the policy as a list
  if (!found.holds(LISTING) || found.has('microsoft')) return false;
  return found.someWord(LISTING, (at) => {
    const sentence = found.sentence[at];
    const inSentence = (position: number) => found.sentence[position] === sentence;
    const addressed = found.someWord(ADDRESSED, (position) => position < at && inSentence(position));
    const produced = found.someWord(PRODUCING, (position) => Math.abs(position - at) <= 8 && inSentence(position));
    return addressed && produced;
  });
}

const CHECKING = /^(check|verify|pruef|pruefe|pruefen|ueberpruef|ueberpruefe|checke|checken|validate|validier\w*)$/;
const CLAIMS = wordPattern(/^(claim|claims|statement|statements|assumption|assumptions|assertion|aussage|aussagen|annahme|annahmen|behauptung\w*|these|thesen|info|infos)$/);
const TRUE_OR_NOT = wordPattern(/^(stimmt|true|correct|richtig|korrekt|zutreffend|accurate|right|wahr)$/);

/**
 * "Prüf bitte diese Annahme: „Microsoft informiert alle CSP-Kunden selbst …“ Stimmt das?", "Check this claim: … Is that
 * true?": an order to check a claim about Microsoft, asked whether it holds, asks what the claim says; no work for the bot.
 */
function checksClaim(found: Found, first: number): boolean {
  if (first < 0 || !CHECKING.test(found.tokens[first] ?? '') || !found.holds(TRUE_OR_NOT)) return false;
  const claim = found.findWord(CLAIMS, (at) => at > first && at <= first + 4);
  // The claim itself is often quoted, and the asker's own words around a quote are read without it: "Check this
  // claim: … Is that true?" is then one sentence.
  return claim >= 0 && found.findWord(TRUE_OR_NOT, (at) => at > claim + 1) >= 0;
}

/**
 * "Zusammenfassung für den Thread: Kunde möchte …": a noun of the task that opens the message and ends before a colon
 * or comma is a heading over what the asker summed up, not an order ("Zusammenfassung bitte" still is one).
 */
function headingNoun(found: Found, at: number, first: number): boolean {
  if (at !== first || !/ung(en)?$/.test(found.tokens[at] ?? '')) return false;
  const heading = found.tokens.slice(at + 1, at + 5);
  return heading.some((token) => token === CLAUSE_END) && !heading.includes('bitte') && found.tokens.slice(at + 1).some((token) => token === SENTENCE_END);
}

/**
 * "Prüfen Sie …", "Schicken Sie …" order only where they open a sentence: inside one, typed in lower case, "schicken
 * sie uns sowas" asks what they (the customer, Microsoft) send, and "bitte prüfen sie ihre anwendungen" is a pasted
 * mail speaking to its reader.
 */
function politeOrderInside(found: Found, at: number, first: number): boolean {
  if (found.tokens[at + 1] !== 'sie') return false;
  const before = found.tokens[at - 1] === 'bitte' ? at - 2 : at - 1;
  return before >= first && !isBreak(found.tokens[before] ?? '.');
}

const QUICK = /^(quick|short|brief|kurz|kurze|kurzer|kurzes)$/;
const CHIT_CHAT = wordPattern(/^(joke|jokes|witz|witze|poem|gedicht|limerick|limericks)$/);

/** Orders long enough to be told through one slip of the finger when they open the message: "Smumarise", "formuleir". */
const LONG_ORDERS = /^(translate|summari[sz]e|formulate|compose|prepare|generate|formulier\w*|uebersetz\w*|zusammenfass\w*|erstelle|schreibe|beantworte)$/;

/** The first word is no word the bot knows, but an order with two letters swapped. */
function slippedOrder(found: Found, at: number): boolean {
  const token = found.tokens[at] ?? '';
  return !found.scanned.matches.some((match) => match.at === at && !match.fuzzy) && slipped(token, LONG_ORDERS);
}

const MESSAGE_NOUNS = /^(mail|mails|email|emails|message|messages|nachricht\w*|text|letter|brief|schreiben|notice|notification|thread)$/;

/** Concepts whose words can open a question without being an order ("Open Value", "Office …"). */
const NAMING_CONCEPTS: ReadonlySet<Concept> = new Set(['ownAgreement', 'relationship', 'scopeTarget']);

/** "is Outlook down right now?": the live state of a service, which the policy does not answer. */
function isLiveStatus(found: Found): boolean {
  const troubled = found.has('operational') || found.has('operationalWeak');
  const reachingInSentence = (sentence: number) =>
    found.positions('communicate').some(
      (at) => found.sentence[at] === sentence && (found.within('microsoft', at - 3, at - 1) || found.within('microsoft', at + 1, at + 1))
    );
  // "wir haben gerade zwei Abos gekündigt", "we have just cancelled": the recent past, not the live state.
  const recentPast = (at: number) => /^(haben|hat|habe|have|has|had)$/.test(found.tokens[at - 1] ?? '');
  // "… hat der Kunde gerade zwei Abos gekündigt": the perfect tense a few words apart.
  const perfect = (at: number) =>
    found.tokens.slice(Math.max(0, at - 3), at).some((token) => /^(hat|haben|habe|hatte|hatten)$/.test(token)) &&
    found.tokens.slice(at + 1, at + 6).some((token, offset) => /^ge\w{3,}(t|en)$/.test(token) && found.clause[at + 1 + offset] === found.clause[at]);
  // "stehe grad im Lager", "ich sitze gerade beim Kunden": where the asker is, not how a service is.
  // "Wir bauen gerade unser Kommunikationskonzept", "we're currently rewriting our FAQ": what the partner is doing now
  // (not what it sees or has: "wir sehen gerade, dass Teams down ist" stays a status question)
  const partnerBusy = (at: number) =>
    /^(wir|we|we're|were)$/.test(found.tokens[at - 2] ?? '') && /^[a-z]+$/.test(found.tokens[at - 1] ?? '') && !PERCEIVING.test(found.tokens[at - 1] ?? '');
  const askerBusy = (at: number) => ASKER_NOW.test(found.tokens[at - 1] ?? '') || [at - 1, at - 2].some((before) => found.tokens[before] === 'ich') || partnerBusy(at);
  // "Man liest gerade überall von einem Datenleck. Meldet sich Microsoft deswegen …?": the time of the story told
  // before a sentence that asks whether Microsoft reaches out, not a question about the live state.
  const reachingLater = (sentence: number) => found.positions('communicate').some((at) => (found.sentence[at] ?? -1) > sentence && reachingInSentence(found.sentence[at] ?? -1));
  const liveQuestion = found.positions('liveNow').some(
    (at) => !reachingInSentence(found.sentence[at] ?? -1) && !reachingLater(found.sentence[at] ?? -1) && !recentPast(at) && !perfect(at) && !askerBusy(at)
  );
  if (liveQuestion && troubled && !found.has('happened')) return true;
  if (asksWhoseFault(found)) return true;
  // "Azure West Europe ok atm?", "Teams grad ok?": whether a service or region is fine right now, with no one reached
  const serviceNamed = found.scanned.products.length > 0 || found.has('scopeTarget');
  if (liveQuestion && serviceNamed && found.has('wondering') && !found.has('communicate') && !found.has('customer') && !found.has('happened')) return true;
  // "Geht Outlook im Moment? Kunde kann keine Mails senden", "Läuft Teams gerade?": whether a service works right now,
  // opened by the verb with the service after it; the symptom told after it reaches no one, Microsoft is not named
  const worksNow =
    /^(geht|gehts|laeuft|funktioniert|works|working)$/.test(found.tokens[0] ?? '') &&
    found.scanned.products.some((product) => product.at >= 1 && product.at <= 2) &&
    found.positions('liveNow').some((at) => found.sentence[at] === found.sentence[0]) &&
    !found.has('microsoft');
  if (worksNow) return true;
  const startsAsStatus = ['is', 'are', 'ist', 'sind', 'geht', 'gehts', 'laeuft'].includes(found.tokens[0] ?? '');
  return (
    startsAsStatus &&
    found.scanned.products.length > 0 &&
    found.has('operationalWeak') &&
    !found.has('microsoft') &&
    !found.has('customer') &&
    !found.has('communicate')
  );
}

/** Verbs of noticing or having something, after which "gerade" still tells the state of a service. */
const PERCEIVING = /^(sehen|seh|sieht|merken|bemerken|haben|hat|bekommen|kriegen|erleben|beobachten|see|seeing|notice|noticing|have|having|get|getting|experience|experiencing|are|is|sind|ist)$/;

const SERVICE_WORKING = wordPattern(/^(geht|gehts|laeuft|funktioniert|funktionieren|work|works|working|running|run|runs|wrong|los|kaputt|broken)$/);
const TODAY = wordPattern(/^(heute|heut|today|tonight|gerade|grad|grade)$/);

/**
 * "Funktioniert Exchange Online heute in Deutschland? Bei zwei Kunden kommen keine Mails an.", "Is Exchange Online down
 * in Germany today? Two customers are not receiving mail.", "Two customers get no mail. Is Exchange Online working
 * today?": a sentence that asks how a service is today or now (the service named, a time, and its working, its
 * trouble or a check), with Microsoft not named and no one reached anywhere; the symptom beside it reaches no one
 * ("… get no mail", "keine Mails bekommen"). The live state of a service, for Service health.
 */
function asksServiceState(found: Found): boolean {
  if (found.has('microsoft')) return false;
  // "Mail isn't reaching two customers", "Mails kommen nicht an": the mail is the symptom's subject, no one reaches anyone
  if (found.positions('communicate').some((at) => !found.negatedAt(at, 3) && !SYMPTOM_MAIL.test(found.tokens[at] ?? ''))) return false;
  // "… get no mail", "Nobody at the hotel gets mail": what does not arrive
  const nobody = (at: number) => found.tokens.slice(Math.max(0, at - 5), at).some((word, offset) => NOBODY.test(word) && found.clause[Math.max(0, at - 5) + offset] === found.clause[at]);
  if (found.positions('receive').some((at) => !found.negatedAt(at, 3) && !NO_OBJECT.test(found.tokens[at + 1] ?? '') && !nobody(at))) return false;
  const asking = new Set<number>();
  for (const product of found.scanned.products) asking.add(found.sentence[product.at] ?? -1);
  for (const at of found.positions('operational')) asking.add(found.sentence[at] ?? -1);
  return [...asking].some((sentence) => {
    const inSentence = (at: number) => found.sentence[at] === sentence;
    const start = found.sentence.indexOf(sentence);
    const words = found.tokens.filter((token, at) => inSentence(at) && !isBreak(token)).length;
    // a time ("heute", "right now"), or a short question opened by its verb ("Is Outlook down?", "Gibt's eine Störung?")
    const now = found.someWord(TODAY, inSentence) || found.positions('liveNow').some(inSentence);
    const short = words <= 6 && STATUS_OPENERS.test(found.tokens[start] ?? '');
    if (!now && !short) return false;
    if (found.positions('billing').some(inSentence)) return false;
    return found.someWord(SERVICE_WORKING, inSentence) || (['operational', 'operationalWeak', 'wondering'] as const).some((concept) => found.positions(concept).some(inSentence));
  });
}
const STATUS_OPENERS = /^(is|are|ist|sind|gibt|gibts|geht|gehts|laeuft|funktioniert|hat|has|have|any)$/;
const NOBODY = /^(nobody|noone|niemand|keiner|none)$/;
const NO_OBJECT = /^(no|keine|kein|keinen)$/;
const SYMPTOM_MAIL = /^(mail|mails|email|emails|e-mails?|nachrichten|calls|anrufe)$/;

const FAULT_COPULA = wordPattern(/^(is|ist|isch|are|sind|liegt|liegts)$/);
const FAULT_POINTER = /^(this|that|it|das|dat|des|es|dies|dieses)$/;
const FAULT_NOUNS = /^(outage|incident|issue|problem|fault|bug|error|stoerung|ausfall|fehler|problem|vorfall|incident|side|end|seite)$/;
const AT_MICROSOFT = /^(bei|beim|an|on|at|with|von|vom|from|auf|in)$/;

/**
 * "is dat ne störung bei MS?", "Ist das eine Störung bei Microsoft?", "is that a Microsoft outage?", "is this on
 * Microsoft's side?", "Liegt das Problem bei Microsoft oder beim Kunden?": whether the trouble at hand is Microsoft's
 * is the live state of a service, for Service health; nothing asks whether anyone is told.
 */
function asksWhoseFault(found: Found): boolean {
  if (!found.holds(FAULT_COPULA) || !found.has('microsoft')) return false;
  return found.someWord(FAULT_COPULA, (at) => {
    const sentence = found.sentence[at];
    const pointer = [at + 1, at + 2].find((next) => FAULT_POINTER.test(found.tokens[next] ?? ''));
    if (pointer === undefined) return false;
    // "… beim kunden is dat ne störung bei ms" typed without a comma: the copula right before its pointer opens the question
    if (!(at === 0 || isBreak(found.tokens[at - 1] ?? '.') || pointer === at + 1)) return false;
    let fault = false;
    let microsoftAt = -1;
    for (let next = pointer + 1; next <= pointer + 7 && found.sentence[next] === sentence && !isBreak(found.tokens[next] ?? '.'); next++) {
      if (FAULT_NOUNS.test(found.tokens[next] ?? '') || found.at('operational', next) || found.at('operationalWeak', next)) fault = true;
      if (found.at('microsoft', next) && microsoftAt < 0) microsoftAt = next;
    }
    // "Is this policy from Microsoft still valid for outages?" asks about the policy
    if (microsoftAt < 0 || found.within('policyRef', pointer + 1, microsoftAt + 3)) return false;
    // "Microsoft's side", "on Microsoft's end", "bei MS", "a Microsoft outage"
    const placed = AT_MICROSOFT.test(found.tokens[microsoftAt - 1] ?? '') || FAULT_NOUNS.test(found.tokens[microsoftAt + 1] ?? '') || FAULT_NOUNS.test(found.tokens[microsoftAt + 2] ?? '');
    if (!fault || !placed) return false;
    // nobody reached anywhere in the question: "… and will they tell the customer?" asks the policy
    // … a story told before the question ("SharePoint lädt beim Kunden nicht.") reaches no one asked about
    return !found.positions('communicate').some(
      (verb) =>
        (found.sentence[verb] ?? -1) >= (sentence ?? 0) &&
        (found.within('microsoft', verb - 3, verb - 1) ||
        found.tokens.slice(Math.max(0, verb - 3), verb).some((word) => /^(they|sie|er|ms|microsoft)$/.test(word)) ||
          (found.within('customer', verb + 1, verb + 2) && !/^(for|fuer)$/.test(found.tokens[verb + 1] ?? '')))
    ) && !found.has('receive') && !found.has('duty');
  });
}

/** What the asker is doing at the moment, said with "grad/gerade": "stehe grad im Lager", "bin gerade beim Kunden". */
// … or what the asker reads or hears: "man liest gerade überall von einem Datenleck".
const ASKER_NOW = /^(bin|stehe|sitze|telefoniere|arbeite|fahre|warte|steh|sitz|liest|lese|lesen|hoere|hoert|hoeren|man)$/;

/** "ihres direkt mit Microsoft abgeschlossenen EES": an agreement made with Microsoft, not Microsoft turned to. */
const AGREED_WITH = /^(abgeschlossen\w*|geschlossen\w*|vereinbart\w*|unterzeichnet\w*|unterschrieben\w*|signed|agreed|concluded)$/;

/** "Ausnahmen, bei denen Microsoft … anschreibt": a relative clause whose subject is Microsoft, not Microsoft turned to. */
const RELATIVE_PRONOUN = /^(denen|welchen|welchem|welcher|which|whom)$/;

const LOOK_UP = /^(see|view|check|monitor|find|sehen|einsehen|nachsehen|abrufen|finden|ueberwachen|monitoren)$/;
const BOOKING = wordPattern(/^(buchen|verbuchen)$/);
const BOOKKEEPING = wordPattern(/^(verbuch\w*|rueckstellung\w*|hgb|ifrs|accruals?|bookkeeping|kontier\w*)$/);

/**
 * "Kann ich als Partner die Service Health aller Kunden an einem Ort sehen?", "Reverse Charge bei Microsoft-Rechnungen
 * – wie ist das zu buchen?": the asker looking something up or keeping its books, with no one reached.
 */
function looksUpOrBooks(found: Found): boolean {
  // "sehen" is also a verb of being shown: only a reaching other than the look-up itself counts
  if (found.has('communicate') || found.positions('receive').some((at) => !LOOK_UP.test(found.tokens[at] ?? ''))) return false;
  const looksUp = found.positions('askerSubject').some((at) =>
    found.tokens.slice(at + 1, at + 16).some((token, offset) => LOOK_UP.test(token) && found.clause[at + 1 + offset] === found.clause[at])
  );
  const books =
    (found.holds(BOOKKEEPING) || found.holds(BOOKING)) &&
    found.tokens.some((token, at) => BOOKKEEPING.test(token) || (token === 'zu' && BOOKING.test(found.tokens[at + 1] ?? '')));
  return looksUp || books;
}

/** Bodies a report goes to; not "Behörde", "authority": a public body is often the customer ("Behördenkunden"). */
const AUTHORITY = wordPattern(/^(bsi|aufsichtsbehoerde\w*|datenschutzbehoerde\w*|aufsicht|bafin|finma|regulator|regulators|authorities|ico|cisa|ncsc|polizei|police|datenschutzbeauftragt\w*)$/);
const TO_AUTHORITY = /^(an|to|bei|gegenueber|with)$/;

/**
 * "Muss die Klinik einen IT-Ausfall an das BSI melden?", "do we have to report the breach to the regulator?": a report
 * to an authority reaches neither the customer nor the partner; the policy does not answer it.
 */
function reportsToAuthority(found: Found): boolean {
  if (!found.holds(AUTHORITY)) return false;
  return found.someWord(AUTHORITY, (at) => {
    const token = found.tokens[at] as string;
    const lead = [1, 2, 3].find((back) => TO_AUTHORITY.test(found.tokens[at - back] ?? ''));
    if (lead === undefined || !found.tokens.slice(at - lead + 1, at).every((word) => /^(das|die|den|dem|der|the|a|an|zustaendig\w*|relevant\w*|local|national)$/.test(word))) return false;
    const reports = (verb: number) => found.clause[verb] === found.clause[at] && Math.abs(verb - at) <= 8;
    const reportVerbs = [...found.positions('communicate'), ...found.tokens.flatMap((word, verb) => (REPORT_VERBS.test(word) ? [verb] : []))].filter(reports);
    // "Informiert Microsoft die Kunden über einen Vorfall, den es an das BSI gemeldet hat?": the customer is reached too
    const customerReached = found.positions('communicate').some((verb) => !reportVerbs.includes(verb) && found.within('customer', verb + 1, verb + 3));
    return reportVerbs.length > 0 && !customerReached;
  });
}
const REPORT_VERBS = /^(report|reports|reported|reporting|notify|notified|disclose|disclosed|melden|meldet|gemeldet|anzeigen|angezeigt)$/;

/** "can I call Microsoft support for my customer?": the asker contacting Microsoft. */
const ESCALATING = /^(escalat\w*|eskalier\w*)$/;

/**
 * "Microsoft sent our customer a renewal quote … Should I escalate?": a bare "escalate" closing a report of what
 * Microsoft did asks whether that was wrong, as "should we complain?" does; not "escalate to Microsoft support".
 */
function closingWorry(found: Found, at: number): boolean {
  if (!ESCALATING.test(found.tokens[at] ?? '') || !found.has('happened')) return false;
  const next = found.tokens[at + 1];
  const ends = (token: string | undefined) => token === undefined || isBreak(token);
  return ends(next) || (/^(this|that|it|das|es|dies)$/.test(next ?? '') && ends(found.tokens[at + 2]));
}

/** German finite verbs of reaching, third person: before Microsoft they make it the subject ("informiert MS die?"). */
const GERMAN_REACHING_FINITE = /^(informiert|benachrichtigt|schreibt|schickt|verschickt|sendet|versendet|meldet|kontaktiert|ruft|teilt|sagt|warnt|erinnert|mailt|spricht|redet)$/;

function isAskerActing(found: Found): boolean {
  if ((found.has('askerSubject') || found.has('howTo')) && found.positions('supportDesk').some((at) => !closingWorry(found, at))) return true;
  if (reportsToAuthority(found) || looksUpOrBooks(found)) return true;
  // "Can I register a co-sell opportunity with Microsoft", "Darf ich unseren Microsoft Account Executive mitnehmen":
  // the asker acts and Microsoft is the one acted with, while no one reaches the customer.
  // "Unterstützung bei einer Ausschreibung für einen Schulträger": done for the customer, not reaching it.
  const forCustomer = (verb: number) => found.tokens.slice(verb + 1, verb + 3).some((token) => token === 'for' || token === 'fuer');
  // "let Microsoft know that our customer …": a customer after "that" is what is told, not who is reached
  const toldAbout = (verb: number) => found.tokens.slice(verb + 1, verb + 3).some((token) => token === 'that' || token === 'dass');
  // "report a phishing mail a customer received": a message noun after its article reaches no one
  // … not one sent "to" the customer ("forward a mail to the customer")
  const messageNoun = (verb: number) => !/^(to|an|zum|zur)$/.test(found.tokens[verb + 1] ?? '') && [verb - 1, verb - 2].some((before) => /^(a|an|the|this|that|eine|ein|einen|die|der|das|diese|diesen)$/.test(found.tokens[before] ?? ''));
  const reachesCustomer = found.positions('communicate').some((verb) => found.within('customer', verb + 1, verb + 3, found.clause[verb]) && !forCustomer(verb) && !toldAbout(verb) && !messageNoun(verb));
  // "Sollen wir Microsoft Bescheid geben, dass …", "Should we let Microsoft know …": Microsoft right after the asker
  // bound by a duty is whom the asker tells, with no customer between them and the verb of telling
  const dutyToTellMicrosoft = found.positions('askerSubject').some((at) =>
    found.positions('microsoft').some(
      (ms) =>
        ms > at && ms - at <= 3 &&
        found.clause[ms] === found.clause[at] &&
        !MICROSOFT_ACTS_NEXT.test(found.tokens[ms + 1] ?? '') &&
        (found.positions('communicate').some((verb) => verb > ms && verb - ms <= 3 && found.clause[verb] === found.clause[ms] && !found.within('customer', ms + 1, verb, found.clause[ms])) ||
          (found.tokens[ms - 1] === 'let' && found.tokens[ms + 1] === 'know') ||
          // "Soll ich Microsoft bitten, dem Kunden keine Mails mehr zu schicken?", "Should I ask Microsoft to stop …":
          // the asker asks Microsoft to do something
          /^(bitten|fragen|ersuchen|auffordern)$/.test(found.tokens[ms + 1] ?? '') ||
          (found.tokens[ms - 1] === 'ask' && found.tokens[ms + 1] === 'to'))
    )
  );
  // "… oder informiert Microsoft sie?": Microsoft right after a finite German verb of reaching is its subject, the one
  // who reaches, whatever the asker does in the clause before
  const microsoftReaches = (ms: number) => GERMAN_REACHING_FINITE.test(found.tokens[ms - 1] ?? '');
  const askerActsWithMicrosoft = found.positions('askerSubject').some((at) =>
    found.positions('microsoft').some(
      (ms) =>
        found.clause[ms] === found.clause[at] &&
        !microsoftReaches(ms) &&
        ((ms > at + 1 && !MICROSOFT_ACTS_NEXT.test(found.tokens[ms + 1] ?? '') && found.tokens[ms + 1] !== 'to') ||
          (ms < at && ['bei', 'an', 'with', 'to', 'at'].includes(found.tokens[ms - 1] ?? '')))
    )
  );
  if (askerActsWithMicrosoft && !reachesCustomer && (!found.has('duty') || dutyToTellMicrosoft)) return true;
  if (reachesMicrosoftImpersonally(found)) return true;
  if (passesOnToMicrosoft(found)) return true;
  if (asksWhomAtMicrosoft(found) || askerReachesMicrosoftFirst(found) || asksWhereToFind(found)) return true;
  // Someone other than Microsoft reaching Microsoft: "can I call Microsoft", "can the customer contact Microsoft
  // support", "darf der Reseller mit dem Microsoft Account Team sprechen".
  return found.positions('communicate').some((verb) => {
    if (!ASKER_VERBS.test(found.tokens[verb] ?? '')) return false;
    // "a contact at Microsoft who checks in with us": a noun, a person at Microsoft
    if (/^(a|an|the|our|their|my|your)$/.test(found.tokens[verb - 1] ?? '')) return false;
    const clause = found.clause[verb];
    // "must I inform the dealership … or Microsoft": with the customer already the one told, "or Microsoft" is who
    // else would tell it, not someone the asker reaches
    const otherTeller = (at: number) => /^(or|oder)$/.test(found.tokens[at - 1] ?? '') && found.positions('customer').some((customer) => customer < verb && found.clause[customer] === clause);
    const objectAt = (at: number) =>
      found.clause[at] === clause &&
      !['from', 'by', 'von', 'vom'].includes(found.tokens[at - 1] ?? '') &&
      !MICROSOFT_ACTS_NEXT.test(found.tokens[at + 1] ?? '') &&
      !AGREED_WITH.test(found.tokens[at + 1] ?? '') &&
      !otherTeller(at);
    // "Laut Vertrieb redet Microsoft nie mit …": a finite German verb before Microsoft makes it the subject.
    // … nor can Microsoft after a German zu-infinitive be its object: German puts the object first ("die Kunden zu
    // informieren – Microsoft macht da nichts")
    const invertedSubject = (at: number) => (at === verb + 1 && GERMAN_FINITE.test(found.tokens[verb] ?? '')) || (found.tokens[verb - 1] === 'zu' && /en$/.test(found.tokens[verb] ?? ''));
    const microsoftObject =
      found.positions('microsoft').some((at) => at > verb && at - verb <= 2 && objectAt(at) && !invertedSubject(at)) ||
      found.positions('microsoft').some((at) => at > verb && at - verb <= 4 && customersOwn(found, at) && objectAt(at)) ||
      found.positions('microsoft').some(
        (at) =>
          at < verb &&
          verb - at <= 4 &&
          objectAt(at) &&
          !RELATIVE_PRONOUN.test(found.tokens[at - 1] ?? '') &&
          ['bei', 'mit', 'an', 'with'].some((word) => found.tokens.slice(Math.max(0, at - 2), at).includes(word))
      ) ||
      // "Soll ich Microsoft selber anschreiben?", "Dürfen wir Microsoft direkt anrufen?": German puts the verb last, and
      // Microsoft right after the asker who opens the clause is whom the asker reaches
      found.positions('microsoft').some(
        (at) =>
          at < verb &&
          verb - at <= 3 &&
          objectAt(at) &&
          GERMAN_SUBJECTS.test(found.tokens[at - 1] ?? '') &&
          found.positions('askerSubject').some((asker) => asker < at && at - asker <= 2 && found.clause[asker] === clause) &&
          !found.within('customer', at + 1, verb - 1, clause)
      ) ||
      // "mich … an Microsoft oder an den Distributor wenden": the one turned to, a few words before the verb
      (/^wend/.test(found.tokens[verb] ?? '') && found.positions('microsoft').some((at) => at < verb && verb - at <= 7 && found.tokens[at - 1] === 'an' && objectAt(at))) ||
      // "sich … an das Lizenzierungsteam von Microsoft zu wenden": Microsoft's team, named after the one turned to
      turnsToMicrosoftsTeam(found, verb) ||
      // "who's the MS partner development manager I should email": Microsoft's person, then the asker and its verb
      microsoftsPersonAsked(found, verb);
    if (!microsoftObject) return false;
    const toCustomer = found.positions('customer').some(
      (at) => found.clause[at] === clause && at > verb && ['to', 'an', 'dem', 'den'].includes(found.tokens[at - 1] ?? '') && !['for', 'fuer', 'of'].includes(found.tokens[at - 2] ?? '')
    );
    // "the customer's Microsoft account manager": Microsoft's person, named through the customer
    const customersPerson = found.positions('microsoft').some((at) => at > verb && at <= verb + 4 && customersOwn(found, at));
    if (!customersPerson && (toCustomer || found.within('customer', verb + 1, verb + 2, clause))) return false;
    // German puts the verb last: "Müssen wir den Kunden über einen Vorfall bei Microsoft informieren": the customer is told
    // … also before the auxiliary that closes the clause: "die Mails, die Microsoft uns geschickt hat"
    const verbEnd = found.lastOf('communicate', verb);
    const closing = FINAL_AUXILIARIES.test(found.tokens[verbEnd + 1] ?? '') ? verbEnd + 1 : verbEnd;
    const verbLast = found.clause[closing + 1] !== clause || isBreak(found.tokens[closing + 1] ?? '.');
    const customerObject = found.positions('customer').some(
      (at) => at < verb && found.clause[at] === clause && ['den', 'dem', 'die', 'unseren', 'unserem', 'meinen', 'meinem'].includes(found.tokens[at - 1] ?? '')
    );
    // "… bei Microsoft melden" reports to Microsoft; "informieren", "anschreiben" take the one told as their object
    const tellsObject = /^(informier|benachrichtig|kontaktier|anschreib|anruf|warn|erinner)/.test(found.tokens[verb] ?? '');
    if (verbLast && customerObject && (tellsObject || !found.within('microsoft', verb - 1, verb - 1))) return false;
    const subjects = [...found.positions('askerSubject'), ...found.positions('partner'), ...found.positions('customer')];
    // "Soll ich mich bei Abrechnungsproblemen vom Kunden an Microsoft … wenden?": German puts the verb last, far from
    // the asker who opens the clause.
    return (
      subjects.some((at) => found.clause[at] === clause && at < verb && verb - at <= 6) ||
      (verbLast && found.positions('askerSubject').some((at) => found.clause[at] === clause && at < verb)) ||
      turnsToMicrosoftsTeam(found, verb)
    );
  });
}

/**
 * "who's the MS partner development manager I should email …", "the Microsoft contact we can call": Microsoft's person
 * named first, then the asker with the verb of reaching: the asker reaches Microsoft, which acts in nothing between.
 */
function microsoftsPersonAsked(found: Found, verb: number): boolean {
  const subject = [verb - 1, verb - 2].find((at) => /^(i|we)$/.test(found.tokens[at] ?? ''));
  if (subject === undefined || (subject === verb - 2 && !EN_MODALS.test(found.tokens[verb - 1] ?? ''))) return false;
  const clause = found.clause[verb];
  return found.positions('microsoft').some(
    (ms) =>
      ms < subject &&
      subject - ms <= 6 &&
      found.clause[ms] === clause &&
      !found.within('customer', ms + 1, verb - 1, clause) &&
      !found.within('communicate', ms + 1, subject - 1, clause) &&
      !MICROSOFT_ACTS_NEXT.test(found.tokens[ms + 1] ?? '') &&
      !found.within('customer', verb + 1, verb + 2, clause)
  );
}
const EN_MODALS = /^(should|could|can|may|might|must|shall|would|will|do)$/;

/**
 * "sich direkt an das Lizenzierungsteam von Microsoft zu wenden", "mich an den Support von Microsoft wenden": someone
 * turns (reflexive) to a team of Microsoft's; Microsoft is who is turned to, so the asker or the customer acts.
 */
function turnsToMicrosoftsTeam(found: Found, verb: number): boolean {
  if (!/^wend/.test(found.tokens[verb] ?? '')) return false;
  const clause = found.clause[verb];
  const reflexive = found.tokens.slice(Math.max(0, verb - 16), verb).some((token, offset) => /^(sich|mich|uns)$/.test(token) && found.clause[Math.max(0, verb - 16) + offset] === clause);
  if (!reflexive) return false;
  return found.positions('microsoft').some((ms) => {
    if (ms > verb || verb - ms > 6 || found.clause[ms] !== clause || !/^(von|vom)$/.test(found.tokens[ms - 1] ?? '')) return false;
    const to = found.tokens.slice(Math.max(0, ms - 5), ms - 1).lastIndexOf('an');
    return to >= 0 && !found.within('customer', Math.max(0, ms - 5) + to + 1, ms - 1, clause);
  });
}

const PASSING = wordPattern(/^(forward|forwarding|pass|escalate|weiterleit\w*|weiterzuleiten|weitergeb\w*|weiterzugeben|eskalier\w*)$/);

/**
 * "Can I forward the customer's complaint to the Microsoft account team myself?", "Darf ich die Beschwerde an
 * Microsoft weiterleiten?": the asker passes something on to Microsoft; whatever it is about, Microsoft is reached.
 */
function passesOnToMicrosoft(found: Found): boolean {
  if (!found.holds(PASSING)) return false;
  return found.someWord(PASSING, (verb) => {
    const clause = found.clause[verb];
    // "Wäre es angemessen, dass ich diese Beschwerde selbst an Microsoft weiterleite?": the asker as the subject of the clause
    const askerBelow = found.someWord(SUBORDINATING, (at) => GERMAN_SUBJECTS.test(found.tokens[at + 1] ?? '') && at < verb && found.clause[at] === clause);
    const asker = askerBelow || found.positions('askerSubject').some((at) => at < verb && found.clause[at] === clause);
    const toMicrosoft = found.positions('microsoft').some(
      (ms) =>
        found.clause[ms] === clause &&
        Math.abs(ms - verb) <= 7 &&
        (/^(to|an)$/.test(found.tokens[ms - 1] ?? '') || (/^(to|an)$/.test(found.tokens[ms - 2] ?? '') && /^(the|our|their|den|die|das|dem|unser\w*)$/.test(found.tokens[ms - 1] ?? '')))
    );
    return asker && toMicrosoft;
  });
}

const PERSON_ASKED_FOR = wordPattern(/^(who|whom|which|wer|wen|wem|welche|welchen|welchem|welcher|welches)$/);
const ASKER_PRONOUN = /^(i|we|ich|wir)$/;

/**
 * "Whom at Microsoft should I contact …", "Which Microsoft team should we email …", "An wen bei Microsoft wende ich
 * mich …", "Bei wem von Microsoft frage ich nach …": the person at Microsoft is asked for, and the asker is the one who
 * turns to them; no one reaches the customer.
 */
function asksWhomAtMicrosoft(found: Found): boolean {
  if (!found.holds(PERSON_ASKED_FOR)) return false;
  return found.someWord(PERSON_ASKED_FOR, (at) => {
    const clause = found.clause[at];
    const microsoft = found.positions('microsoft').find((ms) => ms > at && ms - at <= 3 && found.clause[ms] === clause);
    if (microsoft === undefined) return false;
    // The run-on reading may have put an end before the auxiliary ("who at microsoft . should i …"): one end is passed.
    let ends = 0;
    // Microsoft named as the one who acts next ("Who at Microsoft will contact the customer?") is no one turned to
    for (let next = microsoft + 1; next <= microsoft + 7 && next < found.tokens.length; next++) {
      const token = found.tokens[next] ?? '';
      if (isBreak(token) && ++ends > 1) return false;
      if (ASKER_PRONOUN.test(token)) return !found.within('customer', microsoft + 1, next - 1);
      if (found.at('customer', next)) return false;
    }
    return false;
  });
}

/**
 * "Is it fine to call Microsoft myself about …", "Is it OK to email Microsoft about a customer's invoice?", "Ist es
 * in Ordnung, Microsoft selbst anzurufen?": an infinitive of reaching with Microsoft its object, asked impersonally,
 * is the asker turning to Microsoft; "for Microsoft to call the customer" makes Microsoft the one who reaches.
 */
function reachesMicrosoftImpersonally(found: Found): boolean {
  return found.positions('microsoft').some((ms) => {
    const clause = found.clause[ms];
    const before = found.tokens[ms - 1] ?? '';
    // English: "to call Microsoft", "to reach out to Microsoft"
    const verbAt = [ms - 1, ms - 2, ms - 3].find((at) => ASKER_VERBS.test(found.tokens[at] ?? '') && found.tokens[at - 1] === 'to' && found.clause[at] === clause);
    if (verbAt !== undefined) {
      const between = found.tokens.slice(verbAt + 1, ms);
      if (!between.every((word) => /^(out|to|with|in|touch|at)$/.test(word))) return false;
      // "for Microsoft to call …": Microsoft before the infinitive is its subject
      if (found.positions('microsoft').some((other) => other < verbAt && verbAt - other <= 3)) return false;
      return !found.within('customer', ms + 1, ms + 2, clause);
    }
    // German: "Microsoft selbst anzurufen", "bei Microsoft nachzufragen", "den Microsoft-Support für meinen Kunden
    // anzurufen": an infinitive with "zu" closing the clause Microsoft opened, the customer only the one it is for
    if (GERMAN_SUBJECTS.test(before)) return false;
    for (let at = ms + 1; at <= ms + 6 && found.clause[at] === clause; at++) {
      const token = found.tokens[at] ?? '';
      if (!/^\w+zu\w+en$/.test(token) || !ASKER_VERBS.test(token.replace(/zu/, ''))) continue;
      return !found.positions('customer').some((customer) => customer > ms && customer < at && !/^(fuer|for)$/.test(found.tokens[customer - 1] ?? '') && !/^(fuer|for)$/.test(found.tokens[customer - 2] ?? ''));
    }
    return false;
  });
}

const GENITIVE = /^(des|der|eines|einer|unseres|unserer|seines|seiner|ihres|ihrer|meines|meiner)$/;

/**
 * "Sollte ich den Microsoft Account Manager des Konzerns direkt anrufen …", "Soll ich Microsoft über den Partner Center
 * Support oder über das Admin Center des Kunden anschreiben …": a German clause opened by the asker's modal and closed by
 * the verb of reaching; the first party named between them is the one reached. Microsoft first: the asker turns to
 * Microsoft, whatever customer is named in the genitive or as a way through. The customer first ("Soll ich den Kunden
 * über die Microsoft-Wartung informieren?") is the policy's question reversed, and stays one.
 */
function askerReachesMicrosoftFirst(found: Found): boolean {
  if (!found.has('askerSubject') || !found.has('microsoft')) return false;
  return found.positions('askerSubject').some((opener) => {
    if (!(opener === 0 || isBreak(found.tokens[opener - 1] ?? '.')) || !GERMAN_MODALS.test(found.tokens[opener] ?? '')) return false;
    const clause = found.clause[opener];
    let last = opener;
    // … typed without the comma before "um … zu", "wenn …": the clause ends where such a word opens the next
    while (found.clause[last + 1] === clause && !isBreak(found.tokens[last + 1] ?? '.') && !(last > opener + 2 && SUBCLAUSE_OPENERS.test(found.tokens[last + 1] ?? '') && found.at('communicate', last))) last++;
    // "anschrieben" for "anschreiben": a verb of reaching guessed through a typo still closes the clause
    const closing = found.tokens[last] ?? '';
    if (!found.at('communicate', last) || !(ASKER_VERBS.test(closing) || (found.guessedAt('communicate', last) && /en$/.test(closing)))) return false;
    for (let at = opener + 1; at < last; at++) {
      const token = found.tokens[at] ?? '';
      const inPhrase = PREPOSITIONS.test(found.tokens[at - 1] ?? '');
      if (found.at('microsoft', at)) {
        // "… ihres direkt mit Microsoft abgeschlossenen EES": Microsoft inside a phrase is not the one reached
        if (inPhrase) continue;
        return !found.at('customer', at + 1);
      }
      // "Müssen wir die Uni über … informieren?": another noun phrase first is the one reached
      if (/^(den|dem|die|das|einen|einem|eine)$/.test(token) && !inPhrase && !found.at('microsoft', at + 1)) return false;
      if (found.at('customer', at) && !GENITIVE.test(found.tokens[at - 1] ?? '') && !GENITIVE.test(found.tokens[at - 2] ?? '')) return false;
      if (found.at('partnerObject', at) && !/^(ich|wir)$/.test(token)) return false;
    }
    return false;
  });
}
const SUBCLAUSE_OPENERS = /^(um|wenn|weil|dass|ob|damit|falls|sobald|nachdem)$/;
const PREPOSITIONS = /^(mit|bei|beim|von|vom|durch|ueber|zu|zum|zur|fuer|gegen|ohne|um|wegen|auf|aus|nach|in|im|with|at|by|from|about|for|of)$/;
const GERMAN_MODALS = /^(soll|sollte|sollen|sollten|muss|muesste|muessen|darf|duerfen|duerfte|kann|koennen|koennte|koennten)$/;

const WHERE = wordPattern(/^(where|wo|woher)$/);
const FINDING = /^(find|see|view|download|get|pull|access|obtain|retrieve|look|finde|finden|sehe|sehen|einsehen|lade|laden|herunterladen|runterladen|downloaden|bekomme|bekommen|kriege|krieg|hole|holen|abrufen|rufe)$/;

/**
 * "Wo finde ich als Partner die Microsoft-Rechnung …", "Where do I find the Microsoft invoice for my customer's
 * licences?", "Where can we download …": the asker looking something up; no one is reached.
 */
function asksWhereToFind(found: Found): boolean {
  if (!found.holds(WHERE)) return false;
  return found.someWord(WHERE, (at) => {
    if (!(at === 0 || isBreak(found.tokens[at - 1] ?? '.'))) return false;
    // The run-on reading may have put an end before the auxiliary ("where . do i find …"): it is passed.
    const first = isBreak(found.tokens[at + 1] ?? '') ? at + 2 : at + 1;
    const clause = found.clause[first];
    const asker = [first, first + 1, first + 2].find((next) => ASKER_PRONOUN.test(found.tokens[next] ?? '') && found.clause[next] === clause);
    if (asker === undefined) return false;
    for (let next = first; next <= first + 14 && found.clause[next] === clause; next++) {
      if (FINDING.test(found.tokens[next] ?? '')) return true;
    }
    return false;
  });
}

/** "the customer's Microsoft account manager" (read "the customer microsoft …"): Microsoft's person for the customer. */
function customersOwn(found: Found, microsoftAt: number): boolean {
  return found.at('customer', microsoftAt - 1) && /^(the|their|our|my|his|her|your)$/.test(found.tokens[microsoftAt - 2] ?? '');
}

function asksOf(found: Found): Asks {
  if (isBotTask(found)) return 'bot-task';
  if (isAskerActing(found)) return 'asker-acts';
  if (isLiveStatus(found)) return 'live-status';
  return 'microsoft-communicates';
}

/**
 * Who receives what Microsoft sends: the first verb of reaching someone decides. "does Microsoft tell us when …",
 * "do we get the invoice" are about the partner; "does Microsoft tell my customer or us" is about the customer.
 */
/** The verbs that close a German phrase of telling: "in Kenntnis setzen", "Bescheid geben", "auf dem Laufenden halten". */
const LIGHT_VERBS = /^(setzen|setzt|gesetzt|geben|gibt|gegeben|sagen|sagt|gesagt|halten|haelt|gehalten|bringen|bringt|gebracht|lassen|laesst|lasst|liess|liessen|gelassen)$/;

/** "unser Haus", "unsere Firma": the partner naming itself by its company, as formal letters do. */
const OWN_COMPANY = /^(haus|firma|unternehmen|systemhaus|betrieb|kanzlei|agentur)$/;
function ownCompanyAt(found: Found, at: number): boolean {
  return /^(unser|unsere)$/.test(found.tokens[at] ?? '') && OWN_COMPANY.test(found.tokens[at + 1] ?? '');
}

/** The positions of clauses "ob wir … bekommen", "dass ich … informiert werde": the partner, its subject, is reached. */
function partnerReachedAtClauseEnd(found: Found): number[] {
  const reached: number[] = [];
  if (!found.holds(SUBORDINATING)) return reached;
  found.where(SUBORDINATING).forEach((at) => {
    // "ob wir …", "ob unser Haus als Partner …", "dass unsere Firma …": the partner's side as the subject
    const party = GERMAN_SUBJECTS.test(found.tokens[at + 1] ?? '')
      ? 1
      : ownCompanyAt(found, at + 1)
        ? 2
        : (found.scanned.matches.find((match) => match.concept === 'partnerObject' && match.at === at + 1 && !OBJECT_PRONOUNS.test(found.tokens[at + 1] ?? ''))?.span ?? 0);
    if (party === 0) return;
    const clause = found.clause[at];
    let last = found.clause.lastIndexOf(clause ?? -1);
    if (isBreak(found.tokens[last] ?? '')) last--;
    while (last > at + 1 + party && FINAL_AUXILIARIES.test(found.tokens[last] ?? '')) last--;
    const ends = found.tokens[last] ?? '';
    const byMicrosoft = found.within('microsoft', at + 1 + party, last - 1, clause);
    if (found.at('receive', last) || (passiveReached(found, last) && last < found.clause.lastIndexOf(clause ?? -1) && byMicrosoft) || (/^(uebermittelt|zugeschickt|zugestellt|mitgeteilt|gemeldet)$/.test(ends) && byMicrosoft)) {
      reached.push(at + 1);
    }
  });
  return reached;
}

/**
 * The positions in any of the lists, each once and in order: where a reading with several kinds of anchor word looks.
 * The lists are short (a few anchors of a question), so each position is put in its place as it comes.
 */
function anchorsIn(...lists: ReadonlyArray<readonly number[]>): readonly number[] {
  let all: number[] | undefined;
  for (const list of lists) {
    for (let index = 0; index < list.length; index++) {
      const at = list[index] as number;
      all ??= [];
      let place = all.length;
      while (place > 0 && (all[place - 1] as number) > at) place--;
      if (place > 0 && all[place - 1] === at) continue;
      all.push(at);
      for (let later = all.length - 1; later > place; later--) all[later] = all[later - 1] as number;
      all[place] = at;
    }
  }
  return all ?? NO_POSITIONS;
}

const GIVING = wordPattern(/^(give|gives|giving|gave|send|sends|sending)$/);
const TO_OR_AN = wordSet(['to', 'an']);
/** Words before "invoice", "bill" or "charge" that make it a noun: "the next invoice us or Microsoft". */
const BILLING_NOUN_BEFORE = /^(the|a|an|this|that|next|our|your|their|his|her|its|monthly|annual|first|last|each|every|new)$/;

/** A copy's own words: "cc", "bcc", "cc'd", "in CC", "in Kopie"; "copy" only as a noun or with the partner after it. */
const COPY_WORDS = wordPattern(/^(cc|bcc|cc'd|ccd|cced|cc'ed|cc'ing|bcc'd|kopie|copy|copied)$/);
const COPY_ALWAYS = /^(cc|bcc|cc'd|ccd|cced|cc'ed|cc'ing|bcc'd|kopie)$/;
/** The partner as a word of its own: the pronouns of the asker and its firm. */
const PARTNER_PRONOUNS = /^(us|me|we|i|uns|mich|mir|wir|ich)$/;

/**
 * "cc us", "put us on cc", "copy us in", "are we cc'd", "Setzt Microsoft uns in CC", "Werden wir in Kopie gesetzt",
 * "den Partner in CC": the partner named right beside a word of copying is sent a copy, so it is the one reached. A
 * customer between them ("Kann ich dem Kunden eine Kopie schicken?") is who gets the copy, and a partner after
 * "from/von" is where it comes from.
 */
function partnerInCopy(found: Found): readonly number[] {
  if (!found.holds(COPY_WORDS)) return NO_POSITIONS;
  const positions: number[] = [];
  for (const at of found.where(COPY_WORDS)) {
    const token = found.tokens[at] as string;
    const clause = found.clause[at];
    const before = found.tokens[at - 1] ?? '';
    const partnerAt = (position: number) =>
      found.clause[position] === clause &&
      (PARTNER_PRONOUNS.test(found.tokens[position] ?? '') || found.at('partnerObject', position) || partnerNounAt(found, position)) &&
      !/^(from|von|vom|by|durch)$/.test(found.tokens[position - 1] ?? '');
    // "copy" is a copy only as a noun ("a copy", "in copy") or as the verb with the partner right after it ("copy us in")
    const copySense = COPY_ALWAYS.test(token) || /^(a|in|on|into|the)$/.test(before) || (/^copy$/.test(token) && partnerAt(at + 1)) || (token === 'copied' && partnerAt(at - 1)) || (token === 'copied' && partnerAt(at - 2));
    if (!copySense) continue;
    for (const position of [at + 1, at - 1, at - 2, at - 3]) {
      if (!partnerAt(position)) continue;
      const between = position < at ? [position + 1, at - 1] : [at + 1, position - 1];
      if (found.within('customer', between[0] as number, between[1] as number, clause)) continue;
      positions.push(at);
      break;
    }
  }
  return positions;
}

const GERMAN_PARTNER_OBJECTS = wordPattern(/^(uns|mir|mich)$/);

/**
 * "Gibt uns Microsoft vorher Bescheid, wenn …?", "Sagt uns MS Bescheid …?", "Schickt mir Microsoft die …?": a German
 * question opened by its verb, the partner's pronoun right after it and Microsoft after that; a verb of reaching in the
 * same clause. German puts a pronoun object before the subject, so the partner is the one reached.
 */
function partnerBeforeMicrosoft(found: Found): readonly number[] {
  if (!found.holds(GERMAN_PARTNER_OBJECTS)) return NO_POSITIONS;
  const positions: number[] = [];
  for (const at of found.where(GERMAN_PARTNER_OBJECTS)) {
    const verb = at - 1;
    if (verb < 0 || (verb > 0 && !isBreak(found.tokens[verb - 1] ?? '.')) || !found.at('microsoft', at + 1)) continue;
    const clause = found.clause[at];
    if (!found.within('communicate', verb, at + 12, clause) && !found.within('receive', verb, at + 12, clause)) continue;
    if (contrastsWithCustomer(found, at)) continue;
    positions.push(verb);
  }
  return positions;
}

const TO_PARTNER = wordSet(['to', 'an', 'zu']);

/** "from Microsoft to us", "von Microsoft an uns", "von MS zu mir": the positions of "to", the partner right after it. */
function fromMicrosoftToPartner(found: Found): readonly number[] {
  if (!found.holds(US_OR_ME) && !found.holds(GERMAN_PARTNER_OBJECTS)) return NO_POSITIONS;
  const positions: number[] = [];
  for (const at of found.where(TO_PARTNER)) {
    if (!/^(us|me|uns|mir|mich)$/.test(found.tokens[at + 1] ?? '') || !found.at('microsoft', at - 1) || !/^(from|von|vom)$/.test(found.tokens[at - 2] ?? '')) continue;
    if (contrastsWithCustomer(found, at + 1)) continue;
    positions.push(at);
  }
  return positions;
}

const PERFECT_RECEIVED = wordPattern(/^(bekommen|erhalten|gekriegt)$/);
const PERFECT_AUXILIARIES = /^(haben|habe|hab|hatten|hatte)$/;

/**
 * "Wir haben … eine Mail von Microsoft bekommen", "Ich habe heute eine Nachricht von Microsoft erhalten", "Haben wir …
 * gekriegt": a German perfect of receiving whose subject, beside its auxiliary, is the partner.
 */
function partnerReceivedInPerfect(found: Found): readonly number[] {
  if (!found.holds(PERFECT_RECEIVED)) return NO_POSITIONS;
  const positions: number[] = [];
  for (const at of found.where(PERFECT_RECEIVED)) {
    const clause = found.clause[at];
    // "…erhalten, aber darf Microsoft auch dem Kunden …?": a later clause of the sentence that reaches someone asks
    const askedLater = (['communicate', 'receive'] as const).some((concept) => found.positions(concept).some((later) => later > at && found.sentence[later] === found.sentence[at] && found.clause[later] !== clause));
    if (askedLater) continue;
    for (let before = at - 1; before >= 0 && at - before <= 15 && found.clause[before] === clause; before--) {
      if (!PERFECT_AUXILIARIES.test(found.tokens[before] ?? '')) continue;
      // the reach is read at the subject, ahead of a message noun the clause names ("eine Mail zu einem Kunden")
      if (/^(wir|ich)$/.test(found.tokens[before - 1] ?? '')) positions.push(before - 1);
      else if (/^(wir|ich)$/.test(found.tokens[before + 1] ?? '')) positions.push(before + 1);
      break;
    }
  }
  return positions;
}

/** "gibt es", "gibt's", "is there", "are there": a question whether something exists. */
const EXISTENCE = wordPattern(/^(gibt|gibts|gibt's|there)$/);

/**
 * "Gibt es für uns eine Übersicht über die Wartungsmeldungen aller Kunden?", "Gibt's für Partner eine
 * Abrechnungsdatei von Microsoft?", "Is there a report for us partners …?": whether something exists for the partner
 * asks what the partner gets: the partner is the one reached, whatever customers the thing is about.
 */
function thereForPartner(found: Found): readonly number[] {
  if (!found.holds(EXISTENCE)) return NO_POSITIONS;
  const positions: number[] = [];
  for (const at of found.where(EXISTENCE)) {
    const token = found.tokens[at] as string;
    // "gibt's" may lose its "'s": "gibt" opening the sentence asks the same
    const opens = at === 0 || isBreak(found.tokens[at - 1] ?? '.');
    const asks = token === 'there' ? /^(is|are|was|were)$/.test(found.tokens[at - 1] ?? '') : token !== 'gibt' || opens || /^(es|s)$/.test(found.tokens[at + 1] ?? '');
    if (!asks) continue;
    const clause = found.clause[at];
    for (let next = at + 1; next <= at + 6 && found.clause[next] === clause; next++) {
      if (!/^(for|fuer)$/.test(found.tokens[next] ?? '')) continue;
      const party = next + 1;
      if ((/^(us|me|uns|mich)$/.test(found.tokens[party] ?? '') || partnerNounAt(found, party)) && !contrastsWithCustomer(found, party)) positions.push(at);
      break;
    }
  }
  return positions;
}

const VIEWING = wordPattern(/^(view|see|sees|einsehen|ansehen|anschauen|sehen|sehe|anzeigen|abrufen|access)$/);
/** What opens a clause of its own after a verb of seeing: "see that/which/whether …", "sehen, ob/dass/welche …". */
const SEEN_CLAUSE_OPENERS = /^(that|which|whether|if|who|whom|what|how|when|dass|ob|welche\w*|wer|wen|wem|was|wie|wann|wenn)$/;
const NOUN_OPENERS = /^(the|a|an|all|every|each|our|my|their|die|den|der|das|alle|aller|allen|unsere\w*|meine\w*|ihre\w*|jede\w*)$/;

/**
 * "Can we, the partner, view the tenants' Message Center posts …?", "can i view every customer tenant's message center
 * posts …?", "Is there some way the CSP sees every customer's Message Center posts …?", "Können wir die
 * Wartungsmeldungen unserer Kunden einsehen?": the partner, the subject, reads messages Microsoft posts for its
 * customers; those reach the partner. The messages are the verb's object (a noun phrase after it, or before the German
 * infinitive), not a clause of what Microsoft did ("see that Microsoft emailed …").
 */
function partnerViewsMessages(found: Found): readonly number[] {
  if (!found.holds(VIEWING)) return NO_POSITIONS;
  const positions: number[] = [];
  const partnerAt = (at: number) => /^(we|i|wir|ich)$/.test(found.tokens[at] ?? '') || partnerNounAt(found, at);
  const messageNounAt = (at: number) =>
    (found.at('communicate', at) || found.at('operational', at)) && found.tokens.slice(Math.max(0, at - 4), at).some((word) => NOUN_OPENERS.test(word));
  for (const at of found.where(VIEWING)) {
    const clause = found.clause[at];
    if (found.negatedAt(at, 3)) continue;
    // the partner as the subject, a few words before the verb ("can we, the partner, view", "the CSP sees")
    let subject = -1;
    for (let before = at - 1; before >= Math.max(0, at - 10) && found.clause[before] === clause; before--) {
      if (found.at('customer', before) || found.at('microsoft', before)) break;
      if (partnerAt(before)) {
        subject = before;
        break;
      }
    }
    if (subject < 0) continue;
    let message = false;
    // English: the object after the verb; German: the object between the subject and the infinitive at the end
    const from = /^(view|see|sees|access)$/.test(found.tokens[at] ?? '') ? at + 1 : subject + 1;
    const to = from === at + 1 ? at + 8 : at - 1;
    for (let next = from; next <= to && found.clause[next] === clause; next++) {
      if (SEEN_CLAUSE_OPENERS.test(found.tokens[next] ?? '') || (found.at('microsoft', next) && found.within('communicate', next + 1, next + 4, clause))) break;
      if (messageNounAt(next)) {
        // … not messages Microsoft is said to have sent ("the mails Microsoft sent our customers")
        message = !found.positions('microsoft').some((ms) => ms > next && ms - next <= 3 && found.clause[ms] === clause && found.within('communicate', ms + 1, ms + 3, clause));
        break;
      }
    }
    if (message) positions.push(subject);
  }
  return positions;
}

function recipientOf(found: Found): Recipient {
  const reaches: Array<{ at: number; recipient: Recipient }> = [];
  // "Will Microsoft cc us when it emails the customer?", "Setzt Microsoft uns in CC, wenn …", "Werden wir in Kopie
  // gesetzt …": a copy of what the customer is sent goes to the partner; the partner is the one asked about.
  for (const at of partnerInCopy(found)) reaches.push({ at, recipient: 'partner' });
  // "Gibt uns Microsoft vorher Bescheid …?", "Schickt mir MS …?": a German question opened by its verb with the partner
  // as its object before Microsoft, its subject
  for (const at of partnerBeforeMicrosoft(found)) reaches.push({ at, recipient: 'partner' });
  // "Gibt es für uns eine Übersicht über die Wartungsmeldungen …?", "Is there a report for us partners …": what is
  // there for the partner is the partner's
  for (const at of thereForPartner(found)) reaches.push({ at, recipient: 'partner' });
  // "Can we view our customers' Message Center posts in Partner Center?", "Können wir die Meldungen unserer Kunden
  // einsehen?": the partner reading the messages is the one they reach
  for (const at of partnerViewsMessages(found)) reaches.push({ at, recipient: 'partner' });
  // "Is the invoice from Microsoft to us …", "die Rechnung von Microsoft an uns", "von MS zu uns": whatever is named as
  // going from Microsoft to the partner reaches the partner
  for (const at of fromMicrosoftToPartner(found)) reaches.push({ at, recipient: 'partner' });
  // "Wir haben von Microsoft eine Mail zu einem Kunden bekommen. Ist das normal?": the partner, the subject of a German
  // perfect of receiving, received it
  for (const at of partnerReceivedInPerfect(found)) reaches.push({ at, recipient: 'partner' });
  for (const at of found.positions('partnerReceives')) {
    // "who tells the office the amount of the next invoice, me or Microsoft": a noun of billing, not the verb
    if (/^(invoice|bill|charge)$/.test(found.tokens[at] ?? '') && BILLING_NOUN_BEFORE.test(found.tokens[at - 1] ?? '')) continue;
    // "Kunde hat eine Rechnung von Microsoft bekommen wir wissen nicht …" typed without a full stop: after "hat"
    // the verb is the end of the customer's clause, not a question about the partner.
    if (perfectEnds(found, at)) continue;
    // "I can't see Copilot for them on our side": looking up what the partner holds, not the partner being sent anything
    const lookedUp = found.positions('find').some((find) => find < at && at - find <= 8 && found.clause[find] === found.clause[at] && found.negatedAt(find, 3));
    if (lookedUp) continue;
    // "Our client has forwarded to us a notice from Microsoft": the customer passes it on; Microsoft reached the customer
    const customerForwards = /^forward/.test(found.tokens[at] ?? '') && found.positions('customer').some((customer) => customer < at && at - customer <= 4 && found.clause[customer] === found.clause[at]);
    if (customerForwards) continue;
    // "or is all sales outreach on our side?", "is that on our side": whose part it is, nothing sent to the partner
    const whosePart = found.tokens[at] === 'on' && found.tokens.slice(Math.max(0, at - 6), at).some((word, offset) => COPULA.test(word) && found.clause[Math.max(0, at - 6) + offset] === found.clause[at]);
    if (whosePart) continue;
    reaches.push({ at, recipient: 'partner' });
  }
  // "do we as CSP get notified", "will I be told", "bekommen wir …": the partner asks about itself
  const seeingSaid = found.holds(SEEING);
  const ownPeopleAsked = (found.holds(OUR) || found.holds(MY)) && found.holds(OPENS_QUESTION);
  // Each case below needs a verb of receiving or reaching, a participle of being reached, a question's auxiliary or,
  // where the partner's own people are asked about, a question's opening verb: only those words are read.
  const anchors = anchorsIn(found.positions('receive'), found.positions('communicate'), found.where(PASSIVE_REACHED), found.where(PARTNER_QUESTION_OPENERS), ownPeopleAsked ? found.where(OPENS_QUESTION) : NO_POSITIONS);
  anchors.forEach((at) => {
    const token = found.tokens[at] as string;
    const seeing = seeingSaid && SEEING.test(token);
    const unseen = seeing && notSeen(found, at);
    // … the dialect's "i" after a German verb too: "Krieg i eine Mail, wenn …", "Bekomm i a Info …"
    const asker = found.tokens[at + 1] ?? '';
    if (found.at('receive', at) && !unseen && !perfectEnds(found, at) && (asker === 'wir' || asker === 'ich' || (asker === 'i' && !ENGLISH_RECEIVING.test(token)))) {
      reaches.push({ at, recipient: 'partner' });
      return;
    }
    // "will the reseller receive …", "bekommt der Reseller …", "is the reseller informed by Microsoft"
    // "Microsoft informiert … uns", "informiert Microsoft …": German's present tense looks like the participle, but
    // with Microsoft beside it Microsoft acts; the verbs of reaching below read who it reaches.
    if ((found.at('receive', at) && !seeing) || (passiveReached(found, at) && !microsoftBeside(found, at))) {
      const party = nearestParty(found, at);
      if (party === 'partner') reaches.push({ at, recipient: contrastsWithCustomer(found, at) ? 'customer' : 'partner' });
      // "We got an outage notice from Microsoft. Does the customer get it too?": the customer receiving is reached
      // … the customer right beside the verb, with no clause joined between ("find out because the customer calls")
      else if (party === 'customer' && found.at('receive', at) && customerReceives(found, at)) reaches.push({ at, recipient: 'customer' });
    }
    // "kriegt unser Admin Agent eine Benachrichtigung", "does our NOC get …": someone of the partner's receives
    if (ownPeopleAsked && ownPeopleReceive(found, at)) {
      reaches.push({ at, recipient: 'partner' });
      return;
    }
    if (PARTNER_QUESTION_OPENERS.has(token) && germanPassiveOfPartner(found, at)) {
      reaches.push({ at, recipient: 'partner' });
      return;
    }
    if (!PARTNER_QUESTION_OPENERS.has(token) || !['we', 'i', 'wir', 'ich'].includes(found.tokens[at + 1] ?? '')) return;
    // "Shall we, as the partner, receive …": the apposition does not part the subject from its verb
    const apposition = appositionLength(found, at + 2);
    for (let next = at + 2 + apposition; next <= at + 5 + apposition && next < found.tokens.length; next++) {
      if (found.at('customer', next) || found.at('duty', next)) return;
      if (found.at('receive', next) || passiveReached(found, next)) {
        reaches.push({ at, recipient: 'partner' });
        return;
      }
    }
  });
  // "CSP invoice – we get it from ms?": the partner receiving, asked without an opening verb
  // … also past an apposition: "whether we, as the Cloud Solution Provider partner, receive an invoice from Microsoft"
  for (const at of found.positions('receive')) {
    if (found.negatedAt(at, 2)) continue;
    let subject = SUBJECT_PRONOUNS.test(found.tokens[at - 1] ?? '') ? at - 1 : -1;
    for (let before = at - 3; subject < 0 && before >= Math.max(0, at - 9); before--) {
      if (SUBJECT_PRONOUNS.test(found.tokens[before] ?? '') && before + 1 + appositionLength(found, before + 1) === at) subject = before;
    }
    if (subject < 0) continue;
    const fromMicrosoft = found.positions('microsoft').some((ms) => ms > at && ms - at <= 5 && found.clause[ms] === found.clause[at] && FROM.test(found.tokens[ms - 1] ?? ''));
    if (fromMicrosoft) reaches.push({ at: subject, recipient: 'partner' });
  }
  // "Does Microsoft share its reports with us partners?": what is shared with the partner reaches the partner
  if (found.holds(SHARING)) found.where(SHARING).forEach((at) => {
    const token = found.tokens[at] as string;
    if (!found.within('microsoft', at - SUBJECT_WINDOW, at - 1, found.clause[at])) return;
    const withAt = found.tokens.indexOf('with', at + 1);
    if (withAt > 0 && withAt - at <= 10 && found.clause[withAt] === found.clause[at] && found.at('partnerObject', withAt + 1)) reaches.push({ at, recipient: 'partner' });
  });
  // "does Microsoft send the monthly price list updates to us as well?": a long object, then "to us"; the partner is
  // reached however long what is sent is named. Read before the verbs of reaching below, so that a customer named
  // inside what is sent ("alerts for customer tenants") is what it is for, not who is reached.
  for (const at of sentToPartnerAfterObject(found)) reaches.push({ at, recipient: 'partner' });
  // "Erfolgt eine Benachrichtigung des Partners durch Microsoft, wenn …", "is there a notification of the reseller by
  // Microsoft": the party in the genitive of a noun of telling is the one told
  for (const at of toldInGenitive(found)) reaches.push({ at, recipient: contrastsWithCustomer(found, at) ? 'customer' : 'partner' });
  // "Is our invoice coming from Microsoft or the distributor?": a distributor serves resellers, so where Microsoft and the
  // distributor are the senders to choose between, the one reached is the reseller, unless the customer is named there
  for (const at of distributorOffered(found)) reaches.push({ at, recipient: 'partner' });
  // "When does our monthly invoice from Microsoft arrive?", "the Microsoft invoice we receive", "one invoice for all
  // customers": the partner's own bill from Microsoft reaches the partner, where no customer is named as getting it
  for (const at of partnersOwnBill(found)) reaches.push({ at, recipient: 'partner' });
  // "Kommt die Rechnung zu uns oder direkt zum Kunden?": whether the customer is the one reached is asked
  for (const at of comesToPartner(found)) reaches.push({ at, recipient: contrastsWithCustomer(found, at + 1) ? 'customer' : 'partner' });
  // "Leitet Microsoft uns die Meldungen … weiter?", "Reicht MS mir die Rechnungen durch?": a German question opened by
  // a verb of passing on, Microsoft its subject and the partner right after it
  if (found.holds(PASSING_ON)) {
    found.where(PASSING_ON).forEach((at) => {
      const token = found.tokens[at] as string;
      if (!(at === 0 || isBreak(found.tokens[at - 1] ?? '.')) || !found.at('microsoft', at + 1)) return;
      const object = found.tokens[at + 2] === 'ms' || found.tokens[at + 2] === 'microsoft' ? at + 3 : at + 2;
      if (/^(uns|mir|mich)$/.test(found.tokens[object] ?? '') && !contrastsWithCustomer(found, object)) reaches.push({ at, recipient: 'partner' });
    });
  }
  // "Microsoft won't tell us when …, right?", "schickt uns nicht …": a verb of reaching denied still names whom it would
  // reach; it decides only where no verb that is not denied reaches someone in its sentence ("doesn't tell us but
  // tells the customer").
  const deniedReaches: Array<{ at: number; recipient: Recipient }> = [];
  for (const verb of found.positions('communicate')) {
    const into = found.negatedAt(verb, 2) ? deniedReaches : reaches;
    const clause = found.clause[verb];
    // Partner Center is Microsoft's own portal: what it sends, Microsoft sends.
    const sender = (from: number, to: number) => found.within('microsoft', from, to, clause) || found.within('partnerCenter', from, to, clause);
    // "a customer told me Microsoft's sales team …": the customer before the verb is who tells; Microsoft after it is
    // what was told about
    const customerTells = found.within('customer', verb - 2, verb - 1, clause) && !found.within('microsoft', verb - SUBJECT_WINDOW, verb - 1, clause);
    // "who sends us our invoice, Microsoft or the distributor?": the sender is what is asked, the one reached is said
    const senderAsked =
      /^(who|wer)$/.test(found.tokens[verb - 1] ?? '') && isBreak(found.tokens[verb - 2] ?? '.') && OBJECT_PRONOUNS.test(found.tokens[verb + 1] ?? '');
    // "Erinnert uns das Partner Center …": the one told may come before the sender
    const senderAfter = sender(verb + 1, verb + 2) || (OBJECT_PRONOUNS.test(found.tokens[verb + 1] ?? '') && /^(das|der|die|the)$/.test(found.tokens[verb + 2] ?? '') && sender(verb + 3, verb + 3));
    const microsoftActs = sender(verb - SUBJECT_WINDOW, verb - 1) || (senderAfter && !customerTells) || microsoftMeant(found, verb) || senderAsked;
    // "überlässt die Kommunikation dem Partner", "leaves it to the partner": handing over, not reaching.
    // … or "Microsoft leaves customer comms to the partner": the handing over before the noun of reaching
    const handsOver =
      found.tokens.slice(verb + 1, verb + 9).some((token, offset) => handsOverAt(found, verb + 1 + offset) && found.clause[verb + 1 + offset] === clause) ||
      found.tokens.slice(Math.max(0, verb - 3), verb).some((token, offset) => handsOverAt(found, Math.max(0, verb - 3) + offset) && found.clause[Math.max(0, verb - 3) + offset] === clause);
    if (handsOver) continue;
    // German puts the verb last: "darf Microsoft den Kunden selbst über … informieren?"
    // … also before the auxiliary that closes the clause: "die Mails, die Microsoft uns geschickt hat"
    // … and after the light verb of a phrase of telling: "uns davon in Kenntnis setzen würde", "Bescheid geben wird"
    let closing = found.lastOf('communicate', verb);
    while (closing < verb + 4 && (FINAL_AUXILIARIES.test(found.tokens[closing + 1] ?? '') || LIGHT_VERBS.test(found.tokens[closing + 1] ?? ''))) closing++;
    // … and before a relative clause typed without its comma: "… zukommen lässt von denen unsere Kunden betroffen waren"
    const verbLast = found.clause[closing + 1] !== clause || isBreak(found.tokens[closing + 1] ?? '.') || relativeFollows(found, closing + 1);
    if (verbLast && found.positions('customer').some((at) => at < verb && verb - at <= OBJECT_WINDOW + 2 && found.clause[at] === clause && found.within('microsoft', at - SUBJECT_WINDOW, at - 1, clause))) {
      into.push({ at: verb, recipient: 'customer' });
      continue;
    }
    // "ob Microsoft uns bei Störungen in Kunden-Tenants benachrichtigt": the partner right after Microsoft, the verb last
    // "ob Microsoft uns jemals umgeht und direkt mit dem Krankenhaus spricht": the partner bypassed, not reached
    const bypassed = (at: number) => found.within('exceptions', at + 1, verb - 1, clause);
    // The verb last may stand far from the partner right after Microsoft: "Wird Microsoft uns die Genehmigung … per E-Mail übermitteln?"
    const partnerFirst = found.positions('microsoft').find(
      (at) => at < verb && verb - at <= (verbLast ? 14 : 9) && found.clause[at] === clause && (found.at('partnerObject', at + 1) || ourOwnAt(found, at + 1)) && found.tokens[at + 1] !== 'me' && !bypassed(at + 1)
    );
    // "… den Partner umgehen und den Kunden direkt kontaktieren": a customer nearer the verb is the one reached
    // … nor one in the genitive ("zum Azure-Verbrauch eines Kunden"): whose matter it is, not who is reached
    const inPhrase = (at: number) => found.tokens.slice(Math.max(0, at - 2), at).some((word) => /^(bei|beim|in|im|von|vom|fuer|ueber|mit|zu|zum|zur|aus|eines|des|unseres|seines|ihres|meines)$/.test(word));
    const customerNearer = partnerFirst !== undefined && found.positions('customer').some((at) => at > partnerFirst && at < verb && found.clause[at] === clause && !inPhrase(at));
    // "Gibt Microsoft uns vorab Bescheid über …": a phrase of telling opened by its light verb before Microsoft ends on
    // its noun, whatever is said after it about what is told.
    const phraseOfTelling = !verbLast && partnerFirst !== undefined && found.tokens[verb] === 'bescheid' && LIGHT_VERBS.test(found.tokens[partnerFirst - 1] ?? '');
    if ((verbLast || phraseOfTelling) && partnerFirst !== undefined && !customerNearer && !contrastsWithCustomer(found, partnerFirst + 1)) {
      into.push({ at: verb, recipient: 'partner' });
      continue;
    }
    for (let at = verb + 1; at <= verb + OBJECT_WINDOW && at < found.tokens.length; at++) {
      // "got a notice from Microsoft and asks the reseller …": the one asked is no recipient of the notice.
      if (found.clause[at] !== clause || REPORTING.test(found.tokens[at] ?? '')) break;
      // "Does Microsoft email our service desk mailbox …", "Informiert Microsoft unseren Partnertenant …": the partner's
      // own people or mailbox are reached, whatever customer the phrase after them names.
      if (microsoftActs && ourOwnAt(found, at) && !['ohne', 'without', 'bypassing', 'around', 'durch', 'by'].includes(found.tokens[at - 1] ?? '')) {
        into.push({ at: verb, recipient: contrastsWithCustomer(found, at) ? 'customer' : 'partner' });
        break;
      }
      if (found.at('customer', at)) {
        // "… or do they only hear when the customer calls them?", "durch den Anruf vom Kunden": the customer who calls,
        // or the one a call comes from, is no one reached
        if ((customerTells && !microsoftActs) || /^(von|vom|from|by|durch)$/.test(found.tokens[at - 1] ?? '')) break;
        // "Landen die Rechnungsmails für unsere Kunden auch bei uns im Postfach?": made for the customer, received by us
        // … or about the customer: "Werden Meldungen zu unseren Kunden … an uns gesendet?", "notices about our clients sent to us"
        // … or whose they are, where the partner receives them: "Kommen die Meldungen der Kunden auch bei mir an?"
        const madeFor = found.tokens.slice(Math.max(0, at - 2), at).some((word) => MADE_FOR.test(word)) || found.tokens.slice(Math.max(0, at - 3), at).some((word) => POSSESSOR_BEFORE.test(word));
        const partnerReceives = reaches.some((reach) => reach.recipient === 'partner' && found.sentence[reach.at] === found.sentence[verb]);
        if (!(madeFor && partnerReceives)) into.push({ at: verb, recipient: 'customer' });
        break;
      }
      // "our resellers' end customers": the partner named as the customer's owner, not as the recipient
      // "us", "me" own nothing: "ms tells us b4 cust sub expires" reaches the partner
      const possessive = !OBJECT_PRONOUNS.test(found.tokens[at] ?? '') && (found.at('customer', at + 1) || (found.at('customer', at + 2) && !JOINING.test(found.tokens[at + 1] ?? '')));
      // "spricht Microsoft ohne uns mit dem Kunden", "without us": the partner is left out, not reached.
      // "Kontaktaufnahme durch Microsoft oder durch uns", "by us", "von uns": the partner as the one who acts, not reached.
      if (['ohne', 'without', 'bypassing', 'around', 'durch', 'by'].includes(found.tokens[at - 1] ?? '')) continue;
      // "erwartet … vom CSP-Partner", "expects from the partner": the partner as a source, not reached; "im Cloud
      // Solution Provider-Programm": the programme's name
      if (/^(von|vom|from|solution)$/.test(found.tokens[at - 1] ?? '') || (/^(csp)$/.test(found.tokens[at - 1] ?? '') && /^(von|vom|from)$/.test(found.tokens[at - 2] ?? ''))) continue;
      // "zu seinen über uns bezogenen Lizenzen", "his licences bought via us": the channel of what is told about
      const channelPhrase =
        /^(ueber|via|bei|through|from|von)$/.test(found.tokens[at - 1] ?? '') &&
        (ATTRIBUTIVE_PARTICIPLE.test(found.tokens[at + 1] ?? '') || found.within('buy', at + 1, at + 2, clause));
      if (channelPhrase) continue;
      // "fürs Partner Center": Microsoft's portal, not the partner
      if (found.at('partnerObject', at) && microsoftActs && !possessive && !found.at('partnerCenter', at)) {
        // "informs the partner rather than the customer?", "uns als Partner und nicht den Kunden?": the question is
        // whether the customer is the one reached.
        into.push({ at: verb, recipient: contrastsWithCustomer(found, at) ? 'customer' : 'partner' });
        break;
      }
    }
  }
  // "Does Microsoft let our support desk know …": the partner's own people between "let" and "know"
  if (found.holds(OUR)) {
    found.where(LETTING_KNOW).forEach((at) => {
      if (!ourOwnAt(found, at + 1) || !found.within('microsoft', at - SUBJECT_WINDOW, at - 1, found.clause[at])) return;
      if (found.tokens.slice(at + 2, at + 7).includes('know')) reaches.push({ at, recipient: 'partner' });
    });
    // "Will Microsoft give our webshop a heads-up …": the partner's own as the first object of a giving verb, the
    // message after it
    found.where(GIVING).forEach((at) => {
      if (!ourOwnAt(found, at + 1) || !found.within('microsoft', at - SUBJECT_WINDOW, at - 1, found.clause[at])) return;
      if (found.within('communicate', at + 2, at + 8, found.clause[at])) reaches.push({ at, recipient: 'partner' });
    });
  }
  // "Is the Microsoft invoice to us issued by …", "die Rechnung an uns": a bill or message named with "to us" right
  // after it goes to the partner
  if (found.holds(US_OR_ME)) found.where(TO_OR_AN).forEach((at) => {
    if (!US_OR_ME.test(found.tokens[at + 1] ?? '')) return;
    const thing = at - 1;
    if (!(['billing', 'billingWeak', 'quote', 'communicate'] as const).some((concept) => found.at(concept, thing)) || ASKER_VERBS.test(found.tokens[thing] ?? '')) return;
    // "leaves customer communication to us": handed over, not sent
    if (found.tokens.slice(Math.max(0, thing - 3), thing).some((word) => HANDING_OVER.test(word))) return;
    if (found.within('microsoft', thing - 4, thing + 8, found.clause[at])) reaches.push({ at: thing, recipient: contrastsWithCustomer(found, at + 1) ? 'customer' : 'partner' });
  });
  // "wird uns von Microsoft mitgeteilt, wenn …", "wurde mir das gemeldet": a German passive tells the partner.
  for (const verb of found.positions('communicate')) {
    const clause = found.clause[verb];
    const passive = [verb - 6, verb - 5, verb - 4, verb - 3, verb - 2].find(
      (at) => at >= 0 && PASSIVE_AUXILIARIES.test(found.tokens[at] ?? '') && /^(uns|mir)$/.test(found.tokens[at + 1] ?? '') && found.clause[at] === clause
    );
    if (passive !== undefined && /^(ge\w+t|mitgeteilt|informiert|benachrichtigt|zugeschickt|zugestellt)$/.test(found.tokens[verb] ?? '')) reaches.push({ at: verb, recipient: 'partner' });
  }
  // "Werden CSP-Partner über Dienstvorfälle bei ihren Kunden informiert?", "Werden unsere Admin Agents informiert, wenn …":
  // a passive question opens with the one told; a customer further on is only what it is about.
  for (const at of passiveSubjectIsPartner(found)) reaches.push({ at, recipient: 'partner' });
  // "ob wir als Partner die Beiträge … von Microsoft übermittelt bekommen", "ob wir von Microsoft benachrichtigt werden":
  // a German clause under "ob"/"dass" with the partner as its subject ends on the verb by which it is reached.
  for (const at of partnerReachedAtClauseEnd(found)) reaches.push({ at, recipient: 'partner' });
  // "Benachrichtigung des Auftragnehmers durch den Hersteller", "notification of the contractor": a noun of
  // communicating names whom it reaches in its genitive
  for (const at of partnerInGenitive(found)) reaches.push({ at, recipient: 'partner' });
  // "Informiert Microsoft unsere Schwesterfirma als Partner …", "Stellt Microsoft uns als Partner eine Rechnung …",
  // "How does Microsoft let us, the partner, know?": whoever Microsoft acts on is named the partner.
  for (const at of partnerAppositions(found)) reaches.push({ at, recipient: 'partner' });
  const usable = [...reaches, ...deniedReaches.filter((denied) => !reaches.some((reach) => found.sentence[reach.at] === found.sentence[denied.at]))];
  // The sentence that asks decides ("Customer mentioned in a mail that … . Does Microsoft let the partner know …?").
  const lastSentence = Math.max(-1, ...usable.map((reach) => found.sentence[reach.at] ?? -1));
  const inLast = usable.filter((reach) => found.sentence[reach.at] === lastSentence);
  // "When Microsoft emails the customer about an outage, do we get a copy?": the main clause asks, not the "when" one.
  const main = inLast.filter((reach) => !opensCondition(found, reach.at));
  const asked = (main.length > 0 ? main : inLast).sort((a, b) => a.at - b.at);
  return asked[0]?.recipient ?? 'customer';
}

/** A noun made of a verb of communicating: "Unterrichtung", "Benachrichtigungen", "Kontaktaufnahme", "notification". */
const COMMUNICATING_NOUN = /(ung|ungen|nahme|nahmen|ion|ions)$/;
const GENITIVE_OPENERS = /^(des|der|eines|einer|unseres|unserer|of)$/;

/**
 * "Erfolgt eine Benachrichtigung des Auftragnehmers durch den Hersteller …?", "the notification of the contractor by
 * the manufacturer": the party in the genitive right after a noun of communicating is the one reached; where that is
 * the partner ("des Partners", "des Auftragnehmers", "of the reseller"), the partner is reached.
 */
function partnerInGenitive(found: Found): number[] {
  const positions: number[] = [];
  for (const noun of found.positions('communicate')) {
    if (!COMMUNICATING_NOUN.test(found.tokens[noun] ?? '') || !GENITIVE_OPENERS.test(found.tokens[noun + 1] ?? '')) continue;
    let party = noun + 2;
    if (/^(the|a|our|csp)$/.test(found.tokens[party] ?? '')) party++;
    if (found.tokens[party] === 'csp') party++;
    if (found.at('customer', party) || found.clause[party] !== found.clause[noun]) continue;
    if (partnerNounAt(found, party)) positions.push(noun);
  }
  return positions;
}
const HANDING_OVER = /^(leave|leaves|left|leaving|hand|hands|handed|handing|ueberlaesst|ueberlassen|ueberlaest|delegates?|delegated)$/;
const US_OR_ME = wordPattern(/^(us|me|uns|mich)$/);
const ENGLISH_RECEIVING = /^(get|gets|getting|got|gotten|receive|receives|received|receiving|hear|hears|heard)$/;
const RELATIVE_AFTER_PREPOSITION = /^(denen|dem|der|welchen|welcher|welchem|welche)$/;
/** "von denen …", "bei dem …": a preposition and a relative pronoun open a relative clause. */
function relativeFollows(found: Found, at: number): boolean {
  return /^(von|bei|mit|in|an|fuer|ueber|zu|aus)$/.test(found.tokens[at] ?? '') && RELATIVE_AFTER_PREPOSITION.test(found.tokens[at + 1] ?? '') && !isBreak(found.tokens[at + 2] ?? '.');
}

/**
 * "Does Microsoft send the price list updates to us?", "Schickt Microsoft die Preislisten auch an uns?": Microsoft sends,
 * and "to/an" the partner follows what is sent, past the few words the object loop looks at; a customer named first
 * is the one reached instead.
 */
function sentToPartnerAfterObject(found: Found): number[] {
  const positions: number[] = [];
  for (const verb of found.positions('communicate')) {
    if (!SENDING.test(found.tokens[verb] ?? '') || found.negatedAt(verb, 2)) continue;
    const clause = found.clause[verb];
    // "Übermittelt der Hersteller …": the sender after its article
    const senderAfterArticle = /^(der|the)$/.test(found.tokens[verb + 1] ?? '') && found.at('microsoft', verb + 2);
    if (!found.within('microsoft', verb - SUBJECT_WINDOW, verb + 1, clause) && !senderAfterArticle) continue;
    for (let at = verb + OBJECT_WINDOW; at <= verb + 10 && found.clause[at] === clause; at++) {
      // "push service health alerts for customer tenants to us": what is sent may be made for the customer
      if (found.positions('customer').some((customer) => customer > verb && customer <= at && found.clause[customer] === clause && !madeForCustomer(found, customer))) break;
      // "an den Auftragnehmer", "to the contractor": the partner's name after its article too
      const partnerAfter = found.at('partnerObject', at + 1) || (/^(den|die|the|our|unseren|unsere)$/.test(found.tokens[at + 1] ?? '') && partnerNounAt(found, at + 2));
      if (/^(to|an)$/.test(found.tokens[at] ?? '') && partnerAfter && !found.at('partnerCenter', at + 1)) {
        positions.push(verb);
        break;
      }
    }
  }
  return positions;
}
const BILL_NOUNS = wordPattern(/^(invoice|invoices|bill|bills|statement|statements|\w*rechnung|\w*rechnungen)$/);
const PARTNERS_OWN = /^(our|unsere|unser|unserer|unseren|unserem|my|meine|mein|meiner|meinen)$/;

/**
 * Where a bill is the partner's own and Microsoft sends it: "our (monthly Microsoft) invoice", "unsere Monatsrechnung",
 * "the Microsoft invoice we receive", "one invoice for all (our) customers". Not where a customer is named as the one
 * who gets something ("The customer only gets our invoice"), only as whose matter it is ("for all customers").
 */
function partnersOwnBill(found: Found): number[] {
  const positions: number[] = [];
  if (!found.holds(BILL_NOUNS) || !found.has('microsoft')) return positions;
  found.tokens.forEach((token, noun) => {
    if (!BILL_NOUNS.test(token) || !found.positions('microsoft').some((ms) => found.sentence[ms] === found.sentence[noun])) return;
    const ours = [noun - 1, noun - 2, noun - 3].some((at) => at >= 0 && PARTNERS_OWN.test(found.tokens[at] ?? '') && found.clause[at] === found.clause[noun]);
    const weGet = /^(we|wir)$/.test(found.tokens[noun + 1] ?? '') || (/^(die|that|which)$/.test(found.tokens[noun + 1] ?? '') && /^(we|wir)$/.test(found.tokens[noun + 2] ?? ''));
    const forAll = /^(for|fuer)$/.test(found.tokens[noun + 1] ?? '') && /^(all|alle|saemtliche|sämtliche)$/.test(found.tokens[noun + 2] ?? '');
    if (!ours && !weGet && !forAll) return;
    const customerGets = found.positions('customer').some(
      (at) => found.sentence[at] === found.sentence[noun] && !WHOSE_CUSTOMER.test(found.tokens[at - 1] ?? '') && ![at - 1, at - 2, at - 3].some((before) => WHOSE_BEFORE.test(found.tokens[before] ?? '') || PER.test(found.tokens[before] ?? ''))
    );
    if (!customerGets) positions.push(noun);
  });
  return positions;
}

const DISTRIBUTOR = wordPattern(/^(distributor|distributors|distributoren|distri|distris|disti|distis)$/);
/** Words before a customer that make it whose matter it is, not who is reached: "for all our customers", "der Abos meiner Kunden". */
const WHOSE_CUSTOMER = /^(for|fuer|of|je|unserer|meiner|aller)$/;
const WHOSE_BEFORE = /^(for|fuer|of|je)$/;

/** Where Microsoft and the distributor are offered as the sender ("von Microsoft oder vom Distributor"): Microsoft's position. */
function distributorOffered(found: Found): number[] {
  const positions: number[] = [];
  if (!found.holds(DISTRIBUTOR)) return positions;
  for (const ms of found.positions('microsoft')) {
    const offered = found.someWord(DISTRIBUTOR, (at) => {
      if (found.sentence[at] !== found.sentence[ms] || Math.abs(at - ms) > 8) return false;
      const [from, to] = at < ms ? [at, ms] : [ms, at];
      return found.tokens.slice(from + 1, to).some((word) => word === 'or' || word === 'oder');
    });
    if (!offered) continue;
    const customerReached = found.positions('customer').some(
      (at) =>
        found.sentence[at] === found.sentence[ms] &&
        !WHOSE_CUSTOMER.test(found.tokens[at - 1] ?? '') &&
        ![at - 2, at - 3].some((before) => WHOSE_BEFORE.test(found.tokens[before] ?? ''))
    );
    if (!customerReached) positions.push(ms);
  }
  return positions;
}

/** Nouns of telling whose genitive names who is told: "Benachrichtigung des Partners", "notification of the partner". */
const TELLING_NOUNS = wordPattern(/^(benachrichtigung|benachrichtigungen|unterrichtung|verstaendigung|mitteilung|mitteilungen|information|informationen|notification|notifications)$/);

/** Where a noun of telling is followed by the partner in its genitive: the partner's position. */
function toldInGenitive(found: Found): number[] {
  const positions: number[] = [];
  if (!found.holds(TELLING_NOUNS)) return positions;
  found.tokens.forEach((token, noun) => {
    if (!TELLING_NOUNS.test(token)) return;
    const article = found.tokens[noun + 1] ?? '';
    if (!/^(des|der|eines|unseres|of)$/.test(article)) return;
    let party = noun + 2;
    if (/^(the|a|our|all|aller|csp)$/.test(found.tokens[party] ?? '')) party++;
    if (found.tokens[party] === 'csp') party++;
    const word = found.tokens[party] ?? '';
    if (found.clause[party] !== found.clause[noun]) return;
    if (PARTNER_NOUNS.test(word) || (article === 'of' && /^(us|me)$/.test(word))) positions.push(party);
  });
  return positions;
}
const PASSING_ON = wordPattern(/^(leitet|leiten|reicht|reichen|gibt|geben|stellt|stellen|teilt|teilen|spielt|spielen)$/);

/** The customer named inside what a message is made for: "alerts for customer tenants", "Meldungen für unsere Kunden". */
function madeForCustomer(found: Found, at: number): boolean {
  let before = at - 1;
  while (before >= at - 4 && (found.at('customer', before) || /^(our|unser\w*|their|ihre\w*|the|die|den|der|all|alle\w*)$/.test(found.tokens[before] ?? ''))) before--;
  return MADE_FOR.test(found.tokens[before] ?? '');
}

/**
 * "Kommen die Preislisten-Updates per Mail zu uns?", "Do the outage notifications for our customers come to us as
 * well?": a message that comes to the partner reaches the partner; the customer may be named only as whom it is for
 * or about ("der Kunden", "for our customers"), never as who comes ("kommt der Kunde zu uns" moves a customer).
 */
function comesToPartner(found: Found): number[] {
  const positions: number[] = [];
  if (!found.holds(COMING)) return positions;
  found.where(COMING).forEach((coming) => {
    if (found.negatedAt(coming, 2)) return;
    const clause = found.clause[coming];
    let start = coming;
    while (start > 0 && found.clause[start - 1] === clause && !isBreak(found.tokens[start - 1] ?? '.')) start--;
    for (let to = coming + 1; to <= coming + 12 && found.clause[to] === clause; to++) {
      // … also where it arrives: "land with us", "kommen … bei mir an", "trifft bei uns ein"
      if (!/^(to|zu|an|with|bei)$/.test(found.tokens[to] ?? '') || !/^(uns|us|mich|me|mir)$/.test(found.tokens[to + 1] ?? '')) continue;
      const message = found.within('communicate', start, to - 1, clause) || found.within('billing', start, to - 1, clause) || found.within('operational', start, to - 1, clause);
      let customerComes = false;
      for (let at = start; at < to; at++) {
        // … not the customer as whose the messages are: "the posts of our customers' tenants", "Meldungen der Kunden"
        let head = at;
        while (head > start && found.at('customer', head - 1)) head--;
        // … past its determiners: "of all my customers", "aller unserer Kunden"
        while (head > start && head > at - 4 && /^(our|my|all|the|unsere\w*|meine\w*|alle\w*|die)$/.test(found.tokens[head - 1] ?? '') && !POSSESSOR_BEFORE.test(found.tokens[head - 1] ?? '')) head--;
        const possessor = POSSESSOR_BEFORE.test(found.tokens[head - 1] ?? '');
        if (found.at('customer', at) && !madeForCustomer(found, at) && !possessor) customerComes = true;
      }
      if (message && !customerComes) positions.push(to);
      return;
    }
  });
  return positions;
}

/** The partner's own people: "unsere Admin Agents", "unsere Techniker", "our billing admins". */
const OWN_STAFF = /^(admins?|agents?|teams?|techniker\w*|mitarbeiter\w*|kollegen|buchhaltung|vertrieb|staff|engineers?|technicians?|helpdesk|noc|soc|abteilung|leute|people)$/;
const PASSIVE_OPENERS = wordPattern(/^(wird|werden|wurde|wurden|are|is|were|was)$/);
/** Where a noun phrase ends before the participle: a preposition opens what it is about ("über Dienstvorfälle"). */
const PHRASE_ENDS = /^(ueber|bei|beim|von|vom|zu|zum|zur|fuer|wenn|falls|about|of|for|when|if|by|on|at|in|im)$/;

/**
 * "Werden CSP-Partner … informiert?", "Werden unsere Admin Agents benachrichtigt, wenn …", "Are our billing admins
 * notified …": a passive question opening the sentence names the one told right after its auxiliary; the partner
 * (a partner noun, the partner's own people) is told, not the customer it is about.
 */
function passiveSubjectIsPartner(found: Found): number[] {
  const positions: number[] = [];
  if (!found.holds(PASSIVE_OPENERS)) return positions;
  found.where(PASSIVE_OPENERS).forEach((at) => {
    if (!(at === 0 || isBreak(found.tokens[at - 1] ?? '.'))) return;
    const clause = found.clause[at];
    let participle = -1;
    for (let next = at + 2; next <= at + 14 && found.clause[next] === clause; next++) {
      if (passiveReached(found, next)) {
        participle = next;
        break;
      }
    }
    if (participle < 0) return;
    for (let next = at + 1; next < participle && next <= at + 4; next++) {
      const word = found.tokens[next] ?? '';
      if (PHRASE_ENDS.test(word) || found.at('customer', next) || found.at('microsoft', next)) return;
      const partnerNoun = partnerNounAt(found, next) && !/^(center|centre|portal)$/.test(found.tokens[next + 1] ?? '');
      const ownPeople = OUR.test(word) && (found.at('partnerObject', next) || found.tokens.slice(next + 1, Math.min(participle, next + 3)).some((later) => OWN_STAFF.test(later)));
      if (partnerNoun || ownPeople || ownCompanyAt(found, next)) {
        positions.push(at);
        return;
      }
    }
  });
  return positions;
}
const COPULA = /^(is|are|was|lies|lie|sits|sit|stays|stay|remains|remain|falls|fall)$/;
/** A message made for or about the customer: "für", "zu", "about", "regarding". */
const MADE_FOR = /^(for|fuer|about|regarding|concerning|zu|zum|zur|betreffend|bzgl)$/;

const SEEING = wordPattern(/^(see|seh|sieh)/);

/** Whether a verb of seeing at `at` looks something up or is negated, rather than the partner being told. */
function notSeen(found: Found, at: number): boolean {
  // "Im Partner Center sehen wir das aber nicht": looking something up, not being told
  const sameSentence = (other: number) => found.sentence[other] === found.sentence[at];
  // … or "im Partner Center sehen wir bei ihm nur E3": what the partner holds, not what it is sent
  const lookingUp = found.positions('partnerCenter').some(sameSentence) &&
    (found.positions('negation').some(sameSentence) || found.someWord(ONLY, sameSentence));
  return lookingUp || found.positions('negation').some((negation) => found.clause[negation] === found.clause[at]);
}

/** "Microsoft informiert …", "informiert Microsoft …": Microsoft right beside the verb, not after "von", "by". */
function microsoftBeside(found: Found, at: number): boolean {
  return (found.at('microsoft', at - 1) && !/^(von|vom|by|from)$/.test(found.tokens[at - 2] ?? '')) || found.at('microsoft', at + 1);
}

const AS_WORDS = wordPattern(/^(als|as)$/);
const SHARING = wordPattern(/^(share|shares|shared|sharing)$/);

/** ", as the partner,", "als Partner": how many tokens an apposition naming the partner takes at this position. */
const GERMAN_PASSIVE_OPENERS = /^(werden|wuerden|wird|wuerde)$/;
/** Words that put a customer after them in a German clause as no subject: "bei ihren Kunden", "für den Kunden". */
const CUSTOMER_AS_OBJECT = /^(bei|beim|fuer|von|vom|ueber|zu|zum|mit|an|ihre\w*|unsere\w*|seine\w*|den|dem|der|des|eines|einem|einer)$/;

/**
 * "Werden CSP-Partner über Dienstvorfälle bei ihren Kunden informiert?", "Werden unsere Admin Agents informiert, wenn
 * …": a German passive question whose subject, right after "werden", is the partner's side, with the participle of
 * reaching at the end of the clause. A customer named after a preposition on the way is what it is about.
 */
function germanPassiveOfPartner(found: Found, at: number): boolean {
  if (!GERMAN_PASSIVE_OPENERS.test(found.tokens[at] ?? '')) return false;
  let subject = at + 1;
  if (/^(die|der|den|unsere|unser|unseren|alle)$/.test(found.tokens[subject] ?? '') || found.at('csp', subject)) subject++;
  if (found.at('csp', subject)) subject++;
  const party = found.scanned.matches.find((match) => match.concept === 'partnerObject' && match.at <= subject && match.at + (match.span ?? 1) > subject);
  if (!party || found.at('customer', subject)) return false;
  const clause = found.clause[at];
  let last = found.clause.lastIndexOf(clause ?? -1);
  if (isBreak(found.tokens[last] ?? '')) last--;
  if (last <= subject || !passiveReached(found, last)) return false;
  for (let next = party.at + (party.span ?? 1); next < last; next++) {
    if (found.at('customer', next) && !CUSTOMER_AS_OBJECT.test(found.tokens[next - 1] ?? '')) return false;
  }
  return true;
}

function appositionLength(found: Found, at: number): number {
  const start = found.tokens[at] === CLAUSE_END ? at + 1 : at;
  // … also without "as" between commas: "Are we, the partner admins, getting …"
  const bare = found.tokens[at] === CLAUSE_END && /^(the|die|der)$/.test(found.tokens[start] ?? '');
  if (!AS_WORDS.test(found.tokens[start] ?? '') && !bare) return 0;
  let noun = bare ? start + 1 : APPOSITION_ARTICLES.test(found.tokens[start + 1] ?? '') ? start + 2 : start + 1;
  // "as the Cloud Solution Provider partner": the programme's name before the noun
  while (noun < start + 6 && PROGRAMME_WORDS.test(found.tokens[noun] ?? '') && (PARTNER_NOUNS.test(found.tokens[noun + 1] ?? '') || PROGRAMME_WORDS.test(found.tokens[noun + 1] ?? ''))) noun++;
  if (!PARTNER_NOUNS.test(found.tokens[noun] ?? '') && found.tokens[noun] !== 'csp') return 0;
  // "the partner admins", "als Partner-Team": the partner's own people
  if (PARTNER_ROLES.test(found.tokens[noun + 1] ?? '')) noun++;
  if (bare && found.tokens[noun + 1] !== CLAUSE_END) return 0;
  return noun + 1 - at + (found.tokens[noun + 1] === CLAUSE_END ? 1 : 0);
}
const PARTNER_ROLES = /^(admins?|team|staff|people|engineers|techs|technicians|mitarbeiter|techniker|leute)$/;
const PROGRAMME_WORDS = /^(cloud|solution|solutions|provider|csp|microsoft|indirect|direct|authorised|authorized|certified)$/;
const APPOSITION_ARTICLES = /^(the|a|our|unser\w*|ihr\w*|euer\w*)$/;
const LETTING_KNOW = wordPattern(/^(let|lets)$/);

const OBJECT_PRONOUNS = /^(uns|us|mich|me)$/;
const SUBJECT_PRONOUNS = /^(wir|we|ich|i)$/;

const V1_VERB = /^(\w{3,}(t|en)|wird|darf|kann|muss|soll|will)$/;

/**
 * The object of a verb of reaching that an apposition names: "notify us as the partner", or in a German question
 * with its verb first the one right after Microsoft ("Stellt Microsoft uns …", "Informiert Microsoft unsere
 * Schwesterfirma …"). Not "expects us as partner to …" (the partner acts), "über uns als CSP" (the channel).
 */
function appositionHead(found: Found, at: number): boolean {
  const token = found.tokens[at] ?? '';
  if (SUBJECT_PRONOUNS.test(token) || isBreak(token) || found.at('customer', at) || found.at('duty', at)) return false;
  const start = OBJECT_PRONOUNS.test(token) ? at : found.tokens.slice(Math.max(0, at - 3), at).findIndex((word) => /^(unser\w*|our|the|die|den|dem)$/.test(word));
  const first = OBJECT_PRONOUNS.test(token) ? at : start >= 0 ? Math.max(0, at - 3) + start : at;
  if (found.at('communicate', first - 1) && !found.negatedAt(first - 1, 2)) return true;
  const ms = first - 1;
  return found.at('microsoft', ms) && V1_VERB.test(found.tokens[ms - 1] ?? '') && (ms - 1 === 0 || isBreak(found.tokens[ms - 2] ?? '.'));
}

/**
 * Where the one Microsoft acts on is named the partner: "… unsere Schwesterfirma als Partner", "… uns als Partner",
 * "let us, the partner, know". Microsoft is named before it in its sentence, which speaks of reaching or billing,
 * and the partner is not set against the customer ("uns als Partner und nicht den Kunden").
 */
function partnerAppositions(found: Found): number[] {
  const positions: number[] = [];
  if (!found.holds(AS_WORDS) && !found.holds(LETTING_KNOW)) return positions;
  found.tokens.forEach((token, at) => {
    const next = found.tokens[at + 1] ?? '';
    let partnerAt = -1;
    if (AS_WORDS.test(token) && appositionHead(found, at - 1)) {
      partnerAt = PARTNER_NOUNS.test(next) || next === 'csp' ? at + 1 : APPOSITION_ARTICLES.test(next) && PARTNER_NOUNS.test(found.tokens[at + 2] ?? '') ? at + 2 : -1;
      // "ihn als CSP-Kunden": a customer of the partner's, not the partner
      if (partnerAt >= 0 && (found.at('customer', partnerAt + 1) || found.at('customer', partnerAt))) partnerAt = -1;
    }
    // "let us, the partner, know": the partner between "let" and "know"
    else if (LETTING_KNOW.test(token) && found.at('partnerObject', at + 1)) {
      const know = found.tokens.slice(at + 2, at + 8).indexOf('know');
      if (know >= 0 && found.sentence[at + 2 + know] === found.sentence[at]) partnerAt = at + 1;
    }
    if (partnerAt < 0) return;
    const sentence = found.sentence[at];
    const microsoftBefore = found.positions('microsoft').some((ms) => ms < at && found.sentence[ms] === sentence);
    const reachingOrBilling = ['communicate', 'receive', 'billing'].some((concept) => found.positions(concept as Concept).some((other) => found.sentence[other] === sentence)) || LETTING_KNOW.test(token);
    if (microsoftBefore && reachingOrBilling && !contrastsWithCustomer(found, partnerAt)) positions.push(at);
  });
  return positions;
}
const OPENS_QUESTION = wordPattern(/^(do|does|will|would|did|can|could|is|are|kriegt|bekommt|erhaelt|kriegen|bekommen|erhalten)$/);

/**
 * "kriegt unser Admin Agent eine Benachrichtigung …", "does our NOC receive …", "will my colleague get …": a receiving
 * verb or a question's auxiliary, then "our/unser" or "my/mein" and someone of the partner's (not "unser Kunde").
 */
function ownPeopleReceive(found: Found, at: number): boolean {
  if (found.tokens[at + 1] === 'the') return staffOfOursReceive(found, at);
  if (!(OUR.test(found.tokens[at + 1] ?? '') || MY.test(found.tokens[at + 1] ?? '')) || ourCustomers(found, at + 2)) return false;
  const token = found.tokens[at] ?? '';
  if (found.at('receive', at) && OPENS_QUESTION.test(token)) return at === 0 || isBreak(found.tokens[at - 1] ?? '.');
  if (!OPENS_QUESTION.test(token) || !(at === 0 || isBreak(found.tokens[at - 1] ?? '.'))) return false;
  // "does our admin agent get …": the receiving verb right after the partner's someone
  if ([at + 3, at + 4].some((verb) => found.at('receive', verb) && !found.within('customer', at + 2, verb - 1))) return true;
  // "Do our Partner Center admins receive …", "does our service desk mailbox get …": a longer phrase headed by the
  // partner's own people, then the verb by which they are reached
  if (!ourOwnAt(found, at + 1)) return false;
  for (let verb = at + 3; verb <= at + 6 && found.clause[verb] === found.clause[at]; verb++) {
    if (found.at('receive', verb) || passiveReached(found, verb)) return true;
  }
  return false;
}

/**
 * "Do the billing admins in our Partner Center get emailed …", "Are the engineers at our NOC notified …": the partner's
 * people named by where they sit with the partner, then the verb by which they are reached.
 */
function staffOfOursReceive(found: Found, at: number): boolean {
  if (!OPENS_QUESTION.test(found.tokens[at] ?? '') || !(at === 0 || isBreak(found.tokens[at - 1] ?? '.'))) return false;
  const staff = [at + 2, at + 3].find((word) => OWN_STAFF.test(found.tokens[word] ?? ''));
  if (staff === undefined || !/^(in|at|of)$/.test(found.tokens[staff + 1] ?? '') || !OUR.test(found.tokens[staff + 2] ?? '')) return false;
  for (let verb = staff + 3; verb <= staff + 6; verb++) {
    if (isBreak(found.tokens[verb] ?? '.') || found.at('customer', verb)) return false;
    if (found.at('receive', verb) || passiveReached(found, verb)) return true;
  }
  return false;
}

/**
 * The partner's own people, mailboxes and tenant heading a phrase opened by "our"/"unser…": "our service desk
 * mailbox", "our on-call engineers", "unserem Vertriebsteam", "our partner tenant", "unseren Partnertenant". A
 * tenant is the customer's ("one of our tenants", "Kundentenant") unless the word before it makes it the partner's
 * ("partner tenant", "own tenant"); a phrase that names the customer before its head ("our customers' admins") or
 * right after it ("our team's clients") is the customer's.
 */
const OWN_HEADS = wordPattern(
  /^(admins?|administrators?|agents?|team|\w+teams?|techniker\w*|mitarbeiter\w*|kollegen|buchhaltung|vertrieb|staff|engineers?|technicians?|\w*desk|noc|soc|abteilung|department|leute|people|\w*mailbox(es)?|\w*postfach|\w*postfaecher|inbox|\w*tenants?|finance|accounting|sales|support|bereitschaft|rufbereitschaft|on-call|oncall|\w*shops?|\w*stores?|\w*managers?|ams?|reps?|salespeople|salesperson|consultants?|colleagues?|boss|kollegin\w*|kollege|chef|berater\w*|consultant\w*|kundenbetreuer\w*|\w*dienst|hotline|faktura|projektleiter\w*|ticketsystem\w*|tickets?ystem|psa|crm|mitarbeitende\w*|verteiler\w*|management|hq|headquarters|head-office|zentrale)$/
);
/** "my colleague", "meinem Kollegen", "my boss": the asker's own people, as "our" names them. */
const MY = wordPattern(/^(my|mein|meine|meinen|meinem|meiner)$/);
const OWN_TENANT = /tenants?$/;
/** Concepts that are nouns going on the phrase: "store owners", "shop customers". */
const PHRASE_NOUN_CONCEPTS: ReadonlySet<Concept> = new Set(['ownership', 'customer', 'relationship', 'duty', 'partner', 'partnerObject']);
const OWN_BUSINESS = /^(\w*shops?|\w*stores?)$/;
/** The noun phrase ends after this word: an end, a function word, or a word the lexicon reads ("our shop know", "unseren Shop über"). */
function phraseClosesAfter(found: Found, at: number): boolean {
  const next = found.tokens[at + 1] ?? SENTENCE_END;
  return isBreak(next) || FUNCTION_WORDS.has(next) || found.scanned.matches.some((match) => match.at === at + 1 && !PHRASE_NOUN_CONCEPTS.has(match.concept));
}
function ourOwnAt(found: Found, at: number): boolean {
  if (!OUR.test(found.tokens[at] ?? '') && !MY.test(found.tokens[at] ?? '')) return false;
  const clause = found.clause[at];
  for (let next = at + 1; next <= at + 4 && found.clause[next] === clause; next++) {
    const token = found.tokens[next] ?? '';
    // "our on-call engineers" typed "on call"
    if (token === 'on' && found.tokens[next + 1] === 'call') continue;
    if (isBreak(token) || NEXT_PHRASE.test(token) || PHRASE_ENDS.test(token)) return false;
    // "our partner tenant", "unseren Partnertenant": a tenant of the partner's; "one of our tenants", "Kundentenant"
    // are the customers'
    const tenant = OWN_TENANT.test(token) && (/^partner/.test(token) || /^(partner|own|eigenen|eigener|eigenes)$/.test(found.tokens[next - 1] ?? ''));
    if (OWN_TENANT.test(token) && !tenant) return false;
    // "our tenant's end customers", "our team's clients": the partner's own named as the customer's owner
    // "our shop", "unseren Webshop": the partner's business, where it closes the phrase ("our franchise store owners"
    // are people of the stores)
    if (OWN_BUSINESS.test(token) && !phraseClosesAfter(found, next)) return false;
    if (OWN_HEADS.test(token) && (tenant || !found.at('customer', next))) return !(found.at('customer', next + 1) || (found.at('customer', next + 2) && !NEXT_PHRASE.test(found.tokens[next + 1] ?? '')));
    if (found.at('customer', next)) return false;
  }
  return false;
}

/** Where a noun phrase ends: an article opens the next one ("bekommt unser Team die Rechnung"). */
const NEXT_PHRASE = /^(die|der|das|den|dem|des|ein|eine|einen|einem|the|a|an|any)$/;

/**
 * "unsere frisch migrierten CSP-Kunden", "our newly onboarded customers": the partner's customers, described, are
 * still customers; the noun that heads the phrase says who it is, up to the next article or break.
 */
function ourCustomers(found: Found, from: number): boolean {
  for (let at = from; at < from + 4 && at < found.tokens.length; at++) {
    const token = found.tokens[at] ?? '';
    if (isBreak(token) || NEXT_PHRASE.test(token)) return false;
    if (found.at('customer', at)) return true;
  }
  return false;
}

const THEY = /^(they|them|sie|he|er)$/;

/**
 * "If Microsoft detects abuse …, do they alert us?": "they" acting points back to the last party named before it;
 * Microsoft, when no customer is named between.
 */
function microsoftMeant(found: Found, verb: number): boolean {
  const pronoun = [verb - 1, verb - 2].find((at) => THEY.test(found.tokens[at] ?? ''));
  if (pronoun === undefined) return false;
  for (let at = pronoun - 1; at >= 0; at--) {
    if (found.at('microsoft', at)) return true;
    // "… sign-ins at a client, do they …": a customer inside a phrase is not who acts
    const inPhrase = found.tokens.slice(Math.max(0, at - 2), at).some((word) => /^(at|for|of|in|on|with|from|bei|beim|fuer|von|vom|im|mit)$/.test(word));
    if (found.at('customer', at) && !THEY.test(found.tokens[at] ?? '') && !inPhrase) return false;
  }
  return false;
}

const CONDITIONS = /^(if|when|whenever|once|wenn|falls|sobald|sofern)$/;
/** Words that join two clauses or parts: "tell us when the customer …" names no customer of ours. */
const JOINING = /^(when|whenever|if|once|wenn|falls|sobald|and|und|or|oder|that|dass|about|ueber|before|after|because|weil|as|als|bevor|nachdem|ob|whether)$/;

/**
 * Whether this position lies in a condition ("if", "when", "wenn" …), not in the question: up to the clause's end,
 * or, without a comma ("when microsoft contacts my customer do we get a copy"), up to the question's own opener.
 */
function opensCondition(found: Found, at: number): boolean {
  const clause = found.clause[at];
  const start = found.clause.indexOf(clause ?? -1);
  if (!CONDITIONS.test(found.tokens[start] ?? '')) return false;
  if (found.clause.lastIndexOf(clause ?? -1) < found.tokens.length - 1) return true;
  const opener = found.findWord(QUESTION_OPENERS, (position) => position > start + 1 && position > at && ['we', 'i', 'wir', 'ich'].includes(found.tokens[position + 1] ?? ''));
  return opener > at;
}

const QUESTION_OPENERS = wordSet([...PARTNER_QUESTION_OPENERS, 'does', 'is', 'bekommen', 'kriegen', 'erhalten', 'sind']);

const DELEGATES = wordPattern(/^(ueberlaesst|ueberlassen|ueberlasse|leaves|leave|left|delegat\w*)$/);
/** What "delegated" names in the partner's admin access (GDAP: "our delegated admin relationship", "delegated access"). */
const DELEGATED_ACCESS = /^(admin\w*|access|privileges?|permissions?|rights|roles?|relationships?|zugriff\w*|rechte\w*|berechtigung\w*)$/;

/** A word of handing something over ("leaves it to the partner", "delegiert"), not the name of delegated admin access. */
function handsOverAt(found: Found, at: number): boolean {
  const token = found.tokens[at] ?? '';
  return DELEGATES.test(token) && !(/^(delegated|delegierte\w*)$/.test(token) && DELEGATED_ACCESS.test(found.tokens[at + 1] ?? ''));
}

const REPORTING = /^(asks|asked|fragt|fragte|wants|wonders|wondered|says|said|meint|sagt|sagte)$/;

const CONTRAST = /^(rather|instead|not|nicht|statt|anstatt|anstelle|or|oder|vs|versus|never|nie|niemals)$/;
/** A denial that opens the clause after a comma: ", never the customer", ", nicht den Kunden", ", and not the customer". */
const CONTRAST_OPENS = /^(rather|instead|not|nicht|statt|anstatt|anstelle|never|nie|niemals)$/;
const PER = /^(pro|per|je|each|jeden|jeder|jedem)$/;

/** A partner named and then set against the customer in the same clause: "the partner or the customer", "… not the customer". */
function contrastsWithCustomer(found: Found, partnerAt: number): boolean {
  let clause = found.clause[partnerAt];
  for (let at = partnerAt + 1; at <= partnerAt + 6 && at < found.tokens.length; at++) {
    // "only the partner, never the customer", "nur uns, nie den Kunden": a clause opened by its contrast goes on with
    // the same verb, so the comma parts nothing
    const opener = /^(and|und|but|aber)$/.test(found.tokens[at + 1] ?? '') ? found.tokens[at + 2] : found.tokens[at + 1];
    if (found.tokens[at] === CLAUSE_END && CONTRAST_OPENS.test(opener ?? '')) {
      clause = found.clause[at + 1];
      continue;
    }
    if (found.clause[at] !== clause) break;
    // "… oder eine pro Kunde": a customer after "pro", "per", "je" counts what is sent, it is no other recipient
    if (CONTRAST.test(found.tokens[at] ?? '') && found.positions('customer').some((customer) => customer > at && customer <= at + 4 && found.clause[customer] === clause && !PER.test(found.tokens[customer - 1] ?? ''))) return true;
  }
  return false;
}

/** A participle closing a perfect-tense clause ("hat … bekommen"), the verb of a partner phrase starting at `at`. */
function perfectEnds(found: Found, at: number): boolean {
  if (!/^(bekommen|erhalten|gekriegt)$/.test(found.tokens[at] ?? '')) return false;
  for (let before = at - 1; before >= 0 && at - before <= 15 && found.clause[before] === found.clause[at]; before--) {
    const token = found.tokens[before] ?? '';
    // "hat 5 Lizenzen storniert bekommen wir …": another participle already closed the perfect; this one asks
    if (/^(ge\w{3,}(t|en)|\w{3,}iert)$/.test(token)) return false;
    if (/^(hat|haben|hatte|hatten|habe|hast)$/.test(token)) return true;
  }
  return false;
}

/** "does the customer get", "bekommt der Kunde", "the client receives": the customer, the subject, beside the verb. */
function customerReceives(found: Found, at: number): boolean {
  const clause = found.clause[at];
  return found.positions('customer').some((customer) => {
    // a pronoun may point to anyone the story named ("the first they hear of it"): only the customer's own word counts
    if (found.clause[customer] !== clause || Math.abs(customer - at) > 3 || /^(they|them|he|she|him|her|sie|er|ihn|ihm|ihnen)$/.test(found.tokens[customer] ?? '')) return false;
    const between = found.tokens.slice(Math.min(customer, at) + 1, Math.max(customer, at));
    return !between.some((word) => JOINING.test(word) || isBreak(word));
  });
}

/** The party named closest to a verb of receiving (the customer, or a partner noun such as "reseller"), if any. */
function nearestParty(found: Found, at: number): Recipient | undefined {
  const clause = found.clause[at];
  for (let distance = 1; distance <= 6; distance++) {
    for (const position of [at - distance, at + distance]) {
      if (found.clause[position] !== clause) continue;
      const token = found.tokens[position] ?? '';
      if (found.at('customer', position)) return 'customer';
      // "took over from another CSP partner": a partner named after "from" is where something came from
      const source = found.tokens.slice(Math.max(0, position - 3), position).some((word) => ['from', 'von', 'vom', 'by'].includes(word));
      // "im Partner Center": the portal, not a party
      const portal = /^(center|centre|portal)$/.test(found.tokens[position + 1] ?? '');
      if (partnerNounAt(found, position) && !source && !portal) return 'partner';
    }
  }
  return undefined;
}

// … and the partner named by its trade: "bekommt das Systemhaus …", "does the MSP get …"
/** "a project partner", "the partner institution": the word "partner" inside a name of the customer's own partner. */
function customersPartnerAt(found: Found, at: number): boolean {
  for (let start = at; start >= Math.max(0, at - 2); start--) {
    const name = institutionalNameAt(found.tokens, start);
    if (name && at < start + name.length) return name.concepts.has('customer');
  }
  return false;
}

/** The partner named by a noun at `at`, not a partner of the customer's own ("the project partner"). */
function partnerNounAt(found: Found, at: number): boolean {
  return PARTNER_NOUNS.test(found.tokens[at] ?? '') && !customersPartnerAt(found, at);
}

// … and by its institutional name: "the contractor", "der Auftragnehmer", "der Leistungserbringer"
const PARTNER_NOUNS = /^(partner|partners|partnern|reseller|resellers|resellern|haendlern|distributor|distributors|disti|provider|providers|haendler|partnerkonto|partneraccount|\w*systemhaus|\w*systemhaeuser|dienstleister|msps?|integrators?|wiederverkaeufer|lizenzhaendler|fachhaendler|partnerfirma|contractors?|auftragnehmer\w*|leistungserbringer\w*|generalunternehmer\w*)$/;

/** "bought … with a credit card", "paid by card": the card bought something, so it is a purchase, not a billing matter. */
function cardBought(found: Found): boolean {
  return found.positions('creditCard').some((card) =>
    found.positions('buy').some((buy) => Math.abs(buy - card) <= 8 && found.sentence[buy] === found.sentence[card])
  );
}

const PAYING = wordPattern(/^(pay|pays|paid|paying|zahlt|zahlen|zahle|zahlte|zahlten|gezahlt|bezahlt|bezahlen|bezahle|bezahlte|bezahlten|begleicht|begleichen)$/);

const US_WORDS = wordSet(['uns', 'us']);
/**
 * "zahlt Azure direkt bei Microsoft mit Kreditkarte", "pays Microsoft for Azure by card": a card paid with directly to
 * Microsoft is the direct purchase, and the card named again later ("die Abbuchung von der Karte", "the card charge")
 * is that purchase's matter; "zahlt Microsoft 365 per Kreditkarte an uns", "pays us by card": the partner's. Paid to no
 * one named ("zahlt unsere Rechnung mit Kreditkarte"), or to both, the card says no channel.
 */
function cardPaidTo(found: Found): ProductChannel | undefined {
  if (!found.holds(PAYING)) return undefined;
  const paidTo = new Set<ProductChannel>();
  for (const card of found.positions('creditCard')) {
    const clause = found.clause[card];
    found.someWord(PAYING, (pay) => {
      if (Math.abs(pay - card) > 8 || found.clause[pay] !== clause || found.negatedAt(pay, 3)) return false;
      const from = Math.min(pay, card) - 2;
      // "pays … by credit card to us": the card's own words, then to whom
      const to = Math.max(pay, card) + 3;
      const inReach = (at: number) => at >= from && at <= to && found.clause[at] === clause;
      const toMicrosoft = found.positions('microsoft').some(
        (ms) => inReach(ms) && (ms === pay + 1 || /^(bei|an|to)$/.test(found.tokens[ms - 1] ?? '')) && !found.scanned.products.some((product) => product.at === ms)
      );
      const toUs = found.someWord(US_WORDS, (at) => inReach(at) && (at === pay + 1 || /^(bei|an|to)$/.test(found.tokens[at - 1] ?? '')));
      if (toMicrosoft || found.within('direct', from, to, clause)) paidTo.add('non-csp');
      if (toUs) paidTo.add('csp');
      return false;
    });
  }
  return paidTo.size === 1 ? ([...paidTo][0] as ProductChannel) : undefined;
}

/** "their own card", "mit eigener Kreditkarte", "Firmenkreditkarte": a card of the customer's, not the partner's. */
const OWN_CARD = /^(own|eigene|eigener|eigenen|company|corporate|firmen\w*)$/;
/** How far (in words) a channel cue may stand from a product it speaks for. */
const PRODUCT_CUE_REACH = 6;

interface ChannelCue {
  at: number;
  channel: Exclude<ProductChannel, 'unknown'>;
  /** Says the customer has its own relationship with Microsoft (an agreement, a direct purchase), not only "not via us". */
  statesOwn: boolean;
  /** A bare "CSP": names the channel of a product beside it, but does not alone say what the question is about. */
  weak?: boolean;
}

const ROUTE_VERBS = /^(going|go|goes|routed|routing|passing|gehen|geht|zu gehen)$/;
/** What is held "with us": "they have with us", "the rest with us", "stays with us", "seats with us". */
const WITH_US_HOLDINGS = /^(have|has|had|hold|holds|held|having|keep|keeps|kept|stay|stays|stayed|remain|remains|rest|else|everything|stuff|seats?|tenants?|accounts?|plans?|skus?)$/;

/**
 * "Von uns haben sie die nicht.", "Über uns läuft das nicht", "bei uns hat er das nie gekauft": German puts the negation at
 * the end of its clause, after the channel it denies. Only a negation that closes the clause, a few words on.
 */
function negationClosesClause(found: Found, at: number): boolean {
  const clause = found.clause[at];
  return found.positions('negation').some((negation) => {
    if (negation <= at || negation - at > 7 || found.clause[negation] !== clause) return false;
    const rest = found.tokens.slice(negation + 1).findIndex((token, offset) => isBreak(token) || found.clause[negation + 1 + offset] !== clause);
    const after = rest < 0 ? found.tokens.slice(negation + 1) : found.tokens.slice(negation + 1, negation + 1 + rest);
    return after.every((token) => /^(mehr|mal|so|gekauft|bezogen|bestellt|verkauft|gebucht|geliefert)$/.test(token));
  });
}

/**
 * "without going through us" (the way a message travels), "hear from us", "messages from Microsoft, or only from
 * us", "kommt das von uns oder von Microsoft" (who sends it): no purchase through the partner.
 */
function routeOrSender(found: Found, at: number): boolean {
  if (everythingOtherwise(found, at)) return true;
  if (ROUTE_VERBS.test(found.tokens[at - 1] ?? '') || found.tokens.slice(at + 2, at + 4).some((next) => ROUTE_VERBS.test(next))) return true;
  // "Meldet sich Microsoft bei ihnen …", "… sich bei ihnen melden": "bei ihnen" beside a verb of reaching is whom it
  // reaches, not the partner addressed as "Sie"
  if (found.tokens[at] === 'bei' && found.tokens[at + 1] === 'ihnen' && (found.within('communicate', at - 4, at - 1, found.clause[at]) || found.within('communicate', at + 2, at + 3, found.clause[at]))) return true;
  if (!FROM.test(found.tokens[at] ?? '')) return false;
  // "Bekommt er die Rechnung von uns oder von Microsoft?", "from us or Microsoft", "from Microsoft or from us": the
  // partner as one of two senders (or sellers) set side by side with Microsoft asks who; it says nothing was bought
  // through the partner
  const span = found.scanned.matches.find((match) => match.concept === 'throughUs' && match.at === at)?.span ?? 2;
  const or = at + span;
  if (OR.test(found.tokens[or] ?? '') && (found.at('microsoft', or + 1) || (FROM.test(found.tokens[or + 1] ?? '') && found.at('microsoft', or + 2)))) return true;
  if (OR.test(found.tokens[at - 1] ?? '') && found.at('microsoft', at - 2) && FROM.test(found.tokens[at - 3] ?? '')) return true;
  const sentence = found.sentence[at];
  const clause = found.clause[at];
  const named = (from: number, to: number) =>
    found.scanned.products.some((product) => product.at >= from && product.at <= to) || found.within('billing', from, to) || found.within('billingWeak', from, to);
  // "the Teams licences he gets from us": a holding described by its subject and verb is bought, not sent
  const holdingDescribed = (verb: number) =>
    RELATIVE_SUBJECT.test(found.tokens[verb - 1] ?? '') && [verb - 2, verb - 3].some((before) => GENERIC_HOLDINGS.test(found.tokens[before] ?? '') || found.scanned.products.some((product) => product.at + product.length - 1 === before));
  const reachedAt = (from: number) =>
    [...found.positions('receive'), ...found.positions('communicate')].some(
      (verb) => verb < from && from - verb <= 3 && found.clause[verb] === found.clause[from] && !named(verb + 1, from - 1) && !(found.at('receive', verb) && holdingDescribed(verb))
    );
  const clauseStart = found.clause.indexOf(clause ?? -1);
  const nothingNamed = !named(clauseStart, at - 1);
  // "… get messages from Microsoft, or only from us": the sender Microsoft set against the partner
  const againstSender = found.positions('microsoft').some((ms) => found.sentence[ms] === sentence && ms < at && FROM.test(found.tokens[ms - 1] ?? '') && reachedAt(ms - 1));
  return reachedAt(at) || (nothingNamed && (COMING.test(found.tokens[at - 1] ?? '') || againstSender));
}

/**
 * "Kontaktiert Microsoft unsere Kunden direkt, oder läuft alles über uns?", "can Microsoft contact them directly, or is
 * everything through you?": "everything through us" as the other side of an alternative to Microsoft reaching the
 * customer is the way messages take, not what the customer buys (which "kauft alles über uns" still says).
 */
function everythingOtherwise(found: Found, at: number): boolean {
  const clause = found.clause[at];
  const sentence = found.sentence[at];
  // the "or" that opens the alternative, a few words before (typed without its comma, it is still there)
  let start = at - 1;
  while (start >= 0 && at - start <= 5 && found.sentence[start] === sentence && !OR.test(found.tokens[start] ?? '')) start--;
  if (start < 0 || at - start > 5 || !OR.test(found.tokens[start] ?? '')) return false;
  const between = found.tokens.slice(start + 1, at);
  if (!between.some((token) => ALL_WORDS.test(token)) || between.some((token) => isBreak(token)) || found.within('buy', start, at + 3, clause)) return false;
  return found.positions('communicate').some((verb) => verb < start && found.sentence[verb] === sentence) && found.positions('microsoft').some((ms) => ms < start && found.sentence[ms] === sentence);
}

/** Where the question says how something was bought: through the partner (CSP) or directly from Microsoft. */
const RELATED_TO = /^(with|zu|zum|zur|mit)$/;

/**
 * "pflegt Microsoft eine eigene Beziehung zu unseren CSP-Kunden", "does Microsoft keep a direct relationship with
 * our customers": a relationship Microsoft holds with the customers is Microsoft's, about the policy itself, not an
 * agreement the customer has.
 */
function microsoftsRelationship(found: Found, at: number): boolean {
  const clause = found.clause[at];
  if (!found.within('microsoft', at - 5, at - 1, clause) || found.within('customer', at - 5, at - 1, clause)) return false;
  for (let next = at + 1; next <= at + 3 && found.clause[next] === clause; next++) {
    // the relationship word right before "with"/"zu": "discuss the EA true-up with the customer" is a talk with them
    if (RELATED_TO.test(found.tokens[next] ?? '')) return RELATIONSHIP_NOUN.test(found.tokens[next - 1] ?? '') && found.within('customer', next + 1, next + 3, clause);
  }
  return false;
}

const WEB_PAGE = /^(website|websites|webseite\w*|site|seite|seiten|com|microsoftcom)$/;

/**
 * "auf der Microsoft-Website gewinnen" (a case study shown there), "posted on microsoft.com": Microsoft's web pages
 * name a direct purchase only where the sentence buys or holds something there ("Visio über die Microsoft-Website
 * gekauft", "the Power BI licences from the Microsoft website"); elsewhere they are where something is shown.
 */
function webPageOnly(found: Found, at: number): boolean {
  if (!found.tokens.slice(at, at + 3).some((token) => WEB_PAGE.test(token))) return false;
  const sentence = found.sentence[at];
  const near = (other: number, reach: number) => Math.abs(other - at) <= reach && found.sentence[other] === sentence;
  if (found.positions('buy').some((other) => near(other, 8))) return false;
  if (found.scanned.products.some((product) => near(product.at, 6))) return false;
  return !found.someWord(GENERIC_HOLDINGS, (other) => near(other, 6));
}

const RELATIONSHIP_NOUN = /^(relationships?|relations|ties|\w*beziehung(en)?|verbindung(en)?|verhaeltnis(se)?)$/;

const PARTNER_ROLE_AS = /^(as|als)$/;
const ROLE_OWNERS = /^(their|his|her|its|your|the|a|ihr|ihre|sein|seine|deren|der|ein)$/;

/**
 * Pay-as-you-go ("PAYG", "pay-as-you-go") in a sentence that puts it on the partner's Azure plan, which only CSP sells,
 * with no card or direct purchase beside it: a way of billing through the partner, not an agreement of the customer's own.
 */
function paygOnAzurePlan(found: Found, at: number): boolean {
  const token = found.tokens[at] ?? '';
  if (token !== 'payg' && !(token === 'pay' && found.tokens[at + 1] === 'as')) return false;
  const sentence = found.sentence[at];
  const inSentence = (position: number) => found.sentence[position] === sentence;
  if (!found.scanned.products.some((product) => product.name === 'Azure plan' && inSentence(product.at))) return false;
  return !found.positions('creditCard').some(inSentence) && !found.positions('direct').some(inSentence) && !found.positions('nonCsp').some(inSentence);
}

const WITH = wordSet(['with']);
const LIES = /^(liegt|liegen|lag|lagen|laege|laegen)$/;
/** What lies with someone as a task: "es", "das", the communication, the information, the task. */
const TASK_SUBJECT = /^(es|das|dies|dieses|die|der|kommunikation\w*|kundenkommunikation\w*|information\w*|verantwortung|zustaendigkeit|aufgabe|sache|pflicht|benachrichtigung\w*|mitteilung\w*)$/;

/**
 * "Liegt es (nicht) bei uns, …", "die Kommunikation liegt doch bei uns": a form of "liegen" with a task or a pronoun
 * as its subject before "bei uns" says whose task it is; no product's purchase.
 */
function dutyLiesWith(found: Found, at: number): boolean {
  if (found.tokens[at] !== 'bei') return false;
  const clause = found.clause[at];
  for (let back = at - 1; back >= Math.max(0, at - 6) && found.clause[back] === clause; back--) {
    const word = found.tokens[back] ?? '';
    if (LIES.test(word)) {
      // the subject: after the verb ("liegt es …") or before it ("die Kommunikation liegt …")
      const after = found.tokens.slice(back + 1, at);
      // "liegt es …", "liegt die Kommunikation zur Verlängerung …"; before it only a task ("die Kommunikation liegt …")
      const subjectAfter = after.slice(0, 2).some((token) => TASK_SUBJECT.test(token) && token !== 'die' && token !== 'der') || (/^(die|der)$/.test(after[0] ?? '') && /^(kommunikation|kundenkommunikation|information|verantwortung|zustaendigkeit|aufgabe|sache|pflicht|benachrichtigung|mitteilung)\w*$/.test(after[1] ?? ''));
      const subjectBefore = /^(es|das|dies|kommunikation|kundenkommunikation|information|verantwortung|zustaendigkeit|aufgabe|sache|pflicht|benachrichtigung|mitteilung)\w*$/.test(found.tokens[back - 1] ?? '') && found.clause[back - 1] === clause;
      return (subjectAfter || subjectBefore) && found.scanned.products.every((product) => product.at + product.length <= back - 1 || product.at > at);
    }
  }
  return false;
}

/** How many words apart two positions are, a product's name between them counting as one word (wordsIn). */
function wordsApart(found: Found, from: number, to: number): number {
  return 1 + wordsIn(found.scanned, Math.min(from, to) + 1, Math.max(from, to));
}

function channelCues(found: Found): ChannelCue[] {
  const cues: ChannelCue[] = [];
  const cardPurchase = cardBought(found);
  const direct = (at: number, statesOwn = true) => cues.push({ at, channel: 'non-csp', statesOwn });
  const csp = (at: number) => cues.push({ at, channel: 'csp', statesOwn: false });
  for (const at of found.positions('ownAgreement')) {
    if (found.negatedAt(at, 3) || microsoftsRelationship(found, at) || webPageOnly(found, at)) continue;
    // "PAYG billing policy for Power Platform is linked to an Azure subscription … under our CSP Azure plan": pay-as-you-go
    // billed through the partner's Azure plan is the partner's
    if (paygOnAzurePlan(found, at)) csp(at);
    else direct(at);
  }
  for (const at of found.positions('nonCsp')) direct(at, false);
  const cardDirect = found.positions('creditCard').some(
    (at) => found.within('direct', at - 3, at + 3, found.clause[at]) || found.tokens.slice(Math.max(0, at - 3), at + 1).some((token) => OWN_CARD.test(token) || slipped(token, OWN_CARD))
  );
  // "zahlt Microsoft 365 per Kreditkarte an uns": the card pays the partner; named again, it is the partner's matter
  const paidTo = cardPaidTo(found);
  if (paidTo === 'csp') for (const at of found.positions('creditCard')) csp(at);
  else if (cardPurchase || cardDirect || paidTo === 'non-csp') for (const at of found.positions('creditCard')) direct(at);
  for (const at of found.positions('direct')) {
    const clause = found.clause[at];
    // "die über uns bezogenen Lizenzen direkt", "der über CSP bezogenen Power-BI-Abos direkt": a purchase word whose own
    // channel stands right before it (a German participle before its noun) is not the purchase "direkt" speaks of;
    // "direkt" goes with the verb
    const purchase =
      // (a product's name between them counts as one word: "bought the Power BI licences directly", "kaufte die
      // Dynamics 365 Business Central Lizenzen direkt")
      found.positions('buy').some((buy) => wordsApart(found, buy, at) <= 4 && found.clause[buy] === clause && !(buy < at && (found.within('throughUs', buy - 3, buy - 1, clause) || found.within('csp', buy - 3, buy - 1, clause)))) ||
      found.within('relationship', at - 2, at + 2, clause) ||
      found.within('ownAgreement', at - 3, at + 3, clause) ||
      found.within('creditCard', at - 3, at + 3, clause) ||
      // "has … directly with Microsoft", "direkt bei MS": with/bei, not "from"/"von", which is how a message comes
      (['with', 'mit', 'bei', 'at'].includes(found.tokens[at + 1] ?? '') && found.within('microsoft', at + 2, at + 3, clause)) ||
      paysDirectly(found, at) ||
      boughtAtClauseEnd(found, at);
    // "campaigns aimed directly at customers", "direkt an die Kunden", "directly to companies that buy through a CSP
    // partner": the way a message goes, not a purchase
    const toSomeone =
      (/^(at|to|an)$/.test(found.tokens[at + 1] ?? '') &&
        (found.within('customer', at + 2, at + 4, clause) || found.tokens.slice(at + 2, at + 4).some((token) => PARTIES.test(token)))) ||
      // "Geht die Bestätigung für den Kauf direkt von Microsoft an den Kunden?", "comes directly from Microsoft to the
      // customer": from Microsoft to someone is the way a message goes, whatever purchase it is about
      (/^(von|vom|from)$/.test(found.tokens[at + 1] ?? '') &&
        found.within('microsoft', at + 2, at + 3, clause) &&
        found.tokens.some((token, to) => to > at + 2 && to <= at + 6 && found.clause[to] === clause && /^(an|to|zum|zur)$/.test(token) && (found.within('customer', to + 1, to + 3, clause) || found.tokens.slice(to + 1, to + 3).some((word) => PARTIES.test(word))))) ||
      // "Microsoft will unseren Kunden direkt Dynamics 365 verkaufen", "sells directly to end users": Microsoft selling
      microsoftSellingAt(found, at) ||
      advisedDirectPurchase(found, at) ||
      // "direkt anschreiben", "contact them directly": how Microsoft reaches them
      (found.at('communicate', at + 1) && !found.within('buy', at - 2, at - 1)) ||
      (found.within('communicate', at - 2, at - 1, clause) && !found.within('buy', at - 4, at - 1));
    // "did not buy the Power BI licences directly", "didn't purchase the Visio seats directly": the purchase word before
    // "directly" is denied, so no direct purchase is said (the negation may stand more than three words before "directly")
    const deniedPurchase = found.positions('buy').some((buy) => buy < at && wordsApart(found, buy, at) <= 4 && found.clause[buy] === clause && found.negatedAt(buy, 2));
    if ((purchase || holdsDirectly(found, at) || microsoftSoldAt(found, at) || gotDirectly(found, at)) && !toSomeone && !deniedPurchase && !found.negatedAt(at, 3) && !microsoftsRelationship(found, at)) direct(at);
  }
  for (const at of found.positions('relationship')) {
    // "the customer billing relationship", "die Abrechnungsbeziehung": the policy's own words for the partner's side
    const billingRelationship = /^(abrechnung|rechnung)/.test(found.tokens[at] ?? '') || /^(billing|abrechnungs)$/.test(found.tokens[at - 1] ?? '');
    // "Schickt MS ihm Infos zum Vertragsende?": a bare contract Microsoft writes about is the message's matter, not a
    // relationship the question says the customer has with Microsoft
    const matterOfMessage = bareContract(found, at) && found.positions('communicate').some((verb) => verb !== at && found.clause[verb] === found.clause[at]);
    // "relationship calls", "its own account-management check-ins": the word names a kind of contact Microsoft makes,
    // not an agreement the customer has
    // … or a compound of it that names talks ("Vertragsgespräche", "Vertragsverhandlungen"): contact about contracts, of either side
    const kindOfContact =
      found.within('communicate', at + 1, at + 2, found.clause[at]) || found.within('marketing', at + 1, at + 2, found.clause[at]) || CONTRACT_TALKS.test(found.tokens[at] ?? '');
    // "seines Vertrags mit Microsoft", "their own agreement with Microsoft": the customer's, by its possessive and party
    const heldWithMicrosoft = POSSESSOR.test(found.tokens[at - 1] ?? '') && withMicrosoftAfter(found, at);
    if (
      found.within('microsoft', at - 4, at + 4, found.clause[at]) &&
      (found.has('existing') || heldWithMicrosoft) &&
      !found.negatedAt(at, 4) &&
      !billingRelationship &&
      !matterOfMessage &&
      !kindOfContact &&
      !microsoftsRelationship(found, at)
    )
      direct(at);
  }
  for (const at of found.positions('throughUs')) {
    // "without going through us", "ohne über uns zu gehen": how a message travels, not how something was bought.
    if (routeOrSender(found, at)) continue;
    // "Liegt es nicht bei uns, dem Kunden … mitzuteilen?", "die Kommunikation liegt bei uns": "liegen bei" is whose task
    // it is, not where something was bought
    if (dutyLiesWith(found, at)) continue;
    // "rather than through us", "instead of from us", "statt bei uns": the partner's channel set aside
    const setAside = found.tokens.slice(Math.max(0, at - 2), at).some((token) => /^(than|instead|statt|anstatt)$/.test(token));
    // "ham wir dem nie verkauft", "wir haben ihm das nicht verkauft": a sale denied inside the phrase is no holding
    // with the partner; it says the product is not among the partner's (a doubted channel, below)
    const span = found.scanned.matches.find((match) => match.concept === 'throughUs' && match.at === at)?.span ?? 1;
    if (span > 2 && found.within('negation', at + 1, at + span - 1)) continue;
    if (found.negatedAt(at, 4) || setAside || negationClosesClause(found, at)) direct(at, false);
    else csp(at);
  }
  // "the Defender subscriptions they have with us", "a CSP tenant with us", "everything else with us": held with the
  // partner. Not "talk with us", "check with us first": a holding or a verb of holding must come before it.
  for (const at of found.where(WITH)) {
    if (!/^(us|me)$/.test(found.tokens[at + 1] ?? '')) continue;
    const clause = found.clause[at];
    const before = (offset: number) => (found.clause[at - offset] === clause ? (found.tokens[at - offset] ?? '') : '.');
    const held = [1, 2, 3, 4].some((offset) => {
      const word = before(offset);
      const position = at - offset;
      return (
        WITH_US_HOLDINGS.test(word) ||
        GENERIC_HOLDINGS.test(word) ||
        found.at('csp', position) ||
        found.scanned.products.some((product) => position >= product.at && position < product.at + product.length)
      );
    });
    const reached = [1, 2, 3].some((offset) => found.at('communicate', at - offset) || found.at('receive', at - offset));
    if (held && !reached && !found.negatedAt(at, 4)) csp(at);
  }
  // "Wir haben Business Premium bei ihm im Partner Center", "E3 is in our Partner Center": held by the partner
  for (const place of found.positions('partnerCenter')) {
    if (found.negatedAt(place, 8) || found.within('negation', place + 1, place + 6, found.clause[place])) continue;
    for (const product of found.scanned.products) {
      if (found.clause[product.at] === found.clause[place] && Math.abs(product.at - place) <= 6) csp(product.at);
    }
  }
  // "CSP customers", "the CSP program" say who the customer is, not how a product was bought; "non-CSP" is the
  // opposite of a cue. A bare "CSP" is a weak cue: it ties a product to the partner, but alone it decides nothing.
  for (const at of found.positions('csp')) {
    // "the CSP communication policy", "aus CSP-Sicht", "is that OK under CSP?": the programme's rules, not a purchase.
    // "a CSP tenant", "CSP-Tenant": the customer's holding in CSP, not who the customer is.
    const holding = /^tenant/.test(found.tokens[at + 1] ?? '');
    // "our job as their CSP", "wir als CSP", "as the CSP partner": the partner's role, not how a product was bought;
    // "hat uns als CSP" (the customer has the partner as its CSP) says the channel.
    const roleAs = PARTNER_ROLE_AS.test(found.tokens[at - 1] ?? '') ? at - 1 : PARTNER_ROLE_AS.test(found.tokens[at - 2] ?? '') && ROLE_OWNERS.test(found.tokens[at - 1] ?? '') ? at - 2 : -1;
    // … not "as well as CSP licences", which joins a second holding
    const joining = roleAs >= 0 && found.tokens[roleAs - 1] === 'well' && found.tokens[roleAs - 2] === 'as';
    const role = roleAs >= 0 && !joining && !PARTNER_AS_PLACE.test(found.tokens[roleAs - 1] ?? '');
    const describes =
      role ||
      (found.at('customer', at + 1) && !holding) ||
      found.at('customer', at) ||
      /^(program|programm|partner|communication|kommunikation|sicht|perspective|rule|regel|richtlinie|polic|world|welt|terms)/.test(found.tokens[at + 1] ?? '') ||
      found.at('policyRef', at + 1) ||
      found.within('wondering', at - 3, at - 1, found.clause[at]);
    if (!found.negatedAt(at, 2) && !describes && !found.within('nonCsp', at - 1, at)) cues.push({ at, channel: 'csp', statesOwn: false, weak: true });
  }
  // The Azure plan is sold only in CSP; consumer products (Xbox, Copilot Pro) never are.
  for (const product of found.scanned.products) {
    if (product.channel === 'csp') csp(product.at);
    else if (product.channel === 'non-csp') direct(product.at);
  }
  // The partner as the one acting on a subscription: "Wir stellen beim Kunden Exchange Online Plan 1 auf Plan 2 um",
  // "we downgraded 12 Visio licences" (managing it), "we also sell them Business Basic", "wir haben ihm … weiterverkauft"
  // (selling it on). Either holds it.
  for (const at of found.where(WE)) {
    const clause = found.clause[at];
    for (let next = at + 1; next < found.tokens.length && next <= at + 20 && found.clause[next] === clause; next++) {
      const word = found.tokens[next] ?? '';
      const separable = /^stell(en|t)$/.test(word) && found.tokens.slice(next + 1, next + 12).some((later, offset) => later === 'um' && found.clause[next + 1 + offset] === clause);
      if ((MANAGE_VERBS.test(word) || separable) && !found.negatedAt(next, 6)) {
        csp(next);
        break;
      }
    }
    const sells = found.tokens.slice(at + 1, at + 4).findIndex((next) => SELL_VERBS.test(next));
    if (sells >= 0 && !found.negatedAt(at + 1 + sells, 4) && !found.within('negation', at + 1, at + 1 + sells) && !found.within('throughUs', at, at + 1 + sells)) csp(at + 1 + sells);
  }
  // "… offers them a direct contract": an agreement proposed is not one the customer has.
  // "they could buy Dynamics 365 directly": a product name may stand between the offer and the channel
  // "bought Visio directly instead of from us", "direkt statt bei uns gekauft": a purchase made, set against the partner.
  const madePurchase = (cue: ChannelCue, proposal: number) =>
    CONTRAST_WORDS.test(found.tokens[proposal] ?? '') &&
    found.holds(MADE_PURCHASE) &&
    found.someWord(MADE_PURCHASE, (at) => found.clause[at] === found.clause[cue.at] && Math.abs(at - cue.at) <= 8);
  // "bought a Marketplace SaaS offer themselves": an offer bought is a purchase, not a proposal
  const boughtOffer = (at: number) => /^(offer|offers|angebot\w*)$/.test(found.tokens[at] ?? '') && found.within('buy', at - 4, at - 1, found.clause[at]);
  const proposed = (cue: ChannelCue) =>
    cue.channel === 'non-csp' &&
    found.positions('proposal').some(
      (at) => at >= cue.at - 5 && at <= cue.at + (CLOSING_MODAL.test(found.tokens[at] ?? '') ? 6 : 3) && found.clause[at] === found.clause[cue.at] && !madePurchase(cue, at) && !boughtOffer(at)
    );
  const { left, arrived } = movedChannels(found, cues);
  for (const at of arrived) csp(at);
  return cues.filter((cue) => !proposed(cue) && !left.has(cue) && !aimedMove(found, cue) && !endedAgreement(found, cue)).sort((a, b) => a.at - b.at);
}

const ENDED = /^(ended|expired|terminated|lapsed|cancelled|canceled|closed|gone|over|beendet|ausgelaufen|abgelaufen|gekuendigt|aufgeloest)$/;
const FORMER = /^(former|old|previous|ex|expired|ehemalig\w*|frueher\w*|vorherig\w*)$/;

/**
 * "the EA is ended and nothing is left on it", "their former MCA", "der EA ist ausgelaufen": an agreement that ended
 * is a purchase past; the customer's channel is what it has now.
 */
function endedAgreement(found: Found, cue: ChannelCue): boolean {
  if (cue.channel !== 'non-csp') return false;
  const clause = found.clause[cue.at];
  if (FORMER.test(found.tokens[cue.at - 1] ?? '')) return true;
  for (let at = cue.at + 1; at <= cue.at + 4 && found.clause[at] === clause; at++) {
    if (found.scanned.products.some((product) => product.at === at)) return false;
    if (ENDED.test(found.tokens[at] ?? '')) return true;
  }
  return false;
}

/**
 * "hat für die Filiale selbst Business Basic auf microsoft.com gekauft": German puts the participle of the purchase
 * last, however far from "selbst"/"direkt"; it closes the clause, with no verb of reaching between.
 */
function boughtAtClauseEnd(found: Found, direct: number): boolean {
  const clause = found.clause[direct];
  for (let at = direct + 1; at <= direct + 10 && found.clause[at] === clause; at++) {
    if (found.at('communicate', at) || found.at('receive', at)) return false;
    if (found.at('buy', at) && (MADE_PURCHASE.test(found.tokens[at] ?? '') || BUYS_AT_END.test(found.tokens[at] ?? '')) && isBreak(found.tokens[at + 1] ?? '.')) return true;
  }
  return false;
}

const PAY_VERBS = /^(pay|pays|paid|paying|zahlt|zahlen|bezahlt|bezahlen|zahlte)$/;

/** "pays his Azure directly to Microsoft", "zahlt Azure direkt an Microsoft": paying Microsoft is buying from it. */
function paysDirectly(found: Found, at: number): boolean {
  const clause = found.clause[at];
  const pays = found.tokens.slice(Math.max(0, at - 4), at).some((token, offset) => PAY_VERBS.test(token) && found.clause[Math.max(0, at - 4) + offset] === clause);
  return pays && /^(to|an)$/.test(found.tokens[at + 1] ?? '') && found.within('microsoft', at + 2, at + 3, clause);
}

/** A purchase verb that closes a German clause in the present, or in a dialect's participle without "ge-" ("hot … direkt … kauft"). */
const BUYS_AT_END = /^(kauft|kaufte|kauften|bezieht|bezog|bestellt)$/;

const GERMAN_ARTICLE = /^(ein|eine|einen|einem|einer|den|die|das|dem|der|sein|seine|seinen|seinem|ihr|ihre|ihren|ihrem|unser|unsere|unseren|unserem)$/;
const PARTNER_AS_PLACE = /^(us|uns|mir|me)$/;
/**
 * A move made: the customer came, moved, switched ("kam aus Web Direct zu uns", "was moved from the EA to CSP"), pulled
 * or shifted its subscriptions ("pulling them out of our CSP onto an MCA", "zieht die Abos aus dem CSP heraus in …",
 * "aus dem EA in unseren CSP übernommen"); "zieht … in ein …" is read as one word with the article's "ein".
 */
const MOVE_MADE = /^(moved|migrated|switched|transferred|transitioned|came|kam|kamen|gekommen|gewechselt|wechselte|wechselten|umgezogen|migriert|umgestellt|umgestiegen|ueberfuehrt|transferiert|uebertragen|verschoben|verlagert|moves|moving|migrates|migrating|transfers|transferring|switches|switching|wechselt|uebertraegt|verschiebt|pulled|pulling|pulls|shifted|shifting|shifts|ported|porting|zieht|ziehen|zog|zogen|gezogen|einzieht|abzieht|umzieht|herauszieht|rauszieht|herausgezogen|rausgezogen|abgezogen|uebernommen|uebernimmt|uebernahmen|verlegt|verlegen)$/;
/** A move as a noun or an infinitive: what someone aims at or proposes ("mit dem Ziel eines Wechsels in …", "to move them to …"). */
const MOVE_AIMED = /^(move|switch|migrate|migration|transfer|transition|wechsel|wechsels|wechseln|umstieg|umstiegs|umsteigen|umzusteigen|ueberfuehren|ueberfuehrung|migrieren|bewegen|pull|poach|lure|steer|push|convert|abwerben|abzuwerben|rausholen|herausholen|abziehen|locken|draengen)$/;
/** "after the switch to an EA", "nach dem Wechsel in den Direktvertrag": a move named as done. */
const MOVE_DONE_BEFORE = /^(after|since|nach|seit|seitdem)$/;

/**
 * "Kunde kam aus Web Direct bzw. Kreditkartenkauf zu uns", "moved from their EA to CSP", "moved to CSP from Open":
 * the channel the customer came from is left behind (its purchase is past), the one it came to is its channel now
 * ("zu uns" is the partner's). Only a move made, in one clause, from one channel to the other.
 */
/**
 * "We transferred 14 Azure subscriptions from their EA into our CSP Azure plan", "… aus seinem EA in unseren
 * CSP-Azure-Plan übertragen": the channel a move made at `at` went to, where its clause names one destination.
 */
function moveDestination(found: Found, at: number, cues: readonly ChannelCue[]): ProductChannel | undefined {
  if (!MOVE_MADE.test(found.tokens[at] ?? '')) return undefined;
  const clause = found.clause[at];
  const channels = new Set<ProductChannel>();
  for (let to = Math.max(0, at - 12); to <= at + 12 && to < found.tokens.length; to++) {
    if (found.clause[to] !== clause || !TO_WORDS.test(found.tokens[to] ?? '')) continue;
    const cue = cues.find((other) => other.at > to && other.at <= to + 3 && found.clause[other.at] === clause);
    if (cue) channels.add(cue.channel);
    else if ([to + 1, to + 2].some((next) => found.clause[next] === clause && PARTNER_AS_PLACE.test(found.tokens[next] ?? ''))) channels.add('csp');
  }
  return channels.size === 1 ? [...channels][0] : undefined;
}

function movedChannels(found: Found, cues: readonly ChannelCue[]): { left: Set<ChannelCue>; arrived: number[] } {
  const left = new Set<ChannelCue>();
  const arrived: number[] = [];
  found.where(FROM_WORDS).forEach((from) => {
    const token = found.tokens[from] as string;
    // "out of our CSP into a new MCA"
    if (token === 'out' && found.tokens[from + 1] !== 'of') return;
    const clause = found.clause[from];
    const inClause = (at: number) => found.clause[at] === clause && !isBreak(found.tokens[at] ?? '.');
    let made = false;
    // German puts the participle of the move last, after the destination and its attributes: further on than before
    for (let at = Math.max(0, from - 10); at <= from + 14 && at < found.tokens.length && !made; at++) made = found.clause[at] === clause && MOVE_MADE.test(found.tokens[at] ?? '');
    if (!made) return;
    const destinationAt = (to: number) => {
      const partner = [to + 1, to + 2].find((at) => inClause(at) && PARTNER_AS_PLACE.test(found.tokens[at] ?? ''));
      // German puts the verb of the move last: all between "in" and it names the destination, however long its
      // attributes ("in einen neuen, über uns bestellten CSP-Plan übernommen")
      let verbAfter = to + 1;
      while (verbAfter <= to + 10 && inClause(verbAfter) && !MOVE_MADE.test(found.tokens[verbAfter] ?? '')) verbAfter++;
      // and a German article opens a phrase whose attributes may stand between it and its noun ("in ein separates,
      // bei Microsoft direkt abgeschlossenes Agreement")
      let reach = verbAfter <= to + 10 && inClause(verbAfter) ? Math.max(to + 3, verbAfter - 1) : to + 3;
      if (reach === to + 3 && GERMAN_ARTICLE.test(found.tokens[to + 1] ?? '')) while (reach < to + 8 && inClause(reach + 1)) reach++;
      const cue = cues.find((other) => other.at > to && other.at <= reach && found.clause[other.at] === clause);
      if (cue) return { channel: cue.channel, at: cue.at, partner: false };
      return partner === undefined ? undefined : { channel: 'csp' as const, at: partner, partner: true };
    };
    // the destination after the left channel ("from X to us"), or before it ("to CSP from X")
    let end = from + 1;
    while (end <= from + 7 && inClause(end) && !TO_WORDS.test(found.tokens[end] ?? '')) end++;
    let destination = TO_WORDS.test(found.tokens[end] ?? '') && inClause(end) ? destinationAt(end) : undefined;
    if (!destination) {
      const to = [1, 2, 3, 4].map((back) => from - back).find((at) => at >= 0 && inClause(at) && TO_WORDS.test(found.tokens[at] ?? ''));
      destination = to === undefined ? undefined : destinationAt(to);
      end = Math.min(from + 5, found.tokens.length);
      while (end > from && !inClause(end - 1)) end--;
    }
    if (!destination) return;
    const slot = cues.filter((cue) => cue.at >= from && cue.at < end && cue.channel !== destination.channel && cue.at !== destination.at);
    if (slot.length === 0) return;
    for (const cue of slot) left.add(cue);
    if (destination.partner) arrived.push(destination.at);
  });
  return { left, arrived };
}

/**
 * "mit dem Ziel eines Wechsels in ein direktes Vertragsverhältnis", "to move them to a direct contract", "in einen
 * Direktvertrag zu überführen": a direct relationship aimed at is not one the customer has (Microsoft's sales approach).
 */
function aimedMove(found: Found, cue: ChannelCue): boolean {
  return cue.channel === 'non-csp' && (movedInto(found, cue.at) || purposeOfMicrosoft(found, cue.at));
}

const PURPOSE_OPENERS = wordPattern(/^(damit|so)$/);

/**
 * "Kann Microsoft ihn ansprechen, damit er aus dem CSP rausgeht und direkt kauft?", "… so that they buy directly":
 * a direct purchase in the purpose of Microsoft's approach is what Microsoft aims at, not what the customer has.
 */
function purposeOfMicrosoft(found: Found, at: number): boolean {
  if (!found.holds(PURPOSE_OPENERS)) return false;
  // a purchase or an agreement aimed at: "direkt kauft", "a direct agreement", not "so that they get it directly"
  const purchase = found.at('ownAgreement', at) || found.at('relationship', at) || found.within('buy', at - 4, at + 4, found.clause[at]);
  if (!purchase) return false;
  const sentence = found.sentence[at];
  return found.someWord(PURPOSE_OPENERS, (opener) => {
    if (opener >= at || at - opener > 10 || found.sentence[opener] !== sentence) return false;
    if (found.tokens[opener] === 'so' && found.tokens[opener + 1] !== 'that') return false;
    return found.positions('microsoft').some((ms) => ms < opener && found.sentence[ms] === sentence) && found.positions('communicate').some((verb) => verb < opener && found.sentence[verb] === sentence);
  });
}

/** Microsoft's aim to move the customer into a direct relationship is its sales approach: marketing, "in general, no". */
function aimsAtDirect(found: Found): boolean {
  return DIRECT_CONCEPTS.some((concept) => found.positions(concept).some((at) => movedInto(found, at) || purposeOfMicrosoft(found, at)));
}
const DIRECT_CONCEPTS: readonly Concept[] = ['direct', 'ownAgreement', 'relationship'];

/** "suggest they switch to buying directly": the word of the move is the approach's, no subscription change. */
function movesIntoDirectAt(found: Found, at: number): boolean {
  if (!MOVE_AIMED.test(found.tokens[at] ?? '')) return false;
  return DIRECT_CONCEPTS.some((concept) => found.positions(concept).some((target) => target > at && target - at <= 6 && movedInto(found, target)));
}

/** A move aimed at the thing at `at`: "Wechsel in ein direktes …", "switch to buying directly", "in einen Direktvertrag überführen". */
function movedInto(found: Found, target: number): boolean {
  const clause = found.clause[target];
  const to = [1, 2, 3].map((back) => target - back).find((at) => at >= 0 && found.clause[at] === clause && TO_WORDS.test(found.tokens[at] ?? ''));
  if (to === undefined) return false;
  // "communicate the move to the customer directly": what goes to the customer is told it; it aims at nothing
  if (found.within('customer', to + 1, target - 1, clause)) return false;
  const aimedAt = (at: number) => found.clause[at] === clause && MOVE_AIMED.test(found.tokens[at] ?? '') && !found.tokens.slice(Math.max(0, at - 2), at).some((word) => MOVE_DONE_BEFORE.test(word));
  // "to pull them out of CSP into a direct deal", "move our customers from CSP to a direct agreement": the place left
  // may stand between the move and where it goes
  const leftBetween = (back: number) => found.tokens.slice(to - back + 1, to).some((token) => FROM_WORDS.test(token));
  return [1, 2, 3].some((back) => aimedAt(to - back)) || [4, 5, 6, 7].some((back) => aimedAt(to - back) && leftBetween(back)) || [1, 2, 3].some((ahead) => aimedAt(target + ahead));
}

/** Who a message goes to when it goes "directly to" them: companies, organisations, people, end users. */
const PARTIES = /^(compan\w*|firm|firms|business\w*|organi[sz]ation\w*|orgs?|people|users?|enterprises?|firmen|unternehmen|betrieb\w*|organisation\w*|leute|nutzer\w*)$/;
/** Selling as an approach (present, infinitive): "wants to sell", "verkaufen will", "sells directly". */
const SELLING_NOW = wordPattern(new RegExp(`^(${[...SELLING_WORDS, 'verkauft', 'sells', 'bietet', 'offers'].join('|')})$`));
const PERFECT = /^(hat|hatte|haben|hatten|has|had|have|wurde|wurden|was|were|ist)$/;

/**
 * "suggest they buy directly from Microsoft", "Empfiehlt Microsoft unseren Kunden, direkt bei Microsoft zu kaufen?":
 * a direct purchase Microsoft advises is its sales approach, not one the customer made.
 */
function advisedDirectPurchase(found: Found, direct: number): boolean {
  const sentence = found.sentence[direct];
  return found.positions('buy').some((buy) => {
    if (Math.abs(buy - direct) > 4 || found.clause[buy] !== found.clause[direct]) return false;
    const first = Math.min(buy, direct);
    return [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].some((back) => {
      const adviser = first - back;
      if (adviser < 0 || found.sentence[adviser] !== sentence || !ADVISING.test(found.tokens[adviser] ?? '')) return false;
      return found.positions('microsoft').some((ms) => Math.abs(ms - adviser) <= 6 && found.sentence[ms] === sentence && !/^(bei|beim|von|vom|from|with|mit)$/.test(found.tokens[ms - 1] ?? ''));
    });
  });
}

/**
 * "dass Microsoft unseren Kunden direkt Dynamics 365 verkaufen will", "Microsoft sells directly to our customers":
 * Microsoft selling or offering is a sales approach, not a purchase the customer made. "Microsoft hat ihm Azure direkt
 * verkauft", "Microsoft sold them Azure directly": a sale made is a purchase.
 */
function microsoftSellingAt(found: Found, direct: number): boolean {
  const clause = found.clause[direct];
  const selling = found.findWord(SELLING_NOW, (at) => Math.abs(at - direct) <= 5 && found.clause[at] === clause && !found.negatedAt(at, 3));
  if (selling < 0) return false;
  const first = Math.min(selling, direct);
  // "Versucht Microsoft, unseren Arztpraxen direkt größere Pakete zu verkaufen?", "Microsoft tries to sell …": the
  // infinitive's subject is that of the verb it hangs on, across the comma
  const infinitive = /^(zu|to)$/.test(found.tokens[selling - 1] ?? '');
  const subject = found.positions('microsoft').some(
    (ms) => ms < first && ((first - ms <= 6 && found.clause[ms] === clause) || (infinitive && first - ms <= 10 && found.sentence[ms] === found.sentence[first]))
  );
  // … and its own words say whether a sale was made: an infinitive clause after the comma its own ("Ist Microsoft
  // berechtigt, … direkt Dynamics zu verkaufen?": "ist" opens the question), and never the next sentence ("Microsoft
  // hat versucht, … zu verkaufen. Ist das erlaubt?")
  const start = found.clause.indexOf(clause ?? -1);
  const from = infinitive && start > 0 ? start : Math.max(0, first - 6);
  const between = found.tokens.slice(from, Math.max(selling, direct) + 3).filter((_token, offset) => found.sentence[from + offset] === found.sentence[first]);
  const madeSale = between.some((token) => PERFECT.test(token)) || between.some((token) => SELLERS_OWN.test(token));
  return subject && !madeSale;
}

const SOLD = wordSet(['sold', 'verkauft']);
/** "Microsoft sold them Azure directly", "Microsoft hat ihm Visio direkt verkauft": a sale made is the customer's purchase. */
function microsoftSoldAt(found: Found, direct: number): boolean {
  const clause = found.clause[direct];
  return found.someWord(SOLD, (at) => {
    const token = found.tokens[at] as string;
    if (Math.abs(at - direct) > 6 || found.clause[at] !== clause || found.negatedAt(at, 3)) return false;
    const first = Math.min(at, direct);
    const subject = found.positions('microsoft').some((ms) => ms < first && first - ms <= 6 && found.clause[ms] === clause);
    const made = token === 'sold' || found.tokens.slice(Math.max(0, first - 6), at).some((word) => PERFECT.test(word));
    return subject && made;
  });
}

/**
 * "Kunde hat … Azure direkt und Microsoft 365 über uns", "has Visio directly": "direct" right after a product, in a
 * sentence that says what the customer has, with no verb of reaching in its clause ("sends the Azure invoice directly").
 */
/** Verbs of getting a thing (get, obtain, receive, bekommen, erhalten, holen): with a product as their object, a purchase. */
const GETTING_VERBS = wordPattern(/^(get|gets|getting|got|gotten|obtain|obtains|obtained|obtaining|acquire[ds]?|acquiring|receive[ds]?|receiving|bekomm\w*|bekam\w*|erhalt\w*|erhaelt|erhielt\w*|hol|hole|holen|holt|holte\w*|geholt)$/);
/** Seats and plans held of a product ("the Power BI Pro seats", "die Visio-Plätze"). */
const HELD_SEATS = /^(seats?|plans?|plaetze|arbeitsplaetze)$/;
/** Words that may stand between a verb of getting and the product it gets ("got the Visio licences", "holten sich die"). */
const GOT_OBJECT_WORDS = /^(the|that|those|these|this|their|his|her|its|our|a|an|all|some|new|der|die|das|den|dem|ihre?[nm]?|seine?[nm]?|alle|sich|\d+)$/;

/**
 * "got the Power BI Pro licences directly from Microsoft", "gets Visio directly from Microsoft", "haben Visio direkt von
 * Microsoft bekommen", "holten sich die Visio-Lizenzen direkt bei Microsoft": a verb of getting whose object is a product
 * (its name, maybe with a word for the holding, right before "directly", and nothing but small words between the verb and
 * the name) and "directly from Microsoft" after it is a direct purchase. A message as the object ("gets the invoice
 * directly from Microsoft", "bekommt die Visio-Rechnung direkt von Microsoft") says how a message goes: not read here.
 */
function gotDirectly(found: Found, at: number): boolean {
  if (!/^(from|von|vom|bei)$/.test(found.tokens[at + 1] ?? '') || !found.at('microsoft', at + 2)) return false;
  const product = found.scanned.products.find((named) => {
    const end = named.at + named.length;
    const holding = found.tokens[end] ?? '';
    return end === at || (end === at - 1 && (GENERIC_HOLDINGS.test(holding) || PRODUCT_TAIL.test(holding) || HELD_SEATS.test(holding)));
  });
  if (product === undefined) return false;
  const clause = found.clause[at];
  return found.someWord(GETTING_VERBS, (verb) => {
    if (found.clause[verb] !== clause || found.negatedAt(verb, 3)) return false;
    // German verb last: "direkt von Microsoft bekommen", "direkt bei Microsoft geholt"
    if (verb > at) return verb === at + 3 || verb === at + 4;
    return verb < product.at && product.at - verb <= 3 && found.tokens.slice(verb + 1, product.at).every((word) => GOT_OBJECT_WORDS.test(word));
  });
}

function holdsDirectly(found: Found, at: number): boolean {
  // "has Visio plans direct from MS", "VS-Abos direkt bei MS": a word for the holding may stand between
  const after = found.scanned.products.some((product) => {
    const end = product.at + product.length;
    return end === at || (end === at - 1 && (GENERIC_HOLDINGS.test(found.tokens[end] ?? '') || PRODUCT_TAIL.test(found.tokens[end] ?? '')));
  });
  if (!after) return false;
  const sentence = found.sentence[at];
  const clause = found.clause[at];
  const says = found.positions('existing').some((other) => other < at && found.sentence[other] === sentence);
  const reaching = [...found.positions('communicate'), ...found.positions('receive')].some((other) => found.clause[other] === clause);
  return says && !reaching;
}

const CONTRAST_WORDS = /^(instead|rather|statt|anstatt)$/;
const MADE_PURCHASE = wordPattern(/^(bought|purchased|ordered|acquired|signed|gekauft|bestellt|erworben|bezogen|gebucht|abgeschlossen)$/);

const MANAGE_VERBS = /^(umstell\w*|umgestellt|upgrade[ds]?|upgrading|downgrade[ds]?|downgrading|cancel\w*|kuendigen|gekuendigt|reduce[ds]?|reducing|reduzier\w*|heruntergestuft|hochgestuft|herabgestuft|suspend\w*|gesperrt|sperren|provision\w*|weiterverkauf\w*|wiederverkauf\w*|weiterberechne\w*|weiterverrechne\w*)$/;
const SELL_VERBS = /^(sell|sells|sold|resell|resells|resold|supply|supplies|supplied|verkaufen|verkauft|liefern|liefert)$/;

/** The cue nearest a product: in its segment ("M365 via us"), else in its clause. */
function channelNear(found: Found, at: number, cues: readonly ChannelCue[], afterFirst = false): ProductChannel {
  return channelEvidence(found, at, cues, afterFirst).channel;
}

/** How a product's channel was found: beside it (its segment, a relative clause) or only somewhere in its clause. */
interface ChannelEvidence {
  channel: ProductChannel;
  close: boolean;
}

/** Words that go on a product's name: an edition, a plan, a licence size ("E3", "Premium per User", "Business Central"). */
/** The edition and plan words that follow a product's name ("Microsoft 365 Business Premium", "Teams Essentials"). */
const EDITION_WORDS = 'business|premium|standard|basic|online|plan|plans|suite|apps|pro|professional|enterprise|essentials';
const PRODUCT_TAIL = new RegExp(`^(${EDITION_WORDS}|central|finance|per|user|[aefgp]\\d)$`);
const MAX_NAME_TAIL = 6;

function channelEvidence(found: Found, at: number, cues: readonly ChannelCue[], afterFirst = false): ChannelEvidence {
  // An echoed verb or noun ("cancels the Defender … they have from us") names its object after it.
  if (afterFirst) {
    // … not a cue right beside another product ("pay as you go subscription angelegt und teams über uns"); a product
    // right after the word is its object or the rest of its name ("5 Power BI Pro by credit card", "M365 E3 aber über uns").
    const ownEnd = at + (found.scanned.products.find((product) => product.at === at)?.length ?? 1);
    const object = found.scanned.products.find((product) => product.at >= ownEnd && product.at <= ownEnd + 1);
    const after = cues.find((cue) => cue.at > at && found.clause[cue.at] === found.clause[at] && !boundToOther(found, cue, object?.at ?? at));
    if (after) return { channel: bothInParallel(found, after, cues) ? 'unknown' : after.channel, close: true };
    // "reduziert die Anzahl Lizenzen, die er über uns hat": the relative clause after the object says how it was bought
    const nextClause = found.clause.indexOf((found.clause[at] ?? 0) + 1);
    const relativePronoun = RELATIVE.test(found.tokens[nextClause + 1] ?? '') && RELATIVE_SUBJECT.test(found.tokens[nextClause + 2] ?? '');
    if (nextClause > at && nextClause - at <= 8 && relativePronoun) {
      const relative = cues.find((cue) => found.clause[cue.at] === found.clause[nextClause + 1]);
      if (relative) return { channel: relative.channel, close: true };
    }
  }
  // A name of several words ("Dynamics 365 Finance", "Power BI Premium per User") is as near to a cue after it as
  // its last word is.
  let end = at + (found.scanned.products.find((product) => product.at === at)?.length ?? 1) - 1;
  while (end < at + MAX_NAME_TAIL && PRODUCT_TAIL.test(found.tokens[end + 1] ?? '')) end++;
  const away = (cue: ChannelCue) => (cue.at > end ? cue.at - end : Math.abs(cue.at - at));
  const closest = (list: readonly ChannelCue[]) =>
    list.reduce<ChannelCue | undefined>((best, cue) => {
      if (!best) return cue;
      const distance = away(cue);
      const bestDistance = away(best);
      // On a tie the cue after the product wins: "M365 via us", "Azure bought directly".
      return distance < bestDistance || (distance === bestDistance && cue.at > at) ? cue : best;
    }, undefined);
  // "… kündigt Teams Phone, das er über uns im CSP bezieht": a relative clause right after says how it was bought.
  const next = found.clause.indexOf((found.clause[at] ?? 0) + 1);
  if (next > at && next - at <= 4 && RELATIVE.test(found.tokens[next + 1] ?? '') && !mainClauseAfter(found, next + 1)) {
    const relative = closest(cues.filter((cue) => found.clause[cue.at] === found.clause[next + 1]));
    if (relative) return { channel: relative.channel, close: true };
  }
  // "the M365 E5 seats are ours via CSP", "M365 läuft über unseren CSP": a cue the product is linked to by a verb
  const linked = linkedCue(found, at, cues);
  if (linked) return { channel: linked.channel, close: true };
  // Only a cue close by speaks for a product: in a run-on sentence, far cues belong to other products; a cue right
  // beside another product ("Intune über uns") is that product's.
  // "Their Premier TAM called about Dynamics licensing": a cue on the other side of a verb of reaching names who
  // reaches, not how the product was bought.
  const acrossReaching = (cue: ChannelCue) =>
    found.positions('communicate').some((verb) => verb > Math.min(cue.at, at) && verb < Math.max(cue.at, at) && !found.at('buy', verb));
  const near = cues.filter((cue) => away(cue) <= PRODUCT_CUE_REACH && !boundToOther(found, cue, at) && !forTheRest(found, cue, at) && !acrossReaching(cue));
  const inSegment = closest(near.filter((cue) => found.segment[cue.at] === found.segment[at]));
  if (inSegment) return { channel: bothInParallel(found, inSegment, cues) ? 'unknown' : inSegment.channel, close: true };
  // "EA (Windows) + CSP (M365)": a name alone between commas (a bracket) right after a channel names what it holds
  const bracketed = found.tokens[at - 1] === CLAUSE_END && isBreak(found.tokens[end + 1] ?? '.');
  const before = bracketed ? cues.find((cue) => cue.at === at - 2) : undefined;
  if (before) return { channel: before.channel, close: true };
  return { channel: closest(near.filter((cue) => found.clause[cue.at] === found.clause[at]))?.channel ?? 'unknown', close: false };
}

/**
 * "devs have VS subs direct from ms rest is csp ms mailing them re vs renewal", "rest csp": a cue right after "the
 * rest", "alles andere" speaks for the other products, not for one named after it in run-on text.
 */
function forTheRest(found: Found, cue: ChannelCue, at: number): boolean {
  if (at < cue.at) return false;
  return [1, 2, 3].some((back) => {
    const position = cue.at - back;
    return position >= 0 && found.clause[position] === found.clause[cue.at] && (THE_REST.test(found.tokens[position] ?? '') || /^(alles|everything)$/.test(found.tokens[position] ?? '') && /^(andere|else)$/.test(found.tokens[position + 1] ?? ''));
  });
}

const LINK_VERBS = /^(is|are|was|were|runs|run|comes|come|bought|purchased|ist|sind|war|laeuft|laufen|lief|kommt|kommen|gekauft|bezogen|gebucht)$/;

/** A cue after the product, joined to it by a verb and nothing else named between ("Azure is bought via CSP"). */
function linkedCue(found: Found, at: number, cues: readonly ChannelCue[]): ChannelCue | undefined {
  const clause = found.clause[at];
  if (!cues.some((cue) => cue.at > at && cue.at <= at + 8 && found.clause[cue.at] === clause)) return undefined;
  const own = found.scanned.products.find((product) => product.at === at);
  let end = at + (own?.length ?? 1);
  let linkSeen = false;
  for (let next = end; next < found.tokens.length && next <= at + 8 && found.clause[next] === clause; next++) {
    const product = found.scanned.products.find((each) => each.at === next);
    // "M365 E5 seats": a product name right after the first belongs to the same thing
    if (product) {
      if (next > end || linkSeen) return undefined;
      end = next + product.length;
      continue;
    }
    const cue = cues.find((each) => each.at === next);
    if (cue) return linkSeen ? cue : undefined;
    const token = found.tokens[next] ?? '';
    // "… gekauft, alles andere läuft über uns": "everything else" or a second verb starts another statement
    if (EVERYTHING.test(token) || THE_REST.test(token) || (linkSeen && LINK_VERBS.test(token))) return undefined;
    if (LINK_VERBS.test(token)) linkSeen = true;
    // "M365 E3 kommt aber von uns": "aber" after the verb is a particle, no new clause
    else if (found.at('softBreak', next) || (found.at('clauseBreak', next) && !(linkSeen && GERMAN_PARTICLE_BUT.test(found.tokens[next] ?? '')))) return undefined;
  }
  return undefined;
}

/**
 * A cue right beside another product than the one at `at` speaks for that product: right after it ("Intune über
 * uns"), or before it with only "for" between ("EA für Windows").
 */
function boundToOther(found: Found, cue: ChannelCue, at: number): boolean {
  const own = Math.abs(cue.at - at);
  return found.scanned.products.some((product) => {
    if (product.at === at || found.clause[product.at] !== found.clause[cue.at]) return false;
    // "Azure via our Azure plan", "Azure über unseren Azure-Plan": the plan is the route of the product before it.
    if (product.at === cue.at && product.at > at && routeBefore(found, product.at)) return false;
    if (product.at < cue.at) {
      const between = found.tokens.slice(product.at + product.length, cue.at);
      return between.length <= 1 && cue.at - product.at < own && !between.some((_token, offset) => found.at('softBreak', product.at + product.length + offset));
    }
    const between = found.tokens.slice(cue.at + 1, product.at);
    return product.at - cue.at < own && between.length <= 1 && between.every((token) => /^(for|fuer|für)$/.test(token));
  });
}

const ROUTE_PREPOSITIONS = /^(via|through|under|over|in|im|ueber|unter|durch|per)$/;
const ROUTE_OWNERS = /^(our|my|the|their|his|her|unser\w*|mein\w*|den|dem|der|ihr\w*|sein\w*)$/;

/** A route preposition right before this position, perhaps with an owner between: "via our", "über unseren", "in CSP". */
function routeBefore(found: Found, at: number): boolean {
  const before = found.tokens[at - 1] ?? '';
  return ROUTE_PREPOSITIONS.test(before) || (ROUTE_OWNERS.test(before) && ROUTE_PREPOSITIONS.test(found.tokens[at - 2] ?? ''));
}

/** Words that join two channel phrases for one product: "im EA und im CSP", "under an EA and in CSP", "or". */
const PARALLEL_JOINERS = /^(and|or|und|oder|in|im|under|unter|the|an|a|einem|einen|dem|den|via|ueber|through|also|auch|as|well|sowie|enrolment|enrollment|agreement|contract|vertrag)$/;

/** "Azure im EA und im CSP": two channel phrases joined by "and" name both channels for the product before them. */
function bothInParallel(found: Found, cue: ChannelCue, cues: readonly ChannelCue[]): boolean {
  return cues.some((other) => {
    if (other.channel === cue.channel || Math.abs(other.at - cue.at) > 5) return false;
    const [from, to] = other.at < cue.at ? [other.at, cue.at] : [cue.at, other.at];
    const between = found.tokens.slice(from + 1, to);
    const joined = between.some((token) => /^(and|or|und|oder|sowie)$/.test(token));
    const onlyJoiners = between.every((token, offset) => PARALLEL_JOINERS.test(token) || found.at('ownAgreement', from + 1 + offset));
    // "on its own card and a CSP subscription": a channel that names a second holding is not a parallel phrase
    const secondHolding = GENERIC_HOLDINGS.test(found.tokens[to + 1] ?? '') || found.scanned.products.some((product) => product.at === to + 1);
    return joined && onlyJoiners && !secondHolding && !found.scanned.products.some((product) => product.at > from && product.at < to);
  });
}

function productsOf(found: Found, cues: readonly ChannelCue[]): Product[] {
  const byName = new Map<string, ChannelEvidence>();
  for (const product of found.scanned.products) {
    const evidence = channelEvidence(found, product.at, cues);
    const known = byName.get(product.name);
    if (known === undefined || known.channel === 'unknown') byName.set(product.name, evidence);
    // "EA for Windows, CSP for M365 … about the EA renewal and the M365 renewal": a cue only somewhere in the
    // clause of a later mention does not outweigh the one right beside the first.
    else if (known.close && !evidence.close) continue;
    else if (evidence.close && !known.close && evidence.channel !== 'unknown') byName.set(product.name, evidence);
    // The same product bought both ways ("Azure under an EA and Azure in CSP"): its name does not say which.
    else if (evidence.channel !== 'unknown' && evidence.channel !== known.channel) byName.set(product.name, { channel: 'unknown', close: true });
  }
  for (const product of found.scanned.products) if (splitHolding(found, product.at)) byName.set(product.name, { channel: 'unknown', close: true });
  // "M365 über uns … wegen eines Upgrades auf E5": a plan of the suite with no channel of its own is held the way the
  // suite is, where one suite is named with its channel (Windows has E plans too).
  const plan = byName.get('E plan');
  if (plan?.channel === 'unknown' && !byName.has('Windows')) {
    const suites = new Set(SUITES.map((name) => byName.get(name)?.channel).filter((channel): channel is ProductChannel => channel !== undefined));
    const [suite] = [...suites];
    if (suites.size === 1 && suite !== 'unknown' && suite !== undefined) byName.set('E plan', { channel: suite, close: false });
  }
  return [...byName].slice(0, 10).map(([name, evidence]) => ({ name, channel: evidence.channel }));
}

/** The suites whose plans the "E plan" names: E3, E5, F3. */
const SUITES = ['Microsoft 365', 'Office 365'];

const PART_OF = /^(part|some|half|parts|teil|teils|haelfte)$/;
const REST_OF_IT = /^(rest|remainder|restlich\w*|uebrig\w*)$/;
/** A share of a holding named after the product: "teils … teils", "partly … partly", "part … part". */
const SHARES = /^(part|parts|partly|partially|half|teils|teilweise|haelfte)$/;
const SHARE_AFTER = wordPattern(/^(part|parts|partly|partially|half|teil|teils|teilweise|haelfte|some|rest|remainder|restlich\w*|uebrig\w*|einmal)$/);

/**
 * "an MCA for part of their Azure and our CSP Azure plan for the rest": a product held partly one way and partly the
 * other, so its name does not say which channel a message about it comes through.
 */
function splitHolding(found: Found, at: number): boolean {
  if (!found.holds(SHARE_AFTER)) return false;
  const part = [1, 2, 3, 4].some((back) => PART_OF.test(found.tokens[at - back] ?? '') && found.sentence[at - back] === found.sentence[at]);
  const after = (test: (token: string) => boolean) =>
    found.tokens.filter((token, other) => other > at && found.sentence[other] === found.sentence[at] && test(token)).length;
  // "part of their Azure on an MCA and part through us", "for part of it … for the rest"
  if (part && after((token) => REST_OF_IT.test(token) || SHARES.test(token)) > 0) return true;
  // "we only manage part of their Azure", "erst einen Teil der Azure-Abos übertragen": the rest is held elsewhere
  const onlyPart = [1, 2, 3, 4].some((back) => PART_OF.test(found.tokens[at - back] ?? '') && [1, 2].some((more) => /^(only|just|nur|erst)$/.test(found.tokens[at - back - more] ?? '')) && found.sentence[at - back] === found.sentence[at]);
  if (onlyPart) return true;
  // "Azure läuft teils direkt über einen MCA, teils über uns", "Azure einmal über ein MCA und einmal über uns",
  // "Azure, partly direct and partly through us": two shares named after the product
  return after((token) => SHARES.test(token)) >= 2 || after((token) => token === 'einmal') >= 2;
}

/** One of the mentions of this product is held partly one way and partly the other. */
function splitNamed(found: Found, name: string): boolean {
  return found.scanned.products.some((product) => product.name === name && splitHolding(found, product.at));
}

/** "also", "zusätzlich": the customer's own agreement held beside what the partner sells it. */
const ALSO = /^(also|too|additionally|zusaetzlich|auch|ebenfalls|daneben|ausserdem|nebenbei)$/;
const SUBORDINATE_OPENERS = /^(wenn|falls|dass|ob|weil|da|sofern|obwohl)$/;
const POSSESSING = /^(has|have|had|having|holds|hat|haben|hatte|hatten|besitzt|with|mit)$/;

/**
 * "Our hospital customer also has an Enterprise Agreement with Microsoft", "hat zusätzlich ein EA": an agreement the
 * customer has besides, which says it also buys through the partner, the asker. Not "may Microsoft also write to EA
 * customers": "also" must go with the customer having it.
 */
function alsoHoldsOwn(found: Found, cues: readonly ChannelCue[]): boolean {
  if (cues.some((cue) => cue.channel === 'csp')) return false;
  return cues.some((cue) => {
    if (!cue.statesOwn) return false;
    const clause = found.clause[cue.at];
    const from = Math.max(0, cue.at - 4);
    const window = found.tokens.slice(from, cue.at + 4).map((token, offset) => (found.clause[from + offset] === clause ? token : '.'));
    const before = window.slice(0, cue.at - from);
    const asWell = found.tokens[cue.at + 1] === 'as' && found.tokens[cue.at + 2] === 'well';
    // "wenn mein Kunde auch ne eigene Geschäftsbeziehung mit Microsoft hat": a German clause under "wenn/dass/ob" puts
    // the verb of having last, after the agreement.
    const subordinate = SUBORDINATE_OPENERS.test(found.tokens[found.clause.indexOf(clause ?? -1)] ?? '') || SUBORDINATE_OPENERS.test(found.tokens[found.clause.indexOf(clause ?? -1) + 1] ?? '');
    const hasLast = subordinate && window.slice(cue.at - from + 1).some((token) => /^(hat|haben|hatte|hatten|besitzt)$/.test(token));
    return (before.some((token) => POSSESSING.test(token)) || hasLast) && (window.some((token) => ALSO.test(token)) || asWell);
  });
}

/**
 * The channel of what the question asks about. The asking clause is the last one that reaches someone; what it
 * names (a product, an agreement, "through us") decides, else what "it"/"those" refers back to, else the one
 * channel the question names. Two channels and nothing to choose between them: unknown.
 */
/**
 * The asking part names a product, and every product it names has no channel of its own ("… about the Intune price
 * change" where only Azure was said to be bought directly).
 */
function askedProductUnsaid(found: Found, products: readonly Product[], inAsking: (at: number) => boolean): boolean {
  const asked = found.scanned.products.filter((product) => inAsking(product.at));
  return asked.length > 0 && asked.every((product) => (products.find((known) => known.name === product.name)?.channel ?? 'unknown') === 'unknown');
}

/**
 * "MPSA für Project Server, Project Plan 3 kommt über uns … die Renewal-Info für Project Plan 3": one product held both
 * ways in two editions. A mention asked about that repeats an earlier mention's edition word for word takes that
 * mention's channel; the name alone says neither.
 */
function editionChannel(found: Found, product: ProductMatch, cues: readonly ChannelCue[], asked: (at: number) => boolean): ProductChannel {
  // The words the name was written with, and an edition word or code right after them ("Plan 3", "P2", "Standard")
  const edition = (mention: ProductMatch) => {
    const next = found.tokens[mention.at + mention.length] ?? '';
    return [...found.tokens.slice(mention.at, mention.at + mention.length), ...(EDITION_CODE.test(next) ? [next] : [])].join(' ');
  };
  const words = edition(product);
  // Only where the mentions name different editions: one edition named twice says nothing new about its channel.
  const mentions = found.scanned.products.filter((other) => other.name === product.name);
  if (new Set(mentions.map(edition)).size < 2) return 'unknown';
  const same = found.scanned.products.filter((other) => other.name === product.name && other.at < product.at && !asked(other.at) && edition(other) === words);
  const channels = new Set(same.map((other) => channelEvidence(found, other.at, cues).channel));
  return channels.size === 1 ? ([...channels][0] as ProductChannel) : 'unknown';
}

const EDITION_CODE = /^([a-z]?\d{1,2}|[a-z]\d?|standard|professional|pro|premium|plus|basic|essentials|business|enterprise|server|online|plan|desktop|cloud)$/;

const EVERY = wordPattern(/^(alle|allen|aller|saemtliche\w*|jede|jedes|jeden|jedem|all|every|each)$/);

/** The first word of a reason or concession given after a comma: "…, weil …", "…, since …". */
const REASON_OPENERS = wordPattern(/^(weil|da|obwohl|zumal|because|since|although|though)$/);

/** The channel of what is asked about, or 'unsaid': a named product whose channel the question does not give. */
type AskedChannel = ProductChannel | 'unsaid' | 'split';

/**
 * "… and gets Microsoft 365 through us", "they get m365 from us", "bekommt Teams über uns": a verb of getting whose
 * object is a product or a holding, with the channel right after it, states how something is bought, not a message
 * received. Such a verb does not mark the part of the question that asks.
 */
function holdingGot(found: Found, verb: number): boolean {
  if (!found.at('receive', verb)) return false;
  const clause = found.clause[verb];
  let end = verb + 1;
  while (end <= verb + 3 && found.clause[end] === clause && /^(also|too|auch|noch|all|alle|alles|their|his|her|its|seine?n?|ihre?n?|die|der|den|das)$/.test(found.tokens[end] ?? '')) end++;
  const channelAt = (at: number) => found.clause[at] === clause && (found.at('throughUs', at) || found.at('csp', at) || found.at('direct', at));
  const product = found.scanned.products.find((named) => named.at === end);
  const objectEnd = product ? end + product.length : GENERIC_HOLDINGS.test(found.tokens[end] ?? '') ? end + 1 : -1;
  if (objectEnd >= 0 && [objectEnd, objectEnd + 1].some(channelAt)) return true;
  // "Teams bekommt er von uns", "M365 they get from us": the product put before the verb, its subject after or before
  const before = found.scanned.products.some((named) => named.at + named.length === verb || (named.at + named.length === verb - 1 && RELATIVE_SUBJECT.test(found.tokens[verb - 1] ?? '')));
  const subjectAfter = RELATIVE_SUBJECT.test(found.tokens[verb + 1] ?? '') ? verb + 2 : verb + 1;
  return before && [subjectAfter, subjectAfter + 1].some(channelAt);
}

/**
 * Where the part of a clause that holds what was received starts: after the last "und/and" or clause start before the
 * sender ("… gekauft und jetzt dazu eine Rechnung von Microsoft bekommen" starts at "jetzt"). Not past six words.
 */
function receivedFrom(found: Found, sender: number): number | undefined {
  const clause = found.clause[sender];
  for (let at = sender - 1; at >= Math.max(0, sender - 6); at--) {
    if (found.clause[at] !== clause || isBreak(found.tokens[at] ?? '.') || /^(und|and)$/.test(found.tokens[at] ?? '')) return at + 1 < sender ? at + 1 : undefined;
  }
  return undefined;
}

/** A true-up, however typed: "true-up", "true ups", "Trueup". */
const TRUE_UP = wordPattern(/^(true|trueups?)$/);

/**
 * "Kindly confirm this is ok.", "Please confirm if …", "Bitte bestätigen, ob …": an order to the one answering to
 * confirm, not Microsoft confirming something to the customer.
 */
const CONFIRM = wordPattern(/^(confirm|bestaetigen|bestaetige|bestaetigt)$/);

function confirmOrder(found: Found, at: number): boolean {
  if (!CONFIRM.test(found.tokens[at] ?? '')) return false;
  const before = found.tokens[at - 1];
  const opens = before === undefined || isBreak(before) || /^(kindly|please|pls|plz|bitte|you|sie|mir|me)$/.test(before);
  // "Bitte bestätigen, ob das passt": the comma before its clause
  const next = isBreak(found.tokens[at + 1] ?? '.') && found.tokens[at + 1] !== SENTENCE_END ? found.tokens[at + 2] : found.tokens[at + 1];
  return opens && /^(this|that|it|if|whether|ob|dass|das|mir|me|us|uns|kurz)$/.test(next ?? '');
}

/** The verbs of reaching and receiving that can mark the asked part, with "who": not a product got through a channel. */
function reachingVerbs(found: Found): number[] {
  const all = [...found.positions('communicate'), ...found.positions('receive'), ...found.positions('who')];
  if (!found.has('receive') && !found.holds(CONFIRM)) return all;
  return all.filter((at) => !holdingGot(found, at) && !confirmOrder(found, at));
}

const SUBJECT_LABEL = wordSet(['subject', 'betreff']);
const THERE = wordSet(['da']);
function askedChannel(found: Found, cues: readonly ChannelCue[], products: readonly Product[], otherImplied = false): AskedChannel {
  if (cues.length === 0) return 'unknown';
  const reaching = reachingVerbs(found);
  const lastSentence = found.sentence[found.tokens.length - 1] ?? 0;
  const asking = reaching.length > 0 ? Math.max(...reaching.map((at) => found.sentence[at] ?? 0)) : lastSentence;
  // The asking part starts at its first verb of reaching, or at Microsoft before it ("… via us CSP will MS contact him
  // about the EA", "Darf Microsoft ihn zum EA-True-up ansprechen"): what the sentence said before is context.
  const inSentence = reaching.filter((at) => found.sentence[at] === asking);
  // Of several clauses ("since Microsoft already sends the EA invoices, will they also send …"), the last one asks.
  const lastClause = inSentence.length > 0 ? Math.max(...inSentence.map((at) => found.clause[at] ?? 0)) : -1;
  const verbs = inSentence.filter((at) => found.clause[at] === lastClause);
  const verb = verbs.length > 0 ? Math.min(...verbs) : found.sentence.indexOf(asking);
  // "The MCS project manager sends them …", "der EA-Ansprechpartner schreibt": the agreement's people act for Microsoft.
  const agreementActs = found.positions('ownAgreement').filter((at) => at < verb && verb - at <= 4 && found.clause[at] === lastClause);
  // Microsoft as the subject of the asking verb: not one something was bought from before it ("… direkt bei
  // Microsoft gekauft alles andere über uns jetzt schickt Microsoft …" run together without commas).
  // "Wird Microsoft ihn über seine über CSP bezogenen Lizenzen informieren": a purchase word before a noun describes it.
  const purchaseBetween = (at: number) => found.positions('buy').some((buy) => buy > at && buy < verb && !ATTRIBUTIVE_PARTICIPLE.test(found.tokens[buy] ?? ''));
  const seller = (at: number) => SELLER_PREPOSITIONS.test(found.tokens[at - 1] ?? '') && found.within('buy', at + 1, verb - 1);
  // "… an die Verlängerung seines eigenen Enterprise Agreements mit Microsoft erinnern": Microsoft as the other party of
  // an agreement named right before it is no subject
  const party = (at: number) =>
    /^(mit|with)$/.test(found.tokens[at - 1] ?? '') && [at - 2, at - 3].some((before) => found.at('ownAgreement', before) || found.at('relationship', before));
  const subjectOfVerb = (at: number) => at < verb && found.clause[at] === lastClause && !purchaseBetween(at) && !seller(at) && !party(at);
  const subject = [...found.positions('microsoft').filter(subjectOfVerb), ...agreementActs];
  // "Ist Microsoft berechtigt, ihm eine Offerte für die Erweiterung der CSP-Abonnemente zu senden?": an infinitive
  // clause after the comma holds the whole asked object before its verb.
  // "Darf sein CSAM ihn wegen des Support-Vertrags direkt kontaktieren?": a German verb at the end of its clause, with
  // no Microsoft before it, has what it is about in the clause before the verb.
  const infinitiveClause = () => {
    const verbLast = isBreak(found.tokens[verb + 1] ?? '.') && found.clause[verb] === lastClause;
    if (found.tokens[verb - 1] !== 'zu' && !verbLast) return undefined;
    if (verbLast && found.tokens[verb - 1] !== 'zu') {
      const start = found.clause.indexOf(found.clause[verb] ?? -1);
      const first = isBreak(found.tokens[start] ?? '') ? start + 1 : start;
      return first >= 0 && first < verb && verb - first <= 12 ? first : undefined;
    }
    const start = found.clause.indexOf(found.clause[verb] ?? -1);
    const first = isBreak(found.tokens[start] ?? '') ? start + 1 : start;
    return first >= 0 && first < verb && found.positions('microsoft').some((ms) => ms < first && found.sentence[ms] === asking) ? first : undefined;
  };
  // "Wird die Intune-Rechnung von Microsoft verschickt?": Microsoft as the agent of a passive is no subject that opens the asked part.
  const agentOnly = subject.length > 0 && subject.every((at) => AGENT_PREPOSITIONS.test(found.tokens[at - 1] ?? ''));
  const opened = subject.length === 0 || agentOnly ? (questionOpened(found, verb) ?? (agentOnly ? passiveClauseOpened(found, verb) : undefined)) : undefined;
  // "… und jetzt dazu eine Rechnung von Microsoft bekommen": with Microsoft only the sender of what is received, what is
  // received stands before it, from where its part of the clause starts
  const received = agentOnly && opened === undefined && found.at('receive', verb) ? receivedFrom(found, Math.max(...subject)) : undefined;
  const from = opened ?? received ?? (subject.length > 0 ? Math.max(...subject) : frontedObject(found, verb) ?? infinitiveClause() ?? verb);
  // A forwarded mail's "Subject:"/"Betreff:" line names what "that mail" is about.
  const subjectLine = found.findWord(SUBJECT_LABEL, (at) => isBreak(found.tokens[at + 1] ?? '.'));
  const subjectSentence = subjectLine >= 0 ? found.sentence[subjectLine] : -1;
  // "…, obwohl seine Abos über uns laufen", "although …": a concession after the question is context, not what is asked.
  const concession = found.positions('clauseBreak').find((at) => at > from && found.sentence[at] === asking);
  // "… informiert MS den Kunden, Rest läuft über CSP": what "the rest" is bought through is not what is asked.
  const rest = found.findWord(THE_REST, (at) => at > from && found.sentence[at] === asking);
  const held = holdingStatedAfter(found, cues, verb, asking);
  // "…, weil es ja schon ein EA gibt?", "…, since they have an EA": the reason given after the question is context.
  const reason = found.findWord(REASON_OPENERS, (at) => at > from && found.tokens[at - 1] === CLAUSE_END && found.sentence[at] === asking);
  // "… about their EA renewal when they also buy Copilot from us?", "…, wenn er Copilot über uns bezieht?": a condition
  // that states a holding with its channel is context; one that names an event ("when I reduce the seats") is asked.
  const condition = found.findWord(CONDITION_OPENERS, (at) => at > from && found.sentence[at] === asking && holdingCondition(found, cues, at));
  const until = Math.min(
    concession ?? found.tokens.length,
    rest >= 0 ? rest : found.tokens.length,
    held ?? found.tokens.length,
    reason >= 0 ? reason : found.tokens.length,
    condition >= 0 ? condition : found.tokens.length
  );
  // "For the credit card ones, does Microsoft send the invoice?", "Für die übertragenen Abos: schreibt Microsoft …":
  // a phrase put before the asking clause, set off by a comma, names what it asks about.
  // "Zur Verlängerung des Azure-Plans darf Microsoft ihm …", "Über die Preisanpassung bei E5 informiert Microsoft …": the
  // phrase German puts before its finite verb, with Microsoft right after that verb; "Wenn die Kiosk-Lizenzen teurer
  // werden, schreibt Microsoft ihm?", "If the Visio price goes up, will Microsoft tell them?": a condition before the
  // asking clause names the event asked about (one that states a holding with its channel is context).
  const fronted =
    frontedPhraseBefore(found, from) ??
    (subject.length > 0 && !agentOnly ? frontedBeforeFinite(found, Math.max(...subject)) : undefined) ??
    conditionBefore(found, cues, opened ?? from) ??
    (subject.length > 0 && !agentOnly ? auxiliaryOpened(found, Math.max(...subject)) : undefined);
  const inAsking = (at: number) => (at >= (fronted ?? from) && at < until && found.sentence[at] === asking) || found.sentence[at] === subjectSentence;
  // "Should the Microsoft consultants be discussing …": Microsoft's people before the verb act; they are not the matter.
  // Only the nouns right after "Microsoft" ("consultants", "-Berater"): German puts its object there too, before the verb.
  const subjectEnd = (() => {
    if (!found.at('microsoft', from)) return from;
    let end = from + 1;
    while (end < verb && end <= from + 2 && !FUNCTION_WORDS.has(found.tokens[end] ?? '') && !isBreak(found.tokens[end] ?? '.') && !found.scanned.matches.some((match) => match.at === end)) end++;
    return end;
  })();
  const inSubject = (at: number) => at > from && at < subjectEnd;
  const ownCues = cues.filter((cue) => cue.channel === 'non-csp');
  const azurePlanOnly =
    products.some((known) => known.name === 'Azure plan' && known.channel === 'csp') &&
    ownCues.some((cue) => SERVICE_AGREEMENTS.test(found.tokens[cue.at] ?? '')) &&
    ownCues.every((cue) => SERVICE_AGREEMENTS.test(found.tokens[cue.at] ?? '') || DIRECT_ADVERBS.test(found.tokens[cue.at] ?? ''));
  const namedWhere = (keep: (at: number) => boolean) => {
    const channels = new Set<ProductChannel>(cues.filter((cue) => keep(cue.at)).map((cue) => cue.channel));
    for (const product of found.scanned.products) {
      if (!keep(product.at)) continue;
      const held = products.find((known) => known.name === product.name)?.channel ?? 'unknown';
      const channel = held === 'unknown' ? editionChannel(found, product, cues, keep) : held;
      if (channel !== 'unknown') channels.add(channel);
      // "Azure über MCA-E und zusätzlich einen Azure Plan bei uns … wegen der Azure-Kosten": Azure consumed under the
      // partner's Azure plan is Azure too, so Azure asked by its name alone may be either
      // (not where the asked part names the direct agreement itself: "about the MCA Azure invoice")
      const agreementAsked = cues.some((cue) => cue.channel === 'non-csp' && cue.statesOwn && keep(cue.at) && cue.at !== product.at);
      if (product.name === 'Azure' && channel === 'non-csp' && !agreementAsked && found.scanned.products.some((other) => other.name === 'Azure plan' && !keep(other.at))) channels.add('csp');
      // "Unified Support direkt, Azure plan bei uns … die Azure-Rechnung": with the customer's own relationship only a
      // support or consulting agreement, which holds no Azure, Azure asked by its name is what runs under the partner's
      // Azure plan
      if (product.name === 'Azure' && channel === 'unknown' && azurePlanOnly) channels.add('csp');
    }
    return channels;
  };
  // "Their Premier TAM called about Dynamics licensing": the agreement's people are who calls; what they call about,
  // when the asking part names it, is the matter.
  // Only an agreement named with its people ("Premier TAM", "EA account team"): German puts its object before the verb
  // too ("über sein Publisher-Konto kommunizieren"), and that is what is asked about.
  const actors = new Set(agreementActs.filter((at) => found.tokens.slice(at + 1, at + 3).some((token) => AGREEMENT_PEOPLE.test(token))));
  const namedMatter = namedWhere((at) => inAsking(at) && !actors.has(at));
  const named = actors.size > 0 && namedMatter.size > 0 ? namedMatter : namedWhere(inAsking);
  // "Azure teils über ein MCA, teils über uns … zu den Azure-Kosten": a product held both ways, asked about with no
  // channel said in the asking part, may be either.
  if (named.size === 0 && found.scanned.products.some((product) => inAsking(product.at) && splitNamed(found, product.name))) return 'split';
  // "Customer with a direct Unified Support contract: … about the support contract renewal and about the Azure
  // reservations bought through us": a contract named in the asking part is the customer's own agreement stated before.
  const ownStated = cues.some((cue) => cue.statesOwn);
  const ownContract = found.positions('relationship').some(
    (at) =>
      inAsking(at) &&
      !found.negatedAt(at, 3) &&
      !cues.some((cue) => cue.channel === 'csp' && Math.abs(cue.at - at) <= 2) &&
      // "für welchen Vertrag", "which agreement": asks which, names none
      !found.tokens.slice(Math.max(0, at - 2), at).some((token) => /^(welch\w*|which|what|whichever)$/.test(token)) &&
      // "about their contracts", "zu Ihrem Vertrag", "zu den Verträgen", "Infos zur Vertragsverlängerung", "the contract
      // renewal" beside CSP: the bare word fits either channel (CSP subscriptions are contracts too)
      !(bareContract(found, at) && cues.some((cue) => cue.channel === 'csp'))
  );
  if (ownStated && ownContract) named.add('non-csp');
  // "One customer has an EA … The EA true-up paperwork – does Microsoft deal with them on that?", "wegen des True-ups":
  // a true-up is the yearly count of an Enterprise Agreement, so beside the customer's own agreement it is that
  // agreement's matter.
  if (ownStated && found.someWord(TRUE_UP, (at) => inAsking(at) && (found.tokens[at] !== 'true' || /^ups?$/.test(found.tokens[at + 1] ?? '')))) named.add('non-csp');
  if (named.size > 1) return 'unknown';
  // "quatscht Microsoft den dann zu allen Abos an?", "about all their subscriptions": every holding of a customer with
  // an agreement of its own takes in both channels.
  const everyHolding = (at: number) =>
    inAsking(at) && EVERY.test(found.tokens[at] ?? '') && [at + 1, at + 2].some((next) => found.at('billingWeak', next) || GENERIC_HOLDINGS.test(found.tokens[next] ?? ''));
  if (cues.some((cue) => cue.channel === 'non-csp') && found.someWord(EVERY, everyHolding)) return 'unknown';
  // "… die Verlängerung des Support-Vertrags und einen Newsletter zu Microsoft 365-Angeboten. Beides in Ordnung?": the
  // question asks about both parts, and one of them names a product not said to be bought directly
  if (named.size === 1 && named.has('non-csp') && bothAsked(found)) {
    const otherPart = found.scanned.products.some((product) => inAsking(product.at) && (products.find((known) => known.name === product.name)?.channel ?? 'unknown') !== 'non-csp');
    if (otherPart) return 'unknown';
  }
  if (named.size === 1) {
    const [only] = [...named] as ProductChannel[];
    // An echo can only name the other channel when the question names both somewhere.
    if (cues.every((cue) => cue.channel === only)) return only as ProductChannel;
    // Only words of a part that names no channel itself: "about the Open Value renewal" is one part, not an echo.
    const namingSegments = new Set([...cues.map((cue) => cue.at), ...found.scanned.products.map((product) => product.at)].filter(inAsking).map((at) => found.segment[at]));
    const echoedOther = echoedChannel(found, cues, products, fronted ?? from, (at) => inAsking(at) && !namingSegments.has(found.segment[at]) && !inSubject(at));
    const [channel] = [...named] as ProductChannel[];
    // "about the support contract renewal and about the Azure reservations they bought through us": a part that
    // echoes the other channel makes two parts, one per channel.
    return echoedOther !== 'unknown' && echoedOther !== channel ? 'unknown' : (channel as ProductChannel);
  }
  const echoed = echoedChannel(found, cues, products, fronted ?? from, (at) => inAsking(at) && !inSubject(at));
  if (echoed !== 'unknown') return echoed;
  // "about it", "dazu": refers back; "this customer", "those licences" name something instead.
  // "is that ok?", "ist das korrekt?": "that" stands for what happened, which the pronoun rule below reads.
  const judged = (at: number) => found.within('wondering', at + 1, at + 2) || /^(is|was|ist|war)$/.test(found.tokens[at - 1] ?? '');
  const refersBack = found.positions('anaphor').some(
    (at) =>
      inAsking(at) &&
      !found.at('customer', at + 1) &&
      !found.scanned.products.some((product) => product.at === at + 1) &&
      !judged(at) &&
      // "for that app", "zu diesem Vertrag": a determiner before a noun names the thing, which the echo above reads
      !determinerBeforeNoun(found, at) &&
      // "send them that": a pronoun standing alone for what was sent, which the pronoun rule below reads
      !(POINTING_PRONOUN.test(found.tokens[at] ?? '') && pronounAlone(found, at))
  );
  if (refersBack) {
    // What "it", "that", "dazu" stand for: the last clause before that names a matter, when it names one channel;
    // a clause that names both ("VS direct and M365 via us got an email …") leaves it open.
    const anaphor = found.positions('anaphor').find((at) => inAsking(at)) ?? from;
    const pointedTo = channelOfLastMatter(found, cues, products, anaphor);
    if (pointedTo) return pointedTo;
    const before = cues.filter((cue) => cue.at < from);
    const last = before[before.length - 1];
    const lastClause = before.filter((cue) => found.clause[cue.at] === found.clause[last?.at ?? -1]);
    // "M365 läuft über uns. Die Kartenzahlung ist fehlgeschlagen – darf Microsoft ihn dazu anschreiben?": a matter
    // named after the last channel, with no channel of its own, is what "dazu" points to; that channel is not its
    const matterAfter = (cue: ChannelCue) =>
      found.tokens.some(
        (_token, at) =>
          at < anaphor &&
          found.clause[at] !== found.clause[cue.at] &&
          found.clause[at] !== found.clause[anaphor] &&
          at > cue.at &&
          (['billing', 'operational', 'marketing', 'creditCard'] as const).some((concept) => found.at(concept, at))
      );
    if (last && lastClause.every((cue) => cue.channel === last.channel) && !matterAfter(last)) return last.channel;
  }
  // "Würde MS da anrufen?", "redet Microsoft da mit ihm?": German "da" right after Microsoft or right before the verb of
  // reaching points back like "dazu" (not "da" opening a clause: "da er ein EA hat")
  const there = found.findWord(
    THERE,
    (at) =>
      inAsking(at) &&
      !isBreak(found.tokens[at - 1] ?? '.') &&
      (found.at('microsoft', at - 1) || (found.at('communicate', at + 1) && DE_BRACKET_CLOSER.test(found.tokens[at + 1] ?? '') && isBreak(found.tokens[at + 2] ?? '.')))
  );
  if (there >= 0) {
    const pointedTo = channelOfLastMatter(found, cues, products, there);
    if (pointedTo) return pointedTo;
  }
  const pronoun = found.findWord(POINTING_PRONOUN, (at) => inAsking(at) && pronounAlone(found, at));
  if (pronoun >= 0) {
    const pointedTo = channelOfLastMatter(found, cues, products, pronoun);
    if (pointedTo) return pointedTo;
  }
  const channels = new Set(cues.map((cue) => cue.channel));
  // "Kunde hat EA für Azure direkt und Intune [über uns, mistyped or in words the lexicon lacks]. Teilt Microsoft ihm die
  // Intune-Lizenzanzahl mit?": the asked product is named and nothing says how it was bought; the one channel the
  // question names belongs to something else, so it does not say this product's channel (a possible direct
  // agreement beside an unsaid product: depends, RULES.md).
  if (channels.has('non-csp') && channels.size === 1 && askedProductUnsaid(found, products, inAsking)) return 'unsaid';
  // "Our customer also has an EA. Will Microsoft contact them about their licences?": the partner's channel is implied
  if (channels.size === 1 && !otherImplied) return (cues[0] as ChannelCue).channel;
  return matterBefore(found, cues, products, asking, lastClause) ?? matterOfWhatHappened(found, cues) ?? catchAll(found, cues, inAsking) ?? 'unknown';
}

const BOTH = wordPattern(/^(beides|both)$/);

/** "Beides in Ordnung?", "Are both OK?", "Both allowed?": the last sentence asks about both parts at once. */
function bothAsked(found: Found): boolean {
  if (!found.holds(BOTH)) return false;
  const last = found.sentence[found.tokens.length - 1];
  return found.someWord(BOTH, (at) => found.sentence[at] === last && !found.scanned.products.some((product) => product.at === at + 1) && !found.at('customer', at + 1));
}

const AGENT_PREPOSITIONS = /^(von|vom|by|from)$/;

/**
 * "Kommt die Intune-Verlängerungsinfo von Microsoft an den Verein?", "Does the Intune renewal notice come from
 * Microsoft?": a question opened by its verb holds what it asks about between that verb and the word of reaching,
 * with no Microsoft before it; the asked part starts at the opening verb.
 */
function questionOpened(found: Found, verb: number): number | undefined {
  const clauseStart = found.clause.indexOf(found.clause[verb] ?? -1);
  const start = isBreak(found.tokens[clauseStart] ?? '') ? clauseStart + 1 : clauseStart;
  // (a verb of receiving holds the receiver and what is received before the participle: "Bekommt der Kunde die
  // Preisänderung zu Teams Premium von Microsoft mitgeteilt?")
  if (start < 0 || start >= verb || verb - start > (found.at('receive', start) ? 10 : 8) || found.sentence[start] !== found.sentence[verb]) return undefined;
  if (start > 0 && !isBreak(found.tokens[start - 1] ?? '.')) return undefined;
  // … or by a verb of receiving: "Kriegt der Kunde die Preisänderung zu Teams Premium von Microsoft mitgeteilt?"
  return VERB_FIRST.test(found.tokens[start] ?? '') || found.at('receive', start) ? start : undefined;
}

/**
 * "Wird der Endkunde, der neben seinen CSP-Lizenzen einen Unified-Vertrag hat, wegen dieses Vertrags vom Hersteller
 * angesprochen?", "Is the customer, who also has an EA, contacted by Microsoft about that EA?": a passive question opened
 * by its auxiliary, with a clause between that describes who is reached; the last clause, up to the participle, holds what
 * is asked about. Where that clause starts.
 */
function passiveClauseOpened(found: Found, verb: number): number | undefined {
  const sentence = found.sentence[verb];
  let first = verb;
  while (first > 0 && found.sentence[first - 1] === sentence && found.tokens[first - 1] !== SENTENCE_END) first--;
  if (!VERB_FIRST.test(found.tokens[first] ?? '') || found.clause[first] === found.clause[verb]) return undefined;
  const clauseStart = found.clause.indexOf(found.clause[verb] ?? -1);
  const start = isBreak(found.tokens[clauseStart] ?? '') ? clauseStart + 1 : clauseStart;
  return start > first && start < verb && verb - start <= 12 ? start : undefined;
}

/**
 * "Is the Visual Studio renewal something Microsoft communicates about?", "Ist die Preisänderung bei Teams etwas, worüber
 * Microsoft informiert?": a question opened by an auxiliary whose own subject is the matter, with Microsoft the subject
 * of a later verb: the matter between them is asked about. Where the question starts.
 */
function auxiliaryOpened(found: Found, subject: number): number | undefined {
  const sentence = found.sentence[subject];
  let start = subject;
  while (start > 0 && found.sentence[start - 1] === sentence && !(found.tokens[start - 1] === SENTENCE_END)) start--;
  if (subject - start < 3 || subject - start > 12 || !VERB_FIRST.test(found.tokens[start] ?? '')) return undefined;
  const names = found.scanned.products.some((product) => product.at > start && product.at < subject) || found.within('billing', start + 1, subject - 1);
  const acts = (['customer', 'partner', 'buy', 'communicate', 'receive', 'microsoft', 'throughUs'] as const).some((concept) => found.within(concept, start + 1, subject - 1));
  return names && !acts ? start : undefined;
}

/** A finite German verb that may stand second, before Microsoft as its subject: a modal, an auxiliary, a verb of reaching. */
const FINITE_BEFORE_SUBJECT = wordPattern(
  /^(darf|duerfen|durfte|duerfte|kann|koennen|koennte|wird|werden|wuerde|soll|sollte|muss|muesste|will|hat|ist|kommuniziert|kontaktiert|informiert|meldet|schreibt|schickt|spricht|redet|sendet|verschickt|benachrichtigt|erinnert|teilt|ruft|wendet|stellt)$/
);

/**
 * "Zur Verlängerung des Azure-Plans darf Microsoft ihm nichts schicken?", "Über die Preisanpassung bei E5 informiert
 * Microsoft ihn?", "Wegen des True-ups im EA darf Microsoft ihn anschreiben?": a German sentence opened by a
 * prepositional phrase (or a noun phrase with its article) before its finite verb, Microsoft right after that verb as its
 * subject: the phrase is what the question is about. Where it starts, when it names a product or a matter and no one
 * acting, buying or holding (a phrase that names nothing adds nothing to what is asked).
 */
function frontedBeforeFinite(found: Found, subject: number): number | undefined {
  const finite = subject - 1;
  if (!FINITE_BEFORE_SUBJECT.test(found.tokens[finite] ?? '') || found.clause[finite] !== found.clause[subject]) return undefined;
  let start = finite;
  while (start > 0 && !isBreak(found.tokens[start - 1] ?? '.') && finite - start < FRONTED_REACH) start--;
  if (start === finite || (start > 0 && !isBreak(found.tokens[start - 1] ?? '.'))) return undefined;
  const opener = found.tokens[start] ?? '';
  if (!FRONTED_PREPOSITIONS.test(opener) && !ARTICLES.test(opener)) return undefined;
  const acts = (['existing', 'customer', 'partner', 'buy', 'communicate', 'receive', 'microsoft', 'throughUs', 'negation'] as const).some((concept) =>
    found.within(concept, start, finite - 1)
  );
  return acts ? undefined : start;
}

/**
 * "Wenn die Kiosk-Lizenzen teurer werden, schreibt Microsoft ihm?", "If their Visio price goes up, will Microsoft tell
 * them?": a condition set off by a comma right before the asking clause (which it opens with its verb or with
 * Microsoft) names the event asked about. Not a condition that states a holding with its channel ("wenn er Copilot über
 * uns bezieht"): that is context. Where it starts.
 */
function conditionBefore(found: Found, cues: readonly ChannelCue[], from: number): number | undefined {
  const clause = found.clause[from] ?? -1;
  const breakAt = found.clause.indexOf(clause);
  if (breakAt <= 0 || found.tokens[breakAt] !== CLAUSE_END || found.sentence[breakAt - 1] !== found.sentence[from]) return undefined;
  // Only the asking clause's own start: its verb or Microsoft, after at most an auxiliary ("will Microsoft").
  for (let at = breakAt + 1; at < from; at++) if (!VERB_FIRST.test(found.tokens[at] ?? '') && !FINITE_BEFORE_SUBJECT.test(found.tokens[at] ?? '') && !found.at('communicate', at)) return undefined;
  const before = found.clause.indexOf(clause - 1);
  const start = isBreak(found.tokens[before] ?? '') ? before + 1 : before;
  if (before < 0 || found.sentence[start] !== found.sentence[from] || breakAt - start > 12 || !CONDITION_OPENERS.test(found.tokens[start] ?? '')) return undefined;
  if (holdingCondition(found, cues, start)) return undefined;
  const names =
    found.scanned.products.some((product) => product.at > start && product.at < breakAt) ||
    (['billing', 'billingWeak', 'ownAgreement', 'relationship', 'creditCard'] as const).some((concept) => found.within(concept, start + 1, breakAt - 1));
  const reaches = (['communicate', 'receive', 'microsoft'] as const).some((concept) => found.within(concept, start + 1, breakAt - 1));
  return names && !reaches ? start : undefined;
}

/** "as for", "what about", "und für": words that may come before a fronted preposition at a sentence's start. */
/** Light verbs that open a question with a noun of reaching after them: "Macht Microsoft Kommunikation über …". */
const OPENING_LIGHT_VERBS = /^(macht|machen|mach|fuehrt|fuehren)$/;
const FRONTED_LEADS = /^(and|und|but|aber|as|what|how|und|also|now|nun|jetzt|then|dann|und)$/;

/**
 * "For the credit card ones, does Microsoft send the invoice?", "Für die acht übertragenen Abos: schickt Microsoft …",
 * "And for the three that stay on the EA, …": a prepositional phrase opening the sentence and set off by a comma (or a
 * colon) before the asking clause belongs to what is asked. Returns where it starts.
 */
function frontedPhraseBefore(found: Found, from: number): number | undefined {
  const clause = found.clause[from] ?? -1;
  const breakAt = found.clause.indexOf(clause);
  if (breakAt <= 0 || found.tokens[breakAt] !== CLAUSE_END || found.sentence[breakAt - 1] !== found.sentence[from]) return undefined;
  // Only the asking clause's own start: "For the transferred ones, can Microsoft …", not one deep inside it.
  // … opened by its verb: an auxiliary, a verb of reaching, or the light verb of "macht Microsoft Kommunikation über …"
  const opener = (at: number) => VERB_FIRST.test(found.tokens[at] ?? '') || FRONTED_LEADS.test(found.tokens[at] ?? '') || OPENING_LIGHT_VERBS.test(found.tokens[at] ?? '') || found.at('communicate', at);
  for (let at = breakAt + 1; at < from; at++) if (!opener(at)) return undefined;
  // The clause before it: "Question: for the 14 transferred ones, …" has its label as a clause of its own.
  let before = found.clause.indexOf(clause - 1);
  let start = isBreak(found.tokens[before] ?? '') ? before + 1 : before;
  if (before < 0 || found.sentence[start] !== found.sentence[from]) return undefined;
  // "Für die Intune Lizenzen von uns (CSP) – macht Microsoft …": a short aside in brackets after the phrase is part of it
  const aside = breakAt - start <= 2 && !FRONTED_PREPOSITIONS.test(found.tokens[start] ?? '') && found.tokens[before] === CLAUSE_END;
  if (aside) {
    const earlier = found.clause.indexOf(clause - 2);
    const earlierStart = isBreak(found.tokens[earlier] ?? '') ? earlier + 1 : earlier;
    if (earlier >= 0 && found.sentence[earlierStart] === found.sentence[from]) {
      before = earlier;
      start = earlierStart;
    }
  }
  while (FRONTED_LEADS.test(found.tokens[start] ?? '') && start < breakAt) start++;
  if (!FRONTED_PREPOSITIONS.test(found.tokens[start] ?? '') || breakAt - start > 12 || (found.clause[start] !== found.clause[breakAt - 1] && !aside)) return undefined;
  // "For the Visio licences from us, …": the partner inside a channel phrase acts for no one
  const channelPhrase = (at: number) => found.scanned.matches.some((match) => match.concept === 'throughUs' && match.at <= at && at < match.at + (match.span ?? 1));
  const acts = (['communicate', 'receive', 'microsoft', 'customer', 'partner'] as const).some((concept) =>
    found.positions(concept).some((at) => at >= start && at <= breakAt - 1 && !channelPhrase(at))
  );
  return acts ? undefined : start;
}

/** The people of an agreement, who act for Microsoft: "Premier TAM", "Unified CSAM", "EA account team". */
const AGREEMENT_PEOPLE = /^(tam|tams|csam|csams|csm|am|manager\w*|team\w*|consultants?|berater\w*|ansprechpartner\w*|staff|reps?|engineers?|architects?|projektleit\w*|pm)$/;

/** A contract named by the bare word, which CSP has too: "their contracts", "Ihrem Vertrag". */
/** Contract talks in one German word: "Vertragsgespräche", "Vertragsverhandlungen", "Vertragstermin". */
const CONTRACT_TALKS = /^vertrags(gespraech|verhandlung|termin|besprechung|meeting|call)\w*$/;
const BARE_CONTRACT = /^(contracts?|agreements?|vertrag|vertrags|vertraege|vertraegen|vereinbarung|vereinbarungen)$/;
/** A compound on the bare word: "Vertragsverlängerung", "Vertragslaufzeit", "Vertragsende". */
const CONTRACT_COMPOUND = /^(vertrags|vertraege)\w+$/;
/** Words before "contract" that name which one: "support contract", "Unified-Vertrag", "EA contract". */
const CONTRACT_NAMERS = /^(support|unified|premier|consulting|beratungs|ea|mca|mpsa|direct|direkt\w*|own|eigene\w*|separate\w*|sow)$/;

/**
 * "Vertragsverlängerung", "the contract renewal", "ihr Vertrag": a contract named by the bare word, not by which one
 * ("Unified-Support-Vertrag", "EA contract", "direct agreement").
 */
function bareContract(found: Found, at: number): boolean {
  const token = found.tokens[at] ?? '';
  if (!BARE_CONTRACT.test(token) && !CONTRACT_COMPOUND.test(token)) return false;
  const before = found.tokens[at - 1] ?? '';
  if (DEMONSTRATIVE.test(before) && pointsToOwnContract(found, at - 1)) return false;
  // "seines Vertrags mit Microsoft", "their agreement with Microsoft": named by its party
  if (withMicrosoftAfter(found, at)) return false;
  return !CONTRACT_NAMERS.test(before) && !found.at('ownAgreement', at - 1) && !found.at('csp', at - 1);
}

const POSSESSOR = /^(their|his|her|its|own|sein|seine|seines|seinem|seinen|seiner|ihr|ihre|ihres|ihrem|ihren|ihrer|eigene\w*)$/;
/** "… Vertrag mit Microsoft", "… agreement with Microsoft": Microsoft named as the other party right after it. */
function withMicrosoftAfter(found: Found, at: number): boolean {
  return /^(mit|with)$/.test(found.tokens[at + 1] ?? '') && (found.at('microsoft', at + 2) || (/^(the|dem)$/.test(found.tokens[at + 2] ?? '') && found.at('microsoft', at + 3)));
}

const DEMONSTRATIVE = /^(diese[mnrs]?|jene[mnrs]?|this|that)$/;

/**
 * "Unified-Support-Vertrag … wegen diesem Vertrag", "their support contract … about this contract": a demonstrative
 * points back to the last agreement named, which says which contract it is when that one is the customer's own.
 */
function pointsToOwnContract(found: Found, demonstrative: number): boolean {
  let last = -1;
  for (const concept of ['ownAgreement', 'relationship'] as const) {
    for (const at of found.positions(concept)) if (at < demonstrative && at > last) last = at;
  }
  if (last < 0 || found.negatedAt(last, 3) || found.within('csp', last - 2, last)) return false;
  return found.at('ownAgreement', last) || !bareContract(found, last);
}

/** Before the one something is bought from: "direkt bei Microsoft erworbene …", "bought from Microsoft". */
const SELLER_PREPOSITIONS = /^(bei|beim|von|vom|from|with|mit|at|through|via|ueber|durch)$/;

/**
 * What "das" in "Darf Microsoft das?" stands for: the last clause before it that names a matter (a product, a
 * channel, a topic). Its channel, when that clause gives one; nothing when the matter has no channel of its own
 * ("hat ne Rechnungsmail von MS bekommen, darf das?").
 */
function channelOfLastMatter(found: Found, cues: readonly ChannelCue[], products: readonly Product[], before: number): ProductChannel | undefined {
  const productAt = new Map(found.scanned.products.map((product) => [product.at, products.find((each) => each.name === product.name)?.channel ?? 'unknown']));
  const cueAt = new Map(cues.map((cue) => [cue.at, cue.channel]));
  const askingClause = found.clause[before];
  let clause: number | undefined;
  let hasMatter = false;
  let hasTopic = false;
  const channels = new Set<ProductChannel>();
  // "… Microsoft 365 comes from us via CSP. Is Microsoft allowed to send them that?": a clause that only says where
  // something is bought is nothing one sends; what "that" stands for is the last clause with a matter, its channel
  // if it names one, else the channel said after it.
  let holdingOnly: ProductChannel | undefined;
  const ofClause = (): ProductChannel | undefined => (channels.size === 1 ? ([...channels][0] as ProductChannel) : undefined);
  // "Lizenzen laufen über uns", "the licences come through us": a holding noun in a clause that gives its channel (and
  // names no product) says what is held where, no matter that happened
  let holdingNoun = false;
  let namesProduct = false;
  // "Der Kunde hat einen Unified-Vertrag direkt mit Microsoft, und das Stundenkontingent ist fast aufgebraucht": a
  // matter with no channel of its own belongs to what the rest of its sentence holds, when that is one channel
  let clauseStart = before;
  const ofSentence = (): ProductChannel | undefined => {
    const sentence = found.sentence[clauseStart];
    const around = new Set<ProductChannel>();
    for (const [position, channel] of [...cueAt, ...productAt]) {
      if (position < before && found.sentence[position] === sentence && found.clause[position] !== askingClause && channel !== 'unknown') around.add(channel);
    }
    return around.size === 1 ? ([...around][0] as ProductChannel) : undefined;
  };
  for (let at = before - 1; at >= -1; at--) {
    if (at >= 0 && found.clause[at] === askingClause) continue;
    if (at < 0 || found.clause[at] !== clause) {
      // (a product's licences, "die Microsoft-365-Lizenzen", may well be the matter)
      if (holdingNoun && (channels.size === 0 || namesProduct)) hasTopic = true;
      if (hasMatter && hasTopic) return ofClause() ?? ofSentence() ?? holdingOnly;
      if (hasMatter && holdingOnly === undefined) holdingOnly = ofClause() ?? 'unknown';
      if (at < 0) break;
      clause = found.clause[at];
      channels.clear();
      hasMatter = false;
      hasTopic = false;
      holdingNoun = false;
      namesProduct = false;
    }
    clauseStart = at;
    if (productAt.has(at)) namesProduct = true;
    const channel = cueAt.get(at) ?? productAt.get(at);
    const topic = MATTER_CONCEPTS.some((concept) => concept !== 'about' && found.at(concept, at));
    if (channel !== undefined || topic) hasMatter = true;
    if (topic && GENERIC_HOLDINGS.test(found.tokens[at] ?? '')) holdingNoun = true;
    else if (topic) hasTopic = true;
    if (channel !== undefined && channel !== 'unknown') channels.add(channel);
  }
  return holdingOnly === 'unknown' ? undefined : holdingOnly;
}

/** "Darf Microsoft das?", "is that OK": a pronoun standing for what was said before, not an article. */
const POINTING_PRONOUN = wordPattern(/^(das|dies|that|this|die|diese|those|these)$/);
/** Words that may stand between a pronoun and its verb: "Darf Microsoft die direkt schicken?", "send those directly". */
const PRONOUN_ADVERBS = /^(direkt|directly|einfach|so|ueberhaupt|auch|also|even|really|wirklich|selbst)$/;
function pronounAlone(found: Found, at: number): boolean {
  // "die", "those" only as a pronoun before the verb, never as an article ("die Rechnung")
  const plural = /^(die|diese|those|these)$/.test(found.tokens[at] ?? '');
  let next = at + 1;
  while (PRONOUN_ADVERBS.test(found.tokens[next] ?? '') && next <= at + 2) next++;
  const word = found.tokens[next];
  if (plural) return next > at + 1 ? word === undefined || isBreak(word) || found.at('communicate', next) : word === undefined || isBreak(word);
  return word === undefined || isBreak(word) || found.at('communicate', next) || /^(tun|machen|so|do|schicken|senden|send|ok|okay)$/.test(word);
}

/**
 * "open value für office läuft aus, informiert MS den Kunden?", "but about the m365 licences they buy from us, does
 * ms contact them?": an asking clause that names nothing asks about the matter in the clause right before it.
 */
function matterBefore(found: Found, cues: readonly ChannelCue[], products: readonly Product[], asking: number, askingClause: number): ProductChannel | undefined {
  const clause = askingClause - 1;
  const asksNothing = !found.tokens.some(
    (_token, at) => found.clause[at] === askingClause && (MATTER_CONCEPTS.some((concept) => found.at(concept, at)) || found.scanned.products.some((product) => product.at === at))
  );
  const states = found.tokens.some((_token, at) => found.clause[at] === clause && found.sentence[at] === asking && MATTER_CONCEPTS.some((concept) => found.at(concept, at)));
  if (!asksNothing || !states) return undefined;
  const channels = new Set(cues.filter((cue) => found.clause[cue.at] === clause).map((cue) => cue.channel));
  // "wenn ich die Intune-Lizenzen reduziere, schreibt Microsoft ihm dann?": a product whose channel was said before
  for (const product of found.scanned.products) {
    const channel = found.clause[product.at] === clause ? products.find((known) => known.name === product.name)?.channel : undefined;
    if (channel && channel !== 'unknown') channels.add(channel);
  }
  return channels.size === 1 ? ([...channels][0] as ProductChannel) : undefined;
}
const MATTER_CONCEPTS: readonly Concept[] = ['billing', 'billingWeak', 'operational', 'marketing', 'about'];

/**
 * "Microsoft emailed them about their publisher payouts. … Is that ok?": when the question names nothing, what
 * Microsoft already sent is what the asker wonders about.
 */
function matterOfWhatHappened(found: Found, cues: readonly ChannelCue[]): ProductChannel | undefined {
  if (!found.has('wondering')) return undefined;
  const channels = new Set<ProductChannel>();
  for (const at of found.positions('happened')) {
    if (!found.within('microsoft', at - 3, at - 1, found.clause[at])) continue;
    for (const cue of cues) if (cue.at > at && found.clause[cue.at] === found.clause[at] && !cue.weak) channels.add(cue.channel);
  }
  return channels.size === 1 ? ([...channels][0] as ProductChannel) : undefined;
}

const HOLDING_NOUNS = wordPattern(/^(licen[cs]|lizenz|subscription|abo)/);
/** "all cloud services are CSP through us", "der Rest läuft über uns": a product named with no channel of its own. */
function catchAll(found: Found, cues: readonly ChannelCue[], inAsking: (at: number) => boolean): ProductChannel | undefined {
  const asked = found.scanned.products.filter((product) => inAsking(product.at));
  // "Lizenzen alle über uns … wegen der Lizenzverlängerung": licences asked about, and all licences are the partner's
  // … unless the other channel sells licences too (an EA, an MCA): then "licensing" may mean either.
  const forServices = (cue: ChannelCue) =>
    found.tokens.slice(Math.max(0, cue.at - 3), cue.at + 4).some((token, offset) => SERVICE_AGREEMENTS.test(token) && found.clause[Math.max(0, cue.at - 3) + offset] === found.clause[cue.at]);
  const otherSellsLicences = cues.some((cue) => cue.channel === 'non-csp' && !forServices(cue));
  const holdingAsked = !otherSellsLicences && found.someWord(HOLDING_NOUNS, inAsking);
  if (asked.length === 0 && !holdingAsked) return undefined;
  const channels = new Set(
    cues
      .filter((cue) => found.tokens.slice(Math.max(0, cue.at - 5), cue.at).some((token, offset) => EVERYTHING.test(token) && found.clause[cue.at - Math.min(5, cue.at) + offset] === found.clause[cue.at]))
      .map((cue) => cue.channel)
  );
  return channels.size === 1 ? ([...channels][0] as ProductChannel) : undefined;
}
/** Agreements for services, not licences: support contracts, consulting, a Marketplace publisher account. */
/** "direkt", "directly", "straight": the direct side said by an adverb alone. */
const DIRECT_ADVERBS = /^(direkt|directly|direct|straight|unmittelbar)$/;
const SERVICE_AGREEMENTS = /^(unified|premier|support\w*|consulting|beratung\w*|publisher\w*|herausgeber\w*|industry|mcs|payouts?|auszahlung\w*|steuerformular\w*|tax)$/;
const EVERYTHING = /^(all|everything|rest|else|alle|alles|restlich\w*|sonstig\w*)$/;

/** "the rest", "everything else", "sonst alles": what follows speaks of the other products. */
const THE_REST = wordPattern(/^(rest|else|otherwise|remaining|sonst|restlich\w*|uebrig\w*)$/);
const CONDITION_OPENERS = wordPattern(/^(when|whenever|if|wenn|falls|sofern|solange)$/);

/** A condition that only says what the customer has and through whom: "when they also buy Copilot from us". */
function holdingCondition(found: Found, cues: readonly ChannelCue[], at: number): boolean {
  const sentence = found.sentence[at];
  const inside = (position: number) => position > at && position <= at + 10 && found.sentence[position] === sentence;
  // "when they get a mail": reached, not holding; "when they also get Dynamics 365 through us": holding
  const received = (position: number) => inside(position) && !found.scanned.products.some((product) => product.at > position && product.at <= position + 2);
  if (found.positions('communicate').some(inside) || found.positions('receive').some(received)) return false;
  const has = found.someWord(HAVING_VERBS, inside) || found.positions('buy').some(inside);
  return has && cues.some((cue) => inside(cue.at));
}

const HOLDING_VERBS = /^(laufen|laeuft|liefen|lief|liegen|liegt|run|runs|are|is|sind|ist|kommen|kommt|come|comes)$/;
const HAVING_VERBS = wordPattern(/^(hat|haben|has|have|kauft|kaufen|bezieht|beziehen|buys?|gets?|holds?)$/);
const CLAUSE_JOINERS = /^(and|but|und|aber)$/;
const ALSO_WORDS = /^(auch|noch|zusaetzlich|also|too|additionally)$/;
const HOLDER_PRONOUNS = /^(er|sie|es|they|he|she|it)$/;

/**
 * "… wurde von Microsoft über eine Preisänderung dieser Abonnements informiert die Microsoft-365-Lizenzen laufen über
 * uns" typed without a full stop: a product said to run through a channel after the verb of reaching is a statement
 * of its own, context to the question and not what it asks about. Where that statement starts, or undefined.
 */
function holdingStatedAfter(found: Found, cues: readonly ChannelCue[], verb: number, asking: number): number | undefined {
  for (const product of found.scanned.products) {
    const end = product.at + product.length;
    if (product.at <= verb + 1 || found.sentence[product.at] !== asking) continue;
    // "…, Dynamics hat er über uns", "…, Dynamics they have through us": a clause that opens with the product and has
    // it, not only one where it runs ("the Dynamics they have through us" describes what is asked about)
    const opensClause = isBreak(found.tokens[product.at - 1] ?? '.') || CLAUSE_JOINERS.test(found.tokens[product.at - 1] ?? '');
    const holding = [end, end + 1].find((at) => HOLDING_VERBS.test(found.tokens[at] ?? '') || (opensClause && HAVING_VERBS.test(found.tokens[at] ?? '')));
    // "… invoice them for the Azure plan that runs under CSP?", "… für den Azure-Plan, der über uns läuft?": a relative
    // clause describes the asked product, and its channel goes with it
    const described = !opensClause && holding === end + 1 && DESCRIBING_RELATIVE.test(found.tokens[end] ?? '');
    if (holding !== undefined && !described && cues.some((cue) => cue.at > holding && cue.at <= holding + 2)) {
      return DETERMINERS.test(found.tokens[product.at - 1] ?? '') ? product.at - 1 : product.at;
    }
    // "…, er hat auch Microsoft 365 bei uns", "…, they also have M365 from us": a clause of its own that opens with
    // the customer having the product through a channel
    const having = [1, 2].map((back) => product.at - back).find((at) => HAVING_VERBS.test(found.tokens[at] ?? ''));
    if (having === undefined || !found.tokens.slice(having + 1, product.at).every((word) => ALSO_WORDS.test(word))) continue;
    const subject = [having - 1, having - 2].find((at) => HOLDER_PRONOUNS.test(found.tokens[at] ?? ''));
    if (subject === undefined || subject <= verb || !(isBreak(found.tokens[subject - 1] ?? '.') || CLAUSE_JOINERS.test(found.tokens[subject - 1] ?? ''))) continue;
    if (!found.tokens.slice(subject + 1, having).every((word) => ALSO_WORDS.test(word))) continue;
    if (cues.some((cue) => cue.at >= end && cue.at <= end + 2)) return subject;
  }
  // "Microsoft emailed them about their EA anniversary; they additionally have CSP subs with us": a clause of its own,
  // its holder first, that has something through a channel, with no product named
  const stated = found.findWord(HAVING_VERBS, (having) => {
    if (having <= verb + 2 || found.sentence[having] !== asking) return false;
    let subject = having - 1;
    while (subject > verb && ALSO_WORDS.test(found.tokens[subject] ?? '')) subject--;
    if (subject <= verb || !HOLDER_PRONOUNS.test(found.tokens[subject] ?? '')) return false;
    if (!(isBreak(found.tokens[subject - 1] ?? '.') || CLAUSE_JOINERS.test(found.tokens[subject - 1] ?? ''))) return false;
    return cues.some((cue) => cue.at > having && cue.at <= having + 4 && found.clause[cue.at] === found.clause[having]);
  });
  if (stated >= 0) {
    let subject = stated - 1;
    while (ALSO_WORDS.test(found.tokens[subject] ?? '')) subject--;
    return subject;
  }
  return undefined;
}
/** Words that open a relative clause right after what it describes: "the plan that runs …", "der Plan, der …". */
const DESCRIBING_RELATIVE = /^(that|which|die|der|das|welche\w*)$/;

/** Concepts that name parties and verbs, not the thing a question is about: they never link two clauses. */
const FRAME_CONCEPTS: ReadonlySet<Concept> = new Set([
  'microsoft', 'customer', 'partner', 'partnerObject', 'communicate', 'receive', 'negation', 'about', 'anaphor',
  'existing', 'softBreak', 'clauseBreak', 'who', 'wondering', 'happened', 'policyRef', 'where', 'apply', 'imperative', 'direct'
]);

/**
 * A word the asking part repeats from earlier says which channel it means: "their Azure reservations via CSP are
 * running out – does Microsoft write to him about the reservations?", "bought 5 by credit card … about those 5?".
 * Only an echo that points to one channel counts.
 */
function echoedChannel(
  found: Found,
  cues: readonly ChannelCue[],
  products: readonly Product[],
  from: number,
  inAsking: (at: number) => boolean
): ProductChannel {
  // Computed once: the inner loop below runs over every earlier word for every asked word.
  const framePositions = new Set<number>();
  for (const match of found.scanned.matches) {
    if (!FRAME_CONCEPTS.has(match.concept)) continue;
    for (let offset = 0; offset < (match.span ?? 1); offset++) framePositions.add(match.at + offset);
  }
  const meaningful = (at: number) => {
    const token = found.tokens[at] ?? '';
    if ((token.length < 4 && !/^\d+$/.test(token)) || isBreak(token) || FUNCTION_WORDS.has(token)) return false;
    return !framePositions.has(at);
  };
  const echoed = new Set<ProductChannel>();
  const channelOfProduct = (name: string | undefined) => products.find((known) => known.name === name)?.channel ?? 'unknown';
  let earlierWords: Array<{ at: number; word: string }> | undefined;
  for (let at = from; at < found.tokens.length; at++) {
    if (!inAsking(at)) continue;
    // "bill her for Project" after "Project Plan 3", "the P2 renewal" after "Entra ID P2": a word of a product's name
    const named = productWordEchoed(found, at, from);
    if (named !== undefined) {
      const channel = channelOfProduct(named);
      if (channel !== 'unknown') echoed.add(channel);
      continue;
    }
    // "Power BI Premium … direkt, Power BI Pro über uns … die Rechnung für die Pro-Lizenzen": an edition said again
    // points to the one mention that had it
    const edition = editionEchoed(found, at, from);
    if (edition !== undefined) {
      const channel = channelNear(found, edition, cues);
      if (channel !== 'unknown') echoed.add(channel);
      continue;
    }
    // "the pay-as-you-go one", "das PAYG-Abonnement": a phrase said again, or its initials
    const phrase = phraseEchoed(found, at, from);
    if (phrase !== undefined) {
      const channel = channelNear(found, phrase, cues, true);
      const described = productBefore(found, phrase);
      const fallback = channel === 'unknown' && described ? channelOfProduct(described.name) : channel;
      if (fallback !== 'unknown') echoed.add(fallback);
      continue;
    }
    // "zu diesem Abo" after "ein Pay-as-you-go-Azure-Abo per Kreditkarte", "about that contract" after "a Unified
    // Support contract": a demonstrative before a holding noun points to its last mention
    const pointed = demonstrativeHolding(found, at, from);
    if (pointed !== undefined) {
      const described = productBefore(found, pointed);
      const ofProduct = described && found.clause[described.at] === found.clause[pointed] ? channelOfProduct(described.name) : 'unknown';
      // an engagement pointed to is the cue it makes itself ("ein bezahltes Projekt … dieses Projekt")
      const ofCue = cues.find((cue) => cue.at === pointed)?.channel ?? 'unknown';
      const channel = ofProduct !== 'unknown' ? ofProduct : ofCue !== 'unknown' ? ofCue : channelNear(found, pointed, cues);
      if (channel !== 'unknown') echoed.add(channel);
      continue;
    }
    // "zu diesen Self-Service-Lizenzen" after "per Self-Service gekauft", "wegen dieser RIs" after "die RIs … im PC gekauft",
    // "about those trial seats" after "a trial": what a demonstrative describes by a word said before points to that mention
    const described = describedByDemonstrative(found, at, from);
    if (described !== undefined) {
      const product = productAround(found, described);
      const channel = product ? channelOfProduct(product) : channelNear(found, described, cues, true);
      if (channel !== 'unknown') {
        echoed.add(channel);
        continue;
      }
    }
    if (!meaningful(at) || GENERIC_HOLDINGS.test(found.tokens[at] ?? '')) continue;
    const askedProduct = productAround(found, at);
    // "about the seat change", "zur Reduktion", "those 5": an echo points back; "zu Lizenzfragen" speaks in general.
    // … or "wg. Projekt" after "Beratungsprojekt": the last part of an agreement's compound name said again
    const bare = !askedProduct && !found.tokens.slice(Math.max(0, at - 2), at).some((token) => DETERMINERS.test(token));
    const bareWord = (found.tokens[at] ?? '-').length >= 7 ? (found.tokens[at] ?? '-').replace(/e?s$/, '') : (found.tokens[at] ?? '-');
    // … or the very word of an agreement's name said again without its article, as learners write: "Unified Support …
    // über Verlängerung von Support"
    const agreementWordAgain = (earlier: number) => earlier < from && found.tokens[earlier] === found.tokens[at] && (found.tokens[at] ?? '').length >= 5 && insideAgreementName(found, earlier);
    // … or the event of the sentence right before said again as its noun, with any article: "Er kündigt Business Basic
    // bei uns. Schickt Microsoft ihm eine Kündigungsbestätigung?", "He cancels … Will Microsoft send a cancellation notice?"
    const eventAgain = (earlier: number) =>
      earlier < from &&
      found.sentence[earlier] === (found.sentence[at] ?? 0) - 1 &&
      SUBSCRIPTION_EVENT.test(found.tokens[earlier] ?? '') &&
      SUBSCRIPTION_EVENT.test(found.tokens[at] ?? '') &&
      participleStem(found.tokens[earlier] ?? '').slice(0, 5) === participleStem(found.tokens[at] ?? '-').slice(0, 5);
    if (
      bare &&
      !found.positions('ownAgreement').some((earlier) => earlier < from && (found.tokens[earlier] ?? '').length > bareWord.length + 3 && (found.tokens[earlier] ?? '').endsWith(bareWord)) &&
      !found.tokens.some((_token, earlier) => agreementWordAgain(earlier) || eventAgain(earlier))
    )
      continue;
    earlierWords ??= found.tokens
      .slice(0, from)
      .map((token, earlier) => ({ at: earlier, word: participleStem(token) }))
      .filter((earlier) => meaningful(earlier.at));
    const asked = participleStem(found.tokens[at] ?? '');
    const stem = asked.slice(0, 6);
    // "wegen des Projekts" after "Beratungsprojekt": a genitive ending does not hide the compound's last part
    const uninflected = asked.length >= 7 ? asked.replace(/e?s$/, '') : asked;
    // "Verein hat Open-Value-Lizenzen … bestätigt Microsoft dem Verein …", "lager hat EA … kriegt das lager …", "The
    // bakery has an EA … the Visio seats of the bakery … tell the bakery": the one who holds, named again, is no matter
    // asked about, wherever else it was named
    if (earlierWords.some((earlier) => earlier.word === asked && holderAt(found, earlier.at))) continue;
    for (const { at: earlier, word } of earlierWords) {
      if (holderAt(found, earlier)) continue;
      if (bare && !(found.at('ownAgreement', earlier) && word.length > uninflected.length + 3 && word.endsWith(uninflected)) && !agreementWordAgain(earlier) && !eventAgain(earlier)) continue;
      const [shorter, longer] = word.length <= asked.length ? [word, asked] : [asked, word];
      const same =
        word.slice(0, 6) === stem ||
        // "reduced … the reduction": a verb and its noun share a stem of five letters
        (shorter.length >= 7 && longer.length >= 8 && word.slice(0, 5) === asked.slice(0, 5)) ||
        (shorter.length >= 4 && longer.startsWith(shorter)) ||
        (asked.length >= 6 && word.endsWith(asked)) ||
        (uninflected.length >= 6 && word.length > uninflected.length + 3 && word.endsWith(uninflected)) ||
        (word.length >= 6 && asked.endsWith(word)) ||
        // "We reduce … the reduction", "cancel … cancellation": an event on a subscription, as verb and noun
        (SUBSCRIPTION_EVENT.test(word) && SUBSCRIPTION_EVENT.test(asked) && word.slice(0, 5) === asked.slice(0, 5)) ||
        // "reduziert … zur Reduktion": a subscription verb and its noun may part after four letters
        (shorter.length >= 7 && word.slice(0, 4) === asked.slice(0, 4) && found.at('billing', earlier) && found.at('billing', at));
      if (!same) continue;
      // "Azure" asked is not an echo of "Azure plan" named before: another product.
      const earlierProduct = productAround(found, earlier);
      if (askedProduct && earlierProduct && askedProduct !== earlierProduct) continue;
      // "reduziert die Business-Premium-Lizenzen, die er über uns hat … zur Reduktion": the event's object says which
      // "transferred … into our CSP Azure plan … for the transferred subscriptions": a move said again is where it went
      const moved = moveDestination(found, earlier, cues);
      if (moved !== undefined) {
        echoed.add(moved);
        continue;
      }
      const object = earlierProduct ? undefined : objectOf(found, earlier, cues);
      const objectChannel = object ? channelOfProduct(object) : 'unknown';
      const channel = objectChannel !== 'unknown' ? objectChannel : channelNear(found, earlier, cues, true);
      if (channel !== 'unknown') echoed.add(channel);
      else {
        // "sein CSP-Abo für Exchange Online wird gekündigt … die Kündigungsbestätigung": the product of its clause
        const ofClause = new Set(
          found.scanned.products
            .filter((product) => found.clause[product.at] === found.clause[earlier])
            .map((product) => products.find((known) => known.name === product.name)?.channel ?? 'unknown')
        );
        const [only] = [...ofClause];
        if (ofClause.size === 1 && only !== undefined && only !== 'unknown') echoed.add(only);
      }
    }
  }
  return echoed.size === 1 ? ([...echoed][0] as ProductChannel) : 'unknown';
}

/** Events on a subscription, as verb or noun: "kündigt … Kündigungsbestätigung", "reduced … reduction notice". */
const SUBSCRIPTION_EVENT = /^(kuendig|gekuendig|cancel|reduz|reduc|redukt|upgrad|downgrad|verlaeng|renew|aufstock|aufgestock|erhoeh|increas|convert|umwand|umgewand|umstell|umgestell|hochstuf|hochgestuf|herabstuf)/;

/** The subject of a holding, opening its clause: "Verein hat …", "Der Kunde hat …", "The school has …", "Ein Verein mit …". */
function holderAt(found: Found, at: number): boolean {
  if (CHANNEL_CONCEPTS.some((concept) => found.at(concept, at)) || found.at('billing', at)) return false;
  if (!(HAVING_VERBS.test(found.tokens[at + 1] ?? '') || /^(mit|with)$/.test(found.tokens[at + 1] ?? '')) || found.scanned.products.some((product) => at >= product.at && at < product.at + product.length)) return false;
  const before = found.tokens[at - 1];
  return before === undefined || isBreak(before) || ARTICLES.test(before) || /^(a|an|one|ein|eine|einem|einer)$/.test(before);
}

/** A word inside the name of the customer's own agreement ("support" in "Unified Support"). */
function insideAgreementName(found: Found, at: number): boolean {
  return found.scanned.matches.some((match) => match.concept === 'ownAgreement' && match.at <= at && at < match.at + (match.span ?? 1));
}

/** Words of product names that say nothing alone ("Business Premium", "Exchange Online", "Visio Plan 2"). */
const PRODUCT_FILLERS = new RegExp(`^(${EDITION_WORDS}|microsoft|for|der|the|and)$`);

/**
 * A word of a product's name said again on its own: "Project Plan 3 … bill her for Project", "Entra ID P2 … the P2
 * renewal". The word must stand outside any product name where it is asked; a filler word ("Premium") says nothing.
 */
const EDITION_TAIL = new RegExp(`^(${EDITION_WORDS}|[aefgp]\\d)$`);

/** The one earlier product mention whose name ends on this edition word ("Power BI Pro" for "die Pro-Lizenzen"). */
function editionEchoed(found: Found, at: number, from: number): number | undefined {
  const token = found.tokens[at] ?? '';
  if (!EDITION_TAIL.test(token) || productAround(found, at) !== undefined || found.scanned.products.some((product) => product.at + product.length === at)) return undefined;
  const mentions = found.scanned.products.filter((product) => {
    if (product.at >= from) return false;
    const end = product.at + product.length;
    for (let word = product.at + 1; word < end + MAX_NAME_TAIL && (word < end || PRODUCT_TAIL.test(found.tokens[word] ?? '')); word++) {
      if (found.tokens[word] === token) return true;
    }
    return false;
  });
  return mentions.length === 1 ? mentions[0]?.at : undefined;
}

function productWordEchoed(found: Found, at: number, from: number): string | undefined {
  const token = found.tokens[at] ?? '';
  if (isBreak(token) || productAround(found, at) !== undefined || PRODUCT_FILLERS.test(token) || FUNCTION_WORDS.has(token)) return undefined;
  const sku = /\d/.test(token) && /[a-z]/.test(token) && token.length <= 4;
  if (!sku && token.length < 5) return undefined;
  for (const product of found.scanned.products) {
    if (product.at >= from) continue;
    const end = product.at + product.length;
    // The name's own words, and a SKU shortly after it: "Entra ID P2", "Project Plan 3", "Defender for Business P1".
    for (let word = product.at; word <= end + 2 && word < from && found.clause[word] === found.clause[product.at]; word++) {
      if (word >= end && !sku) break;
      if (found.tokens[word] === token) return product.name;
    }
  }
  return undefined;
}

/** Where an earlier phrase of three words is said again at `at`, or where the words of an abbreviation at `at` stand. */
function phraseEchoed(found: Found, at: number, from: number): number | undefined {
  const token = found.tokens[at] ?? '';
  if (isBreak(token) || FUNCTION_WORDS.has(token) && token.length > 3) return undefined;
  const third = found.tokens[at + 2];
  if (third !== undefined && ![0, 1, 2].some((offset) => isBreak(found.tokens[at + offset] ?? '.'))) {
    for (let earlier = 0; earlier + 2 < from; earlier++) {
      if (found.tokens[earlier] === token && found.tokens[earlier + 1] === found.tokens[at + 1] && found.tokens[earlier + 2] === third && !isBreak(token)) {
        return DETERMINERS.test(found.tokens[at - 1] ?? '') ? earlier : undefined;
      }
    }
  }
  // "PAYG" for "pay as you go": four or five letters, each the first of one earlier word in a row
  if (token.length < 4 || token.length > 5 || !/^[a-z]+$/.test(token) || found.at('microsoft', at)) return undefined;
  for (let earlier = 0; earlier + token.length <= from; earlier++) {
    let spelt = true;
    for (let letter = 0; letter < token.length && spelt; letter++) {
      const word = found.tokens[earlier + letter] ?? '.';
      spelt = !isBreak(word) && word[0] === token[letter];
    }
    if (spelt) return earlier;
  }
  return undefined;
}

/** The product named just before a word that describes it: "Azure-Abonnement per Kreditkarte (Pay-as-you-go)". */

/** The work of an engagement: "that project", "dieses Projekt", "the workshop". */
const ENGAGEMENT_WORK = /^(projects?|projekt\w*|engagements?|workshops?|work|implementation|implementierung\w*|rollouts?|mandat\w*|auftrag|auftrags)$/;
/** Agreements that are engagements of Microsoft's own people: consulting, Industry Solutions, MCS, support. */
const ENGAGEMENT_AGREEMENT = /^(consulting\w*|industry|mcs|beratung\w*|unified|premier|engagement\w*|projects?|projekt\w*|workshops?|sow|microsoft)$/;

/** An agreement phrase starting here that names an engagement by one of its words ("Microsoft Consulting", "paid engagement"). */
function engagementNamedAt(found: Found, at: number): boolean {
  const span = found.scanned.matches.find((match) => match.concept === 'ownAgreement' && match.at === at)?.span ?? 1;
  return found.tokens.slice(at, at + span).some((token) => ENGAGEMENT_AGREEMENT.test(token));
}

/** "diesem Abo", "that subscription": a holding noun after a demonstrative, and where the same noun was said before. */
function demonstrativeHolding(found: Found, at: number, from: number): number | undefined {
  const token = found.tokens[at] ?? '';
  // "about that project", "zu diesem Workshop" after "Microsoft Consulting has an engagement running": the work an
  // engagement of the customer's own with Microsoft does; also after an article ("über das Projekt" after "ein
  // kostenpflichtiges Projekt"), and with the engagement named by any word of its phrase ("a paid engagement")
  if (ENGAGEMENT_WORK.test(token) && (DEMONSTRATIVES.test(found.tokens[at - 1] ?? '') || DETERMINERS.test(found.tokens[at - 1] ?? ''))) {
    for (let earlier = from - 1; earlier >= 0; earlier--) if (found.at('ownAgreement', earlier) && engagementNamedAt(found, earlier)) return earlier;
    return undefined;
  }
  if (!DEMONSTRATIVES.test(found.tokens[at - 1] ?? '')) return undefined;
  if (!GENERIC_HOLDINGS.test(token)) return undefined;
  const stem = token.slice(0, 3);
  for (let earlier = from - 1; earlier >= 0; earlier--) {
    const word = found.tokens[earlier] ?? '';
    if (GENERIC_HOLDINGS.test(word) && word.slice(0, 3) === stem) return earlier;
  }
  return undefined;
}

/**
 * "diesen Self-Service-Lizenzen", "dieser RIs", "those trial seats": the word right after a demonstrative (or the one
 * after that, in a two-word description), said before the asking part, names the mention the demonstrative points to.
 * Not a holding noun alone ("diese Lizenzen", which demonstrativeHolding reads), nor the customer or a party.
 * Where that last earlier mention is.
 */
function describedByDemonstrative(found: Found, at: number, from: number): number | undefined {
  const token = found.tokens[at] ?? '';
  const right = DEMONSTRATIVES.test(found.tokens[at - 1] ?? '');
  const second = !right && DEMONSTRATIVES.test(found.tokens[at - 2] ?? '') && !FUNCTION_WORDS.has(found.tokens[at - 1] ?? '') && !isBreak(found.tokens[at - 1] ?? '.');
  if (!right && !second) return undefined;
  if (token.length < 3 || isBreak(token) || FUNCTION_WORDS.has(token) || GENERIC_HOLDINGS.test(token) || /^\d+$/.test(token)) return undefined;
  if ((['customer', 'partner', 'microsoft', 'communicate', 'receive', 'negation', 'anaphor'] as const).some((concept) => found.at(concept, at))) return undefined;
  for (let earlier = from - 1; earlier >= 0; earlier--) {
    if (found.tokens[earlier] !== token || holderAt(found, earlier)) continue;
    return earlier;
  }
  return undefined;
}

function productBefore(found: Found, at: number): { name: string; at: number } | undefined {
  const before = found.scanned.products.filter((product) => product.at < at && at - product.at <= 6 && found.sentence[product.at] === found.sentence[at]);
  return before[before.length - 1];
}

/** The product an event word acts on: the first one after it in its clause, with no channel said between them. */
function objectOf(found: Found, at: number, cues: readonly ChannelCue[]): string | undefined {
  // "buys Teams from us and cancels it", "kauft Business Basic bei uns und kündigt es": a pronoun object stands for the
  // product named just before in the clause
  if (found.at('billing', at) && /^(it|them|es|sie|ihn)$/.test(found.tokens[at + 1] ?? '')) {
    const before = found.scanned.products.filter((product) => product.at < at && at - product.at <= 6 && found.clause[product.at] === found.clause[at]);
    const last = before[before.length - 1];
    if (last) return last.name;
  }
  // A verb of the subscription with its object after it ("reduziert die Anzahl …", "cancelled their Teams Phone"),
  // not a noun with a prepositional phrase ("Beratungsauftrag für die Azure-Migration").
  const acts = found.at('billing', at) && (DETERMINERS.test(found.tokens[at + 1] ?? '') || found.scanned.products.some((product) => product.at === at + 1));
  if (!acts) return undefined;
  const object = found.scanned.products.find((product) => product.at > at && product.at - at <= 5 && found.clause[product.at] === found.clause[at]);
  if (!object || cues.some((cue) => cue.at > at && cue.at < object.at)) return undefined;
  return object.name;
}
/** Words that make the noun after them one already named: the, those, their, die, zur, seine. */
const DETERMINERS = /^(the|that|those|these|this|their|his|her|its|der|die|das|den|dem|des|zur|zum|beim|vom|diese\w*|jene\w*|sein\w*|ihr\w*|dessen|deren)$/;

/** The name of the product whose words include this position, if any. */
function productAround(found: Found, at: number): string | undefined {
  return found.scanned.products.find((product) => at >= product.at && at < product.at + product.length)?.name;
}

/** "gekündigt" echoes "Kündigung": a German participle's "ge-" hides the stem it shares with its noun. */
function participleStem(token: string): string {
  return token.length >= 8 && token.startsWith('ge') && /(t|en)$/.test(token) ? token.slice(2) : token;
}

/** "buys everything through us", "nur über uns": the partner's channel is the only one, said in the cue's own clause. */
function onlyInClause(found: Found, at: number): boolean {
  // "everything else comes through us", "alles andere": something else is bought another way
  const rest = (other: number) => /^(else|andere|anderen|sonst|uebrige|uebrigen|rest)$/.test(found.tokens[other + 1] ?? '');
  return found.someWord(ONLY_OR_ALL, (other) => found.clause[other] === found.clause[at] && !rest(other));
}

/** Does the question say the customer has its own commercial relationship with Microsoft? */
function ownRelationshipOf(found: Found, cues: readonly ChannelCue[]): TriState {
  if (cues.some((cue) => cue.statesOwn)) return 'yes';
  // "nicht unter unserem Reseller-Vertrag": the partner's own relationship denied says nothing of the customer's
  const partnersOwnRelationship = found.positions('relationship').every((at) => found.tokens.slice(Math.max(0, at - 2), at).some((word) => PARTNER_OWN.test(word)));
  const denied =
    (found.negatedBefore('relationship', 4) && !partnersOwnRelationship) ||
    found.negatedBefore('ownAgreement', 4) ||
    (cues.some((cue) => cue.channel === 'csp' && found.at('throughUs', cue.at) && onlyInClause(found, cue.at)) && !found.negatedBefore('throughUs', 4));
  return denied ? 'no' : 'unknown';
}

/**
 * The asker cannot say how it was bought: "no idea if they bought it from us", a product missing from the
 * partner's Partner Center, or Microsoft already wrote about it and the asker wonders whether that was allowed.
 */
/**
 * "I think", "as far as I know", "glaube", "vermutlich", "wohl", "apparently": the asker hedging a claim, which need not
 * be about a purchase ("Microsoft hat ihn wohl angeschrieben" doubts the mail, not how anything was bought).
 */
const OPINION_HEDGE = /^(think|believe|guess|far|probably|presumably|suspected|presumed|assumed|glaub\w*|denke|soweit|meines|wahrscheinlich|vermutlich|vermutung|vermutet|angenommen|ggf|ggfs|wohl|anscheinend|offenbar|scheinbar|mutmasslich|eher)$/;
const CHANNEL_CONCEPTS: readonly Concept[] = ['buy', 'throughUs', 'ownAgreement', 'relationship', 'csp', 'nonCsp', 'partnerCenter', 'creditCard', 'takenOver'];

function opinionHedge(found: Found, at: number): boolean {
  return found.tokens.slice(at, at + 4).some((token) => OPINION_HEDGE.test(token));
}

/**
 * "I think they bought Visio directly": the hedge is about a purchase. "I think Microsoft may not email them about
 * invoices, right?": a claim about the policy, to be checked, with nothing said about how anything was bought.
 */
function channelSaidInSentence(found: Found, at: number): boolean {
  const sentence = found.sentence[at];
  const inSentence = (position: number) => found.sentence[position] === sentence;
  return (
    // "as far as I know Microsoft doesn't talk to CSP customers about …": "CSP customers" says who they are, not a purchase
    CHANNEL_CONCEPTS.some((concept) => found.positions(concept).some((position) => inSentence(position) && !(concept === 'csp' && found.at('customer', position + 1)))) ||
    // "macht MS das ggf. direkt": Microsoft acting directly, not a direct purchase
    found.positions('direct').some((position) => inSentence(position) && !found.within('communicate', position - 3, position + 3) && !found.within('microsoft', position - 4, position - 1)) ||
    ((found.holds(PURCHASE_VERBS) || found.holds(OURS)) &&
      found.tokens.some((token, position) => inSentence(position) && (PURCHASE_VERBS.test(token) || (OURS.test(token) && !found.at('customer', position + 1)))))
  );
}

/** "direkt online bei Microsoft gekauft", "online directly from Microsoft": bought online, and the shop is named. */
function onlineShopNamed(found: Found, at: number): boolean {
  if (found.tokens[at] !== 'online') return false;
  return found.tokens.slice(Math.max(0, at - 2), at + 3).some((token) => /^(direkt|direct|directly)$/.test(token)) || found.within('microsoft', at - 3, at + 3, found.clause[at]);
}

const ASKER_HIMSELF = /^(ich|i|i'm|im|wir|we|we're|mir|me|bin)$/;
const CASE_OPENERS = /^(wenn|falls|sobald|sofern|when|once|whenever)$/;

/**
 * "Ehrlich gesagt bin ich unsicher, wenn wir die Seats runterfahren, kriegt der Kunde …", "I'm not sure: …": the
 * asker's own clause of doubt, naming nothing bought and followed by no "ob/whether", hedges the whole question, not
 * how anything was bought.
 */
function hedgesWholeQuestion(found: Found, at: number): boolean {
  const clause = found.clause[at];
  const start = found.clause.indexOf(clause ?? -1);
  const end = found.clause.lastIndexOf(clause ?? -1);
  // Only the clause that opens the message: a doubt said after a claim ("we never sold them Plan 2, I think") is about it.
  if (found.tokens.slice(0, start).some((token) => !isBreak(token)) || end >= found.tokens.length - 1) return false;
  const words = found.tokens.slice(start, end + 1).filter((token) => !isBreak(token));
  if (words.length > 6 || !words.some((token) => ASKER_HIMSELF.test(token)) || words.some((token) => OPINION_HEDGE.test(token))) return false;
  if (CHANNEL_CONCEPTS.some((concept) => found.within(concept, start, end))) return false;
  // What follows is the case the question is about ("wenn wir …", "when we …"), not whether or how something was bought.
  return CASE_OPENERS.test(found.tokens.slice(end + 1).find((token) => !isBreak(token)) ?? '');
}

const CHANNEL_WORD_CONCEPTS: readonly Concept[] = [...CHANNEL_CONCEPTS, 'direct'];

function namesChannelAt(found: Found, position: number): boolean {
  const token = found.tokens[position] ?? '';
  return CHANNEL_WORD_CONCEPTS.some((concept) => found.at(concept, position)) || PURCHASE_VERBS.test(token) || OURS.test(token);
}

const WHAT_OR_HOW = /^(wie|was|what|how|welche\w*|which|ob|whether|if)$/;
const WORDING = /^(term|terms|word|words|wording|phrase|name|called|begriff\w*|wort|ausdruck|bezeichnung\w*|heisst|nennt|genannt)$/;

/** "on a yearly term", "the term ends": a contract's term, not a word; only "the right/proper term" is one. */
function contractTerm(found: Found, at: number): boolean {
  if (!/^terms?$/.test(found.tokens[at] ?? '')) return false;
  return !found.tokens.slice(Math.max(0, at - 2), at).some((before) => /^(right|correct|proper|exact|official|technical|best|richtig\w*|korrekt\w*)$/.test(before));
}

/**
 * "Not sure 'licence count' is the right term here", "keine Ahnung, wie das heißt": a doubt about what a thing is
 * called, in a clause that names no channel, is about words, not about how anything was bought.
 */
function hedgesWording(found: Found, at: number): boolean {
  const clause = found.clause[at] ?? 0;
  // "Ich weiß nicht, wie das heißt", "keine Ahnung, ob der Begriff stimmt": the clause the doubt opens is what is doubted
  const opened = found.clause.indexOf(clause + 1);
  const object = opened >= 0 && WHAT_OR_HOW.test(found.tokens[opened + 1] ?? '') ? clause + 1 : clause;
  let wording = false;
  for (let position = 0; position < found.tokens.length; position++) {
    if (found.clause[position] !== clause && found.clause[position] !== object) continue;
    if (namesChannelAt(found, position) && position !== at) return false;
    if (WORDING.test(found.tokens[position] ?? '') && !contractTerm(found, position)) wording = true;
  }
  return wording;
}

const WHETHER = wordSet(['ob', 'whether']);
const ONLINE = wordSet(['online']);

/** The forms before "n't" that make "can't confirm" a doubt: the asker unable to say. */
const UNABLE = /^(can|ca|could|couldn|cannot)$/;

/**
 * "Microsoft doesn't confirm the change with them", "won't verify": someone not doing something, said with the words of
 * "can't confirm", is an action not done, not the asker unable to say how anything was bought.
 */
function actionNotDone(found: Found, at: number): boolean {
  return found.tokens[at] === "n't" && /^(confirm|verify)$/.test(found.tokens[at + 1] ?? '') && !UNABLE.test(found.tokens[at - 1] ?? '');
}

/** Words that say the partner's own channel: through us, CSP, our Partner Center, the reseller's. */
const PARTNER_SIDE: readonly Concept[] = ['throughUs', 'csp', 'partnerCenter'];
/** Words that say another channel, or a purchase of the customer's own. */
const OTHER_SIDE: readonly Concept[] = ['ownAgreement', 'relationship', 'nonCsp', 'creditCard', 'takenOver'];

/**
 * "a Teams Phone trial, I think through their Partner Center", "bought via the reseller, I think on a yearly term",
 * "Business Standard über CSP (glaub ich zumindest)": an opinion hedge on the partner's own channel, with no other
 * channel, no direct purchase and no denial in its sentence, still says the partner's channel: no hint of another one.
 * "I'm not sure it's through us", "I don't think it's through us", "I think they bought it directly" still doubt.
 */
function hedgesPartnerChannel(found: Found, at: number): boolean {
  if (!opinionHedge(found, at)) return false;
  const sentence = found.sentence[at];
  const inSentence = (position: number) => found.sentence[position] === sentence;
  if (found.positions('negation').some(inSentence)) return false;
  if (OTHER_SIDE.some((concept) => found.positions(concept).some(inSentence))) return false;
  if (found.positions('direct').some((position) => inSentence(position) && !found.within('communicate', position - 3, position + 3))) return false;
  // "i think i sell them only Microsoft 365": a channel limited to one thing says another thing goes another way
  if (found.someWord(ONLINE, inSentence) || found.someWord(WHETHER, inSentence) || found.someWord(ONLY_OR_ALL, inSentence)) return false;
  // What the hedged channel is for: a product, a holding, or one pointed back to and bought ("it's bought via …"); "the
  // reseller purchases via a distributor, I believe" is the partner's own supply, not the customer's product.
  const holding =
    found.scanned.products.some((product) => inSentence(product.at)) ||
    found.someWord(GENERIC_HOLDINGS, inSentence) ||
    found.positions('buy').some((buy) => inSentence(buy) && found.within('anaphor', buy - 3, buy - 1, found.clause[buy]));
  if (!holding) return false;
  return PARTNER_SIDE.some((concept) => found.positions(concept).some((position) => inSentence(position) && !(concept === 'csp' && found.at('customer', position + 1))));
}
function channelDoubtedBy(
  found: Found,
  topics: readonly Topic[],
  asked: ProductChannel,
  bothChannels: boolean,
  ownRelationship: TriState,
  products: readonly Product[]
): boolean {
  // "Microsoft got in touch with a new customer, I know no more": with no topic, no product and no word of buying,
  // what the asker does not know is what the contact was about, not how anything was bought.
  const aboutNothingBought = topics.length === 0 && products.length === 0 && !found.has('buy') && !found.has('throughUs') && !found.has('csp') && !found.has('billingWeak');
  // "…, which we supply under CSP. Would Microsoft contact them, or perhaps try to retain them?": with the asked
  // product's channel stated, a hedge after Microsoft's verb of reaching, in a sentence that names no product and no
  // channel, doubts what Microsoft would do, not the purchase.
  const sameSentence = (one: number, other: number) => found.sentence[one] === found.sentence[other];
  const hedgesOtherMatter = (at: number) =>
    asked !== 'unknown' &&
    found.positions('communicate').some((verb) => verb < at && sameSentence(verb, at) && found.positions('microsoft').some((ms) => ms < verb && sameSentence(ms, verb))) &&
    !channelSaidInSentence(found, at) &&
    !found.scanned.products.some((product) => sameSentence(product.at, at));
  const doubts = (at: number) =>
    !onlineShopNamed(found, at) &&
    !actionNotDone(found, at) &&
    !hedgesPartnerChannel(found, at) &&
    !hedgesWholeQuestion(found, at) &&
    !hedgesWording(found, at) &&
    ((!opinionHedge(found, at) && !hedgesOtherMatter(at)) || channelSaidInSentence(found, at));
  if (!aboutNothingBought && found.positions('uncertain').some(doubts)) return true;
  // "we took this customer over last month … Microsoft keeps sending them invoices, is that OK?"
  if (found.has('takenOver') && found.has('wondering')) return true;
  // A sales pitch Microsoft made ("pitched Dynamics 365 to them, is that allowed?") is not a doubt about a purchase;
  // only the asker saying so is ("not sure whether they have a direct agreement").
  const pitch = !topics.includes('billing') && !topics.includes('operational') && topics.includes('marketing');
  if (pitch && ownRelationship === 'no') return false;
  // "ob die bei uns laufen", "whether they bought it from us": a question about the purchase, inside the question
  // "whether that calling plan even runs through us", "ob dieses Abo unter unserem Azure-Plan läuft", "whether those are ours"
  // "ob alles über uns läuft", "whether everything goes through us": the way messages take, not a purchase
  const aboutMessages = (at: number) =>
    found.tokens.slice(at + 1, at + 4).some((next) => /^(alles|everything|all)$/.test(next)) ||
    found.within('receive', at + 1, at + 8, found.clause[at]) ||
    found.within('communicate', at + 1, at + 8, found.clause[at]);
  // "ob die Gutschrift von Microsoft kommt oder von uns": who sends it, not how it was bought
  const sender = (at: number) =>
    found.tokens.slice(at + 1, at + 10).some((next, offset) => found.clause[at + 1 + offset] === found.clause[at] && (COMING.test(next) || found.at('microsoft', at + 1 + offset)));
  const wondersHowBought = !pitch && found.someWord(
    WHETHER,
    (at) =>
      !aboutMessages(at) &&
      found.tokens.slice(at + 1, at + 10).some(
        (next, offset) =>
          found.clause[at + 1 + offset] === found.clause[at] &&
          (PURCHASE_VERBS.test(next) || OURS.test(next) || ((found.at('throughUs', at + 1 + offset) || movedToCsp(found, at + 1 + offset)) && !sender(at)))
      )
  );
  if (wondersHowBought || asksWhoSold(found) || offersDirectAlternative(found) || asksWhetherBought(found) || purchaseEitherOr(found) || partnerRoleDoubted(found)) return true;
  // "they ordered Intune online", "hat es online bestellt": bought on some web shop, perhaps Microsoft's
  const boughtOnline = found.someWord(
    ONLINE,
    (at) =>
      productAround(found, at) === undefined &&
      !onlineShopNamed(found, at) &&
      found.positions('buy').some((buy) => Math.abs(buy - at) <= 4 && found.clause[buy] === found.clause[at])
  );
  if (boughtOnline) return true;
  // "if we don't renew it in Partner Center": a negated action, not something missing from it
  const actionNegated = (at: number) =>
    found.positions('negation').some((negation) => negation < at && at - negation <= 6 && NEGATED_ACTIONS.test(found.tokens[negation + 1] ?? ''));
  const missingFromPartnerCenter = found.positions('partnerCenter').some(
    (at) =>
      (found.negatedAt(at, 6) && !actionNegated(at)) ||
      // German ends on the negation: "Bei uns im Partner Center ist das Produkt nicht."
      found.positions('negation').some(
        (negation) => negation > at && negation <= at + 10 && found.clause[negation] === found.clause[at] && !NEGATED_ACTIONS.test(found.tokens[negation + 1] ?? '')
      ) ||
      (found.within('find', at - 5, at + 3) && found.negatedBefore('find', 4))
  );
  const notFound = found.positions('find').some(
    (at) =>
      (found.negatedAt(at, 4) || found.within('negation', at + 1, at + 4, found.clause[at])) &&
      (found.has('partnerCenter') || found.within('partner', at - 4, at + 4, found.clause[at]) || found.has('csp'))
  );
  if (notFound) return true;
  if (missingFromPartnerCenter || missingFromOurs(found) || partnerSaleDenied(found)) return true;
  if (notAmongOurs(found) || onlyOthersOurs(found, products)) return true;
  const alreadyWrote = !pitch && (found.has('happened') || germanReachingPast(found)) && found.has('wondering') && found.has('microsoft');
  return alreadyWrote && asked === 'unknown' && !bothChannels && found.scanned.products.length > 0 && !topics.includes('operational');
}

/**
 * German participles of reaching that look like the present ("informiert", "benachrichtigt", "kontaktiert") or whose
 * auxiliary says the time: done only with an auxiliary of the past in their clause.
 */
const REACHING_PARTICIPLE = wordPattern(
  /^(informiert|benachrichtigt|kontaktiert|gewarnt|mitgeteilt|angesprochen|zugesandt|zugestellt|zugeschickt|verschickt|versandt|versendet|angemailt|gemailt|angerufen|angeschrieben|geschrieben|geschickt|gegeben|gesagt|unterrichtet|hingewiesen|erinnert|aufgefordert)$/
);
const PAST_AUXILIARY = /^(hat|haben|habe|hatte|hatten|haette|haetten|wurde|wurden|worden|ist|sind|sei|war|waren|waere)$/;
/** "kam … von Microsoft", "flatterte … ins Haus": a message that arrived. */
const ARRIVED = wordPattern(/^(kam|kamen|eingegangen|eingetroffen|ankam|ankamen|trudelte|flatterte|landete)$/);
const COMMUNICATION_NOUN = /^(\w*mail\w*|\w*mitteilung\w*|\w*nachricht\w*|\w*schreiben|\w*brief\w*|\w*hinweis\w*|\w*benachrichtigung\w*|\w*info\w*|\w*anruf\w*|\w*warnung\w*|\w*erinnerung\w*|\w*angebot\w*|\w*rechnung\w*|\w*meldung\w*|bescheid|post)$/;

/**
 * Microsoft already reached the customer, in German grammar the words of "happened" do not hold: a participle with an
 * auxiliary of the past ("wurde von Microsoft per Mail informiert", "hat ihm Microsoft Bescheid gegeben", reported
 * "habe … mitgeteilt"), or a message that came from Microsoft ("Von Microsoft kam eine Mitteilung …"). Not the future
 * or the present passive ("wird … informiert", "werden … benachrichtigt"): those ask what Microsoft does.
 */
function germanReachingPast(found: Found): boolean {
  if (!found.holds(REACHING_PARTICIPLE) && !found.holds(ARRIVED)) return false;
  const clauseHas = (at: number, test: (word: string, position: number) => boolean) => {
    // the auxiliary stands second, the participle last: a long middle field between them
    for (let position = at - 16; position <= at + 10; position++) if (position >= 0 && found.clause[position] === found.clause[at] && test(found.tokens[position] ?? '', position)) return true;
    return false;
  };
  const microsoftInClause = (at: number) => clauseHas(at, (_word, position) => found.at('microsoft', position));
  const participle = found.someWord(REACHING_PARTICIPLE, (at) => {
    // "Bescheid gegeben", "gesagt": only with what was given or said being a message
    if ((found.tokens[at] === 'gegeben' && found.tokens[at - 1] !== 'bescheid') || found.tokens[at] === 'gesagt') return false;
    return microsoftInClause(at) && clauseHas(at, (word, position) => position < at && PAST_AUXILIARY.test(word)) && !clauseHas(at, (word) => /^(wird|werden|wuerde|wuerden|soll|sollte|muss|kann|darf|duerfen|koennen|muessen)$/.test(word));
  });
  return participle || found.someWord(ARRIVED, (at) => microsoftInClause(at) && clauseHas(at, (word) => COMMUNICATION_NOUN.test(word)));
}

const THOUGHT = wordPattern(/^(thought|assumed|believed|figured|dachte|dachten|glaubte|glaubten|meinte|meinten)$/);
const PARTNER_ROLE = wordPattern(/^(partner|partners|csp|reseller|supplier|provider|lieferant\w*|haendler\w*|anbieter\w*|dienstleister\w*)$/);

/**
 * "We thought we were their partner", "Wir dachten, wir wären sein Partner", "I assumed we were the CSP": the partner's
 * belief about its role, put in the past, doubts that what the customer got came through it. Not a belief about who
 * writes ("we thought we were the partner who sends the notices") or about CSP customers.
 */
function partnerRoleDoubted(found: Found): boolean {
  return found.someWord(THOUGHT, (at) => {
    const inSentence = (position: number) => position > at && position <= at + 6 && found.sentence[position] === found.sentence[at];
    const we = found.findWord(WE, inSentence);
    return found.tokens.some(
      (token, position) =>
        inSentence(position) &&
        ((found.at('throughUs', position) && !routeOrSender(found, position) && !found.tokens.slice(at + 1, position).some((word) => ROUTE_VERBS.test(word))) || (we >= 0 && position > we && PARTNER_ROLE.test(token) && !found.at('customer', position + 1) && !found.at('customer', position) && !found.within('communicate', position + 1, position + 4)))
    );
  });
}

const EITHER = wordPattern(/^(either|entweder)$/);

/**
 * "Entweder hat der Chorleiter das selbst gekauft oder wir", "either they bought it directly or we did": two ways it
 * may have been bought, set side by side, leave the channel open. Not "either Microsoft or we tell them": no purchase.
 */
function purchaseEitherOr(found: Found): boolean {
  return found.someWord(EITHER, (at) => {
    const sentence = found.sentence[at];
    const or = found.findWord(OR, (later) => later > at && found.sentence[later] === sentence);
    if (or < 0) return false;
    const end = found.sentence.lastIndexOf(sentence ?? -1);
    return (['buy', 'direct', 'throughUs', 'ownAgreement', 'creditCard', 'csp'] as const).some((concept) => found.within(concept, at + 1, end));
  });
}

/**
 * "We never offered them that", "das haben wir ihm nie verkauft", "we did not sell them Visio": the partner denies it
 * sold or offered the product, so it may be bought elsewhere.
 */
function partnerSaleDenied(found: Found): boolean {
  if (!found.holds(WE)) return false;
  return found.someWord(WE, (at) => {
    const clause = found.clause[at];
    const negation = found.positions('negation').find((position) => position > at && position <= at + 4 && found.clause[position] === clause);
    if (negation === undefined || found.at('uncertain', negation)) return false;
    for (let verb = negation + 1; verb <= negation + 5 && found.clause[verb] === clause; verb++) {
      if (SALE_DENIED.test(found.tokens[verb] ?? '') || /^(offered|angeboten)$/.test(found.tokens[verb] ?? '') || (found.tokens[verb] === 'set' && found.tokens[verb + 1] === 'up')) return true;
    }
    return false;
  });
}

const MISSING = wordPattern(/^(fehlt|fehlen|fehlte|fehlten|missing|absent)$/);
const IN_OR_FROM = /^(in|im|from|aus|on|auf)$/;
/** A German compound on a word of the partner's records: "Lizenzübersicht", "Kundenliste", "Kosten-Export". */
const RECORDS_COMPOUND = /\w{3}(uebersicht|liste|abrechnung|verrechnung|export|bestand)$/;

/**
 * "die Sub, die im Cost-Export unseres Azure plan fehlt", "missing from our CSP billing export": something missing
 * from the partner's own records is not known to be the partner's. Only with the records named after "in/from our":
 * "our invoice is missing" is a billing matter, not a doubt.
 */
function missingFromOurs(found: Found): boolean {
  if (!found.holds(MISSING)) return false;
  return found.someWord(MISSING, (at) => {
    const clause = found.clause[at];
    for (let our = Math.max(0, at - 8); our <= at + 6 && our < found.tokens.length; our++) {
      if (found.clause[our] !== clause || !PARTNER_OWN.test(found.tokens[our] ?? '')) continue;
      const located = [1, 2, 3, 4].some((back) => found.clause[our - back] === clause && IN_OR_FROM.test(found.tokens[our - back] ?? ''));
      const records = [1, 2].some((step) => OUR_RECORDS.test(found.tokens[our + step] ?? '') || RECORDS_COMPOUND.test(found.tokens[our + step] ?? '') || found.at('csp', our + step) || found.at('partnerCenter', our + step));
      if (located && records) return true;
    }
    return false;
  });
}

/** A sale or purchase made: "who sold it", "von wem er Defender bezieht", "hat der das Azure selbst abgeschlossen". */
const SOLD_OR_BOUGHT = /^(sold|resold|bought|purchased|supplied|ordered|verkauft|gekauft|bezogen|bezieht|kauft|bestellt|abgeschlossen|gebucht|erworben)$/;
const WHO_ASKS = wordPattern(/^(who|wer|wem)$/);
const CLAUSE_OPENERS = /^(and|und|or|oder|but|aber|so|also|von|bei|from)$/;

/**
 * "wer hat das verkauft??", "Von wem die Klinik Defender bezieht, weiß ich nicht", "who sold them that?": the asker
 * asks who sold it, which is not knowing the channel. Only a "who" that opens its clause: "customers who bought
 * through us" describes them.
 */
function asksWhoSold(found: Found): boolean {
  if (!found.holds(WHO_ASKS)) return false;
  return found.someWord(WHO_ASKS, (at) => {
    const token = found.tokens[at] as string;
    const before = found.tokens[at - 1];
    const opens = before === undefined || isBreak(before) || (CLAUSE_OPENERS.test(before) && (at < 2 || isBreak(found.tokens[at - 2] ?? '.')));
    if (!opens || (token === 'wem' && !/^(von|bei)$/.test(before ?? ''))) return false;
    return found.tokens.slice(at + 1, at + 8).some((next, offset) => found.clause[at + 1 + offset] === found.clause[at] && SOLD_OR_BOUGHT.test(next));
  });
}

/**
 * "… obwohl wir sein CSP sind?? oder hat der das Azure selbst abgeschlossen", "or did they buy it directly?": the
 * direct purchase offered as the other possibility is a doubt, not a statement.
 */
function offersDirectAlternative(found: Found): boolean {
  return found.someWord(OR, (at) => {
    if (!/^(hat|haben|hatte|ist|did|do|does|has|have|was|were|is|are|kauft|kaufen|bezieht)$/.test(found.tokens[at + 1] ?? '')) return false;
    const clause = found.clause[at];
    const rest = (concept: Concept) => found.within(concept, at + 1, at + 10, clause);
    return (rest('direct') || rest('ownAgreement') || rest('nonCsp')) && (rest('buy') || found.tokens.slice(at + 1, at + 10).some((next) => SOLD_OR_BOUGHT.test(next)));
  });
}

const ASKING_AUXILIARIES = wordPattern(/^(did|could|might|may|have|has|had|hat|haben|hatte|koennte|koennten|kann|hast)$/);
const THEY_OR_CUSTOMER = /^(they|he|she|er|sie|die|der)$/;

/**
 * "Could they have bought Intune themselves at some point?", "Hat er Azure vielleicht direkt gekauft?": a sentence
 * that asks about the purchase, and reaches no one, doubts the channel.
 */
function asksWhetherBought(found: Found): boolean {
  if (!found.holds(ASKING_AUXILIARIES)) return false;
  return found.someWord(ASKING_AUXILIARIES, (at) => {
    const token = found.tokens[at] as string;
    if (!(at === 0 || isBreak(found.tokens[at - 1] ?? '.'))) return false;
    const subject = found.tokens[at + 1] ?? '';
    // "Haben wir ihm Defender überhaupt verkauft?", "Did we ever sell them Visio?": the partner asking whether it sold it
    const we = /^(we|wir)$/.test(subject);
    if (!we && !THEY_OR_CUSTOMER.test(subject) && !found.at('customer', at + 1) && !found.at('customer', at + 2)) return false;
    const sentence = found.sentence[at];
    let bought = false;
    for (let next = at + 1; next < found.tokens.length && found.sentence[next] === sentence; next++) {
      if (found.at('communicate', next) || found.at('receive', next)) return false;
      if (we ? SALE_DENIED.test(found.tokens[next] ?? '') || /^(sell|resell|supply|provide|provision|verkaufen|liefern)$/.test(found.tokens[next] ?? '') : SOLD_OR_BOUGHT.test(found.tokens[next] ?? '') || found.at('buy', next)) bought = true;
    }
    return bought;
  });
}

/** "ob diese bereits in den CSP überführt wurden", "whether they were moved to CSP": a move into CSP, not the programme. */
const INTO_CSP = /^(ueberfuehrt|ueberfuehren|migriert|migrieren|umgezogen|gewechselt|transferred|moved|migrated|switched|transitioned)$/;
function movedToCsp(found: Found, at: number): boolean {
  return found.at('csp', at) && found.tokens.slice(at + 1, at + 4).some((token) => INTO_CSP.test(token));
}
/** Whose the messages are: "the posts of our customers", "die Meldungen der Kunden", "aller Kunden", "customers' posts". */
const POSSESSOR_BEFORE = /^(of|der|des|aller|unserer|meiner|ihrer|seiner|von)$/;
const NEGATED_ACTIONS = /^(renew\w*|verlaenger\w*|cancel\w*|kuendig\w*|pay|paid|zahl\w*|bezahl\w*|upgrade\w*|assign\w*|zuweis\w*|extend\w*|gezahlt|gekuendigt|gecancel\w*|beglichen|begleich\w*|settle\w*|ueberwiesen|ueberweis\w*)$/;
const OURS = wordPattern(/^(ours|runs|run|unsere|unsrige\w*)$/);
/** Where a partner keeps what it sells: "our list", "unsere CSP-Übersicht", "unsere Abrechnung", "our Azure plan". */
const OUR_RECORDS = /^(inventory|list|lists|overview|records?|books|portfolio|offer|offering|offerings|range|catalogu?e|assortment|angebot|sortiment|produktpalette|leistungsumfang|billing|invoices?|bills?|statements?|exports?|reports?|uebersicht|abrechnung\w*|verrechnung\w*|fakturierung\w*|rechnung\w*|liste|bestand|plan|system|tenant|csp|portal\w*|dashboard\w*|shop|beziehung|vertrag|vertrags|relationship|contract|agreement|reseller\w*)$/;
const MISMATCH = /^(match|matches|matching|agree|agrees|tally|tallies|stimmt|stimmen|ueberein\w*|passt|passen|deckt|decken)$/;
/** Verbs of the partner holding something: have, see, find, sell, list. */
const EN_HOLD_VERBS = /^(bill|billed|invoice|invoiced|resell|resold|have|has|had|see|seen|find|found|sold|sell|sells|supply|supplied|manage|managed|listed|visible|start|started|create|created|order|ordered|provision|provisioned|activate|activated|book|booked|buy|bought|purchase|purchased)$/;
const DE_HOLD_VERBS = /^(billen|abrechnen|fakturieren|berechnen|verrechnen|gibt|haben|hat|hatten|laeuft|laufen|lief|liefen|sehen|seh\w*|sieht|find\w*|verkauf\w*|gebucht|aufgefuehrt|gelistet|drin|taucht|auftauch\w*|fuehren|gefuehrt|angelegt|gestartet|eingerichtet|bestellt|aktiviert)$/;
/** Things the partner could hold: a product, a licence or subscription, "this SKU", "it", "das". */
function holdingAt(found: Found, at: number): boolean {
  const token = found.tokens[at] ?? '';
  return (
    GENERIC_HOLDINGS.test(token) ||
    found.scanned.products.some((product) => at >= product.at && at < product.at + product.length) ||
    /^(sku|skus|das|it|this|that|those|these|diese|dieses|das|es|dat|trial|trials|testversion\w*)$/.test(token) ||
    // "Project haben wir ihm nie verkauft" after "Project Plan 5": a word of a product's name said again
    productWordEchoed(found, at, at) !== undefined
  );
}

/**
 * "We don't have this SKU for them in Partner Center", "Diese sind nicht in unserer CSP-Übersicht", "Sentinel taucht in
 * unserer Abrechnung nicht auf", "isn't under our Azure plan": the product is not among what the partner holds.
 */
/** The partner as the subject, contracted too: "we're their CSP … but never sold them …". */
/** Verbs of the partner selling or providing a product: denied, the product is not among the partner's. */
/** … and setting it up for them, which the partner would have done had it sold it: "we never set up that trial", "nie eingerichtet". */
const SALE_DENIED = /^(sold|resold|provided|provisioned|supplied|setup|activated|ordered|verkauft|bereitgestellt|geliefert|lizenziert|vertrieben|eingerichtet|angelegt|aktiviert|freigeschaltet|bestellt|gebucht)$/;
const OUR_SIDE_SUBJECT = /^(we|wir|i|ich|we're|we've|we'd|i've|i'd|i'm)$/;

/** "as far as I can tell", "as far as we can see": the asker's hedge, whose verb reaches no one. */
function asFarAsCan(found: Found, at: number): boolean {
  return /^(can|could)$/.test(found.tokens[at - 1] ?? '') && found.tokens[at - 3] === 'as' && found.tokens[at - 4] === 'far';
}

function notAmongOurs(found: Found): boolean {
  const ourSideNamed = found.has('partner') || found.has('partnerCenter') || found.has('throughUs');
  return ourSideNamed && found.positions('negation').some((negation) => {
    // "no direct agreement", "not through a partner": the negation speaks of a relationship, not of the partner's records
    // … not the partner's own one: "nicht unter unserem Reseller-Vertrag", "not under our reseller agreement"
    const partnersOwn = (at: number) => found.tokens.slice(Math.max(0, at - 2), at).some((word) => PARTNER_OWN.test(word));
    if (['relationship', 'ownAgreement', 'direct', 'nonCsp'].some((concept) => found.positions(concept as Concept).some((at) => at >= negation && at <= negation + 3 && !(concept === 'relationship' && partnersOwn(at))))) return false;
    // "direkt abgeschlossen (nicht über uns)", "not through us": the route denied says the channel, it is no doubt
    if (found.at('throughUs', negation + 1)) return false;
    // "not sure", "no idea": the negation is the doubt itself; "…, soweit ich weiß" after it is not
    if (found.at('uncertain', negation)) return false;
    // "…, das wir ihm verkauft haben, oder nicht?": a tag on the question, not a denial
    if (/^(or|oder)$/.test(found.tokens[negation - 1] ?? '') && isBreak(found.tokens[negation + 1] ?? '.')) return false;
    // "hat nicht bezahlt", "did not renew": a negated action, not something missing
    if (NEGATED_ACTIONS.test(found.tokens[negation + 1] ?? '')) return false;
    // "Der Kunde zahlt seit Monaten nicht, …", "verlängert nicht": German puts the negation after its verb
    if ([1, 2, 3, 4, 5, 6].some((back) => found.clause[negation - back] === found.clause[negation] && NEGATED_ACTIONS.test(found.tokens[negation - back] ?? ''))) return false;
    // "doesn't match our invoice", "stimmt nicht mit unserer Rechnung überein": a difference, not something missing
    if (found.tokens.slice(Math.max(0, negation - 2), negation + 3).some((token) => MISMATCH.test(token))) return false;
    const sentence = found.sentence[negation];
    const near: number[] = [];
    // German puts the negation last: "Das haben wir im Partner Center bei ihm gar nicht."
    for (let at = Math.max(0, negation - 10); at <= negation + 7 && at < found.tokens.length; at++) if (found.sentence[at] === sentence && at !== negation) near.push(at);
    // "Microsoft does not send …", "we don't want Microsoft to …": a negation about reaching someone
    // ("… that we didn't order, as far as I can tell": the asker's hedge reaches no one)
    if (near.some((at) => found.clause[at] === found.clause[negation] && ((found.at('communicate', at) && !asFarAsCan(found, at)) || found.at('microsoft', at)))) return false;
    // "not in our list", "nicht unter unserem Azure Plan", even elliptic: "Not in our CSP list."
    // ("meine CSP-Kunden", "our CSP customers" are customers, not records)
    const inOurRecords = near.some(
      (at) =>
        PARTNER_OWN.test(found.tokens[at] ?? '') &&
        [1, 2].some((step) => (OUR_RECORDS.test(found.tokens[at + step] ?? '') || found.at('csp', at + step)) && !found.at('customer', at + step + 1))
    );
    // "we don't have / never sold", "im Partner Center sehen wir … nicht", "bei uns gibt es das nicht"
    const ourSide = near.some((at) => found.at('partnerCenter', at) || found.at('throughUs', at) || OUR_SIDE_SUBJECT.test(found.tokens[at] ?? ''));
    // English negates the verb after it ("don't have", "never sold", "have no"); German ends on it ("haben wir nicht")
    const holds = near.some((at) => {
      const token = found.tokens[at] ?? '';
      if (DE_HOLD_VERBS.test(token)) return true;
      return EN_HOLD_VERBS.test(token) && ((at > negation && at - negation <= 3) || (at === negation - 1 && found.tokens[negation] === 'no'));
    });
    // "ham wir dem nie verkauft", "we never provisioned that for them": a sale denied needs no object said again
    const saleDenied = near.some((at) => at > negation - 3 && SALE_DENIED.test(found.tokens[at] ?? ''));
    return inOurRecords || (ourSide && holds && (saleDenied || near.some((at) => holdingAt(found, at))));
  });
}

/** "We only supply them Microsoft 365", "im Partner Center sehen wir nur E3": another product than the one asked about. */
/** The partner's record of what was ordered: "order history", "Bestellhistorie", "Unterlagen". */
const ORDER_RECORDS = /^(history|historie|orders?|bestellung\w*|bestellhistorie|bestellverlauf|auftrag\w*|auftraege|unterlagen|kundenakte|crm|erp)$/;

function onlyOthersOurs(found: Found, products: readonly Product[]): boolean {
  const unsaid = (name: string) => products.some((product) => product.name === name && product.channel === 'unknown');
  return found.someWord(ONLY, (at) => {
    const clause = found.clause[at];
    // "im Partner Center sehen wir bei ihm aber nur E3": the partner's side may stand before an "aber" in the sentence
    // … or its own records: "Our order history only shows Exchange Online", "in unseren Bestellungen steht nur …"
    const ourRecords = (other: number) =>
      /^(our|unser\w*)$/.test(found.tokens[other] ?? '') && found.tokens.slice(other + 1, other + 4).some((word) => OUR_RECORDS.test(word) || ORDER_RECORDS.test(word));
    const ourSide = found.tokens.some(
      (word, other) =>
        found.sentence[other] === found.sentence[at] && other < at + 4 && at - other <= 8 && (found.at('partnerCenter', other) || found.at('throughUs', other) || /^(we|wir|i|ich)$/.test(word) || ourRecords(other))
    );
    if (!ourSide) return false;
    const heldProducts = found.scanned.products.filter((product) => product.at > at && product.at - at <= 4 && found.clause[product.at] === clause);
    const held = heldProducts.map((product) => product.name);
    if (held.length > 0 && found.scanned.products.some((product) => !held.includes(product.name) && found.clause[product.at] !== clause && unsaid(product.name))) return true;
    // "In Partner Center we only have E3 for them" beside a mail about E5, "bei uns hat er nur Plan 1" beside Plan 2:
    // another edition of the product than the one asked about
    const heldEdition = editionsAt(found, heldProducts[0]?.at ?? at + 1, clause);
    if (heldEdition === '') return false;
    return found.scanned.products.some((product) => {
      if (found.clause[product.at] === clause || (held.length > 0 && !held.includes(product.name))) return false;
      const edition = editionsAt(found, product.at, found.clause[product.at]);
      return edition !== '' && edition !== heldEdition;
    });
  });
}

/** Editions and plans, and the apps of Dynamics 365 ("BC", "Field Service", "Customer Insights"), which are bought apart. */
const EDITION_TOKEN = /^(archiving|plan|[aefgp]\d|\d|business|premium|standard|basic|pro|professional|enterprise|essentials|frontline|kiosk|bc|central|field|insights|sales|finance|supply|commerce|voice)$/;

/** The edition words of a product's name and tail ("e5", "plan 2", "business premium"), or of a bare edition ("Plan 1"). */
function editionsAt(found: Found, at: number, clause: number | undefined): string {
  const words: string[] = [];
  for (let word = at; word < at + 6 && found.clause[word] === clause; word++) {
    const token = found.tokens[word] ?? '';
    // "nur 9 zugewiesen": a bare number is a count unless a plan word stands before it ("Plan 1")
    if (words.length === 0 && /^\d$/.test(token) && !found.scanned.products.some((product) => word > product.at && word <= product.at + product.length)) break;
    if (EDITION_TOKEN.test(token)) words.push(token);
    else if (!found.scanned.products.some((product) => word >= product.at && word < product.at + product.length) && words.length > 0) break;
    else if (word > at + 3) break;
  }
  return words.join(' ');
}

const TOPIC_WORDS: readonly Concept[] = ['billing', 'billingWeak', 'operational', 'operationalWeak', 'marketing', 'quote'];

/** Every word of the question names a topic ("licence renewals"): a topic asked in a word or two. */
/**
 * "Und die Verlängerungen?", "and the invoices?": a follow-up that names only a topic asks as the topic word alone does.
 * So does every frame people put around it: "what about invoices?", "how about the renewals?", "mails about billing?",
 * "Was ist mit Rechnungen?", "Wie ist das mit den Verlängerungen?", "wie sieht's mit Wartung aus?", "und wenn Lizenzen
 * gekündigt werden?": besides the topic only the frame's words and a kind of message, one of them linking ("about",
 * "mit", "und", "wenn" …), so "What is billing?" (no link) is no follow-up.
 */
function followsUpOnTopic(found: Found): boolean {
  const words = found.tokens.filter((token) => !isBreak(token));
  if (words.length < 2 || words.length > 8) return false;
  if (words.length <= 4 && FOLLOW_UP_OPENERS.test(words[0] ?? '') && found.tokens.every((token, at) => at === found.tokens.indexOf(words[0] as string) || isBreak(token) || FOLLOW_UP_ARTICLES.test(token) || TOPIC_WORDS.some((concept) => found.at(concept, at)))) {
    return true;
  }
  const inPhrase = (at: number) =>
    found.scanned.matches.some((match) => match.span !== undefined && match.at < at && at < match.at + match.span && TOPIC_WORDS.includes(match.concept));
  let topic = false;
  let link = false;
  for (let at = 0; at < found.tokens.length; at++) {
    const token = found.tokens[at] as string;
    if (isBreak(token)) continue;
    if (TOPIC_WORDS.some((concept) => found.at(concept, at)) || inPhrase(at)) topic = true;
    else if (FOLLOW_UP_LINKS.has(token)) link = true;
    else if (!FOLLOW_UP_FRAME.has(token) && !FOLLOW_UP_ARTICLES.test(token) && !FOLLOW_UP_MESSAGES.test(token)) return false;
  }
  return topic && link;
}

const FOLLOW_UP_OPENERS = /^(and|und|or|oder)$/;
const FOLLOW_UP_ARTICLES = /^(the|die|der|das|den|dem|des|dat)$/;
/** The words that tie a follow-up's frame to its topic: "what ABOUT", "was ist MIT", "UND wenn", "mails ZU". */
const FOLLOW_UP_LINKS: ReadonlySet<string> = new Set(['and', 'und', 'or', 'oder', 'about', 'regarding', 're', 'on', 'with', 'mit', 'bei', 'zu', 'zum', 'zur', 'wegen', 'ueber', 'if', 'when', 'wenn', 'falls']);
/** The rest of a follow-up's frame: "what", "how", "wie ist es", "wie sieht's … aus", "wie isset", "is it the same". */
const FOLLOW_UP_FRAME: ReadonlySet<string> = new Set([
  'what', 'whats', 'how', 'hows', 'is', 'are', 'it', 's', 'then', 'so', 'same', 'too', 'also', 'was', 'wat', 'wie', 'ist', 'is', 'isses', 'isset', 'isch', 'es', 'et', 'sieht', 'siehts', 'schaut', 'schauts', 'steht', 'stehts', 'aus', 'denn', 'dann', 'auch', 'eigentlich', 'werden', 'wird', 'get', 'gets'
]);
/** A kind of message as a noun ("mails about billing?", "Nachrichten zu Ausfällen?"), not a verb of sending. */
const FOLLOW_UP_MESSAGES = /^(mails?|e ?mails?|emails|messages?|notices?|notifications?|nachrichten|nachricht|meldungen|meldung|infos?|hinweise?|schreiben|briefe?|letters?)$/;

function onlyTopicWords(found: Found): boolean {
  // "price increases?": a topic phrase holds its later words too
  const inPhrase = (at: number) =>
    found.scanned.matches.some((match) => match.span !== undefined && match.at < at && at < match.at + match.span && TOPIC_WORDS.includes(match.concept));
  return found.tokens.every((token, at) => isBreak(token) || LEAD_IN.has(token) || TOPIC_WORDS.some((concept) => found.at(concept, at)) || inPhrase(at));
}

/** "Störungsmeldungen an Kunden?", "renewal notices to customers?": a topic sent to the customer, asked in a fragment. */
function topicToCustomer(found: Found): boolean {
  return found.wordCount <= 4 && found.positions('customer').some((at) => /^(an|to|fuer|for|zum|zur|beim)$/.test(found.tokens[at - 1] ?? '') && found.tokens.slice(0, at - 1).some((_token, before) => TOPIC_WORDS.some((concept) => found.at(concept, before))));
}

const MEANING = wordPattern(/^(mean|means|meant|meaning|bedeutet|bedeuten|heisst)$/);
const RULES_OR_CASES = /^(rules|regeln|regelungen|vorgaben|cases|faelle)$/;
const WHICH = wordPattern(/^(which|what|welche)$/);

const BYPASSING = wordPattern(/^(umgeht|umgehen|umgangen|umgehe|bypass|bypasses|bypassed|bypassing|circumvent\w*)$/);

/** The words before a check tagged on at the end ("– geht das?", "– zulässig oder nicht?", "ok?"), or all of them. */
function wordsBeforeTag(found: Found): number {
  const end = found.tokens.length - 1;
  const lastClause = found.clause[isBreak(found.tokens[end] ?? '') ? end - 1 : end];
  const start = found.clause.indexOf(lastClause ?? -1);
  const tag = found.tokens.slice(start).filter((token) => !isBreak(token));
  const tagged =
    start > 0 &&
    tag.length <= 4 &&
    found.positions('wondering').some((at) => at >= start) &&
    !(['microsoft', 'customer', 'communicate', 'receive'] as const).some((concept) => found.positions(concept).some((at) => at >= start));
  return tagged ? found.wordCount - tag.length : found.wordCount;
}

/** Words that open a clause describing what was just named: "eine Transportregel, die …", "a rule which …". */
const DESCRIBING_OPENERS = /^(die|der|das|den|dem|welche|welcher|welches|which)$/;
const ASKER_PRONOUNS = /^(i|we|ich|wir|i'm|im)$/;
const REPLYING = /^(answer\w*|reply|replying|respond\w*|antwort\w*|beantwort\w*|erwider\w*|explain\w*|erklaer\w*|react|reagier\w*)$/;
const OWN_PROCEDURE_OUTSIDE: readonly Concept[] = ['microsoft', 'customer', 'communicate', 'receive', 'wondering', 'duty'];
/**
 * Nouns naming a part of a mail ("the sender domain", "die Absenderdomain", "den Betreff", "the header"): in a how-to
 * they are what the asker works on, not anyone communicating ("send*" reads "sender" as a verb of reaching).
 */
const MAIL_PARTS = wordPattern(/^(senders?|sender\w*domain\w*|sender\w*adress\w*|sender\w*address\w*|\w*absender\w*|subject|subjects|subject\w*line\w*|betreff\w*|\w*header\w*|kopfzeile\w*|signatur\w*|signature\w*)$/);

/**
 * "… typed in their password. How do I reset it and kill their sessions?", "Wie richte ich in Exchange Online eine
 * Transportregel ein, die externe Mails mit „Microsoft“ im Absender markiert?": the asker's own procedure asked in the
 * asking sentence, whatever Microsoft or customer the story before it, or a clause describing a thing in it, names. Its
 * clause and the clauses after it (but those that describe) name no Microsoft, customer, message, duty or permission.
 */
function ownProcedureAsked(found: Found): boolean {
  const last = found.sentence[found.tokens.length - 1];
  return found.positions('howTo').some((at) => {
    if (found.sentence[at] !== last || !found.tokens.slice(at, at + 4).some((word) => ASKER_PRONOUNS.test(word))) return false;
    let describing = false;
    for (let word = at; word < found.tokens.length; word++) {
      if (found.tokens[word] === CLAUSE_END) {
        describing = DESCRIBING_OPENERS.test(found.tokens[word + 1] ?? '');
        continue;
      }
      if (describing || isBreak(found.tokens[word] ?? '')) continue;
      // "How do I answer?", "Wie antworte ich?": a reply to what was asked before, which is the question
      // … "How do I block the sender domain?", "Wie sperre ich die Absenderdomain?": a part of a mail is no one communicating
      if (found.at('communicate', word) && found.wordAt(word, MAIL_PARTS) && !found.at('microsoft', word) && !found.at('customer', word)) continue;
      if (OWN_PROCEDURE_OUTSIDE.some((concept) => found.at(concept, word)) || REPLYING.test(found.tokens[word] ?? '') || found.wordAt(word, POLICY_WORDS)) return false;
    }
    return true;
  });
}

function intentOf(found: Found, topic: Topic, topics: readonly Topic[]): Intent {
  if (receivesGoods(found) || asksAvailability(found) || ownServicesOnly(found) || asksProductFacts(found)) return 'off-topic';
  const hasTopic = topics.length > 0;
  const noTopic = !hasTopic;
  const reachesCustomer = (found.has('communicate') || found.has('receive')) && found.has('customer');
  // "Does the rule that Microsoft does not write about subscriptions apply in Switzerland too?": a rule's topic named
  // inside a question about where it holds.
  // … not a data-centre region, which is a place: "Tenants in den Schweizer Rechenzentrumsregionen"
  // … nor the portal itself moving ("bevor alles ins Partner Center umgezogen ist", "since we moved to Partner Center")
  const portalMoves = (at: number) => DATA_MOVES.test(found.tokens[at] ?? '') && found.within('partnerCenter', at - 4, at + 4, found.clause[at]);
  const operationalNamed = found.positions('operational').some((at) => !found.at('scopeTarget', at) && !portalMoves(at));
  const appliesWithTopic = found.has('apply') && found.has('scopeTarget') && found.has('policyRef') && !operationalNamed;
  // Partner Center named as where something is missing or bought is about a product, not about where the policy holds.
  const partnerCenterAsInventory = found.positions('partnerCenter').some(
    (at) => found.within('find', at - 5, at + 5) || found.within('negation', at - 6, at + 3) || found.within('buy', at - 5, at + 5)
  );
  // Naming a place is not asking about it: "register for VAT in Germany", "transfer an Azure plan to another
  // indirect provider" need a question about scope ("only …?", "which …", "this policy", a short fragment).
  const asksAboutScope =
    found.has('policyRef') ||
    found.has('where') ||
    found.has('apply') ||
    found.holds(SCOPE_CONTRAST) ||
    found.wordCount <= 4;
  // "Welche Regeln gelten allgemein für …", "which rules apply to Microsoft's contact": the rules' cases, not a place.
  const asksForCases =
    !found.has('scopeTarget') && found.someWord(WHICH, (at) => RULES_OR_CASES.test(found.tokens[at + 1] ?? ''));
  const appliesQuestion =
    (found.has('apply') && noTopic && !asksForCases && (found.has('scopeTarget') || found.has('policyRef') || found.has('where'))) ||
    appliesWithTopic ||
    found.asksForScope ||
    (found.has('scopeTarget') &&
      noTopic &&
      asksAboutScope &&
      !reachesCustomer &&
      !found.has('buy') &&
      !partnerCenterAsInventory &&
      !found.has('howTo') &&
      !found.has('askerSubject') &&
      !found.has('elsewhere') &&
      !found.has('supportDesk'));
  // "Which portals does this customer communication policy cover?", "Für welche Portale ist diese Kundenkommunikation
  // Regel?": which places the policy, named by what it is about, holds for; its name reaches no customer
  const whichPlaces =
    noTopic && (found.namesPolicy || found.has('policyRef')) && found.someWord(WHICH, (at) => found.at('scopeTarget', at + 1) && !found.at('customer', at + 2));
  const followsUpOnProduct = found.asksForProduct;
  // "How to apply leave in our HR portal?": a portal of something the policy never concerns
  if ((appliesQuestion || whichPlaces) && !found.has('exceptions') && !followsUpOnProduct && !found.has('elsewhere')) return 'applies-to';
  // "Which rules does this policy have?", "Welche Regeln stehen in der Richtlinie?": the policy's cases, all of them
  // … a policy named besides the rules asked for ("Welche Regeln gelten für Passwörter?" names none)
  const policyBesides = found.namesPolicy && found.someWord(POLICY_WORDS, (at) => !RULES_OR_CASES.test(found.tokens[at] ?? ''));
  // … "Welche Ausnahmen hat die Regel?", "What is this policy about?", "Was regelt diese Richtlinie?": its cases too
  // … "Worum geht es in dieser Richtlinie?", "Wovon handelt die Richtlinie?", "Was behandelt sie?", "What does this
  // policy deal with?": what it is about, in the other words for it
  const asksContent = found.has('exceptions') || found.asksWhatAbout || found.holds(POLICY_SUBJECT_ASKED);
  // … not a policy on something else ("die Richtlinie zu Passwörtern", "the password policy")
  if ((asksForCases || asksContent) && policyBesides && !found.has('supportDesk') && !found.has('askerSubject') && !found.has('elsewhere')) return 'communication';
  // Without the question before it, a product follow-up asks what Microsoft may tell the customer about that product.
  if (followsUpOnProduct) return 'communication';

  const communicates = found.has('communicate') || (found.has('receive') && (found.has('microsoft') || hasTopic));
  // "How do I …" is about the asker's own procedure unless it asks about Microsoft and the customer.
  // "what is the general rule for customer communication" asks the policy, not for a procedure.
  const asksPrinciple = found.has('general') && (found.has('communicate') || found.has('customer'));
  // "What does 'you own the customer billing relationship' mean for my team?": the policy's words, asked to be explained
  const asksMeaning = hasTopic && found.someWord(MEANING, (at) => found.tokens.slice(0, at).some((word) => /^(what|was|wie)$/.test(word)));
  // "Muss ich die Klinik darüber informieren, dass …": the partner's duty to tell the customer is the policy's question
  // reversed; "fass mir die Regeln zur Kundenkommunikation zusammen": the rules themselves
  const tellsCustomer = found.has('duty') && found.has('customer') && found.has('communicate');
  const asksRules = found.namesPolicy && found.has('communicate') && found.has('customer');
  // "Was ist mit der Verlängerung …, kriegen die …": "what about", not "what is"
  const whatAbout = (at: number) => /^(was|wat)$/.test(found.tokens[at] ?? '') && found.tokens[at + 2] === 'mit';
  const procedural =
    found.positions('howTo').some((at) => !whatAbout(at)) && !(hasTopic && followsUpOnTopic(found)) && (!(found.has('microsoft') && found.has('customer')) || ownProcedureAsked(found)) && !found.has('exceptions') && !asksPrinciple && !asksMeaning && !tellsCustomer && !asksRules;
  const asksWhen = found.has('ever') || found.has('when') || found.has('exceptions') || found.asksWhatAbout;
  const onlySmallTalk =
    (found.has('smallTalk') && !hasTopic && !found.has('microsoft') && !found.has('customer') && !found.has('general')) ||
    (found.has('elsewhere') && !found.has('microsoft'));
  if (!procedural && !onlySmallTalk) {
    if (communicates && (found.has('customer') || (found.has('microsoft') && (hasTopic || asksWhen)))) return 'communication';
    if (hasTopic && found.has('microsoft') && (found.has('customer') || found.has('policyRef') || found.has('partner'))) return 'communication';
    // "Darf Microsoft sie zu ihrem Unified-Support-Vertrag kontaktieren?", "ms reaching out re the consulting project?":
    // the customer's own agreement is what Microsoft would reach out about, even with the customer unnamed
    if (communicates && found.has('microsoft') && found.has('ownAgreement')) return 'communication';
    if (asksMeaning && (found.has('customer') || found.has('policyRef'))) return 'communication';
    if (topic === 'general' && onlyThroughPartner(found)) return 'communication';
    if ((communicates || found.has('customer') || found.has('microsoft')) && hasTopic && (asksWho(found) || found.has('duty'))) {
      return 'communication';
    }
    if ((found.has('ownership') || found.has('general') || asksContactRole(found) || expectsOfPartner(found)) && (found.has('communicate') || found.has('customer') || found.has('microsoft'))) {
      return 'communication';
    }
    // "Kommen die Abkündigung und die Kündigung beide direkt von Microsoft?": what comes from Microsoft reaches someone.
    if (hasTopic && found.has('microsoft') && found.has('direct') && found.holds(COMING)) return 'communication';
    // "who sends the bill?", "kommen die Meldungen direkt beim Kunden an?"
    if (hasTopic && (asksWho(found) || (found.has('customer') && (found.has('direct') || found.has('receive'))))) return 'communication';
    // "MS direkt an Endkunde – geht das?", "Direktkontakt durch Microsoft – zulässig oder nicht?": a check tagged on
    // after the fragment does not make it longer.
    const words = wordsBeforeTag(found);
    if (found.has('microsoft') && found.has('customer') && (asksWhen || words <= 5)) return 'communication';
    // "Microsoft direkt?", "direct contact by Microsoft?": a fragment that names Microsoft reaching out directly.
    if (found.has('microsoft') && (found.has('direct') || found.has('communicate')) && words <= 4 && !found.has('supportDesk')) return 'communication';
    // "MS umgeht uns – jemals erlaubt?", "goes around us": Microsoft bypassing the partner reaches its customer.
    if (found.has('microsoft') && found.holds(BYPASSING) && words <= 5 && !found.has('supportDesk')) return 'communication';
    // "invoice?", "wartung?": one topic word and nothing else is asked the policy's way; "Rechnung Kunde" is too thin.
    // "outage mails?", "Renewal reminders?": a topic and a kind of message ask the same.
    // "licence renewals?", "Wartung Ausfall?": two topic words ask the same as one.
    const thin = found.wordCount === 1 || (found.wordCount === 2 && ((found.has('communicate') && !found.has('customer')) || onlyTopicWords(found)));
    if (hasTopic && (thin || followsUpOnTopic(found) || (topicToCustomer(found) && !found.has('supportDesk'))) && topic !== 'none') return 'communication';
    // "exceptions to the 'partner does the communicating' rule?": the rule's cases, asked in a fragment
    if (found.has('exceptions') && found.has('policyRef') && found.has('communicate') && !found.has('supportDesk')) return 'communication';
    // "invoices from Microsoft?", "Wartungsinfos von MS?": a topic that comes from Microsoft is a message it sends.
    const fromMicrosoft = found.positions('microsoft').some((at) => FROM.test(found.tokens[at - 1] ?? ''));
    if (hasTopic && topic !== 'none' && fromMicrosoft && found.wordCount <= 4 && !found.has('supportDesk')) return 'communication';
  }
  const policySignal =
    hasTopic ||
    found.has('nonCsp') ||
    found.has('ownAgreement') ||
    (found.has('microsoft') && found.has('customer')) ||
    (found.has('apply') && found.has('policyRef'));
  if (procedural || onlySmallTalk || !policySignal) return 'off-topic';
  return 'unclear';
}

/** A price compared: "cheapest", "günstigste", "most expensive", "billiger". */
const PRICE_COMPARED = wordPattern(/^(cheapest|cheaper|priciest|pricier|guenstigste\w*|guenstiger\w*|billigste\w*|billiger\w*|preiswerteste\w*|preiswerter\w*|teuerste\w*|expensive)$/);
/** What a product covers or holds: "covers", "includes", "deckt … ab", "umfasst", "beinhaltet", "enthält". */
const PRODUCT_HOLDS = wordPattern(/^(cover|covers|include|includes|included|deckt|abdecken|abgedeckt|umfasst|umfassen|beinhaltet|beinhalten|enthaelt|enthalten)$/);
/** Whether the amount of something is asked: "how many", "wie viele". */
function amountAsked(found: Found): boolean {
  return found.someWord(AMOUNT, (at) => /^(how|wie)$/.test(found.tokens[at - 1] ?? ''));
}

/**
 * "Which Azure region is cheapest for GPU VMs?", "Wie viele Freiminuten hat der Calling Plan?", "Does Defender for
 * Business cover Linux servers too?": a product's price, amount or coverage asked, with no one reached, receiving or
 * told and no policy named, is a product question: the policy says nothing about it.
 */
function asksProductFacts(found: Found): boolean {
  if (found.has('communicate') || found.has('receive') || found.namesPolicy || found.has('customer') && found.has('microsoft')) return false;
  if (found.holds(PRICE_COMPARED) || amountAsked(found)) return true;
  // a product named as the subject of covering or holding: "Defender for Business covers …", "deckt E3 auch … ab"
  return found.someWord(PRODUCT_HOLDS, (at) => found.scanned.products.some((product) => product.at < at && at - (product.at + product.length) <= 2 && found.clause[product.at] === found.clause[at]));
}

const AVAILABLE = wordPattern(/^(support|supports|supported|available|availability|verfuegbar\w*|unterstuetz\w*|unterstuetzt|offered|ga|launched|rolled|ausgerollt)$/);

/**
 * "Which Azure regions support confidential computing VMs?", "Ist Fabric in der Region Schweiz Nord verfügbar?": a
 * product's availability in a place asks about the product, not where the policy applies or who is told.
 */
function asksAvailability(found: Found): boolean {
  if (!found.holds(AVAILABLE) || !found.has('scopeTarget') || found.scanned.products.length === 0) return false;
  if (found.has('policyRef') || found.has('communicate') || found.has('receive') || found.has('customer') || found.has('apply')) return false;
  return true;
}

const OWN_SERVICES = /^(managed|sla|slas|wartungsvertrag\w*|supportvertrag\w*|servicevertrag\w*|betreuungsvertrag\w*|dienstleistungsvertrag\w*|dienstleistung\w*|retainer|stundensatz\w*|stundensaetze|hourly)$/;
const SERVICE_CONTRACT = /^(support|service|wartung|betreuung)$/;

/**
 * "How much notice must we give a client before terminating our managed services contract?", "Müssen wir dem Kunden
 * sagen, dass unser Support-Vertrag ausläuft?": the partner's own services and contract with its client, with no
 * Microsoft and no Microsoft product named, are the partner's business; the policy is about Microsoft's messages.
 */
function ownServicesOnly(found: Found): boolean {
  if (!found.holds(OUR) || found.has('microsoft') || found.scanned.products.length > 0) return false;
  return found.someWord(OUR, (at) =>
    [at + 1, at + 2].some((next) => {
      const token = found.tokens[next] ?? '';
      return OWN_SERVICES.test(token) || (SERVICE_CONTRACT.test(token) && /^(contract|contracts|vertrag|vertraege|agreement)$/.test(found.tokens[next + 1] ?? ''));
    })
  );
}

const AMOUNT = wordPattern(/^(many|much|viele|viel|wieviel|wieviele)$/);
const GOODS = /^(discount\w*|rabatt\w*|nachlass\w*|preisnachlass\w*|grants?|donations?|spende\w*|free|kostenlos\w*|gratis|freikontingent\w*|zuschuss\w*|zuschuesse|foerderung\w*|freimonat\w*|freemonths?)$/;

/**
 * "How many free licences does a charity get from Microsoft?", "Wie viele kostenlose Lizenzen bekommt ein Verein …?",
 * "Do customers get a discount when they upgrade …?": what the customer gets is goods or a price, not a message; the
 * policy says nothing about it. A message named beside it ("a discount notice") keeps it a question of communication.
 */
function receivesGoods(found: Found): boolean {
  if (!found.has('receive')) return false;
  return found.positions('receive').some((verb) => {
    const clause = found.clause[verb];
    let start = verb;
    while (start > 0 && found.clause[start - 1] === clause && !isBreak(found.tokens[start - 1] ?? '.')) start--;
    // The run-on reading may end a sentence before a German verb in second place ("wie viele … Lizenzen . erhält …"):
    // the phrase put first still belongs to it.
    if (start === verb && start > 1 && found.tokens[start - 1] === SENTENCE_END) {
      start -= 1;
      while (start > 0 && !isBreak(found.tokens[start - 1] ?? '.')) start--;
    }
    const amountAsked = found.holds(AMOUNT) && found.someWord(AMOUNT, (at) => at >= start && at < verb && /^(how|wie)$/.test(found.tokens[at - 1] ?? ''));
    const goods = [verb - 3, verb - 2, verb - 1, verb + 1, verb + 2, verb + 3, verb + 4, verb + 5].some((at) => at >= start && found.sentence[at] !== undefined && GOODS.test(found.tokens[at] ?? '') && (at > verb ? found.clause[at] === clause : true));
    if (!amountAsked && !goods) return false;
    let end = verb;
    while (found.clause[end + 1] === clause && !isBreak(found.tokens[end + 1] ?? '.')) end++;
    // "free training offers … by email": an offer sent is marketing, a message
    const offered = found.positions('marketing').some((at) => at >= start && at <= end && !GOODS.test(found.tokens[at] ?? ''));
    return !found.positions('communicate').some((at) => at >= start && at <= end) && !offered;
  });
}

function confidenceOf(found: Found, facts: Facts, slips = 0): number {
  const fuzzyTokens = slips + new Set(found.scanned.matches.filter((match) => match.fuzzy || (match.mended && match.span === undefined)).map((match) => match.at)).size;
  let confidence: number;
  switch (facts.intent) {
    case 'communication':
      confidence =
        0.55 +
        (found.has('microsoft') ? 0.15 : 0) +
        (found.has('customer') ? 0.1 : 0) +
        (found.has('communicate') ? 0.1 : 0) +
        (facts.topic !== 'none' || facts.asksWhen || facts.ownRelationship !== 'unknown' || facts.productChannel !== 'unknown'
          ? 0.05
          : 0);
      break;
    case 'applies-to':
      confidence = found.has('scopeTarget') ? 0.95 : 0.85;
      break;
    case 'off-topic':
      confidence = 0.8;
      break;
    case 'unclear':
      confidence = 0.3;
      break;
  }
  return Math.round(Math.min(0.99, Math.max(0.05, confidence - 0.07 * fuzzyTokens)) * 100) / 100;
}

/** Reads a question in English or German and reduces it to the facts the policy decides on. Offline and pure. */
export function understand(text: string, options: UnderstandOptions = {}): Understanding {
  return understandRaw(withHyphenSlipsMended(text.slice(0, MAX_READ_LENGTH)), options, 0);
}

/**
 * The asking part (from its first verb of reaching to the end of its sentence) names the customer's own agreement or
 * engagement, and no operational word of its own: one right after the agreement's name is the agreement's ("MACC
 * burn-down", "Microsoft Incident Response").
 */
function agreementAsked(found: Found): boolean {
  const verbs = reachingVerbs(found);
  if (verbs.length === 0) return false;
  const sentence = Math.max(...verbs.map((at) => found.sentence[at] ?? 0));
  const verb = Math.min(...verbs.filter((at) => found.sentence[at] === sentence));
  const asked = (at: number) => at > verb && found.sentence[at] === sentence;
  const agreements = [...found.positions('ownAgreement'), ...found.positions('relationship')].filter((at) => asked(at) && !found.negatedAt(at, 3));
  if (agreements.length === 0) return false;
  return found.positions('operational').every((at) => !asked(at) || agreements.some((agreement) => at >= agreement && at - agreement <= 3));
}

function understandRaw(raw: string, options: UnderstandOptions, slips: number): Understanding {
  const voiced = inCustomerVoice(raw);
  const normalized = withUmlautsRestored(normalize(voiced));
  // Wrong real words ("outrage", "die rechnen", "Azurblau") read as the words meant where their context wants them;
  // each counts as a typo for the reading's confidence.
  const wrongWords = withWrongWordsMended(inStandardGerman(withoutAbbreviationStops(normalized)));
  const joined = joinSeparableVerbs(wrongWords.text);
  const asTyped = scan(withoutAnswerForm(tokenize(joined)));
  // Only a word of the slips' table sends the text round again (the scan's record of each word says), and most
  // questions have none.
  if (slips === 0 && asTyped.words?.some((word) => word?.decidingSlip !== undefined)) {
    const mended = withDecidingSlipsMended(raw);
    if (mended.slips > 0) return understandRaw(mended.text, options, mended.slips);
  }
  const scanned = withOurCustomersNamed(withClientOfFreelancer(readable(asTyped)));
  const found = new Found(scanned);
  const topics = topicsOf(found);
  const topic = topicOf(found, topics);
  const intent = intentOf(found, topic, topics);
  let asks = asksOf(found);
  if (asks === 'microsoft-communicates' && raw.includes('?') && asksServiceState(found)) asks = 'live-status';
  const ownWords = withoutQuotedPassages(raw);
  // The asker's own words say what is asked: a pasted mail's order ("Prüfen Sie …") is not one to the bot, and a
  // policy word inside the pasted text ("… können diese Richtlinie anpassen") does not make "Fasse diese Meldung
  // zusammen: „…“" a question about the policy.
  if (raw !== ownWords && (asks === 'bot-task' || asks === 'microsoft-communicates')) {
    const own = asksOf(new Found(scan(withoutAnswerForm(tokenize(joinSeparableVerbs(withWrongWordsMended(inStandardGerman(withoutAbbreviationStops(withUmlautsRestored(normalize(ownWords))))).text))))));
    if (asks === 'bot-task' || own === 'bot-task') asks = own;
  }
  const recipient = recipientOf(found);
  const language = detectLanguage(languageEvidence(asTyped, raw, ownWords), raw, options);
  if (intent === 'off-topic' && asks === 'microsoft-communicates' && recipient === 'customer') {
    return { language, facts: emptyFacts(), confidence: confidenceOf(found, emptyFacts(), slips + wrongWords.mended) };
  }
  const cues = channelCues(found);
  const products = productsOf(found, cues);
  const alsoOwn = alsoHoldsOwn(found, cues);
  let bothChannels = (cues.some((cue) => cue.channel === 'csp') && cues.some((cue) => cue.channel === 'non-csp')) || alsoOwn;
  let ownRelationship = ownRelationshipOf(found, cues);
  // A bare "CSP" beside a question with no topic ("the CSP policy", "im CSP") says nothing about a product.
  const deciding = topic === 'none' && !cues.some((cue) => cue.channel === 'non-csp') ? cues.filter((cue) => !cue.weak) : cues;
  const asked = askedChannel(found, deciding, products, alsoOwn);
  // A product asked about whose channel is unsaid, beside the customer's own agreement for something else: both
  // channels are possible for it.
  const unsaid = asked === 'unsaid';
  let productChannel: ProductChannel = unsaid || asked === 'split' ? 'unknown' : asked;
  if (unsaid && ownRelationship === 'yes') bothChannels = true;
  // A product held partly through the partner and partly otherwise, asked about by its name: either channel.
  if (asked === 'split') bothChannels = true;
  const channelDoubted = channelDoubtedBy(found, topics, productChannel, bothChannels, ownRelationship, products);
  if (channelDoubted) {
    productChannel = 'unknown';
    if (ownRelationship === 'yes') ownRelationship = 'unknown';
  }
  // The asker is a CSP partner: a subscription matter with nothing said about the channel is taken as bought
  // through the partner (RULES.md); the answer says so and offers to flip it.
  const channelAssumed =
    productChannel === 'unknown' && !channelDoubted && !bothChannels && ownRelationship !== 'yes' && topic === 'billing';
  if (channelAssumed) productChannel = 'csp';
  // "… talk to them directly about the consulting engagement?", "about their MACC burn-down?": the customer's own
  // agreement asked about is the matter, whatever operational word the story before it (a data migration, a ransomware
  // case) or the agreement's own name ("Incident Response") holds.
  const agreementIsMatter =
    topic === 'operational' && topics.length === 1 && productChannel === 'non-csp' && ownRelationship === 'yes' && agreementAsked(found);
  const facts: Facts = {
    intent,
    asks,
    recipient,
    topic: intent === 'applies-to' || agreementIsMatter ? 'none' : topic,
    topics: intent === 'applies-to' || agreementIsMatter ? [] : topics,
    ownRelationship,
    productChannel,
    channelAssumed,
    channelDoubted,
    bothChannels,
    asksWhen: topic === 'none' && (found.has('ever') || found.has('when') || found.has('exceptions') || found.asksWhatAbout),
    products
  };
  // Where a typo was mended or guessed, the words as read go with the reading: the second opinion judges those, as it
  // would the question typed right ("Unetrschied" read as "Unterschied").
  // Only where the words are the ones typed: a customer's "we" read as the customer, a separable verb joined or a spoken
  // German word made standard are the reading's own words, which the second opinion was never trained on.
  // A wrong word read as the word meant is such a mended word: the second opinion judges the words as read.
  const misspelt =
    voiced === raw &&
    (joined === normalized || (wrongWords.mended > 0 && joinSeparableVerbs(wrongWords.text) === wrongWords.text)) &&
    (slips > 0 || wrongWords.mended > 0 || asTyped.matches.some((match) => match.fuzzy || match.mended));
  return { language, facts, confidence: confidenceOf(found, facts, slips + wrongWords.mended), ...(misspelt ? { spelling: asTyped.tokens.join(' ') } : {}) };
}
