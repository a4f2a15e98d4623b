import { z } from 'zod';
import { languageSchema } from '../language/language';
import { ruleIdSchema, verdictSchema } from '../policy/rule';
import { emptyFacts, factsSchema, type Facts } from '../understanding/facts';

/**
 * Data carried by the buttons on our cards. Everything needed to answer is in
 * the button itself, so the bot keeps no state; it is validated on the way back
 * because a client can send anything.
 *
 * Version 2 leaves out of the data every fact at its blank value (what a question that says nothing gives,
 * `emptyFacts`): most facts are blank in most answers, and every reply is serialised and sent with five or so
 * buttons that each carry the facts (about 800 bytes of an 8.3 kB reply). Version 1 carried every fact. Both are
 * read: a fact left out reads as blank, so a button on a card sent before answers as it did.
 */
export const CARD_DATA_VERSION = 2;
/** The versions of button data this bot reads; older or newer data gets the stale-action notice. */
const READ_VERSIONS = [1, CARD_DATA_VERSION] as const;
export const READ_CARD_DATA_VERSIONS: readonly number[] = READ_VERSIONS;
const readVersionSchema = z.literal(READ_VERSIONS);

const blankFacts: Readonly<Facts> = emptyFacts();

/** Facts as a button carries them: any fact may be left out. */
const carriedFactsSchema = factsSchema.partial();

/** Facts read from a button of either version: a fact left out is blank. */
const readFactsSchema = carriedFactsSchema.transform((carried): Facts => {
  const facts = emptyFacts();
  for (const [name, value] of Object.entries(carried)) if (value !== undefined) Object.assign(facts, { [name]: value });
  return facts;
});

function isBlank(name: keyof Facts, value: Facts[keyof Facts]): boolean {
  const blank = blankFacts[name];
  return value === blank || (Array.isArray(value) && Array.isArray(blank) && value.length === 0 && blank.length === 0);
}

const factNames = Object.keys(blankFacts) as (keyof Facts)[];

/** The facts a button carries: those not at their blank value. */
export function carriedFacts(facts: Facts): Partial<Facts> {
  const carried: Partial<Record<keyof Facts, Facts[keyof Facts]>> = {};
  for (const name of factNames) {
    const value = facts[name];
    if (!isBlank(name, value)) carried[name] = value;
  }
  return carried as Partial<Facts>;
}

/** Action.Submit on a depends or suggestions card: ask this refined question. */
const askSchema = <Version extends z.ZodType, CarriedFacts extends z.ZodType>(version: Version, facts: CarriedFacts) =>
  z
    .object({
      action: z.literal('ask'),
      v: version,
      language: languageSchema,
      question: z.string().min(1).max(300),
      facts
    })
    .strict();
/** What the bot reads from such a button (either version, the facts filled in). */
export const askActionSchema = askSchema(readVersionSchema, readFactsSchema);
export type AskAction = z.infer<typeof askActionSchema>;
/** What the bot writes into one. */
export const askButtonSchema = askSchema(z.literal(CARD_DATA_VERSION), carriedFactsSchema);
export type AskButton = z.infer<typeof askButtonSchema>;

/** The Universal Action verb of the feedback buttons (Action.Execute). */
export const FEEDBACK_VERB = 'feedback';

/** Longest question a feedback button carries; longer questions are cut to keep the card small. */
export const FEEDBACK_QUESTION_MAX = 1000;

/**
 * Action.Execute "Helpful" / "Not helpful" under an answer: what was answered, and how it was judged.
 * The facts and confidence the answer was decided on (and where its question was cut) come along, so the
 * card can be redrawn exactly as it was, with the thanks, without reading the question again.
 */
const feedbackSchema = <Version extends z.ZodType, CarriedFacts extends z.ZodType>(version: Version, facts: CarriedFacts) =>
  z
    .object({
      action: z.literal('feedback'),
      v: version,
      helpful: z.boolean(),
      language: languageSchema,
      question: z.string().max(FEEDBACK_QUESTION_MAX),
      verdict: verdictSchema,
      rules: z.array(ruleIdSchema).max(ruleIdSchema.options.length),
      facts,
      confidence: z.number().min(0).max(1),
      truncatedAt: z.number().int().positive().optional()
    })
    .strict();
export const feedbackActionSchema = feedbackSchema(readVersionSchema, readFactsSchema);
export type FeedbackAction = z.infer<typeof feedbackActionSchema>;
export const feedbackButtonSchema = feedbackSchema(z.literal(CARD_DATA_VERSION), carriedFactsSchema);
export type FeedbackButton = z.infer<typeof feedbackButtonSchema>;

/** The Universal Action verbs of "Ask an expert": open the form, send it, or go back to the answer. */
export const EXPERT_VERBS = { ask: 'expertAsk', send: 'expertSend', cancel: 'expertCancel' } as const;

/** Longest line of context an asker may add for the experts (the form's input is limited to it too). */
export const EXPERT_CONTEXT_MAX = 500;

/**
 * "Ask an expert" under an answer, and the form it opens: what was answered, so the experts see the bot's answer
 * and what it read the question as, and so "Back" can redraw the answer card. `after` is the feedback state the
 * answer card was in. Teams adds the form's input (`contextLine`) to the data of the button that sends it.
 */
const expertSchema = <Version extends z.ZodType, CarriedFacts extends z.ZodType>(version: Version, facts: CarriedFacts) =>
  z
    .object({
      action: z.literal('expert'),
      v: version,
      after: z.enum(['ask', 'not-helpful']),
      language: languageSchema,
      question: z.string().min(1).max(FEEDBACK_QUESTION_MAX),
      verdict: verdictSchema,
      rules: z.array(ruleIdSchema).max(ruleIdSchema.options.length),
      facts,
      confidence: z.number().min(0).max(1),
      truncatedAt: z.number().int().positive().optional(),
      contextLine: z.string().max(EXPERT_CONTEXT_MAX).optional()
    })
    .strict();
export const expertRequestSchema = expertSchema(readVersionSchema, readFactsSchema);
export type ExpertRequest = z.infer<typeof expertRequestSchema>;
export const expertButtonSchema = expertSchema(z.literal(CARD_DATA_VERSION), carriedFactsSchema);
export type ExpertButton = z.infer<typeof expertButtonSchema>;

/** The data of a button that carries an expert request: the request as this version writes it. */
export function expertButton(request: ExpertRequest): ExpertButton {
  return { ...request, v: CARD_DATA_VERSION, facts: carriedFacts(request.facts) };
}

/** The Universal Action verbs of the experts' card in their channel; refresh also serves Teams' automatic refresh. */
export const TICKET_VERBS = { take: 'ticketTake', answer: 'ticketAnswer', close: 'ticketClose', refresh: 'ticketRefresh' } as const;

/** Longest answer an expert can send (the card's input is limited to it too). */
export const EXPERT_ANSWER_MAX = 2000;

/** Every button of the experts' card names its ticket; Teams adds the answer field (`answerText`) to the data. */
export const ticketActionSchema = z
  .object({
    action: z.literal('ticket'),
    // The experts' cards stay in their channel for long: the version 1 ones must keep working.
    v: readVersionSchema,
    ticketId: z.string().min(1).max(100),
    answerText: z.string().max(EXPERT_ANSWER_MAX).optional()
  })
  .strict();
export type TicketAction = z.infer<typeof ticketActionSchema>;
