/**
 * Wrong real words (docs/UNDERSTANDING.md, "Wrong words"): a phone's autocorrect puts a word of the dictionary for a
 * word of the domain ("outrage" for outage, "invite" for invoice, "trail" for trial, "die rechnen" for die Rechnung,
 * "dem kinde" for dem Kunden), and a machine translator turns a product's name into the words its parts mean
 * ("Azurblau" for Azure, "Mannschaften" for Teams, "Fenster-Lizenzen" for Windows licences, "Verteidiger für
 * Identität" for Defender for Identity). Each is a word in its own right, so the typo guess never reads it; here it is
 * read as the word meant only where the words beside it want that word, never everywhere: the customer's "outrage over
 * the price" stays anger, "invite them to the launch event" an invitation, "das Rechnen" and "damit rechnen" the verb,
 * the "Wartungsfenster" and "unsere Mannschaft" what they are.
 *
 * The autocorrect side is found by closeness, not by a list of slips: a word one or two edits (a swap counts as one)
 * from a domain word of `AUTOCORRECT_TARGETS`, keeping its first letter or dropping only that ("Reis" for Preis), is a
 * candidate, and the target's own context test decides. So slips nobody wrote ("outages" → "outrages", "invoices" →
 * "invites", "trials" → "trails", "Rechnung" → "Rechnen"/"Rechner") are read too.
 */
import { products } from './lexicon';
import { isBreak, wordsOf } from './normalize';

const MEMO_LIMIT = 20_000;

/** Words of product names, as the first word of each form ("teams", "azure", "m365", "windows"). */
const PRODUCT_WORDS: ReadonlySet<string> = new Set(
  products
    .flatMap((product) => product.forms.map((form) => form.split(' ')[0] as string))
    .filter((word) => !word.endsWith('*') && word.length >= 2 && !['microsoft', 'ms', 'project', 'forms', 'access', 'stream', 'office'].includes(word))
);

const TIME_WORDS = /^(yesterday|today|tonight|overnight|earlier|again|morning|night|evening|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|gestern|heute|nachts|heute nacht|morgens|vorhin|wochenende|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)$/;

const EN_NOUN_OPENERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'their', 'there', 'our', 'my', 'your', 'his', 'her', 'its', 'any', 'no', 'big', 'major', 'huge',
  'new', 'last', 'next', 'recent', 'current', 'ongoing', 'partial', 'global', 'regional', 'another', 'each', 'every', 'monthly', 'annual', 'yearly',
  'first', 'latest', 'wrong', 'same', 'free', 'whole'
]);
/** Words before which a word is the verb ("will invite", "to invite", "Microsoft invites"), not the noun. */
const EN_VERB_BEFORE = new Set([
  'to', 'will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'did', 'does', 'do', "n't", 'please', 'they', 'we', 'i', 'you', 'he', 'she', 'it',
  'microsoft', 'ms', 'msft', 'not', 'never', 'also', 'just', 'who', 'which', 'that'
]);
const DE_NOUN_OPENERS = new Set([
  'die', 'der', 'den', 'dem', 'des', 'eine', 'einer', 'einen', 'einem', 'keine', 'seine', 'seiner', 'seinen', 'ihre', 'ihrer', 'ihren', 'unsere', 'unserer',
  'unseren', 'meine', 'meiner', 'neue', 'neuen', 'neuer', 'diese', 'dieser', 'diesen', 'jede', 'jeder', 'monatliche', 'monatlichen', 'naechste', 'naechsten',
  'letzte', 'letzten', 'erste', 'ersten', 'aktuelle', 'aktuellen', 'falsche', 'falschen', 'hohe', 'hoehere', 'grosse', 'grossen', 'grosser', 'totale',
  'totalen', 'kompletten', 'kompletter', 'kurze', 'kurzen', 'kurzer', 'welche', 'welcher', 'zur', 'zum', 'beim', 'vom', 'im', 'am'
]);

type Check = (tokens: readonly string[], at: number, text: string) => boolean;

