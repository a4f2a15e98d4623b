import type { Recipient } from './facts';
import type { Concept } from './lexicon';
import { institutionalNameAt } from './matcher';
import { ARROW, CLAUSE_END, isBreak, SENTENCE_END } from './normalize';
import { wordPattern, wordSet } from './wordPatterns';
import { NO_POSITIONS, Found, COMING } from './found';
import {
  FUNCTION_WORDS,
  ASKER_VERBS,
  SUBORDINATING,
  GERMAN_SUBJECTS,
  PASSIVE_AUXILIARIES,
  FINAL_AUXILIARIES,
  OUR,
  ONLY,
  FROM,
  ATTRIBUTIVE_PARTICIPLE,
  wordsIn,
  meldenBeiPhrases,
  slipped
} from './grammar';
import { SENDING } from './text';
import { anchorsIn, handsOverAt, REPORTING } from './topics';

/** Who receives the communication asked about: the customer, the partner, both, or someone else. */

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

/** A position where Microsoft may be named as the one acting, and where the one it reaches is named. */
const SUBJECT_WINDOW = 3;
const OBJECT_WINDOW = 5;

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

/** Prepositions that open an adverbial phrase between Microsoft and the one it reaches: "bei einer Störung", "im Fall …". */
const ADVERBIAL_OPENERS = /^(bei|beim|im|in|waehrend|wegen|nach|vor|fuer|zum|zur|am|sobald|wenn|falls|during|in|at|after|before|when|whenever|if|once|for|on|upon)$/;
/** Words that mark the object of a verb of reaching: an accusative or dative article or possessive, "the", "our". */
const OBJECT_MARKERS = /^(den|dem|die|unseren|unserem|unsere|unser|meinen|meinem|the|our|my)$/;
/** Words before a phrase that make it no object: a preposition ("über den Reseller", "beim Reseller", "via the reseller"). */
const PHRASE_PREPOSITIONS = /^(bei|beim|im|in|ueber|via|durch|ohne|von|vom|mit|fuer|zu|zum|zur|an|am|auf|aus|nach|vor|waehrend|wegen|of|for|from|by|via|through|with|without|to|at|in|on|about|during|after|before)$/;

/**
 * "Informiert Microsoft bei einer Störung den Reseller?", "Schreibt MS im Fall einer Sicherheitslücke den Händler an?",
 * "Will Microsoft, in the event of an outage, notify the reseller?": the partner as the object of Microsoft's verb of
 * reaching after an adverbial phrase between them (German: after Microsoft, before the object; English: put between
 * commas after Microsoft), however long the phrase. The first object named decides: a customer first is the one
 * reached ("bei einer Störung beim Reseller den Kunden"); a party after a preposition is no object ("über den Reseller").
 */
