import { z } from 'zod';
import { languageSchema } from '../language/language';

/**
 * What a question is about, reduced to the facts the policy decides on.
 * Plain data: the policy engine reads it, button payloads carry it, and
 * nothing here knows where the question came from.
 */
export const intentSchema = z.enum([
  'communication', // does Microsoft itself communicate with the partner's customer?
  'applies-to', // where does the policy apply?
  'off-topic', // not about this policy
  'unclear' // looks like a policy question, but too little to answer it
]);

export const topicSchema = z.enum([
  'billing', // invoices, payments, prices, renewals, licences, subscription changes, suspensions, cancellations
  'operational', // outages, service and security incidents, maintenance, service health
  'general', // communication with the customer in general, or who owns it
  'marketing', // offers, promotions, newsletters, sales contact
  'none' // no topic given
]);

/** Three-valued: the question says so, says not, or does not say. */
export const triStateSchema = z.enum(['yes', 'no', 'unknown']);

/** Whether the products in question were bought through CSP or directly from Microsoft. */
export const productChannelSchema = z.enum(['csp', 'non-csp', 'unknown']);

export const factsSchema = z
  .object({
    intent: intentSchema,
    topic: topicSchema,
    /** Whether the customer has its own commercial relationship with Microsoft. */
    ownRelationship: triStateSchema,
    productChannel: productChannelSchema,
    /** The question asks when or whether Microsoft ever communicates, without a topic. */
    asksWhen: z.boolean(),
    /** Product names found in the question, canonical spelling. */
    products: z.array(z.string().max(40)).max(10)
  })
  .strict();
export type Facts = z.infer<typeof factsSchema>;
export type Intent = z.infer<typeof intentSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type TriState = z.infer<typeof triStateSchema>;
export type ProductChannel = z.infer<typeof productChannelSchema>;

export const understandingSchema = z.object({
  language: languageSchema,
  facts: factsSchema,
  /** 0..1: how sure the understanding is that the facts are what was asked. */
  confidence: z.number().min(0).max(1)
});
export type Understanding = z.infer<typeof understandingSchema>;

/** Facts of a question that gives nothing: the starting point for the understanding. */
export function emptyFacts(): Facts {
  return {
    intent: 'off-topic',
    topic: 'none',
    ownRelationship: 'unknown',
    productChannel: 'unknown',
    asksWhen: false,
    products: []
  };
}