function before(tokens: readonly string[], at: number, back = 1): string {
  return tokens[at - back] ?? '';
}
function after(tokens: readonly string[], at: number, ahead = 1): string {
  return tokens[at + ahead] ?? '';
}
function opensClause(tokens: readonly string[], at: number): boolean {
  return at === 0 || isBreak(before(tokens, at));
}
function nearby(tokens: readonly string[], at: number, span: number, test: (word: string) => boolean): boolean {
  for (let other = Math.max(0, at - span); other <= Math.min(tokens.length - 1, at + span); other++) {
    if (other !== at && test(tokens[other] as string)) return true;
  }
  return false;
}
const isProduct = (word: string): boolean => PRODUCT_WORDS.has(word) || /^\d{2,4}$/.test(word);

const BILLING_CUE = /(?:^| )(?:licen[cs]\w*|price\w*|pricing|amount|count|wrong|went up|gone up|higher|increase\w*|charge\w*|commit\w*|annual|monthly|seats?|plan|nce|subscription\w*|renew\w*|payment\w*|pay|paid|due|overdue|cost\w*|tax|vat|eur|euro\w*|usd|dollars?|billing|bill|bills|credit\w*|total|quantity|number of)(?= |$)/;
const EVENT_CUE = /(?:^| )(?:event\w*|webinar\w*|workshop\w*|conference\w*|summit\w*|meeting\w*|session\w*|training\w*|launch\w*|briefing\w*|demo\w*|party|dinner|lunch|breakfast|roadshow\w*|hackathon\w*|keynote\w*|seminar\w*|meetup\w*|join|attend\w*|rsvp|calendar|beta|preview|program\w*|community|tour)(?= |$)/;

/** A word of the domain a phone's autocorrect turns into another word, with what must stand beside it. */
interface Target {
  /** The forms meant, singular and plural: the closer one is read. */
  forms: readonly string[];
  /** At most this many edits away (a swap of two neighbours is one). */
  edits: number;
  fits: Check;
}