function partnerAfterAdverbial(found: Found): readonly number[] {
  const positions: number[] = [];
  for (const verb of found.positions('communicate')) {
    let start = -1;
    // German: the verb opens the question with Microsoft after it, or Microsoft opens the statement with its verb after it
    const opens = (at: number) => at === 0 || isBreak(found.tokens[at - 1] ?? '.');
    if (opens(verb) && found.at('microsoft', verb + 1)) start = verb + 2;
    else if (found.at('microsoft', verb - 1) && opens(verb - 1)) start = verb + 1;
    // English: "Will Microsoft, in the event of an outage, notify …": the verb opens the clause after the inserted phrase
    let inserted = false;
    if (start < 0 && found.tokens[verb - 1] === CLAUSE_END) {
      for (let comma = verb - 3; comma >= Math.max(1, verb - 14); comma--) {
        if (isBreak(found.tokens[comma] ?? '') && found.tokens[comma] !== CLAUSE_END) break;
        if (found.tokens[comma] !== CLAUSE_END) continue;
        inserted = ADVERBIAL_OPENERS.test(found.tokens[comma + 1] ?? '') && found.at('microsoft', comma - 1);
        break;
      }
      if (inserted) start = verb + 1;
    }
    if (start < 0 || (!inserted && !ADVERBIAL_OPENERS.test(found.tokens[start] ?? ''))) continue;
    // (up to the next comma or end: "während" opens a clause of its own for the reading, but before a noun it is a preposition)
    for (let at = inserted ? start : start + 1; at <= start + 12 && at < found.tokens.length && !isBreak(found.tokens[at] ?? '.'); at++) {
      const token = found.tokens[at] ?? '';
      const afterPreposition = PHRASE_PREPOSITIONS.test(found.tokens[at - 1] ?? '');
      if (found.at('customer', at) && !afterPreposition && !GENITIVE_OPENERS.test(found.tokens[at - 1] ?? '')) break;
      if (afterPreposition) continue;
      if (/^(uns|us|mir|me)$/.test(token) || (OBJECT_MARKERS.test(token) && (partnerNounAt(found, at + 1) || found.at('partnerObject', at + 1) || ourOwnAt(found, at)))) {
        if (!contrastsWithCustomer(found, at)) positions.push(verb);
        break;
      }
      // the adverbial phrase closes where an object marker opens the object; another party named there ends the search
      if (OBJECT_MARKERS.test(token) && !inserted) break;
      if (inserted && at > start + 3) break;
    }
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

export function recipientOf(found: Found): Recipient {
  const reaches: Array<{ at: number; recipient: Recipient }> = [];
  // "Will Microsoft cc us when it emails the customer?", "Setzt Microsoft uns in CC, wenn …", "Werden wir in Kopie
  // gesetzt …": a copy of what the customer is sent goes to the partner; the partner is the one asked about.
  for (const at of partnerInCopy(found)) reaches.push({ at, recipient: 'partner' });
  // "Gibt uns Microsoft vorher Bescheid …?", "Schickt mir MS …?": a German question opened by its verb with the partner
  // as its object before Microsoft, its subject
  for (const at of partnerBeforeMicrosoft(found)) reaches.push({ at, recipient: 'partner' });
  // "Informiert Microsoft bei einer Störung den Reseller?", "Will Microsoft, in the event of an outage, notify the
  // reseller?": the partner as the object after an adverbial phrase
  for (const at of partnerAfterAdverbial(found)) reaches.push({ at, recipient: 'partner' });
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
    // "MS → Partner → Kd.": the partner in a chain of arrows passes it on; the arrow after it says who receives
    const relayed = found.tokens[at] === ARROW && found.tokens.slice(at + 1, at + 5).includes(ARROW);
    if (relayed) continue;
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
    // "Müssen wir die an den Kunden weiterleiten, oder bekommt er sie sowieso von Microsoft?", "… or does he get it
    // anyway?": a pronoun receiving points back to the customer, the last party its sentence named
    if (found.at('receive', at) && !seeing && pronounReceiverIsCustomer(found, at)) {
      reaches.push({ at, recipient: 'customer' });
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
      if (!(at === 0 || isBreak(found.tokens[at - 1] ?? '.')) || !found.at('microsoft', at + 1)) return;
      const object = found.tokens[at + 2] === 'ms' || found.tokens[at + 2] === 'microsoft' ? at + 3 : at + 2;
      if (/^(uns|mir|mich)$/.test(found.tokens[object] ?? '') && !contrastsWithCustomer(found, object)) reaches.push({ at, recipient: 'partner' });
    });
  }
  // "Microsoft won't tell us when …, right?", "schickt uns nicht …": a verb of reaching denied still names whom it would
  // reach; it decides only where no verb that is not denied reaches someone in its sentence ("doesn't tell us but
  // tells the customer").
  const deniedReaches: Array<{ at: number; recipient: Recipient }> = [];
  const persons = microsoftPersons(found);
  const unnamedSaid = found.holds(UNNAMED_SUBJECTS);
  for (const verb of found.positions('communicate')) {
    const into = found.negatedAt(verb, 2) ? deniedReaches : reaches;
    const clause = found.clause[verb];
    // Partner Center is Microsoft's own portal: what it sends, Microsoft sends.
    // … and so do Microsoft's people for the partner: "our PDM emails the customer", "unser Ansprechpartner bei MS ruft … an"
    const sender = (from: number, to: number) =>
      found.within('microsoft', from, to, clause) || found.within('partnerCenter', from, to, clause) || persons.some((person) => person.head >= from && person.head <= to && found.clause[person.head] === clause);
    // "a customer told me Microsoft's sales team …": the customer before the verb is who tells; Microsoft after it is
    // what was told about
    const customerTells = found.within('customer', verb - 2, verb - 1, clause) && !found.within('microsoft', verb - SUBJECT_WINDOW, verb - 1, clause);
    // "who sends us our invoice, Microsoft or the distributor?": the sender is what is asked, the one reached is said
    // … and "who writes to the partner", "who reaches out to the reseller", "who notifies us": the partner as the object
    const senderAsked = /^(who|wer)$/.test(found.tokens[verb - 1] ?? '') && isBreak(found.tokens[verb - 2] ?? '.') && partnerObjectAfter(found, verb);
    // "Erinnert uns das Partner Center …": the one told may come before the sender
    const senderAfter = sender(verb + 1, verb + 2) || (OBJECT_PRONOUNS.test(found.tokens[verb + 1] ?? '') && /^(das|der|die|the)$/.test(found.tokens[verb + 2] ?? '') && sender(verb + 3, verb + 3));
    const microsoftActs = sender(verb - SUBJECT_WINDOW, verb - 1) || (senderAfter && !customerTells) || microsoftMeant(found, verb) || senderAsked;
    // "Will they call us about an outage?", "Do they email me when …": whoever "they" are, the partner right after the
    // verb is the one reached (an English subject pronoun just before the verb, no party named between)
    const unnamedActs = unnamedSaid && !microsoftActs && unnamedSubject(found, verb);
    // "überlässt die Kommunikation dem Partner", "leaves it to the partner": handing over, not reaching.
    // … or "Microsoft leaves customer comms to the partner": the handing over before the noun of reaching
    const handsOver =
      found.tokens.slice(verb + 1, verb + 9).some((_token, offset) => handsOverAt(found, verb + 1 + offset) && found.clause[verb + 1 + offset] === clause) ||
      found.tokens.slice(Math.max(0, verb - 3), verb).some((_token, offset) => handsOverAt(found, Math.max(0, verb - 3) + offset) && found.clause[Math.max(0, verb - 3) + offset] === clause);
    if (handsOver) continue;
    // "meldet sich … bei uns", "sich wegen … beim Partner melden": the one "bei" names is reached
    const reportedTo = reportingTo(found, verb);
    if (reportedTo !== undefined) {
      into.push({ at: verb, recipient: reportedTo });
      continue;
    }
    // German puts the verb last: "darf Microsoft den Kunden selbst über … informieren?"
    // … also before the auxiliary that closes the clause: "die Mails, die Microsoft uns geschickt hat"
    // … and after the light verb of a phrase of telling: "uns davon in Kenntnis setzen würde", "Bescheid geben wird"
    let closing = found.lastOf('communicate', verb);
    while (closing < verb + 4 && (FINAL_AUXILIARIES.test(found.tokens[closing + 1] ?? '') || LIGHT_VERBS.test(found.tokens[closing + 1] ?? ''))) closing++;
    // … and before a relative clause typed without its comma: "… zukommen lässt von denen unsere Kunden betroffen waren"
    const verbLast = found.clause[closing + 1] !== clause || isBreak(found.tokens[closing + 1] ?? '.') || relativeFollows(found, closing + 1);
    if (verbLast && found.positions('customer').some((at) => at < verb && verb - at <= OBJECT_WINDOW + 2 && found.clause[at] === clause && sender(at - SUBJECT_WINDOW, at - 1))) {
      into.push({ at: verb, recipient: 'customer' });
      continue;
    }
    // "ob Microsoft uns bei Störungen in Kunden-Tenants benachrichtigt": the partner right after Microsoft, the verb last
    // "ob Microsoft uns jemals umgeht und direkt mit dem Krankenhaus spricht": the partner bypassed, not reached
    const bypassed = (at: number) => found.within('exceptions', at + 1, verb - 1, clause);
    // The verb last may stand far from the partner right after Microsoft: "Wird Microsoft uns die Genehmigung … per E-Mail übermitteln?"
    // … also after Microsoft's people ("der Microsoft-Support uns …") or a pronoun said to be Microsoft ("Werden die uns
    // … informieren? Also Microsoft, meine ich."); a product's name counts as one word of the distance
    // … and after the finite auxiliary of a German perfect or a modal, the verb last: "Microsoft hat uns die Preisliste
    // geschickt", "unser PDM will uns … anschreiben"
    const afterAuxiliary = (at: number) => (verbLast && GERMAN_FINITE_AUXILIARY.test(found.tokens[at + 1] ?? '') ? at + 2 : at + 1);
    const objectAfter = (at: number) => (MICROSOFT_PEOPLE.test(found.tokens[at + 1] ?? '') && found.at('microsoft', at) ? afterAuxiliary(at + 1) : afterAuxiliary(at));
    const pronouns = found.holds(PRONOUN_FOR_PARTY) ? found.where(PRONOUN_FOR_PARTY).filter((at) => at < verb && found.clause[at] === clause && clarifiedAsMicrosoft(found, at)) : [];
    const senders = [...found.positions('microsoft'), ...pronouns, ...persons.map((person) => person.to)];
    const partnerFirst = senders.find((at) => {
      const object = objectAfter(at);
      return at < verb && 1 + wordsIn(found.scanned, at + 1, verb) <= (verbLast ? 14 : 9) && found.clause[at] === clause && (found.at('partnerObject', object) || ourOwnAt(found, object)) && found.tokens[object] !== 'me' && !bypassed(object);
    });
    const partnerObjectAt = partnerFirst === undefined ? -1 : objectAfter(partnerFirst);
    // "… den Partner umgehen und den Kunden direkt kontaktieren": a customer nearer the verb is the one reached
    // … nor one in the genitive ("zum Azure-Verbrauch eines Kunden"): whose matter it is, not who is reached
    const inPhrase = (at: number) => found.tokens.slice(Math.max(0, at - 2), at).some((word) => /^(bei|beim|in|im|von|vom|fuer|ueber|mit|zu|zum|zur|aus|eines|des|unseres|seines|ihres|meines)$/.test(word));
    const customerNearer = partnerFirst !== undefined && found.positions('customer').some((at) => at > partnerFirst && at < verb && found.clause[at] === clause && !inPhrase(at));
    // "Gibt Microsoft uns vorab Bescheid über …": a phrase of telling opened by its light verb before Microsoft ends on
    // its noun, whatever is said after it about what is told.
    const phraseOfTelling = !verbLast && partnerFirst !== undefined && found.tokens[verb] === 'bescheid' && LIGHT_VERBS.test(found.tokens[partnerFirst - 1] ?? '');
    if ((verbLast || phraseOfTelling) && partnerFirst !== undefined && !customerNearer && !contrastsWithCustomer(found, partnerObjectAt)) {
      into.push({ at: verb, recipient: 'partner' });
      continue;
    }
    // "Ruft unser PDM bei Microsoft den Kunden … an?": the object comes after Microsoft's person, the subject after the verb
    const subjectAfter = persons.find((person) => person.from === verb + 1 && found.clause[person.to] === clause);
    const objectFrom = subjectAfter === undefined ? verb + 1 : subjectAfter.to + 1;
    for (let at = objectFrom; at < objectFrom + OBJECT_WINDOW && at < found.tokens.length; at++) {
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
      if (found.at('partnerObject', at) && (microsoftActs || (unnamedActs && at === verb + 1 && OBJECT_PRONOUNS.test(found.tokens[at] ?? ''))) && !possessive && !found.at('partnerCenter', at)) {
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
  // "Will our partner manager at Microsoft email our customers …?", "Darf unser PDM den Kunden anrufen?": Microsoft's
  // person named as the partner's own ("our PDM") is the one acting where its verb reaches someone after it; the
  // partner is not reached by being named as the person's owner.
  const acting = (reach: { at: number; recipient: Recipient }) =>
    reach.recipient === 'partner' &&
    persons.some((person) => reach.at >= person.from && reach.at <= person.to && reaches.some((other) => other.at > person.to && found.sentence[other.at] === found.sentence[person.from]));
  if (persons.length > 0 && reaches.some(acting)) reaches.splice(0, reaches.length, ...reaches.filter((reach) => !acting(reach)));
  const all = [...reaches, ...deniedReaches.filter((denied) => !reaches.some((reach) => found.sentence[reach.at] === found.sentence[denied.at]))];
  // "Our PDM said Microsoft writes to customers …", "A Microsoft rep told me the same rules apply …. Does the policy
  // cover GCC?": the asker told what someone said is the source of a report, not someone Microsoft reaches
  const usable = all.some((reach) => reach.recipient === 'partner') ? all.filter((reach) => reach.recipient !== 'partner' || !reportSource(found, reach.at, all)) : all;
  // The sentence that asks decides ("Customer mentioned in a mail that … . Does Microsoft let the partner know …?").
  const lastSentence = Math.max(-1, ...usable.map((reach) => found.sentence[reach.at] ?? -1));
  const inLast = usable.filter((reach) => found.sentence[reach.at] === lastSentence);
  // "When Microsoft emails the customer about an outage, do we get a copy?": the main clause asks, not the "when" one.
  const main = inLast.filter((reach) => !opensCondition(found, reach.at));
  const asked = (main.length > 0 ? main : inLast).sort((a, b) => a.at - b.at);
  return asked[0]?.recipient ?? 'customer';
}

/** Verbs that pass on what someone said, and "according to", "laut": what follows is what was said. */
const SAID = /^(said|says|claims|claimed|mentioned|according|gesagt|sagt|sagte|meinte|meint|gemeint|erzaehlt|erzaehlte|behauptet|behauptete|laut)$/;
const TOLD = /^(told|tells)$/;
/** "according to our contact", "laut unserem PDM": the source after the word. */
const SOURCE_BEFORE = /^(according|laut)$/;
/** After "told me", "told us": what was told, not what it was about. */
const TOLD_ABOUT = /^(about|of|regarding|re|ueber|von|wegen|bzgl|when|if|before|after|directly|personally)$/;

/**
 * A reach to the partner that is a report's source: a verb of saying beside it ("our PDM said", "unser PDM hat
 * gesagt", "according to our contact at Microsoft", "a Microsoft rep told me that …"), with the report asked about
 * after it: Microsoft reaching the customer later in the sentence, or a question in a sentence of its own after.
 */
function reportSource(found: Found, at: number, reaches: ReadonlyArray<{ at: number; recipient: Recipient }>): boolean {
  const clause = found.clause[at];
  let said = -1;
  // The source stands before its verb ("our PDM said"), after "according to"/"laut", or is the one told ("told me")
  for (let position = Math.max(0, at - 3); position <= at + 5 && position < found.tokens.length; position++) {
    if (found.clause[position] !== clause) continue;
    const token = found.tokens[position] ?? '';
    if (SOURCE_BEFORE.test(token) ? position < at : SAID.test(token) && position >= at) said = position;
    else if (position === at && TOLD.test(token) && /^(me|us)$/.test(found.tokens[position + 1] ?? '') && !TOLD_ABOUT.test(found.tokens[position + 2] ?? '') && !isBreak(found.tokens[position + 2] ?? '.')) said = position + 1;
    if (said >= 0) break;
  }
  if (said < 0 || found.negatedAt(said, 2)) return false;
  const sentence = found.sentence[at];
  // … and what was said reaches the customer, not the partner ("my boss says Microsoft sends us …", "er meinte, wir
  // bekommen …": the report itself is about the partner)
  for (let position = said + 1; position < found.tokens.length && found.sentence[position] === sentence; position++) {
    if (found.at('partnerObject', position) || /^(we|wir|i|ich)$/.test(found.tokens[position] ?? '')) return false;
  }
  if (reaches.some((reach) => reach.recipient === 'customer' && reach.at > said && found.sentence[reach.at] === sentence)) return true;
  // … or the report is a statement of its own, and a later sentence asks
  const last = found.sentence[found.tokens.length - 1] ?? 0;
  return sentence !== undefined && sentence < last;
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
// "we as his CSP", "wir als sein Partner": the customer's partner named by whose it is
const APPOSITION_ARTICLES = /^(the|a|our|his|her|their|unser\w*|ihr\w*|euer\w*|sein\w*|deren|dessen)$/;
const LETTING_KNOW = wordPattern(/^(let|lets)$/);

const OBJECT_PRONOUNS = /^(uns|us|mich|me)$/;
/** Small words between a verb of reaching and its object: "writes to the partner", "reaches out to us", "schickt dem Partner". */
const BEFORE_OBJECT = /^(to|out|the|our|a|den|dem|unseren|unserem)$/;

/** The partner as the object right after a verb of reaching, past a few small words ("to", "out to the"). */
function partnerObjectAfter(found: Found, verb: number): boolean {
  if (OBJECT_PRONOUNS.test(found.tokens[verb + 1] ?? '')) return true;
  let at = verb + 1;
  while (at <= verb + 3 && BEFORE_OBJECT.test(found.tokens[at] ?? '')) at++;
  return at > verb + 1 && (OBJECT_PRONOUNS.test(found.tokens[at] ?? '') || partnerNounAt(found, at));
}
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
/** A subject that names no party: "they", "he", "she", "someone" (English; German's "sie" is read elsewhere). */
const UNNAMED_SUBJECTS = wordPattern(/^(they|he|she|someone|somebody|anyone|anybody)$/);
/** Words that may stand between an English subject and its verb: auxiliaries, "going to", adverbs of time. */
const BETWEEN_SUBJECT_AND_VERB = /^(will|would|ll|going|gonna|to|ever|also|then|actually|usually|still|just|already|even|always|normally|proactively|directly|themselves|do|does|did|can|could|should|might|may)$/;

const ASKING_AUXILIARIES = /^(will|would|do|does|did|are|is|can|could|should|shall|might|may|wont|dont|doesnt)$/;
const FUTURE = /^(will|ll|would|d)$/;

/** "they call us", "will they email us", "are they going to contact us": an unnamed subject pronoun acting at `verb`. */
function unnamedSubject(found: Found, verb: number): boolean {
  const clause = found.clause[verb];
  for (let at = verb - 1; at >= Math.max(0, verb - 4) && found.clause[at] === clause; at--) {
    const token = found.tokens[at] ?? '';
    // asked ("will they", "do they", "does someone") or said of what will be ("They'll email us …"), not told of the
    // past ("they sent us brown cheese at Christmas")
    if (UNNAMED_SUBJECTS.test(token)) return ASKING_AUXILIARIES.test(found.tokens[at - 1] ?? '') || (isBreak(found.tokens[at - 1] ?? '.') && FUTURE.test(found.tokens[at + 1] ?? ''));
    if (!BETWEEN_SUBJECT_AND_VERB.test(token)) return false;
  }
  return false;
}
/** Microsoft's own people named after it ("der Microsoft-Support", "the Microsoft sales team"). */
/** The finite German auxiliaries and modals that stand second, before the object, with the verb last. */
const GERMAN_FINITE_AUXILIARY = /^(hat|hatte|haben|hatten|wird|wuerde|werden|wuerden|will|wollte|kann|koennte|darf|durfte|soll|sollte|muss|musste|moechte)$/;
const MICROSOFT_PEOPLE = /^(support|supportteam|team|vertrieb|sales|kundendienst|kundenservice|service)$/;

/**
 * "If Microsoft detects abuse …, do they alert us?": "they" acting points back to the last party named before it;
 * Microsoft, when no customer is named between.
 */
function microsoftMeant(found: Found, verb: number): boolean {
  // German puts it after a verb that opens the question: "Kontaktieren die uns …? Also Microsoft, meine ich."
  const clarified = [verb - 1, verb - 2, verb + 1].find((at) => clarifiedAsMicrosoft(found, at));
  if (clarified !== undefined) return true;
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

/** The words of a fragment that says whom a pronoun meant ("I mean", "meine ich", "gemeint"). */
const CLARIFYING = /^(i|mean|meant|ich|meine|mein|gemeint|also|ja|so|well|natuerlich|of|course|obviously)$/;
/** Pronouns that stand for a party named after them ("die" only as a pronoun, where Microsoft is named after). */
const PRONOUN_FOR_PARTY = wordPattern(/^(they|them|sie|die)$/);

/**
 * "Will they email us about it? Microsoft, I mean.", "Werden die uns … informieren? Also Microsoft, meine ich.": a
 * pronoun that the next sentence, a short one naming Microsoft and no one else, says is Microsoft.
 */
function clarifiedAsMicrosoft(found: Found, pronoun: number): boolean {
  if (pronoun < 0 || !PRONOUN_FOR_PARTY.test(found.tokens[pronoun] ?? '')) return false;
  // "them" only as the one acting: "is it ok for them to …"
  if (found.tokens[pronoun] === 'them' && !(found.tokens[pronoun - 1] === 'for' && found.tokens[pronoun + 1] === 'to')) return false;
  const next = (found.sentence[pronoun] ?? -1) + 1;
  // most questions are one sentence: nothing after it, at one look
  if ((found.sentence[found.tokens.length - 1] ?? -1) < next) return false;
  const start = found.sentence.indexOf(next);
  if (start < 0) return false;
  const words: number[] = [];
  for (let at = start; at < found.tokens.length && found.sentence[at] === next; at++) if (!isBreak(found.tokens[at] ?? '.')) words.push(at);
  // … and nothing else: "Microsoft, I mean.", "Also Microsoft, meine ich.", "(Microsoft)"; not a question of its own
  // ("darf ms das")
  return words.length > 0 && words.length <= 5 && words.some((at) => found.at('microsoft', at)) && words.every((at) => found.at('microsoft', at) || CLARIFYING.test(found.tokens[at] ?? ''));
}

/**
 * "Meldet sich Microsoft wegen … bei uns?", "ob MS sich wegen … beim Partner meldet", "sich … beim Kunden melden": a
 * form of "sich melden" names whom it reaches after "bei"/"beim" in its clause, however long the middle field: the last
 * such phrase that names the partner or the customer.
 */
function reportingTo(found: Found, verb: number): Recipient | undefined {
  let reached: Recipient | undefined;
  for (const at of meldenBeiPhrases(found, verb)) {
    if (found.at('partnerObject', at + 1) || ourOwnAt(found, at + 1) || /^(uns|mir)$/.test(found.tokens[at + 1] ?? '')) reached = contrastsWithCustomer(found, at + 1) ? 'customer' : 'partner';
    else if (found.within('customer', at + 1, at + 2, found.clause[at]) || /^(ihm|ihr|ihnen)$/.test(found.tokens[at + 1] ?? '')) reached = 'customer';
  }
  return reached;
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
      if (found.at('customer', position)) return 'customer';
      // "took over from another CSP partner": a partner named after "from" is where something came from
      const source = found.tokens.slice(Math.max(0, position - 3), position).some((word) => ['from', 'von', 'vom', 'by'].includes(word));
      // "im Partner Center": the portal, not a party
      const portal = /^(center|centre|portal)$/.test(found.tokens[position + 1] ?? '');
      // "Informiert unser Partner Manager bei Microsoft die Kunden …": Microsoft's person, not the partner
      if (partnerNounAt(found, position) && !source && !portal && !microsoftPersons(found).some((person) => position >= person.from && position <= person.to)) return 'partner';
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
export function partnerNounAt(found: Found, at: number): boolean {
  return PARTNER_NOUNS.test(found.tokens[at] ?? '') && !customersPartnerAt(found, at);
}

// … and by its institutional name: "the contractor", "der Auftragnehmer", "der Leistungserbringer"
const PARTNER_NOUNS = /^(partner|partners|partnern|reseller|resellers|resellern|haendlern|distributor|distributors|disti|provider|providers|haendler|partnerkonto|partneraccount|\w*systemhaus|\w*systemhaeuser|dienstleister|msps?|integrators?|wiederverkaeufer|lizenzhaendler|fachhaendler|partnerfirma|contractors?|auftragnehmer\w*|leistungserbringer\w*|generalunternehmer\w*)$/;
/** Whose the messages are: "the posts of our customers", "die Meldungen der Kunden", "aller Kunden", "customers' posts". */
const POSSESSOR_BEFORE = /^(of|der|des|aller|unserer|meiner|ihrer|seiner|von)$/;

/**
 * The heads of a phrase naming Microsoft's person who works with the partner: "PDM", "partner (development) manager",
 * "Partnermanager", "contact", "Ansprechpartner". Only the PDM's title is Microsoft's whatever is said beside it; the
 * others are Microsoft's only with Microsoft named beside them ("our partner manager at Microsoft", "unser
 * Ansprechpartner bei MS", "our Microsoft contact"), since the partner has partner managers and contacts of its own.
 */
const PARTNER_FACING_HEADS = wordPattern(/^(pdms?|managers?|partnermanager\w*|ansprechpartner\w*|contacts?|kontaktperson\w*)$/);
const AFFILIATION = /^(at|bei|von|vom|from|with|of|in|im)$/;

/** A phrase naming Microsoft's person for the partner: its first and last position, and its head. */
export interface MicrosoftPerson {
  from: number;
  head: number;
  to: number;
}

/**
 * "our partner manager at Microsoft", "unser PDM", "unser Ansprechpartner bei Microsoft", "our Microsoft partner
 * manager": a person of Microsoft's who works with the partner. Where such a person acts ("… emails our customers",
 * "… darf den Kunden anrufen"), Microsoft acts: what the person tells the customer is Microsoft contacting the customer,
 * what the person sends the partner is Microsoft's to the partner.
 */
export function microsoftPersons(found: Found): readonly MicrosoftPerson[] {
  if (!found.holds(PARTNER_FACING_HEADS)) return [];
  const persons: MicrosoftPerson[] = [];
  for (const head of found.where(PARTNER_FACING_HEADS)) {
    const token = found.tokens[head] as string;
    const clause = found.clause[head];
    let first = head;
    if (/^managers?$/.test(token)) {
      // "partner manager", "partner development manager"; "account manager" and the like are no partner's person
      if (found.tokens[head - 1] === 'development' && found.tokens[head - 2] === 'partner') first = head - 2;
      else if (found.tokens[head - 1] === 'partner') first = head - 1;
      else continue;
    }
    const titled = /^pdms?$/.test(token) || found.tokens[first + 1] === 'development';
    // "our contact" only as a noun: after "our/my/unser" or Microsoft ("contact us" is a verb)
    const owner = OUR.test(found.tokens[first - 1] ?? '') || MY.test(found.tokens[first - 1] ?? '');
    const microsoftBefore = found.at('microsoft', first - 1) && found.clause[first - 1] === clause;
    if (/^contacts?$/.test(token) && !owner && !microsoftBefore && !/^(the|a|an)$/.test(found.tokens[first - 1] ?? '')) continue;
    const microsoftAfter = AFFILIATION.test(found.tokens[head + 1] ?? '') && found.at('microsoft', head + 2) && found.clause[head + 2] === clause;
    if (!titled && !microsoftBefore && !microsoftAfter) continue;
    const start = microsoftBefore ? first - 1 : first;
    const from = OUR.test(found.tokens[start - 1] ?? '') || MY.test(found.tokens[start - 1] ?? '') || /^(the|a|an|der|die|den|dem|ein|eine|einen|einem)$/.test(found.tokens[start - 1] ?? '') ? start - 1 : start;
    persons.push({ from, head, to: microsoftAfter ? head + 2 : head });
  }
  return persons;
}

/**
 * "… oder bekommt er sie sowieso von Microsoft?", "… or does she get it from Microsoft?": the pronoun that receives
 * (German after its verb, English before it) is the customer where the customer is the last party named before it in
 * its sentence, with no partner, asker or Microsoft between.
 */
function pronounReceiverIsCustomer(found: Found, at: number): boolean {
  const german = /^(er|sie)$/.test(found.tokens[at + 1] ?? '');
  const english = /^(he|she|they)$/.test(found.tokens[at - 1] ?? '') && /^(do|does|did|will|would|can)$/.test(found.tokens[at - 2] ?? '');
  if (!german && !english) return false;
  const sentence = found.sentence[at];
  for (let before = (english ? at - 2 : at) - 1; before >= 0 && found.sentence[before] === sentence; before--) {
    if (found.at('customer', before)) return !/^(they|them|he|she|him|her|sie|er|ihn|ihm|ihnen)$/.test(found.tokens[before] ?? '');
    if (PARTNER_PRONOUNS.test(found.tokens[before] ?? '') || partnerNounAt(found, before) || found.at('microsoft', before)) return false;
  }
  return false;
}
