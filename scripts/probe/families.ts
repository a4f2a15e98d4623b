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

/**
 * The later kinds (probe19): 'message', a message the customer received from Microsoft (not a purchase); 'partner-direct',
 * the partner's own purchase from Microsoft; 'intends', the customer about to buy directly or its licences gone over to
 * Microsoft, said in reported German.
 */
type ChannelKind = 'none' | 'csp' | 'direct' | 'doubt' | 'lean' | 'message' | 'partner-direct' | 'intends';

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

/** A name or an abbreviation in capitals ("Contoso", "KD") keeps its capital inside a sentence. */
const keepsCapital = (subject: string): boolean => subject === 'Contoso' || /^[A-Z]{2}/.test(subject);

function channelSentence(choice: Choice): string {
  const subject = choice.recipient.subject[choice.language];
  const { sentence } = choice.channel;
  // The subject keeps its capital only where it opens the sentence ("Für Visio hat der Kunde …").
  const inside = sentence.startsWith('{S}') || keepsCapital(subject) ? subject : subject.charAt(0).toLowerCase() + subject.slice(1);
  return sentence.replace('{S}', inside).replace('{P}', choice.product);
}

function topicText(choice: Choice): string {
  const { language, channel, product, position, recipient } = choice;
  let x = product;
  if (position === 'clause' && channel.rel) {
    const subject = recipient.subject[language];
    const lower = keepsCapital(subject) ? subject : subject.charAt(0).toLowerCase() + subject.slice(1);
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
  if (topic === 'operational') return channel === 'partner-direct' ? ['yes', 'depends'] : ['yes'];
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
    // The later kinds (laterFamilies below; why each verdict, there).
    case 'message':
      return ['depends'];
    case 'partner-direct':
      return ['depends', 'not-covered'];
    case 'intends':
      return ['depends', 'yes'];
  }
}

