import type { ProductChannel, TriState } from './facts';
import { isBreak } from './normalize';
import { wordPattern, wordSet } from './wordPatterns';
import { Found, COMING } from './found';
import {
  RELATIVE_SUBJECT,
  FROM,
  wordsIn,
  FROM_WORDS,
  TO_WORDS,
  CLOSING_MODAL,
  GENERIC_HOLDINGS,
  ONLY_OR_ALL,
  OR,
  WE,
  MELDEN,
  meldenBeiPhrases,
  slipped,
  purchaseWordsApart
} from './grammar';
import {
  SELLERS_OWN,
  PARTNER_OWN,
  ADVISING,
  SELLING_WORDS,
  cardBought,
  everythingOtherwise,
  purposeOfMicrosoft,
  movedInto
} from './topics';

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
      // "pays … by credit card to us", "by credit card straight to Microsoft": the card's own words, a word of manner,
      // then to whom
      const to = Math.max(pay, card) + 4;
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

export interface ChannelCue {
  at: number;
  channel: Exclude<ProductChannel, 'unknown'>;
  /** Says the customer has its own relationship with Microsoft (an agreement, a direct purchase), not only "not via us". */
  statesOwn: boolean;
  /** A bare "CSP": names the channel of a product beside it, but does not alone say what the question is about. */
  weak?: boolean;
}

export const ROUTE_VERBS = /^(going|go|goes|routed|routing|passing|gehen|geht|zu gehen)$/;
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
/**
 * Microsoft named as the sender just before: "from MSFT, not via us", "von Microsoft bekommen, nicht über uns", after a
 * message got or sent in that sentence (a purchase, "bought it from Microsoft, not through us", stays one).
 */
function sentFromMicrosoftBefore(found: Found, at: number): boolean {
  const sentence = found.sentence[at];
  const message = (found.has('receive') || found.has('communicate') || found.has('happened')) && !found.positions('buy').some((buy) => found.sentence[buy] === sentence && buy < at);
  if (!message) return false;
  // only the denial set beside the sender, closing its phrase: "from MSFT, not via us." ("Trial nicht über uns
  // angelegt" says how the trial was set up)
  const span = found.scanned.matches.find((match) => match.concept === 'throughUs' && match.at === at)?.span ?? 1;
  if (!isBreak(found.tokens[at + span] ?? '.')) return false;
  return found.positions('microsoft').some(
    (ms) =>
      ms < at &&
      at - ms <= 4 &&
      found.sentence[ms] === sentence &&
      FROM.test(found.tokens[ms - 1] ?? '') &&
      // (German closes on the participle of getting first: "von Microsoft bekommen, nicht über uns")
      found.tokens.slice(ms + 1, at).every((token, offset) => isBreak(token) || (['negation', 'receive', 'happened', 'communicate'] as const).some((concept) => found.at(concept, ms + 1 + offset)))
  );
}

