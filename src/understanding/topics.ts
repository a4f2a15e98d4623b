import type { Topic } from './facts';
import type { Concept } from './lexicon';
import { ARROW, CLAUSE_END, isBreak } from './normalize';
import { wordPattern, wordSet } from './wordPatterns';
import { NO_POSITIONS, Found } from './found';
import {
  ALL_WORDS,
  RELATIVE_OPENERS,
  RELATIVE_HEADS,
  PASSIVE_AUXILIARIES,
  FROM_WORDS,
  TO_WORDS,
  CLOSING_MODAL,
  VERB_FIRST,
  frontedObject,
  determinerBeforeNoun,
  GENERIC_HOLDINGS,
  OR,
  slipped,
  purchaseWordsApart
} from './grammar';

/** Every topic present in the question, and the one it is about. */

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
  // … not a number that ends a product's name: "the Dynamics 365 seat count", "Microsoft 365 seat changes"
  if (token === 'seat' && /^\d+$/.test(found.tokens[at - 1] ?? '') && !found.scanned.products.some((product) => at - 1 >= product.at && at - 1 < product.at + product.length)) return true;
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
export function topicsOf(found: Found): Array<Exclude<Topic, 'none'>> {
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
  const marketing = sure('marketing').filter((at) => !ownDepartment(at) && !askersRole(found, at) && !askersPurpose(found, at) && !deniedForOther(found, at) && !partnerCampaign(found, at) && !describesChange(found, at) && !eventAsTime(found, at));
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
      !costEvent(found, at) &&
      !channelStated(found, at)
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
    if (found.positions('operationalWeak').some((at) => !costAlert(found, at) && !routeDenied(found, at)) && !topics.includes('operational')) topics.push('operational');
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
  const weakBilling = found.positions('billingWeak').filter((at) => !describesOnly(found, at) && !renewsCredential(found, at) && !changesOtherThing(found, at) && !changesSomething(found, at) && !channelMove(found, at) && !licensedThrough(found, at) && !channelStated(found, at)).length + guessed('billing');
  const weakOperational = found.positions('operationalWeak').filter((at) => !checksOnly(found, at) && !howItWorks(found, at) && !costAlert(found, at) && !routeDenied(found, at)).length;
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

/**
 * "Die Kommunikation läuft nicht über Microsoft", "Azure läuft nicht über uns", "geht nicht über den Distributor": what
 * does not run through someone is a route denied, no service down.
 */
function routeDenied(found: Found, at: number): boolean {
  return /^(laeuft|lief|laufen|liefen|geht|gehen|ging)$/.test(found.tokens[at] ?? '') && /^(nicht|nie|niemals)$/.test(found.tokens[at + 1] ?? '') && /^(ueber|via|durch|von|vom)$/.test(found.tokens[at + 2] ?? '');
}

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

export const SELLERS_OWN = /^(we|wir|i|ich|us|uns|you|ihr)$/;
const PARTNER_SUBJECT = /^(we|wir|i|ich|i'm|im|we're|i've|we've|i'd|we'd|i'll|we'll)$/;
export const PARTNER_OWN = /^(our|my|unser\w*|mein\w*)$/;

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
export const ADVISING = /^(suggest\w*|recommend\w*|advis\w*|encourag\w*|urg\w*|nudg\w*|empfiehlt|empfehlen|empfohlen|raet|raten|geraten|nahelegt|nahelegen|vorschlaegt|vorschlagen|vorgeschlagen)$/;

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

/**
 * "Bin ich als Account Manager dafür zuständig, …", "As the account manager, is it my job …", "Ich als Vertriebler": a
 * sales role the asker speaks in is who asks, not what is asked about.
 */
function askersRole(found: Found, at: number): boolean {
  if (!salesRole(found, at) && !/^vertriebler\w*$/.test(found.tokens[at] ?? '')) return false;
  const before = found.tokens[at - 1] ?? '';
  return /^(als|as)$/.test(before) || (/^(the|an|a)$/.test(before) && found.tokens[at - 2] === 'as');
}

/** What the asker needs an answer for: a training, a deck, slides, an FAQ, a wiki page, a guide. */
const PURPOSE_NOUNS = /^(training|trainings|\w*schulung|\w*schulungen|\w*training|\w*trainings|deck|decks|slide|slides|\w*folien|\w*praesentation\w*|presentation\w*|faq\w*|wiki\w*|handbook|handbuch\w*|leitfaden|playbook|cheat|cheatsheet|spickzettel|quiz\w*|enablement|\w*dokumentation|documentation)$/;
const FOR = /^(for|fuer)$/;

/**
 * "For a sales training I'm preparing: in which cases …", "für eine Vertriebsschulung: In welchen Fällen …", "For our
 * sales team's onboarding deck: …": a clause opened by "for", naming what the asker needs the answer for and reaching
 * no one, is the asker's purpose; a sales word in it is no topic of the question.
 */
function askersPurpose(found: Found, at: number): boolean {
  const clause = found.clause[at];
  let start = at;
  while (start > 0 && found.clause[start - 1] === clause && !isBreak(found.tokens[start - 1] ?? '.')) start--;
  if (!FOR.test(found.tokens[start] ?? '') || at - start > 6) return false;
  let end = at;
  while (end + 1 < found.tokens.length && found.clause[end + 1] === clause && !isBreak(found.tokens[end + 1] ?? '.')) end++;
  if (end - start > 9 || !isBreak(found.tokens[end + 1] ?? '.')) return false;
  if (found.within('communicate', start, end) || found.within('microsoft', start, end) || found.within('customer', start, end)) return false;
  for (let position = start; position <= end; position++) if (PURPOSE_NOUNS.test(found.tokens[position] ?? '')) return true;
  return false;
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

const CHANNEL_ROUTE = /^(via|through|thru|ueber|bei|beim|from|von|vom|with)$/;
/** What a channel statement is said of: the customer's licences, subscriptions, seats, or all it has. */
const HOLDINGS = /^(licen[cs]es?|licensing|subscriptions?|subs|seats?|lizenz|lizenzen|lizensen|abos?|abonnements?|plaetze|alles|everything)$/;
/** The words a clause that only states the channel is made of, beside the customer, the partner, products and the channel. */
const STATING_WORDS =
  /^(is|are|was|were|be|been|run|runs|go|goes|come|comes|sit|sits|ist|sind|war|waren|laeuft|laufen|liegt|liegen|kommt|kommen|has|have|hat|haben|hatte|bezieht|beziehen|all|alle|allen|alles|every|each|of|their|his|her|its|the|our|they|he|she|it|er|sie|es|seine|seinen|ihre|ihren|die|der|das|des|saemtliche\w*|komplett|ausschliesslich|only|nur|entirely|exclusively|fully|wholly|vollstaendig|current|currently|aktuell|derzeit|momentan|still|noch|also|auch|via|through|thru|ueber|bei|beim|with|from|von|vom|im|in|under|unter|on|per|as|als|a|an|ein|eine)$/;

/**
 * "All their licences are CSP through us", "Every seat they have is CSP via our company", "Alle Lizenzen des Kunden
 * laufen bei uns über CSP", "Seine Abos hat er alle über uns im CSP": a clause that only says how the customer's
 * holdings were bought states the channel; it names no subscription matter. Only where every word of the clause is
 * the holding, the customer, the partner, a product, the channel or a word of stating.
 */
function channelStated(found: Found, at: number): boolean {
  if (!HOLDINGS.test(found.tokens[at] ?? '')) return false;
  const clause = found.clause[at];
  let first = at;
  while (first > 0 && found.clause[first - 1] === clause && !isBreak(found.tokens[first - 1] ?? '.')) first--;
  let last = at;
  while (found.clause[last + 1] === clause && !isBreak(found.tokens[last + 1] ?? '.')) last++;
  let channel = false;
  for (let position = first; position <= last; position++) {
    const token = found.tokens[position] ?? '';
    const cue = (['csp', 'throughUs'] as const).find((concept) => found.at(concept, position));
    // "via our company", "bei uns": the partner after a word of the route is the channel too
    const partnerAt = (['partnerObject', 'partner'] as const).find((concept) => found.at(concept, position));
    if (cue !== undefined || (partnerAt !== undefined && CHANNEL_ROUTE.test(found.tokens[position - 1] ?? ''))) {
      channel = true;
      position = found.lastOf(cue ?? (partnerAt as Concept), position);
      continue;
    }
    if (partnerAt !== undefined) {
      position = found.lastOf(partnerAt, position);
      continue;
    }
    // "die Lizenzen des Vereins", "the seats of the club": whose the holdings are
    const holder = (found.tokens[position - 1] === 'des' || (/^(der|of)$/.test(found.tokens[position - 1] ?? '') && position - 1 === at + 1)) || (found.tokens[position - 2] === 'of' && /^(the|their)$/.test(found.tokens[position - 1] ?? ''));
    if (position === at || holder || HOLDINGS.test(token) || STATING_WORDS.test(token) || found.at('customer', position)) continue;
    if (found.scanned.products.some((product) => position >= product.at && position < product.at + product.length)) continue;
    return false;
  }
  return channel;
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
export const SELLING_WORDS = ['verkauf', 'verkaufen', 'sell', 'selling', 'anbiet\\w*', 'anzubieten', 'offer', 'offering', 'pitch\\w*', 'upsell\\w*'];
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
  // … or "+ Kauf zusätzlicher Kapazität", "and the purchase of extra capacity": buying more of anything
  else if (
    !parts.includes('billing') &&
    found.positions('buy').some(
      (at) =>
        (otherPart(at) && found.positions('billingWeak').some((word) => (word > at && word - at <= 3) || (word < at && at - word <= 6 && otherPart(word)))) ||
        // (a headline lists its parts with "+" or commas: "Löschung inaktiver Umgebungen + Kauf zusätzlicher Kapazität")
        (sentences.has(found.sentence[at]) &&
          !operationalSegments.has(found.segment[at]) &&
          [1, 2, 3].some((next) => found.segment[at + next] === found.segment[at] && MORE.test(found.tokens[at + next] ?? '')))
    )
  )
    parts.push('billing');
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

const RECEIVED_PAST = /^(received|got|gotten|erhielt|erhielten|bekam|bekamen|kriegte|kriegten|gekriegt)$/;
const RECEIVED_PARTICIPLE = /^(erhalten|bekommen)$/;
const PERFECT_AUXILIARY = /^(hat|haben|hatte|hatten)$/;
function receivedInPast(found: Found, at: number): boolean {
  const token = found.tokens[at] ?? '';
  if (RECEIVED_PAST.test(token)) return true;
  if (!RECEIVED_PARTICIPLE.test(token)) return false;
  for (let other = at - 1; other >= 0 && found.sentence[other] === found.sentence[at]; other--) if (PERFECT_AUXILIARY.test(found.tokens[other] ?? '')) return true;
  return false;
}
const MESSAGE_ARTICLE = /^(a|an|the|one|another|ein|eine|einen|einer|die|der|das|den|dem|diese|dieser|this|that)$/;
/** A sentence that reports a message received: its verbs only verbs of receiving, and no verb opening it. */
function receiptReported(found: Found, verbs: readonly number[], sentence: number): boolean {
  const inSentence = verbs.filter((at) => found.sentence[at] === sentence);
  let opening = found.sentence.indexOf(sentence);
  while (isBreak(found.tokens[opening] ?? '')) opening++;
  return (
    // received, not receives: an event told ("got", "received", "hat … erhalten", "bekam"), not a question of what happens
    inSentence.some((at) => found.at('receive', at) && !found.at('communicate', at) && receivedInPast(found, at)) &&
    // … and a message named as the thing received ("a mail", "eine Mail"), no one sending it
    inSentence.every((at) => !found.at('who', at) && (!found.at('communicate', at) || (found.at('receive', at) || MESSAGE_ARTICLE.test(found.tokens[at - 1] ?? '')))) &&
    !VERB_FIRST.test(found.tokens[opening] ?? '') &&
    // … from Microsoft: the sender named in the report
    found.positions('microsoft').some((at) => found.sentence[at] === sentence) &&
    !found.at('receive', opening)
  );
}

function askedTopics(found: Found, topics: Array<Exclude<Topic, 'none'>>): Array<Exclude<Topic, 'none'>> {
  if (topics.length < 2 || found.has('both') || pairedParts(found) || partsPointedBack(found)) return topics;
  const verbs = [...found.positions('communicate'), ...found.positions('receive'), ...found.positions('who')];
  if (verbs.length === 0) return topics;
  let lastSentence = Math.max(...verbs.map((at) => found.sentence[at] ?? 0));
  // "Who sends my customer the invoice for Visio? The customer got a mail about a Visio outage from Microsoft.", "Wer
  // informiert den Kunden über die Verlängerung? Der Kunde hat von Microsoft eine Mail zu einer Störung erhalten.": a
  // report, after the question, of a message the customer received (a statement in the past whose only verb is one of
  // receiving, Microsoft named in it, no tag after it) tells what the question was asked after; the question asked is
  // the sentence before.
  const earlier = verbs.filter((at) => (found.sentence[at] ?? 0) < lastSentence);
  if (earlier.length > 0 && receiptReported(found, verbs, lastSentence) && !statedToConfirm(found)) lastSentence = Math.max(...earlier.map((at) => found.sentence[at] ?? 0));
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

export const DATA_MOVES = wordPattern(/^(mov(e|es|ed|ing)|relocat\w*|migrat\w*|verschieb\w*|verschoben|verlager\w*|umzug\w*|umzieh\w*|umgezogen|zieht|zuegel\w*|gezuegelt)$/);
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
const BYPASS_IDIOM = /^(behind|over|cut|cuts|cutting|sidestep\w*|dazwischenfunk\w*|reingraetsch\w*|hineingraetsch\w*|querschiess\w*|einmisch\w*|reinpfusch\w*|reinredet|reinreden|hinter|hinterm|ueber)$/;
function routeOnly(found: Found): boolean {
  return found.positions('exceptions').every((at) => {
    const token = found.tokens[at] ?? '';
    return (
      /^(bypass\w*|umgeh\w*|umgang\w*)$/.test(token) ||
      found.tokens.slice(at, at + 4).includes('vorbei') ||
      (/^(go|goes|going|went)$/.test(token) && /^(around|past)$/.test(found.tokens[at + 1] ?? '')) ||
      // "behind our back", "over our heads", "cut us out", "funkt dazwischen", "mischt sich ein": the partner bypassed
      BYPASS_IDIOM.test(token) ||
      givenAsReason(found, at) ||
      setsPartiesApart(found, at)
    );
  });
}

/**
 * "Microsoft writes only to the partner and never to the customer about invoices?": "and never" between the partner
 * and the customer sets one recipient against the other, as ", never the customer" does; it states whether Microsoft
 * reaches the customer on that matter, not a question for the exceptions.
 */
function setsPartiesApart(found: Found, at: number): boolean {
  const sentence = found.sentence[at];
  const party = (position: number) => found.sentence[position] === sentence && (found.at('customer', position) || found.at('partner', position) || found.at('partnerObject', position));
  // "only ever writes to the partner, never to the customer": "only ever" before the partner, a denial of the customer after
  if (found.tokens[at] === 'only' && found.tokens[at + 1] === 'ever') {
    const partner = [2, 3, 4, 5, 6].find((next) => found.sentence[at + next] === sentence && (found.at('partner', at + next) || found.at('partnerObject', at + next)));
    if (partner === undefined) return false;
    return found.tokens.some((token, never) => never > at + partner && never - at - partner <= 4 && found.sentence[never] === sentence && /^(never|not)$/.test(token) && [1, 2, 3].some((next) => found.at('customer', never + next)));
  }
  if (found.tokens[at] !== 'and' || found.tokens[at + 1] !== 'never') return false;
  const before = [1, 2, 3, 4].some((back) => party(at - back));
  const after = [2, 3, 4, 5].some((next) => party(at + next));
  return before && after;
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

export function topicOf(found: Found, topics: ReadonlyArray<Exclude<Topic, 'none'>>): Topic {
  // "does MS go behind our back …", "mischt sich Microsoft nicht ein": the partner bypassed, said as people say it, asks
  // for no exceptions; it is the principle, as the question's other words read it
  const asksExceptions = found.positions('exceptions').some((at) => !BYPASS_IDIOM.test(found.tokens[at] ?? '')) && !(topics.length > 0 && routeOnly(found));
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
  // "T/F: every message a customer gets comes from the partner": a sweeping claim stated as fact asks for the cases
  if (topics.length === 0 && sweepingClaim(found)) return 'none';
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

/** Words that sweep: every message, all of it, always, "pauschal", "ausnahmslos". */
const SWEEPING = wordPattern(/^(every|everything|all|jede|jeder|jedes|jeden|alle|alles|saemtliche\w*|pauschal|ausnahmslos|always|immer)$/);
/**
 * What makes a claim the principle rather than a fact without exception: a norm or an expectation ("should come from
 * us", "soll vom Partner kommen", "Microsoft expects"), or a hedge ("in general", "grundsätzlich", "normalerweise").
 */
const NORM_OR_HEDGE = wordPattern(
  /^(should|must|supposed|expect\w*|ought|meant|soll|sollen|sollte|sollten|muss|muessen|muesste|musst|erwart\w*|vorgesehen|gedacht|general\w*|generell|grundsaetzlich|normal\w*|usually|typically|default|principle|prinzip\w*|regel|rule|allgemein\w*|standard\w*|mostly|meist\w*|basically|primarily|hauptsaechlich|eigentlich|ideally|idealerweise)$/
);

/** "laut Richtlinie", "per policy", "according to Microsoft", "Microsofts offizielle Linie": the claim is the principle. */
const ATTRIBUTED = wordPattern(/^(laut|lt|gemaess|per|according|official\w*|offiziell\w*|linie|line|richtlinie\w*|policy|policies)$/);
/** Statements put to be judged: "T/F:", "R/F:", "true or false", "richtig oder falsch", "wahr oder falsch". */
const TRUE_OR_FALSE = /^(t f|r f|w f|true false|true or false|richtig falsch|richtig oder falsch|wahr falsch|wahr oder falsch)$/;

/**
 * A claim judged as it stands: a quiz statement's frame ("T/F:", "richtig oder falsch:"), a message opened by a bare
 * "Stimmt's?" / "True?" before the claim, or the sweep itself asked about ("stimmt das so pauschal?", "without
 * exception?"). A question that only asks whether everything comes from the partner ("Kommt jede Nachricht vom
 * Partner?", "…, right?") asks for the principle.
 */
function judgedAsSweeping(found: Found): boolean {
  const { tokens } = found;
  for (const length of [2, 3]) if (TRUE_OR_FALSE.test(tokens.slice(0, length).join(' '))) return true;
  if (/^(stimmt|stimmts|true|richtig|wahr)$/.test(tokens[0] ?? '') && isBreak(tokens[1] ?? '')) return true;
  return tokens.some((token, at) => token === 'pauschal' || token === 'ausnahmslos' || (token === 'without' && tokens[at + 1] === 'exception') || (token === 'across' && tokens[at + 2] === 'board'));
}

/**
 * "T/F: under CSP, every message a customer gets comes from the partner", "Stimmt's? Im CSP-Modell kommt jede Nachricht
 * an den Kunden vom Partner", "'alles läuft über den Partner' – stimmt das so pauschal?": a sweeping claim, stated as a
 * fact, that all that reaches the customer comes from or goes through the partner is not what the policy says
 * (operational messages, the customer's own agreements come from Microsoft): it asks for the cases. Not the principle
 * put as a norm or hedged ("everything should come from us", "im Allgemeinen läuft alles über den Partner"), nor a
 * purchase or a product ("kauft alles über uns", "all their Azure comes from us").
 */
export function sweepingClaim(found: Found): boolean {
  if (!found.holds(SWEEPING) || found.holds(NORM_OR_HEDGE) || found.holds(ATTRIBUTED) || found.has('buy') || found.scanned.products.length > 0) return false;
  if (!judgedAsSweeping(found)) return false;
  return found.someWord(SWEEPING, (at) => {
    const sentence = found.sentence[at];
    const inSentence = (test: (other: number) => boolean) => found.tokens.some((_token, other) => found.sentence[other] === sentence && test(other));
    // "has to come from us", "have to go through the partner": a norm in two words
    if (inSentence((other) => /^(has|have|had|need|needs)$/.test(found.tokens[other] ?? '') && found.tokens[other + 1] === 'to')) return false;
    const toPartner = (route: number) => found.at('partnerObject', route + 1) || found.within('partner', route + 1, route + 2, found.clause[route]);
    const routed = inSentence((other) => (PARTNER_ROUTE.test(found.tokens[other] ?? '') && toPartner(other)) || found.at('throughUs', other));
    return routed && inSentence((other) => GOES_OR_COMES.test(found.tokens[other] ?? ''));
  });
}

/**
 * "Heißt das, unsere Kunden hören eigentlich nur von uns?", "Will Microsoft, dass die Kunden nur mit uns reden?",
 * "im Allgemeinen läuft alles über den Partner, oder?", "everything should come from us, right?": the principle put to be
 * confirmed, with the partner as the one the customer hears from. Not a purchase or a holding ("kauft alles über
 * uns", "hat nur Lizenzen von uns"): that is the channel.
 */
export function onlyThroughPartner(found: Found): boolean {
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
export function expectsOfPartner(found: Found): boolean {
  if (!found.holds(EXPECTS)) return false;
  return found.someWord(EXPECTS, (at) => {
    const clause = found.clause[at];
    // Microsoft the one who expects, not the source of what someone else expects ("was er von Microsoft erwarten kann")
    const expecter = (ms: number) => Math.abs(ms - at) <= 4 && found.clause[ms] === clause && !/^(von|vom|from|by)$/.test(found.tokens[ms - 1] ?? '');
    if (!found.positions('microsoft').some(expecter)) return false;
    // "Microsoft doesn't expect to talk to CSP customers itself", "erwartet Microsoft, selbst mit den Kunden zu
    // sprechen?": what Microsoft expects of its own contact with the customers is the principle too
    const ownContact = (verb: number) =>
      found.at('communicate', verb) &&
      found.sentence[verb] === found.sentence[at] &&
      (found.tokens[verb - 1] === 'to' || found.tokens[verb - 1] === 'zu' || /^\w+zu\w+en$/.test(found.tokens[verb] ?? '')) &&
      found.positions('customer').some((customer) => found.sentence[customer] === found.sentence[at] && customer > at);
    // … Microsoft the one expecting, not whom someone else expects to act ("expect Microsoft to email them")
    const expecting = found.positions('microsoft').some((ms) => expecter(ms) && !(ms > at && found.tokens[ms + 1] === 'to'));
    if (expecting && [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].some((ahead) => ownContact(at + ahead))) return true;
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
export function asksContactRole(found: Found): boolean {
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

export function asksWho(found: Found): boolean {
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

/**
 * The positions in any of the lists, each once and in order: where a reading with several kinds of anchor word looks.
 * The lists are short (a few anchors of a question), so each position is put in its place as it comes.
 */
export function anchorsIn(...lists: ReadonlyArray<readonly number[]>): readonly number[] {
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

const DELEGATES = wordPattern(/^(ueberlaesst|ueberlassen|ueberlasse|leaves|leave|left|delegat\w*)$/);
/** What "delegated" names in the partner's admin access (GDAP: "our delegated admin relationship", "delegated access"). */
const DELEGATED_ACCESS = /^(admin\w*|access|privileges?|permissions?|rights|roles?|relationships?|zugriff\w*|rechte\w*|berechtigung\w*)$/;

/** A word of handing something over ("leaves it to the partner", "delegiert"), not the name of delegated admin access. */
export function handsOverAt(found: Found, at: number): boolean {
  const token = found.tokens[at] ?? '';
  return DELEGATES.test(token) && !(/^(delegated|delegierte\w*)$/.test(token) && DELEGATED_ACCESS.test(found.tokens[at + 1] ?? ''));
}

export const REPORTING = /^(asks|asked|fragt|fragte|wants|wonders|wondered|says|said|meint|sagt|sagte)$/;

/** "bought … with a credit card", "paid by card": the card bought something, so it is a purchase, not a billing matter. */
export function cardBought(found: Found): boolean {
  // (a product's name counts as one word, the words of how many were bought not at all: "bought a few Microsoft 365
  // Business Premium licences with a credit card")
  return found.positions('creditCard').some((card) =>
    found.positions('buy').some((buy) => (buy < card ? purchaseWordsApart(found, buy, card) : Math.abs(buy - card)) <= 8 && found.sentence[buy] === found.sentence[card])
  );
}

/**
 * "Kontaktiert Microsoft unsere Kunden direkt, oder läuft alles über uns?", "can Microsoft contact them directly, or is
 * everything through you?": "everything through us" as the other side of an alternative to Microsoft reaching the
 * customer is the way messages take, not what the customer buys (which "kauft alles über uns" still says).
 */
export function everythingOtherwise(found: Found, at: number): boolean {
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
/** A move as a noun or an infinitive: what someone aims at or proposes ("mit dem Ziel eines Wechsels in …", "to move them to …"). */
const MOVE_AIMED = /^(move|switch|migrate|migration|transfer|transition|wechsel|wechsels|wechseln|umstieg|umstiegs|umsteigen|umzusteigen|ueberfuehren|ueberfuehrung|migrieren|bewegen|pull|poach|lure|steer|push|convert|abwerben|abzuwerben|rausholen|herausholen|abziehen|locken|draengen)$/;
/** "after the switch to an EA", "nach dem Wechsel in den Direktvertrag": a move named as done. */
const MOVE_DONE_BEFORE = /^(after|since|nach|seit|seitdem)$/;

const PURPOSE_OPENERS = wordPattern(/^(damit|so)$/);

/**
 * "Kann Microsoft ihn ansprechen, damit er aus dem CSP rausgeht und direkt kauft?", "… so that they buy directly":
 * a direct purchase in the purpose of Microsoft's approach is what Microsoft aims at, not what the customer has.
 */
export function purposeOfMicrosoft(found: Found, at: number): boolean {
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
export function movedInto(found: Found, target: number): boolean {
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
