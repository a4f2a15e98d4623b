import { z } from 'zod';
import { languageSchema } from '../language/language';
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
