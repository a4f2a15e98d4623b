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
import { scan, type Match, type Scan } from './matcher';
import { CLAUSE_END, normalize, tokenize } from './normalize';

export interface UnderstandOptions {
  /** Answer in this language whatever the question is written in. */
  language?: Language;
  /** The client's locale: decides the language only when the words leave it open. */
  locale?: string;
}

/** Longer input is read on its first characters only; the bot itself truncates earlier and says so. */
const MAX_READ_LENGTH = 2_000;

/** Words a person puts before an order to the bot ("pls", "hey, quick one:", "kannst du mal"). */
const LEAD_IN = new Set([
  CLAUSE_END, 'pls', 'plz', 'please', 'bitte', 'hey', 'hi', 'hallo', 'moin', 'servus', 'quick', 'one', 'kurz', 'kurze',
  'frage', 'mal', 'ok', 'okay', 'so', 'sorry', 'to', 'bother', 'can', 'could', 'would', 'u', 'you', 'du', 'kannst',
  'koenntest', 'bot', 'jetzt', 'now', 'nochmal', 'again', 'also', 'auch'
]);

const PARTNER_QUESTION_OPENERS = new Set(['do', 'will', 'did', 'are', 'can', 'would', 'should', 'shall', 'werden', 'wuerden']);
const PASSIVE_REACHED = new Set([
  'notified', 'informed', 'told', 'emailed', 'warned', 'alerted', 'contacted', 'sent', 'updated', 'reminded',
  'informiert', 'benachrichtigt', 'gewarnt', 'kontaktiert', 'angeschrieben', 'erinnert'
]);

/** A position where Microsoft may be named as the one acting, and where the one it reaches is named. */
const SUBJECT_WINDOW = 3;
const OBJECT_WINDOW = 3;

/** The concepts of one question with their token positions, and its clauses. */
class Found {
  private readonly byConcept = new Map<Concept, Match[]>();
  /** Clause number of each token: sentences and clauses split at punctuation and at "but", "aber". */
  readonly clause: number[];
  /** Segment number of each token: clauses split again at "and", "plus", "und", for what belongs to which product. */
  readonly segment: number[];
  readonly tokens: string[];

  constructor(readonly scanned: Scan) {
    this.tokens = scanned.tokens;
    for (const match of scanned.matches) {
      const list = this.byConcept.get(match.concept);
      if (list) list.push(match);
      else this.byConcept.set(match.concept, [match]);
    }
    const clauseBreaks = new Set(this.positions('clauseBreak'));
    const softBreaks = new Set(this.positions('softBreak'));
    this.clause = [];
    this.segment = [];
    let clause = 0;
    let segment = 0;
    this.tokens.forEach((token, at) => {
      if (token === CLAUSE_END || clauseBreaks.has(at)) {
        clause++;
        segment++;
      } else if (softBreaks.has(at)) segment++;
      this.clause.push(clause);
      this.segment.push(segment);
    });
  }

  has(concept: Concept): boolean {
    return this.byConcept.has(concept);
  }

  count(concept: Concept): number {
    return this.byConcept.get(concept)?.length ?? 0;
  }

  positions(concept: Concept): number[] {
    return (this.byConcept.get(concept) ?? []).map((match) => match.at);
  }

  at(concept: Concept, position: number): boolean {
    return this.byConcept.get(concept)?.some((match) => match.at === position) ?? false;
  }

  /** Some `first` at most `window` tokens before some `second` (or after it, when `ordered` is false). */
  near(first: Concept, second: Concept, window: number, ordered = false): boolean {
    const seconds = this.positions(second);
    return this.positions(first).some((a) =>
      seconds.some((b) => (ordered ? b > a && b - a <= window : a !== b && Math.abs(a - b) <= window))
    );
  }

  /** Any match of the concept in [from, to], within one clause of `clauseOf`. */
  within(concept: Concept, from: number, to: number, clauseOf?: number): boolean {
    return this.positions(concept).some((at) => at >= from && at <= to && (clauseOf === undefined || this.clause[at] === clauseOf));
  }

  /** A negation shortly before this position, in the same clause. */
  negatedAt(position: number, window: number): boolean {
    return this.positions('negation').some((at) => at < position && position - at <= window && this.clause[at] === this.clause[position]);
  }

  /** A negation shortly before any match of the concept. */
  negatedBefore(concept: Concept, window: number): boolean {
    return this.positions(concept).some((at) => this.negatedAt(at, window));
  }

