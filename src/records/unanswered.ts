import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { firstCharacters } from '../common/firstCharacters';
import { userHash } from '../conversation/feedback';
import type { TurnUser } from '../conversation/turn';
import { languageSchema } from '../language/language';
import type { Answer } from '../policy/answer';
import { ruleIdSchema, verdictSchema } from '../policy/rule';
import type { Storage } from '../storage/storage';
import { factsSchema } from '../understanding/facts';

/** Every unanswered-question record is stored under its own key with this prefix, followed by its time. */
export const UNANSWERED_KEY_PREFIX = 'unanswered/';

/**
 * Below this the bot answered, but was not sure it read the question right: the policy owners should see how such
 * questions are worded. (Below MIN_CONFIDENCE in src/policy/decide.ts it does not answer at all: "did you mean…?".)
 */
export const LOW_CONFIDENCE = 0.7;

/** Why a question counts as one the bot could not answer. */
export const missKindSchema = z.enum(['not-covered', 'did-you-mean', 'low-confidence', 'not-helpful']);
export type MissKind = z.infer<typeof missKindSchema>;

/**
 * A question the bot could not answer well, for the policy owners' report and the experts. Like feedback, the
 * user is only a keyed hash of their id: no name and no raw id is stored.
 */
export const unansweredRecordSchema = z
  .object({
    kind: missKindSchema,
    /** As typed, cut to RECORDED_QUESTION_LENGTH. */
    question: z.string(),
    language: languageSchema,
    verdict: verdictSchema,
    rules: z.array(ruleIdSchema),
    confidence: z.number().min(0).max(1),
    /** What the bot read the question as. */
    facts: factsSchema,
    /** ISO 8601, UTC. */
    time: z.iso.datetime(),
    userHash: z.string().regex(/^[0-9a-f]{64}$/)
  })
  .strict();
export type UnansweredRecord = z.infer<typeof unansweredRecordSchema>;

/** The kind of miss an answer is, if it is one: a "Not helpful" click is recorded by its own caller. */
export function missOf(answer: Pick<Answer, 'verdict' | 'notCovered' | 'confidence'>): MissKind | undefined {
  if (answer.verdict === 'not-covered') return answer.notCovered === 'unclear' ? 'did-you-mean' : 'not-covered';
  return answer.confidence < LOW_CONFIDENCE ? 'low-confidence' : undefined;
}

export type Miss = Pick<UnansweredRecord, 'kind' | 'question' | 'language' | 'verdict' | 'rules' | 'confidence' | 'facts'>;

export interface UnansweredLog {
  /** Stores the miss and resolves to the record's key, or to undefined when recording is switched off. */
  record(miss: Miss, user: TurnUser): Promise<string | undefined>;
}

export interface UnansweredLogOptions {
  /** RECORD_UNANSWERED: false records nothing. */
  enabled: boolean;
  salt: string;
  questionLength: number;
}

/** Each record gets a new key that starts with its time, so retention can tell its age from the key alone. */
export function createUnansweredLog(storage: Storage, options: UnansweredLogOptions): UnansweredLog {
  return {
    async record(miss, user) {
      if (!options.enabled) return undefined;
      const time = new Date().toISOString();
      const record: UnansweredRecord = {
        ...miss,
        question: firstCharacters(miss.question, options.questionLength),
        time,
        userHash: userHash(user, options.salt)
      };
      const key = `${UNANSWERED_KEY_PREFIX}${time}-${randomBytes(6).toString('hex')}`;
      await storage.write({ [key]: record });
      return key;
    }
  };
}
