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

/** The Universal Action verbs of "Ask an expert": open the form, send it, or go back to the answer. */
export const EXPERT_VERBS = { ask: 'expertAsk', send: 'expertSend', cancel: 'expertCancel' } as const;

/** Longest line of context an asker may add for the experts (the form's input is limited to it too). */
export const EXPERT_CONTEXT_MAX = 500;

/**
 * "Ask an expert" under an answer, and the form it opens: what was answered, so the experts see the bot's answer
 * and what it read the question as, and so "Back" can redraw the answer card. `after` is the feedback state the
 * answer card was in. Teams adds the form's input (`contextLine`) to the data of the button that sends it.
 */
export const expertRequestSchema = z
  .object({
    action: z.literal('expert'),
    v: z.literal(CARD_DATA_VERSION),
    after: z.enum(['ask', 'not-helpful']),
    language: languageSchema,
    question: z.string().min(1).max(FEEDBACK_QUESTION_MAX),
    verdict: verdictSchema,
    rules: z.array(ruleIdSchema).max(ruleIdSchema.options.length),
    facts: factsSchema,
    confidence: z.number().min(0).max(1),
    truncatedAt: z.number().int().positive().optional(),
    contextLine: z.string().max(EXPERT_CONTEXT_MAX).optional()
  })
  .strict();
export type ExpertRequest = z.infer<typeof expertRequestSchema>;

/** The Universal Action verbs of the experts' card in their channel; refresh also serves Teams' automatic refresh. */
export const TICKET_VERBS = { take: 'ticketTake', answer: 'ticketAnswer', close: 'ticketClose', refresh: 'ticketRefresh' } as const;

/** Longest answer an expert can send (the card's input is limited to it too). */
export const EXPERT_ANSWER_MAX = 2000;

/** Every button of the experts' card names its ticket; Teams adds the answer field (`answerText`) to the data. */
export const ticketActionSchema = z
  .object({
    action: z.literal('ticket'),
    v: z.literal(CARD_DATA_VERSION),
    ticketId: z.string().min(1).max(100),
    answerText: z.string().max(EXPERT_ANSWER_MAX).optional()
  })
  .strict();
export type TicketAction = z.infer<typeof ticketActionSchema>;
