import type { Answer } from '../policy/answer';
import { ask, type AskOptions } from './ask';

interface Waiting {
  question: string;
  options: AskOptions;
  resolve: (answer: Answer) => void;
  reject: (error: unknown) => void;
}

let waiting: Waiting[] = [];

function askAllWaiting(): void {
  const now = waiting;
  waiting = [];
  for (const { question, options, resolve, reject } of now) {
    try {
      resolve(ask(question, options));
    } catch (error) {
      reject(error);
    }
  }
}

/**
 * ask(), for the server's turns: the questions of the turns that reach it in one turn of the event loop are read one
 * right after the other, once that turn's I/O callbacks have run (setImmediate), and each turn then goes on with its
 * own answer, as it would have.
 *
 * Why: read one per turn, each question was read between the other turns' HTTP, botbuilder, card and JSON work, which
 * leave the processor's caches holding theirs, not the understanding's code, compiled patterns and word tables; in the
 * server the understanding then cost three times what it costs in a loop (docs/PERFORMANCE.md). Read back to back they
 * stay in the caches from one question to the next. The answers are ask()'s, each question read on its own as before
 * (ask() is pure); what changes is only when in the loop it is read. A turn alone waits one setImmediate (microseconds);
 * under load a turn waits for the questions that arrived with it, no longer than the loop turn they arrived in.
 */
export function askTogether(question: string, options: AskOptions = {}): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    waiting.push({ question, options, resolve, reject });
    if (waiting.length === 1) setImmediate(askAllWaiting);
  });
}
