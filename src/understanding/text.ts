import { type Concept, spokenGerman, spokenGermanBesideDialect, unapostrophed } from './lexicon';
import { decidingSlip, isKnownWord, scan, umlautRestored, type Match, type Scan, type WordRecord } from './matcher';
import { CLAUSE_END, isBreak, normalize, SENTENCE_END, wordsOf } from './normalize';
import { FUNCTION_WORDS, wordsIn, FRONTED_PREPOSITIONS, ARTICLES, DE_BRACKET_CLOSER, MEMO_LIMIT } from './grammar';

/**
 * The text made ready before and after the scan: a customer's own voice, umlauts, spoken and Swiss German made
 * standard, abbreviation stops, separable verbs joined, an order about the answer's form left out, quoted passages,
 * deciding slips, and the scan's parties named (our customers, a freelancer's client). Reads no fact.
 */

/** A pasted mail's own orders ("Prüfen Sie …", "Please review …") are the sender's, not the asker's. */
export function withoutQuotedPassages(raw: string): string {
  // Most questions quote nothing: the quote pattern is only run where a quote mark stands.
  const unquoted = QUOTE_MARK.test(raw) ? raw.replace(QUOTED, ' ') : raw;
  return raw.includes(':') ? unquoted.replace(CITED_AFTER_COLON, ' ') : unquoted;
}

/** "da steht drin: … bitte prüfen Sie …", "the mail says: please review …": a sentence cited without quote marks. */
const CITED_AFTER_COLON = /\b(?:drin|drinnen|says|said|reads|read|lautet|hei(?:ß|ss)t es|steht|stand|subject|betreff|wording|wortlaut)\s*:[^.!?]*[.!]/giu;
// … and the administrative register's: "transmits", "dispatches", "übermittelt", "übersendet", "versendet"
export const SENDING = /^(send|sends|sending|sent|forward|forwards|forwarded|deliver|delivers|delivered|mail|mails|mailed|email|emails|emailed|push|pushes|pushed|transmit|transmits|transmitted|dispatch|dispatches|dispatched|schickt|schicken|sendet|senden|liefert|weiterleitet|uebermittelt|uebermitteln|uebersendet|uebersenden|versendet|versenden|verschickt|verschicken|zusendet|zuschickt|stellt|stellen)$/;
/** How far back a phrase put first may start from the finite verb. */
export const FRONTED_REACH = 8;

/**
 * German separable verbs read as one word: "kündigt … ab" (retires), "kündigt … an" (announces), "schaltet … ab",
 * "bietet … an" (offers), "dreht … an" (pushes a sale), "wirbt … ab" (poaches), "zieht … um" (moves). A stem that ends
 * in -t or -d takes "-et" ("schaltet", "bietet"). Reported speech puts them in the subjunctive, "-e": "Microsoft biete
 * ihm Copilot an", "kündige die Abschaltung an", "werbe ihn ab", "gehe auf ihn zu", "der Dienst falle aus".
 */
// "ein" is the particle only where it closes the clause or a conjunction follows ("lädt … ein und …"); before a word of
// its phrase it is the article ("zieht … in ein neues Rechenzentrum um", "zieht … heraus in ein eigenes MCA").
const SEPARABLE = /\b(kuendig|schalt|stell|laed|lad|steig|biet|dreh|wirb|werb|zieh|quatsch|klopf|schaff)(et|t|en|e)?\b((?: (?![.,])[^ ]+){0,8}?) (ab|an|ein(?=(?: [.,]|$| (?:und|oder|aber|sondern|dass|ob|wenn|weil|da|als|sobald|bevor|nachdem|damit|wie|bzw|sowie|oder)(?: |$)))|bereit|um)\b/g;
/** The stems `SEPARABLE` opens with (`SEPARABLE_FAR`'s are among them): where none is, neither can match. */
const KEEPING_AWAY = /\b(haelt|halten|hielt|hielten)\b((?: (?![.,])[^ ]+){1,10}) fern(?= [.,]|$)/g;
/** Verbs of getting in the way with their particle at the clause's end: "funkt … dazwischen", "mischt sich … ein". */
const INTERFERING = /\b(funk|graetsch|schiess|schiesst|misch|pfusch|red)(t|en|e|et)?\b((?: (?![.,])[^ ]+){0,8}?) (dazwischen|rein|hinein|quer|ein)(?= [.,]|$)/g;
const INTERFERING_STEM = /\b(?:funk|graetsch|schiess|misch|pfusch|red)/;
/** "sich … austauschen" with a long middle field, the verb ending its clause. */
const TALKING_WITH = /\bsich((?: (?![.,])[^ ]+){4,10}?) (austauschen|auszutauschen)(?= [.,]|$)/g;
const SEPARABLE_STEM = /\b(?:kuendig|schalt|stell|laed|lad|steig|biet|dreh|wirb|werb|zieh|quatsch|klopf|schaff)/;

/**
 * "Kündigt Microsoft uns Partnern Wechselkursänderungen für die EUR-Abrechnung vorher an?": a long middle field; the
 * particle is taken only where it closes the clause, so a preposition "an" further on is not.
 */
const SEPARABLE_FAR = /\b(kuendig|schalt|stell|biet)(et|t|en|e)?\b((?: (?![.,])[^ ]+){9,14}) (ab|an|ein|um)(?= [.,]|$)/g;

/**
 * "stellt … die Berichte … zu" (delivers), "geht MS auf die Behörde zu", "kommt Microsoft auf den Kunden zu" (approaches):
 * "zu" is a particle only where it ends the clause.
 */
const SEPARABLE_ZU = /\b(stell|geh|komm)(t|en|e)\b((?: (?![.,])[^ ]+){1,12}) zu(?= [.,]|$)/g;

/**
 * "MS mailt wg. M365 Verlängerung?", "bzgl. der EA-Rechnung", "z.B. Intune", "aus Web Direct bzw. Kreditkartenkauf",
 * "re. the renewal": the stop of a shortened preposition, conjunction or adverb ends no sentence, so what follows stays
 * in the sentence that asks. Only words that always lead into more words; a shortened noun ("Kd.") may end a sentence.
 */
// The stop is looked for first and the word behind it only there: a look behind at every position costs more.
const ABBREVIATION_STOPS = / \.(?<=(?:^| )(?:dr|prof|hr|fr|mag|dipl|mr|mrs|wg|bzgl|bzw|resp|vgl|ggf|ggfs|evtl|allg|inkl|exkl|zzgl|ca|lt|gem|betr|bspw|insb|ggue|sog|re|incl|approx|esp|vs|z b|u a|d h|v a|e g|i e) \.)(?= [^.,])/g;

/**
 * "einen eigenen Vertr. mit MS", "die Rg. für M365", "wegen der Kdg. zum Monatsende": a shortened German noun of the
 * trade (Vertrag, Rechnung, Kündigung) with a preposition after it goes on into that phrase; its stop ends no sentence.
 * (normalize() keeps such stops only where the next word had a capital; the second opinion reads normalize() alone.)
 */
const SHORT_NOUN_STOPS = / \.(?<=(?:^| )(?:vertr|rg|kdg) \.)(?= (?:mit|fuer|von|vom|zu|zum|zur|bei|beim|ueber|an|wegen|per|ab) )/g;

export function withoutAbbreviationStops(normalized: string): string {
  let stopsRead = normalized.includes(' .') ? normalized.replace(ABBREVIATION_STOPS, '') : normalized;
  if (stopsRead.includes('vertr .') || stopsRead.includes('rg .') || stopsRead.includes('kdg .')) stopsRead = stopsRead.replace(SHORT_NOUN_STOPS, '');
  return stopsRead.includes(' , ') ? withAttributesJoined(withAppositionsJoined(stopsRead)) : stopsRead;
}

/**
 * "in ein eigenes, direkt mit Microsoft geschlossenes MCA", "einen neuen, bereits über uns bestellten Plan": German
 * adjectives before one noun, the second a participle with its own phrase, are set apart by a comma that splits no
 * clause; the noun they describe still belongs to the clause of the article. Only where the word before the comma
 * follows an article and the phrase after it starts with an adverb or a preposition and ends in a participle or
 * adjective with the same ending: a relative clause ("den Kunden, der …") or a new clause ("…, wir …") stays apart.
 */
const ATTRIBUTE_COMMA = /(?<=(?:^| )(?:ein|eine|einen|einem|einer|eines|der|die|das|den|dem|des|sein|seine|seinen|seinem|seiner|ihr|ihre|ihren|ihrem|ihrer|unser|unsere|unseren|unserem|unserer|kein|keine|keinen|keinem) [a-z]+?(es|en|er|em|e)) , ((?:direkt|unmittelbar|selbst|bereits|schon|noch|erst|nur|extra|separat|eigens|zusaetzlich|ebenfalls|kuerzlich|damals|frisch|neu|mit|bei|von|vom|ueber|im|am|in|fuer|ohne|seit|vor|nach|per|via|durch|unter)(?: [^ ,.]+){0,5}? (?:[a-z]*ge[a-z]{3,}|[a-z]+(?:ig|lich|isch|end|iert|t)))(es|en|er|em|e)(?= )/g;

function withAttributesJoined(text: string): string {
  if (!text.includes('es , ') && !text.includes('en , ') && !text.includes('er , ') && !text.includes('em , ') && !text.includes('e , ')) return text;
  return text.replace(ATTRIBUTE_COMMA, (whole, before: string, phrase: string, after: string) => (before === after ? ` ${phrase}${after}` : whole));
}

/**
 * "Are we, the partner admins, getting the mails from Microsoft?", "Bekommen wir, die Partner, …", "sending to us, the
 * reseller, the information": a pronoun named again between commas, as a translator or a careful writer puts it, is
 * one phrase with it, so the commas split no clause: the verb after it still has its subject or object. Not a list
 * going on after the second comma ("us, the customer, and the distributor").
 */
const APPOSITION = /(?<=(?:^| )(?:we|us|i|me|they|them|he|him|she|her|you|wir|uns|ich|mir|mich|sie|ihn|ihm|er|ihr|ihnen)) , ((?:the|die|der|den|dem|as|als) (?:[^ ,.]+ ){0,2}[^ ,.]+) , (?!(?:and|or|und|oder|but|aber|sowie)(?: |$))/g;

function withAppositionsJoined(text: string): string {
  return text.replace(APPOSITION, ' $1 ');
}

/** "Findet die Richtlinie … in diesem Zusammenhang Anwendung?": the German verb bracket put together, "findet anwendung …". */
const APPLICATION_BRACKET = /\b(findet|finden|fand|faende)\b((?: (?![.,])[^ ]+){2,16}) anwendung\b/g;

/** "wir buchen Office 365 Extra File Storage dazu": booking more, the particle at the clause end, is "dazubuchen". */
const BOOKING_MORE = /\b(buch)(e|t|en)\b((?: (?![.,])[^ ]+){1,8}?) (dazu|hinzu|nach)(?= [.,]|$)/g;

/**
 * "Exchange fällt heute Abend zwei Stunden aus", "Teams fiel gestern aus": a service failing, "ausfallen", is an
 * outage; "aus" is the particle only where it closes the clause (or a conjunction opens the next: "fällt ständig aus und
 * …"), so "fällt aus der Reihe" stays what it says.
 */
/** "Wie fällt die Rechnung aus?", "fällt die Erhöhung höher aus": a result turning out some way, no outage. */
const TURNING_OUT = / (?:anders|hoeher|niedriger|geringer|gering|hoch|niedrig|guenstiger|teurer|besser|schlechter|gut|schlecht|positiv|negativ|knapp|knapper|deutlich|kleiner|groesser|mager|moderat|milde?)(?= |$)/;
const FAILING_OUT = /\b(faell|fall|fiel)(t|en|st|e)?\b((?: (?![.,])[^ ]+){0,10}?) aus(?= [.,]|$| (?:und|oder|aber|sondern|weil|wenn|dass|ob|sobald|bevor|nachdem|bzw)(?: |$))/g;

/** "Die Version fällt demnächst aus dem Support": falling out of support, its phrase read together as in a clause of its own. */
const OUT_OF_SUPPORT = /\b(faell|fall|fiel)(t|en)?\b((?: (?![.,])[^ ]+){1,6}?) (aus (?:dem support|der wartung))(?= [.,]|$)/g;

export function joinSeparableVerbs(normalized: string): string {
  if (normalized.includes(' aus de') && (normalized.includes(' support') || normalized.includes(' wartung'))) {
    normalized = normalized.replace(OUT_OF_SUPPORT, (_whole, stem: string, ending: string | undefined, middle: string, out: string) => `${stem}${ending ?? ''}${middle} ${out} ${stem}${ending ?? ''}`);
  }
  if (normalized.includes(' aus') && (normalized.includes('faell') || normalized.includes('fall') || normalized.includes('fiel'))) {
    normalized = normalized.replace(FAILING_OUT, (whole, stem: string, ending: string | undefined, middle: string, at: number) =>
      TURNING_OUT.test(middle) || /(?:^| )(?:wie|so) $/.test(normalized.slice(Math.max(0, at - 4), at)) || (ending === 'e' && (stem !== 'fall' || nounBefore(normalized, at)))
        ? whole
        : `aus${stem}${ending ?? ''}${middle}`
    );
  }
  // "funkt MS uns bei den Kunden dazwischen", "grätscht … rein", "schießt … quer", "mischt sich … ein": interfering, its
  // particle where it ends the clause
  if (INTERFERING_STEM.test(normalized)) normalized = normalized.replace(INTERFERING, (_whole, stem: string, ending: string | undefined, middle: string, particle: string) => `${particle}${stem}${ending ?? ''}${middle}`);
  // "hält sich von unseren Kunden komplett fern": keeping away, its particle where it ends the clause
  if (normalized.includes(' fern')) normalized = normalized.replace(KEEPING_AWAY, (_whole, verb: string, middle: string) => `fern${verb}${middle}`);
  // "… sich zu dem Vertrag direkt mit ihm austauschen": talking with someone, its "sich" put beside the verb at the end
  if (normalized.includes(' austausch')) normalized = normalized.replace(TALKING_WITH, (_whole, middle: string, verb: string) => `${middle} sich ${verb}`);
  if (normalized.includes(' buch')) normalized = normalized.replace(BOOKING_MORE, (_whole, stem: string, ending: string, middle: string, particle: string) => `${particle}${stem}${ending}${middle}`);
  if (normalized.includes(' anwendung')) normalized = normalized.replace(APPLICATION_BRACKET, (_whole, verb: string, middle: string) => `${verb} anwendung${middle}`);
  if (!normalized.includes(' ab') && !normalized.includes(' an') && !normalized.includes(' ein') && !normalized.includes(' bereit') && !normalized.includes(' zu') && !normalized.includes(' um')) return normalized;
  if (normalized.includes(' zu')) {
    normalized = normalized.replace(SEPARABLE_ZU, (whole, stem: string, ending: string, middle: string, at: number) =>
      ending === 'e' && nounBefore(normalized, at) ? whole : `zu${stem}${ending}${middle}`
    );
  }
  // Both patterns below open with one of their verbs' stems: a text without any is left as it is, at one look.
  if (!SEPARABLE_STEM.test(normalized)) return normalized;
  const joined = normalized.replace(SEPARABLE, (whole, stem: string, ending: string | undefined, middle: string, particle: string, at: number) =>
    ending === 'e' && nounBefore(normalized, at) ? whole : `${particle}${stem}${ending ?? ''}${middle}`
  );
  const far = joined.replace(SEPARABLE_FAR, (whole, stem: string, ending: string | undefined, middle: string, particle: string, at: number) =>
    ending === 'e' && nounBefore(joined, at) ? whole : `${particle}${stem}${ending ?? ''}${middle}`
  );
  return far.includes(' , ')
    ? far.replace(SEPARABLE_ASIDE, (whole, stem: string, ending: string | undefined, middle: string, particle: string, at: number) =>
        ending === 'e' && nounBefore(far, at) ? whole : `${particle}${stem}${ending ?? ''}${middle}`
      )
    : far;
}

