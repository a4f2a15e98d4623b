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
  /** Stores the judgement and resolves to the record's key once it is stored. */
  record(judgement: Judgement, user: TurnUser): Promise<string>;
}

export function userHash(user: TurnUser, salt: string): string {
  return createHmac('sha256', salt)
    .update(user.aadObjectId ?? user.id, 'utf8')
    .digest('hex');
}

/**
 * Feedback kept in any Storage. Each record gets a new key (time and randomness) and is never updated, so no
 * two writes ever touch one key and no eTag is needed, whether the store is this process's file store or a
 * store shared by many instances.
 */
export function createFeedbackLog(storage: Storage, salt: string): FeedbackLog {
  return {
    async record(judgement, user) {
      const time = new Date().toISOString();
      const record: FeedbackRecord = { ...judgement, time, userHash: userHash(user, salt) };
      const key = `${FEEDBACK_KEY_PREFIX}${time}-${randomBytes(6).toString('hex')}`;
      await storage.write({ [key]: record });
      return key;
    }
  };
}
