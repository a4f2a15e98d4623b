import { languageOfLocale, type Language } from '../language/language';
import { isKnownWord, scan, type Scan } from './matcher';
import { normalize, tokenize } from './normalize';

/** Which language the question is written in (or the one asked for): the answer's language. */

export interface UnderstandOptions {
  /** Answer in this language whatever the question is written in. */
  language?: Language;
  /** The client's locale: decides the language only when the words leave it open. */
  locale?: string;
}

/** "Please translate this mail: '…'": the asker's own words, outside the pasted passage, say which language to answer in. */
export function languageEvidence(scanned: Scan, raw: string, own: string): Scan {
  if (own === raw) return scanned;
  const outside = scan(tokenize(normalize(own)));
  if (outside.languageScore.en + outside.languageScore.de >= 3) return outside;
  // "Zielgruppe lt. 'Applies to'?": the page's words quoted even out the asker's own few; those few decide
  const { en, de } = scanned.languageScore;
  return en === de && outside.languageScore.en !== outside.languageScore.de ? outside : scanned;
}

/**
 * Spellings only one of the languages has, for words the lexicon does not know: "Abwesenheitsnotiz einrichten",
 * "Datenschutzerklärung" are German by their shape; "throughput", "onboarding" English.
 */
const GERMAN_SHAPE = /(sch|cht|tz|heit|keit|ung|ungen|lich|isch|ier(t|en)|chen)$|sch|cht|heit|keit|tz[aeiou]|ae[a-z]/;
const ENGLISH_SHAPE = /^(th|wh)|(ing|ings|tion|tions|ly|ous|ness)$|ght|ee[a-z]|oo[a-z]|w[aeiou]/;

/** Which language the words' shapes point to, for a question whose known words leave the language open. */
function languageByShape(tokens: readonly string[]): Record<Language, number> {
  const score = { en: 0, de: 0 };
  for (const token of tokens) {
    if (token.length < 4 || isKnownWord(token) || /\d/.test(token)) continue;
    if (GERMAN_SHAPE.test(token)) score.de++;
    if (ENGLISH_SHAPE.test(token)) score.en++;
  }
  return score;
}

export function detectLanguage(scanned: Scan, raw: string, options: UnderstandOptions): Language {
  if (options.language) return options.language;
  const score = { ...scanned.languageScore };
  if (/[äöüß]/i.test(raw)) score.de += 2;
  if (score.de === score.en) {
    const shape = languageByShape(scanned.tokens);
    score.de += shape.de;
    score.en += shape.en;
  }
  if (score.de > score.en) return 'de';
  if (score.en > score.de) return 'en';
  return languageOfLocale(options.locale) ?? 'en';
}
