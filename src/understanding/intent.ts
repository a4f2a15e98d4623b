import type { Intent, Topic } from './facts';
import type { Concept } from './lexicon';
import { CLAUSE_END, isBreak, SENTENCE_END } from './normalize';
import { wordPattern, wordSet } from './wordPatterns';
import { LEAD_IN, POLICY_WORDS, Found, COMING } from './found';
import { OUR, FROM } from './grammar';
import { DATA_MOVES, onlyThroughPartner, sweepingClaim, expectsOfPartner, asksContactRole, asksWho } from './topics';

/** What kind of question it is (the policy applied to a case, who to contact, off-topic, …), from the topics. */

/** "only …", "also …": a question that sets one place against another. */
const SCOPE_CONTRAST = wordSet(['only', 'also', 'too', 'nur', 'auch', 'ebenso', 'genauso', 'likewise']);

/** Words that ask what something is about: "worum", "wovon handelt", "was behandelt", "was regelt", "deal with". */
const POLICY_SUBJECT_ASKED = wordPattern(/^(regelt|worum|worueber|wovon|behandelt|handelt|thema|inhalt|deal|deals|zweck|purpose)$/);

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
    found.scanned.matches.some((match) => match.span !== undefined && match.at < at && at < match.at + match.span && TOPIC_WORDS.includes(match.concept)) ||
    topicChanged(found, at);
  let topic = false;
  let link = false;
  for (let at = 0; at < found.tokens.length; at++) {
    const token = found.tokens[at] as string;
    if (isBreak(token)) continue;
    if (TOPIC_WORDS.some((concept) => found.at(concept, at)) || inPhrase(at)) topic = true;
    else if (FOLLOW_UP_LINKS.has(token)) link = true;
    else if (!FOLLOW_UP_FRAME.has(token) && !FOLLOW_UP_POLARITY.has(token) && !FOLLOW_UP_ARTICLES.test(token) && !FOLLOW_UP_MESSAGES.test(token)) return false;
  }
  return topic && link;
}

/**
 * "not even for seat changes?", "and not about outages either?", "Nicht mal bei Seat-Änderungen?", "Auch nicht wegen
 * Abos?", "Und bei Störungen auch nicht?": a follow-up asked in the negative, or with a tag to be confirmed ("right?",
 * "oder?"), asks what the policy says on its topic as the plain follow-up does; the polarity is the asker's
 * expectation, not a second matter or a denied channel.
 */
const FOLLOW_UP_POLARITY: ReadonlySet<string> = new Set([
  'not', "n't", 'even', 'either', 'neither', 'nor', 'right', 'correct', 'surely', 'nicht', 'nich', 'mal', 'einmal', 'nichtmal', 'etwa', 'doch', 'richtig', 'oder', 'wohl', 'sicher'
]);

/** A generic word of change after a topic word ("seat changes", "Seat-Änderungen", "licence changes") is the topic's. */
const TOPIC_CHANGE_NOUNS = /^(change|changes|aenderung|aenderungen)$/;
function topicChanged(found: Found, at: number): boolean {
  return TOPIC_CHANGE_NOUNS.test(found.tokens[at] ?? '') && TOPIC_WORDS.some((concept) => found.at(concept, at - 1));
}

/** How many of the question's words only say its polarity or tag it ("not", "nicht mal", "right?", "oder?"). */
function polarityWords(found: Found): number {
  return found.tokens.filter((token) => FOLLOW_UP_POLARITY.has(token)).length;
}

