import { createHmac } from 'node:crypto';
import { FEEDBACK_KEY_PREFIX, type FeedbackRecord } from '../../src/conversation/feedback';
import { TICKET_KEY_PREFIX, type Ticket } from '../../src/experts/store';
import { ANSWER_COUNTS_KEY_PREFIX, type AnswerCounts } from '../../src/records/answerCounts';
import { UNANSWERED_KEY_PREFIX, type UnansweredRecord } from '../../src/records/unanswered';
import type { Storage, StoreItem } from '../../src/storage/storage';
import { emptyFacts, type Facts } from '../../src/understanding/facts';

/** The report is made as of this moment; the fixture's records are placed around it. */
export const NOW = new Date('2026-12-05T15:00:00.000Z');
export const USER_IDS = ['29:fixture-user-one', '29:fixture-user-two'];
export const ASKER_NAME = 'Fixture Asker Name';
const hash = (id: string) => createHmac('sha256', 'fixture-salt-0123456789').update(id).digest('hex');
const at = (daysAgo: number, hour = 10) =>
  new Date(Date.parse(`${NOW.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00:00.000Z`) - daysAgo * 86_400_000).toISOString();

const facts = (partial: Partial<Facts>): Facts => ({ ...emptyFacts(), intent: 'communication', ...partial });
const offTopic = facts({ intent: 'off-topic' });
const unclearBilling = facts({ intent: 'unclear', topic: 'billing' });
const billing = facts({ topic: 'billing' });

function ticket(id: string, status: Ticket['status'], daysAgo: number, hour = 10): Ticket {
  return {
    id,
    tenantId: 'tenant',
    status,
    createdAt: at(daysAgo, hour),
    language: 'en',
    question: `Expert question ${id}`,
    context: '',
    verdict: 'not-covered',
    rules: [],
    confidence: 0.8,
    facts: offTopic,
    asker: { id: USER_IDS[0]!, name: ASKER_NAME, serviceUrl: 'http://127.0.0.1:9/', askedIn: 'personal' },
    channel: { conversationId: '19:experts@thread.tacv2', activityId: '1' },
    ...(status === 'taken' ? { takenBy: 'Fixture Expert' } : {}),
    steps: [{ step: 'asked', at: at(daysAgo, hour), by: ASKER_NAME }]
  };
}

/**
 * What a store looks like after some weeks: answer counts from two instances, feedback, unanswered questions of
 * every kind, and expert questions at every step; some records outside the 30-day period, one unreadable.
 */
export async function writeFixture(storage: Storage): Promise<void> {
  const items: Record<string, StoreItem> = {};
  const counts = (day: number, instance: string, value: AnswerCounts['counts']) => {
    const dayText = at(day).slice(0, 10);
    items[`${ANSWER_COUNTS_KEY_PREFIX}${dayText}/${instance}`] = { day: dayText, counts: value };
  };
  counts(0, 'a', { yes: 3, no: 5, 'not-covered': 2 });
  counts(0, 'b', { no: 1, depends: 2 });
  counts(1, 'a', { yes: 1, applies: 1 });
  counts(29, 'a', { no: 4 });
  counts(30, 'a', { no: 100 }); // outside the last 30 days

  let n = 0;
  const feedback = (daysAgo: number, helpful: boolean, rules: FeedbackRecord['rules'], verdict: FeedbackRecord['verdict']) => {
    const record: FeedbackRecord = { question: `feedback ${n}`, language: 'en', verdict, rules, helpful, time: at(daysAgo), userHash: hash(USER_IDS[n % 2]!) };
    items[`${FEEDBACK_KEY_PREFIX}${record.time}-${String(n++).padStart(12, '0')}`] = record;
  };
  feedback(0, true, ['subscription-communication', 'partner-communicates'], 'no');
  feedback(1, true, ['subscription-communication'], 'no');
  feedback(2, false, ['subscription-communication', 'partner-communicates'], 'no');
  feedback(3, false, ['operational-communication'], 'yes');
  feedback(4, false, [], 'not-covered');
  feedback(40, false, ['operational-communication'], 'yes'); // outside

  const miss = (daysAgo: number, kind: UnansweredRecord['kind'], question: string, read: Facts, hour = 10) => {
    const record: UnansweredRecord = {
      kind,
      question,
      language: 'en',
      verdict: kind === 'not-covered' || kind === 'did-you-mean' ? 'not-covered' : 'no',
      rules: [],
      confidence: 0.5,
      facts: read,
      time: at(daysAgo, hour),
      userHash: hash(USER_IDS[n % 2]!)
    };
    items[`${UNANSWERED_KEY_PREFIX}${record.time}-${String(n++).padStart(12, '0')}`] = record;
  };
  miss(0, 'not-covered', 'What is the weather tomorrow?', offTopic);
  miss(1, 'not-covered', 'Who won the match?', offTopic);
  miss(2, 'not-covered', 'What is the weather tomorrow?', offTopic);
  miss(3, 'not-covered', 'Order pizza', offTopic);
  miss(0, 'did-you-mean', 'invoice customer?', unclearBilling);
  miss(5, 'did-you-mean', 'billing thing', unclearBilling);
  miss(1, 'low-confidence', 'Does Microsft contakt my custmer about invoces?', billing);
  miss(2, 'not-helpful', 'Can Microsoft send my customer the invoice?', billing);
  miss(45, 'not-covered', 'Too old to count', offTopic); // outside

  for (const each of [ticket('open-new', 'open', 0, 9), ticket('open-old', 'open', 10), ticket('taken', 'taken', 2), ticket('answered', 'answered', 1), ticket('closed', 'closed', 3), ticket('open-older-than-period', 'open', 60)]) {
    items[`${TICKET_KEY_PREFIX}${each.id}`] = each;
  }
  items[`${UNANSWERED_KEY_PREFIX}2026-12-01T00:00:00.000Z-broken`] = { kind: 'something else' };
  await storage.write(items);
}