  /** "what may Microsoft contact them about": a question for the topics, as "in which cases" is. */
  get asksWhatAbout(): boolean {
    const words = this.tokens.filter((token) => token !== CLAUSE_END);
    const about = words.lastIndexOf('about');
    if (about < words.length - 3 || this.scanned.products.length > 0) return false;
    const clause = this.clause[this.tokens.lastIndexOf('about')];
    const opening = this.tokens.filter((token, at) => this.clause[at] === clause).slice(0, 3);
    return opening.some((token) => token === 'what' || token === 'which' || token === 'whats');
  }

  /** Tokens that carry words: not clause ends, not greetings or chat noise ("hey, quick one: …", "thx"). */
  get wordCount(): number {
    return this.tokens.filter((token, at) => token !== CLAUSE_END && !LEAD_IN.has(token) && !this.at('smallTalk', at)).length;
  }
}

function detectLanguage(scanned: Scan, raw: string, options: UnderstandOptions): Language {
  if (options.language) return options.language;
  const score = { ...scanned.languageScore };
  if (/[äöüß]/i.test(raw)) score.de += 2;
  if (score.de > score.en) return 'de';
  if (score.en > score.de) return 'en';
  return languageOfLocale(options.locale) ?? 'en';
}

/** Every topic present. Weak words ("licence", "down") count only when no strong word names a topic. */
function topicsOf(found: Found): Array<Exclude<Topic, 'none'>> {
  const topics: Array<Exclude<Topic, 'none'>> = [];
  if (found.has('operational')) topics.push('operational');
  const cardPurchase = found.near('creditCard', 'buy', 5);
  if (found.has('billing') || (found.has('creditCard') && !cardPurchase)) topics.push('billing');
  if (found.has('marketing')) topics.push('marketing');
  if (topics.length > 0) return topics;
  const billing = found.count('billingWeak');
  const operational = 0.5 * found.count('operationalWeak');
  if (operational > 0 && operational >= billing) return ['operational'];
  if (billing > 0) return ['billing'];
  return [];
}

function topicOf(found: Found, topics: ReadonlyArray<Exclude<Topic, 'none'>>): Topic {
  if (found.has('exceptions') || (topics.length === 0 && found.asksWhatAbout)) return 'none';
  if (topics.includes('operational')) return 'operational';
  if (topics.includes('billing')) return 'billing';
  if (topics.includes('marketing')) return 'marketing';
  if (found.has('ever')) return 'none';
  if (found.has('general') || (found.has('ownership') && found.has('communicate'))) return 'general';
  if ((found.has('who') || found.has('duty')) && found.scanned.products.length === 0) return 'general';
  return 'none';
}

/** "write my customer a mail", "pls open a ticket", "kannst du schauen …": an order to the bot. */
function isBotTask(found: Found): boolean {
  if (found.has('botTask')) return true;
  const first = found.tokens.findIndex((token) => !LEAD_IN.has(token));
  return first >= 0 && found.at('imperative', first);
}

