import { join } from 'node:path';
import type { BenchQuestion } from './questions';

/**
 * Understanding alone, on one core: this process (forked by the bench, one thread) loads the engine from the
 * built dist/ and calls it directly over the question mix for a fixed time. No HTTP, no botbuilder.
 */

export interface UnderstandingRequest {
  repositoryRoot: string;
  questions: BenchQuestion[];
  seconds: number;
}

export interface UnderstandingResult {
  /** understand(): text to facts. */
  understandPerSecond: number;
  /** ask(): understand, then decide (facts to a sourced answer). */
  askPerSecond: number;
  questions: number;
}

type Engine = (text: string, options: { locale?: string }) => unknown;

const WARM_UP_MS = 500;

/** Calls per second over the questions, round robin; the clock is read every 64 calls to keep it out of the figure. */
function rate(engine: Engine, questions: readonly BenchQuestion[], milliseconds: number): number {
  const results: unknown[] = new Array(questions.length);
  let calls = 0;
  const start = performance.now();
  let now = start;
  while (now - start < milliseconds) {
    for (let batch = 0; batch < 64; batch += 1) {
      const index = calls % questions.length;
      const question = questions[index] as BenchQuestion;
      results[index] = engine(question.text, { locale: question.locale });
      calls += 1;
    }
    now = performance.now();
  }
  if (results.some((result) => result === undefined)) throw new Error('the engine returned nothing');
  return Math.round(calls / ((now - start) / 1000));
}

process.once('message', (request: UnderstandingRequest) => {
  const dist = join(request.repositoryRoot, 'dist');
  const { understand } = require(join(dist, 'understanding', 'understand.js')) as { understand: Engine };
  const { ask } = require(join(dist, 'engine', 'ask.js')) as { ask: Engine };
  rate(understand, request.questions, WARM_UP_MS);
  const understandPerSecond = rate(understand, request.questions, request.seconds * 1000);
  rate(ask, request.questions, WARM_UP_MS);
  const askPerSecond = rate(ask, request.questions, request.seconds * 1000);
  const result: UnderstandingResult = { understandPerSecond, askPerSecond, questions: request.questions.length };
  process.send?.(result, () => process.exit(0));
});
