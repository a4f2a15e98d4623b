import type { Language } from '../language/language';

export type CommandName = 'help' | 'rules' | 'about';

export interface Command {
  name: CommandName;
  /** The language of the word typed: "hilfe" asks for help in German. */
  language: Language;
}

const commandWords: Record<string, Command> = {
  help: { name: 'help', language: 'en' },
  hilfe: { name: 'help', language: 'de' },
  rules: { name: 'rules', language: 'en' },
  regeln: { name: 'rules', language: 'de' },
  about: { name: 'about', language: 'en' },
  über: { name: 'about', language: 'de' },
  ueber: { name: 'about', language: 'de' }
};

/** A command word with room for the spacing and punctuation around it; anything longer is read as a question. */
const LONGEST_COMMAND = 32;

/**
 * A message that is exactly one command word, ignoring case, spacing and punctuation ("Help?", " hilfe! ", "/about").
 * Anything longer is a question, so "help me with billing" is answered, not met with the help card.
 */
export function commandOf(text: string): Command | undefined {
  if (text.length > LONGEST_COMMAND) return undefined;
  const word = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .trim();
  return Object.hasOwn(commandWords, word) ? commandWords[word] : undefined;
}