const FOLLOW_UP_OPENERS = /^(and|und|or|oder)$/;
const FOLLOW_UP_ARTICLES = /^(the|a|an|die|der|das|den|dem|des|dat|ein|eine|einer|einem|einen)$/;
/** The words that tie a follow-up's frame to its topic: "what ABOUT", "was ist MIT", "UND wenn", "mails ZU". */
const FOLLOW_UP_LINKS: ReadonlySet<string> = new Set(['and', 'und', 'or', 'oder', 'about', 'regarding', 're', 'on', 'with', 'for', 'fuer', 'mit', 'bei', 'zu', 'zum', 'zur', 'wegen', 'ueber', 'if', 'when', 'wenn', 'falls']);
/** The rest of a follow-up's frame: "what", "how", "wie ist es", "wie sieht's … aus", "wie isset", "is it the same". */
const FOLLOW_UP_FRAME: ReadonlySet<string> = new Set([
  'what', 'whats', 'how', 'hows', 'is', 'are', 'it', 's', 'then', 'so', 'same', 'too', 'also', 'was', 'wat', 'wie', 'ist', 'is', 'isses', 'isset', 'isch', 'es', 'et', 'sieht', 'siehts', 'schaut', 'schauts', 'steht', 'stehts', 'aus', 'denn', 'dann', 'auch', 'eigentlich', 'werden', 'wird', 'get', 'gets'
]);
/** A kind of message as a noun ("mails about billing?", "Nachrichten zu Ausfällen?"), not a verb of sending. */
const FOLLOW_UP_MESSAGES = /^(mails?|e ?mails?|emails|messages?|notices?|notifications?|nachrichten|nachricht|meldungen|meldung|infos?|hinweise?|schreiben|briefe?|letters?)$/;

