import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface BenchQuestion {
  text: string;
  /** The client locale Teams would send with it. */
  locale: 'en-US' | 'de-DE';
}

export interface QuestionMix {
  /** Where the questions came from, for the report. */
  source: string;
  questions: BenchQuestion[];
}

/**
 * Our own questions, used when the team's dev set is not next to the repository (a user's clone).
 * Real-world phrasing in both languages, with typos and keyword-only queries, not one repeated string.
 */
const builtIn: BenchQuestion[] = [
  { text: 'Will Microsoft reach out to my customer when their licence renewal is due?', locale: 'en-US' },
  { text: 'who sends the invoice to a CSP customer', locale: 'en-US' },
  { text: 'Does Microsoft tell my customer directly about a service outage in Exchange Online?', locale: 'en-US' },
  { text: 'Our customer also buys Azure through an Enterprise Agreement - can Microsoft email them about that?', locale: 'en-US' },
  { text: 'can microsfot contact my customer about a price increase', locale: 'en-US' },
  { text: 'Is Microsoft allowed to send my customer marketing about new Copilot features?', locale: 'en-US' },
  { text: 'Who informs the customer about a security incident affecting their tenant?', locale: 'en-US' },
  { text: 'billing', locale: 'en-US' },
  { text: 'Can you recommend a restaurant near the office?', locale: 'en-US' },
  { text: 'Will the customer get a mail from Microsoft if their payment fails?', locale: 'en-US' },
  { text: 'Darf Microsoft meinen Kunden wegen der Verlängerung seines Abonnements anschreiben?', locale: 'de-DE' },
  { text: 'Wer schickt dem Kunden die Rechnung, wir oder Microsoft?', locale: 'de-DE' },
  { text: 'Informiert Microsoft unseren Kunden direkt über eine Störung in Teams?', locale: 'de-DE' },
  { text: 'kontaktiert microsoft den kunden bei preiserhöhungen', locale: 'de-DE' },
  { text: 'Unser Kunde hat zusätzlich einen Enterprise Agreement Vertrag. Meldet sich Microsoft dazu bei ihm?', locale: 'de-DE' },
  { text: 'Bekommt der Kunde Werbung von Microsoft zu neuen Produkten?', locale: 'de-DE' },
  { text: 'Sicherheitsvorfall im Mandanten - wer benachrichtigt den Kunden?', locale: 'de-DE' },
  { text: 'Störung', locale: 'de-DE' }
];

const questionOfLine = (value: unknown): BenchQuestion | undefined => {
  if (typeof value !== 'object' || value === null) return undefined;
  const { question, language } = value as { question?: unknown; language?: unknown };
  if (typeof question !== 'string' || question.trim() === '') return undefined;
  return { text: question, locale: language === 'de' ? 'de-DE' : 'en-US' };
};

/**
 * The team's dev set (../shared/eval/dev.jsonl, English and German) when it is there: the bench is our
 * tooling and may read it, src/ and test/ never do. Otherwise the built-in mix above.
 */
export function loadQuestions(repositoryRoot: string): QuestionMix {
  const devSet = join(repositoryRoot, '..', 'shared', 'eval', 'dev.jsonl');
  if (!existsSync(devSet)) {
    return { source: `built-in mix of ${builtIn.length} questions (${devSet} not found)`, questions: builtIn };
  }
  const questions = readFileSync(devSet, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => questionOfLine(JSON.parse(line)))
    .filter((question): question is BenchQuestion => question !== undefined);
  if (questions.length === 0) return { source: `built-in mix (${devSet} has no questions)`, questions: builtIn };
  return { source: '../shared/eval/dev.jsonl', questions };
}

export function languageCounts(questions: readonly BenchQuestion[]): { en: number; de: number } {
  const de = questions.filter((question) => question.locale === 'de-DE').length;
  return { en: questions.length - de, de };
}
