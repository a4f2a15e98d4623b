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
  const words = commandWordsOf(text);
  return words !== undefined && Object.hasOwn(commandWords, words) ? commandWords[words] : undefined;
}

/** The words of a message short enough to be a command: lower case, without punctuation, single-spaced. */
function commandWordsOf(text: string): string | undefined {
  if (text.length > LONGEST_COMMAND) return undefined;
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "experts here" chooses the experts' channel, "experts off" removes it; in English or German. */
export interface ExpertsCommandWord {
  command: 'here' | 'off';
  language: Language;
}

const expertsCommandWords: Record<string, ExpertsCommandWord> = {
  'experts here': { command: 'here', language: 'en' },
  'experten hier': { command: 'here', language: 'de' },
  'experts off': { command: 'off', language: 'en' },
  'experten aus': { command: 'off', language: 'de' }
};

export function expertsCommandOf(text: string): ExpertsCommandWord | undefined {
  const words = commandWordsOf(text);
  return words !== undefined && Object.hasOwn(expertsCommandWords, words) ? expertsCommandWords[words] : undefined;
}
