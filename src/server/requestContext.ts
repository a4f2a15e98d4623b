import { AsyncLocalStorage } from 'node:async_hooks';
import type { AnswerRecord } from '../conversation/conversation';

/**
 * What every log line written while serving one request carries, so an operator can follow a request
 * from the HTTP line through the turn to the answer: its id and, once the body is read, the kind of
 * activity and conversation, and once answered, the answer's verdict. Never anything a user wrote.
 */
export interface RequestContext extends Partial<AnswerRecord> {
  requestId: string;
  activityType?: string;
  conversationType?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

export function runInRequest<T>(context: RequestContext, work: () => T): T {
  return storage.run(context, work);
}

export function currentRequest(): RequestContext | undefined {
  return storage.getStore();
}

/** Adds the answer to the request's context, so the request's log line says what was answered. */
export function recordAnswer(answered: AnswerRecord): void {
  const context = storage.getStore();
  if (context) Object.assign(context, answered);
}
