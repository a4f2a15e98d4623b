import type { Asks } from './facts';
import type { Concept } from './lexicon';
import { CLAUSE_END, isBreak, SENTENCE_END } from './normalize';
import { wordPattern, wordSet } from './wordPatterns';
import { LEAD_IN, Found } from './found';
import { ASKER_VERBS, SUBORDINATING, GERMAN_SUBJECTS, FINAL_AUXILIARIES, slipped } from './grammar';
import { microsoftPersons } from './recipient';

/**
 * What is asked: whether Microsoft may communicate, the asker doing something themselves, a task for the bot, or a
 * live status.
 */

/** Third-person German verb forms ("redet", "schreibt", "fragt", "kontaktiert"): the one acting follows them. */
const GERMAN_FINITE = /(et|rt|bt|gt|ht|ft)$/;
/** A word after "Microsoft" that makes it the one acting: "MS hat ihm geschrieben", "Microsoft sent". */
const MICROSOFT_ACTS_NEXT = /^(hat|has|had|is|was|will|would|wird|sent|schickt|schreibt|emailed|mailed|keeps|says|sagt|did|does|may|can|darf|kann|called|contacted|meldet|informiert|macht|tut|makes)$/;

/** Orders to tell, not to do: "summarize", "explain", "fass … zusammen", "erklär". */
const KNOWLEDGE_ORDERS = /^(summari[sz]e|explain|list|give|tell|describe|show|fass|fasse|fassen|zusammenfassen|erklaer|erklaere|erklaeren|nenn|nenne|nennen|gib|zeig|zeige)$/;

/** "Kannst du …", "can you …": the verbs that open a request to the bot, and "zusammenfassen", "summarise", an order to summarise. */
const CAN_YOU = wordSet(['kannst', 'koennen', 'can', 'could']);
const SUMMARISING = wordSet(['zusammenfassen', 'summarise', 'summarize']);
const MESSAGE_DETERMINERS = wordPattern(/^(this|these|the|following|their|his|her|die|den|das|der|seine|ihre|diese\w*|folgende\w*|beigefuegte\w*|attached)$/);

/** What a person asks a bot to do for them: look something up, check, write, open. */
const TOOL_VERBS = /^(nachschauen|nachsehen|schauen|pruefen|checken|check|look|find|open|write|draft|send|create|oeffnen|schreiben|erstellen|anlegen|zuweisen|assign)$/;

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
export function asksServiceState(found: Found): boolean {
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
  if (asksWhomAtMicrosoft(found) || askerReachesMicrosoftFirst(found) || asksWhereToFind(found) || asksWhomToReach(found)) return true;
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
    // … or with only the phrase of what it is about put after it: "den Kunden anrufen wegen einer Störung"
    const verbLast = found.clause[closing + 1] !== clause || isBreak(found.tokens[closing + 1] ?? '.') || found.at('about', closing + 1);
    const customerObject = found.positions('customer').some(
      (at) => at < verb && found.clause[at] === clause && ['den', 'dem', 'die', 'unseren', 'unserem', 'meinen', 'meinem'].includes(found.tokens[at - 1] ?? '')
    );
    // "… bei Microsoft melden" reports to Microsoft; "informieren", "anschreiben" take the one told as their object
    const tellsObject = /^(informier|benachrichtig|kontaktier|anschreib|anruf|warn|erinner)/.test(found.tokens[verb] ?? '');
    if (verbLast && customerObject && (tellsObject || !found.within('microsoft', verb - 1, verb - 1))) return false;
    // "Darf unser Partner Manager bei Microsoft den Kunden anrufen …?": the partner named in Microsoft's person for it is
    // no partner acting
    const persons = found.positions('partner').length > 0 ? microsoftPersons(found) : [];
    const partners = found.positions('partner').filter((at) => !persons.some((person) => at >= person.from && at <= person.to));
    const subjects = [...found.positions('askerSubject'), ...partners, ...found.positions('customer')];
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

/** "who"/"whom" and German "wen"/"wem" asked as the one turned to. */
const WHOM_ASKED = wordPattern(/^(who|whom|wen|wem)$/);
/** The auxiliaries between "who" and the asker: "who do I call", "who should we contact". */
const ASKER_AUXILIARIES = /^(do|should|shall|can|could|must|would|may)$/;
/** The words before the one a verb reaches: "tell the customer", "to our customer", "den Kunden", "beim Endkunden". */
const REACHED_DETERMINERS = /^(the|a|an|my|our|their|this|that|to|den|dem|die|der|unseren|unserem|unsere|meinen|meinem|beim|bei|an)$/;
/** A German verb of turning to someone in the first person: "rufe … an", "kontaktiere", "wende mich", "frage". */
const DE_TURNING_TO = /^(rufe|rufen|kontaktiere|kontaktieren|wende|wenden|frage|fragen|schreibe|schreiben|melde|melden|erreiche|erreichen|maile|mailen|informiere|informieren)$/;

/**
 * "Who do I call about billing errors?", "Who should we contact about a wrong invoice, Microsoft or the distributor?",
 * "Wen kontaktiere ich wegen einer falschen Rechnung?", "Wen rufe ich bei Abrechnungsfehlern an?", "An wen wende ich
 * mich?": whom the asker should turn to is the asker acting, whoever it is, so not Microsoft's communication. Not where
 * the customer is the one reached right after the verb ("Who should I tell the customer to call?", "Wen informiere ich
 * beim Kunden?"), nor "who" as the subject ("Who calls the customer?", "Wer informiert …").
 */
function asksWhomToReach(found: Found): boolean {
  if (!found.holds(WHOM_ASKED)) return false;
  return found.someWord(WHOM_ASKED, (at) => {
    const token = (position: number) => found.tokens[position] ?? '';
    let verb: number;
    let object: number;
    if (/^(who|whom)$/.test(token(at))) {
      if (!ASKER_AUXILIARIES.test(token(at + 1)) || !/^(i|we)$/.test(token(at + 2))) return false;
      // "who do I best call", "who should we then contact": one adverb may stand between
      verb = ASKER_VERBS.test(token(at + 3)) ? at + 3 : at + 4;
      if (!ASKER_VERBS.test(token(verb))) return false;
      object = verb + 1;
    } else {
      if (!/^(ich|wir)$/.test(token(at + 2)) || !DE_TURNING_TO.test(token(at + 1))) return false;
      verb = at + 1;
      object = at + 3;
    }
    // the one reached right after the verb (and the asker), past its article: "tell the customer", "den Kunden"; not a
    // customer after "about" or a conjunction ("email about the customer's price increase")
    let reached = object;
    while (reached < object + 3 && REACHED_DETERMINERS.test(token(reached))) reached++;
    return found.clause[reached] !== found.clause[verb] || !(found.at('customer', reached) || found.at('partner', reached));
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

export function asksOf(found: Found): Asks {
  if (isBotTask(found)) return 'bot-task';
  if (isAskerActing(found)) return 'asker-acts';
  if (isLiveStatus(found)) return 'live-status';
  return 'microsoft-communicates';
}
