import { FEEDBACK_KEY_PREFIX } from '../conversation/feedback';
import { TICKET_KEY_PREFIX, ticketSchema, withoutETag } from '../experts/store';
import type { Storage } from '../storage/storage';
import { ANSWER_COUNTS_KEY_PREFIX } from './answerCounts';
import { UNANSWERED_KEY_PREFIX } from './unanswered';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Feedback and unanswered-question keys start with their record's time: `prefix` + ISO 8601 + `-` + random. */
function timeOfKey(key: string, prefix: string): number {
  return Date.parse(key.slice(prefix.length, prefix.length + 24));
}

/**
 * Deletes feedback, unanswered questions, answer counts, and answered or closed expert questions older than `days`; open expert
 * questions stay until someone answers or closes them. Resolves to how many records were deleted. Safe to run on
 * every instance at once: deleting a record that is already gone is not an error.
 */
export async function deleteExpired(storage: Storage, days: number, now = new Date()): Promise<number> {
  const cutoff = now.getTime() - days * DAY_MS;
  const expired: string[] = [];
  for (const prefix of [FEEDBACK_KEY_PREFIX, UNANSWERED_KEY_PREFIX]) {
    for (const key of Object.keys(await storage.list(prefix))) {
      if (timeOfKey(key, prefix) < cutoff) expired.push(key);
    }
  }
  // A day's counts go when the whole day is older than the limit.
  for (const key of Object.keys(await storage.list(ANSWER_COUNTS_KEY_PREFIX))) {
    if (Date.parse(key.slice(ANSWER_COUNTS_KEY_PREFIX.length, ANSWER_COUNTS_KEY_PREFIX.length + 10)) + DAY_MS < cutoff) expired.push(key);
  }
  for (const [key, item] of Object.entries(await storage.list(TICKET_KEY_PREFIX))) {
    const ticket = ticketSchema.safeParse(withoutETag(item)[0]);
    if (!ticket.success || ticket.data.status === 'open' || ticket.data.status === 'taken') continue;
    const last = ticket.data.steps.at(-1)?.at ?? ticket.data.createdAt;
    if (Date.parse(last) < cutoff) expired.push(key);
  }
  if (expired.length > 0) await storage.delete(expired);
  return expired.length;
}
