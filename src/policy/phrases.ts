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

/** The page says "In general" for partner-communicates: a "No" resting on it says so. */
export const generalHeadline: Localized = {
  en: 'In general, no: communication with your customer comes from you',
  de: 'Grundsätzlich nein: die Kommunikation mit Ihrem Kunden kommt von Ihnen'
};

/** A question too thin to read gets suggestions under this, not "Not covered". */
export const didYouMeanHeadline: Localized = { en: 'Did you mean …?', de: 'Meinten Sie …?' };

export const dependsSummaries = {
  topics: {
    en: 'Your question has more than one part, and the policy answers them differently: Microsoft may contact your customer directly about operational matters such as service incidents, but subscription matters and general or marketing contact come from you, the CSP partner.',
    de: 'Ihre Frage hat mehrere Teile, und die Richtlinie beantwortet sie unterschiedlich: Zu betrieblichen Themen wie Dienstvorfällen darf Microsoft Ihren Kunden direkt kontaktieren; Abonnementthemen und allgemeine oder Marketing-Kommunikation kommen von Ihnen als CSP-Partner.'
  },
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
  topics: { en: 'Which part do you mean?', de: 'Welchen Teil meinen Sie?' },
  ownRelationship: {
    en: 'Does the customer have its own commercial relationship with Microsoft?',
    de: 'Hat der Kunde eine eigene Geschäftsbeziehung mit Microsoft?'
  },
  productChannel: { en: 'How did the customer buy it?', de: 'Wie hat der Kunde es bezogen?' }
} satisfies Record<string, Localized>;

export const caseLabels = {
  billing: { en: 'Billing, prices, renewals or other subscription matters', de: 'Rechnung, Preise, Verlängerung oder andere Abonnementthemen' },
  operational: { en: 'Service incidents, outages or other operational information', de: 'Dienstvorfälle, Ausfälle oder andere betriebliche Informationen' },
  marketing: { en: 'Marketing, offers or general contact', de: 'Marketing, Angebote oder allgemeine Kontakte' },
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
  },
  'partner-recipient': {
    en: 'This policy is about Microsoft communicating with your customers, not about what Microsoft sends you as the partner. For partner notifications, invoices and Message Center posts, see Partner Center (notification settings, billing and the Message Center for partners). About your customer, try:',
    de: 'Diese Richtlinie regelt, wann Microsoft mit Ihren Kunden kommuniziert, nicht, was Microsoft Ihnen als Partner schickt. Für Partner-Benachrichtigungen, Rechnungen und Message-Center-Beiträge sehen Sie im Partner Center nach (Benachrichtigungen, Abrechnung, Message Center). Zu Ihrem Kunden zum Beispiel:'
  },
  'asker-acts': {
    en: 'This policy is about Microsoft contacting your customers, not about you contacting Microsoft. For support or escalations, open a request in Partner Center (Help + support). About Microsoft and your customer, try:',
    de: 'Diese Richtlinie regelt, wann Microsoft Ihre Kunden kontaktiert, nicht, wie Sie Microsoft erreichen. Für Support und Eskalationen stellen Sie eine Anfrage im Partner Center (Hilfe + Support). Zu Microsoft und Ihrem Kunden zum Beispiel:'
  },
  'bot-task': {
    en: 'I only answer whether Microsoft communicates directly with your customers; I can’t write messages, open tickets or act for you. Try, for example:',
    de: 'Ich beantworte nur, ob Microsoft direkt mit Ihren Kunden kommuniziert; Nachrichten schreiben, Tickets öffnen oder Aufgaben erledigen kann ich nicht. Zum Beispiel:'
  },
  'live-status': {
    en: 'I can’t see the live state of Microsoft services; check Service health in the Microsoft 365 admin center or Azure Service Health. Whether Microsoft tells your customer about an incident is something I can answer:',
    de: 'Den aktuellen Zustand der Microsoft-Dienste sehe ich nicht; prüfen Sie den Dienststatus im Microsoft 365 Admin Center oder Azure Service Health. Ob Microsoft Ihren Kunden über einen Vorfall informiert, beantworte ich gern:'
  }
} satisfies Record<string, Localized>;

export function pick(text: Localized, language: Language): string {
  return text[language];
}
