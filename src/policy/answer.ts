import { z } from 'zod';
import { languageSchema } from '../language/language';
import { factsSchema } from '../understanding/facts';
import { ruleIdSchema, verdictSchema } from './rule';

/** A question the user can ask next with one click; it carries its facts so no state is needed to answer it. */
export const followUpSchema = z.object({
  /** Short button text. */
  label: z.string().min(1).max(80),
  /** The full question, in the answer's language. */
  question: z.string().min(1).max(300),
  facts: factsSchema
});
export type FollowUp = z.infer<typeof followUpSchema>;

/** One branch of a `depends` answer: when this holds, this is the verdict. */
export const dependsCaseSchema = z.object({
  when: z.string().min(1),
  verdict: verdictSchema,
  rule: ruleIdSchema,
  /** What the partner can tell the customer in this case: the customer sentence of its rule. */
  customerSentence: z.string().min(1)
});
export type DependsCase = z.infer<typeof dependsCaseSchema>;

export const decidingFactSchema = z.enum(['topic', 'topics', 'ownRelationship', 'productChannel']);
export type DecidingFact = z.infer<typeof decidingFactSchema>;

/**
 * Why a question got `not-covered`: not about the policy, too thin to read, about what Microsoft sends the partner,
 * the asker contacting Microsoft, a task for the bot, or the live state of a service.
 */
export const notCoveredReasonSchema = z.enum(['off-topic', 'unclear', 'partner-recipient', 'asker-acts', 'bot-task', 'live-status']);
export type NotCoveredReason = z.infer<typeof notCoveredReasonSchema>;

/**
 * How the question was read, in one line, and where a deciding fact was assumed rather than said, the button that
 * flips it and answers again (its facts carry the corrected fact).
 */
export const readingSchema = z.object({ text: z.string().min(1), flip: followUpSchema.optional() });
export type Reading = z.infer<typeof readingSchema>;

export const answerSchema = z.object({
  /**
   * Which decision this is: answers with the same id say the same (verdict, rules, summary, follow-ups), whatever
   * their question; everything but the question, language, confidence and facts is shared between them.
   */
  decisionId: z.string().min(1),
  question: z.string(),
  language: languageSchema,
  verdict: verdictSchema,
  /** Most specific first. Empty for not-covered. */
  rules: z.array(ruleIdSchema),
  confidence: z.number().min(0).max(1),
  facts: factsSchema,
  reading: readingSchema,
  /** The verdict in a few words: what a person on a call reads first. */
  headline: z.string().min(1),
  /** The answer in one or two sentences. */
  summary: z.string().min(1),
  /**
   * For a definite answer (yes, no, applies): what the partner can tell the customer, the deciding rule's customer
   * sentence in the answer's language. A depends answer has one per case.
   */
  customerSentence: z.string().min(1).optional(),
  /** For `depends`: the fact that decides, the question that asks for it, and the cases. */
  depends: z
    .object({ decidingFact: decidingFactSchema, prompt: z.string().min(1), cases: z.array(dependsCaseSchema).min(2) })
    .optional(),
  notCovered: notCoveredReasonSchema.optional(),
  followUps: z.array(followUpSchema)
});
export type Answer = z.infer<typeof answerSchema>;
