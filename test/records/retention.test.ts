import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyFacts } from '../../src/understanding/facts';
import { FEEDBACK_KEY_PREFIX } from '../../src/conversation/feedback';
import { TICKET_KEY_PREFIX, type Ticket } from '../../src/experts/store';
import { deleteExpired } from '../../src/records/retention';
import { UNANSWERED_KEY_PREFIX } from '../../src/records/unanswered';
import { FileStorage } from '../../src/storage/fileStorage';
import { MemoryStorage } from '../../src/storage/memoryStorage';
import type { Storage } from '../../src/storage/storage';
import { BotHarness } from '../bot/support/harness';

const NOW = new Date('2026-12-05T12:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 60 * 60 * 1000).toISOString();

/** A ticket whose steps are dated from `now`: the bot's own run reads ages from the real clock, not from NOW. */
function ticket(id: string, status: Ticket['status'], lastStepDaysAgo: number, now = NOW): Ticket {
  const daysBefore = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString();
  return {
    id,
    tenantId: 'tenant',
    status,
    createdAt: daysBefore(400),
    language: 'en',
    question: 'q',
    context: '',
    verdict: 'not-covered',
    rules: [],
    confidence: 0.8,
    facts: emptyFacts(),
    asker: { id: '29:a', name: 'A', serviceUrl: 'http://127.0.0.1:1/', askedIn: 'personal' },
    channel: { conversationId: '19:c' },
    steps: [{ step: 'asked', at: daysBefore(400) }, ...(status === 'open' ? [] : [{ step: status, at: daysBefore(lastStepDaysAgo) } as const])]
  };
}

/** Records at 100, 31 and 29 days of age, of every kind retention looks at. */
async function seed(store: Storage, now = NOW): Promise<void> {
  const at = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000).toISOString();
  await store.write({
    [`${FEEDBACK_KEY_PREFIX}${at(100)}-aaaaaaaaaaaa`]: { kind: 'old feedback' },
    [`${FEEDBACK_KEY_PREFIX}${at(29)}-bbbbbbbbbbbb`]: { kind: 'recent feedback' },
    [`${UNANSWERED_KEY_PREFIX}${at(31)}-cccccccccccc`]: { kind: 'old unanswered' },
    [`${UNANSWERED_KEY_PREFIX}${at(29)}-dddddddddddd`]: { kind: 'recent unanswered' },
    [`${TICKET_KEY_PREFIX}answered-long-ago`]: { ...ticket('answered-long-ago', 'answered', 31, now) },
    [`${TICKET_KEY_PREFIX}closed-lately`]: { ...ticket('closed-lately', 'closed', 29, now) },
    [`${TICKET_KEY_PREFIX}open-long-ago`]: { ...ticket('open-long-ago', 'open', 400, now) },
    [`answer-counts/${at(32).slice(0, 10)}/instance`]: { day: at(32).slice(0, 10), counts: { no: 1 } },
    [`answer-counts/${at(29).slice(0, 10)}/instance`]: { day: at(29).slice(0, 10), counts: { no: 1 } },
    'experts-channel/tenant': { teamId: 'kept whatever its age' }
  });
}

const kept = [
  `answer-counts/${daysAgo(29).slice(0, 10)}/instance`,
  `${FEEDBACK_KEY_PREFIX}${daysAgo(29)}-bbbbbbbbbbbb`,
  `${UNANSWERED_KEY_PREFIX}${daysAgo(29)}-dddddddddddd`,
  `${TICKET_KEY_PREFIX}closed-lately`,
  `${TICKET_KEY_PREFIX}open-long-ago`,
  'experts-channel/tenant'
].sort();

describe('retention', () => {
  it('deletes feedback, unanswered questions, answer counts and concluded expert questions older than the limit; open ones stay', async () => {
    const store = new MemoryStorage();
    await seed(store);

    expect(await deleteExpired(store, 30, NOW)).toBe(4);

    expect(Object.keys(await store.list('')).sort()).toEqual(kept);
    expect(await deleteExpired(store, 30, NOW)).toBe(0);
  });

  it('works the same on the file store', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'csp-retention-'));
    const store = FileStorage.open(folder);
    try {
      await seed(store);
      expect(await deleteExpired(store, 30, NOW)).toBe(4);
      expect(Object.keys(await store.list('')).sort()).toEqual(kept);
    } finally {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('runs when the bot starts, with RETENTION_DAYS', async () => {
    const store = new MemoryStorage();
    const now = new Date();
    await seed(store, now);
    const bot = await BotHarness.start({ RETENTION_DAYS: '30' }, { storage: store });
    try {
      for (let waited = 0; waited < 2000 && Object.keys(await store.list('')).length > 6; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(Object.keys(await store.list('')).length).toBe(6);
      expect(bot.logs).toContainEqual(expect.objectContaining({ event: 'retention', deleted: 4, days: 30 }));
    } finally {
      await bot.close();
    }
  });
});
