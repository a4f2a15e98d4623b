import { z } from 'zod';
import type { Language, Localized } from '../language/language';

/**
 * Words that exist only on the cards: section headings, button titles, notices.
 * The policy's own words (headlines, summaries, quotes) stay in src/policy.
 */
export const labels = {
  why: { en: 'Why', de: 'Warum' },
  whatToDo: { en: 'What you should do', de: 'Was Sie tun sollten' },
  appliesTo: { en: 'Applies to', de: 'Gilt für' },
  relevantRules: { en: 'The rules that decide it', de: 'Die Regeln, die es entscheiden' },
  chooseCase: { en: 'Which case is yours?', de: 'Welcher Fall trifft zu?' },
  related: { en: 'Related questions', de: 'Verwandte Fragen' },
  customer: { en: 'What to tell the customer', de: 'Was Sie dem Kunden sagen können' },
  /** The button that shows the customer sentence in the other language, named in that language, as language pickers are. */
  otherLanguage: { en: 'Auf Deutsch', de: 'In English' },
  more: { en: 'More details', de: 'Weitere Details' },
  alsoRelevant: { en: 'Also relevant', de: 'Ebenfalls relevant' },
  rule: { en: 'Rule', de: 'Regel' },
  source: { en: 'Source', de: 'Quelle' },
  openSource: { en: 'Open the policy page', de: 'Richtlinienseite öffnen' },
  englishOriginal: { en: 'English original (authoritative)', de: 'Englisches Original (maßgeblich)' },
  germanPage: { en: 'German page (machine translation)', de: 'Deutsche Seite (maschinelle Übersetzung)' },
  yourQuestion: { en: 'Your question', de: 'Ihre Frage' },
  feedbackPrompt: { en: 'Was this answer helpful?', de: 'War diese Antwort hilfreich?' },
  helpful: { en: 'Helpful', de: 'Hilfreich' },
  notHelpful: { en: 'Not helpful', de: 'Nicht hilfreich' },
  feedbackThanks: { en: 'Thanks, noted', de: 'Danke, notiert' },
  rateLimited: {
    en: 'That was a lot in a short time. Please wait a minute and try again; the answer stays as it is.',
    de: 'Das war viel in kurzer Zeit. Bitte warten Sie eine Minute und versuchen Sie es erneut; die Antwort bleibt, wie sie ist.'
  },
  askAnExpert: { en: 'Ask an expert', de: 'Experten fragen' },
  welcomeTitle: {
    en: 'Welcome! I tell CSP partners when Microsoft contacts their customers directly.',
    de: 'Willkommen! Ich sage CSP-Partnern, wann Microsoft ihre Kunden direkt kontaktiert.'
  },
  helpTitle: { en: 'How I can help', de: 'So kann ich helfen' },
  helpIntro: {
    en: 'Ask me in English or German whether Microsoft may contact your customer about something, such as an invoice or an outage. I answer yes, no or it depends, quote the rule word for word from the Partner Center page, and tell you what to do.',
    de: 'Fragen Sie mich auf Deutsch oder Englisch, ob Microsoft Ihren Kunden zu einem Thema kontaktieren darf, etwa zu einer Rechnung oder einem Ausfall. Ich antworte mit Ja, Nein oder „Das kommt darauf an“, zitiere die Regel wörtlich von der Partner-Center-Seite und sage Ihnen, was zu tun ist.'
  },
  examples: { en: 'Try one of these', de: 'Probieren Sie zum Beispiel' },
  commands: { en: 'Commands', de: 'Befehle' },
  helpCommand: { en: 'Shows this overview', de: 'Zeigt diese Übersicht' },
  rulesCommand: { en: 'Shows every rule of the policy, quoted word for word', de: 'Zeigt alle Regeln der Richtlinie im Wortlaut' },
  aboutCommand: { en: 'What this bot is and where its answers come from', de: 'Was dieser Bot ist und woher seine Antworten stammen' },
  answersFrom: { en: 'My answers come from', de: 'Meine Antworten stammen aus' },
  rulesTitle: { en: 'The policy, rule by rule', de: 'Die Richtlinie, Regel für Regel' },
  rulesIntro: {
    en: 'Every rule I answer from, quoted word for word. The English original is authoritative; the German page is a machine translation.',
    de: 'Jede Regel, nach der ich antworte, im Wortlaut. Maßgeblich ist das englische Original; die deutsche Seite ist eine maschinelle Übersetzung.'
  },
  ruleId: { en: 'Rule id', de: 'Regel-ID' },
  aboutTitle: { en: 'About this bot', de: 'Über diesen Bot' },
  aboutWhat: {
    en: 'I answer questions from CSP partner staff about when Microsoft communicates directly with their customers, in English or German.',
    de: 'Ich beantworte Fragen von Mitarbeitenden von CSP-Partnern dazu, wann Microsoft direkt mit ihren Kunden kommuniziert, auf Deutsch oder Englisch.'
  },
  aboutOnlyFromPage: {
    en: 'I answer only from this Partner Center page, quoting its rules word for word. I work offline, from the copy of the page stored with me; if the page has changed since, the page online is authoritative.',
    de: 'Ich antworte nur anhand dieser Partner-Center-Seite und zitiere ihre Regeln wörtlich. Ich arbeite offline mit der Kopie der Seite, die bei mir gespeichert ist; hat sich die Seite seitdem geändert, ist die Online-Seite maßgeblich.'
  },
  aboutNotCovered: {
    en: 'If a question is not about this policy, or I cannot tell what it asks, I say so instead of guessing.',
    de: 'Betrifft eine Frage diese Richtlinie nicht oder kann ich nicht erkennen, was sie fragt, sage ich das, statt zu raten.'
  }
} satisfies Record<string, Localized>;

