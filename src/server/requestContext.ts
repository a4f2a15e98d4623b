import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * What every log line written while serving one request carries, so an operator can follow a request
 * from the HTTP line through the turn to the answer: its id and, once the body is read, the kind of
 * activity and conversation. Never anything a user wrote.
 */
export interface RequestContext {
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
