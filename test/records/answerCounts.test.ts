import { ANSWER_COUNTS_KEY_PREFIX, createAnswerCounter } from '../../src/records/answerCounts';
import { withoutETag } from '../../src/experts/store';
import { MemoryStorage } from '../../src/storage/memoryStorage';

describe('answer counts by day', () => {
  it('counts each answer on the UTC day it was given, however the days come', async () => {
    const store = new MemoryStorage();
    const counter = createAnswerCounter(store, 'instance');
    counter.count('yes', new Date('2026-12-04T23:59:59.999Z'));
    counter.count('no', new Date('2026-12-05T00:00:00.000Z'));
    counter.count('no', new Date('2026-12-05T12:00:00.000Z'));
    // A late answer of the day before (a clock step back) still counts on its own day.
    counter.count('yes', new Date('2026-12-04T08:00:00.000Z'));
    counter.count('depends', new Date('2026-12-06T00:00:00.000Z'));
    await counter.flush();

    const items = await store.list(ANSWER_COUNTS_KEY_PREFIX);
    const byKey = Object.fromEntries(Object.entries(items).map(([key, item]) => [key, withoutETag(item)[0]]));
    expect(byKey).toEqual({
      [`${ANSWER_COUNTS_KEY_PREFIX}2026-12-04/instance`]: { day: '2026-12-04', counts: { yes: 2 } },
      [`${ANSWER_COUNTS_KEY_PREFIX}2026-12-05/instance`]: { day: '2026-12-05', counts: { no: 2 } },
      [`${ANSWER_COUNTS_KEY_PREFIX}2026-12-06/instance`]: { day: '2026-12-06', counts: { depends: 1 } }
    });
  });
});