function build(family: string, choice: Choice, only?: Verdict[]): Probe | null {
  const { language, channel, position, recipient, actor } = choice;
  if (language === 'de' && !recipient.de) return null;
  if (position === 'clause' && !channel.rel) return null;
  if (position === 'clause' && !choice.topic.text.includes('{X}')) return null;
  // A pronoun needs the customer named before it.
  if (recipient.pronoun && !(channel.kind !== 'none' && position === 'before')) return null;
  const accept = only ?? acceptedVerdicts(recipient.kind, choice.topic.kind, channel.kind);
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
  out.push(...laterFamilies());
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

// ---------------------------------------------------------------------------------------------------------------
// The later families (probe19, 2026-12-06): what the developers noticed and left alone the session before. Each part
// was written for the probe from RULES.md; none is taken from a corpus file.
//
//   received  A message the customer RECEIVED from Microsoft is no purchase: "received an invoice for Visio directly
//             from Microsoft", "hat eine Rechnung … direkt von Microsoft erhalten". A billing message is the hint
//             RULES.md names ("Microsoft having already written to the customer about it with the asker wondering
//             whether that was allowed"): depends, whether the asker asks "is that allowed?" or asks on about the
//             product's billing; never the yes of a purchase nor the no of the assumed channel. A message about an
//             operational matter hints at nothing (Microsoft writes so to CSP customers too): "is that allowed?" is
//             yes, and a billing question after it keeps the assumed channel, no. The licences or the subscription
//             received directly, and "bought / bezieht … direkt von Microsoft", are the purchase: yes on billing.
//   partner   The PARTNER's own purchase from Microsoft ("we buy Visio directly from Microsoft", "die Lizenzen, die wir
//             direkt von Microsoft beziehen"). RULES.md settles neither reading: it is not the customer's own
//             agreement (non-csp-relationship speaks of customers with their own relationship), and it is not plainly
//             CSP either (a partner's own licences are not the customer's subscription; a direct-bill partner also
//             buys from Microsoft). So on billing the accepted answers are depends or not-covered, never a confident
//             yes or no; on an operational topic yes (whatever the channel) or depends; the partner reached is
//             not-covered as always.
//   relayed   A customer's own question relayed in its first person ("Customer asks: will I get …", "Kunde fragt:
//             bekomme ich …") or reported in the third ("she wants to know if Microsoft will email her …"): the
//             customer's "I", "me", "we", "ich", "mir", "uns" is the one reached, not the partner; the channel said in
//             the customer's voice ("I bought Visio through you", "ich habe Visio direkt bei Microsoft gekauft")
//             counts as said by the asker. Verdicts as for the customer.
//   othervendor Another vendor or a distributor as the one acting (Google, AWS, Adobe, Salesforce, TD SYNNEX, ALSO):
//             the page covers only Microsoft, so not-covered whatever the topic. "Google does X. Does Microsoft do
//             that too?" asks about Microsoft: the verdict of the same question about Microsoft.
//   short     Abbreviations of the one acting (MS, MSFT), the customer (cust, Kd., KD), the topic (inv, sub, lic; Rg.,
//             Vertr., Kdg.), the product (M365, D365, O365) and the channel (EA, MCA, NCE, PC for Partner Center;
//             "eigener Vertr."; NCE only as the partner's channel, since it names CSP's way of selling), and reported German in the Konjunktiv ("ob MS ihn … anschreiben würde / werde / dürfe", "er
//             habe … gekauft", "er wolle … künftig direkt einkaufen", "die Lizenzen seien … abgeflossen"). Verdicts as
//             for the words written out; "wolle … einkaufen" and "abgeflossen seien" (a purchase about to be or just
//             moved) accept depends or yes, as the leaning channels do.

const SHORT_PRODUCTS = ['M365', 'D365 Sales', 'O365 E3', 'M365 BP'] as const;

interface Later {
  id: string;
  kind: ChannelKind;
  sentence: string;
  rel?: string;
  /** For a message received: what it was about. */
  about?: TopicKind;
}

const RECEIPTS: Record<Language, Later[]> = {
  en: [
    { id: 'invoice-received', kind: 'message', about: 'billing', sentence: '{S} received an invoice for {P} directly from Microsoft.' },
    { id: 'renewal-mail', kind: 'message', about: 'billing', sentence: '{S} got a mail about the {P} renewal directly from Microsoft.' },
    { id: 'price-notice', kind: 'message', about: 'billing', sentence: '{S} was sent a price notice for {P} directly by Microsoft.' },
    { id: 'letter', kind: 'message', about: 'billing', sentence: '{S} has received a letter from Microsoft about the {P} subscription.' },
    { id: 'outage-mail', kind: 'message', about: 'operational', sentence: '{S} received a mail about a {P} outage directly from Microsoft.' },
    { id: 'licences-received', kind: 'direct', sentence: '{S} received the {P} licences directly from Microsoft.' },
    { id: 'subscription-got', kind: 'direct', sentence: '{S} got the {P} subscription directly from Microsoft.' },
    { id: 'bought', kind: 'direct', sentence: '{S} bought {P} directly from Microsoft.' },
    { id: 'buys', kind: 'direct', sentence: '{S} buys {P} directly from Microsoft.' }
  ],
  de: [
    { id: 'rechnung-erhalten', kind: 'message', about: 'billing', sentence: '{S} hat eine Rechnung für {P} direkt von Microsoft erhalten.' },
    { id: 'mail-bekommen', kind: 'message', about: 'billing', sentence: '{S} hat direkt von Microsoft eine Mail zur Verlängerung von {P} bekommen.' },
    { id: 'zugeschickt', kind: 'message', about: 'billing', sentence: '{S} hat die Rechnung für {P} direkt von Microsoft zugeschickt bekommen.' },
    { id: 'schreiben', kind: 'message', about: 'billing', sentence: '{S} hat von Microsoft ein Schreiben zur Preiserhöhung für {P} erhalten.' },
    { id: 'stoerungsmail', kind: 'message', about: 'operational', sentence: '{S} hat direkt von Microsoft eine Mail zu einer Störung bei {P} erhalten.' },
    { id: 'lizenzen-erhalten', kind: 'direct', sentence: '{S} hat die Lizenzen für {P} direkt von Microsoft erhalten.' },
    { id: 'abo-bekommen', kind: 'direct', sentence: '{S} hat das Abo für {P} direkt von Microsoft bekommen.' },
    { id: 'bezieht', kind: 'direct', sentence: '{S} bezieht {P} direkt von Microsoft.' },
    { id: 'gekauft', kind: 'direct', sentence: '{S} hat {P} direkt bei Microsoft gekauft.' }
  ]
};

const ALLOWED: Record<Language, string[]> = {
  en: ['Is that allowed?', 'May Microsoft do that?', 'Is Microsoft allowed to do that?', 'Can Microsoft just do that?'],
  de: ['Darf Microsoft das?', 'Ist das erlaubt?', 'Darf Microsoft das überhaupt?', 'Ist das so in Ordnung?']
};

const PARTNER_BUYS: Record<Language, Later[]> = {
  en: [
    { id: 'we-buy', kind: 'partner-direct', sentence: 'We buy {P} directly from Microsoft.', rel: 'we buy directly from Microsoft' },
    { id: 'we-get', kind: 'partner-direct', sentence: 'We get the {P} licences straight from Microsoft.', rel: 'that we get straight from Microsoft' },
    { id: 'we-purchased', kind: 'partner-direct', sentence: 'We purchased {P} directly from Microsoft ourselves.', rel: 'that we purchased directly from Microsoft' },
    { id: 'our-own', kind: 'partner-direct', sentence: 'We have {P} under our own direct agreement with Microsoft.', rel: 'we hold under our own agreement with Microsoft' }
  ],
  de: [
    { id: 'wir-beziehen', kind: 'partner-direct', sentence: 'Wir beziehen {P} direkt von Microsoft.', rel: 'die wir direkt von Microsoft beziehen' },
    { id: 'wir-kaufen', kind: 'partner-direct', sentence: 'Wir kaufen {P} direkt bei Microsoft ein.', rel: 'die wir direkt bei Microsoft einkaufen' },
    { id: 'beziehen-wir', kind: 'partner-direct', sentence: 'Die Lizenzen für {P} beziehen wir direkt von Microsoft.', rel: 'die wir direkt bei Microsoft gekauft haben' },
    { id: 'eigener-vertrag', kind: 'partner-direct', sentence: 'Wir haben {P} über unseren eigenen Vertrag mit Microsoft.', rel: 'die wir über unseren eigenen Vertrag mit Microsoft haben' }
  ]
};

/** The customer speaking: "me" / "mich", "us" / "uns" (the customer's own us), and the customer's channel. */
const ME: Recipient = { id: 'me', kind: 'customer', en: 'me', de: { acc: 'mich', dat: 'mir', bei: 'bei mir' }, subject: { en: 'I', de: 'Ich' } };
const WE: Recipient = { id: 'we', kind: 'customer', en: 'us', de: { acc: 'uns', dat: 'uns', bei: 'bei uns' }, subject: { en: 'We', de: 'Wir' } };

const CUSTOMER_VOICE: Record<Language, Channel[]> = {
  en: [
    { id: 'i-through-you', kind: 'csp', sentence: 'I bought {P} through you.' },
    { id: 'i-direct', kind: 'direct', sentence: 'I bought {P} directly from Microsoft.' },
    { id: 'our-ea', kind: 'direct', sentence: 'We have {P} under our own Enterprise Agreement.' }
  ],
  de: [
    { id: 'ueber-euch', kind: 'csp', sentence: 'Ich habe {P} über euch gekauft.' },
    { id: 'ich-direkt', kind: 'direct', sentence: 'Ich habe {P} direkt bei Microsoft gekauft.' },
    { id: 'unser-ea', kind: 'direct', sentence: 'Wir haben {P} über ein eigenes Enterprise Agreement mit Microsoft.' }
  ]
};

const RELAY_FRAMES: Record<Language, { id: string; text: string }[]> = {
  en: [
    { id: 'asks-colon', text: 'Customer asks: {Q}' },
    { id: 'quoted', text: 'My customer is asking: "{Q}"' },
    { id: 'question-from', text: 'Question from the customer: {Q}' },
    { id: 'wants-to-know', text: 'The customer wants to know: {Q}' }
  ],
  de: [
    { id: 'fragt-colon', text: 'Kunde fragt: {Q}' },
    { id: 'quoted', text: 'Der Kunde will wissen: „{Q}“' },
    { id: 'frage-vom', text: 'Frage vom Kunden: {Q}' },
    { id: 'kd-fragt', text: 'Die Kundin fragt uns: {Q}' }
  ]
};

/** The first-person questions with no verb of contacting: "Will I get an email from Microsoft about …?" */
const GETTING: Record<Language, { id: string; text: string }[]> = {
  en: [
    { id: 'will-i-get', text: 'Will I get an email from Microsoft {T}?' },
    { id: 'hear-from', text: 'Am I going to hear from Microsoft {T}?' },
    { id: 'do-we-get', text: 'Do we get mail from Microsoft {T}?' }
  ],
  de: [
    { id: 'bekomme-ich', text: 'Bekomme ich von Microsoft eine Mail {T}?' },
    { id: 'kriege-ich', text: 'Kriege ich {T} Post von Microsoft?' },
    { id: 'bekommen-wir', text: 'Bekommen wir {T} eine Nachricht von Microsoft?' }
  ]
};

/** Reported in the third person: "She wants to know if Microsoft will email her …" */
const REPORTED: Record<Language, { id: string; who: string; recipient: Recipient }[]> = {
  en: [
    { id: 'she', who: 'She wants to know if', recipient: { id: 'her', kind: 'customer', en: 'her', subject: { en: 'She', de: 'Sie' } } },
    { id: 'he-asked', who: 'The customer asked me whether', recipient: { id: 'him', kind: 'customer', en: 'him', subject: { en: 'He', de: 'Er' } } },
    { id: 'they-ask', who: 'The client is asking whether', recipient: { id: 'them', kind: 'customer', en: 'them', subject: { en: 'They', de: 'Sie' } } }
  ],
  de: [
    { id: 'sie', who: 'Sie möchte wissen, ob', recipient: { id: 'ihr', kind: 'customer', de: { acc: 'sie', dat: 'ihr', bei: 'bei ihr' }, subject: { en: 'She', de: 'Sie' } } },
    { id: 'er-fragt', who: 'Der Kunde hat gefragt, ob', recipient: { id: 'ihn', kind: 'customer', de: { acc: 'ihn', dat: 'ihm', bei: 'bei ihm' }, subject: { en: 'He', de: 'Er' } } },
    { id: 'kundin', who: 'Die Kundin will wissen, ob', recipient: { id: 'sie-kundin', kind: 'customer', de: { acc: 'sie', dat: 'ihr', bei: 'bei ihr' }, subject: { en: 'She', de: 'Sie' } } }
  ]
};

interface Vendor {
  id: string;
  name: string;
  /** A product of its own, or a Microsoft product for a distributor. */
  product: string;
}

const VENDORS: Vendor[] = [
  { id: 'google', name: 'Google', product: 'Google Workspace' },
  { id: 'aws', name: 'AWS', product: 'EC2' },
  { id: 'adobe', name: 'Adobe', product: 'Acrobat' },
  { id: 'salesforce', name: 'Salesforce', product: 'Sales Cloud' },
  { id: 'td-synnex', name: 'TD SYNNEX', product: 'Visio' },
  { id: 'also', name: 'ALSO', product: 'Power BI' }
];

const vendorActor = (v: Vendor): Actor => ({ id: v.id, en: { name: v.name, plural: false }, de: { name: v.name, plural: false } });

const COMPARE: Record<Language, { id: string; text: string }[]> = {
  en: [
    { id: 'do-that-too', text: '{V}. Does Microsoft do that too?' },
    { id: 'and-microsoft', text: '{V}. What about Microsoft?' },
    { id: 'as-well', text: '{V}, does Microsoft as well?' },
    { id: 'same-q', text: '{V}. {Q}' }
  ],
  de: [
    { id: 'auch', text: '{V}. Macht Microsoft das auch?' },
    { id: 'und-microsoft', text: '{V}. Und Microsoft?' },
    { id: 'ebenfalls', text: '{V}, tut Microsoft das ebenfalls?' },
    { id: 'same-q', text: '{V}. {Q}' }
  ]
};

const SHORT_ACTORS: Actor[] = [
  { id: 'ms', en: { name: 'MS', plural: false }, de: { name: 'MS', plural: false } },
  { id: 'msft', en: { name: 'MSFT', plural: false }, de: { name: 'MSFT', plural: false } }
];

const SHORT_RECIPIENTS: Recipient[] = [
  { id: 'cust', kind: 'customer', en: 'the cust', de: { acc: 'den Kd.', dat: 'dem Kd.', bei: 'beim Kd.' }, subject: { en: 'The cust', de: 'Der Kd.' } },
  { id: 'kd', kind: 'customer', en: 'cust', de: { acc: 'den KD', dat: 'dem KD', bei: 'beim KD' }, subject: { en: 'Cust', de: 'KD' } }
];

const SHORT_TOPICS: Record<Language, Topic[]> = {
  en: [
    { id: 'inv', kind: 'billing', text: 'about the inv for {X}' },
    { id: 'sub-renewal', kind: 'billing', text: 'about the sub renewal for {X}' },
    { id: 'lic-count', kind: 'billing', text: 'about the lic count of {X}' },
    { id: 'outage', kind: 'operational', text: 'about an outage of {P}' },
    { id: 'maint', kind: 'operational', text: 'about planned maint of {P}' }
  ],
  de: [
    { id: 'rg', kind: 'billing', text: 'wegen der Rg. für {X}' },
    { id: 'abo-kdg', kind: 'billing', text: 'wegen der Abo-Kdg. für {X}' },
    { id: 'vertr-verlaengerung', kind: 'billing', text: 'wegen der Vertr.-Verlängerung für {X}' },
    { id: 'ausfall', kind: 'operational', text: 'wegen eines Ausfalls von {P}' },
    { id: 'wartung', kind: 'operational', text: 'wegen einer geplanten Wartung von {P}' }
  ]
};

const SHORT_CHANNELS: Record<Language, Channel[]> = {
  en: [
    { id: 'own-ea', kind: 'direct', sentence: '{S} has {P} under its own EA.', rel: '{S} has under its own EA' },
    { id: 'own-mca', kind: 'direct', sentence: '{S} buys {P} via its own MCA with MS.' },
    { id: 'direct-ms', kind: 'direct', sentence: '{S} bought {P} direct from MS.', rel: '{S} bought direct from MS' },
    { id: 'not-in-pc', kind: 'doubt', sentence: "{P} isn't in our PC." },
    { id: 'csp-nce', kind: 'csp', sentence: '{S} has {P} through our CSP, NCE annual.' },
    { id: 'via-us', kind: 'csp', sentence: '{S} gets {P} via us.', rel: '{S} gets via us' }
  ],
  de: [
    { id: 'eigenes-ea', kind: 'direct', sentence: '{S} hat {P} über ein eigenes EA.', rel: 'die {S} über ein eigenes EA hat' },
    { id: 'eigener-vertr', kind: 'direct', sentence: 'Für {P} hat {S} einen eigenen Vertr. mit MS.' },
    { id: 'mca-direkt', kind: 'direct', sentence: '{S} hat {P} per MCA direkt bei MS.', rel: 'die {S} per MCA direkt bei MS hat' },
    { id: 'nicht-im-pc', kind: 'doubt', sentence: '{P} ist nicht in unserem PC.' },
    { id: 'csp-nce', kind: 'csp', sentence: '{S} bezieht {P} über uns (CSP, NCE).', rel: 'die {S} über uns bezieht' }
  ]
};

/** German reported speech in the Konjunktiv: the customer asks "ob MS ihn … anschreiben würde". */
const KONJUNKTIV_AUX = ['würde', 'werde', 'dürfe', 'könne'] as const;

const KONJUNKTIV_CHANNELS: Channel[] = [
  { id: 'habe-gekauft', kind: 'direct', sentence: 'Er sagt, er habe {P} direkt bei Microsoft gekauft.' },
  { id: 'beziehe-ueber-uns', kind: 'csp', sentence: 'Er sagt, er beziehe {P} über uns.' },
  { id: 'wolle-einkaufen', kind: 'intends', sentence: 'Er sagt, er wolle {P} künftig direkt bei Microsoft einkaufen.' },
  { id: 'abgeflossen', kind: 'intends', sentence: 'Er sagt, die Lizenzen für {P} seien direkt zu Microsoft abgeflossen.' },
  { id: 'habe-erhalten', kind: 'message', sentence: 'Er sagt, er habe eine Rechnung für {P} direkt von Microsoft erhalten.' },
  { id: 'wisse-nicht', kind: 'doubt', sentence: 'Er sagt, er wisse nicht, ob {P} über uns laufe.' }
];

const HIM: Recipient = { id: 'ihn', kind: 'customer', de: { acc: 'ihn', dat: 'ihm', bei: 'bei ihm' }, subject: CUSTOMER };

function englishObject(choice: Choice): { verb: EnVerb; object: string } {
  const verb = EN_VERBS.find((v) => v.id === choice.verb)!;
  return { verb, object: `${choice.recipient.en!}${verb.after ? ` ${verb.after}` : ''} ${topicText(choice).replace(/,$/, '')}` };
}

const tidyDe = (text: string): string => text.replace(/,\s*([.?])/, '$1').replace(/,\s*,/g, ',').replace(/\s+/g, ' ').replace(/ ,/g, ',');

function laterProbe(family: string, language: Language, question: string, accept: Verdict[] | null, parts: Record<string, string>): Probe | null {
  return accept ? { id: '', family, language, question, accept, parts } : null;
}

function withChannel(question: string, sentence: string, position: 'before' | 'after'): string {
  return position === 'before' ? `${capitalise(sentence)} ${question}` : `${question} ${capitalise(sentence)}`;
}

function laterFamilies(): Probe[] {
  const out: Probe[] = [];
  const push = (probe: Probe | null): void => {
    if (probe) out.push(probe);
  };
  for (const language of ['en', 'de'] as const) {
    const pick = rotor(language === 'en' ? 19 : 31);
    const topics = TOPICS[language];
    const billing = topics.filter((t) => t.kind === 'billing');
    const operational = topics.filter((t) => t.kind === 'operational');
    const customers = customerRecipients.filter((r) => language === 'en' || r.de);
    const question = (choice: Choice): string => {
      const q = language === 'en' ? englishQuestion(choice) : germanQuestion(choice);
      return choice.actor.clarify && choice.form !== 'who' ? `${q} ${choice.actor.clarify[language]}` : q;
    };
    const forms = FORMS.filter((f) => f !== 'who');

    // received: every receipt with every product, asked "is that allowed?" (messages) and on a billing and an
    // operational topic, the receipt before the question (the customer then "them" / "ihn") or after it.
    for (const receipt of RECEIPTS[language]) {
      for (const product of PRODUCTS) {
        // One customer throughout: named in the receipt, then "them" / "ihn" after it or named again before it (a
        // company is "sie" in German, so the German pronoun follows a masculine customer only).
        const customer = pick(language === 'en' ? customers : customers.filter((r) => r.id !== 'company'));
        const sentence = receipt.sentence.replace('{S}', customer.subject[language]).replace('{P}', product);
        if (receipt.kind === 'message') {
          const allowed = pick(ALLOWED[language]);
          push(laterProbe('received', language, `${sentence} ${allowed}`, receipt.about === 'operational' ? ['yes'] : ['depends'], { receipt: receipt.id, receiptKind: `${receipt.kind}/${receipt.about}`, asks: 'allowed', product }));
        }
        for (const topic of [pick(billing), pick(billing), pick(operational)]) {
          for (const position of ['before', 'after'] as const) {
            const recipient = position === 'before' ? RECIPIENTS.find((r) => r.pronoun)! : customer;
            const choice: Choice = { language, form: pick(FORMS), actor: pick(ACTORS), verb: pick(verbsOf(language)), recipient, topic, product, channel: NO_CHANNEL, position };
            const billingHint = receipt.kind === 'message' && receipt.about === 'billing';
            const accept: Verdict[] = topic.kind === 'operational' ? ['yes'] : billingHint ? ['depends'] : receipt.kind === 'direct' ? ['yes'] : ['no'];
            push(laterProbe('received', language, withChannel(question(choice), sentence, position), accept, { receipt: receipt.id, receiptKind: `${receipt.kind}/${receipt.about ?? '-'}`, asks: topic.kind, topic: topic.id, form: choice.form, actor: choice.actor.id, position, product }));
          }
        }
      }
    }

    // partner: the partner's own purchase in every position, with every product, to the customer on billing and
    // operational topics and to the partner.
    for (const channel of PARTNER_BUYS[language]) {
      for (const position of POSITIONS) {
        for (const product of PRODUCTS) {
          for (const topic of [pick(billing), pick(billing), pick(operational)]) {
            const recipient = pick([...customers, ...customers, RECIPIENTS.find((r) => r.id === 'the-partner')!]);
            push(build('partner', { language, form: pick(FORMS), actor: pick(ACTORS), verb: pick(verbsOf(language)), recipient, topic, product, channel: channel as Channel, position }));
          }
        }
      }
    }

    // relayed: every frame with the customer's "me" and "us", every form and verb in turn, on billing and operational
    // topics, with no channel or one in the customer's voice; the questions of getting; the third person reported.
    for (const frame of RELAY_FRAMES[language]) {
      for (const recipient of [ME, WE]) {
        for (const form of forms) {
          for (const topic of [pick(billing), pick(operational)]) {
            const channel = pick([NO_CHANNEL, NO_CHANNEL, ...CUSTOMER_VOICE[language]]);
            const choice: Choice = { language, form, actor: pick(ACTORS.filter((a) => !a.clarify)), verb: pick(verbsOf(language)), recipient, topic, product: pick(PRODUCTS), channel: NO_CHANNEL, position: 'before' };
            let q = question(choice);
            if (channel.kind !== 'none') q = `${channel.sentence.replace('{P}', choice.product)} ${q}`;
            push(laterProbe('relayed', language, frame.text.replace('{Q}', q), acceptedVerdicts('customer', topic.kind, channel.kind), { frame: frame.id, recipient: recipient.id, form, topic: topic.id, topicKind: topic.kind, channel: channel.id, verb: choice.verb }));
          }
        }
        for (const getting of GETTING[language]) {
          for (const topic of [pick(billing), pick(billing), pick(operational)]) {
            const channel = pick([NO_CHANNEL, ...CUSTOMER_VOICE[language]]);
            const product = pick(PRODUCTS);
            const choice: Choice = { language, form: 'does', actor: ACTORS[0]!, verb: 'email', recipient, topic, product, channel: NO_CHANNEL, position: 'before' };
            let q = getting.text.replace('{T}', topicText(choice).replace(/,$/, ''));
            if (language === 'de') q = tidyDe(q);
            if (channel.kind !== 'none') q = `${channel.sentence.replace('{P}', product)} ${q}`;
            push(laterProbe('relayed', language, frame.text.replace('{Q}', q), acceptedVerdicts('customer', topic.kind, channel.kind), { frame: frame.id, recipient: getting.id, form: 'getting', topic: topic.id, topicKind: topic.kind, channel: channel.id, verb: '-' }));
          }
        }
      }
    }
    for (const reported of REPORTED[language]) {
      for (const verb of verbsOf(language)) {
        for (const topic of [pick(billing), pick(operational)]) {
          const actor = pick(ACTORS.filter((a) => !a.clarify));
          const choice: Choice = { language, form: 'will', actor, verb, recipient: reported.recipient, topic, product: pick(PRODUCTS), channel: NO_CHANNEL, position: 'before' };
          let q: string;
          if (language === 'en') {
            const { verb: v, object } = englishObject(choice);
            q = `${reported.who} ${actor.en.name} will ${v.base} ${object}.`;
          } else {
            const v = DE_VERBS.find((x) => x.id === verb)!;
            q = tidyDe(`${reported.who} ${actor.de.name} ${v.mid(reported.recipient.de!, topicText(choice))} ${v.sub[0]}.`);
          }
          push(laterProbe('relayed', language, q, acceptedVerdicts('customer', topic.kind, 'none'), { frame: reported.id, recipient: reported.recipient.id, form: 'reported', topic: topic.id, topicKind: topic.kind, channel: 'none', verb }));
        }
      }
    }

    // vendor: every vendor as the one acting with every form, on a billing and an operational topic of its product;
    // then every vendor compared with Microsoft in every way, on each kind of topic.
    for (const vendor of VENDORS) {
      for (const form of forms) {
        for (const topic of [pick(billing), pick(operational)]) {
          const choice: Choice = { language, form, actor: vendorActor(vendor), verb: pick(verbsOf(language)), recipient: pick(customers), topic, product: vendor.product, channel: NO_CHANNEL, position: 'before' };
          push(laterProbe('othervendor', language, question(choice), ['not-covered'], { vendor: vendor.id, asks: 'vendor', form, topicKind: topic.kind, compare: '-' }));
        }
      }
      for (const compare of COMPARE[language]) {
        for (const topic of [pick(billing), pick(operational), pick(topics.filter((t) => t.kind === 'marketing'))]) {
          const recipient = pick(customers);
          const verb = pick(verbsOf(language));
          const vendorChoice: Choice = { language, form: 'right', actor: vendorActor(vendor), verb, recipient, topic, product: vendor.product, channel: NO_CHANNEL, position: 'before' };
          // The vendor's sentence: the "right?" form without its tag, as a statement.
          const said = question(vendorChoice).replace(language === 'en' ? /, right\?$/ : /, oder\?$/, '');
          const msProduct = vendor.id === 'td-synnex' || vendor.id === 'also' ? vendor.product : pick(PRODUCTS);
          const msChoice: Choice = { language, form: pick(['will', 'does', 'can'] as const), actor: ACTORS[0]!, verb, recipient, topic, product: msProduct, channel: NO_CHANNEL, position: 'before' };
          let q = compare.text.replace('{V}', said).replace('{Q}', question(msChoice).replace(/\?$/, language === 'en' ? ' too?' : ' auch?'));
          if (language === 'de' && compare.id === 'same-q') q = q.replace(/ auch\?$/, '?').replace(/^(.*?\. \S+ \S+)/, '$1 auch');
          push(laterProbe('othervendor', language, q, acceptedVerdicts('customer', topic.kind, 'none'), { vendor: vendor.id, asks: 'microsoft', form: compare.id, topicKind: topic.kind, compare: compare.id }));
        }
      }
    }

    // short: abbreviations for every part, crossed by channel × topic, the rest in turn; German reported speech in the
    // Konjunktiv with every auxiliary and channel.
    for (const channel of [NO_CHANNEL, ...SHORT_CHANNELS[language]]) {
      for (const topic of SHORT_TOPICS[language]) {
        for (const product of SHORT_PRODUCTS) {
          const position = channel.rel && topic.text.includes('{X}') ? pick(POSITIONS) : pick(['before', 'after'] as const);
          push(build('short', { language, form: pick(FORMS), actor: pick(SHORT_ACTORS), verb: pick(verbsOf(language)), recipient: pick(SHORT_RECIPIENTS), topic, product, channel, position }));
        }
      }
    }
    if (language === 'de') {
      for (const aux of KONJUNKTIV_AUX) {
        for (const channel of [NO_CHANNEL, ...KONJUNKTIV_CHANNELS]) {
          for (const topic of [pick(billing), pick(billing), pick(operational)]) {
            const verbId = pick(verbsOf('de'));
            const verb = DE_VERBS.find((v) => v.id === verbId)!;
            const actor = pick([...SHORT_ACTORS, ACTORS[0]!]);
            const product = pick([...PRODUCTS, ...SHORT_PRODUCTS]);
            const choice: Choice = { language, form: 'will', actor, verb: verb.id, recipient: HIM, topic, product, channel: NO_CHANNEL, position: 'before' };
            const subject = pick(['Der Kunde', 'Der Kd.', 'KD']);
            let q = tidyDe(`${subject} fragt, ob ${actor.de.name} ${verb.mid(HIM.de!, topicText(choice))} ${verb.inf} ${aux}.`);
            if (channel.kind !== 'none') q = `${q} ${channel.sentence.replace('{P}', product)}`;
            push(laterProbe('short', language, q, acceptedVerdicts('customer', topic.kind, channel.kind), { form: `konjunktiv-${aux}`, actor: actor.id, verb: verb.id, recipient: 'ihn', topic: topic.id, topicKind: topic.kind, product, channel: channel.id, channelKind: channel.kind, position: 'after' }));
          }
        }
      }
    }
  }
  return out;
}
