import type { Verdict } from '../../src/policy/rule';

/**
 * Sentence families for the probe (`npm run probe`, test/understanding/probeFamilies.test.ts): questions put together
 * from parts whose verdict follows from RULES.md alone, in English and German. Nothing here is taken from a corpus
 * file; every part was written for the probe.
 *
 * The verdict of a question follows from its parts only (RULES.md, "What a question asks" and its conventions):
 *   - the partner (us, the partner) as the one Microsoft reaches: not-covered, whatever else is said;
 *   - an operational topic (outage, incident, maintenance, vulnerability, retirement) to the customer: yes, whatever
 *     the channel, since operational communication does not turn on how the product was bought;
 *   - a billing or subscription topic to the customer: no where nothing or the partner's channel is said (the asker
 *     is a CSP partner, so the product is the partner's unless a hint says otherwise), yes where the product was bought
 *     directly or is held under the customer's own agreement (non-csp-relationship), depends where the asker doubts
 *     the channel ("no idea whether …", the product missing from Partner Center), and depends or yes where the asker
 *     leans away from the partner's channel without saying direct ("I don't think … through us", "not through us",
 *     "I think they bought it directly": a possible direct purchase, or the answer for a direct one);
 *   - marketing to the customer: no where nothing or the partner's channel is said; with a direct or doubted channel
 *     RULES.md does not say plainly whether marketing counts as communication about non-CSP products, so those
 *     combinations are left out.
 * A confident wrong answer is a yes or no that is not among the accepted verdicts.
 */

export type Language = 'en' | 'de';

export interface Probe {
  id: string;
  family: string;
  language: Language;
  question: string;
  /** The verdicts RULES.md accepts for this question; the first is the best one. */
  accept: Verdict[];
  /** The part chosen in each slot, by its id, for grouping what goes wrong. */
  parts: Record<string, string>;
}

/** A yes or no that RULES.md does not accept for the probe's parts. */
export function confidentlyWrong(probe: Probe, verdict: Verdict): boolean {
  return (verdict === 'yes' || verdict === 'no') && !probe.accept.includes(verdict);
}

// ---------------------------------------------------------------------------------------------------------------
// Parts

/** Products with names of one to five words. */
export const PRODUCTS = ['Visio', 'Power BI', 'Power BI Pro', 'Dynamics 365 Sales', 'Microsoft 365 Business Premium', 'Microsoft Defender for Office 365'] as const;

type ChannelKind = 'none' | 'csp' | 'direct' | 'doubt' | 'lean';

interface Channel {
  id: string;
  kind: ChannelKind;
  /** A sentence of its own: {S} the customer as subject, {P} the product. */
  sentence: string;
  /** A relative clause after "the {P} licences" / "die Lizenzen für {P}" (English without commas, German with). */
  rel?: string;
}

interface Subject {
  en: string;
  de: string;
}