/** "is Outlook down right now?": the live state of a service, which the policy does not answer. */
function isLiveStatus(found: Found): boolean {
  const troubled = found.has('operational') || found.has('operationalWeak');
  const microsoftReaches = found.has('microsoft') && (found.has('communicate') || found.has('receive'));
  if (found.has('liveNow') && troubled && !microsoftReaches && !found.has('happened')) return true;
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

/** "can I call Microsoft support for my customer?": the asker contacting Microsoft. */
function isAskerActing(found: Found): boolean {
  if (!found.has('askerSubject')) return false;
  if (found.has('supportDesk')) return true;
  return found.positions('communicate').some((verb) => found.within('microsoft', verb + 1, verb + 2, found.clause[verb]) && !found.within('customer', verb + 1, verb + 2));
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
function recipientOf(found: Found): Recipient {
  const reaches: Array<{ at: number; recipient: Recipient }> = [];
  for (const at of found.positions('partnerReceives')) reaches.push({ at, recipient: 'partner' });
  // "do we as CSP get notified", "will I be told", "bekommen wir …": the partner asks about itself
  found.tokens.forEach((token, at) => {
    if (found.at('receive', at) && ['wir', 'ich'].includes(found.tokens[at + 1] ?? '')) {
      reaches.push({ at, recipient: 'partner' });
      return;
    }
    if (!PARTNER_QUESTION_OPENERS.has(token) || !['we', 'i'].includes(found.tokens[at + 1] ?? '')) return;
    for (let next = at + 2; next <= at + 5 && next < found.tokens.length; next++) {
      if (found.at('customer', next) || found.at('duty', next)) return;
      if (found.at('receive', next) || PASSIVE_REACHED.has(found.tokens[next] ?? '')) {
        reaches.push({ at, recipient: 'partner' });
        return;
      }
    }
  });
  for (const verb of found.positions('communicate')) {
    if (found.negatedAt(verb, 2)) continue;
    const clause = found.clause[verb];
    const microsoftActs =
      found.within('microsoft', verb - SUBJECT_WINDOW, verb - 1, clause) || found.within('microsoft', verb + 1, verb + 2, clause);
    for (let at = verb + 1; at <= verb + OBJECT_WINDOW && at < found.tokens.length; at++) {
      if (found.clause[at] !== clause) break;
      if (found.at('customer', at)) {
        reaches.push({ at: verb, recipient: 'customer' });
        break;
      }
      if (found.at('partnerObject', at) && microsoftActs) {
        reaches.push({ at: verb, recipient: 'partner' });
        break;
      }
    }
  }
  reaches.sort((a, b) => a.at - b.at);
  return reaches[0]?.recipient ?? 'customer';
}

interface ChannelCue {
  at: number;
  channel: Exclude<ProductChannel, 'unknown'>;
  /** Says the customer has its own relationship with Microsoft (an agreement, a direct purchase), not only "not via us". */
  statesOwn: boolean;
}

/** Where the question says how something was bought: through the partner (CSP) or directly from Microsoft. */
function channelCues(found: Found): ChannelCue[] {
  const cues: ChannelCue[] = [];
  const cardPurchase = found.near('creditCard', 'buy', 5);
  const direct = (at: number, statesOwn = true) => cues.push({ at, channel: 'non-csp', statesOwn });
  const csp = (at: number) => cues.push({ at, channel: 'csp', statesOwn: false });
  for (const at of found.positions('ownAgreement')) if (!found.negatedAt(at, 3)) direct(at);
  for (const at of found.positions('nonCsp')) direct(at, false);
  const cardDirect = found.positions('creditCard').some((at) => found.within('direct', at - 3, at + 1));
  if (cardPurchase || cardDirect) for (const at of found.positions('creditCard')) direct(at);
  for (const at of found.positions('direct')) {
    const clause = found.clause[at];
    const purchase =
      found.within('buy', at - 4, at + 4, clause) ||
      found.within('relationship', at - 2, at + 2, clause) ||
      found.within('ownAgreement', at - 3, at + 3, clause) ||
      found.within('creditCard', at - 1, at + 3, clause) ||
      // "has … directly with Microsoft", "direkt bei MS": with/bei, not "from"/"von", which is how a message comes
      (['with', 'mit', 'bei', 'at'].includes(found.tokens[at + 1] ?? '') && found.within('microsoft', at + 2, at + 3, clause));
    if (purchase && !found.negatedAt(at, 3)) direct(at);
  }
  for (const at of found.positions('relationship')) {
    if (found.within('microsoft', at - 4, at + 4, found.clause[at]) && found.has('existing') && !found.negatedAt(at, 4)) direct(at);
  }
  for (const at of found.positions('throughUs')) {
    if (found.negatedAt(at, 4)) direct(at, false);
    else csp(at);
  }
  // "CSP customers" says who the customer is, not how a product was bought; "non-CSP" is the opposite of a cue.
  for (const at of found.positions('csp')) {
    if (!found.negatedAt(at, 2) && !found.at('customer', at + 1) && !found.at('customer', at) && !found.within('nonCsp', at - 1, at)) csp(at);
  }
  for (const product of found.scanned.products) if (product.channel === 'csp') csp(product.at);
  return cues.sort((a, b) => a.at - b.at);
}

/** The cue nearest a product: in its segment ("M365 via us"), else in its clause. */
function channelNear(found: Found, at: number, cues: readonly ChannelCue[]): ProductChannel {
  const closest = (list: readonly ChannelCue[]) =>
    list.reduce<ChannelCue | undefined>((best, cue) => {
      if (!best) return cue;
      const distance = Math.abs(cue.at - at);
      const bestDistance = Math.abs(best.at - at);
      // On a tie the cue after the product wins: "M365 via us", "Azure bought directly".
      return distance < bestDistance || (distance === bestDistance && cue.at > at) ? cue : best;
    }, undefined);
  const inSegment = closest(cues.filter((cue) => found.segment[cue.at] === found.segment[at]));
  if (inSegment) return inSegment.channel;
  return closest(cues.filter((cue) => found.clause[cue.at] === found.clause[at]))?.channel ?? 'unknown';
}

function productsOf(found: Found, cues: readonly ChannelCue[]): Product[] {
  const byName = new Map<string, ProductChannel>();
  for (const product of found.scanned.products) {
    const channel = channelNear(found, product.at, cues);
    const known = byName.get(product.name);
    if (known === undefined || known === 'unknown') byName.set(product.name, channel);
  }
  return [...byName].slice(0, 10).map(([name, channel]) => ({ name, channel }));
}

/**
 * The channel of what the question asks about. The asking clause is the last one that reaches someone; what it
 * names (a product, an agreement, "through us") decides, else what "it"/"those" refers back to, else the one
 * channel the question names. Two channels and nothing to choose between them: unknown.
 */
function askedChannel(found: Found, cues: readonly ChannelCue[], products: readonly Product[]): ProductChannel {
  if (cues.length === 0) return 'unknown';
  const reaching = [...found.positions('communicate'), ...found.positions('receive'), ...found.positions('who')];
  const lastClause = found.clause[found.tokens.length - 1] ?? 0;
  const asking = reaching.length > 0 ? Math.max(...reaching.map((at) => found.clause[at] ?? 0)) : lastClause;
  // The asking part starts at its verb, or at Microsoft just before it ("… via us CSP will MS contact him about the EA"):
  // what a run-on sentence said before that is context, not what is asked.
  const verbs = reaching.filter((at) => found.clause[at] === asking);
  const verb = verbs.length > 0 ? Math.max(...verbs) : found.clause.indexOf(asking);
  const subject = found.positions('microsoft').filter((at) => at < verb && verb - at <= 3 && found.clause[at] === asking);
  const from = subject.length > 0 ? Math.min(...subject) : verb;
  const inAsking = (at: number) => at >= from && found.clause[at] === asking;
  const named = new Set<ProductChannel>(cues.filter((cue) => inAsking(cue.at)).map((cue) => cue.channel));
  for (const product of found.scanned.products) {
    if (!inAsking(product.at)) continue;
    const channel = products.find((known) => known.name === product.name)?.channel ?? 'unknown';
    if (channel !== 'unknown') named.add(channel);
  }
  if (named.size === 1) return [...named][0] as ProductChannel;
  if (named.size > 1) return 'unknown';
  const refersBack = found.positions('anaphor').some(inAsking);
  if (refersBack) {
    const before = cues.filter((cue) => cue.at < from);
    const last = before[before.length - 1];
    if (last) return last.channel;
  }
  const channels = new Set(cues.map((cue) => cue.channel));
  return channels.size === 1 ? (cues[0] as ChannelCue).channel : 'unknown';
}

/** Does the question say the customer has its own commercial relationship with Microsoft? */
function ownRelationshipOf(found: Found, cues: readonly ChannelCue[]): TriState {
  if (cues.some((cue) => cue.statesOwn)) return 'yes';
  const denied =
    found.negatedBefore('relationship', 4) ||
    found.negatedBefore('ownAgreement', 4) ||
    (found.has('throughUs') && /\b(only|everything|all|nur|alles)\b/.test(found.tokens.join(' ')) && !found.negatedBefore('throughUs', 4));
  return denied ? 'no' : 'unknown';
}

/**
 * The asker cannot say how it was bought: "no idea if they bought it from us", a product missing from the
 * partner's Partner Center, or Microsoft already wrote about it and the asker wonders whether that was allowed.
 */
function channelDoubtedBy(found: Found, topics: readonly Topic[], asked: ProductChannel, bothChannels: boolean): boolean {
  if (found.has('uncertain')) return true;
  const missingFromPartnerCenter = found.positions('partnerCenter').some(
    (at) =>
      found.negatedAt(at, 6) ||
      found.within('negation', at + 1, at + 3, found.clause[at]) ||
      (found.within('find', at - 5, at + 3) && found.negatedBefore('find', 4))
  );
  if (missingFromPartnerCenter) return true;
  const alreadyWrote = found.has('happened') && found.has('wondering') && found.has('microsoft');
  return alreadyWrote && asked === 'unknown' && !bothChannels && found.scanned.products.length > 0 && !topics.includes('operational');
}

function intentOf(found: Found, topic: Topic, topics: readonly Topic[]): Intent {
  const hasTopic = topics.length > 0;
  const noTopic = !hasTopic;
  const reachesCustomer = (found.has('communicate') || found.has('receive')) && found.has('customer');
  const appliesQuestion =
    (found.has('apply') && (found.has('scopeTarget') || ((found.has('policyRef') || found.has('where')) && noTopic))) ||
    (found.has('scopeTarget') &&
      noTopic &&
      !reachesCustomer &&
      !found.has('buy') &&
      !found.has('partnerCenter') &&
      !found.has('howTo') &&
      !found.has('supportDesk'));
  if (appliesQuestion && !found.has('exceptions')) return 'applies-to';

  const communicates = found.has('communicate') || (found.has('receive') && (found.has('microsoft') || hasTopic));
  // "How do I …" is about the asker's own procedure unless it asks about Microsoft and the customer.
  const procedural = found.has('howTo') && !(found.has('microsoft') && found.has('customer')) && !found.has('exceptions');
  const asksWhen = found.has('ever') || found.has('when') || found.has('exceptions') || found.asksWhatAbout;
  const onlySmallTalk =
    (found.has('smallTalk') && !hasTopic && !found.has('microsoft') && !found.has('customer') && !found.has('general')) ||
    (found.has('elsewhere') && !found.has('microsoft'));
  if (!procedural && !onlySmallTalk) {
    if (communicates && (found.has('customer') || (found.has('microsoft') && (hasTopic || asksWhen)))) return 'communication';
    if (hasTopic && found.has('microsoft') && (found.has('customer') || found.has('policyRef') || found.has('partner'))) return 'communication';
    if ((communicates || found.has('customer') || found.has('microsoft')) && hasTopic && (found.has('who') || found.has('duty'))) {
      return 'communication';
    }
    if ((found.has('ownership') || found.has('general')) && (found.has('communicate') || found.has('customer') || found.has('microsoft'))) {
      return 'communication';
    }
    // "who sends the bill?", "kommen die Meldungen direkt beim Kunden an?"
    if (hasTopic && (found.has('who') || (found.has('customer') && (found.has('direct') || found.has('receive'))))) return 'communication';
    if (found.has('microsoft') && found.has('customer') && (asksWhen || found.wordCount <= 5)) return 'communication';
    // "invoice?", "wartung?": a topic and nothing else is asked the policy's way.
    if (hasTopic && found.wordCount <= 3 && topic !== 'none') return 'communication';
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

function confidenceOf(found: Found, facts: Facts): number {
  const fuzzyTokens = new Set(found.scanned.matches.filter((match) => match.fuzzy).map((match) => match.at)).size;
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
  const raw = text.slice(0, MAX_READ_LENGTH);
  const scanned = scan(tokenize(normalize(raw)));
  const found = new Found(scanned);
  const topics = topicsOf(found);
  const topic = topicOf(found, topics);
  const intent = intentOf(found, topic, topics);
  const asks = asksOf(found);
  const recipient = recipientOf(found);
  const language = detectLanguage(scanned, raw, options);
  if (intent === 'off-topic' && asks === 'microsoft-communicates' && recipient === 'customer') {
    return { language, facts: emptyFacts(), confidence: confidenceOf(found, emptyFacts()) };
  }
  const cues = channelCues(found);
  const products = productsOf(found, cues);
  const bothChannels = cues.some((cue) => cue.channel === 'csp') && cues.some((cue) => cue.channel === 'non-csp');
  let ownRelationship = ownRelationshipOf(found, cues);
  let productChannel = askedChannel(found, cues, products);
  const channelDoubted = channelDoubtedBy(found, topics, productChannel, bothChannels);
  if (channelDoubted) {
    productChannel = 'unknown';
    if (ownRelationship === 'yes') ownRelationship = 'unknown';
  }
  // The asker is a CSP partner: a subscription matter with nothing said about the channel is taken as bought
  // through the partner (RULES.md); the answer says so and offers to flip it.
  const channelAssumed =
    productChannel === 'unknown' && !channelDoubted && !bothChannels && ownRelationship !== 'yes' && topic === 'billing';
  if (channelAssumed) productChannel = 'csp';
  const facts: Facts = {
    intent,
    asks,
    recipient,
    topic: intent === 'applies-to' ? 'none' : topic,
    topics: intent === 'applies-to' ? [] : topics,
    ownRelationship,
    productChannel,
    channelAssumed,
    channelDoubted,
    bothChannels,
    asksWhen: topic === 'none' && (found.has('ever') || found.has('when') || found.has('exceptions') || found.asksWhatAbout),
    products
  };
  return { language, facts, confidence: confidenceOf(found, facts) };
}
