import { FEEDBACK_KEY_PREFIX, feedbackRecordSchema, type FeedbackRecord } from '../conversation/feedback';
import { TICKET_KEY_PREFIX, ticketSchema, withoutETag, type Ticket } from '../experts/store';
import { ANSWER_COUNTS_KEY_PREFIX, answerCountsSchema, type AnswerCounts } from '../records/answerCounts';
import { UNANSWERED_KEY_PREFIX, unansweredRecordSchema, type UnansweredRecord } from '../records/unanswered';
import type { Storage } from '../storage/storage';
import type { z } from 'zod';

/** Everything the report reads from the store, each kind checked against its schema. */
export interface StoredRecords {
  counts: AnswerCounts[];
  feedback: FeedbackRecord[];
  unanswered: UnansweredRecord[];
  tickets: Ticket[];
  /** Records under the report's prefixes that do not parse (written by another version, or damaged): counted, not shown. */
  unreadable: number;
}

export async function readRecords(storage: Storage): Promise<StoredRecords> {
  let unreadable = 0;
  async function all<Schema extends z.ZodType>(prefix: string, schema: Schema): Promise<z.infer<Schema>[]> {
    const items = await storage.list(prefix);
    return Object.keys(items)
      .sort()
      .flatMap((key) => {
        const parsed = schema.safeParse(withoutETag(items[key]!)[0]);
        if (!parsed.success) unreadable += 1;
        return parsed.success ? [parsed.data as z.infer<Schema>] : [];
      });
  }
  const [counts, feedback, unanswered, tickets] = await Promise.all([
    all(ANSWER_COUNTS_KEY_PREFIX, answerCountsSchema),
    all(FEEDBACK_KEY_PREFIX, feedbackRecordSchema),
    all(UNANSWERED_KEY_PREFIX, unansweredRecordSchema),
    all(TICKET_KEY_PREFIX, ticketSchema)
  ]);
  return { counts, feedback, unanswered, tickets, unreadable };
}