export function routeOrSender(found: Found, at: number): boolean {
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

/** "bei uns" after "sich melden" is the one reached, not where something was bought. */
function reportedToAt(found: Found, at: number): boolean {
  if (!found.holds(MELDEN) || !/^(bei|beim)$/.test(found.tokens[at] ?? '')) return false;
  return found.where(MELDEN).some((verb) => found.clause[verb] === found.clause[at] && meldenBeiPhrases(found, verb).includes(at));
}

/** Verbs of buying or getting whose subject may be the partner ("we buy", "beziehen wir", "die wir … einkaufen"). */
const PARTNER_PURCHASE_VERB = wordPattern(
  /^(buy|buys|bought|purchase|purchased|get|got|obtain|obtained|order|ordered|source|sourced|procure|procured|kaufen|kaufe|gekauft|einkaufen|eingekauft|beziehen|beziehe|bezogen|bestellen|bestellt|holen|geholt|bekommen|erhalten)$/
);

/**
 * "We buy Visio directly from Microsoft", "die Lizenzen, die wir direkt von Microsoft beziehen", "beziehen wir direkt",
 * "the licences we get straight from Microsoft": the PARTNER's own purchase from Microsoft, its subject "we" / "wir" right
 * beside the verb (German may put the verb last, after "direkt"). It is not the customer's own relationship with
 * Microsoft, nor plainly the partner's CSP channel (a partner's own licences, or a direct-bill partner's stock): no cue
 * here, a doubt about the channel in channelDoubt (`partnerBoughtDirect`). A customer's "we" quoted or reported is the
 * customer by then (text.ts, inCustomerVoice).
 */
export function partnersPurchase(found: Found, at: number): boolean {
  if (!found.holds(WE) || !found.holds(PARTNER_PURCHASE_VERB)) return false;
  const clause = found.clause[at];
  return found.someWord(WE, (we) => {
    if (we > at || found.clause[we] !== clause || wordsApart(found, we, at) > 9) return false;
    return found.someWord(
      PARTNER_PURCHASE_VERB,
      (verb) =>
        found.clause[verb] === clause &&
        !found.negatedAt(verb, 3) &&
        // "we buy", "we have bought", "beziehen wir"; German last: "die wir direkt von Microsoft beziehen"
        ((verb > we && verb - we <= 2) || verb === we - 1 || (verb > at && verb - at <= 4 && found.tokens.slice(at + 1, verb).every((word) => !isBreak(word))))
    );
  });
}

/** "under our own agreement with Microsoft", "über unseren eigenen Vertrag": the partner's own agreement, not the customer's. */
function partnersAgreement(found: Found, at: number): boolean {
  return found.tokens.slice(Math.max(0, at - 3), at).some((word) => PARTNER_OWN.test(word)) && !found.within('customer', at - 3, at - 1);
}

/** Words that make an agreement one of its own: "our own agreement", "unseren eigenen Vertrag", "our direct contract". */
const OWN_OR_DIRECT = /^(own|direct|eigene\w*|direkte\w*)$/;

/**
 * The partner's own direct purchase from Microsoft or its own direct agreement with it ("we buy Visio directly from
 * Microsoft", "über unseren eigenen Vertrag mit Microsoft"): RULES.md says nothing of it, so the channel is in doubt.
 */
export function partnerBoughtDirect(found: Found): boolean {
  if (!found.holds(WE) && !found.holds(PARTNER_OWN_WORD)) return false;
  if (found.positions('direct').some((at) => partnersPurchase(found, at) && !found.negatedAt(at, 3))) return true;
  return (['ownAgreement', 'relationship'] as const).some((concept) =>
    found.positions(concept).some(
      (at) =>
        partnersAgreement(found, at) &&
        !found.negatedAt(at, 3) &&
        (found.tokens.slice(Math.max(0, at - 2), at + 1).some((word) => OWN_OR_DIRECT.test(word)) || /^(direktvertrag\w*|eigenvertrag\w*)$/.test(found.tokens[at] ?? '')) &&
        found.within('microsoft', at + 1, at + 3, found.clause[at])
    )
  );
}
const PARTNER_OWN_WORD = wordPattern(PARTNER_OWN);

/** Going over to someone, said of holdings: "zu Microsoft abgewandert", "seien … abgeflossen", "went over to". */
const WENT_OVER = /^(abgewandert|abgeflossen|abgesprungen|abwandern|abfliessen|wandern|fliessen|gewandert|went|gone)$/;

/**
 * "die Lizenzen für Visio seien direkt zu Microsoft abgeflossen", "ist mit Visio zu Microsoft gewechselt", "moved their
 * Visio licences to Microsoft directly": a product or its holdings moved to Microsoft is held directly now. A move made
 * (or gone over) with "to/zu Microsoft" in its clause and a product or holding named there; a person who moved to
 * Microsoft ("unser Ansprechpartner ist zu Microsoft gewechselt") names neither.
 */
function movedToMicrosoft(found: Found): number[] {
  const moves: number[] = [];
  for (const ms of found.positions('microsoft')) {
    if (!TO_WORDS.test(found.tokens[ms - 1] ?? '') || /^(in|auf|nach)$/.test(found.tokens[ms - 1] ?? '')) continue;
    const clause = found.clause[ms];
    const inClause = (at: number) => found.clause[at] === clause;
    let verb = -1;
    for (let at = Math.max(0, ms - 12); at <= ms + 4 && verb < 0; at++) if (inClause(at) && (MOVE_MADE.test(found.tokens[at] ?? '') || WENT_OVER.test(found.tokens[at] ?? ''))) verb = at;
    if (verb < 0 || found.negatedAt(verb, 4) || found.negatedAt(ms, 4)) continue;
    const named = found.scanned.products.some((product) => inClause(product.at)) || found.tokens.some((word, at) => inClause(at) && GENERIC_HOLDINGS.test(word));
    // "communicated the move to Microsoft", "reported to Microsoft": nothing moved
    if (named && !found.within('communicate', verb - 2, ms, clause)) moves.push(ms);
  }
  return moves;
}

/** "without us", "ohne uns": the partner left out (channelCues). */
const WITHOUT = wordPattern(/^(without|ohne)$/);

/** How many words apart two positions are, a product's name between them counting as one word (wordsIn). */
function wordsApart(found: Found, from: number, to: number): number {
  return 1 + wordsIn(found.scanned, Math.min(from, to) + 1, Math.max(from, to));
}

/** `words` apart, a phrase of bypassing the partner between counting as one word: "bought Azure behind our back directly". */
function lessBypass(found: Found, from: number, to: number, words: number): number {
  if (!found.has('exceptions')) return words;
  const [low, high] = from < to ? [from, to] : [to, from];
  return found.scanned.matches.reduce((apart, match) => (match.concept === 'exceptions' && match.at > low && match.at + (match.span ?? 1) - 1 < high ? apart - ((match.span ?? 1) - 1) : apart), words);
}

export function channelCues(found: Found): ChannelCue[] {
  const cues: ChannelCue[] = [];
  const cardPurchase = cardBought(found);
  const direct = (at: number, statesOwn = true) => cues.push({ at, channel: 'non-csp', statesOwn });
  const csp = (at: number) => cues.push({ at, channel: 'csp', statesOwn: false });
  for (const at of found.positions('ownAgreement')) {
    if (found.negatedAt(at, 3) || microsoftsRelationship(found, at) || webPageOnly(found, at) || partnersAgreement(found, at)) continue;
    // "PAYG billing policy for Power Platform is linked to an Azure subscription … under our CSP Azure plan": pay-as-you-go
    // billed through the partner's Azure plan is the partner's
    if (paygOnAzurePlan(found, at)) csp(at);
    else direct(at);
  }
  for (const at of found.positions('nonCsp')) direct(at, false);
  for (const at of movedToMicrosoft(found)) direct(at);
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
      found.positions('buy').some((buy) => lessBypass(found, buy, at, buy < at ? purchaseWordsApart(found, buy, at) : wordsApart(found, buy, at)) <= 4 && found.clause[buy] === clause && !(buy < at && (found.within('throughUs', buy - 3, buy - 1, clause) || found.within('csp', buy - 3, buy - 1, clause)))) ||
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
    if ((purchase || holdsDirectly(found, at) || microsoftSoldAt(found, at) || gotDirectly(found, at) || coordinatedDirect(found, at)) && !toSomeone && !deniedPurchase && !found.negatedAt(at, 3) && !microsoftsRelationship(found, at) && !partnersPurchase(found, at))
      direct(at);
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
      !microsoftsRelationship(found, at) &&
      !partnersAgreement(found, at)
    )
      direct(at);
  }
  for (const at of found.positions('throughUs')) {
    // "without going through us", "ohne über uns zu gehen": how a message travels, not how something was bought.
    if (routeOrSender(found, at)) continue;
    // "Liegt es nicht bei uns, dem Kunden … mitzuteilen?", "die Kommunikation liegt bei uns": "liegen bei" is whose task
    // it is, not where something was bought
    if (dutyLiesWith(found, at)) continue;
    // "meldet sich wegen der Verlängerung bei uns": the partner reached, not a channel
    if (reportedToAt(found, at)) continue;
    // "rather than through us", "instead of from us", "statt bei uns": the partner's channel set aside
    const setAside = found.tokens.slice(Math.max(0, at - 2), at).some((token) => /^(than|instead|statt|anstatt)$/.test(token));
    // "ham wir dem nie verkauft", "wir haben ihm das nicht verkauft": a sale denied inside the phrase is no holding
    // with the partner; it says the product is not among the partner's (a doubted channel, below)
    const span = found.scanned.matches.find((match) => match.concept === 'throughUs' && match.at === at)?.span ?? 1;
    if (span > 2 && found.within('negation', at + 1, at + span - 1)) continue;
    // "got an invite straight from MSFT, not via us", "direkt von Microsoft bekommen, nicht über uns": the partner
    // denied right after Microsoft as the sender is the way the message came, not a purchase elsewhere
    if (found.negatedAt(at, 4) && sentFromMicrosoftBefore(found, at)) continue;
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
  // "Visio läuft ohne uns", "bought Visio without us", "hat Intune ohne uns abgeschlossen": the partner left out of a
  // purchase or a holding says it is not the partner's, as "not through us" does (a channel away from the partner, not
  // said to be direct); not the partner left out of a message ("spricht Microsoft ohne uns mit dem Kunden", "talk to
  // the customer about it without us"), which a verb of reaching in the clause says
  if (found.holds(WITHOUT)) found.where(WITHOUT).forEach((at) => {
    if (!/^(us|me|uns|mich|mir)$/.test(found.tokens[at + 1] ?? '')) return;
    const clause = found.clause[at];
    // … a purchase word right before it is what was done without the partner, whatever verb of reaching the clause has
    // ("emails them about the Visio licences they bought without us")
    // (German puts it after: "die er ohne uns gekauft hat")
    const boughtWithout = found.positions('buy').some((buy) => (buy < at ? wordsApart(found, buy, at) <= 4 : buy - at <= 3) && found.clause[buy] === clause);
    if (!boughtWithout && found.positions('communicate').some((verb) => found.clause[verb] === clause)) return;
    // "without us knowing", "without us being told": what happens without the partner's knowledge, not a purchase
    if (!boughtWithout && /ing$/.test(found.tokens[at + 2] ?? '')) return;
    // … and a product it speaks of: in its clause, or before a purchase word in its sentence ("die Lizenzen für Visio,
    // die er ohne uns gekauft hat"); with none it is the partner left out of something else ("ohne uns als Partner
    // einzubeziehen", "künftig ohne uns bei Microsoft einzukaufen")
    const product = found.scanned.products.some((named) => found.clause[named.at] === clause || (boughtWithout && named.at < at && found.sentence[named.at] === found.sentence[at]));
    if (product) direct(at, false);
  });
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
    // "the Microsoft 365 invoice we issue", "the licences we bill them for": the partner billing it right after "we"
    if (PARTNER_BILLS.test(found.tokens[at + 1] ?? '') && !found.negatedAt(at + 1, 3)) csp(at + 1);
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
/** "an old …", "still … old …": an agreement held, not one left. */
const HELD_STILL = /^(an|a|still)$/;

/**
 * "the EA is ended and nothing is left on it", "their former MCA", "der EA ist ausgelaufen": an agreement that ended
 * is a purchase past; the customer's channel is what it has now.
 */
function endedAgreement(found: Found, cue: ChannelCue): boolean {
  if (cue.channel !== 'non-csp') return false;
  const clause = found.clause[cue.at];
  // "their old EA" is past; "has an old Open Value agreement", "still has an old EA" is one the customer still holds
  if (FORMER.test(found.tokens[cue.at - 1] ?? '') && !(found.tokens[cue.at - 1] === 'old' && HELD_STILL.test(found.tokens[cue.at - 2] ?? ''))) return true;
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
export const PARTNER_AS_PLACE = /^(us|uns|mir|me)$/;
/**
 * A move made: the customer came, moved, switched ("kam aus Web Direct zu uns", "was moved from the EA to CSP"), pulled
 * or shifted its subscriptions ("pulling them out of our CSP onto an MCA", "zieht die Abos aus dem CSP heraus in …",
 * "aus dem EA in unseren CSP übernommen"); "zieht … in ein …" is read as one word with the article's "ein".
 */
export const MOVE_MADE = /^(moved|migrated|switched|transferred|transitioned|came|kam|kamen|gekommen|gewechselt|wechselte|wechselten|umgezogen|migriert|umgestellt|umgestiegen|ueberfuehrt|transferiert|uebertragen|verschoben|verlagert|moves|moving|migrates|migrating|transfers|transferring|switches|switching|wechselt|uebertraegt|verschiebt|pulled|pulling|pulls|shifted|shifting|shifts|ported|porting|zieht|ziehen|zog|zogen|gezogen|einzieht|abzieht|umzieht|herauszieht|rauszieht|herausgezogen|rausgezogen|abgezogen|uebernommen|uebernimmt|uebernahmen|verlegt|verlegen)$/;

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
  const clause = found.clause[at];
  // "got Visio directly", "obtained the Microsoft 365 Business Premium licences directly": the name, its edition words
  // and a word for the holding end right before "directly"
  const name = nameEndingAt(found, at - 1);
  if (name >= 0) {
    const got = found.someWord(GETTING_VERBS, (verb) => {
      if (found.clause[verb] !== clause || found.negatedAt(verb, 3)) return false;
      // German verb last: "direkt von Microsoft bekommen", "direkt bei Microsoft geholt"; not a name that says what
      // another thing is for ("eine Offerte für Power BI Premium per User direkt von Microsoft bekommt": the quote is got)
      // … but "die Lizenzen für Visio" is the holding itself
      const ofAnother = NAME_OF_ANOTHER.test(found.tokens[name - 1] ?? '') && !GENERIC_HOLDINGS.test(found.tokens[name - 2] ?? '') && !HELD_SEATS.test(found.tokens[name - 2] ?? '');
      if (verb > at) return (verb === at + 3 || verb === at + 4) && !ofAnother;
      return verb < name && name - verb <= 3 && found.tokens.slice(verb + 1, name).every((word) => GOT_OBJECT_WORDS.test(word));
    });
    if (got) return true;
  }
  return gotInRelative(found, at);
}

/** A preposition before a name that makes it part of another thing's phrase ("eine Offerte für Visio", "Infos zu Azure"). */
const NAME_OF_ANOTHER = /^(fuer|for|zu|zum|zur|ueber|about|of|on|wegen)$/;
/** The words that join two names into one ("Defender for Office 365"). */
const NAME_JOINERS = /^(for|fuer)$/;

/**
 * Where a product's name ends at `end` (a word for the holding, edition words, the name): the position where the name
 * starts, or -1. Names joined by "for" and a leading "Microsoft" are one name ("Microsoft Defender for Office 365").
 */
function nameEndingAt(found: Found, end: number): number {
  let at = end;
  const token = (position: number) => found.tokens[position] ?? '';
  if (GENERIC_HOLDINGS.test(token(at)) || HELD_SEATS.test(token(at))) at--;
  let tail = 0;
  // (a plan's number and "for business" go on the name too: "Exchange Online Plan 1", "Microsoft 365 Apps for business")
  const tailWord = (position: number) => PRODUCT_TAIL.test(token(position)) || /^\d{1,2}$/.test(token(position)) || (NAME_JOINERS.test(token(position)) && PRODUCT_TAIL.test(token(position + 1)));
  while (tail < MAX_NAME_TAIL && tailWord(at) && !found.scanned.products.some((product) => product.at + product.length - 1 === at)) {
    at--;
    tail++;
  }
  const last = found.scanned.products.find((product) => product.at + product.length - 1 === at);
  if (last === undefined) return -1;
  let start = last.at;
  for (;;) {
    // two names straight after each other are one ("Microsoft 365 Business Premium", "Microsoft 365 E3")
    const adjacent = found.scanned.products.find((product) => product.at + product.length === start);
    if (adjacent !== undefined) start = adjacent.at;
    else if (NAME_JOINERS.test(token(start - 1))) {
      const before = found.scanned.products.find((product) => product.at + product.length === start - 1);
      if (before === undefined) break;
      start = before.at;
    } else if (/^(microsoft|ms)$/.test(token(start - 1)) && found.clause[start - 1] === found.clause[start]) start--;
    else break;
  }
  return start;
}

/** A subject of a relative clause: the customer named, a pronoun, or a name (up to three words). */
const RELATIVE_CLAUSE_SUBJECT = /^(the|my|our|their|this|that|der|die|das|unser\w*|mein\w*|they|he|she|it|we|er|sie|es|wir)$/;

/**
 * "the Visio licences that the customer got directly from Microsoft", "die Lizenzen für Visio, die der Kunde direkt von
 * Microsoft bekommen hat": a verb of getting in a relative clause whose object is the product named before it. The
 * relative clause has its own subject (up to three words); a message named before it ("the Visio invoice they got
 * directly from Microsoft") is no product, so not read here.
 */
const PARTNER_SUBJECTS = /^(we|wir|i|ich|our|unser\w*|my|mein\w*)$/;
/** A German relative clause's verb of holding: "die er direkt von Microsoft hat". */
const RELATIVE_HAS = /^(hat|haben|hatte|hatten)$/;
/** The words for a holding that a relative clause of getting may describe on their own: licences, subscriptions, seats. */
const HELD_BY_WORD = /^(licen[cs]es|lizenzen|subscriptions|abos|abonnements|seats|plaetze)$/;

function gotInRelative(found: Found, at: number): boolean {
  const english = found.someWord(GETTING_VERBS, (verb) => verb === at - 1);
  // … or held: "die er direkt von Microsoft hat"
  const german = found.someWord(GETTING_VERBS, (verb) => verb === at + 3 && found.clause[verb] === found.clause[at]) || (RELATIVE_HAS.test(found.tokens[at + 3] ?? '') && found.clause[at + 3] === found.clause[at]);
  if (!english && !german) return false;
  const subjectEnd = english ? at - 2 : at - 1;
  for (let words = 1; words <= 3; words++) {
    const first = subjectEnd - words + 1;
    const subject = found.tokens.slice(first, subjectEnd + 1);
    if (subject.some((word) => isBreak(word)) || found.scanned.products.some((product) => product.at <= subjectEnd && product.at + product.length > first)) return false;
    if (!RELATIVE_CLAUSE_SUBJECT.test(subject[0] ?? '') && !found.within('customer', first, subjectEnd)) continue;
    let before = first - 1;
    if (/^(that|which|die|das|den|welche|welches|welchen)$/.test(found.tokens[before] ?? '')) before--;
    else if (german) continue;
    if (german && found.tokens[before] === ',') before--;
    // German moves the relative clause behind the verb that ends the main clause ("über die Lizenzen informieren, die er
    // direkt von Microsoft erhalten hat"): the noun it describes stands before that verb
    if (german && found.at('communicate', before) && found.clause[before - 1] === found.clause[before]) before--;
    // the holding named by a product ("the Visio licences") or by the word for it alone ("die Lizenzen", "the licences")
    // (… not one the partner got: "the licences we get directly from Microsoft" is a direct-bill partner's stock)
    const holding = nameEndingAt(found, before) >= 0 || (HELD_BY_WORD.test(found.tokens[before] ?? '') && !PARTNER_SUBJECTS.test(subject[0] ?? '') && /^(the|die|den|der|those|these|its|their|seine\w*|ihre\w*)$/.test(found.tokens[before - 1] ?? ''));
    if (holding && !found.negatedAt(at, 3)) return true;
  }
  return false;
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

/** The words that join a second product to a first one in one purchase ("X through us and Y directly"). */
const COORDINATING = /^(and|und|but|aber|plus|sowie|while|whereas|waehrend)$/;
/** Verbs that say a purchase or holding as the first word of a coordinated purchase (beside the buy and existing words). */
const HOLDING_VERBS = wordPattern(/^(get|gets|getting|got|obtain\w*|receive[ds]?|receiving|license[ds]?|licence[ds]?|licensing|bekomm\w*|bekam\w*|erhalt\w*|erhaelt|erhielt\w*|bezieh\w*|bezog\w*|bezogen|nutz\w*|uses?|using|used|run|runs|laeuft|laufen|lizenzier\w*)$/);

/**
 * "They bought Power BI through us and Visio directly", "bezieht Teams über uns und Project direkt", "licenses Intune via
 * us and Dynamics 365 directly from Microsoft": in a coordinated purchase, "directly" right after the second product is
 * that product's channel, as the partner's cue after the first product is the first one's. Read only where a word of
 * buying, holding or getting stands in the sentence before the first product (or, German, after "direkt" at the clause's
 * end), the first product carries a partner cue (through us, CSP) and a joining word stands right before the second.
 */
function coordinatedDirect(found: Found, at: number): boolean {
  const second = found.scanned.products.find((product) => {
    const end = product.at + product.length;
    return end === at || (end === at - 1 && (GENERIC_HOLDINGS.test(found.tokens[end] ?? '') || PRODUCT_TAIL.test(found.tokens[end] ?? '')));
  });
  if (second === undefined || !COORDINATING.test(found.tokens[second.at - 1] ?? '')) return false;
  const sentence = found.sentence[at];
  const joiner = second.at - 1;
  // the partner's cue right before the joining word ("through us and", "über uns und", "in CSP and")
  const partnerCue = [joiner - 1, joiner - 2, joiner - 3].find(
    (position) => position >= 0 && found.sentence[position] === sentence && (found.at('throughUs', position) || found.at('csp', position))
  );
  if (partnerCue === undefined) return false;
  const first = found.scanned.products.find((product) => product.at + product.length <= partnerCue && partnerCue - (product.at + product.length) <= 3 && found.sentence[product.at] === sentence);
  if (first === undefined) return false;
  const holding = found.holds(HOLDING_VERBS);
  const bought = (position: number) =>
    found.sentence[position] === sentence && (found.at('buy', position) || found.at('existing', position) || (holding && HOLDING_VERBS.test(found.tokens[position] ?? '')));
  let verbBefore = false;
  for (let position = Math.max(0, first.at - 6); position < first.at && !verbBefore; position++) verbBefore = bought(position);
  const verbAfter = [at + 1, at + 2, at + 3, at + 4].some(bought);
  if (!verbBefore && !verbAfter) return false;
  const clause = found.clause[at];
  // (a message got is no purchase: a verb of reaching in the clause says how a message went)
  const reaching = found.positions('communicate').some((other) => found.clause[other] === clause);
  return !reaching && !found.negatedAt(first.at, 4);
}

const CONTRAST_WORDS = /^(instead|rather|statt|anstatt)$/;
const MADE_PURCHASE = wordPattern(/^(bought|purchased|ordered|acquired|signed|gekauft|bestellt|erworben|bezogen|gebucht|abgeschlossen)$/);

/** The partner billing: "we issue", "we invoice", "we bill" (right after "we", so "we have an issue" is none). */
const PARTNER_BILLS = /^(issue|issues|issued|invoice|invoiced|bill|billed)$/;
const MANAGE_VERBS = /^(umstell\w*|umgestellt|upgrade[ds]?|upgrading|downgrade[ds]?|downgrading|cancel\w*|kuendigen|gekuendigt|reduce[ds]?|reducing|reduzier\w*|heruntergestuft|hochgestuft|herabgestuft|suspend\w*|gesperrt|sperren|provision\w*|weiterverkauf\w*|wiederverkauf\w*|weiterberechne\w*|weiterverrechne\w*)$/;
const SELL_VERBS = /^(sell|sells|sold|resell|resells|resold|supply|supplies|supplied|verkaufen|verkauft|liefern|liefert)$/;

/** Words that go on a product's name: an edition, a plan, a licence size ("E3", "Premium per User", "Business Central"). */
/** The edition and plan words that follow a product's name ("Microsoft 365 Business Premium", "Teams Essentials"). */
export const EDITION_WORDS = 'business|premium|standard|basic|online|plan|plans|suite|apps|pro|professional|enterprise|essentials';
export const PRODUCT_TAIL = new RegExp(`^(${EDITION_WORDS}|central|finance|per|user|[aefgp]\\d)$`);
export const MAX_NAME_TAIL = 6;

/** "also", "zusätzlich": the customer's own agreement held beside what the partner sells it. */
const ALSO = /^(also|too|additionally|zusaetzlich|auch|ebenfalls|daneben|ausserdem|nebenbei)$/;
const SUBORDINATE_OPENERS = /^(wenn|falls|dass|ob|weil|da|sofern|obwohl)$/;
const POSSESSING = /^(has|have|had|having|holds|hat|haben|hatte|hatten|besitzt|with|mit)$/;

/**
 * "Our hospital customer also has an Enterprise Agreement with Microsoft", "hat zusätzlich ein EA": an agreement the
 * customer has besides, which says it also buys through the partner, the asker. Not "may Microsoft also write to EA
 * customers": "also" must go with the customer having it.
 */
export function alsoHoldsOwn(found: Found, cues: readonly ChannelCue[]): boolean {
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
export function bareContract(found: Found, at: number): boolean {
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

/** "buys everything through us", "nur über uns": the partner's channel is the only one, said in the cue's own clause. */
function onlyInClause(found: Found, at: number): boolean {
  // "everything else comes through us", "alles andere": something else is bought another way
  const rest = (other: number) => /^(else|andere|anderen|sonst|uebrige|uebrigen|rest)$/.test(found.tokens[other + 1] ?? '');
  return found.someWord(ONLY_OR_ALL, (other) => found.clause[other] === found.clause[at] && !rest(other));
}

/** Does the question say the customer has its own commercial relationship with Microsoft? */
export function ownRelationshipOf(found: Found, cues: readonly ChannelCue[]): TriState {
  if (cues.some((cue) => cue.statesOwn)) return 'yes';
  // "nicht unter unserem Reseller-Vertrag": the partner's own relationship denied says nothing of the customer's
  const partnersOwnRelationship = found.positions('relationship').every((at) => found.tokens.slice(Math.max(0, at - 2), at).some((word) => PARTNER_OWN.test(word)));
  const denied =
    (found.negatedBefore('relationship', 4) && !partnersOwnRelationship) ||
    found.negatedBefore('ownAgreement', 4) ||
    (cues.some((cue) => cue.channel === 'csp' && found.at('throughUs', cue.at) && onlyInClause(found, cue.at)) && !found.negatedBefore('throughUs', 4));
  return denied ? 'no' : 'unknown';
}