const CHANNELS: Record<Language, Channel[]> = {
  en: [
    { id: 'through-us', kind: 'csp', sentence: '{S} buys {P} through us.', rel: 'that {S} buys through us' },
    { id: 'from-us', kind: 'csp', sentence: '{S} got {P} from us.', rel: '{S} got from us' },
    { id: 'our-csp', kind: 'csp', sentence: '{P} runs through our CSP.' },
    { id: 'bought-directly', kind: 'direct', sentence: '{S} bought {P} directly from Microsoft.', rel: '{S} bought directly from Microsoft' },
    { id: 'got-directly', kind: 'direct', sentence: '{S} got {P} directly from Microsoft.', rel: 'that {S} got directly from Microsoft' },
    { id: 'obtained-directly', kind: 'direct', sentence: '{S} obtained the {P} licences directly from Microsoft.' },
    { id: 'purchased-straight', kind: 'direct', sentence: '{S} purchased {P} straight from Microsoft, not through us.' },
    { id: 'own-ea', kind: 'direct', sentence: '{S} has {P} under its own Enterprise Agreement with Microsoft.', rel: '{S} has under its own Enterprise Agreement' },
    { id: 'direct-contract', kind: 'direct', sentence: '{S} has a direct contract with Microsoft for {P}.' },
    { id: 'no-idea', kind: 'doubt', sentence: 'No idea whether {S} bought {P} through us.' },
    { id: 'not-sure', kind: 'doubt', sentence: "I'm not sure if {P} runs through us." },
    { id: 'not-in-pc', kind: 'doubt', sentence: "{P} doesn't show up in our Partner Center." },
    { id: 'dont-think', kind: 'lean', sentence: "I don't think the {P} licences are through us." },
    { id: 'not-through-us', kind: 'lean', sentence: '{P} is not through us.' },
    { id: 'without-us', kind: 'lean', sentence: '{S} bought {P} without us.', rel: '{S} bought without us' },
    { id: 'think-direct', kind: 'lean', sentence: 'I think {S} bought {P} directly.' }
  ],
  de: [
    { id: 'ueber-uns', kind: 'csp', sentence: '{S} bezieht {P} über uns.', rel: 'die {S} über uns bezieht' },
    { id: 'von-uns', kind: 'csp', sentence: '{P} hat {S} von uns.', rel: 'die {S} von uns hat' },
    { id: 'unser-csp', kind: 'csp', sentence: '{P} läuft über unseren CSP.' },
    { id: 'direkt-gekauft', kind: 'direct', sentence: '{S} hat {P} direkt bei Microsoft gekauft.', rel: 'die {S} direkt bei Microsoft gekauft hat' },
    { id: 'direkt-bekommen', kind: 'direct', sentence: '{S} hat {P} direkt von Microsoft bekommen.', rel: 'die {S} direkt von Microsoft bekommen hat' },
    { id: 'direkt-bezogen', kind: 'direct', sentence: '{S} hat die Lizenzen für {P} direkt von Microsoft bezogen.' },
    { id: 'eigenes-ea', kind: 'direct', sentence: '{S} hat {P} über ein eigenes Enterprise Agreement mit Microsoft.', rel: 'die {S} über ein eigenes Enterprise Agreement hat' },
    { id: 'direktvertrag', kind: 'direct', sentence: 'Für {P} hat {S} einen direkten Vertrag mit Microsoft.' },
    { id: 'keine-ahnung', kind: 'doubt', sentence: 'Keine Ahnung, ob {S} {P} über uns bezieht.' },
    { id: 'weiss-nicht', kind: 'doubt', sentence: 'Ich weiß nicht, ob {P} über uns läuft.' },
    { id: 'nicht-im-pc', kind: 'doubt', sentence: '{P} taucht in unserem Partner Center nicht auf.' },
    { id: 'glaube-nicht', kind: 'lean', sentence: 'Ich glaube nicht, dass {P} über uns läuft.' },
    { id: 'nicht-ueber-uns', kind: 'lean', sentence: '{P} läuft nicht über uns.' },
    { id: 'ohne-uns', kind: 'lean', sentence: '{P} läuft ohne uns.' },
    { id: 'ohne-uns-gekauft', kind: 'lean', sentence: '{S} hat {P} ohne uns gekauft.', rel: 'die {S} ohne uns gekauft hat' },
    { id: 'glaube-direkt', kind: 'lean', sentence: 'Ich glaube, {S} hat {P} direkt gekauft.' }
  ]
};

const NO_CHANNEL: Channel = { id: 'none', kind: 'none', sentence: '' };

type TopicKind = 'billing' | 'operational' | 'marketing';

interface Topic {
  id: string;
  kind: TopicKind;
  /** English "about …", German "wegen …"; {X} the product or the product with a relative clause, {P} the bare name. */
  text: string;
}

