import { createServer } from 'node:net';
import { message, type Activity } from '../bot/support/activities';
import { TestBot, type Answer } from './support/bot';
import type { Behaviour } from './support/connector';
import { validCardOf } from './support/replies';

/**
 * Each reply gets CONNECTOR_TIMEOUT_MS for all its attempts; a failed turn also tries the error notice,
 * so a turn whose conversation is broken ends within twice that. The bounds asserted here are that
 * plus a generous margin for a loaded machine, never a lower bound.
 */
const BUDGET_MS = 3000;
const TURN_BOUND_MS = 2 * BUDGET_MS + 5000;
const QUESTION = 'Does Microsoft send my customer renewal reminders for their subscriptions?';

let bot: TestBot;
beforeAll(async () => {
  bot = await TestBot.start({ CONNECTOR_TIMEOUT_MS: String(BUDGET_MS) });
});
afterAll(() => bot.close());

function inConversation(id: string, options = bot.with()): Activity {
  const activity = message(QUESTION, options);
  return { ...activity, conversation: { ...activity.conversation, id } };
}

interface Outcome {
  answer: Answer;
  elapsedMs: number;
}

async function timedSend(activity: Activity): Promise<Outcome> {
  const started = Date.now();
  const answer = await bot.send(activity);
  return { answer, elapsedMs: Date.now() - started };
}

describe('when some conversations’ connector misbehaves', () => {
  const faults: Behaviour[] = ['error500', 'throttledOnce', 'throttledForAnHour', 'unavailable', 'hang', 'drop'];
  const healthy = Array.from({ length: 20 }, (_, index) => `healthy-${index}`);
  let outcomes: Map<string, Outcome>;

  beforeAll(async () => {
    bot.connector.clear();
    bot.logs.length = 0;
    for (const fault of faults) bot.connector.behaviours.set(fault, fault);
    const ids = [...faults, ...healthy];
    const results = await Promise.all(ids.map((id) => timedSend(inConversation(id))));
    outcomes = new Map(ids.map((id, index) => [id, results[index]!]));
  });

  it('every other conversation still gets exactly its one reply, a valid card', () => {
    for (const id of healthy) {
      const replies = bot.connector.repliesFor(id);
      expect(replies).toHaveLength(1);
      validCardOf(replies[0]!.activity);
    }
  });

  it('every request is acknowledged, within a bounded time, with no 5xx', () => {
    for (const [, { answer, elapsedMs }] of outcomes) {
      expect(answer.status).toBe(200);
      expect(elapsedMs).toBeLessThan(TURN_BOUND_MS);
    }
  });

  it('a 429 with Retry-After is retried after the time it asks for, and the reply arrives', () => {
    const [first, second] = bot.connector.attemptsFor('throttledOnce');
    expect(bot.connector.repliesFor('throttledOnce')).toHaveLength(1);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
    expect(bot.logged('CSP3005')).toEqual(
      expect.arrayContaining([expect.objectContaining({ reason: 'HTTP 429', delayMs: 1000, attempt: 2 })])
    );
  });

  it('a 429 asking for longer than the budget is given up on at once, not waited for', () => {
    expect(bot.connector.attemptsFor('throttledForAnHour')).toHaveLength(2);
    expect(outcomes.get('throttledForAnHour')!.elapsedMs).toBeLessThan(TURN_BOUND_MS);
    expect(bot.logged('CSP3006')).toEqual(expect.arrayContaining([expect.objectContaining({ reason: 'HTTP 429', attempts: 1 })]));
  });

  it('a 503 is retried, up to three attempts, then given up and logged', () => {
    // Three for the answer, three for the error notice that follows the failed turn.
    expect(bot.connector.attemptsFor('unavailable')).toHaveLength(6);
    expect(bot.connector.repliesFor('unavailable')).toEqual([]);
    expect(bot.logged('CSP3006')).toEqual(expect.arrayContaining([expect.objectContaining({ reason: 'HTTP 503', attempts: 3 })]));
  });

  it.each([
    ['a 500', 'error500', 'HTTP 500'],
    ['a dropped connection', 'drop', 'ECONNRESET']
  ])('a post that failed with %s, which may have been delivered, is not posted again', (_name, id, reason) => {
    // One post of the answer, one of the error notice: neither is repeated.
    expect(bot.connector.attemptsFor(id)).toHaveLength(2);
    expect(bot.connector.repliesFor(id)).toEqual([]);
    expect(bot.logged('CSP3006')).toEqual(
      expect.arrayContaining([expect.objectContaining({ attempts: 1, reason: expect.stringContaining(reason) })])
    );
  });

  it('a connector that never answers is given up on after the budget, and the turn ends', () => {
    expect(bot.connector.attemptsFor('hang')).toHaveLength(2);
    expect(outcomes.get('hang')!.elapsedMs).toBeGreaterThanOrEqual(BUDGET_MS);
    expect(bot.logged('CSP3006')).toEqual(
      expect.arrayContaining([expect.objectContaining({ attempts: 1, reason: `no answer within ${BUDGET_MS} ms` })])
    );
  });

  it('each failed turn is logged with its code, without the question', () => {
    expect(bot.logged('CSP3001').length).toBeGreaterThanOrEqual(faults.length - 1);
    expect(JSON.stringify(bot.logs)).not.toContain(QUESTION);
  });
});

describe('when the connector cannot be reached at all', () => {
  it('retries the refused connection, gives up after three attempts, and keeps serving', async () => {
    bot.connector.clear();
    bot.logs.length = 0;
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as { port: number };
    await new Promise<void>((resolve) => closed.close(() => resolve()));

    const { answer } = await timedSend(inConversation('unreachable', { serviceUrl: `http://127.0.0.1:${port}/` }));
    const next = await timedSend(inConversation('after-the-outage'));

    expect(answer.status).toBe(200);
    expect(bot.logged('CSP3006')).toEqual(
      expect.arrayContaining([expect.objectContaining({ attempts: 3, reason: expect.stringContaining('ECONNREFUSED') })])
    );
    expect(next.answer.status).toBe(200);
    expect(bot.connector.repliesFor('after-the-outage')).toHaveLength(1);
  });
});
