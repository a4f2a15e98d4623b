import { z } from 'zod';

/** The languages the bot understands and answers in. */
export const languageSchema = z.enum(['en', 'de']);
export type Language = z.infer<typeof languageSchema>;

/** A text the bot shows, in every language it answers in. */
export const localizedSchema = z.object({ en: z.string().min(1), de: z.string().min(1) });
export type Localized = z.infer<typeof localizedSchema>;

/** Maps a Teams/BCP-47 locale ("de-DE", "de", "en-US") to a language we answer in, if any. */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  const primary = locale?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'de' || primary === 'en' ? primary : undefined;
}
