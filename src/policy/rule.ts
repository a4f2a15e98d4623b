import { z } from 'zod';
import { localizedSchema } from '../language/language';

/** The fixed rule ids of RULES.md: tests, evaluation sets and answer payloads use them. */
export const ruleIdSchema = z.enum([
  'applies-to',
  'partner-communicates',
  'subscription-communication',
  'operational-communication',
  'non-csp-relationship'
]);
export type RuleId = z.infer<typeof ruleIdSchema>;

export const verdictSchema = z.enum(['no', 'yes', 'depends', 'applies', 'not-covered']);
export type Verdict = z.infer<typeof verdictSchema>;

const verbatimSchema = z.object({
  en: z.array(z.string().min(1)).min(1),
  de: z.array(z.string().min(1)).min(1)
});

const wordListSchema = z.object({ en: z.array(z.string().min(1)), de: z.array(z.string().min(1)) }).strict();

/**
 * What the partner can say to the customer when this rule decides: addressed to the customer ("you" is the customer,
 * "we" the partner), never stronger than the quote. `mustSay` holds the words that keep it as weak as the quote
 * ("In general", "may"); `forbiddenWords` the words that would promise more than the quote does. Both are checked by
 * the tests (test/policy/customer-sentence.test.ts) on every change of the sentence.
 */
const customerSchema = z
  .object({
    sentence: localizedSchema,
    mustSay: wordListSchema,
    forbiddenWords: wordListSchema.refine((lists) => lists.en.length > 0 && lists.de.length > 0, {
      message: 'every customer sentence needs words it must not use, in both languages'
    })
  })
  .strict();

export const ruleSchema = z
  .object({
    id: ruleIdSchema,
    /** The verdict a question gets when this rule is the one that decides it. */
    effect: verdictSchema.exclude(['depends', 'not-covered']),
    title: localizedSchema,
    /** Passages quoted word for word from the source page, English original and German page text. */
    quote: verbatimSchema,
    /** The answer in one sentence, when this rule decides. */
    answer: localizedSchema,
    /** The rule in plain words. */
    explanation: localizedSchema,
    /** What the partner should do. */
    partnerAction: localizedSchema,
    /** What the partner can tell the customer. */
    customer: customerSchema
  })
  .strict();
export type Rule = z.infer<typeof ruleSchema>;

export const policySchema = z
  .object({
    source: z
      .object({
        title: localizedSchema,
        url: z.object({ en: z.url(), de: z.url() }),
        /** The page's ms.date, ISO 8601. */
        pageDate: z.iso.date(),
        /** The page as stored in this repository, next to the policy data. */
        file: z.string().min(1)
      })
      .strict(),
    rules: z.array(ruleSchema).length(ruleIdSchema.options.length)
  })
  .strict()
  .refine((policy) => new Set(policy.rules.map((rule) => rule.id)).size === policy.rules.length, {
    message: 'rule ids must be unique'
  });
export type Policy = z.infer<typeof policySchema>;