const TOPICS: Record<Language, Topic[]> = {
  en: [
    { id: 'invoice', kind: 'billing', text: 'about the invoice for {X}' },
    { id: 'p-invoice', kind: 'billing', text: 'about the {P} invoice' },
    { id: 'billing', kind: 'billing', text: 'about billing for {X}' },
    { id: 'renewal', kind: 'billing', text: 'about the renewal of {X}' },
    { id: 'price-increase', kind: 'billing', text: 'about a price increase for {X}' },
    { id: 'licence-count', kind: 'billing', text: 'about the licence count for {X}' },
    { id: 'cancelling', kind: 'billing', text: 'about cancelling {X}' },
    { id: 'trial-converting', kind: 'billing', text: 'about the trial of {X} converting to a paid subscription' },
    { id: 'outage', kind: 'operational', text: 'about an outage of {P}' },
    { id: 'incident', kind: 'operational', text: 'about a service incident in {P}' },
    { id: 'maintenance', kind: 'operational', text: 'about planned maintenance of {P}' },
    { id: 'downtime', kind: 'operational', text: 'about downtime in {P}' },
    { id: 'vulnerability', kind: 'operational', text: 'about a security vulnerability in {P}' },
    { id: 'retirement', kind: 'operational', text: 'about the retirement of a {P} feature' },
    { id: 'offers', kind: 'marketing', text: 'about new offers for {P}' },
    { id: 'campaign', kind: 'marketing', text: 'about a marketing campaign for {P}' },
    { id: 'newsletter', kind: 'marketing', text: 'about a newsletter on {P}' }
  ],
  de: [
    { id: 'rechnung', kind: 'billing', text: 'wegen der Rechnung für {X}' },
    { id: 'abrechnung', kind: 'billing', text: 'wegen der Abrechnung von {X}' },
    { id: 'verlaengerung', kind: 'billing', text: 'wegen der Verlängerung von {X}' },
    { id: 'preiserhoehung', kind: 'billing', text: 'wegen einer Preiserhöhung für {X}' },
    { id: 'lizenzanzahl', kind: 'billing', text: 'wegen der Lizenzanzahl von {X}' },
    { id: 'kuendigung', kind: 'billing', text: 'wegen der Kündigung von {X}' },
    { id: 'testversion', kind: 'billing', text: 'wegen der Umstellung der Testversion von {X} auf ein bezahltes Abo' },
    { id: 'ausfall', kind: 'operational', text: 'wegen eines Ausfalls von {P}' },
    { id: 'stoerung', kind: 'operational', text: 'wegen einer Störung bei {P}' },
    { id: 'wartung', kind: 'operational', text: 'wegen einer geplanten Wartung von {P}' },
    { id: 'sicherheitsluecke', kind: 'operational', text: 'wegen einer Sicherheitslücke in {P}' },
    { id: 'abkuendigung', kind: 'operational', text: 'wegen der Abkündigung einer Funktion von {P}' },
    { id: 'angebote', kind: 'marketing', text: 'wegen neuer Angebote für {P}' },
    { id: 'kampagne', kind: 'marketing', text: 'wegen einer Marketingkampagne für {P}' },
    { id: 'newsletter', kind: 'marketing', text: 'wegen eines Newsletters zu {P}' }
  ]
};

interface Recipient {
  id: string;
  kind: 'customer' | 'partner';
  /** A pronoun needs the customer named before it. */
  pronoun?: boolean;
  en?: string;
  de?: { acc: string; dat: string; bei: string };
  /** The customer as the subject of a channel sentence. */
  subject: Subject;
}

const CUSTOMER: Subject = { en: 'The customer', de: 'Der Kunde' };

const RECIPIENTS: Recipient[] = [
  { id: 'the-customer', kind: 'customer', en: 'the customer', de: { acc: 'den Kunden', dat: 'dem Kunden', bei: 'beim Kunden' }, subject: CUSTOMER },
  { id: 'my-customer', kind: 'customer', en: 'my customer', subject: { en: 'My customer', de: 'Der Kunde' } },
  { id: 'company', kind: 'customer', en: 'Contoso', de: { acc: 'die Müller GmbH', dat: 'der Müller GmbH', bei: 'bei der Müller GmbH' }, subject: { en: 'Contoso', de: 'Die Müller GmbH' } },
  { id: 'pronoun', kind: 'customer', pronoun: true, en: 'them', de: { acc: 'ihn', dat: 'ihm', bei: 'bei ihm' }, subject: CUSTOMER },
  { id: 'end-customer', kind: 'customer', en: 'the end customer', de: { acc: 'den Endkunden', dat: 'dem Endkunden', bei: 'beim Endkunden' }, subject: { en: 'The end customer', de: 'Der Endkunde' } },
  { id: 'us', kind: 'partner', en: 'us', de: { acc: 'uns', dat: 'uns', bei: 'bei uns' }, subject: CUSTOMER },
  { id: 'the-partner', kind: 'partner', en: 'the partner', de: { acc: 'den Partner', dat: 'dem Partner', bei: 'beim Partner' }, subject: CUSTOMER }
];

