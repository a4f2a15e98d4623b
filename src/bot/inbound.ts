import type { Activity } from 'botbuilder';
import { z } from 'zod';
import { conversationTypeSchema, type ConversationRef, type TurnUser } from '../conversation/turn';

/**
 * What every Teams activity tells us about where it came from, read defensively:
 * a field Teams leaves out, or a client fills with junk, must not stop the turn.
 * (The server has already refused activities without type, serviceUrl, conversation, from or recipient.)
 */
export interface TurnOrigin {
  locale?: string;
  user: TurnUser;
  ref: ConversationRef;
}

const channelDataTenantSchema = z.object({ tenant: z.object({ id: z.string().min(1) }) });

const channelDataTeamSchema = z.object({
  team: z.object({ id: z.string().min(1).max(200), name: z.string().max(200).optional() }),
  channel: z.object({ id: z.string().min(1).max(200) }).optional()
});

const nonEmpty = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Teams puts the tenant in channelData; some payloads carry it only in conversation.tenantId. */
function tenantIdOf(activity: Activity): string | undefined {
  const fromChannelData = channelDataTenantSchema.safeParse(activity.channelData);
  return fromChannelData.success ? fromChannelData.data.tenant.id : nonEmpty(activity.conversation.tenantId);
}

/** Teams names the team and channel of a channel activity in channelData. */
function teamOf(activity: Activity): ConversationRef['team'] {
  // Chats carry no team; refusing one with the schema would cost more than reading the rest of the activity.
  if ((activity.channelData as { team?: unknown } | null | undefined)?.team === undefined) return undefined;
  const parsed = channelDataTeamSchema.safeParse(activity.channelData);
  if (!parsed.success) return undefined;
  const { team, channel } = parsed.data;
  return { id: team.id, ...(team.name ? { name: team.name } : {}), ...(channel ? { channelId: channel.id } : {}) };
}

/** One-to-one chats from Agents Playground or the Emulator carry no conversationType: they are personal. */
function conversationTypeOf(activity: Activity): ConversationRef['conversationType'] {
  const parsed = conversationTypeSchema.safeParse(activity.conversation.conversationType);
  return parsed.success ? parsed.data : 'personal';
}

export function originOf(activity: Activity): TurnOrigin {
  const team = teamOf(activity);
  return {
    locale: nonEmpty(activity.locale),
    user: { id: activity.from.id, aadObjectId: nonEmpty(activity.from.aadObjectId), name: nonEmpty(activity.from.name) },
    ref: {
      channelId: activity.channelId,
      serviceUrl: activity.serviceUrl,
      conversationId: activity.conversation.id,
      conversationType: conversationTypeOf(activity),
      tenantId: tenantIdOf(activity),
      botId: nonEmpty(activity.recipient.id),
      activityId: nonEmpty(activity.id),
      ...(team ? { team } : {})
    }
  };
}
