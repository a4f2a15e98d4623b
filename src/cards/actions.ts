import { z } from 'zod';
import { languageSchema } from '../language/language';
import { ruleIdSchema, verdictSchema } from '../policy/rule';
import { factsSchema } from '../understanding/facts';

/**
 * Data carried by the buttons on our cards. Everything needed to answer is in
 * the button itself, so the bot keeps no state; it is validated on the way back
 * because a client can send anything.
 */
export const CARD_DATA_VERSION = 1;

/** Action.Submit on a depends or suggestions card: ask this refined question. */
export const askActionSchema = z
  .object({
    action: z.literal('ask'),
    v: z.literal(CARD_DATA_VERSION),
    language: languageSchema,
    question: z.string().min(1).max(300),
    facts: factsSchema
  })
  .strict();
export type AskAction = z.infer<typeof askActionSchema>;

/** The Universal Action verb of the feedback buttons (Action.Execute). */
export const FEEDBACK_VERB = 'feedback';

/** Longest question a feedback button carries; longer questions are cut to keep the card small. */
export const FEEDBACK_QUESTION_MAX = 1000;

/**
 * Action.Execute "Helpful" / "Not helpful" under an answer: what was answered, and how it was judged.
 * The facts and confidence the answer was decided on (and where its question was cut) come along, so the
 * card can be redrawn exactly as it was, with the thanks, without reading the question again.
 */
export const feedbackActionSchema = z
  .object({
    action: z.literal('feedback'),
    v: z.literal(CARD_DATA_VERSION),
    helpful: z.boolean(),
    language: languageSchema,
    question: z.string().max(FEEDBACK_QUESTION_MAX),
    verdict: verdictSchema,
    rules: z.array(ruleIdSchema).max(ruleIdSchema.options.length),
    facts: factsSchema,
    confidence: z.number().min(0).max(1),
    truncatedAt: z.number().int().positive().optional()
  })
  .strict();
export type FeedbackAction = z.infer<typeof feedbackActionSchema>;
