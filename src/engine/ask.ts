import type { Language } from '../language/language';
import type { Answer } from '../policy/answer';
import { decide } from '../policy/decide';
import type { Facts } from '../understanding/facts';
import { reconsidered } from '../secondOpinion/shipped';
import { understand } from '../understanding/understand';

export interface AskOptions {
  /** Answer in this language whatever the question's language. */
  language?: Language;
  /** The asker's locale, used when the question's words leave the language open. */
  locale?: string;
}

/** A question in, a sourced answer out: the whole engine, with no knowledge of Teams. */
export function ask(question: string, options: AskOptions = {}): Answer {
  const understanding = understand(question, options);
  const answer = decide(question, understanding);
  const checked = reconsidered(understanding.spelling ?? question, understanding, answer.verdict);
  return checked === understanding ? answer : decide(question, checked);
}

/** A question whose facts are already known (a button, a canned question): decided without reading it again. */
export function answerFromFacts(question: string, language: Language, facts: Facts, confidence = 1): Answer {
  return decide(question, { language, facts, confidence });
}
