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

/**
 * What the question asks: whether Microsoft communicates with the customer (the policy's question), or something
 * the policy does not answer: the asker doing something (calling Microsoft support), a task for the bot (write a
 * mail, open a ticket), or the live state of a service (is Outlook down right now?).
 */
export const asksSchema = z.enum(['microsoft-communicates', 'asker-acts', 'bot-task', 'live-status']);

/** Who would receive the communication: the partner's customer (the policy's subject) or the partner itself. */
export const recipientSchema = z.enum(['customer', 'partner']);

/** A product named in the question, with how the question says it was bought. */
const productObjectSchema = z.object({ name: z.string().min(1).max(40), channel: productChannelSchema }).strict();
/** Cards sent before products carried their channel hold bare names: read as "channel unknown". */
export const productSchema = z.union([
  productObjectSchema,
  z
    .string()
    .min(1)
    .max(40)
    .transform((name) => ({ name, channel: 'unknown' as const }))
]);

export const factsSchema = z
  .object({
    intent: intentSchema,
    // Defaults for the facts added later, so buttons on cards sent before still answer.
    asks: asksSchema.default('microsoft-communicates'),
    recipient: recipientSchema.default('customer'),
    /** The topic that decides when there is one; `topics` holds every topic present. */
    topic: topicSchema,
    topics: z.array(topicSchema.exclude(['none'])).max(4).default([]),
    /** Whether the customer has its own commercial relationship with Microsoft. */
    ownRelationship: triStateSchema,
    /** How what the question is about was bought. */
    productChannel: productChannelSchema,
    /** The channel was not said: the partner's channel taken by default (RULES.md), shown so the user can flip it. */
    channelAssumed: z.boolean().default(false),
    /** The asker doubts the channel: "no idea if they bought it from us", not in our Partner Center. */
    channelDoubted: z.boolean().default(false),
    /** The customer buys both through the partner and directly from Microsoft, per the question. */
    bothChannels: z.boolean().default(false),
    /** The question asks when or whether Microsoft ever communicates, without a topic. */
    asksWhen: z.boolean(),
    /** Products named in the question, canonical spelling, each with how it was bought. */
    products: z.array(productSchema).max(10)
  })
  .strict();
export type Facts = z.infer<typeof factsSchema>;
export type Intent = z.infer<typeof intentSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type TriState = z.infer<typeof triStateSchema>;
export type ProductChannel = z.infer<typeof productChannelSchema>;
export type Asks = z.infer<typeof asksSchema>;
export type Recipient = z.infer<typeof recipientSchema>;
export type Product = z.infer<typeof productSchema>;

export const understandingSchema = z.object({
  language: languageSchema,
  facts: factsSchema,
  /** 0..1: how sure the understanding is that the facts are what was asked. */
  confidence: z.number().min(0).max(1),
  /** The words as read, where the reading mended or guessed a misspelt word: what the second opinion judges. */
  spelling: z.string().optional()
});
export type Understanding = z.infer<typeof understandingSchema>;

/** Facts of a question that gives nothing: the starting point for the understanding. */
export function emptyFacts(): Facts {
  return {
    intent: 'off-topic',
    asks: 'microsoft-communicates',
    recipient: 'customer',
    topic: 'none',
    topics: [],
    ownRelationship: 'unknown',
    productChannel: 'unknown',
    channelAssumed: false,
    channelDoubted: false,
    bothChannels: false,
    asksWhen: false,
    products: []
  };
}
