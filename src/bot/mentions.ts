import type { Activity } from 'botbuilder';
import { z } from 'zod';

/**
 * Teams writes an @mention into the text as `<at>Name</at>` and adds a mention entity naming who was meant.
 * botbuilder's TurnContext.removeRecipientMention is not used: it throws on an entity without `type`,
 * removes only the first mention of the bot, and with an entity lacking `text` it removes the word "undefined".
 */
const mentionSchema = z.object({
  type: z.string().refine((type) => type.toLowerCase() === 'mention'),
  mentioned: z.object({ id: z.string(), name: z.string().optional() }),
  text: z.string().optional()
});
type Mention = z.infer<typeof mentionSchema>;

/**
 * Most entities are not mentions (every Teams message carries a clientInfo entity); a schema that refuses one costs
 * more than the rest of reading the activity, so only what says it is a mention is checked.
 */
function saysMention(entity: unknown): boolean {
  const type = (entity as { type?: unknown } | null | undefined)?.type;
  return typeof type === 'string' && type.toLowerCase() === 'mention';
}

function mentionsOfBot(activity: Activity): Mention[] {
  const botId = activity.recipient.id;
  const entities: unknown[] = Array.isArray(activity.entities) ? activity.entities : [];
  return entities.flatMap((entity) => {
    if (!saysMention(entity)) return [];
    const mention = mentionSchema.safeParse(entity);
    return mention.success && mention.data.mentioned.id === botId ? [mention.data] : [];
  });
}

export function mentionsBot(activity: Activity): boolean {
  return mentionsOfBot(activity).length > 0;
}

/** The text without the bot's mentions, whitespace collapsed; other people's mentions stay. */
export function textWithoutBotMention(activity: Activity): string {
  let text = typeof activity.text === 'string' ? activity.text : '';
  for (const mention of mentionsOfBot(activity)) {
    const written = mention.text ?? (mention.mentioned.name ? `<at>${mention.mentioned.name}</at>` : undefined);
    if (written) text = text.split(written).join(' ');
  }
  return text.replace(/\s+/g, ' ').trim();
}
