import { languageOfLocale, type Language } from '../language/language';
import { emptyFacts, type Facts, type Intent, type ProductChannel, type Topic, type TriState, type Understanding } from './facts';
import type { Concept } from './lexicon';
import { scan, type Match, type Scan } from './matcher';
import { normalize, tokenize } from './normalize';

export interface UnderstandOptions {
  /** Answer in this language whatever the question is written in. */
  language?: Language;
  /** The client's locale: decides the language only when the words leave it open. */
  locale?: string;
}

/** Longer input is read on its first characters only; the bot itself truncates earlier and says so. */
const MAX_READ_LENGTH = 2_000;

/** The concepts of one question with their token positions. */
class Found {
  private readonly byConcept = new Map<Concept, Match[]>();

  constructor(readonly scanned: Scan) {
    for (const match of scanned.matches) {
      const list = this.byConcept.get(match.concept);
      if (list) list.push(match);
      else this.byConcept.set(match.concept, [match]);
    }
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

  /** Some `first` at most `window` tokens before some `second` (or after it, when `ordered` is false). */
  near(first: Concept, second: Concept, window: number, ordered = false): boolean {
    const seconds = this.positions(second);
    return this.positions(first).some((a) =>
      seconds.some((b) => (ordered ? b > a && b - a <= window : a !== b && Math.abs(a - b) <= window))
    );
  }

  /** A negation shortly before any match of the concept. */
  negatedBefore(concept: Concept, window: number): boolean {
    return this.near('negation', concept, window, true);
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

function topicOf(found: Found): Topic {
  const billing = found.count('billing');
  const operational = found.count('operational') + 0.5 * found.count('operationalWeak');
  if (operational > 0 && operational >= billing) return 'operational';
  if (billing > 0) return 'billing';
  if (found.has('marketing')) return 'marketing';
  if (found.has('ever')) return 'none';
  if (found.has('general') || (found.has('ownership') && found.has('communicate'))) return 'general';
  if ((found.has('who') || found.has('duty')) && found.scanned.products.length === 0) return 'general';
  return 'none';
}

/** Does the question say the customer has its own commercial relationship with Microsoft? */
function ownRelationshipOf(found: Found): TriState {
  const boughtDirectly = found.near('direct', 'buy', 4);
  const directWithMicrosoft = found.near('direct', 'microsoft', 2, true);
  const directContract =
    found.near('direct', 'relationship', 1, true) || (found.near('direct', 'billing', 1, true) && found.has('existing'));
  const statedRelationship =
    found.has('relationship') && found.near('relationship', 'microsoft', 4) && found.has('existing');
  const agreement = found.has('ownAgreement');
  if (!(boughtDirectly || directWithMicrosoft || directContract || statedRelationship || agreement)) return 'unknown';
  const denied =
    found.negatedBefore('relationship', 4) || found.negatedBefore('ownAgreement', 4) || found.negatedBefore('direct', 3);
  return denied ? 'no' : 'yes';
}

function productChannelOf(found: Found, ownRelationship: TriState): ProductChannel {
  if (found.has('nonCsp')) return 'non-csp';
  if (found.has('throughUs')) return found.negatedBefore('throughUs', 4) ? 'non-csp' : 'csp';
  if (ownRelationship === 'yes' && (found.near('direct', 'buy', 4) || found.near('direct', 'billing', 1, true))) {
    return 'non-csp';
  }
  const cspProduct = found.scanned.products.some((product) => product.channel === 'csp');
  if (cspProduct || found.near('csp', 'billing', 2, true)) return 'csp';
  return 'unknown';
}

function intentOf(found: Found, topic: Topic): Intent {
  const appliesQuestion =
    found.has('apply') &&
    (found.has('scopeTarget') || ((found.has('policyRef') || found.has('where')) && (topic === 'none' || topic === 'general')));
  if (appliesQuestion) return 'applies-to';

  const hasTopic = topic === 'billing' || topic === 'operational' || topic === 'marketing';
  const communicates = found.has('communicate') || (found.has('receive') && (found.has('microsoft') || hasTopic));
  // "How do I …" is about the asker's own procedure unless it asks about Microsoft and the customer.
  const procedural = found.has('howTo') && !(found.has('microsoft') && found.has('customer'));
  if (!procedural) {
    if (communicates && (found.has('customer') || (found.has('microsoft') && hasTopic))) return 'communication';
    if (hasTopic && found.has('microsoft') && found.has('customer')) return 'communication';
    if ((communicates || found.has('customer') || found.has('microsoft')) && hasTopic && (found.has('who') || found.has('duty'))) {
      return 'communication';
    }
    if ((found.has('ownership') || found.has('general')) && found.has('communicate')) return 'communication';
  }
  const policySignal =
    hasTopic ||
    found.has('nonCsp') ||
    found.has('ownAgreement') ||
    (found.has('microsoft') && found.has('customer')) ||
    (found.has('apply') && found.has('policyRef'));
  if (procedural || found.has('smallTalk') || !policySignal) return 'off-topic';
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
  const topic = topicOf(found);
  const ownRelationship = ownRelationshipOf(found);
  const intent = intentOf(found, topic);
  const facts: Facts =
    intent === 'off-topic'
      ? emptyFacts()
      : {
          intent,
          topic: intent === 'applies-to' ? 'none' : topic,
          ownRelationship,
          productChannel: productChannelOf(found, ownRelationship),
          asksWhen: topic === 'none' && (found.has('ever') || found.has('when')),
          products: [...new Set(scanned.products.map((product) => product.name))]
        };
  return {
    language: detectLanguage(scanned, raw, options),
    facts,
    confidence: confidenceOf(found, facts)
  };
}
