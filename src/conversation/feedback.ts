import { createHmac, randomBytes } from 'node:crypto';
import { z } from 'zod';
import { languageSchema } from '../language/language';
import { ruleIdSchema, verdictSchema } from '../policy/rule';
import type { Storage } from '../storage/storage';
import type { TurnUser } from './turn';

/** Every feedback record is stored under its own key with this prefix. */
export const FEEDBACK_KEY_PREFIX = 'feedback/';

/**
 * One click on "Helpful" or "Not helpful": what was answered and how it was judged. The user is only a keyed
 * hash of their id, so records of one person can be counted together but not traced back without the salt;
 * no name and no raw id is stored.
 */
export const feedbackRecordSchema = z
  .object({
    question: z.string(),
    language: languageSchema,
    verdict: verdictSchema,
    rules: z.array(ruleIdSchema),
    helpful: z.boolean(),
    /** ISO 8601, UTC. */
    time: z.iso.datetime(),
    /** HMAC-SHA-256 of the user's Entra object id (or, without one, their Teams user id), keyed by FEEDBACK_SALT; hex. */
    userHash: z.string().regex(/^[0-9a-f]{64}$/)
  })
  .strict();
export type FeedbackRecord = z.infer<typeof feedbackRecordSchema>;

export type Judgement = Omit<FeedbackRecord, 'time' | 'userHash'>;

export interface FeedbackLog {
  /**
   * Stores the judgement and resolves to the record's key once it is stored. `clickId` names the click (the
   * conversation and the activity id Teams gave it): the same click sent again, as a load balancer retries a
   * request whose instance died, lands on the same key instead of adding a second record.
   */
  record(judgement: Judgement, user: TurnUser, clickId?: string): Promise<string>;
}

export function userHash(user: TurnUser, salt: string): string {
  return createHmac('sha256', salt)
    .update(user.aadObjectId ?? user.id, 'utf8')
    .digest('hex');
}

/**
 * Feedback kept in any Storage. Each click gets its own key, a keyed hash of the click's id (random where a click
 * has no id), so two clicks never share a key, and one click written twice by two instances is one record: the
 * later write replaces the earlier with the same judgement, and no eTag is needed. Records are never updated.
 * Keys say nothing about order: readers sort by the record's time.
 */
export function createFeedbackLog(storage: Storage, salt: string): FeedbackLog {
  return {
    async record(judgement, user, clickId) {
      const time = new Date().toISOString();
      const record: FeedbackRecord = { ...judgement, time, userHash: userHash(user, salt) };
      const id =
        clickId === undefined
          ? randomBytes(16).toString('hex')
          : createHmac('sha256', salt).update(`click\n${clickId}`, 'utf8').digest('hex').slice(0, 32);
      const key = `${FEEDBACK_KEY_PREFIX}${id}`;
      await storage.write({ [key]: record });
      return key;
    }
  };
}
