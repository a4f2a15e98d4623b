import type { Language, Localized } from '../language/language';
import type { Verdict } from './rule';

/** The bot's own words around the policy's: headlines, depends prompts and cases, canned follow-up questions. */
export const headlines: Record<Verdict, Localized> = {
  no: { en: 'No: Microsoft will not contact your customer about this', de: 'Nein: Microsoft kontaktiert Ihren Kunden dazu nicht' },
  yes: { en: 'Yes: Microsoft may contact your customer directly', de: 'Ja: Microsoft darf Ihren Kunden direkt kontaktieren' },
  depends: { en: 'It depends', de: 'Das kommt darauf an' },
  applies: { en: 'Where this policy applies', de: 'Wo diese Richtlinie gilt' },
  'not-covered': { en: 'Not covered by this policy', de: 'Nicht von dieser Richtlinie abgedeckt' }
};

export const dependsSummaries = {
  topic: {
    en: 'It depends on what Microsoft would contact your customer about. In general, all communication comes from you, the CSP partner; Microsoft contacts the customer directly only about operational matters such as service incidents, and about products the customer has directly with Microsoft.',
    de: 'Das hängt davon ab, worum es geht. Grundsätzlich kommt die gesamte Kommunikation von Ihnen als CSP-Partner; direkt meldet sich Microsoft nur zu betrieblichen Themen wie Dienstvorfällen und zu Produkten, die der Kunde direkt bei Microsoft hat.'
  },
  ownRelationship: {
    en: 'It depends on whether the customer has its own commercial relationship with Microsoft. If it does, Microsoft keeps talking to them about those non-CSP products and services; what they buy through you is yours to communicate.',
    de: 'Das hängt davon ab, ob der Kunde eine eigene Geschäftsbeziehung mit Microsoft hat. Dann spricht Microsoft mit ihm weiterhin über diese Nicht-CSP-Produkte und -Dienste; was er über Sie bezieht, kommunizieren Sie.'
  },
  productChannel: {
    en: 'It depends on how the customer bought it. Bought through you in CSP, its subscription communication is yours; bought directly from Microsoft, Microsoft keeps communicating with the customer about it.',
    de: 'Das hängt davon ab, wie der Kunde es bezogen hat. Über Sie im CSP bezogen, kommunizieren Sie zum Abonnement; direkt bei Microsoft gekauft, kommuniziert Microsoft dazu weiterhin mit dem Kunden.'
  }
} satisfies Record<string, Localized>;

export const dependsPrompts = {
  topic: { en: 'What is it about?', de: 'Worum geht es?' },
  ownRelationship: {
    en: 'Does the customer have its own commercial relationship with Microsoft?',
    de: 'Hat der Kunde eine eigene Geschäftsbeziehung mit Microsoft?'
  },
  productChannel: { en: 'How did the customer buy it?', de: 'Wie hat der Kunde es bezogen?' }
} satisfies Record<string, Localized>;

export const caseLabels = {
  billing: { en: 'Billing, prices, renewals or other subscription matters', de: 'Rechnung, Preise, Verlängerung oder andere Abonnementthemen' },
  operational: { en: 'Service incidents, outages or other operational information', de: 'Dienstvorfälle, Ausfälle oder andere betriebliche Informationen' },
  directProducts: { en: 'Products the customer has directly with Microsoft', de: 'Produkte, die der Kunde direkt bei Microsoft hat' },
  ownRelationshipYes: { en: 'The customer has its own relationship with Microsoft', de: 'Der Kunde hat eine eigene Geschäftsbeziehung mit Microsoft' },
  ownRelationshipNo: { en: 'The customer buys only through you', de: 'Der Kunde bezieht alles über Sie' },
  boughtThroughCsp: { en: 'Bought through you in CSP', de: 'Über Sie im CSP bezogen' },
  boughtDirectly: { en: 'Bought directly from Microsoft', de: 'Direkt bei Microsoft gekauft' }
} satisfies Record<string, Localized>;

/** Canned questions behind buttons; each is answered from its facts, never re-read. */
export const cannedQuestions = {
  billing: {
    label: { en: 'Billing or subscriptions', de: 'Rechnung oder Abonnement' },
    question: { en: 'Can Microsoft contact my customer about billing or their subscriptions?', de: 'Darf Microsoft meinen Kunden zu Rechnung oder Abonnement kontaktieren?' }
  },
  operational: {
    label: { en: 'Outages and incidents', de: 'Ausfälle und Vorfälle' },
    question: { en: 'Can Microsoft contact my customer about a service outage or incident?', de: 'Darf Microsoft meinen Kunden wegen eines Dienstausfalls oder Vorfalls kontaktieren?' }
  },
  directProducts: {
    label: { en: 'Products bought directly', de: 'Direkt gekaufte Produkte' },
    question: {
      en: 'My customer also has its own contract with Microsoft. Can Microsoft contact them about those products?',
      de: 'Mein Kunde hat auch einen eigenen Vertrag mit Microsoft. Darf Microsoft ihn zu diesen Produkten kontaktieren?'
    }
  },
  cspOnly: {
    label: { en: 'Everything through us', de: 'Alles über uns' },
    question: {
      en: 'My customer buys everything through us in CSP. Can Microsoft contact them about their products?',
      de: 'Mein Kunde bezieht alles über uns im CSP. Darf Microsoft ihn zu seinen Produkten kontaktieren?'
    }
  },
  general: {
    label: { en: 'Who talks to the customer?', de: 'Wer spricht mit dem Kunden?' },
    question: { en: 'In general, who communicates with a CSP customer?', de: 'Wer kommuniziert grundsätzlich mit einem CSP-Kunden?' }
  },
  appliesTo: {
    label: { en: 'Where it applies', de: 'Wo sie gilt' },
    question: { en: 'Where does this policy apply?', de: 'Wo gilt diese Richtlinie?' }
  }
} satisfies Record<string, { label: Localized; question: Localized }>;
export type CannedQuestion = keyof typeof cannedQuestions;

export const notCoveredSummaries = {
  'off-topic': {
    en: 'This bot answers one question: when Microsoft communicates directly with a CSP partner’s customers, from the Partner Center policy. Your question is not about that, so I can’t answer it from the policy. Try one of these:',
    de: 'Dieser Bot beantwortet eine Frage: wann Microsoft direkt mit den Kunden eines CSP-Partners kommuniziert, nach der Partner-Center-Richtlinie. Ihre Frage betrifft das nicht, daher kann ich sie nicht aus der Richtlinie beantworten. Versuchen Sie zum Beispiel:'
  },
  unclear: {
    en: 'I’m not sure what you are asking, and I won’t guess on a compliance question. Did you mean one of these?',
    de: 'Ich bin nicht sicher, was Sie fragen, und rate bei einer Compliance-Frage nicht. Meinten Sie eine dieser Fragen?'
  }
} satisfies Record<string, Localized>;

export function pick(text: Localized, language: Language): string {
  return text[language];
}
