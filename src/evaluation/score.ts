import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { languageSchema, type Language } from '../language/language';
import { ruleIdSchema, verdictSchema, type Verdict } from '../policy/rule';
import { ask } from '../engine/ask';

/** One labelled question (format in src/policy/source/RULES.md). */
export const itemSchema = z.object({
  id: z.string(),
  question: z.string().min(1),
  language: languageSchema,
  verdict: z.array(verdictSchema).min(1),
  rules: z.array(ruleIdSchema)
});
export type Item = z.infer<typeof itemSchema>;

/** What a set must reach (the bar of issue 11); flips and yes/no on not-covered are counted apart and allowed nowhere. */
export const THRESHOLDS = { verdictPerLanguage: 0.97, firstRule: 0.95, language: 1 } as const;

export interface Outcome {
  item: Item;
  verdict: Verdict;
  rules: string[];
  language: string;
  verdictOk: boolean;
  ruleOk: boolean;
  languageOk: boolean;
  /** A yes where the labels accept no and not yes, or the reverse: the answer that does harm. */
  flip: boolean;
  /** A yes or no to a question the policy does not cover. */
  guessedNotCovered: boolean;
  /** The facts the question was read as, for a person looking at a miss. */
  reading: string;
}

export interface Figures {
  n: number;
  verdict: number;
  firstRule: number;
  language: number;
  flips: number;
  guessedNotCovered: number;
}

export function parseItems(text: string, source: string): Item[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: line.trim(), number: index + 1 }))
    .filter(({ line }) => line !== '')
    .map(({ line, number }) => {
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        throw new Error(`${source}:${number}: not JSON`);
      }
      const parsed = itemSchema.safeParse(json);
      if (!parsed.success) throw new Error(`${source}:${number}: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}

export function readItems(file: string): Item[] {
  return parseItems(readFileSync(file, 'utf8'), file);
}

const opposite: Partial<Record<Verdict, Verdict>> = { yes: 'no', no: 'yes' };

export function judge(item: Item): Outcome {
  const answer = ask(item.question);
  const [first] = answer.rules;
  const verdictOk = item.verdict.includes(answer.verdict);
  const other = opposite[answer.verdict];
  const { facts } = answer;
  return {
    item,
    verdict: answer.verdict,
    rules: answer.rules,
    language: answer.language,
    verdictOk,
    ruleOk: item.rules.length === 0 ? answer.rules.length === 0 : first !== undefined && item.rules.includes(first),
    languageOk: answer.language === item.language,
    flip: !verdictOk && other !== undefined && item.verdict.includes(other),
    guessedNotCovered: item.verdict[0] === 'not-covered' && other !== undefined,
    reading:
      `${facts.intent}/${facts.asks}/${facts.recipient} topic=${facts.topic} [${facts.topics.join('+')}] own=${facts.ownRelationship} ` +
      `channel=${facts.productChannel}${facts.channelAssumed ? '(assumed)' : ''}${facts.channelDoubted ? '(doubted)' : ''}${facts.bothChannels ? ' both' : ''} ` +
      `when=${facts.asksWhen} products=${facts.products.map((p) => `${p.name}:${p.channel}`).join(',') || '-'} conf=${answer.confidence}`
  };
}

export function figures(outcomes: readonly Outcome[]): Figures {
  const count = (test: (outcome: Outcome) => boolean) => outcomes.filter(test).length;
  return {
    n: outcomes.length,
    verdict: count((o) => o.verdictOk),
    firstRule: count((o) => o.ruleOk),
    language: count((o) => o.languageOk),
    flips: count((o) => o.flip),
    guessedNotCovered: count((o) => o.guessedNotCovered)
  };
}

/** Why a set fails, per language and overall; empty when it passes. */
export function failures(outcomes: readonly Outcome[]): string[] {
  const found: string[] = [];
  for (const language of languageSchema.options as Language[]) {
    const slice = figures(outcomes.filter((o) => o.item.language === language));
    if (slice.n > 0 && slice.verdict / slice.n < THRESHOLDS.verdictPerLanguage) {
      found.push(`verdict (${language}) below ${THRESHOLDS.verdictPerLanguage * 100}%`);
    }
  }
  const all = figures(outcomes);
  if (all.n > 0 && all.firstRule / all.n < THRESHOLDS.firstRule) found.push(`first rule below ${THRESHOLDS.firstRule * 100}%`);
  if (all.language < all.n) found.push('language below 100%');
  if (all.flips > 0) found.push(`${all.flips} yes↔no flip(s)`);
  if (all.guessedNotCovered > 0) found.push(`${all.guessedNotCovered} yes/no on not-covered`);
  return found;
}
