import type { Language, Localized } from '../language/language';
import type { Facts, Topic } from '../understanding/facts';
import type { FollowUp, Reading } from './answer';

/**
 * How the bot read a question, in one line ("Read as: subscription matter · Microsoft 365 · bought through you
 * (assumed)"), so the user sees what decided the answer; and, where a deciding fact was assumed rather than said,
 * the one button that flips it and answers again.
 */
const words = {
  readAs: { en: 'Read as', de: 'Gelesen als' },
  topic: {
    billing: { en: 'subscription or billing matter', de: 'Abonnement- oder Rechnungsthema' },
    operational: { en: 'service incident or operational matter', de: 'Dienstvorfall oder betriebliches Thema' },
    marketing: { en: 'marketing or sales contact', de: 'Marketing oder Vertrieb' },
    general: { en: 'who communicates in general', de: 'wer grundsätzlich kommuniziert' },
    none: { en: 'no topic named', de: 'kein Thema genannt' }
  } satisfies Record<Topic, Localized>,
  when: { en: 'when Microsoft contacts customers at all', de: 'wann Microsoft Kunden überhaupt kontaktiert' },
  appliesTo: { en: 'where the policy applies', de: 'wo die Richtlinie gilt' },
  partnerRecipient: { en: 'what Microsoft sends you, the partner', de: 'was Microsoft Ihnen als Partner schickt' },
  askerActs: { en: 'you contacting Microsoft', de: 'Sie kontaktieren Microsoft' },
  botTask: { en: 'a task for the bot', de: 'eine Aufgabe für den Bot' },
  liveStatus: { en: 'the live state of a service', de: 'der aktuelle Zustand eines Dienstes' },
  unclear: { en: 'too little to read', de: 'zu wenig, um es zu lesen' },
  offTopic: { en: 'not about Microsoft contacting your customer', de: 'nicht dazu, wann Microsoft Ihren Kunden kontaktiert' },
  throughYou: { en: 'bought through you', de: 'über Sie bezogen' },
  assumed: { en: '(assumed)', de: '(angenommen)' },
  direct: { en: 'bought directly from Microsoft', de: 'direkt bei Microsoft gekauft' },
  ownAgreement: { en: 'customer has its own agreement with Microsoft', de: 'Kunde hat einen eigenen Vertrag mit Microsoft' },
  both: { en: 'bought both through you and directly', de: 'teils über Sie, teils direkt bezogen' },
  doubted: { en: 'unclear how it was bought', de: 'unklar, wie es bezogen wurde' },
  buysOnlyThroughYou: { en: 'customer buys only through you', de: 'Kunde bezieht nur über Sie' },
  flipToDirect: { en: 'Bought directly from Microsoft?', de: 'Direkt bei Microsoft gekauft?' }
} as const;

const separator = ' · ';

function topicPart(facts: Facts, language: Language): string {
  if (facts.topics.length > 1) return facts.topics.map((topic) => words.topic[topic][language]).join(' + ');
  if (facts.topic === 'none' && facts.asksWhen) return words.when[language];
  return words.topic[facts.topic][language];
}

function channelPart(facts: Facts, language: Language): string | undefined {
  if (facts.bothChannels) return words.both[language];
  if (facts.channelDoubted) return words.doubted[language];
  if (facts.productChannel === 'csp') return facts.channelAssumed ? `${words.throughYou[language]} ${words.assumed[language]}` : words.throughYou[language];
  if (facts.productChannel === 'non-csp') return words.direct[language];
  if (facts.ownRelationship === 'yes') return words.ownAgreement[language];
  if (facts.ownRelationship === 'no') return words.buysOnlyThroughYou[language];
  return undefined;
}

/** What was taken as decisive, or, for a question the policy does not answer, what it was taken to ask instead. */
function readingParts(facts: Facts, language: Language): string[] {
  if (facts.asks === 'asker-acts') return [words.askerActs[language]];
  if (facts.asks === 'bot-task') return [words.botTask[language]];
  if (facts.asks === 'live-status') return [words.liveStatus[language]];
  if (facts.recipient === 'partner') return [words.partnerRecipient[language]];
  if (facts.intent === 'off-topic') return [words.offTopic[language]];
  if (facts.intent === 'unclear') return [words.unclear[language]];
  if (facts.intent === 'applies-to') return [words.appliesTo[language]];
  const parts = [topicPart(facts, language)];
  if (facts.products.length > 0) parts.push(facts.products.map((product) => product.name).join(', '));
  const channel = channelPart(facts, language);
  if (channel) parts.push(channel);
  return parts;
}

/** The question a flip button asks: the same question, capped to what a card's ask button carries. */
const FLIP_QUESTION_MAX = 300;

export function readingOf(question: string, facts: Facts, language: Language): Reading {
  const text = `${words.readAs[language]}: ${readingParts(facts, language).join(separator)}`;
  if (!facts.channelAssumed || question.trim() === '') return { text };
  // The channel was taken as "through you" only because the question did not say: one click says otherwise.
  const flip: FollowUp = {
    label: words.flipToDirect[language],
    question: question.slice(0, FLIP_QUESTION_MAX),
    facts: { ...facts, productChannel: 'non-csp', ownRelationship: 'yes', channelAssumed: false, products: facts.products.map((product) => ({ ...product, channel: 'non-csp' })) }
  };
  return { text, flip };
}