/** "Customer communication from Microsoft (Partner Center documentation, page dated …)". */
export function sourceLine(title: string, pageDate: string, language: Language): string {
  return language === 'de'
    ? `${title} (Partner-Center-Dokumentation, Seite vom ${pageDate})`
    : `${title} (Partner Center documentation, page dated ${pageDate})`;
}

/**
 * Shown on every answer and on the about card once a drift check found that Microsoft's page no longer says what the
 * stored copy says, until the policy data is updated.
 */
export function driftWarning(checkedOn: string, language: Language): string {
  return language === 'de'
    ? `⚠ Microsoft hat die Seite geändert (festgestellt am ${checkedOn}); diese Antwort beruht noch auf der alten Fassung. Prüfen Sie die Richtlinienseite, bevor Sie sich darauf berufen.`
    : `⚠ Microsoft has changed the page (found on ${checkedOn}); this answer still rests on the old version. Check the policy page before you rely on it.`;
}

export function truncationNote(characters: number, language: Language): string {
  return language === 'de'
    ? `Beantwortet anhand der ersten ${characters} Zeichen Ihrer Frage.`
    : `Answered on the first ${characters} characters of your question.`;
}

/** The text commands the bot understands, as shown on the help card; both spellings work in either language. */
export const commandNames = {
  help: 'help, hilfe',
  rules: 'rules, regeln',
  about: 'about'
} as const;

/** Short notices that stand in for an answer when the bot cannot give one. */
export const noticeKindSchema = z.enum(['invalid-action', 'stale-action', 'error', 'tenant-not-allowed']);
export type NoticeKind = z.infer<typeof noticeKindSchema>;

export const notices: Record<NoticeKind, Localized> = {
  'invalid-action': {
    en: 'Sorry, I could not read that button. Please type your question instead.',
    de: 'Diese Schaltfläche konnte ich leider nicht lesen. Bitte geben Sie Ihre Frage direkt ein.'
  },
  'stale-action': {
    en: 'This button is from an older version of this bot. Please type your question again.',
    de: 'Diese Schaltfläche stammt aus einer älteren Version dieses Bots. Bitte geben Sie Ihre Frage erneut ein.'
  },
  error: {
    en: 'Sorry, something went wrong on my side. Please try again in a moment.',
    de: 'Entschuldigung, bei mir ist etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal.'
  },
  'tenant-not-allowed': {
    en: 'Sorry, this bot is not available for your organization. Your IT administrator can tell you more.',
    de: 'Dieser Bot ist für Ihre Organisation leider nicht verfügbar. Ihre IT-Administration kann Ihnen mehr dazu sagen.'
  }
};