interface Actor {
  id: string;
  en: { name: string; plural: boolean };
  de: { name: string; plural: boolean };
  /** "they" needs Microsoft named: "…? Microsoft, I mean." */
  clarify?: { en: string; de: string };
}

const ACTORS: Actor[] = [
  { id: 'microsoft', en: { name: 'Microsoft', plural: false }, de: { name: 'Microsoft', plural: false } },
  { id: 'ms', en: { name: 'MS', plural: false }, de: { name: 'MS', plural: false } },
  { id: 'support', en: { name: 'Microsoft support', plural: false }, de: { name: 'der Microsoft-Support', plural: false } },
  { id: 'they', en: { name: 'they', plural: true }, de: { name: 'die', plural: true }, clarify: { en: 'Microsoft, I mean.', de: 'Also Microsoft, meine ich.' } }
];

interface EnVerb {
  id: string;
  base: string;
  third: string;
  /** Words after the recipient ("send the customer emails about …"). */
  after?: string;
}

const EN_VERBS: EnVerb[] = [
  { id: 'email', base: 'email', third: 'emails' },
  { id: 'call', base: 'call', third: 'calls' },
  { id: 'write-to', base: 'write to', third: 'writes to' },
  { id: 'notify', base: 'notify', third: 'notifies' },
  { id: 'reach-out', base: 'reach out to', third: 'reaches out to' },
  { id: 'inform', base: 'inform', third: 'informs' },
  { id: 'send', base: 'send', third: 'sends', after: 'emails' },
  { id: 'contact', base: 'contact', third: 'contacts' }
];

interface DeVerb {
  id: string;
  /** The middle field: {R} by case, {T} the topic. */
  mid: (r: { acc: string; dat: string; bei: string }, t: string) => string;
  inf: string;
  fin: [singular: string, plural: string];
  /** The separable particle at the end of a main clause, or ''. */
  particle: string;
  /** The verb at the end of a subordinate clause. */
  sub: [singular: string, plural: string];
}

const DE_VERBS: DeVerb[] = [
  { id: 'anschreiben', mid: (r, t) => `${r.acc} ${t}`, inf: 'anschreiben', fin: ['schreibt', 'schreiben'], particle: 'an', sub: ['anschreibt', 'anschreiben'] },
  { id: 'benachrichtigen', mid: (r, t) => `${r.acc} ${t}`, inf: 'benachrichtigen', fin: ['benachrichtigt', 'benachrichtigen'], particle: '', sub: ['benachrichtigt', 'benachrichtigen'] },
  { id: 'informieren', mid: (r, t) => `${r.acc} ${t}`, inf: 'informieren', fin: ['informiert', 'informieren'], particle: '', sub: ['informiert', 'informieren'] },
  { id: 'kontaktieren', mid: (r, t) => `${r.acc} ${t}`, inf: 'kontaktieren', fin: ['kontaktiert', 'kontaktieren'], particle: '', sub: ['kontaktiert', 'kontaktieren'] },
  { id: 'melden', mid: (r, t) => `sich ${t} ${r.bei}`, inf: 'melden', fin: ['meldet', 'melden'], particle: '', sub: ['meldet', 'melden'] },
  { id: 'schicken', mid: (r, t) => `${r.dat} ${t} eine Mail`, inf: 'schicken', fin: ['schickt', 'schicken'], particle: '', sub: ['schickt', 'schicken'] },
  { id: 'bescheid', mid: (r, t) => `${r.dat} ${t} Bescheid`, inf: 'sagen', fin: ['sagt', 'sagen'], particle: '', sub: ['sagt', 'sagen'] }
];

