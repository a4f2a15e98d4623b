import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { verdictSchema, type Verdict } from '../policy/rule';
import type { Storage } from '../storage/storage';

/** How many questions got each verdict, per day and bot instance: `answer-counts/<day>/<instance>`. */
export const ANSWER_COUNTS_KEY_PREFIX = 'answer-counts/';

/**
 * Counts only: no question, no user, no time finer than the day. Each instance writes its own key for the day and
 * only ever overwrites it with larger counts, so instances never contend for a key and the report adds them up.
 */
export const answerCountsSchema = z
  .object({
    day: z.iso.date(),
    counts: z.partialRecord(verdictSchema, z.number().int().nonnegative())
  })
  .strict();
export type AnswerCounts = z.infer<typeof answerCountsSchema>;

export interface AnswerCounter {
  count(verdict: Verdict, at?: Date): void;
  /** Writes what was counted since the last flush. */
  flush(): Promise<void>;
}

/**
 * Answers are counted in memory, on the path of every question, and written every `flushMs` (and by `flush`), so
 * counting costs a turn nothing but an increment. A crash loses at most the last interval's counts.
 */
export function createAnswerCounter(storage: Storage, instanceId = randomBytes(6).toString('hex')): AnswerCounter {
  const days = new Map<string, AnswerCounts['counts']>();
  const dirty = new Set<string>();
  let writing: Promise<void> = Promise.resolve();

  // The day of the last count, and until when it lasts: a count costs no date formatting until the day changes.
  let countedDay = { day: '', from: 0, until: 0 };
  const dayOf = (at: Date): string => {
    const time = at.getTime();
    if (time < countedDay.from || time >= countedDay.until) {
      const from = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
      countedDay = { day: at.toISOString().slice(0, 10), from, until: from + 24 * 60 * 60 * 1000 };
    }
    return countedDay.day;
  };

  return {
    count(verdict, at = new Date()) {
      const day = dayOf(at);
      let counts = days.get(day);
      if (!counts) {
        counts = {};
        days.set(day, counts);
      }
      counts[verdict] = (counts[verdict] ?? 0) + 1;
      dirty.add(day);
    },

    flush() {
      const work = writing.then(async () => {
        if (dirty.size === 0) return;
        const flushed = [...dirty];
        dirty.clear();
        const changes = Object.fromEntries(
          flushed.map((day) => [`${ANSWER_COUNTS_KEY_PREFIX}${day}/${instanceId}`, { day, counts: { ...days.get(day) } }])
        );
        try {
          await storage.write(changes);
        } catch (error) {
          for (const day of flushed) dirty.add(day);
          throw error;
        }
        // Past days are complete once written; only today's counts still grow.
        const today = new Date().toISOString().slice(0, 10);
        for (const day of flushed) if (day < today && !dirty.has(day)) days.delete(day);
      });
      writing = work.catch(() => undefined);
      return work;
    }
  };
}