/** An article, a determiner or a preposition right before: the subjunctive's "-e" form is a noun there ("an welcher Stelle"). */
const NOUN_BEFORE = /(?:^| )(?:der|die|das|den|dem|des|ein|eine|einer|einem|eines|kein|keine|keiner|diese|dieser|diesem|welche|welcher|welchem|jede|jeder|jedem|an|am|zur|zum|in|im|auf|aus|bei|von|mit|nach|erste|ersten|erster|naechste|naechsten|andere|anderen|anderer|gleiche|gleichen|selben|richtige|richtigen|falsche|falschen) $/;
function nounBefore(text: string, at: number): boolean {
  return NOUN_BEFORE.test(text.slice(Math.max(0, at - 12), at));
}

/**
 * "Microsoft kündigt die Exchange Web Services (EWS) in Exchange Online ab", "kündigt Azure AD Graph, also die alte API,
 * ab", "schaltet das klassische Teams (Teams Classic) ab": a short aside in brackets or between commas (normalised to
 * commas) inside the middle field does not part the verb from its particle, where the particle closes the clause. One
 * aside of one to four words, no verb of its own is looked for: a clause that goes on after a comma ("kündigt das Abo,
 * und wir schalten es ab") has more than four words or no second comma before the particle.
 */
const SEPARABLE_ASIDE = /\b(kuendig|schalt|stell|biet)(et|t|en|e)?\b((?: (?![.,])[^ ]+){0,8} , (?:(?![.,])[^ ]+ ){0,3}(?![.,]|und |oder |aber |wir |ich |er |sie |dass |ob |wenn |weil )[^ ]+ ,(?: (?![.,])[^ ]+){0,8}) (ab|an|ein|um)(?= [.,]|$)/g;

/** A quoted passage of a few words or more: „…“, "…", “…”, «…», or '…' whose apostrophes sit inside words. */
/** Every quote mark a quoted passage can open with. */
const QUOTE_MARK = /[„“"«»']/;
const QUOTED = /„([^“”"]{12,})[“”"]|“([^”]{12,})”|"([^"]{12,})"|«([^»]{12,})»|»([^«]{12,})«|(?<=^|[\s:(])'((?:[^'\n]|'(?=\p{L}))+)'(?=[\s.,;:!?)]|$)/gu;
// "us partners", "uns als Partner": a first person that names itself the partner stays the partner in the customer's words.
const NOT_NAMED_PARTNER_EN = String.raw`(?!\s+(?:as\s+(?:the\s+|a\s+)?(?:partners?|resellers?|distributors?)|partners|resellers|distributors)\b)`;
const NOT_NAMED_PARTNER_DE = String.raw`(?!\s+(?:als\s+(?:partner\w*|reseller\w*|h(?:ä|ae)ndler\w*|distributor\w*)|partnern|resellern|h(?:ä|ae)ndlern)\b)`;
const FIRST_PERSON: Array<[RegExp, string]> = [
  [new RegExp(String.raw`\b(?:we|us|our|ours|i|me|my)\b` + NOT_NAMED_PARTNER_EN, 'gi'), 'customer'],
  [new RegExp(String.raw`\b(?:wir|uns|unser\w*|ich|mich|mir|mein\w*)\b` + NOT_NAMED_PARTNER_DE, 'gi'), 'Kunde']
];

/**
 * A pasted customer mail speaks in the customer's voice: inside quotes, "we", "us" and "wir" are the customer, not
 * the partner asking ("'Will Microsoft send us the quote, or does that come from you?' What do I tell them?").
 */
