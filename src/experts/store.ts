import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { conversationTypeSchema } from '../conversation/turn';
import { CatalogError } from '../errors/catalog';
import { languageSchema } from '../language/language';
import { ruleIdSchema, verdictSchema } from '../policy/rule';
import type { Storage, StoreItem } from '../storage/storage';
import { factsSchema } from '../understanding/facts';

/** One experts' channel per tenant, under this prefix and the tenant id. */
export const EXPERTS_CHANNEL_KEY_PREFIX = 'experts-channel/';
/** Every question for the experts under its own key: this prefix and the ticket id (which starts with its time). */
export const TICKET_KEY_PREFIX = 'expert-questions/';

const name = z.string().max(200);
const time = z.iso.datetime();

/** Where the bot posts questions for the experts: a Teams channel, chosen by saying "experts here" in it. */
export const expertsChannelSchema = z
  .object({
    tenantId: z.string(),
    teamId: z.string().min(1),
    teamName: name.optional(),
    /** The channel's own id: a proactive post to it starts a new thread there. */
    channelId: z.string().min(1),
    serviceUrl: z.string().min(1),
    botId: z.string().optional(),
    setAt: time
  })
  .strict();
export type ExpertsChannel = z.infer<typeof expertsChannelSchema>;

export const ticketStatusSchema = z.enum(['open', 'taken', 'answered', 'closed']);
export type TicketStatus = z.infer<typeof ticketStatusSchema>;

/** Each step, by whom (their Teams name, as the experts see it on the card) and when. */
export const ticketStepSchema = z
  .object({ step: z.enum(['asked', 'taken', 'answered', 'closed', 'asker-notified']), at: time, by: name.optional() })
  .strict();
export type TicketStep = z.infer<typeof ticketStepSchema>;

/**
 * A question handed to the experts. It keeps who asked, by Teams name and id, because the experts need the name
 * and the bot needs the id to bring the answer back; RETENTION_DAYS deletes it once it is answered or closed.
 */
export const ticketSchema = z
  .object({
    id: z.string().min(1),
    tenantId: z.string(),
    status: ticketStatusSchema,
    createdAt: time,
    language: languageSchema,
    question: z.string(),
    context: z.string(),
    verdict: verdictSchema,
    rules: z.array(ruleIdSchema),
    confidence: z.number().min(0).max(1),
    facts: factsSchema,
    asker: z
      .object({
        id: z.string().min(1),
        aadObjectId: z.string().optional(),
        name,
        serviceUrl: z.string().min(1),
        botId: z.string().optional(),
        /** Where they asked; a personal chat is where the answer goes, otherwise a personal chat is opened. */
        askedIn: conversationTypeSchema,
        personalConversationId: z.string().optional()
      })
      .strict(),
    channel: z.object({ conversationId: z.string().min(1), activityId: z.string().optional() }).strict(),
    takenBy: name.optional(),
    answer: z.object({ text: z.string(), by: name, at: time }).strict().optional(),
    steps: z.array(ticketStepSchema)
  })
  .strict();
export type Ticket = z.infer<typeof ticketSchema>;

/** A stored ticket with the eTag it was read with, for a write that must not overwrite another instance's step. */
export interface StoredTicket {
  ticket: Ticket;
  eTag?: string;
}

export function newTicketId(now: Date): string {
  return `${now.toISOString().replace(/[-:.]/g, '')}-${randomBytes(4).toString('hex')}`;
}

export function withoutETag({ eTag, ...item }: StoreItem): [Record<string, unknown>, string | undefined] {
  return [item, eTag];
}

/** The experts' channels and tickets in the shared store; every instance reads and writes them the same way. */
export class ExpertsStore {
  constructor(private readonly storage: Storage) {}

  async channel(tenantId: string): Promise<ExpertsChannel | undefined> {
    const key = `${EXPERTS_CHANNEL_KEY_PREFIX}${tenantId}`;
    const item = (await this.storage.read([key]))[key];
    if (!item) return undefined;
    const parsed = expertsChannelSchema.safeParse(withoutETag(item)[0]);
    if (!parsed.success) throw new CatalogError('storedExpertsUnreadable', { key });
    return parsed.data;
  }

  async setChannel(channel: ExpertsChannel): Promise<void> {
    await this.storage.write({ [`${EXPERTS_CHANNEL_KEY_PREFIX}${channel.tenantId}`]: { ...channel } });
  }

  async removeChannel(tenantId: string): Promise<void> {
    await this.storage.delete([`${EXPERTS_CHANNEL_KEY_PREFIX}${tenantId}`]);
  }

  async ticket(id: string): Promise<StoredTicket | undefined> {
    const key = `${TICKET_KEY_PREFIX}${id}`;
    const item = (await this.storage.read([key]))[key];
    if (!item) return undefined;
    const [fields, eTag] = withoutETag(item);
    const parsed = ticketSchema.safeParse(fields);
    if (!parsed.success) throw new CatalogError('storedExpertsUnreadable', { key });
    return { ticket: parsed.data, ...(eTag === undefined ? {} : { eTag }) };
  }

  /** Writes the ticket; with the eTag it was read with, fails with CSP5004 when another instance changed it meanwhile. */
  async saveTicket(ticket: Ticket, eTag?: string): Promise<void> {
    await this.storage.write({ [`${TICKET_KEY_PREFIX}${ticket.id}`]: { ...ticket, ...(eTag ? { eTag } : {}) } });
  }

  async deleteTicket(id: string): Promise<void> {
    await this.storage.delete([`${TICKET_KEY_PREFIX}${id}`]);
  }
}
