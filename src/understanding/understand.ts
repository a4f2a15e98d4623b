import {
  emptyFacts,
  type Facts,
  type Product,
  type ProductChannel,
  type Topic,
  type TriState,
  type Understanding
} from './facts';
import type { Concept } from './lexicon';
import { scan, type ProductMatch } from './matcher';
import { CLAUSE_END, isBreak, normalize, SENTENCE_END, tokenize } from './normalize';
import { withWrongWordsMended } from './wrongWords';
import { wordPattern, wordSet } from './wordPatterns';
import { GERMAN_PARTICLE_BUT, Found, COMING } from './found';
import {
  FUNCTION_WORDS,
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
import { type UnderstandOptions, languageEvidence, detectLanguage } from './language';
import {
  topicsOf,
  SELLERS_OWN,
  PARTNER_OWN,
  ADVISING,
  SELLING_WORDS,
  topicOf,
  cardBought,
  everythingOtherwise,
  purposeOfMicrosoft,
  movedInto
} from './topics';
import { intentOf } from './intent';
import { recipientOf } from './recipient';
import { asksServiceState, asksOf } from './asked';

export type { UnderstandOptions } from './language';

/** Longer input is read on its first characters only; the bot itself truncates earlier and says so. */
const MAX_READ_LENGTH = 2_000;

const PURCHASE_VERBS = wordPattern(/^(bought|buys|buy|purchased|sold|sell|ordered|gekauft|kauft|bezogen|bezieht|verkauft|laeuft|laufen|lief|liefen|bestellt)$/);

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