const FORMS = ['may', 'can', 'will', 'does', 'is-ok', 'right', 'who'] as const;
type Form = (typeof FORMS)[number];

type Position = 'before' | 'after' | 'clause';

// ---------------------------------------------------------------------------------------------------------------
// Putting a question together

interface Choice {
  language: Language;
  form: Form;
  actor: Actor;
  verb: string;
  recipient: Recipient;
  topic: Topic;
  product: string;
  channel: Channel;
  position: Position;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

function channelSentence(choice: Choice): string {
  const subject = choice.recipient.subject[choice.language];
  const { sentence } = choice.channel;
  // The subject keeps its capital only where it opens the sentence ("Für Visio hat der Kunde …").
  const inside = sentence.startsWith('{S}') || subject === 'Contoso' ? subject : subject.charAt(0).toLowerCase() + subject.slice(1);
  return sentence.replace('{S}', inside).replace('{P}', choice.product);
}

function topicText(choice: Choice): string {
  const { language, channel, product, position, recipient } = choice;
  let x = product;
  if (position === 'clause' && channel.rel) {
    const subject = recipient.subject[language];
    const lower = subject === 'Contoso' ? subject : subject.charAt(0).toLowerCase() + subject.slice(1);
    const rel = channel.rel.replace('{S}', lower);
    // German: the case the preposition before the product asks for ("von den Lizenzen", "für die Lizenzen").
    const article = /\bvon \{X\}/.test(choice.topic.text) ? 'den' : 'die';
    x = language === 'en' ? `the ${product} licences ${rel}` : `${article} Lizenzen für ${product}, ${rel},`;
  }
  return choice.topic.text.replace('{X}', x).replace('{P}', product);
}

function englishQuestion(choice: Choice): string {
  const verb = EN_VERBS.find((v) => v.id === choice.verb)!;
  const actor = choice.actor.en;
  const r = choice.recipient.en!;
  const t = topicText(choice).replace(/,$/, '');
  const object = `${r}${verb.after ? ` ${verb.after}` : ''} ${t}`;
  const third = actor.plural ? verb.base : verb.third;
  switch (choice.form) {
    case 'may':
      return `May ${actor.name} ${verb.base} ${object}?`;
    case 'can':
      return `Can ${actor.name} ${verb.base} ${object}?`;
    case 'will':
      return `Will ${actor.name} ${verb.base} ${object}?`;
    case 'does':
      return `${actor.plural ? 'Do' : 'Does'} ${actor.name} ${verb.base} ${object}?`;
    case 'is-ok':
      return `Is it ok for ${actor.plural ? 'them' : actor.name} to ${verb.base} ${object}?`;
    case 'right':
      return `${capitalise(actor.name)} ${third} ${object}, right?`;
    case 'who':
      return `Who ${verb.third} ${object}?`;
  }
}

function germanQuestion(choice: Choice): string {
  const verb = DE_VERBS.find((v) => v.id === choice.verb)!;
  const actor = choice.actor.de;
  const n = actor.plural ? 1 : 0;
  const mid = verb.mid(choice.recipient.de!, topicText(choice));
  const modal = (singular: string, plural: string): string => `${actor.plural ? plural : singular} ${actor.name} ${mid} ${verb.inf}?`;
  // A relative clause that closes the middle field keeps its comma before the verb.
  const tidy = (text: string): string => text.replace(/,?\s*\?/, '?').replace(/,\s*,/g, ',').replace(/\s+/g, ' ').replace(/ ,/g, ',');
  switch (choice.form) {
    case 'may':
      return tidy(modal('Darf', 'Dürfen'));
    case 'can':
      return tidy(modal('Kann', 'Können'));
    case 'will':
      return tidy(modal('Wird', 'Werden'));
    case 'does':
      return tidy(`${capitalise(verb.fin[n])} ${actor.name} ${mid} ${verb.particle}?`);
    case 'is-ok':
      return tidy(`Ist es ok, wenn ${actor.name} ${mid} ${verb.sub[n]}?`);
    case 'right':
      return tidy(`${capitalise(actor.name)} ${verb.fin[n]} ${mid} ${verb.particle}, oder?`);
    case 'who':
      return tidy(`Wer ${verb.fin[0]} ${mid} ${verb.particle}?`);
  }
}

/** The verdicts RULES.md accepts for the parts, or null where RULES.md leaves the combination open. */
export function acceptedVerdicts(recipient: Recipient['kind'], topic: TopicKind, channel: ChannelKind): Verdict[] | null {
  if (recipient === 'partner') return ['not-covered'];
  if (topic === 'operational') return ['yes'];
  if (topic === 'marketing') return channel === 'none' || channel === 'csp' ? ['no'] : null;
  switch (channel) {
    case 'none':
    case 'csp':
      return ['no'];
    case 'direct':
      return ['yes'];
    case 'doubt':
      return ['depends'];
    case 'lean':
      return ['depends', 'yes'];
  }
}

function build(family: string, choice: Choice): Probe | null {
  const { language, channel, position, recipient, actor } = choice;
  if (language === 'de' && !recipient.de) return null;
  if (position === 'clause' && !channel.rel) return null;
  if (position === 'clause' && !choice.topic.text.includes('{X}')) return null;
  // A pronoun needs the customer named before it.
  if (recipient.pronoun && !(channel.kind !== 'none' && position === 'before')) return null;
  const accept = acceptedVerdicts(recipient.kind, choice.topic.kind, channel.kind);
  if (!accept) return null;
  let question = language === 'en' ? englishQuestion(choice) : germanQuestion(choice);
  if (actor.clarify && choice.form !== 'who') question = `${question} ${actor.clarify[language]}`;
  if (channel.kind !== 'none' && position !== 'clause') {
    const sentence = channelSentence(choice);
    question = position === 'before' ? `${capitalise(sentence)} ${question}` : `${question} ${capitalise(sentence)}`;
  }
  const parts: Record<string, string> = {
    form: choice.form,
    actor: choice.form === 'who' ? '-' : actor.id,
    verb: choice.verb,
    recipient: recipient.id,
    topic: choice.topic.id,
    topicKind: choice.topic.kind,
    product: choice.product,
    words: String(choice.product.split(' ').length),
    channel: channel.id,
    channelKind: channel.kind,
    position: channel.kind === 'none' ? '-' : position
  };
  return { id: '', family, language, question, accept, parts };
}

// A small deterministic generator: the slots a family does not cross are filled in turn, not at random.
function rotor(seed: number): <T>(items: readonly T[]) => T {
  let state = seed >>> 0 || 1;
  return <T>(items: readonly T[]): T => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return items[(state >>> 8) % items.length]!;
  };
}

