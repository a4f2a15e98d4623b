import { z } from 'zod';
import { renderAnswerCard } from '../cards/render';
import { languageOfLocale, type Language, type Localized } from '../language/language';
import type { Answer, FollowUp } from '../policy/answer';
import { answerFromFacts } from '../engine/ask';
import { commonQuestions, decide } from '../policy/decide';
import type { Facts, Understanding } from '../understanding/facts';
import { understand } from '../understanding/understand';
import type { SearchResult } from './turn';

/** The search command of the message extension, as the app manifest names it. */
export const SEARCH_COMMAND_ID = 'searchPolicy';
export const MAX_SEARCH_QUERY_LENGTH = 200;
const MAX_SEARCH_RESULTS = 8;
/** The understanding's confidence for a question that names neither Microsoft, the customer nor a way of reaching them. */
const KEYWORD_CONFIDENCE = 0.6;
/** A preview line is cut here; Teams shows about this much of it in the result list. */
const PREVIEW_TEXT_LENGTH = 160;

/** Teams sends the typed text as a string; an empty string is the first run, before anything is typed. */
const searchQuerySchema = z.string().max(MAX_SEARCH_QUERY_LENGTH);

/** How the results were found, for the log: never the query itself. */
export type SearchKind = 'common' | 'question' | 'keyword' | 'not-covered';

export type PolicySearch =
  | { type: 'answers'; kind: SearchKind; language: Language; answers: Answer[] }
  | { type: 'refused'; problem: 'too-long' | 'not-text'; language: Language };

/** What is shown instead of results when a query is refused. */
export const searchHints: Record<'too-long' | 'not-text', Localized> = {
  'too-long': {
    en: `Please shorten your search to at most ${MAX_SEARCH_QUERY_LENGTH} characters, for example a keyword such as billing or outage.`,
    de: `Bitte kürzen Sie Ihre Suche auf höchstens ${MAX_SEARCH_QUERY_LENGTH} Zeichen, zum Beispiel auf ein Stichwort wie Rechnung oder Störung.`
  },
  'not-text': {
    en: 'Please type a question or a keyword, such as billing or outage.',
    de: 'Bitte geben Sie eine Frage oder ein Stichwort ein, etwa Rechnung oder Störung.'
  }
};

/** A canned or refined question, answered from the facts it carries. */
function answerOf(followUp: FollowUp, language: Language): Answer {
  return answerFromFacts(followUp.question, language, followUp.facts);
}

/** How many of the facts the keyword names (topic, relationship, channel) this question shares. */
function agreement(keyword: Facts, question: Facts): number {
  const named = [
    keyword.topic !== 'none' && keyword.topic === question.topic,
    keyword.ownRelationship !== 'unknown' && keyword.ownRelationship === question.ownRelationship,
    keyword.productChannel !== 'unknown' && keyword.productChannel === question.productChannel
  ];
  return named.filter(Boolean).length;
}

/**
 * A keyword ("billing", "Störung") is too little to answer, and the bot does not guess an answer for it.
 * Instead it offers the common questions that the keyword's facts lead to: the facts are decided as if they
 * had been asked about, and every common question with that same verdict and deciding rule is a result,
 * those sharing most of the keyword's facts first. When the facts leave the answer open ("it depends"),
 * the results are the questions of each case.
 */
function keywordAnswers(keyword: string, understanding: Understanding, language: Language): Answer[] {
  const facts: Facts = { ...understanding.facts, intent: 'communication' };
  const asked = decide(keyword, { ...understanding, language, facts, confidence: 1 });
  const matching = commonQuestions(language)
    .map((question) => answerOf(question, language))
    .filter((answer) => answer.verdict === asked.verdict && answer.rules[0] === asked.rules[0])
    .sort((left, right) => agreement(facts, right.facts) - agreement(facts, left.facts));
  return matching.length > 0 ? matching : asked.followUps.map((followUp) => answerOf(followUp, language));
}

/**
 * The message extension's search. An empty query lists the common questions in the user's language.
 * A clear question gets its answer first, then the questions the answer suggests. A keyword gets the common
 * questions it leads to; a German keyword gets German answers whatever the client's language, any other
 * keyword the client's. Anything the policy does not cover gets the not-covered answer, which says so.
 * Pure and in memory: no I/O, so it answers well inside Teams' five seconds.
 */
export function searchPolicy(query: unknown, locale: string | undefined): PolicySearch {
  const localeLanguage = languageOfLocale(locale) ?? 'en';
  const parsed = searchQuerySchema.safeParse(query);
  if (!parsed.success) {
    const problem = typeof query === 'string' ? 'too-long' : 'not-text';
    return { type: 'refused', problem, language: localeLanguage };
  }
  const text = parsed.data.trim();
  if (text === '') {
    const answers = commonQuestions(localeLanguage).map((question) => answerOf(question, localeLanguage));
    return { type: 'answers', kind: 'common', language: localeLanguage, answers };
  }
  const understanding = understand(text, { locale });
  const answer = decide(text, understanding);
  // A bare topic word ("billing", "Störung") names no one: in a search box it is a keyword, answered with the
  // common questions it leads to rather than with one answer.
  const bareKeyword = understanding.confidence <= KEYWORD_CONFIDENCE && understanding.facts.topic !== 'none';
  if (answer.verdict !== 'not-covered' && !bareKeyword) {
    const related = answer.followUps.map((followUp) => answerOf(followUp, answer.language));
    const answers = [answer, ...related.filter((other) => other.question !== answer.question)];
    return { type: 'answers', kind: 'question', language: answer.language, answers: answers.slice(0, MAX_SEARCH_RESULTS) };
  }
  const language = understanding.language === 'de' ? 'de' : localeLanguage;
  if (answer.notCovered === 'unclear' || bareKeyword) {
    const answers = keywordAnswers(text, understanding, language).slice(0, MAX_SEARCH_RESULTS);
    return { type: 'answers', kind: 'keyword', language, answers };
  }
  return { type: 'answers', kind: 'not-covered', language, answers: [decide(text, { ...understanding, language })] };
}

/** The start of the answer, cut at a word so the preview reads as a line. */
function previewLine(text: string): string {
  if (text.length <= PREVIEW_TEXT_LENGTH) return text;
  const cut = text.slice(0, PREVIEW_TEXT_LENGTH - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

/**
 * A result: the preview shows the verdict, the question and the start of the answer; the card inserted is the
 * shareable answer card, which has no button that needs the bot, because the conversation it goes into may not
 * have the bot installed.
 */
export function searchResult(answer: Answer, pageChangedOn: string | undefined): SearchResult {
  return {
    preview: { title: answer.headline, subtitle: answer.question, text: previewLine(answer.summary) },
    card: renderAnswerCard(answer, { shareable: true, pageChangedOn })
  };
}