export function inCustomerVoice(raw: string): string {
  const voiced = (passage: string) =>
    passage.split(/\s+/).length < 4 ? passage : asPartner(FIRST_PERSON.reduce((text, [pattern, customer]) => text.replace(pattern, customer), passage));
  // "Customer asks me: will Microsoft tell us …", "Der Kunde fragt: schickt uns Microsoft …"
  // The reported question runs to the end of its sentence; a quote right after the colon is handled as a quote.
  // One look for the words every report below needs; most questions hold none of them.
  const reportWords = REPORT_WORDS.test(raw);
  const reported = reportedSpeech(raw, reportWords);
  let text = raw;
  // Typed without a colon: "customer asks will microsoft tell us …", "der Kunde fragt mich informiert uns Microsoft …".
  // Only a direct question, or the customer's "we" with the partner as "you", is the customer speaking; the
  // asker's own "I" after it ("what do I tell them") stays the asker's.
  // Pasted from a colleague, the distributor or the reseller, "we" stays the partner.
  const pastedMatch = reported ? null : PASTED.exec(raw);
  const pasted = pastedMatch && !OWN_SIDE.test(raw.slice(pastedMatch.index + pastedMatch[0].length, pastedMatch.index + pastedMatch[0].length + 60)) ? pastedMatch : null;
  const speakerLabel = reported || pasted ? null : SPEAKER_LABEL.exec(raw);
  const runOn = reported ? null : ((reportWords ? reportedRunOn(raw) : null) ?? pasted ?? speakerLabel ?? (reportWords ? someoneAsks(raw) : null));
  if (runOn) {
    let start = runOn.index + runOn[0].length;
    // "forwarding this from their IT lead hi Mark we're moving …": the mail itself starts after its salutation.
    const salutation = runOn === pasted ? SALUTATION.exec(raw.slice(start, start + 80)) : null;
    if (salutation) start += salutation.index + salutation[0].length;
    const rest = raw.slice(start);
    // The pasted words end at a full stop, or where the asker speaks again: "… what do I tell them", "csp customer".
    const end = rest.search(runOn === pasted ? PASTED_ENDS : /[.?!](?:\s|$)/);
    const until = end === -1 ? rest.length : end + 1;
    const speech = rest.slice(0, until);
    // "Customer asks if we, as his partner, get informed …", "Kunde fragt, ob Microsoft uns …": reported as an
    // indirect question, the persons are the asker's own ("we" the partner, "he" the customer).
    const indirect = runOn !== pasted && INDIRECT_OPENER.test(speech);
    const direct =
      !indirect && (runOn === pasted ||
      RUN_ON_QUESTION.test(speech) ||
      // "customer furious why is microsoft calling us": a word or two of how they feel before the question
      (runOn === speakerLabel && /^(?:\S+\s+){1,2}(?:why|how|warum|wieso|weshalb)\b/i.test(speech)) ||
      /^(?:\S+\s+){0,3}(?:we|us|wir|uns|unser\w*)\b/i.test(speech) ||
      // "microsoft reached out to us", "halb im scherz ruft microsoft uns …", "zwei sachen 1) microsoft hat uns …"
      /^(?:\S+\s+){0,4}(?:microsoft|ms)\s+(?:\S+\s+){0,3}(?:us|uns)\b/i.test(speech) ||
      (/\b(?:we|us|wir|uns)\b/i.test(speech) && /\b(?:you|your|yours|euch|eure\w*|euer|ihnen)\b/i.test(speech)));
    if (direct) text = raw.slice(0, start) + asPartner(FIRST_PERSON_PLURAL.reduce((voiced, [pattern, customer]) => voiced.replace(pattern, customer), speech)) + rest.slice(until);
    else if (indirect && SECOND_PERSON_WORDS.test(speech)) text = raw.slice(0, start) + asPartner(speech) + rest.slice(until);
  }
  if (reported) {
    const start = reported.index + reported[0].length;
    const rest = raw.slice(start);
    if (!/^\s*[„“"«»']/.test(rest)) {
      const end = rest.search(/[.?!](?:\s|$)/);
      const until = end === -1 ? rest.length : end + 1;
      text = raw.slice(0, start) + voiced(rest.slice(0, until)) + rest.slice(until);
    }
  }
  if (!QUOTE_MARK.test(text)) return text;
  return text.replace(QUOTED, voiced);
}

/**
 * The customer's words address the partner: "'Do you get told by Microsoft …?'", "„Bekommt ihr von Microsoft …“",
 * "Sagt Microsoft euch Bescheid", and so does an indirect question passed on ("Customer asks whether you guys as his
 * CSP get …"): the second person is the partner, written as the partner's own first person once the customer's "we"
 * is read as the customer. German "ihr" only as the subject, beside a verb in lower case ("bekommt ihr", "ihr kriegt"),
 * not the possessive ("ihr Tenant", "ihr Abo").
 */
const SECOND_PERSON_WORDS = /\b(?:you|your|yours|y'all|euch|euer|eure\w*|ihr)\b/i;
const SECOND_PERSON: Array<[RegExp, string]> = [
  [/\byou guys\b|\by'all\b/gi, 'you'],
  [/\byours\b/gi, 'ours'],
  [/\byour\b/gi, 'our'],
  // the subject: at the start, after an auxiliary or a conjunction ("do you get", "whether you hear")
  [/(?<=(?:^|[.!?,;:'"„“]\s*|\b(?:do|does|did|will|would|can|could|are|were|have|has|should|shall|may|might|must|if|whether|that|when|and|or|so)\s+))you\b/gi, 'we'],
  [/\byou\b/gi, 'us'],
  [/\beuch\b/gi, 'uns'],
  [/\beuer\b/gi, 'unser'],
  [/\beure(\w*)\b/gi, 'unsere$1'],
  [/(?<=\b[A-Za-zÄÖÜäöüß][a-zäöüß]*t\s+)[Ii]hr\b|\b[Ii]hr(?=\s+(?:doch\s+|auch\s+|denn\s+|schon\s+)?[a-zäöüß]+t\b)/g, 'wir']
];
function asPartner(passage: string): string {
  return SECOND_PERSON_WORDS.test(passage) ? SECOND_PERSON.reduce((text, [pattern, partner]) => text.replace(pattern, partner), passage) : passage;
}

/** An indirect question or statement after the verb of saying: "asks if …", "whether …", "fragt, ob …", "meint, dass …". */
const INDIRECT_OPENER = /^\s*,?\s*(?:if|whether|wether|that|ob|dass|da(?:ss|ß))\b/i;

/** Verbs by which a customer's words are reported: "asks", "told", "sagt", "erzählt". */
const REPORTING_VERBS =
  '(?:asks|asked|writes|wrote|says|said|tells|told|reports|reported|complains|complained|fragt|fragte|schreibt|schrieb|meint|sagt|sagte|berichtet|erz(?:\u00e4|ae)hlt)';
const REPORTED_RUN_ON = new RegExp(
  '(?:' +
  [
    // "customer asks will microsoft …", "Kunde schreibt wir möchten …", "mail from the customer …"
    '\\b(?:customer|client|kunde|kundin|cfo|ceo|founder|gr\u00fcnder|gruender|gesch\u00e4ftsf\u00fchrer|geschaeftsfuehrer)(?:\\s+\\([^)]*\\))?\\s+' +
      `(?:${REPORTING_VERBS}|mail|e-?mail|question|frage|anfrage)(?:\\s+(?:me|us|mich|uns))?`,
    // "customer Rüegg AG asks …", "Kunde Stutz AG sagt …": the customer's name between, and a verb of saying
    '\\b(?:customer|client|kunde|kundin)(?:\\s+(?!(?:we|us|our|wir|uns|unser\\w*|microsoft|ms|has|had|hat|hatte|is|ist|was|war|got|gets|bekam|bekommt|kriegt|and|und|also|auch)\\b)[\\p{L}&.-]+){1,2}?' +
      `\\s+${REPORTING_VERBS}(?:\\s+(?:me|us|mich|uns))?`,
    '\\b(?:mail|e-?mail|message|question|complaint|ticket|call|nachricht|frage|anfrage|beschwerde|anruf)\\s+(?:from|vom|von)\\s+(?:the\\s+|a\\s+|dem\\s+|einem\\s+|unserem\\s+)?(?:customer|client|kunden|kundin)',
    // "er fragt …", "seine Frage …", "their mail …", "weitergeleitet vom Kunden …"
    '\\b(?:er|he|she)\\s+(?:fragt|schreibt|asks|writes|wrote)',
    '\\b(?:seine|ihre|his|her|their)\\s+(?:frage|mail|question)',
    '\\b(?:weitergeleitet|forwarded|pasted)\\s+(?:vom|von|from)\\s+(?:dem\\s+|the\\s+)?(?:kunden|customer|client)'
  ].join('|') + ')\\s+',
  'iu'
);
/**
 * What every reported run-on holds besides its speaker, with the same flags: a verb of saying, a mail or a question,
 * or "from the customer". Most questions hold none of them, and this costs a fraction of the full pattern. An
 * alternative added to `REPORTED_RUN_ON` must hold one of these too, or it is never tried.
 */
const REPORTED_RUN_ON_WORDS = new RegExp(
  `${REPORTING_VERBS}|mail|question|frage|(?:from|vom|von)\\s+(?:the\\s+|a\\s+|dem\\s+|einem\\s+|unserem\\s+)?(?:customer|client|kunden|kundin)`,
  'iu'
);

function reportedRunOn(raw: string): RegExpExecArray | null {
  return REPORTED_RUN_ON_WORDS.test(raw) ? REPORTED_RUN_ON.exec(raw) : null;
}

/** Someone else's text pasted at the start of the message: "pasting …", "forwarded …", "got this from …", "aus Ticket kopiert". */
const PASTED = /^\s*(?:(?:hi|hey|hallo|moin)\W+)?(?:pasting|pasted|forwarding|forwarded|got this from|weitergeleitet|kopiert|aus (?:\S+\s+){0,2}\S+ kopiert|from (?:the |a |our )?(?:customer|client)|vom kunden)\b(?:\s+(?:this|that|das))?/i;
/** Who is on the partner's side: a text from them speaks for the partner. */
const OWN_SIDE = /^\W*(?:\S+\s+){0,2}(?:from|von|vom)\s+(?:(?:my|our|the|a|unserem|unserer|meinem|meiner|dem|der)\s+)?(?:colleague|kollege\w*|kollegin\w*|distributor\w*|disti|reseller\w*|boss|chef\w*|team\w*|sales|vertrieb\w*|manager\w*|partner\w*|account manager)\b/i;
/** The salutation a pasted mail opens with, and the name after it: "hi Mark", "Sehr geehrte Damen und Herren". */
const SALUTATION = /\b(?:hi|hello|hey|dear|hallo|guten tag|sehr geehrte\w* damen und herren)\b(?:\s+(?!(?:we|us|our|wir|uns|unser\w*)\b)[a-z]+(?=\s+(?:we|wir|our|unser\w*|were)\b))?\s+/i;
/** Where the asker speaks again after a pasted text: an end of sentence, a spaced dash, "what do I tell them", "CSP customer". */
const PASTED_ENDS = /[.?!](?:\s|$)|\s[-\u2013\u2014]\s|\s(?=(?:what|how) (?:do|should|shall|can) (?:i|we)\b|(?:was|wie) (?:sage|sagen|antworte|antworten|schreibe) (?:ich|wir)\b|(?:they|he|she) (?:buy|buys|bought|get|gets|are|is)\b|csp[- ]?(?:kunde|customer)\b|short answer|kurze antwort)/i;
/**
 * A greeting that opens the message before a relayed question: "Hi!", "Hallo,", "Hey team,", "Guten Morgen zusammen!",
 * "Hi all -", "Hi Mark,". It hides no one's voice: what follows it is read as if the message began there.
 */
const OPENING_GREETING =
  String.raw`(?:(?:hi|hey|hello|hallo|moin|servus|gr(?:\u00fc|ue)ezi|guten\s+(?:morgen|tag|abend)|good\s+(?:morning|afternoon|evening))` +
  String.raw`(?:\s+(?:all|everyone|everybody|team|folks|guys|there|zusammen|leute|allerseits|kollegen|liebe\s+[a-z\u00e4\u00f6\u00fc]+|[a-z\u00e4\u00f6\u00fc]+(?=\s*[!,.:;]))){0,2}` +
  String.raw`\s*(?:[!,.:;]+|\s[-\u2013\u2014])\s*)?`;
/**
 * "Kunde bekommen wir …", "customer we see …": the customer named as the speaker at the start. Not the subject of a
 * verb in the third person: "Customer buys Azure from us", "customer has an EA", "Kunde kauft bei uns" tell of them.
 */
const SPEAKER_LABEL = new RegExp(
  String.raw`^\s*` + OPENING_GREETING +
  // "Customer: will Microsoft send us …?", "Kd.: bekommen wir …": a label with a colon, a question right after it
  String.raw`(?:(?:customer|client|kunde|kundin|kd\.?)\s*:\s*(?=(?:will|would|does|do|did|can|could|is|are|may|should|wird|werden|darf|d(?:\u00fc|ue)rfen|kann|k(?:\u00f6|oe)nnen|bekommen|kriegen|erhalten|informiert|schickt|meldet|schreibt|kontaktiert)\b)|` +
  String.raw`(?:customer|client|kunde|kundin)\s+(?!(?:with|from|in|at|on|of|for|who|that|which|whose|mit|von|aus|bei|im|der|die|das|den|dem|des|(?!(?:us|this|its|thus|is|was|does|yes|ms|always|sometimes)\b)[a-z]+(?:[^su]s|ed)|has|had|bought|hat|hatte|kauft|kaufte|bezieht|bezog|nutzt|nutzte|zahlt|besitzt|l(?:ä|ae)uft|bekommt|bekam|erh(?:ä|ae)lt|kriegt|betreibt|verwendet|(?:is|was|ist|war)\s+(?:on|under|with|in|a|an|the|our|also|still|now|currently|already|only|not|ours|direct\w*|csp|auf|im|bei|mit|ein|eine|unser\w*|auch|noch|schon|nur|nicht))\b))`,
  'i'
);
const RUN_ON_QUESTION = /^(?:will|would|does|do|did|can|could|is|are|may|should|why|how|when|wird|werden|darf|d(?:ü|ue)rfen|kann|k(?:ö|oe)nnen|informiert|schickt|meldet|bekommen|kriegen|erhalten|kontaktiert|schreibt|warum|wieso|wann)\b/i;
const FIRST_PERSON_PLURAL: Array<[RegExp, string]> = [
  [new RegExp(String.raw`\b(?:we|us|our|ours)\b` + NOT_NAMED_PARTNER_EN, 'gi'), 'customer'],
  [new RegExp(String.raw`\b(?:wir|uns|unser\w*)\b` + NOT_NAMED_PARTNER_DE, 'gi'), 'Kunde']
];

/**
 * "Customer asks:", "The bakery asks me:", "Customer Rüegg AG asks:", "Der Geschäftsführer fragt mich:": someone of
 * the customer's, named in a few words at the start of a clause, asking with a colon. A colleague, the sales team or
 * Microsoft asking is not the customer's voice.
 */
const REPORTED_SPEECH = /(?:^|[.!?,;]\s+|\s[-\u2013\u2014]\s+|\n)((?:[\p{L}\p{N}&'\u2019.-]+\s+){0,3}?[\p{L}\p{N}&'\u2019.-]+)\s+(?:asks|asked|writes|wrote|says|said|wants to know|would like to know|wonders|fragt|fragte|schreibt|meint|sagt|will wissen|m(?:\u00f6|oe)chte wissen)(?:\s+(?:me|us|mich|uns))?\s*:/iu;
/**
 * The verb and colon every reported speech above and "customer asks:" below hold, with their flags: most questions hold
 * none, and this costs a fraction of the full patterns. A verb added to either must be added here, or it is never tried.
 */
const SAYS_BEFORE_COLON = /(?:asks|asked|writes|wrote|says|said|wants to know|would like to know|wonders|fragt|fragte|schreibt|meint|sagt|will wissen|m(?:\u00f6|oe)chte wissen)(?:\s+(?:me|us|mich|uns))?\s*:/iu;
const CUSTOMER_ASKS = /\b(?:customer|client|kunde|kundin|cfo|ceo|admin|gesch\u00e4ftsf\u00fchrer|geschaeftsfuehrer)\s+(?:asks|asked|writes|wrote|says|said|fragt|schreibt|meint|sagt)(?:\s+(?:me|us|mich|uns))?\s*:/i;
/** "Q from cust:", "question from the customer:", "Frage vom Kunden:", "customer question:", "Kundenfrage:". */
const CUSTOMER_QUESTION = /\b(?:(?:q|question|query|frage|anfrage)\s+(?:from|vom|von)\s+(?:the\s+|a\s+|dem\s+|einem\s+)?(?:cust|customer|client|kd|kunde\w*)|(?:cust|customer|client)\s+(?:q|question|query)|kundenfrage|kundenanfrage)\s*:/i;
const CUSTOMER_SPEAKER = /\b(?:customer|client|kunde|kundin|cfo|ceo|admin|gesch\u00e4ftsf\u00fchrer|geschaeftsfuehrer)/i;
const OWN_SIDE_SPEAKER = /(?:^|\s)(?:i|we|ich|wir|my colleague|our colleague|colleague\w*|kolleg\w*|boss|chef\w*|manager\w*|sales|vertrieb\w*|team\w*|microsoft|ms|partner\w*|distributor\w*|disti|he|she|er|sie)(?:\s|$)/i;

/**
 * "the bakery asks me will Microsoft email us …", "ein neues Pflegeheim fragt hören wir …": someone named in a few
 * words at the start asks, without a colon, a question that follows at once; not the asker's own side.
 */
const SOMEONE_ASKS = new RegExp(
  String.raw`^\s*` + OPENING_GREETING +
  String.raw`((?:[\p{L}\p{N}&.-]+\s+){0,3}?[\p{L}\p{N}&.-]+)\s+(?:asks|asked|wants to know|fragt|fragte|will wissen|m(?:\u00f6|oe)chte wissen)(?:\s+(?:me|us|mich|uns))?\s+(?=(?:will|would|does|do|did|can|could|is|are|may|should|wird|werden|darf|d(?:\u00fc|ue)rfen|kann|k(?:\u00f6|oe)nnen|bekommen|kriegen|erhalten|h(?:\u00f6|oe)ren|schickt|informiert|meldet)\b)`,
  'iu'
);

/** The verbs `SOMEONE_ASKS` needs, with its flags (keep the two lists alike): most questions hold none, and this costs a fraction of the full pattern. */
const SOMEONE_ASKS_VERBS = /asks|asked|wants to know|fragt|fragte|will wissen|m(?:\u00f6|oe)chte wissen/iu;

function someoneAsks(raw: string): RegExpExecArray | null {
  if (!SOMEONE_ASKS_VERBS.test(raw)) return null;
  const found = SOMEONE_ASKS.exec(raw);
  return found && !OWN_SIDE_SPEAKER.test(found[1] ?? '') ? found : null;
}

/**
 * The words of all three reports (reported speech before a colon, a reported run-on, someone asking), with their flags:
 * where this finds none, none of them can be there.
 */
const REPORT_WORDS = new RegExp([SAYS_BEFORE_COLON, REPORTED_RUN_ON_WORDS, SOMEONE_ASKS_VERBS].map((pattern) => `(?:${pattern.source})`).join('|'), 'iu');

/** `reportWords`: whether REPORT_WORDS found any in `raw`. */
function reportedSpeech(raw: string, reportWords: boolean): RegExpExecArray | null {
  if (!raw.includes(':')) return null;
  const says = reportWords && SAYS_BEFORE_COLON.test(raw);
  const found = says ? REPORTED_SPEECH.exec(raw) : null;
  if (!found) return (says ? CUSTOMER_ASKS.exec(raw) : null) ?? CUSTOMER_QUESTION.exec(raw);
  const speaker = found[1] ?? '';
  if (PRONOUN_SPEAKER.test(speaker)) return pronounForCustomer(raw.slice(0, found.index)) ? found : null;
  return CUSTOMER_SPEAKER.test(speaker) || !OWN_SIDE_SPEAKER.test(speaker) ? found : null;
}

/** A speaker named by a pronoun alone: "She asks:", "Er fragt:". */
const PRONOUN_SPEAKER = /^(?:he|she|er|sie)$/i;
/** The people a pronoun can point back to: the customer's, or the asker's side and Microsoft's people. */
const CUSTOMER_PERSON = /\b(?:customer|client|caller|end ?user|user|owner|ceo|cfo|cio|admin|kunde|kundin|kunden|endkunde|endkundin|anrufer|anruferin|nutzer|nutzerin|inhaber|inhaberin|gesch(?:ä|ae)ftsf(?:ü|ue)hrer\w*)\b/giu;
const OWN_SIDE_PERSON = /\b(?:colleague|colleagues|kolleg\w*|boss|chef\w*|manager|sales\w*|vertriebl\w*|rep|representative|tam|csam|mitarbeiter\w*|azubi|trainee|intern|praktikant\w*)\b/giu;

/**
 * "Power BI Pro auto-renews tomorrow for her. She asks: will Microsoft send me …", "Die Kundin hat Teams Premium bei uns.
 * Sie fragt: bekomme ich …": a first-level desk passes on the customer's own question; the pronoun before the colon is
 * the customer unless the last person named before it is a colleague, a boss or someone's representative ("My
 * colleague is new. She asks: …"). With no one named, the one asking about their own subscription is the customer.
 */
function pronounForCustomer(before: string): boolean {
  const last = (pattern: RegExp) => {
    let at = -1;
    for (const match of before.matchAll(pattern)) at = match.index ?? at;
    return at;
  };
  return last(CUSTOMER_PERSON) >= last(OWN_SIDE_PERSON);
}

/** Auxiliaries that open an English question: "… through our csp is that ok", "… does microsoft tell them". */
const EN_QUESTION_VERBS = new Set(['is', 'are', 'was', 'were', 'does', 'do', 'did', 'can', 'could', 'will', 'would', 'may', 'might', 'should', 'shall', 'must']);
/** Who an English question asks about right after its auxiliary. */
const EN_QUESTION_SUBJECTS = new Set(['they', 'he', 'she', 'it', 'that', 'this', 'those', 'these', 'we', 'i', 'microsoft', 'ms', 'msft']);
/** Question words that stand before the auxiliary: "… why is microsoft mailing us", "… wann meldet sich ms". */
const QUESTION_WORDS = new Set(['why', 'how', 'when', 'where', 'what', 'whom', 'warum', 'wieso', 'weshalb', 'wann', 'wie', 'wo', 'wem']);
/** German verbs that open a question when Microsoft follows: "… über uns kommuniziert microsoft mit ihm". */
const DE_QUESTION_VERBS = new Set([
  'darf', 'duerfen', 'durfte', 'duerfte', 'kann', 'koennen', 'koennte', 'wird', 'werden', 'wuerde', 'haette', 'soll', 'sollte', 'muss', 'muesste', 'ist', 'war', 'hat',
  'kommuniziert', 'kontaktiert', 'informiert', 'meldet', 'schreibt', 'schickt', 'spricht', 'redet', 'sendet', 'verschickt',
  'benachrichtigt', 'erinnert', 'teilt', 'kommt', 'wendet', 'ruft', 'uebernimmt', 'macht', 'betreibt', 'unterbreitet'
]);
/** German verbs of receiving that open a question about the customer: "… über uns bekommt er die Rechnung". */
const DE_RECEIVE_VERBS = new Set(['bekommt', 'erhaelt', 'kriegt', 'bekommen', 'erhalten']);
const COMES_VERBS = new Set(['kommt', 'kommen']);
const DE_ARTICLES = new Set(['der', 'die', 'das', 'ein', 'eine', 'einen']);
/** "kommt die Copilot-Rechnung dann von Microsoft": "von Microsoft" within a few words of the verb, in the same run. */
function comesFromMicrosoft(tokens: readonly string[], verb: number, microsoftAt: ReadonlySet<number>): boolean {
  for (let at = verb + 3; at <= verb + 9 && at < tokens.length; at++) {
    if (isBreak(tokens[at] as string)) return false;
    if (microsoftAt.has(at) && /^(von|vom)$/.test(tokens[at - 1] ?? '')) return true;
  }
  return false;
}
const DE_CUSTOMER_SUBJECTS = new Set(['er', 'sie', 'der', 'die', 'ein', 'eine', 'unser', 'unsere', 'mein', 'meine']);
/** A German statement that starts anew with its subject: "… seinem eigenen EA er hat daneben auch CSP bei uns". */
const DE_PRONOUNS = new Set(['er', 'wir', 'ich']);
const DE_STATEMENT_VERBS = new Set(['hat', 'haben', 'habe', 'bezieht', 'beziehen', 'kauft', 'kaufen', 'verkaufen', 'verkauft', 'ist', 'sind', 'bekommt', 'bekommen', 'hatte', 'hatten']);
const SAYING = /^(schreibt|sagt|meint|fragt|berichtet|erzaehlt)$/;
/** What the partner does for a customer, said right after "wir": "wir machen nur M365", "wir betreuen nur Azure". */
const DE_PARTNER_VERBS = new Set(['machen', 'betreuen', 'liefern', 'verwalten', 'managen', 'lizenzieren', 'stellen', 'fuehren']);
const ONLY_WORDS = /^(nur|bloss|ausschliesslich|lediglich)$/;
/** Modal verbs before "wir": "müssen wir machen" goes on the question. */
const DE_MODALS = new Set(['muessen', 'sollen', 'koennen', 'duerfen', 'wollen', 'moechten', 'muss', 'soll']);
/** Words a German question puts between its verb and Microsoft: "meldet sich microsoft", "darf denn ms". */
const DE_BETWEEN = new Set(['sich', 'denn', 'dann', 'eigentlich', 'auch', 'da', 'hier', 'ueberhaupt']);
/** Short German and English checks that close a run-on question: "ist das ok", "passt das so", "darf das". */
const DE_CHECK_VERBS = new Set(['ist', 'passt', 'geht', 'darf', 'war', 'stimmt']);
/** Verbs by which Microsoft, named first, starts a new statement: "… through our csp microsoft emailed them", "… ms mailing them". */
const MICROSOFT_STARTS = /^(emailed|mailed|sent|wrote|told|contacted|called|informed|notified|reached|emailing|mailing|sending|writing|contacting|calling|telling|informing|notifying|reaching|keeps|wants|says|said|is|was|has|had|will|would|just|already|now|also|hat|schickt|schreibt|sagt|will|meldet|informiert|kontaktiert|kommuniziert)$/;
/** After these a word continues the clause: a preposition, a conjunction, an article. */
const CONTINUES = new Set([
  'and', 'or', 'but', 'und', 'oder', 'aber', 'to', 'from', 'by', 'with', 'at', 'of', 'via', 'through', 'than', 'for', 'about',
  'on', 'in', 'if', 'whether', 'that', 'the', 'a', 'an', 'von', 'vom', 'bei', 'beim', 'mit', 'ueber', 'durch', 'zu', 'zum', 'zur',
  'laut', 'fuer', 'an', 'am', 'auf', 'ob', 'dass', 'wenn', 'weil', 'als', 'wie', 'der', 'die', 'das', 'den', 'dem', 'des', 'ein',
  'eine', 'einen', 'einem', 'einer', 'not', 'nicht', 'what', 'who', 'wer', 'was'
]);

/** Words that join a clause to the one before, standing before what that clause puts first: "…, aber die Lizenzen …". */
const FRONTED_JOINERS = new Set(['aber', 'und', 'sondern', 'and', 'but']);
/** German conjunctions that open a subordinate clause, which German always sets off with a comma. */
const DE_SUBORDINATORS = new Set(['dass', 'ob', 'wenn', 'falls', 'weil', 'obwohl', 'bevor', 'nachdem', 'sobald', 'sofern']);
/** Words before such a conjunction that make it part of a longer one: "so dass", "ohne dass", "als ob", "auch wenn". */
const DE_SUBORDINATOR_LEADS = new Set(['so', 'ohne', 'als', 'statt', 'anstatt', 'auch', 'selbst', 'nur', 'erst', 'und', 'oder', 'aber']);
/** Who a German statement puts right after its verb when something else stands first: "Viva haben wir …". */
const DE_INVERTED_SUBJECTS = new Set(['wir', 'ich', 'er', 'sie']);
/** German verbs of holding and buying that a statement puts second: "die Lizenzen bezieht er über uns". */
const DE_HOLDING_VERBS = new Set([
  'hat', 'haben', 'habe', 'hatte', 'hatten', 'bezieht', 'beziehen', 'kauft', 'kaufen', 'verkaufen', 'verkauft', 'sehen',
  'sehe', 'sieht', 'finden', 'finde', 'fuehren', 'nutzt', 'nutzen', 'machen', 'macht', 'betreuen', 'liefern', 'liefert'
]);
/** Words that open the phrase a German statement puts first: a preposition or a determiner ("im Partner Center sehen wir"). */
const DE_PHRASE_OPENERS = new Set([
  'im', 'in', 'bei', 'beim', 'ueber', 'laut', 'fuer', 'von', 'vom', 'mit', 'auf', 'der', 'die', 'das', 'den', 'dem', 'sein',
  'seine', 'seinen', 'ihre', 'ihren', 'unsere', 'unseren', 'unser', 'diese', 'dieses', 'diesen'
]);
/** A participle or infinitive that ends a German clause: "geschickt", "informiert", "erteilt", "kommunizieren". */
const CLAUSE_FINAL_VERB = /^(ge\w{3,}(t|en)|\w{3,}iert|\w{3,}ieren|erteilt|beauftragt|bekommen|erhalten)$/;
/** Subjects that open an English statement after the question, followed by an adverb or an auxiliary: "… we only resell them M365". */
const EN_STATEMENT_SUBJECTS = new Set(['we', 'i', 'they', 'he', 'she']);
const EN_STATEMENT_NEXT = new Set(['only', 'just', 'also', 'never', 'already', 'still', 'do', 'did', 'dont']);
/** English conjunctions after which a subject goes on the same sentence: "although we also sell them …". */
const EN_SUBORDINATORS = new Set([
  'although', 'though', 'because', 'since', 'unless', 'so', 'as', 'once', 'while', 'whereas', 'where', 'after', 'before', 'until', 'than',
  // verbs of thinking and saying, whose object is the clause after them: "I don't believe we sold it to them"
  'think', 'thinks', 'thought', 'believe', 'believes', 'guess', 'assume', 'suppose', 'hope', 'feel', 'mean', 'reckon',
  'suspect', 'doubt', 'sure', 'know', 'knows', 'say', 'says', 'said', 'mention', 'mentions', 'mentioned', 'claim', 'claims',
  'heard', 'noticed', 'seems', 'told', 'tell', 'asks', 'asked', 'wonder', 'wonders'
]);
/** Words after which a subject goes on the clause: "which they …", "when we …", "has he …", "let us". */
const EN_SUBJECT_GOES_ON = new Set(['what', 'who', 'whom', 'whose', 'which', 'where', 'how', 'why', 'when', 'whenever', 'has', 'have', 'had', 'let', 'lets', 'am', 'then', 'now']);
/** Prepositions that open a place an English statement puts first: "in Partner Center we only see …". */
const EN_FRONTED_PREPOSITIONS = new Set(['in', 'at', 'on', 'under']);
/** Objects that show an English verb has its own object, so the pronoun before it starts a clause ("they signed the EA"). */
const EN_OBJECT_OPENERS = new Set(['the', 'a', 'an', 'their', 'our', 'his', 'her', 'its', 'them', 'him', 'us', 'it', 'this', 'that', 'those', 'these', 'some', 'all', 'no']);
/** Whose someone is, opening a statement about what that someone does: "their CSAM sends …", "sein CSAM meldet sich". */
const POSSESSIVES = new Set(['their', 'his', 'her', 'sein', 'seine', 'ihr', 'ihre']);
/** An "or" that opens a second question or statement: "…, or do we pass it on", "oder müssen wir ihm das schicken". */
const OR_WORDS = new Set(['or', 'oder']);
const OR_CLAUSE_SUBJECTS = new Set(['we', 'i', 'you', 'they', 'it', 'that', 'wir', 'ich', 'sie', 'er', 'es', 'das']);

/**
 * People in a chat leave out the full stops and commas: "customer has an ea with microsoft and azure through our csp
 * microsoft emailed them about the invoice is that ok", "informiert microsoft den kunden wenn microsoft einen
 * vorfall feststellt". Where a question or statement plainly starts anew (an auxiliary or a German verb before
 * Microsoft or a pronoun, Microsoft before its verb, a pronoun and its verb after the question, a German statement
 * with its subject after the verb), an end of sentence goes back in; where a clause plainly starts (a German
 * conjunction of a subordinate clause, "or" before a new subject), an end of clause. So the asking part is told from
 * what came before as it is when the punctuation is there.
 */
function sentenceStartsInRunOn(scanned: Scan): Map<number, string> {
  const { tokens } = scanned;
  const microsoftAt = new Set<number>();
  const customerAt = new Set<number>();
  const reachingAt = new Set<number>();
  const billingAt = new Set<number>();
  for (const match of scanned.matches) {
    if (match.concept === 'microsoft') microsoftAt.add(match.at);
    else if (match.concept === 'customer') customerAt.add(match.at);
    else if (match.concept === 'communicate' || match.concept === 'duty') reachingAt.add(match.at);
    else if (match.concept === 'billing' || match.concept === 'billingWeak') billingAt.add(match.at);
  }
  const productStart = (at: number) => scanned.products.find((product) => at >= product.at && at < product.at + product.length)?.at ?? at;
  const inProduct = (at: number) => scanned.products.some((product) => at >= product.at && at < product.at + product.length);
  const starts = new Map<number, string>();
  for (let at = 1; at < tokens.length - 1; at++) {
    const token = tokens[at] as string;
    // Every case below opens with a word of RUN_ON_OPENERS or with Microsoft: a new case adds its words there.
    if (!RUN_ON_OPENERS.has(token) && !microsoftAt.has(at)) continue;
    const next = tokens[at + 1] as string;
    const start = QUESTION_WORDS.has(tokens[at - 1] as string) ? at - 1 : at;
    const before = tokens[start - 1] ?? '.';
    if (isBreak(before)) continue;
    if (DE_SUBORDINATORS.has(token) && !DE_SUBORDINATOR_LEADS.has(before)) {
      starts.set(at, CLAUSE_END);
      continue;
    }
    if (OR_WORDS.has(token) && orOpensClause(tokens, at)) {
      starts.set(at, CLAUSE_END);
      continue;
    }
    // "darf microsoft einen kunden kontaktieren der über uns kauft": the infinitive closes the verb bracket a modal
    // opened, so a relative pronoun after it opens a clause of its own, set off by a comma when it is typed.
    if (DE_RELATIVE_PRONOUNS.has(token) && closesBracket(tokens, at - 1)) {
      starts.set(at, CLAUSE_END);
      continue;
    }
    // "… rest läuft über csp bei uns", "… alles andere läuft über uns": a statement of how something is bought,
    // its subject first, starts anew.
    // … also with a particle between ("läuft aber über uns", "kommt jedoch übers Systemhaus"), and "von uns"
    const routeAt = DE_MODAL_PARTICLES.has(next) ? at + 2 : at + 1;
    if (DE_ROUTE_VERBS.has(token) && (DE_ROUTES.has(tokens[routeAt] ?? '') || (tokens[routeAt] === 'von' && tokens[routeAt + 1] === 'uns'))) {
      const first = routeSubjectStart(tokens, at, productStart, inProduct);
      if (first > 0 && !isBreak(tokens[first - 1] as string) && !CONTINUES.has(tokens[first - 1] as string) && !DE_RELATIVE_PRONOUNS.has(tokens[first - 1] as string)) starts.set(first, SENTENCE_END);
      continue;
    }
    // "… alles andere läuft über uns jetzt kam von microsoft …": a time put first, then the verb, starts a statement.
    if (DE_TIME_FIRST.has(token) && DE_FINITE_AFTER_TIME.has(next) && !CONTINUES.has(before) && !DE_QUESTION_VERBS.has(before) && !DE_STATEMENT_VERBS.has(before)) {
      starts.set(at, SENTENCE_END);
      continue;
    }
    // "… direkt an die wir machen nur M365 im CSP": "wir" with a verb of serving and "nur" starts anew even after a
    // word that would go on the clause ("an die" is "to them" here).
    if (token === 'wir' && DE_PARTNER_VERBS.has(next) && ONLY_WORDS.test(tokens[at + 2] ?? '')) {
      starts.set(at, SENTENCE_END);
      continue;
    }
    // "… ging gestern nicht meldet sich microsoft …": a German clause may end on "nicht", before a question's verb.
    if (CONTINUES.has(before) && !(before === 'nicht' && DE_QUESTION_VERBS.has(token))) continue;
    // "Die Dynamics-Rechnung verschickt Microsoft …": a short noun phrase opening the sentence is its fronted object
    // The phrase is the words after the last end among the five before, or all before a start within five words;
    // found by position, as this runs for most words of every question.
    const openingFrom = Math.max(0, start - FRONTED_REACH);
    let lastEnd = -1;
    for (let word = start - 1; word >= openingFrom; word--) {
      if (isBreak(tokens[word] as string)) {
        lastEnd = word;
        break;
      }
    }
    // "…, aber die Lizenzen für Intune kauft er bei uns", "…, und das Abo für Teams hat er über uns": the word joining the
    // clause to the one before stands before the phrase its clause puts first, not in it
    const afterEnd = lastEnd >= 0 && lastEnd + 1 < start && FRONTED_JOINERS.has(tokens[lastEnd + 1] as string) ? lastEnd + 2 : lastEnd + 1;
    const phraseFrom = lastEnd >= 0 ? afterEnd : start <= 5 ? Math.max(0, start - 5) : start;
    const phraseLength = start - phraseFrom;
    const phraseHead = phraseLength > 0 ? (tokens[phraseFrom] as string) : '';
    // (a product's name counts as one word: "die Lizenzen für Dynamics 365 bezieht sie …")
    const phraseWords = wordsIn(scanned, phraseFrom, start);
    if (phraseLength > 0 && phraseWords <= 4 && ARTICLES.test(phraseHead) && (lastEnd >= 0 || start <= 4)) continue;
    // "Für das Kreditkarten-Abo kommuniziert Microsoft …": a prepositional phrase put first, with its verb after it
    // … up to FRONTED_REACH words after a typed end, with no verb inside: "Zur Verlängerung des Azure-Plans darf Microsoft …"
    if (phraseLength > 1 && phraseLength <= 5 && FRONTED_PREPOSITIONS.test(phraseHead) && (lastEnd >= 0 || start <= 5)) continue;
    const germanQuestion = DE_QUESTION_VERBS.has(token) && microsoftAt.has(at + 1);
    if (germanQuestion && phraseLength > 5 && lastEnd >= 0 && FRONTED_PREPOSITIONS.test(phraseHead) && !tokens.slice(phraseFrom, start).some(verbInPhrase)) continue;
    // "Rechnung für dieses Project schickt Microsoft ihm?": a subscription noun without its article, as learners write
    if (germanQuestion && phraseLength > 1 && phraseLength <= 5 && lastEnd >= 0 && billingAt.has(phraseFrom) && !tokens.slice(phraseFrom, start).some(verbInPhrase)) continue;
    // "… kauft er über uns kommt die copilot-rechnung dann von microsoft": what comes from Microsoft, named after the
    // verb, asks anew; the phrase before the verb closes the statement before it
    if (COMES_VERBS.has(token) && DE_ARTICLES.has(next) && !CONTINUES.has(before) && comesFromMicrosoft(tokens, at, microsoftAt)) {
      starts.set(at, SENTENCE_END);
      continue;
    }
    let opens = false;
    // … also "… dynamics 365 may the microsoft consultants talk …": Microsoft's people after an article
    // … not German's "will" after its own subject: "ich will Microsoft schreiben" is one clause, Microsoft its object
    if (EN_QUESTION_VERBS.has(token)) opens = !(token === 'will' && DE_WANTING_SUBJECTS.has(before)) && (EN_QUESTION_SUBJECTS.has(next) && (next !== 'microsoft' && next !== 'ms' ? true : microsoftAt.has(at + 1))) || (/^(the|their|his|her)$/.test(next) && microsoftAt.has(at + 2));
    // "… direkt mit Microsoft Dynamics 365 bezieht sie über uns", "die Copilot-Lizenzen hat er aber über uns gekauft":
    // a verb of holding with its subject after it is a statement that put something first, not a question
    else if ((DE_QUESTION_VERBS.has(token) || DE_RECEIVE_VERBS.has(token)) && !(DE_HOLDING_VERBS.has(token) && DE_INVERTED_SUBJECTS.has(next))) {
      let subject = at + 1;
      while (DE_BETWEEN.has(tokens[subject] ?? '') && subject < at + 3) subject++;
      // "Kunde schreibt Microsoft hat …" reports what the customer says; it asks nothing.
      // "Wir dürfen Microsoft … selbst kontaktieren, oder?", "Ich kann Microsoft … anrufen": the asker as the subject
      // opening the clause, its verb agreeing, makes Microsoft the object of a statement put to be confirmed
      const askerOpens = /^(wir|ich)$/.test(before) && agreesWith(before, token) && isBreak(tokens[start - 2] ?? '.');
      opens = microsoftAt.has(subject) && !(customerAt.has(at - 1) && SAYING.test(token)) && !askerOpens;
      if (!opens && DE_RECEIVE_VERBS.has(token) && DE_CUSTOMER_SUBJECTS.has(next)) opens = next === 'er' || next === 'sie' || customerAt.has(at + 2);
      // "… im csp kriegt das lager von microsoft ne info": whoever the article names after a verb of receiving asks anew
      if (!opens && DE_RECEIVE_VERBS.has(token) && /^(der|die|das)$/.test(next)) opens = !FUNCTION_WORDS.has(tokens[at + 2] ?? '.') && !isBreak(tokens[at + 2] ?? '.');
      if (!opens && DE_CHECK_VERBS.has(token) && ['das', 'es', 'dies'].includes(next)) {
        const rest = tokens.slice(at + 2).findIndex(isBreak);
        const length = rest === -1 ? tokens.length - at - 2 : rest;
        // "… im Partner Center ist das Produkt nicht": a statement that ends on its negation, no check
        opens = length <= 3 && !tokens.slice(at + 2, at + 2 + length).some((word) => /^(nicht|nich|kein\w*)$/.test(word));
      }
    } else if (token === 'who' || token === 'wer') opens = reachingAt.has(at + 1) || next === 'is' || next === 'ist';
    else if (POSSESSIVES.has(token) && !reachingAt.has(at - 1) && !EN_QUESTION_VERBS.has(before) && !DE_QUESTION_VERBS.has(before)) {
      // "… via our CSP their CSAM sends the renewal offer", "… über uns sein CSAM meldet sich": someone of theirs acts
      opens = !reachingAt.has(at + 1) && (reachingAt.has(at + 2) || (reachingAt.has(at + 3) && !FUNCTION_WORDS.has(tokens[at + 2] as string)));
    }
    // "… mit microsoft hat wir verkaufen ihm nur m365": "hat" cannot go with "wir", so "wir" opens its own statement.
    else if (DE_PRONOUNS.has(token) && DE_STATEMENT_VERBS.has(next)) opens = (!DE_QUESTION_VERBS.has(before) && !DE_STATEMENT_VERBS.has(before)) || !agreesWith(token, before);
    // "… direkt an die wir machen nur m365 im csp": the partner's own statement with an object after its verb
    else if (token === 'wir' && DE_PARTNER_VERBS.has(next) && !isBreak(tokens[at + 2] ?? '.')) opens = !DE_QUESTION_VERBS.has(before) && !DE_MODALS.has(before);
    else if (microsoftAt.has(at) && MICROSOFT_STARTS.test(next)) opens = !EN_QUESTION_VERBS.has(before) && !DE_QUESTION_VERBS.has(before) && !DE_RECEIVE_VERBS.has(before);
    // "… contact them when I reduce the seats": a subject right after "when/why/how" goes on that clause
    else if (EN_STATEMENT_SUBJECTS.has(token) && !EN_QUESTION_VERBS.has(before) && !EN_SUBJECT_GOES_ON.has(before) && !EN_SUBJECT_GOES_ON.has(tokens[at - 1] ?? '') && !EN_SUBORDINATORS.has(before)) {
      // "… renewal they signed the EA …" starts anew; "the licences they buy from us" describes the licences.
      // … "the seat reduction we did on their Microsoft 365": "did" with a preposition after it is the verb of a clause
      // describing the noun before, no auxiliary of a new statement
      const doneOn = /^(do|did)$/.test(next) && /^(on|for|with|in|at|via|to|yesterday|today|last)$/.test(tokens[at + 2] ?? '');
      if (!doneOn && (EN_STATEMENT_NEXT.has(next) || next === "n't" || (!FUNCTION_WORDS.has(next) && EN_OBJECT_OPENERS.has(tokens[at + 2] ?? '')))) {
        // "… plan 2 in Partner Center we only see E3": the statement starts with the place it puts first.
        const place = tokens.slice(Math.max(0, at - 3), at).findIndex((word) => EN_FRONTED_PREPOSITIONS.has(word));
        const first = place >= 0 ? Math.max(0, at - 3) + place : at;
        if (first > 0 && !isBreak(tokens[first - 1] as string) && !CONTINUES.has(tokens[first - 1] as string)) starts.set(first, SENTENCE_END);
      }
      continue;
    } else if (DE_HOLDING_VERBS.has(token) && DE_INVERTED_SUBJECTS.has(next) && at >= 2) {
      // "… geschickt Viva haben wir ihm nie verkauft": the statement starts with what it puts before its verb.
      const first = invertedStatementStart(tokens, at, productStart, inProduct);
      // "… für azure defender for business kauft er aber bei uns im csp …": a statement of where it is bought, with its
      // route after the subject, is a sentence of its own, as it is when typed with its full stop
      const route = tokens.slice(at + 2, at + 5).some((word, offset) => (DE_ROUTES.has(word) || word === 'von') && /^(uns|csp)$/.test(tokens[at + 3 + offset] ?? ''));
      if (first > 0 && !isBreak(tokens[first - 1] as string) && !CONTINUES.has(tokens[first - 1] as string)) starts.set(first, route ? SENTENCE_END : CLAUSE_END);
      continue;
    }
    if (!opens) continue;
    // "… über uns die azure-rechnung schickt microsoft ihm …": what a German question puts before its verb is its own.
    starts.set(DE_QUESTION_VERBS.has(token) || DE_RECEIVE_VERBS.has(token) ? frontedPhraseStart(tokens, start) : start, SENTENCE_END);
  }
  return starts;
}

/** Who says German's "will" (wants): "ich will …", "er will …"; English never puts its "will" after these. */
const DE_WANTING_SUBJECTS = new Set(['ich', 'er', 'es', 'sie', 'man', 'der', 'kunde']);

/** A word that makes a phrase put first a clause of its own: a finite verb, "nicht" that closes a statement. */
function verbInPhrase(token: string): boolean {
  return DE_QUESTION_VERBS.has(token) || DE_STATEMENT_VERBS.has(token) || DE_RECEIVE_VERBS.has(token) || DE_ROUTE_VERBS.has(token) || token === 'nicht';
}

/** Relative pronouns that open a German clause describing what was just named: "einen Kunden, der über uns kauft". */
const DE_RELATIVE_PRONOUNS = new Set(['der', 'die', 'das', 'den', 'dem', 'welche', 'welcher', 'welches', 'welchen', 'deren', 'dessen']);
/** Finite verbs that open a German verb bracket, which an infinitive or participle closes: "darf … kontaktieren". */
const DE_BRACKET_OPENERS = new Set([
  'darf', 'duerfen', 'durfte', 'duerfte', 'kann', 'koennen', 'koennte', 'muss', 'muessen', 'muesste', 'soll', 'sollen', 'sollte',
  'wird', 'werden', 'wuerde', 'will', 'wollen', 'moechte', 'hat', 'haben', 'hatte', 'ist', 'sind', 'war'
]);
/** How far back a verb bracket's opener may stand from the verb that closes it. */
const BRACKET_REACH = 12;

/** Whether the word at `at` is an infinitive or participle closing a bracket a modal or auxiliary opened in its sentence. */
function closesBracket(tokens: readonly string[], at: number): boolean {
  if (!DE_BRACKET_CLOSER.test(tokens[at] ?? '')) return false;
  for (let opener = at - 2; opener >= Math.max(0, at - BRACKET_REACH); opener--) {
    const token = tokens[opener] as string;
    if (isBreak(token) || DE_SUBORDINATORS.has(token)) return false;
    if (DE_BRACKET_OPENERS.has(token)) return true;
  }
  return false;
}

/** Verbs of a German statement of how something is bought, and the word after them that says the route. */
const DE_ROUTE_VERBS = new Set(['laeuft', 'laufen', 'kommt', 'kommen', 'liegt', 'liegen']);
const DE_ROUTES = new Set(['ueber', 'uebers', 'ueberm', 'bei', 'beim', 'via', 'per', 'im', 'direkt', 'durch']);
/** Particles a German statement puts between its verb and the rest: "läuft aber über uns", "kommt jedoch direkt". */
const DE_MODAL_PARTICLES = new Set(['aber', 'jedoch', 'allerdings', 'doch', 'ja', 'auch', 'eigentlich', 'zwar', 'uebrigens', 'halt', 'eh', 'inzwischen', 'mittlerweile', 'jetzt', 'nun', 'weiterhin', 'komplett', 'alles', 'nur']);
/** Words that name what runs some way without a product's name: "der Rest", "alles andere", "alles". */
const DE_WHAT_RUNS = /^(rest|alles|andere|sonstige\w*|restliche\w*|uebrige\w*|lizenzen|abos|abonnements?|vertrag|vertraege)$/;

/** Where the subject of a statement of route starts: a product's name, "der Rest", "alles andere", "die Lizenzen", or -1. */
function routeSubjectStart(tokens: readonly string[], verb: number, productStart: (at: number) => number, inProduct: (at: number) => boolean = () => false): number {
  const word = verb - 1;
  const product = productStart(word);
  if (product !== word || (tokens[word - 1] !== undefined && productStart(word - 1) !== word - 1)) return product !== word ? product : productStart(word - 1);
  // "Azure-Verbrauch läuft über uns", "die Teams-Lizenzen kommen von uns": a noun joined to a product's name
  if (word >= 1 && inProduct(word - 1) && !FUNCTION_WORDS.has(tokens[word] ?? '') && !isBreak(tokens[word] ?? '.')) return productStart(word - 1);
  if (!DE_WHAT_RUNS.test(tokens[word] ?? '')) return -1;
  let first = word;
  while (first > word - 3 && first > 0 && /^(der|die|das|den|dem|alles|andere|seine|ihre|unsere)$/.test(tokens[first - 1] as string)) first--;
  return first;
}

/** Times a German statement puts first, and the verbs that follow them: "jetzt kam von Microsoft …". */
const DE_TIME_FIRST = new Set(['jetzt', 'nun', 'heute', 'gestern', 'neulich', 'kuerzlich', 'vorhin', 'letzte', 'letzten']);
const DE_FINITE_AFTER_TIME = new Set(['kam', 'kamen', 'kommt', 'hat', 'haben', 'hatte', 'ist', 'sind', 'war', 'schreibt', 'schrieb', 'schickt', 'schickte', 'meldet', 'meldete', 'bekam', 'bekommt', 'kriegt', 'erhielt', 'erhaelt', 'will', 'moechte', 'fragt']);

/** Whether a German finite verb can have this pronoun as its subject: "wir" takes "-en", "ich" "-e", "er" "-t". */
/**
 * Every word a start in `sentenceStartsInRunOn` opens with, besides Microsoft: each case there asks for one of these
 * first, so any other word (most words of a question) is passed at once instead of looked up in a dozen lists. A
 * case added there must add its opening words here.
 */
const RUN_ON_OPENERS: ReadonlySet<string> = new Set([
  'wir', 'who', 'wer', ...DE_SUBORDINATORS, ...OR_WORDS, ...DE_RELATIVE_PRONOUNS, ...DE_ROUTE_VERBS, ...DE_TIME_FIRST, ...EN_QUESTION_VERBS,
  ...DE_QUESTION_VERBS, ...DE_RECEIVE_VERBS, ...POSSESSIVES, ...DE_PRONOUNS, ...EN_STATEMENT_SUBJECTS, ...DE_HOLDING_VERBS
]);

function agreesWith(pronoun: string, verb: string): boolean {
  if (pronoun === 'wir') return /en$/.test(verb) || verb === 'sind';
  if (pronoun === 'ich') return /e$/.test(verb) || /^(bin|hab|kann|darf|muss|soll|will|war)$/.test(verb);
  return /t$/.test(verb) || /^(kann|darf|muss|soll|will|war)$/.test(verb);
}

/**
 * Where a German question with its verb second starts: the phrase before the verb, when an article, a determiner or a
 * preposition with one opens it within a few words ("die Azure-Rechnung schickt Microsoft …", "für die Lizenzen
 * schreibt Microsoft …"); else the verb itself.
 */
function frontedPhraseStart(tokens: readonly string[], verb: number): number {
  for (let at = verb - 1; at >= Math.max(1, verb - 4); at--) {
    const token = tokens[at] as string;
    // "… finden wir das Abo nicht durfte microsoft …": "nicht" ends the clause before, no phrase the question fronts.
    if (isBreak(token) || token === 'nicht' || DE_BRACKET_CLOSER.test(token) || DE_QUESTION_VERBS.has(token) || DE_STATEMENT_VERBS.has(token)) return verb;
    // "… kam die Verlängerung für diese Abos darf Microsoft …": a phrase after a preposition may as well end the
    // statement before; only a bare noun phrase is surely the question's own.
    // "ich find das bei uns nirgends darf …": "das" before a preposition is a pronoun, no article of a fronted phrase.
    if (DE_FRONTED_DETERMINERS.has(token)) {
      const head = tokens[at + 1] as string;
      return PREPOSITION_BEFORE.test(tokens[at - 1] as string) || PREPOSITION_BEFORE.test(head) || FUNCTION_WORDS.has(head) ? verb : at;
    }
  }
  return verb;
}
/** Not "der", "dem", "des": after a noun they are mostly its genitive ("die Verlängerung des Support-Vertrags"). */
const DE_FRONTED_DETERMINERS = new Set(['die', 'das', 'den', 'diese', 'dieses', 'diesen', 'seine', 'seinen', 'ihre', 'ihren']);
const PREPOSITION_BEFORE = /^(fuer|zu|wegen|ueber|bei|von|vom|mit|auf|um|an|in|aus|nach|durch|gegen|ohne|unter)$/;

/** "…, or do we …", "or we pass it on", "oder müssen wir …": an "or" followed by a new subject, or by a verb and its subject. */
function orOpensClause(tokens: readonly string[], at: number): boolean {
  const next = tokens[at + 1] ?? '';
  const after = tokens[at + 2] ?? '';
  if (EN_STATEMENT_SUBJECTS.has(next) && !FUNCTION_WORDS.has(after)) return true;
  // "oder läuft das über uns", "oder geht das an uns": a German verb first, its subject after it
  const germanVerbFirst = /^[a-z]{3,}t$/.test(next) && !FUNCTION_WORDS.has(next);
  const verb = EN_QUESTION_VERBS.has(next) || DE_QUESTION_VERBS.has(next) || DE_RECEIVE_VERBS.has(next) || germanVerbFirst || /^(muessen|muss|sollen|schicken|senden|regeln|machen|informieren)$/.test(next);
  return verb && OR_CLAUSE_SUBJECTS.has(after);
}

/**
 * Where a German statement with its verb second begins: the word before the verb, or the preposition or determiner
 * that opens its phrase ("im Partner Center sehen wir", "die Lizenzen bezieht er"), or a product's first word.
 */
function invertedStatementStart(tokens: readonly string[], verb: number, productStart: (at: number) => number, inProductAt: (at: number) => boolean = () => false): number {
  for (let at = verb - 1; at >= Math.max(0, verb - 4); at--) {
    if (isBreak(tokens[at] as string)) return -1;
    // The previous clause ends on its verb: "… geschickt | Lizenzen hat er …"
    if (at < verb - 1 && CLAUSE_FINAL_VERB.test(tokens[at] as string)) return productStart(at + 1);
    if (DE_PHRASE_OPENERS.has(tokens[at] as string)) {
      let first = at;
      while (first > 0 && DE_PHRASE_OPENERS.has(tokens[first - 1] as string) && verb - first < 5) first--;
      return first;
    }
  }
  // "… supply chain management haben wir …", "… field service management …": words after a product's name that
  // the lexicon does not know name its edition or part
  const first = productStart(verb - 1);
  if (first !== verb - 1 || inProductAt(verb - 1)) return first;
  for (let at = verb - 2; at >= Math.max(0, verb - 4); at--) {
    if (inProductAt(at)) return productStart(at);
    const word = tokens[at] as string;
    if (isBreak(word) || FUNCTION_WORDS.has(word) || isKnownWord(word)) break;
  }
  return first;
}

/** Chat noise around a question: greetings before it, thanks and laughter after it ("hey, quick one: … ?? thx lol"). */
const GREETING = new Set([
  'hey', 'hi', 'hallo', 'hello', 'moin', 'servus', 'gruezi', 'morning', 'guten', 'morgen', 'good', 'quick', 'one', 'question',
  'kurze', 'kurz', 'frage', 'sorry', 'to', 'bother', 'folks', 'guys', 'leute', 'zusammen', 'again', 'nochmal', 'mal', 'eine',
  'ne', 'team', 'all'
]);
const SIGN_OFF = new Set(['thx', 'thanks', 'ty', 'tia', 'cheers', 'danke', 'dank', 'vielen', 'lol', 'haha', 'pls', 'plz', 'please', 'bitte', 'asap', 'lg', 'vg', 'xd']);

/** Where the question runs without a greeting clause before it and sign-offs after it, which say nothing about what is asked. */
function withoutChatNoise(tokens: string[]): [start: number, end: number] {
  let end = tokens.length;
  for (;;) {
    const last = tokens[end - 1] as string;
    if (end > 0 && (SIGN_OFF.has(last) || isBreak(last))) end--;
    else if (end > 1 && last === 'you' && tokens[end - 2] === 'thank') end -= 2;
    else break;
  }
  // "hi, kurze frage: …": every clause of greeting words before the question goes.
  let start = 0;
  for (let at = 0; at < end; at++) {
    const token = tokens[at] as string;
    if (isBreak(token) && at > start) start = at + 1;
    else if (!GREETING.has(token)) break;
  }
  return start >= end ? [0, tokens.length] : [start, end];
}

/** The question as it is meant: chat noise left out, and the full stops a run-on chat question leaves out put back. */
const OUR_GERMAN = /^(unsere|unseren|unserem|unserer)$/;
/** Who of the partner's own may be "unsere …": its staff, its places, its things, never a customer. */
const OUR_OWN =
  /^(team\w*|mitarbeit\w*|techniker\w*|admins?|administrator\w*|vertrieb\w*|buchhaltung\w*|kolleg\w*|berater\w*|leute|consultant\w*|sales|support\w*|abteilung\w*|chef\w*|firma|unternehmen|haus|partner\w*|reseller\w*|distri\w*|ansprechpartner\w*|account\w*|angestellte\w*|niederlassung\w*|standort\w*|filiale\w*|\w*shops?|laden|geschaeft|stores?|seite|daten|systeme?|website|homepage|newsletter\w*|kampagne\w*|marketing\w*|techniker|geschaeftsfuehrung|geschaeftsleitung|gf|ceo|it|\w*dienst|hotline|\w*desk|verteiler\w*|kundenbetreuer\w*|projektleiter\w*|faktura|ticketsystem\w*|\w*postfach|\w*postfaecher|zentrale|management)$/;
const RECEIVING_FIRST = /^(bekommen|erhalten|kriegen|bekamen|erhielten|hoeren|erfahren)$/;

/**
 * "Darf Microsoft unsere Vereine direkt anschreiben?", "Bekommen unsere Kirchengemeinden Werbung von Microsoft?": whom
 * Microsoft reaches as "unsere …" is the partner's customers by whatever name the asker gives them (Vereine, Pfarreien,
 * Praxen), unless it names the partner's own people or things. The word is read as the customer.
 */
export function withOurCustomersNamed(scanned: Scan): Scan {
  const { tokens, matches } = scanned;
  let added: Match[] | undefined;
  for (let at = 1; at < tokens.length - 1; at++) {
    if (!OUR_GERMAN.test(tokens[at] ?? '')) continue;
    const noun = at + 1;
    const word = tokens[noun] ?? '';
    if (word.length < 4 || isBreak(word) || OUR_OWN.test(word) || FUNCTION_WORDS.has(word) || /^\d/.test(word)) continue;
    if (matches.some((match) => match.at === noun || (match.at < noun && match.at + (match.span ?? 1) > noun))) continue;
    if (scanned.products.some((product) => product.at <= noun && product.at + product.length > noun)) continue;
    // Microsoft right before ("Darf Microsoft unsere …"), or the question opened by receiving ("Bekommen unsere …")
    const microsoftBefore = matches.some((match) => match.concept === 'microsoft' && match.at < at && at - match.at <= 2 && !tokens.slice(match.at, at).some(isBreak));
    const receivingFirst = RECEIVING_FIRST.test(tokens[at - 1] ?? '') && (at === 1 || isBreak(tokens[at - 2] ?? '.'));
    if (!microsoftBefore && !receivingFirst) continue;
    (added ??= []).push({ concept: 'customer', at: noun, fuzzy: false });
  }
  // "eine Info von Microsoft an die Pfarrei": whom a message from Microsoft goes to
  for (let at = 2; at < tokens.length - 2; at++) {
    if (tokens[at] !== 'an' || !/^(die|den|dem|das)$/.test(tokens[at + 1] ?? '')) continue;
    const noun = at + 2;
    const word = tokens[noun] ?? '';
    if (word.length < 4 || isBreak(word) || OUR_OWN.test(word) || FUNCTION_WORDS.has(word) || /^\d/.test(word)) continue;
    if (matches.some((match) => match.at === noun || (match.at < noun && match.at + (match.span ?? 1) > noun))) continue;
    const near = (concept: Concept, from: number) => matches.some((match) => match.concept === concept && match.at >= from && match.at < at && !tokens.slice(match.at, at).some(isBreak));
    if (!near('microsoft', at - 2) || !near('communicate', at - 5)) continue;
    (added ??= []).push({ concept: 'customer', at: noun, fuzzy: false });
  }
  // "Will Microsoft get in touch with Contoso …", "Darf Microsoft die Alpenbau GmbH kontaktieren?", "Microsoft emailed
  // Mrs Weber …": with no word for the customer, a company or person named where Microsoft's message goes is the customer
  if (!matches.some((match) => match.concept === 'customer') && matches.some((match) => match.concept === 'microsoft')) {
    for (const noun of namedParties(scanned)) (added ??= []).push({ concept: 'customer', at: noun, fuzzy: false });
    for (const noun of describedParties(scanned)) if (!added?.some((match) => match.at === noun)) (added ??= []).push({ concept: 'customer', at: noun, fuzzy: false });
  }
  if (added === undefined) return scanned;
  return { ...scanned, matches: [...matches, ...added].sort((a, b) => a.at - b.at) };
}

/** The asker working for a partner as a freelancer or subcontractor: "als Freelancer", "Subunternehmer", "freiberuflich". */
const FREELANCER = /^(freelancer\w*|freiberufler\w*|freiberuflich\w*|subunternehmer\w*|subdienstleister\w*|selbststaendig\w*|selbstaendig\w*|externer|externe)$/;
/** A partner named as whom the asker works for: "im Auftrag eines Systemhauses", "für einen Reseller". */
const WORKING_FOR = /^(auftrag|fuer|bei)$/;
const PARTNER_BUSINESS = /^(systemhaus\w*|reseller\w*|haendler\w*|partner\w*|dienstleister\w*|it dienstleister\w*|msp\w*|csp\w*|distributor\w*|distri\w*|integrator\w*|systemintegrator\w*|vertriebspartner\w*)$/;

/**
 * "Auftraggeber" is the customer in most usage (a public body's, a project's), but to an asker who works for a partner
 * as a freelancer or subcontractor ("Ich bin Freelancer für ein Systemhaus …", "im Auftrag eines Resellers"), "mein
 * Auftraggeber" is that partner: what Microsoft tells it is what the partner hears, and "die Kunden meines
 * Auftraggebers" are the customers.
 */
export function withClientOfFreelancer(scanned: Scan): Scan {
  const { tokens, matches } = scanned;
  const client = tokens.findIndex((token) => token.startsWith('auftraggeber'));
  if (client < 0) return scanned;
  const freelancer = tokens.some((token) => FREELANCER.test(token));
  const forPartner = tokens.some(
    (token, at) =>
      WORKING_FOR.test(token) &&
      tokens.slice(at + 1, at + 4).some((next) => PARTNER_BUSINESS.test(next)) &&
      (token === 'auftrag' || tokens.slice(Math.max(0, at - 8), at + 8).some((word) => /^(ich|wir)$/.test(word)))
  );
  if (!freelancer && !forPartner) return scanned;
  const clientsAt = new Set(tokens.flatMap((token, at) => (token.startsWith('auftraggeber') ? [at] : [])));
  const kept = matches.filter((match) => !(match.concept === 'customer' && clientsAt.has(match.at)));
  const added: Match[] = [...clientsAt].flatMap((at) => [
    { concept: 'partner' as Concept, at, fuzzy: false },
    { concept: 'partnerObject' as Concept, at, fuzzy: false }
  ]);
  return { ...scanned, matches: [...kept, ...added].sort((a, b) => a.at - b.at) };
}

/** Legal forms that close a company's name: "Alpenbau GmbH", "Northwind Ltd". */
const LEGAL_FORMS = /^(gmbh|ag|kg|ug|gbr|ohg|kgaa|se|inc|ltd|llc|llp|corp|plc|bv|nv|sarl|sa|sas|spa|oy|ab|as|aps|pty)$/;
/** Words that put a name after them: "Firma Müller", "Herrn Huber", "Mrs Weber". */
const NAME_HEADS = /^(firma|company|herr|herrn|frau|mr|mrs|miss|dr)$/;

/** A word that may be a name: unknown to the lexicon, no function word, number or concept of the scan. */
/**
 * Adverbs of time and manner that stand where a name would ("Gibt uns Microsoft vorher Bescheid", "Schreibt Microsoft
 * automatisch …", "Will Microsoft proactively …"): how or when, never whom, Microsoft reaches.
 */
const ADVERBS_NOT_NAMES: ReadonlySet<string> = new Set([
  'vorher', 'vorab', 'vorweg', 'zuvor', 'zuerst', 'rechtzeitig', 'fruehzeitig', 'automatisch', 'immer', 'sofort', 'bald', 'jetzt', 'nun', 'dann',
  'eigentlich', 'nochmal', 'nochmals', 'wieder', 'proaktiv', 'selber', 'extra', 'gesondert', 'separat', 'zusaetzlich', 'regelmaessig',
  'schriftlich', 'persoenlich', 'telefonisch', 'ueberhaupt', 'jeweils', 'einfach', 'schon', 'bereits', 'eventuell', 'vielleicht', 'wohl',
  'denn', 'mal', 'halt', 'trotzdem', 'irgendwann', 'jemals', 'gleich', 'zeitnah', 'umgehend', 'kuenftig', 'zukuenftig', 'weiterhin',
  'automatically', 'proactively', 'beforehand', 'upfront', 'first', 'personally', 'separately', 'ever', 'already', 'usually', 'normally',
  'always', 'never', 'soon', 'now', 'then', 'promptly', 'immediately', 'regularly'
]);

function mayBeName(scanned: Scan, at: number): boolean {
  const word = scanned.tokens[at] ?? '';
  if (word.length < 3 || isBreak(word) || /\d/.test(word) || FUNCTION_WORDS.has(word) || ADVERBS_NOT_NAMES.has(word) || isKnownWord(word)) return false;
  if (scanned.matches.some((match) => match.at === at || (match.at < at && match.at + (match.span ?? 1) > at))) return false;
  return !scanned.products.some((product) => product.at <= at && product.at + product.length > at);
}

/**
 * The positions of companies and people named as the ones Microsoft reaches: a name before a legal form ("die
 * Alpenbau GmbH"), after "Firma/Herrn/Mrs", or right after Microsoft's verb of reaching ("contact Contoso", "reach out
 * to Northwind", "get in touch with Litware"), or, in German, right after Microsoft before the verb at the end ("Darf
 * Microsoft Contoso direkt anschreiben?"). Only words the lexicon does not know count as names.
 */
function namedParties(scanned: Scan): number[] {
  const { tokens, matches } = scanned;
  const named: number[] = [];
  const microsoftAt = matches.filter((match) => match.concept === 'microsoft').map((match) => match.at);
  const verbs = matches.filter((match) => match.concept === 'communicate');
  if (verbs.length === 0) return named;
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] ?? '';
    if (token.length > 7) continue;
    if (LEGAL_FORMS.test(token) && at > 0 && mayBeName(scanned, at - 1)) named.push(at - 1);
    else if (NAME_HEADS.test(token) && mayBeName(scanned, at + 1)) named.push(at + 1);
  }
  for (const verb of verbs) {
    const end = verb.at + (verb.span ?? 1);
    if (!microsoftAt.some((ms) => ms < verb.at && verb.at - ms <= 4 && !tokens.slice(ms, verb.at).some(isBreak))) continue;
    const object = /^(to|with|mit|bei)$/.test(tokens[end] ?? '') ? end + 1 : end;
    if (mayBeName(scanned, object)) named.push(object);
  }
  for (const ms of microsoftAt) {
    // German puts the verb last: the name right after Microsoft, a verb of reaching closing the clause
    if (!mayBeName(scanned, ms + 1)) continue;
    if (verbs.some((verb) => verb.at > ms + 1 && verb.at - ms <= 6 && !tokens.slice(ms, verb.at).some(isBreak))) named.push(ms + 1);
  }
  return [...new Set(named)];
}

const PARTY_ARTICLES = /^(der|dem|unserer|unseren|unserem|unsere|einer|einem)$/;
const TO_PARTY = /^(mit|an|bei|zu|zur|zum|with|to|kontakt|contact|touch|in)$/;
const SUBJECT_ARTICLES = /^(der|die|das|ein|eine|the|a|an)$/;
const GOT = /^(got|received|gets|receives|bekommen|bekam|bekommt|erhalten|erhielt|erhaelt|gekriegt|kriegt|kriegte)$/;
const SAYS = /^(sagt|meint|schreibt|says|said|tells|told|meinte|sagte)$/;

/** A noun the reading knows no concept of: the head of a phrase that names someone ("die Kellerei", "the headmaster"). */
function plainNoun(scanned: Scan, at: number): boolean {
  const word = scanned.tokens[at] ?? '';
  if (word.length < 4 || isBreak(word) || /\d/.test(word) || FUNCTION_WORDS.has(word)) return false;
  // "unsere Techniker", "unseren Shop": the partner's own
  if (/^(unser|our)/.test(scanned.tokens[at - 1] ?? '') && OUR_OWN.test(word)) return false;
  if (scanned.matches.some((match) => match.at === at || (match.at < at && match.at + (match.span ?? 1) > at))) return false;
  return !scanned.products.some((product) => product.at <= at && product.at + product.length > at);
}

/**
 * With no word for the customer, someone described by a common noun is the customer where Microsoft reaches them
 * ("Wird Microsoft der Kellerei was schicken?", "Nimmt Microsoft Kontakt mit unserer Drogeriekette auf?") or where
 * they opened the sentence and got something from Microsoft ("Die Zentrale hat heute einen Brief von Microsoft
 * bekommen", "The headmaster got a letter from Microsoft", "Der Pfarrer sagt nur, Microsoft hat geschrieben").
 */
function describedParties(scanned: Scan): number[] {
  const { tokens, matches } = scanned;
  const named: number[] = [];
  const inClause = (from: number, to: number) => !tokens.slice(Math.min(from, to), Math.max(from, to) + 1).some(isBreak);
  const microsoftAt = matches.filter((match) => match.concept === 'microsoft').map((match) => match.at);
  const reachingAt = matches.filter((match) => match.concept === 'communicate').map((match) => match.at);
  for (let at = 1; at < tokens.length - 1; at++) {
    if (!PARTY_ARTICLES.test(tokens[at] ?? '') || !plainNoun(scanned, at + 1)) continue;
    // right after Microsoft, or after a word of reaching it ("mit", "Kontakt mit", "to"), a verb of reaching in the clause
    const between = (position: number) => {
      for (let word = position + 1; word < at; word++) if (!TO_PARTY.test(tokens[word] ?? '') && !reachingAt.includes(word)) return false;
      return true;
    };
    const reached = microsoftAt.some((position) => position < at && at - position <= 4 && inClause(position, at) && between(position));
    // what is sent may be the thing, not the one it goes to ("send a confirmation", "schickt die Bestätigung"): with a
    // verb of sending, only a party after "to/an/mit" or in the German dative ("schickt Microsoft der Kellerei …")
    const marked = TO_PARTY.test(tokens[at - 1] ?? '') || /^(der|dem|einer|einem|unserer|unserem)$/.test(tokens[at] ?? '');
    const verbs = reachingAt.filter((verb) => inClause(verb, at) && Math.abs(verb - at) <= 8);
    if (reached && verbs.length > 0 && (marked || verbs.every((verb) => !SENDING.test(tokens[verb] ?? '') && !/^(schick\w*|send\w*|geschickt|gesendet)$/.test(tokens[verb] ?? '')))) named.push(at + 1);
  }
  for (let at = 0; at < tokens.length - 1; at++) {
    if (!(at === 0 || isBreak(tokens[at - 1] ?? '.')) || !SUBJECT_ARTICLES.test(tokens[at] ?? '') || !plainNoun(scanned, at + 1)) continue;
    let end = at + 1;
    while (end < tokens.length && !isBreak(tokens[end] ?? '.')) end++;
    const fromMicrosoft = microsoftAt.some((ms) => ms > at && ms < end && /^(from|von|vom)$/.test(tokens[ms - 1] ?? ''));
    const got = tokens.slice(at + 2, end).some((word) => GOT.test(word));
    // "Der Pfarrer sagt nur, Microsoft hat geschrieben": what they say Microsoft did, in the clause after the saying
    const says = SAYS.test(tokens[at + 2] ?? '') && microsoftAt.some((ms) => ms > at + 2 && ms - at <= 8 && matches.some((match) => match.concept === 'happened' && match.at > ms && match.at - ms <= 3));
    if ((got && fromMicrosoft) || says) named.push(at + 1);
  }
  return named;
}

export function readable(scanned: Scan): Scan {
  const starts = sentenceStartsInRunOn(scanned);
  const [from, until] = withoutChatNoise(scanned.tokens);
  if (starts.size === 0 && from === 0 && until === scanned.tokens.length) return scanned;
  // The scan is moved rather than made again: the words are the same, only ends of sentences come in between.
  const breaks = [...starts.keys()].filter((at) => at > from && at < until).sort((a, b) => a - b);
  const moved = (at: number) => at - from + breaks.filter((start) => start <= at).length;
  const inside = (at: number, span: number) => at >= from && at + span <= until && !breaks.some((start) => at < start && at + span > start);
  const tokens: string[] = [];
  const words: Array<WordRecord | undefined> = [];
  for (let at = from; at < until; at++) {
    const end = breaks.includes(at) ? starts.get(at) : undefined;
    if (end !== undefined) {
      tokens.push(end);
      words.push(undefined);
    }
    tokens.push(scanned.tokens[at] as string);
    words.push(scanned.words?.[at]);
  }
  return {
    tokens,
    matches: scanned.matches.filter((match) => inside(match.at, match.span ?? 1)).map((match) => ({ ...match, at: moved(match.at) })),
    products: scanned.products.filter((product) => inside(product.at, product.length)).map((product) => ({ ...product, at: moved(product.at) })),
    languageScore: scanned.languageScore,
    words
  };
}

/** The words on either side of a hyphen inside a word: "Data-Centre", "EA-Verlängerung". */
const HYPHENATED = /([a-zA-Z0-9\u00c0-\u024f]+)-([a-zA-Z0-9\u00c0-\u024f]+)/g;

/** Folds a word the way the normaliser does, for a lookup: lower case, umlauts as ae/oe/ue, ß as ss. */
function folded(word: string): string {
  const lower = word.toLowerCase();
  return /[^\x00-\x7f]/.test(lower) ? normalize(lower) : lower;
}

/** How many of the two words beside a hyphen the lexicon knows. */
function knownBesideHyphen(left: string, right: string): number {
  return (left.length > 0 && isKnownWord(folded(left)) ? 1 : 0) + (right.length > 0 && isKnownWord(folded(right)) ? 1 : 0);
}

/** Parties whose name a word can be: Microsoft, the customer, the partner. */
const NAMED_PARTIES: ReadonlySet<Concept> = new Set<Concept>(['microsoft', 'customer', 'partner', 'ownAgreement']);

/**
 * Whether a word alone, as spelt, names a party or a product ("ms", "msft", "azure"): a hyphen's letter moved across
 * must not make one out of an abbreviation in capitals ("VMs", "PCs", "MSPs" cut at their head are "Ms", "Cs", "SPs").
 */
function namesPartyOrProduct(word: string): boolean {
  const read = scan([folded(word)]);
  return read.products.length > 0 || read.matches.some((match) => !match.fuzzy && NAMED_PARTIES.has(match.concept));
}
const mendedHyphens = new Map<string, string>();

/**
 * A hyphen typed one key early or late: "datac-entre", "AzureA-usfall", "E-AVerlängerung". Where moving the letter
 * beside the hyphen across it makes words the lexicon knows and the words as typed are not, it is moved back; two
 * ways to mend it are no reading.
 */
export function withHyphenSlipsMended(text: string): string {
  if (!text.includes('-')) return text;
  return text.replace(HYPHENATED, (whole, left: string, right: string) => {
    const remembered = mendedHyphens.get(whole);
    if (remembered !== undefined) return remembered;
    let mended = whole;
    const typed = knownBesideHyphen(left, right);
    if (typed < 2) {
      const early = left.length > 1 ? [left.slice(0, -1), left.slice(-1) + right] : undefined;
      const late = right.length > 1 ? [left + right[0], right.slice(1)] : undefined;
      // the word after the hyphen cut at its head names no party or product it did not name ("Kunden-VMs" is no "kundenv ms")
      const cutToName = late !== undefined && namesPartyOrProduct(late[1] as string) && !namesPartyOrProduct(right);
      const better = [early, cutToName ? undefined : late].filter((parts): parts is string[] => parts !== undefined && knownBesideHyphen(parts[0] as string, parts[1] as string) > typed);
      if (better.length === 1) mended = `${(better[0] as string[])[0]}-${(better[0] as string[])[1]}`;
    }
    if (mendedHyphens.size >= MEMO_LIMIT) mendedHyphens.clear();
    mendedHyphens.set(whole, mended);
    return mended;
  });
}

const SPOKEN_WORDS: Readonly<Record<string, string>> = { ...spokenGerman, ...unapostrophed };
const SPOKEN_GERMAN = new RegExp(`(?<=^| )(?:${Object.keys(SPOKEN_WORDS).join('|')})(?= |$)`, 'g');
/** Whether a spoken form is there at all, at half the cost of looking for every one: most questions hold none. */
const ANY_SPOKEN_GERMAN = new RegExp(`(?:^| )(?:${Object.keys(SPOKEN_WORDS).join('|')})(?= |$)`);

/**
 * Names dictated rather than typed, in either language: a plan's letter with its digits spoken ("e fünf", "m drei
 * sechs fünf", "e three") and an agreement spelt letter by letter ("e a", "m c a", "m p s a").
 */
const SPOKEN_DIGITS: Readonly<Record<string, string>> = {
  null: '0', eins: '1', zwei: '2', drei: '3', vier: '4', fuenf: '5', sechs: '6', sieben: '7', acht: '8', neun: '9',
  zero: '0', one: '1', two: '2', three: '3', four: '4', five: '5', six: '6', seven: '7', eight: '8', nine: '9'
};
const DIGIT_WORD = Object.keys(SPOKEN_DIGITS).join('|');
const SPOKEN_NAME = new RegExp(`(?<=^| )([efgmp])((?: (?:${DIGIT_WORD})){1,3})(?= |$)|(?<=^| )(e a|m c a|m p s a|c s p|n c e|a v d)(?= |$)`, 'g');
const ANY_SPOKEN_NAME = new RegExp(`(?:^| )(?:[efgmp](?: (?:${DIGIT_WORD})){1,3}|e a|m c a|m p s a|c s p|n c e|a v d)(?= |$)`);

function spokenName(_whole: string, letter: string | undefined, digits: string | undefined, spelt: string | undefined): string {
  if (spelt !== undefined) return spelt.replace(/ /g, '');
  return `${letter ?? ''}${(digits ?? '').trim().split(' ').map((word) => SPOKEN_DIGITS[word] ?? word).join('')}`;
}

/**
 * The normalised question with regional and spoken German forms as the standard words ("is dat ok" → "ist das ok"),
 * and English contractions as their words ("theyre" → "they are", "dont" → "do n't").
 */
export function inStandardGerman(normalized: string): string {
  let standard = normalized;
  if (ANY_SPOKEN_GERMAN.test(normalized) || twoBesideDialect(normalized)) {
    // Only the dialect's words that English or standard German shares wait for a word no one else writes.
    // … or where two of them that English does not share stand in one message ("informiert microsoft mi über de …")
    const dialect = ANY_DIALECT.test(normalized) || twoBesideDialect(normalized);
    if (dialect) standard = standard.replace(BESIDE_DIALECT, (word) => spokenGermanBesideDialect[word] ?? word);
    standard = standard.replace(SPOKEN_GERMAN, (word) => SPOKEN_WORDS[word] ?? word);
    // "umstelln", "werdn", "altn", "bestätign": the "e" of an ending the dialect swallows, for any verb or adjective
    if (dialect) standard = standard.replace(SWALLOWED_E, '$1en').replace(PARTICIPLE_WITHOUT_GE, '$1$2 ge$3');
  }
  // "oder müssen mir des sagen", "Mir sind sein CSP": the southern dialect's "mir" is "wir" where it is the subject of a
  // plural verb, put right after the verb that opens the question or right before it opening the clause; standard
  // German's "mir" stands after a subject of its own ("Sie müssen mir …") or beside a singular verb ("mir ist …").
  if (standard.includes('mir')) standard = standard.replace(MIR_AFTER_PLURAL, '$1$2 wir').replace(MIR_BEFORE_PLURAL, '$1wir $2');
  // "d'Steuerberaterin", "d'Metzgerei": the article run onto its noun
  if (standard.includes("d'")) standard = standard.replace(ARTICLE_ON_NOUN, 'die ');
  return ANY_SPOKEN_NAME.test(standard) ? standard.replace(SPOKEN_NAME, spokenName) : standard;
}

const PLURAL_VERBS = '(?:muessen|miassn|miassen|muessn|sollen|solln|koennen|koennan|kennan|duerfen|derfn|duerfn|haben|hom|ham|sind|san|werden|werdn|wollen|wolln|verkaufen|machen|schicken|informieren|sagen)';
const MIR_AFTER_PLURAL = new RegExp(`((?:^|[.,;:?!] |(?:^| )(?:oder|und|dann|aber|sonst|also) ))(${PLURAL_VERBS}) mir(?= |$)`, 'g');
const MIR_BEFORE_PLURAL = new RegExp(`((?:^|[.,;:?!] |(?:^| )(?:oder|und|dann|aber|sonst|weil|wenn|dass) ))mir (${PLURAL_VERBS})(?= |$)`, 'g');
/** Words of `spokenGermanBesideDialect` that no English sentence holds: two of them in one message speak dialect. */
const BESIDE_NOT_ENGLISH = /(?:^| )(mi|mia|de|des|hob|hom|hams)(?= |$)/g;
function twoBesideDialect(normalized: string): boolean {
  const words = new Set(normalized.match(BESIDE_NOT_ENGLISH)?.map((word) => word.trim()));
  return words.size >= 2;
}

/** A form of `spokenGerman` that is neither English nor Berlin's (whose "is", "de" and "mi" are no dialect's). */
const DIALECT_WORDS = Object.keys(spokenGerman).filter((word) => !['nich', 'dat', 'wat', 'icke', 'ick', 'jibt', 'jeht', 'jehts', 'jibts', 'haste', 'biste', 'kannste', 'weisste', 'nit'].includes(word));
const ANY_DIALECT = new RegExp(`(?:^| )(?:${DIALECT_WORDS.join('|')})(?= |$)`);
const BESIDE_DIALECT = new RegExp(`(?<=^| )(?:${Object.keys(spokenGermanBesideDialect).join('|')})(?= |$)`, 'g');
/**
 * "hot power bi direkt kauft", "hob de lizenzen kündigt": the dialect's participle drops its "ge-" before k, t, b and z;
 * after a form of "haben", at the end of its clause, it is the participle.
 */
const PARTICIPLE_WITHOUT_GE = /\b(hat|habe|haben|hast|habt)\b((?: (?![.,])[^ ]+){1,10}?) (kauft|kuendigt|bucht|zahlt|kriegt|schickt|tauscht|teilt)(?= [.,]|$)/g;
/** No standard German word ends in "-bn", "-dn", "-gn", "-ln" or "-tn"; English "sign" and its kin do. */
const SWALLOWED_E = /(?<=^| )([a-z]*[aeiou][a-z]*?(?<!si)[bdglt])n(?= |$)/g;
const ARTICLE_ON_NOUN = /(?<=^| )d'(?=\p{L})/gu;

/**
 * A deciding word typed with two letters swapped ("Intune über nus", "sned us", "Tielt Microsoft uns mit") is put
 * back in the text as typed, so every part of the reading sees it (a customer's quoted "uns" is the customer's), and
 * the reading is as unsure as one through any other typo: `slips` words were mended.
 */
export function withDecidingSlipsMended(raw: string): { text: string; slips: number } {
  let slips = 0;
  const text = raw.replace(WORDS_AS_TYPED, (word) => {
    const slip = decidingSlip(folded(word).replace(/'/g, ''));
    if (slip === undefined) return word;
    slips += 1;
    return slip;
  });
  return { text, slips };
}

const WORDS_AS_TYPED = /[\p{L}'’]+/gu;

/** Words that open an order about the answer's form: "Explain briefly.", "Answer yes or no, then one sentence why:". */
const ANSWER_FORM_OPENERS: ReadonlySet<string> = new Set([
  'answer', 'reply', 'respond', 'explain', 'keep', 'format', 'bullet', 'bullets', 'tl', 'tldr', 'eli5', 'yes', 'briefly', 'brief', 'short', 'one', 'in', 'please', 'pls', 'plz', 'just', 'only',
  'antworte', 'antworten', 'antwortet', 'antwort', 'bitte', 'kurz', 'knapp', 'stichpunkte', 'stichpunkten', 'stichpunktartig', 'ja', 'nur', 'erklaer', 'erklaere', 'begruende', 'max', 'maximal'
]);
/** The words such an order is made of, and nothing else: it names no party, product or matter. */
const ANSWER_FORM_WORDS: ReadonlySet<string> = new Set([
  ...ANSWER_FORM_OPENERS,
  'answers', 'explanation', 'why', 'concise', 'concisely', 'succinct', 'succinctly', 'quick', 'quickly', 'simple', 'simply', 'plain', 'two', 'three', '1', '2', '3',
  'a', 'an', 'the', 'sentence', 'sentences', 'line', 'lines', 'word', 'words', 'paragraph', 'no', 'y', 'n', 'or', 'and', 'then', 'with', 'as', 'at', 'most', 'maximum',
  'nothing', 'else', 'more', 'it', 'be', 'formatted', 'bulleted', 'list', 'point', 'points', 'checklist', 'item', 'items', 'table', 'compliance', 'dr', 'reason',
  'reasoning', 'verdict', 'first', 'followed', 'by', 'of', 'english', 'german', 'emoji', 'emojis', 'thanks', 'thx',
  'mit', 'nein', 'oder', 'und', 'dann', 'kurze', 'kurzer', 'einem', 'einer', 'ein', 'eine', 'satz', 'saetzen', 'zeile', 'zeilen', 'wort', 'worten', 'stichpunkt',
  'stichworte', 'stichworten', 'begruendung', 'begruenden', 'warum', 'erklaeren', 'erklaerung', 'als', 'liste', 'checkliste', 'punkt', 'nichts', 'sonst',
  'weiter', 'hoechstens', 'auf', 'deutsch', 'englisch', 'danke', 'depends', 'kommt', 'drauf', 'darauf', 'an'
]);

/**
 * "Explain briefly.", "Answer yes or no, then one sentence why: …", "Bullet list, nothing else.", "Antworte nur mit Ja
 * oder Nein.": an order about the answer's form is no part of the question (its "explain" reaches no one, its
 * "answer" is no task for the bot), so its clauses are left out, where a question remains beside them.
 */
export function withoutAnswerForm(tokens: string[]): string[] {
  let opens = false;
  for (let at = 0; at < tokens.length && !opens; at++) opens = (at === 0 || isBreak(tokens[at - 1] as string)) && ANSWER_FORM_OPENERS.has(tokens[at] as string);
  if (!opens) return tokens;
  const kept: string[] = [];
  let dropping = false;
  let start = 0;
  let remains = false;
  while (start < tokens.length) {
    let end = start;
    while (end < tokens.length && !isBreak(tokens[end] as string)) end++;
    const unit = tokens.slice(start, end);
    const formOnly = unit.length > 0 && unit.every((token) => ANSWER_FORM_WORDS.has(token));
    dropping = formOnly && (dropping || ANSWER_FORM_OPENERS.has(unit[0] as string));
    if (!dropping) {
      kept.push(...unit);
      if (unit.length > 0) remains = true;
    }
    if (end < tokens.length && (!dropping || (tokens[end] === SENTENCE_END && kept.length > 0 && kept[kept.length - 1] !== SENTENCE_END))) kept.push(tokens[end] as string);
    start = end + 1;
  }
  while (kept.length > 0 && isBreak(kept[0] as string)) kept.shift();
  while (kept.length > 0 && isBreak(kept[kept.length - 1] as string)) kept.pop();
  return remains && kept.length > 0 ? kept : tokens;
}

/**
 * German typed on a keyboard without umlauts, their dots left off rather than written "ae/oe/ue": "Storung",
 * "Kundigung", "durfen Sie", "fur Azure", "uber uns". A word the lexicon does not know as typed is read with the umlaut
 * back where that makes exactly one German word it knows (`umlautRestored`); everything after sees the word meant, so
 * "uber uns" is the channel and "Storung" an outage, not a cancellation ("storn…") guessed through a typo.
 */
// "übers Systemhaus", "übern Distri": German's contracted article, read as the preposition and its article
const CONTRACTED: Readonly<Record<string, string>> = { uebers: 'ueber das', ueberm: 'ueber dem', uebern: 'ueber den', ubers: 'ueber das', uberm: 'ueber dem' };

export function withUmlautsRestored(normalized: string): string {
  if (!/[aou]/.test(normalized)) return normalized;
  // The text's one split (`wordsOf`), shared with the passes after this one where no word is changed here
  const words = wordsOf(normalized);
  let tokens: string[] | undefined;
  for (let at = 0; at < words.length; at++) {
    const token = words[at] as string;
    const contracted = token.length === 5 || token.length === 6 ? CONTRACTED[token] : undefined;
    const restored = contracted ?? (token.length >= 3 ? umlautRestored(token) : undefined);
    if (restored === undefined) continue;
    tokens ??= [...words];
    tokens[at] = restored;
  }
  return tokens !== undefined ? tokens.join(' ') : normalized;
}

/**
 * A card a trainer writes, not one that pays: "Quiz card: …", "Scenario card", "Card 9: …", "for the policy card",
 * "Kurzkarte: …", "Quizkarte", "Lernkarte", "Karte 3 –". A bare card named by a word of teaching or testing before it,
 * numbered, or heading the message ("Card: does Microsoft …") is a card of questions; so is a German compound whose
 * first part is such a word. Payment cards ("paid by card", "die Firmenkarte", "Kreditkarte") keep their sense.
 */
const LEARNING_CARD_BEFORE =
  /^(quiz|quizz|scenario|scenarios|flash|flashcard|question|questions|index|training|learning|study|revision|practice|exam|test|trivia|policy|case|answer|answers|cue|fact|bonus|bingo|prompt|lern|uebungs|frage|fragen|szenario|quiz)$/;
const LEARNING_CARD_COMPOUND =
  /^(quiz|kurz|lern|kartei|frage|fragen|szenario|szenarien|uebungs|wissens|merk|themen|schulungs|trainings|test|pruefungs|loesungs|antwort|aufgaben|fall|beispiel|bonus|diskussions|karteik)karten?$/;
const BARE_CARD_WORD = /^(card|cards|karte|karten)$/;
const CARD_NUMBER = /^(\d{1,3}[a-z]?|#\d{1,3}|[a-h])$/;

export function withoutLearningCards(scanned: Scan): Scan {
  const { tokens, matches } = scanned;
  if (!matches.some((match) => match.concept === 'creditCard')) return scanned;
  const learning = (at: number): boolean => {
    const token = tokens[at] ?? '';
    if (LEARNING_CARD_COMPOUND.test(token)) return true;
    if (!BARE_CARD_WORD.test(token)) return false;
    const next = tokens[at + 1] ?? '';
    // "Card 9:", "Karte 3 –", "card #4"
    if (CARD_NUMBER.test(next) && (next.length > 1 || /^[,.]$/.test(tokens[at + 2] ?? ''))) return true;
    // "Card: does Microsoft …" heading the message
    if (at === 0 && next === ',') return true;
    return LEARNING_CARD_BEFORE.test(tokens[at - 1] ?? '');
  };
  const kept = matches.filter((match) => match.concept !== 'creditCard' || !learning(match.at));
  return kept.length === matches.length ? scanned : { ...scanned, matches: kept };
}
