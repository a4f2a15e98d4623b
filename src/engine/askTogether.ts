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
 * Why: read one per turn, each question was read between the other turns' HTTP, botbuilder, card and JSON work, and
 * each turn ran its whole way (understanding, card, botbuilder's send, the connector call) before the next one started:
 * every part of it found the processor's caches holding the other parts' code and data. Read together, the questions
 * are read back to back, and then the turns go on one after the other from the same point, so each part runs for
 * all of them in a row. In the server at c=32 (about 12 questions a batch) this took the main thread's CPU per message
 * from 1.11 to 0.67 ms, ask() itself from 118 to 99 us (docs/PERFORMANCE.md, 2026-12-06). The answers are ask()'s,
 * each question read on its own as before (ask() is pure); what changes is only when in the loop it is read. A turn
 * alone waits one setImmediate (microseconds); under load a turn waits for the questions that arrived with it.
 */
export function askTogether(question: string, options: AskOptions = {}): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    waiting.push({ question, options, resolve, reject });
    if (waiting.length === 1) setImmediate(askAllWaiting);
  });
}