const verbsOf = (language: Language): string[] => (language === 'en' ? EN_VERBS : DE_VERBS).map((v) => v.id);
const customerRecipients = RECIPIENTS.filter((r) => r.kind === 'customer' && !r.pronoun);
const POSITIONS: Position[] = ['before', 'after', 'clause'];

/** Every family, in a fixed order; ids are family/language/number. */
export function probeFamilies(): Probe[] {
  const out: Probe[] = [];
  const push = (probe: Probe | null): void => {
    if (probe) out.push(probe);
  };
  for (const language of ['en', 'de'] as const) {
    const pick = rotor(language === 'en' ? 17 : 29);
    const topics = TOPICS[language];
    const billing = topics.filter((t) => t.kind === 'billing');
    const operational = topics.filter((t) => t.kind === 'operational');

    // channel: every way of saying the channel, in every position, with every product, on billing and operational
    // topics; the question's other parts in turn.
    for (const channel of CHANNELS[language]) {
      for (const position of POSITIONS) {
        for (const product of PRODUCTS) {
          for (const topic of [pick(billing), pick(billing), pick(operational)]) {
            const recipient = position === 'before' ? pick([...customerRecipients, RECIPIENTS.find((r) => r.pronoun)!]) : pick(customerRecipients);
            push(build('channel', { language, form: pick(FORMS), actor: pick(ACTORS), verb: pick(verbsOf(language)), recipient, topic, product, channel, position }));
          }
        }
      }
    }

    // question: every form with every actor and verb, on a billing and an operational topic, with no channel, the
    // partner's or a direct one.
    const someChannels = [NO_CHANNEL, ...CHANNELS[language].filter((c) => c.kind === 'csp' || c.kind === 'direct')];
    for (const form of FORMS) {
      for (const actor of ACTORS) {
        if (form === 'who' && actor.id !== 'microsoft') continue;
        for (const verb of verbsOf(language)) {
          for (const topic of [pick(billing), pick(operational)]) {
            const channel = pick(someChannels);
            push(build('question', { language, form, actor, verb, recipient: pick(customerRecipients), topic, product: pick(PRODUCTS), channel, position: pick(['before', 'after'] as const) }));
          }
        }
      }
    }

    // recipient: every recipient with every verb, on each kind of topic, with no channel or a direct one.
    for (const recipient of RECIPIENTS) {
      for (const verb of verbsOf(language)) {
        for (const kind of ['billing', 'operational', 'marketing'] as const) {
          for (const channel of [NO_CHANNEL, pick(CHANNELS[language].filter((c) => c.kind === 'direct'))]) {
            const topic = pick(topics.filter((t) => t.kind === kind));
            push(build('recipient', { language, form: pick(FORMS.filter((f) => f !== 'who')), actor: pick(ACTORS), verb, recipient, topic, product: pick(PRODUCTS), channel, position: 'before' }));
          }
        }
      }
    }

    // topic: every topic with every product, with no channel and with each kind of channel.
    for (const topic of topics) {
      for (const product of PRODUCTS) {
        for (const kind of ['none', 'csp', 'direct', 'doubt', 'lean'] as const) {
          const channel = kind === 'none' ? NO_CHANNEL : pick(CHANNELS[language].filter((c) => c.kind === kind));
          push(build('topic', { language, form: pick(FORMS), actor: pick(ACTORS), verb: pick(verbsOf(language)), recipient: pick(customerRecipients), topic, product, channel, position: pick(['before', 'after'] as const) }));
        }
      }
    }
  }
  out.push(...vendorFamily(), ...quantityFamily());
  const counts = new Map<string, number>();
  for (const probe of out) {
    const key = `${probe.family}/${probe.language}`;
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    probe.id = `${key}/${n}`;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// vendor (vendors19): another vendor or a distributor as the one acting, and Microsoft asked after another vendor

/** Vendors and distributors a reseller also sells; none of them is Microsoft. */
const OTHER_VENDORS: Record<Language, string[]> = {
  en: ['Google', 'AWS', 'Adobe', 'Salesforce', 'Sophos', 'Pax8'],
  de: ['Google', 'AWS', 'Adobe', 'Salesforce', 'Veeam', 'Pax8']
};

/**
 * Two crossings. *Another vendor acting*: every vendor with every verb and question form, on each kind of topic (about
 * a Microsoft product or not), with no channel or the partner's: not Microsoft's communication, so not covered.
 * *Microsoft after another vendor*: a sentence on what the vendor does, then the same question about Microsoft; the
 * verdict is Microsoft's for the topic (the vendor's sentence is context).
 */
function vendorFamily(): Probe[] {
  const out: Probe[] = [];
  for (const language of ['en', 'de'] as const) {
    const pick = rotor(language === 'en' ? 41 : 43);
    const topics = TOPICS[language];
    const vendorActor = (name: string): Actor => ({ id: `vendor-${name.toLowerCase()}`, en: { name, plural: false }, de: { name, plural: false } });
    for (const name of OTHER_VENDORS[language]) {
      const actor = vendorActor(name);
      for (const verb of verbsOf(language)) {
        for (const kind of ['billing', 'operational', 'marketing'] as const) {
          const topic = pick(topics.filter((t) => t.kind === kind));
          const channel = pick([NO_CHANNEL, ...CHANNELS[language].filter((c) => c.kind === 'csp')]);
          const choice: Choice = { language, form: pick(FORMS.filter((f) => f !== 'who')), actor, verb, recipient: pick(customerRecipients), topic, product: pick(PRODUCTS), channel, position: pick(['before', 'after'] as const) };
          const probe = build('vendor', choice);
          if (!probe) continue;
          probe.accept = ['not-covered'];
          probe.parts.actor = actor.id;
          probe.parts.crossing = 'vendor-acts';
          out.push(probe);
        }
      }
      // the same question about Microsoft after a sentence on what the vendor does
      for (const kind of ['billing', 'operational', 'marketing'] as const) {
        for (const form of ['will', 'does', 'may'] as const) {
          const topic = pick(topics.filter((t) => t.kind === kind));
          const verb = pick(verbsOf(language));
          const recipient = pick(customerRecipients);
          const product = pick(PRODUCTS);
          const microsoft = build('vendor', { language, form, actor: ACTORS[0]!, verb, recipient, topic, product, channel: NO_CHANNEL, position: 'before' });
          if (!microsoft) continue;
          const vendorSays =
            language === 'en'
              ? `${name} ${EN_VERBS.find((v) => v.id === verb)!.third} its customers directly ${kind === 'operational' ? 'about outages' : kind === 'billing' ? 'about invoices' : 'about offers'}.`
              : `${name} schreibt die Kunden ${kind === 'operational' ? 'bei Störungen' : kind === 'billing' ? 'wegen Rechnungen' : 'mit Angeboten'} selbst an.`;
          microsoft.question = `${vendorSays} ${microsoft.question}`;
          microsoft.parts.actor = actor.id;
          microsoft.parts.crossing = 'microsoft-after-vendor';
          out.push(microsoft);
        }
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// quantity (vendors19): how many were bought, said before the product, with the channel after it

const QUANTITIES: Record<Language, string[]> = {
  en: ['a few', 'a couple of', 'several', 'two extra', 'some additional', 'a handful of', '25'],
  de: ['ein paar', 'einige', 'mehrere', 'zwei zusätzliche', 'weitere', '25']
};

/**
 * Every quantity with every product, bought directly, with a credit card or through the partner, on a billing topic:
 * the quantity changes nothing (direct or card: yes; through us: no).
 */
function quantityFamily(): Probe[] {
  const out: Probe[] = [];
  for (const language of ['en', 'de'] as const) {
    const pick = rotor(language === 'en' ? 53 : 59);
    const billing = TOPICS[language].filter((t) => t.kind === 'billing');
    const ways =
      language === 'en'
        ? [
            { id: 'directly', kind: 'direct' as const, text: (q: string, p: string) => `The customer bought ${q} ${p} licences directly from Microsoft.` },
            { id: 'card', kind: 'direct' as const, text: (q: string, p: string) => `The customer bought ${q} ${p} licences with a credit card.` },
            { id: 'through-us', kind: 'csp' as const, text: (q: string, p: string) => `The customer bought ${q} ${p} licences through us.` }
          ]
        : [
            { id: 'direkt', kind: 'direct' as const, text: (q: string, p: string) => `Der Kunde hat ${q} Lizenzen für ${p} direkt bei Microsoft gekauft.` },
            { id: 'karte', kind: 'direct' as const, text: (q: string, p: string) => `Der Kunde hat ${q} Lizenzen für ${p} mit Kreditkarte gekauft.` },
            { id: 'ueber-uns', kind: 'csp' as const, text: (q: string, p: string) => `Der Kunde hat ${q} Lizenzen für ${p} über uns gekauft.` }
          ];
    for (const quantity of QUANTITIES[language]) {
      for (const product of PRODUCTS) {
        for (const way of ways) {
          const topic = pick(billing);
          const question = build('quantity', { language, form: pick(['will', 'does', 'may'] as const), actor: ACTORS[0]!, verb: pick(verbsOf(language)), recipient: pick(customerRecipients), topic, product, channel: NO_CHANNEL, position: 'before' });
          if (!question) continue;
          const accept = acceptedVerdicts('customer', 'billing', way.kind);
          if (!accept) continue;
          out.push({ ...question, question: `${way.text(quantity, product)} ${question.question}`, accept, parts: { ...question.parts, quantity, channel: way.id, channelKind: way.kind } });
        }
      }
    }
  }
  return out;
}