function onlyTopicWords(found: Found): boolean {
  // "price increases?": a topic phrase holds its later words too
  const inPhrase = (at: number) =>
    found.scanned.matches.some((match) => match.span !== undefined && match.at < at && at < match.at + match.span && TOPIC_WORDS.includes(match.concept)) ||
    topicChanged(found, at);
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

/** The asker as the subject beside a modal, in either order: "kann ich", "können wir", "can I", "should we", "ich darf". */
const ASKER_MODALS = /^(kann|koennen|koennte|koennten|darf|duerfen|duerfte|soll|sollen|sollte|sollten|muss|muessen|muesste|will|wollen|can|could|may|might|should|shall|must|do|need)$/;
/** The asker doing it in person: "selbst", "selber", "myself", "ourselves". */
const ASKER_IN_PERSON = wordPattern(/^(selbst|selber|myself|ourselves)$/);
/** Words before a customer that make it whose thing or where, not who: a genitive article or a preposition. */
const WHOSE_OR_WHERE = /^(des|der|eines|einer|unseres|unserer|seines|seiner|ihres|ihrer|meines|meiner|bei|beim|im|in|fuer|zu|zum|zur|von|vom|an|am|auf|for|of|at|on|with|to|from)$/;

/**
 * "Kann ich die VMs des Kunden selbst neu starten?", "Können wir die Wartung beim Kunden selbst durchführen?", "Should I
 * run the maintenance for the customer myself?": the asker doing a technical task in person, with no one reached,
 * told or receiving anything in the question, is not the policy's question (however operational the task is, and
 * whether or not Microsoft is named as the one who would otherwise do it). "Muss ich den Kunden selbst informieren?"
 * reaches the customer and stays the policy's question reversed; so does a sales approach or a message that comes
 * from someone, done in person ("Werbung …: kommt die von Microsoft, oder machen wir das selbst?").
 */
function askersOwnTask(found: Found, topics: readonly Topic[]): boolean {
  if (!found.holds(ASKER_IN_PERSON) || found.has('communicate') || found.has('receive')) return false;
  if (topics.includes('marketing') || found.holds(COMING) || asksWho(found)) return false;
  return found.someWord(ASKER_IN_PERSON, (self) => {
    // "der Kunde selbst", "Microsoft selbst": someone else in person; not the customer in the genitive or after a
    // preposition, whose thing the task is done to or where it is done ("die VMs des Kunden selbst neu starten", "beim
    // Kunden selbst", "for the customer myself")
    const customerInPhrase = [self - 2, self - 3].some((at) => WHOSE_OR_WHERE.test(found.tokens[at] ?? ''));
    if ((found.at('customer', self - 1) && !customerInPhrase) || found.at('microsoft', self - 1)) return false;
    // the asker's clause, up to ten words back in the sentence (a comma the run-on reading put in may stand between);
    // another subject between ("wenn der Kunde es selbst …", "ob Microsoft das selbst …") is the one in person
    for (let at = self - 1; at >= Math.max(0, self - 10) && found.sentence[at] === found.sentence[self]; at--) {
      if (found.at('microsoft', at) || (found.at('customer', at) && found.tokens[at - 1] === 'der')) return false;
      if (!ASKER_PRONOUNS.test(found.tokens[at] ?? '')) continue;
      return ASKER_MODALS.test(found.tokens[at - 1] ?? '') || ASKER_MODALS.test(found.tokens[at + 1] ?? '');
    }
    return false;
  });
}

/**
 * Another vendor or a distributor, by its name: "Google", "AWS", "Adobe", "Salesforce", "Sophos", "Veeam", "Pax8". Not
 * "also" (ALSO the distributor is an everyday word in both languages: normalize.ts names it where its capitals show it)
 * nor names that are everyday words.
 */
const OTHER_VENDOR = wordPattern(
  /^(google|googles|aws|amazon|amazons|adobe|adobes|salesforce|salesforces|sophos|veeam|veeams|oracle|oracles|vmware|broadcom|citrix|cisco|kaspersky|eset|crowdstrike|fortinet|dropbox|atlassian|servicenow|zendesk|hubspot|acronis|datto|kaseya|connectwise|jamf|okta|zscaler|mimecast|proofpoint|hornetsecurity|bitdefender|watchguard|sonicwall|barracuda|trendmicro|mcafee|symantec|pax8|ingram|synnex|tdsynnex|alsodistributor)$/
);
/** A vendor set beside another one rather than acting: "like Google", "than AWS", "wie bei Adobe", "instead of Google". */
const SET_BESIDE = /^(like|unlike|than|als|wie|statt|anstatt|instead|versus|vs|gegen|against|compared|verglichen|vergleich|contrary)$/;
/** A vendor named as the one a customer or a purchase came through or from: "via Pax8", "über TD SYNNEX", "moved from Google". */
const ROUTE_BEFORE = /^(via|ueber|through|durch|thru)$/;
const FROM_OR_OFF = /^(from|von|vom|off|weg)$/;
const MOVING = /^(mov\w*|switch\w*|migrat\w*|wechsel\w*|gewechselt|umgestiegen|umsteig\w*|umzug\w*|umgezogen|zieh\w*|gezogen|left|leaving|verlass\w*|port\w*|transfer\w*|abgewandert|abwander\w*)$/;

/**
 * "Does Google send renewal invoices straight to customers who bought through a reseller?", "Informiert Veeam die Kunden
 * selbst?", "Microsoft tells customers about outages. Does AWS do that too?": where the one acting is another vendor or
 * a distributor and the part that asks names neither Microsoft nor a Microsoft product, the question is not about
 * Microsoft's communication: the policy says nothing about it. "Google does X, does Microsoft?" names Microsoft in the
 * part that asks, and is read as before; so is a vendor set beside Microsoft ("like AWS does"), a route ("via Pax8")
 * and a vendor the customer moved from ("switched from Google"). The part that asks is the last sentence that names the vendor acting,
 * Microsoft or a Microsoft product; with Microsoft and its products named nowhere, the whole question.
 */
function otherVendorAsked(found: Found): boolean {
  if (!found.holds(OTHER_VENDOR)) return false;
  // a name of two words ("TD SYNNEX", "Ingram Micro") is read from its first word before it and its last after it
  const nameStart = (at: number) => (found.tokens[at] === 'synnex' && found.tokens[at - 1] === 'td' ? at - 1 : at);
  const nameEnd = (at: number) => (found.tokens[at] === 'ingram' && found.tokens[at + 1] === 'micro' ? at + 1 : at);
  const acting = (at: number) => {
    const before = found.tokens[nameStart(at) - 1] ?? '';
    const twoBefore = found.tokens[nameStart(at) - 2] ?? '';
    if (SET_BESIDE.test(before) || SET_BESIDE.test(twoBefore) || ROUTE_BEFORE.test(before)) return false;
    if (FROM_OR_OFF.test(before) || (FROM_OR_OFF.test(twoBefore) && ARTICLE_BEFORE_NAME.test(before))) {
      // "moved from Google", "von Google zu uns gewechselt": a vendor the customer left, not one that acts
      for (let other = at - 6; other <= at + 6; other++) if (other !== at && found.clause[other] === found.clause[at] && MOVING.test(found.tokens[other] ?? '')) return false;
    }
    return true;
  };
  const vendors = found.where(OTHER_VENDOR).filter(acting);
  if (vendors.length === 0) return false;
  // "Does AWS notify the customer about an outage of Power BI?", "Informiert Veeam den Kunden über Exchange?": the vendor
  // as the subject of the question's verb acts, whatever Microsoft product it is about, unless Microsoft stands in the
  // same sentence ("Does Google or Microsoft send …").
  const subjectOfQuestion = (at: number) => {
    const start = nameStart(at);
    const end = nameEnd(at);
    return (
      QUESTION_OPENERS.test(found.tokens[start - 1] ?? '') ||
      // "Is it ok for Google to email …", "Ist es ok, wenn Adobe den Kunden … anschreibt?"
      (found.tokens[start - 1] === 'for' && found.tokens[end + 1] === 'to') ||
      CLAUSE_OPENERS.test(found.tokens[start - 1] ?? '') ||
      found.at('communicate', start - 1) ||
      found.at('communicate', end + 1) ||
      found.at('receive', end + 1)
    );
  };
  if (vendors.some((at) => subjectOfQuestion(at) && !found.positions('microsoft').some((microsoft) => found.sentence[microsoft] === found.sentence[at]))) {
    const sentence = found.sentence[vendors[vendors.length - 1] as number] as number;
    // … Microsoft named later, or a Microsoft product in a later sentence that compares ("Ist das bei Microsoft 365
    // auch so?"); a later statement of how the product was bought ("The customer got Visio from us.") asks nothing
    // (a run-on line without its full stop the same: a product after the vendor with a comparing word after it)
    const last = vendors[vendors.length - 1] as number;
    const later = (at: number) => (found.sentence[at] as number) > sentence;
    const laterMicrosoft =
      found.positions('microsoft').some(later) ||
      found.scanned.products.some(
        (product) =>
          product.at > last &&
          found.someWord(COMPARING, (word) => found.sentence[word] === found.sentence[product.at] && (later(product.at) || word > product.at))
      );
    if (!laterMicrosoft) return true;
  }
  if (!found.has('microsoft') && found.scanned.products.length === 0) return true;
  // the last sentence that names one of them decides whom the question is about
  const lastVendor = found.sentence[vendors[vendors.length - 1] as number] as number;
  const microsoftAfter = (sentence: number) =>
    found.positions('microsoft').some((at) => (found.sentence[at] as number) >= sentence) ||
    found.scanned.products.some((product) => (found.sentence[product.at] as number) >= sentence);
  return !microsoftAfter(lastVendor);
}
const ARTICLE_BEFORE_NAME = /^(the|der|die|das|den|dem)$/;
/** Words that set one case beside another: "too", "the same", "auch", "ebenso". */
const COMPARING = wordPattern(/^(too|also|same|likewise|similar\w*|either|auch|ebenso|genauso|gleich\w*|ebenfalls)$/);
/** Conjunctions that open a clause with its subject next: "ob Google …", "if AWS …", "wenn Adobe …". */
const CLAUSE_OPENERS = /^(if|whether|when|that|ob|wenn|falls|dass|sobald)$/;
/** The auxiliaries and modals a question opens with, before its subject: "Does Google …", "Darf Adobe …". */
const QUESTION_OPENERS = /^(does|do|did|will|would|can|could|may|might|should|shall|must|is|are|darf|duerfen|kann|koennen|wird|werden|soll|sollte|muss|wuerde)$/;

export function intentOf(found: Found, topic: Topic, topics: readonly Topic[]): Intent {
  if (receivesGoods(found) || asksAvailability(found) || ownServicesOnly(found) || asksProductFacts(found) || askersOwnTask(found, topics) || otherVendorAsked(found)) return 'off-topic';
  const hasTopic = topics.length > 0;
  const noTopic = !hasTopic;
  const reachesCustomer = (found.has('communicate') || found.has('receive')) && found.has('customer');
  // "Does the rule that Microsoft does not write about subscriptions apply in Switzerland too?": a rule's topic named
  // inside a question about where it holds.
  // … not a data-centre region, which is a place: "Tenants in den Schweizer Rechenzentrumsregionen"
  // … nor the portal itself moving ("bevor alles ins Partner Center umgezogen ist", "since we moved to Partner Center")
  const portalMoves = (at: number) => DATA_MOVES.test(found.tokens[at] ?? '') && found.within('partnerCenter', at - 4, at + 4, found.clause[at]);
  const operationalNamed = found.positions('operational').some((at) => !found.at('scopeTarget', at) && !portalMoves(at));
  // "no idea what about", "they didn't say what about.": "what about" with nothing after it is what a call was about,
  // asked indirectly, not a follow-up on where the rules hold ("What about Austria?")
  const applySaid = found.positions('apply').some((at) => !strandedWhatAbout(found, at));
  const whereSaid = found.positions('where').some((at) => !strandedWhatAbout(found, at));
  const appliesWithTopic = applySaid && found.has('scopeTarget') && found.has('policyRef') && !operationalNamed;
  // Partner Center named as where something is missing or bought is about a product, not about where the policy holds.
  const partnerCenterAsInventory = found.positions('partnerCenter').some(
    (at) => found.within('find', at - 5, at + 5) || found.within('negation', at - 6, at + 3) || found.within('buy', at - 5, at + 5)
  );
  // Naming a place is not asking about it: "register for VAT in Germany", "transfer an Azure plan to another
  // indirect provider" need a question about scope ("only …?", "which …", "this policy", a short fragment).
  const asksAboutScope =
    found.has('policyRef') ||
    whereSaid ||
    applySaid ||
    found.holds(SCOPE_CONTRAST) ||
    found.wordCount <= 4;
  // "Welche Regeln gelten allgemein für …", "which rules apply to Microsoft's contact": the rules' cases, not a place.
  const asksForCases =
    !found.has('scopeTarget') && found.someWord(WHICH, (at) => RULES_OR_CASES.test(found.tokens[at + 1] ?? ''));
  const appliesQuestion =
    (applySaid && noTopic && !asksForCases && (found.has('scopeTarget') || found.has('policyRef') || whereSaid)) ||
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
    // "Stimmt's? Bei CSP läuft alles über den Partner": a sweeping claim about what reaches the customer, judged
    if (topic === 'none' && sweepingClaim(found)) return 'communication';
    // "Muss über Wartungsarbeiten ausschließlich der Partner informieren?", "Does only the partner have to inform about
    // maintenance?": the partner named as the one who informs about a matter, the customer unnamed, is who tells the
    // customer: the policy's question reversed
    if (communicates && hasTopic && !found.has('microsoft') && partnerInforms(found)) return 'communication';
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
    // … "invoices? not from MS, right?", "Rechnungen? Nicht von MS, oder?": asked in the negative or tagged, the same
    if (hasTopic && topic !== 'none' && fromMicrosoft && found.wordCount - polarityWords(found) <= 4 && !found.has('supportDesk')) return 'communication';
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

/** "what about" at `at` closed by the end of its clause: "no idea what about.", "didn't say what about, …". */
function strandedWhatAbout(found: Found, at: number): boolean {
  return found.tokens[at] === 'what' && found.tokens[at + 1] === 'about' && isBreak(found.tokens[at + 2] ?? SENTENCE_END);
}

/** The partner's own word as the subject of a verb of informing a few words after it, in its clause: "der Partner informieren". */
const PARTNER_SUBJECTS = /^(partner|partners|reseller|resellers|distributor|haendler|we|wir)$/;
/** What stands before the partner as a subject: its article or "only", or the auxiliary of a question ("do partners …"). */
const BEFORE_SUBJECT = /^(der|die|the|only|nur|ausschliesslich|exclusively|solely|allein|do|does|must|muss|muessen|should|soll|sollte|sollen)$/;
function partnerInforms(found: Found): boolean {
  return found.positions('communicate').some((verb) =>
    found.tokens.slice(Math.max(0, verb - 4), verb).some((token, offset) => {
      const at = Math.max(0, verb - 4) + offset;
      return PARTNER_SUBJECTS.test(token) && found.clause[at] === found.clause[verb] && (/^(we|wir)$/.test(token) || BEFORE_SUBJECT.test(found.tokens[at - 1] ?? ''));
    })
  );
}