const AUTOCORRECT_TARGETS: readonly Target[] = [
  // "teams outrage yesterday", "the azure outrage": an event of a service, not anger ("customer outrage over the price")
  {
    forms: ['outage', 'outages'],
    edits: 1,
    fits: (tokens, at) =>
      !/^(customer|customers|customers'|client|clients|public|moral|user|users|people|staff|his|her|in|with|of|caused|cause|causing|sparked|express\w*)$/.test(before(tokens, at)) &&
      !/^(over|about|among|from|against|at)$/.test(after(tokens, at)) &&
      !/^(in|with)$/.test(before(tokens, at, 2))
  },
  // "costumer": the customer, never a maker of costumes here
  { forms: ['customer', 'customers'], edits: 2, fits: (tokens, at) => !/^(custom|customs|costume|costumes|customary|customize|customise|customer)$/.test(tokens[at] as string) },
  // "the invite is wrong", "the azure plan invite", "nce annual commit invite": a noun beside money, never an invitation
  // to something ("invite them", "the invite to the webinar")
  {
    forms: ['invoice', 'invoices'],
    edits: 2,
    fits: (tokens, at, text) =>
      !EN_VERB_BEFORE.has(before(tokens, at)) &&
      (EN_NOUN_OPENERS.has(before(tokens, at)) || isProduct(before(tokens, at)) || opensClause(tokens, at) ||
        /^(commit|plan|csp|nce|licen[cs]\w*|subscription\w*|seats?|sends?|sent|get|gets|got|receive\w*|emails?|mails?|monthly|annual|azure|m365)$/.test(before(tokens, at))) &&
      !/^(them|him|her|us|me|you|the|my|our|your|their|to|people|partners|customers)$/.test(after(tokens, at)) &&
      BILLING_CUE.test(text) &&
      !EVENT_CUE.test(text)
  },
  // "their trail ends friday", "free trail", "the 30 day trail": a trial, not an audit trail or a trail of mails
  {
    forms: ['trial', 'trials'],
    edits: 1,
    fits: (tokens, at) =>
      !/^(audit|paper|hiking|bike|log|logs|email|mail|evidence|data|money|digital|activity|change|sign|signature|approval)$/.test(before(tokens, at)) &&
      after(tokens, at) !== 'of' &&
      (/^(ends?|ended|ending|expir\w*|runs?|ran|running|is|was|will|conver\w*|period|licen[cs]\w*|subscription\w*|version\w*|over|out|finish\w*|stops?|lapse\w*)$/.test(after(tokens, at)) ||
        /^(free|\d+|day|days|month|months|week|weeks)$/.test(before(tokens, at)) ||
        isProduct(before(tokens, at)))
  },
  // "account manger", "a microsoft manger"
  {
    forms: ['manager', 'managers'],
    edits: 1,
    fits: (tokens, at) => /^(account|success|partner|sales|channel|territory|technical|customer|service|relationship|product|program|engagement|delivery|microsoft|ms|licensing|billing|it|csam|tam|their|our|my|his|her|your)$/.test(before(tokens, at))
  },
  // "data beach", "a security beach"
  { forms: ['breach', 'breaches'], edits: 1, fits: (tokens, at) => /^(data|security|privacy|major|possible|suspected)$/.test(before(tokens, at)) || /^(notification\w*|notice\w*|report\w*|disclosure\w*)$/.test(after(tokens, at)) },
  // "prize increase", "price hike" said as "pride hike": a price beside its change
  { forms: ['price', 'prices'], edits: 1, fits: (tokens, at) => /^(increase\w*|change\w*|hike\w*|rise\w*|raise\w*|list\w*|update\w*|adjust\w*|drop\w*|cut\w*|protection)$/.test(after(tokens, at)) },
  // "die rechnen stimmt nicht", "seine rechnen höher", "azure rechnen", "rechnen an kunden?": the noun's place, not the
  // verb's ("damit rechnen", "wir rechnen ab", "das Rechnen")
  {
    forms: ['rechnung', 'rechnungen'],
    edits: 2,
    fits: (tokens, at) =>
      !/^(damit|mit|zu|wir|ich|sie|man|er|es|nicht|koennen|muessen|sollen|duerfen|werden|wuerden|wollen|das|selbst|richtig|falsch|nach|gut|schlecht|gerne|auch|noch)$/.test(before(tokens, at)) &&
      !/^(damit|mit|ab|nach|aus|dass|sich|wir|sie|man|es|zusammen|nach)$/.test(after(tokens, at)) &&
      (DE_NOUN_OPENERS.has(before(tokens, at)) ||
        isProduct(before(tokens, at)) ||
        // "wer schickt rechnen an den kunden", "bekommt er rechnen von ms": the object of a verb of sending or receiving
        /^(schickt|schicken|sendet|senden|verschickt|verschicken|stellt|stellen|bekommt|bekommen|kriegt|kriegen|erhaelt|erhalten)$/.test(before(tokens, at)) ||
        (opensClause(tokens, at) && /^(an|von|vom|fuer|zu|ueber|bei|und|hoehe|stimmt|ist|kommt|wird|fuer)$/.test(after(tokens, at))))
  },
  // "dem kinde", "beim kinde": the customer, where the article wants it
  {
    forms: ['kunde', 'kunden'],
    edits: 1,
    fits: (tokens, at) => /^(dem|den|beim|vom|zum|am|einem|einen|jedem|jeden|unserem|unseren|seinem|ihrem|neuen|neuem|diesem|diesen|betroffenen|csp|endkunde)$/.test(before(tokens, at))
  },
  // "Reis änderung", "reise erhöhung": the price beside its change
  { forms: ['preis', 'preise'], edits: 1, fits: (tokens, at) => /^(aenderung\w*|erhoehung\w*|anpassung\w*|steigerung\w*|senkung\w*|liste|listen|anstieg\w*)$/.test(after(tokens, at)) },
  // "billion address", "the billion contact": billing before the thing it names
  {
    forms: ['billing'],
    edits: 2,
    fits: (tokens, at) => /^(cycle|account|accounts|contact|contacts|address|email|mail|info|question|questions|issue|issues|dispute|notification|notifications|notice|notices|frequency|period|profile|admin|date|day|run|statement|statements|relationship|details)$/.test(after(tokens, at))
  },
  // "entry id", "extra ID": Entra ID
  { forms: ['entra'], edits: 1, fits: (tokens, at) => /^(id|p1|p2|suite)$/.test(after(tokens, at)) },
  // "intone licences", "the intone portal"
  {
    forms: ['intune'],
    edits: 1,
    fits: (tokens, at) =>
      /^(the|our|their|microsoft|ms|via|through|for|of|about|in|and|or|m365|e3|e5)$/.test(before(tokens, at)) ||
      /^(licen[cs]\w*|lizenz\w*|seats?|plan|plans|device\w*|polic\w*|suite|p1|p2|enrol\w*|compliance|admin|portal)$/.test(after(tokens, at))
  },
  // "a security incidence", "incidence report"
  {
    forms: ['incident', 'incidents'],
    edits: 2,
    fits: (tokens, at) =>
      /^(security|major|service|privacy|critical|data|cyber|ransomware|sicherheits)$/.test(before(tokens, at)) ||
      /^(report|reports|response|notification\w*|notice\w*|number|id|ticket|review|meldung\w*)$/.test(after(tokens, at))
  },
  // "the depreciation of basic auth", "API depreciation notice": a deprecation, not an accounting write-down
  {
    forms: ['deprecation', 'deprecations'],
    edits: 1,
    fits: (tokens, at) =>
      !/^(asset|assets|tax|accounting|hardware|currency|value|straight|annual|book)$/.test(before(tokens, at)) &&
      nearby(tokens, at, 3, (word) => isProduct(word) || /^(feature\w*|api|apis|protocol\w*|tls|basic|legacy|classic|version\w*|connector\w*|module\w*|endpoint\w*|auth\w*|sdk|powershell|app|apps|notice|announcement)$/.test(word))
  },
  // "phishing" heard as "fishing": a phishing mail, wave or attack
  {
    forms: ['phishing'],
    edits: 1,
    fits: (tokens, at) =>
      /^(mails?|emails?|attacks?|campaigns?|attempts?|links?|messages?|waves?|simulation\w*|tests?|sites?|pages?|welle|wellen|angriff\w*|kampagne\w*)$/.test(after(tokens, at)) ||
      /^(spear|targeted|massive|large|einen|eine|der|die)$/.test(before(tokens, at))
  },
  // "geplante Warnung", "die Warnungsarbeiten": planned maintenance
  {
    forms: ['wartung', 'wartungen'],
    edits: 2,
    fits: (tokens, at) =>
      /^(geplante|geplanten|planmaessige|planmaessigen|angekuendigte|angekuendigten|regelmaessige|regelmaessigen|naechste|naechsten)$/.test(before(tokens, at)) ||
      /^(fenster|arbeiten|zeitraum|termin|termine)$/.test(after(tokens, at))
  },
  // "ausfallen gestern nacht", "der ausfalle": the noun's place, not "wird ausfallen"
  {
    forms: ['ausfall', 'ausfaelle'],
    edits: 2,
    fits: (tokens, at) =>
      !(tokens[at] as string).endsWith('t') &&
      (DE_NOUN_OPENERS.has(before(tokens, at)) ||
      isProduct(before(tokens, at)) ||
      (opensClause(tokens, at) && (TIME_WORDS.test(after(tokens, at)) || /^(und|bei|von|vom|im|in|seit|letzte|letzten)$/.test(after(tokens, at)))))
  }
];

/** Optimal string alignment distance (a swap of neighbours is one edit), stopping above `limit`. */
function editsBetween(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i]);
  for (let j = 1; j <= b.length; j++) (rows[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i] as number[];
    const up = rows[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = best;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** Every form a target is read from as typed; those are never slips of it. */
const TARGET_FORMS: ReadonlySet<string> = new Set(AUTOCORRECT_TARGETS.flatMap((target) => target.forms));

const NONE: ReadonlyArray<{ target: Target; form: string }> = [];

/** For a word as typed, each target it may be a slip of, with the form meant (worked out once: see `wordFacts`). */
function slipsOf(word: string): ReadonlyArray<{ target: Target; form: string }> {
  let found = NONE;
  // an inflection or a compound of the word meant ("rechnungs", "ausfalls") and a participle ("managed") are no slips
  if (word.length >= 4 && !TARGET_FORMS.has(word) && !/[^a-z]/.test(word)) {
    const participle = /(?:ed|ing)$/.test(word);
    const list: Array<{ target: Target; form: string }> = [];
    for (const target of AUTOCORRECT_TARGETS) {
      let best: string | undefined;
      let bestEdits = target.edits + 1;
      for (const form of target.forms) {
        // autocorrect keeps the first letter, or loses only that one ("reis" for "preis")
        // a sound kept and its letters changed: "ph" heard as "f" ("fishing")
        const spelt = form.startsWith('ph') && word[0] === 'f' ? `f${form.slice(2)}` : form;
        if ((spelt[0] !== word[0] && form.slice(1) !== word) || word.startsWith(form) || (participle && !/(?:ed|ing)$/.test(form))) continue;
        const edits = form.slice(1) === word ? 1 : Math.max(spelt === form ? 0 : 1, editsBetween(word, spelt, target.edits));
        if (edits < bestEdits) {
          bestEdits = edits;
          best = form;
        }
      }
      // a short word takes one edit only: two make too many words alike
      if (best !== undefined && (bestEdits <= 1 || word.length >= 6)) list.push({ target, form: best });
    }
    if (list.length > 0) found = list;
  }
  return found;
}

/**
 * Product and service names put through a translator word by word, as the parts they stand for. `alone`: a word no
 * German sentence of this domain holds in another sense, read wherever it stands ("Azurblau", "Kopilot"); otherwise
 * only in a product's place: after "Microsoft", before a version or edition, a licence, a plan or "online", or beside
 * another part of a name ("Fenster 11", "Büro 365", "EA für Fenster Lizenzen", "Azure Regierung").
 */
const LITERAL_NAMES: Readonly<Record<string, { name: string; alone: boolean; after?: RegExp }>> = {
  azurblau: { name: 'azure', alone: true },
  azurblaue: { name: 'azure', alone: true },
  azurblauen: { name: 'azure', alone: true },
  azurblaues: { name: 'azure', alone: true },
  himmelblau: { name: 'azure', alone: false },
  azur: { name: 'azure', alone: false },
  kopilot: { name: 'copilot', alone: true },
  kopiloten: { name: 'copilot', alone: true },
  mitpilot: { name: 'copilot', alone: true },
  mannschaften: { name: 'teams', alone: true },
  mannschaft: { name: 'teams', alone: false },
  verteidiger: { name: 'defender', alone: true },
  partnerzentrum: { name: 'partner center', alone: true },
  partnerzentrums: { name: 'partner center', alone: true },
  partnerzentrale: { name: 'partner center', alone: false },
  teilpunkt: { name: 'sharepoint', alone: true },
  fenster: { name: 'windows', alone: false },
  buero: { name: 'office', alone: false },
  austausch: { name: 'exchange', alone: false },
  ausblick: { name: 'outlook', alone: false },
  dynamik: { name: 'dynamics', alone: false },
  waechter: { name: 'sentinel', alone: false },
  kraft: { name: 'power', alone: false },
  // parts that name a product only after another part: "Azure Regierung Geheim", "Mannschaften Telefon",
  // "Verteidiger für Identität"
  regierung: { name: 'government', alone: false, after: /^(azure|365|m365|o365|office)$/ },
  geheim: { name: 'secret', alone: false, after: /^(government)$/ },
  telefon: { name: 'phone', alone: false, after: /^(teams)$/ },
  telefonie: { name: 'phone', alone: false, after: /^(teams)$/ },
  identitaet: { name: 'identity', alone: false, after: /^(for)$/ },
  endpunkt: { name: 'endpoint', alone: false, after: /^(for)$/ },
  endpunkte: { name: 'endpoint', alone: false, after: /^(for)$/ },
  wolke: { name: 'cloud', alone: false, after: /^(for)$/ }
};
/** What stands after a name in a product's place: a version, an edition, a licence, a plan. */
const NAME_FOLLOWERS = /^(\d+|online|server|plan|plaene|plans|portal|lizenz\w*|licen[cs]\w*|abo\w*|abonnement\w*|subscription\w*|konto|konten|tenant\w*|e3|e5|f1|f3|pro|premium|enterprise|business|standard|basic|klassisch|classic|bi|apps|automate|automatisieren|plattform|platform|seiten|pages|sales|vertrieb|365|ad|id|sql|vm|vms|phone|telefon)$/;

/**
 * A product's name that autocorrect split into two words of the dictionary ("share point", "co pilot", "in tune
 * licences", "micro soft"): put together where the two make the name, but "in tune with" stays in tune.
 */
const SPLIT_NAMES: ReadonlySet<string> = new Set([
  'microsoft',
  ...products.flatMap((product) => product.forms).filter((form) => !form.includes(' ') && !form.endsWith('*') && form.length >= 6 && /^[a-z]+$/.test(form))
]);

/** The first two words of every product name written with a space ("power bi", "one drive"): those need no joining. */
const SPACED_NAMES: ReadonlySet<string> = new Set(
  products.flatMap((product) => product.forms).filter((form) => form.includes(' ')).map((form) => form.split(' ').slice(0, 2).join(' ').replace(/\*$/, ''))
);

/**
 * Every word a split name can start with (each name's beginnings): most words are none, and are passed over with one
 * look-up instead of two patterns and a joined string.
 */
const SPLIT_NAME_STARTS: ReadonlySet<string> = new Set([...SPLIT_NAMES].flatMap((name) => Array.from({ length: name.length - 1 }, (_, end) => name.slice(0, end + 1))));

/**
 * What the pass needs to know of a word as typed, memoised as one record per word so that a word is looked up once:
 * whether a split product name can begin with it, and what it may be a slip of. Most words are neither (`PLAIN`).
 */
interface WordFacts {
  readonly startsSplitName: boolean;
  readonly slips: ReadonlyArray<{ target: Target; form: string }>;
}
const PLAIN: WordFacts = { startsSplitName: false, slips: NONE };
const factsOf = new Map<string, WordFacts>();

function wordFacts(word: string): WordFacts {
  let facts = factsOf.get(word);
  if (facts !== undefined) return facts;
  const startsSplitName = SPLIT_NAME_STARTS.has(word);
  const slips = slipsOf(word);
  facts = !startsSplitName && slips === NONE ? PLAIN : { startsSplitName, slips };
  if (factsOf.size >= MEMO_LIMIT) factsOf.clear();
  factsOf.set(word, facts);
  return facts;
}

/** The product name a word and the next make, for a word a split name can begin with (`wordFacts`). */
function splitName(tokens: readonly string[], at: number): string | undefined {
  const next = after(tokens, at);
  if (next === '' || !/^[a-z]+$/.test(next) || !/^[a-z]+$/.test(tokens[at] as string)) return undefined;
  const joined = `${tokens[at] as string}${next}`;
  if (!SPLIT_NAMES.has(joined) || SPACED_NAMES.has(`${tokens[at] as string} ${next}`)) return undefined;
  return after(tokens, at, 2) === 'with' ? undefined : joined;
}

/**
 * Names of Microsoft's agreements, programmes and places translated as a whole ("Unternehmensvereinbarung" for
 * Enterprise Agreement, "Cloud-Lösungsanbieter" for CSP, "Neue Handelserfahrung" for NCE, "Einheitliche
 * Unterstützung" for Unified Support, "Nachrichtenzentrum" for Message Center): phrases no German sentence of the
 * domain holds in another sense. "Kundenvereinbarung" alone is the partner's own contract: only Microsoft's is the MCA.
 */
const TRANSLATED_PHRASES: ReadonlyArray<[RegExp, string]> = [
  [/(?<=^| )(?:unternehmensvereinbarung\w*|unternehmens vereinbarung\w*|enterprise vereinbarung\w*|firmenvereinbarung\w*)(?= |$)/g, 'enterprise agreement'],
  [/(?<=^| )(?:microsoft kundenvereinbarung\w*|microsoft kunden vereinbarung\w*|microsoft kundenvertrag\w*)(?= |$)/g, 'microsoft customer agreement'],
  [/(?<=^| )(?:cloud loesungsanbieter\w*|cloudloesungsanbieter\w*|cloud loesungs anbieter\w*|cloud loesung anbieter\w*)(?= |$)/g, 'csp'],
  [/(?<=^| )(?:neue|neuen|neuer) (?:handelserfahrung|handels erfahrung)(?= |$)/g, 'nce'],
  [/(?<=^| )(?:einheitliche|einheitlichen|einheitlicher|vereinheitlichte|vereinheitlichten) (?:unterstuetzung|support)(?= |$)/g, 'unified support'],
  [/(?<=^| )premier (?:unterstuetzung|hilfe)(?= |$)/g, 'premier support'],
  [/(?<=^| )(?:reservierte|reservierten|reservierter) (?:instanz|instanzen)(?= |$)/g, 'reserved instances'],
  [/(?<=^| )(?:nachrichtenzentrum|nachrichtenzentrums|nachrichten zentrum)(?= |$)/g, 'message center'],
  [/(?<=^| )(?:dienstintegritaet|dienst integritaet|dienstgesundheit|dienst gesundheit)(?= |$)/g, 'service health'],
  [/(?<=^| )(?:verwaltungszentrum|verwaltungszentrums|verwaltungs zentrum|admin zentrum|adminzentrum)(?= |$)/g, 'admin center'],
  [/(?<=^| )(?:azure )?aktive[sn]? verzeichnis(?:ses)?(?= |$)/g, 'azure ad'],
  [/(?<=^| )(?:geschaeftszentrale|geschaeft zentral|geschaefts zentral)(?= |$)/g, 'business central'],
  [/(?<=^| )(?:ein laufwerk|einlaufwerk)(?= |$)/g, 'onedrive']
];
const ANY_TRANSLATED_PHRASE = /vereinbarung|loesung|handels|unterstuetzung|premier|instanz|zentrum|integritaet|gesundheit|verzeichnis|zentral|laufwerk/;

const LITERAL = new RegExp(`(?:^| )(?:${Object.keys(LITERAL_NAMES).join('|')})(?= |$)`);

function literalName(tokens: string[], at: number): string | undefined {
  const word = tokens[at] as string;
  // own keys only: 'constructor' is a key of every object, and would be read as a name
  const entry = Object.hasOwn(LITERAL_NAMES, word) ? LITERAL_NAMES[word] : undefined;
  if (entry === undefined) return undefined;
  const previous = before(tokens, at);
  if (entry.after !== undefined) return entry.after.test(previous) ? entry.name : undefined;
  const named = /^(microsoft|ms|msft)$/.test(previous) || NAME_FOLLOWERS.test(after(tokens, at)) || /^(azure|copilot|teams|defender|windows|office|power|dynamics)$/.test(previous);
  if (named) return entry.name;
  // "unsere Mannschaft", "eure Mannschaften": people, not the product
  if (/^(unsere|unserer|unseren|eure|meine|seine|ihre|die|der|gesamte|ganze)$/.test(previous) && entry.name === 'teams') return undefined;
  return entry.alone ? entry.name : undefined;
}

/**
 * The normalised question with wrong real words read as the words meant, and how many were mended (each counts as a
 * typo for the reading's confidence). A question without a candidate word pays one memoised look-up per word.
 */
export function withWrongWordsMended(normalized: string): { text: string; mended: number } {
  let mended = 0;
  let text = normalized;
  if (ANY_TRANSLATED_PHRASE.test(text)) {
    for (const [phrase, name] of TRANSLATED_PHRASES) {
      text = text.replace(phrase, () => {
        mended += 1;
        return name;
      });
    }
  }
  // The split the umlauts' pass made of the same text, copied: mending changes words in place.
  const tokens = wordsOf(text).slice();
  const literal = LITERAL.test(normalized);
  for (let at = 0; at < tokens.length; at++) {
    const word = tokens[at] as string;
    if (literal) {
      const name = literalName(tokens, at);
      if (name !== undefined) {
        tokens[at] = name;
        mended += 1;
        // "Verteidiger für Identität": the preposition inside a translated name is the name's own
        if (name === 'defender' && after(tokens, at) === 'fuer' && /^(identitaet|endpunkt|endpunkte|wolke|buero|cloud|office|business|unternehmen)$/.test(after(tokens, at, 2))) {
          tokens[at + 1] = 'for';
          if (after(tokens, at, 2) === 'unternehmen') tokens[at + 2] = 'business';
          if (after(tokens, at, 2) === 'buero') tokens[at + 2] = 'office';
        }
        continue;
      }
    }
    const facts = wordFacts(word);
    if (facts === PLAIN) continue;
    const joined = facts.startsSplitName ? splitName(tokens, at) : undefined;
    if (joined !== undefined) {
      tokens.splice(at, 2, joined);
      mended += 1;
      continue;
    }
    if (facts.slips === NONE) continue;
    const whole = tokens.join(' ');
    for (const { target, form } of facts.slips) {
      if (target.fits(tokens, at, whole)) {
        tokens[at] = form;
        mended += 1;
        break;
      }
    }
  }
  return { text: mended > 0 ? tokens.join(' ') : normalized, mended };
}
