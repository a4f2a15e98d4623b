import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { z } from 'zod';
import { firstCharacters } from '../common/firstCharacters';
import { errorCode, formatError } from '../errors/catalog';
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
  /**
   * Queues the miss to be stored after the reply has gone out; returns at once and never throws. Nothing is queued
   * when recording is switched off, and a miss that finds the queue full is counted and logged (CSP2108), not kept.
   */
  record(miss: Miss, user: TurnUser): void;
  /**
   * Resolves once every miss queued so far has been written, or its write has failed and been logged (CSP2101).
   * The server waits for it when it stops, so a clean shutdown loses no record.
   */
  settled(): Promise<void>;
}

export interface UnansweredLogOptions {
  /** RECORD_UNANSWERED: false records nothing. */
  enabled: boolean;
  salt: string;
  questionLength: number;
  logger: Logger;
  /** At most this many misses wait to be written; more are dropped and counted. */
  maxPending?: number;
}

/**
 * A full queue means the store has been slower than the questions for a while (about 5 MB of records at the
 * default question length): better to drop records for the owners than to grow without bound.
 */
export const MAX_PENDING_RECORDS = 5_000;
/** Misses written in one store call: the Azure table's transaction limit, one folder sync for the file store. */
const WRITE_BATCH = 100;

interface PendingMiss {
  miss: Miss;
  user: TurnUser;
  /** When it was asked, not when it was written. */
  time: string;
}

/**
 * The owners' record of a miss is theirs, not the user's answer, so it is written off the request path: queued
 * during the turn, written one batch at a time after the reply, by a single writer (the store never sees more than
 * one of these writes at a time). Each record gets a new key that starts with the time it was asked, so retention
 * can tell its age from the key alone.
 */
export function createUnansweredLog(storage: Storage, options: UnansweredLogOptions): UnansweredLog {
  const { logger } = options;
  const maxPending = options.maxPending ?? MAX_PENDING_RECORDS;
  const pending: PendingMiss[] = [];
  let dropped = 0;
  let writing: Promise<void> | undefined;

  function stored({ miss, user, time }: PendingMiss): [string, UnansweredRecord] {
    const record: UnansweredRecord = {
      ...miss,
      question: firstCharacters(miss.question, options.questionLength),
      time,
      userHash: userHash(user, options.salt)
    };
    return [`${UNANSWERED_KEY_PREFIX}${time}-${randomBytes(6).toString('hex')}`, record];
  }

  function reportDrops(): void {
    if (dropped === 0) return;
    const params = { dropped, max: maxPending };
    logger.warn({ code: errorCode('unansweredDropped'), ...params }, formatError('unansweredDropped', params));
    dropped = 0;
  }

  async function writeAll(): Promise<void> {
    while (pending.length > 0) {
      const batch = pending.splice(0, WRITE_BATCH);
      const entries = batch.map(stored);
      try {
        await storage.write(Object.fromEntries(entries));
        logger.info(
          { event: 'unanswered', recorded: entries.length, keys: entries.map(([key]) => key), kinds: batch.map(({ miss }) => miss.kind) },
          entries.length === 1 ? 'unanswered question recorded' : `${entries.length} unanswered questions recorded`
        );
      } catch (error) {
        const params = { count: batch.length };
        logger.error({ code: errorCode('unansweredNotStored'), err: error, ...params }, formatError('unansweredNotStored', params));
      }
      reportDrops();
    }
    reportDrops();
    writing = undefined;
  }

  return {
    record(miss, user) {
      if (!options.enabled) return;
      if (pending.length >= maxPending) {
        dropped += 1;
        return;
      }
      pending.push({ miss, user, time: new Date().toISOString() });
      // setImmediate: the turn's reply is sent before the writer starts its first store call.
      writing ??= new Promise<void>((resolve) => setImmediate(resolve)).then(writeAll);
    },

    async settled() {
      while (writing) await writing;
      reportDrops();
    }
  };
}
