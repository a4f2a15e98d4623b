/**
 * Compares a newer copy of the policy page with the copy the bot answers from: is every quoted sentence still there
 * word for word, is the applies-to list the same, is there new text (a new section, a new sentence about customer
 * communication) that the policy data does not cover yet, and what date does the page carry now.
 */
import { diffWords } from 'diff';
import type { Language } from '../../src/language/language';
import type { Policy, RuleId } from '../../src/policy/rule';
import { normalized, type Block, type Page } from './page';

export interface QuoteFinding {
  rule: RuleId;
  language: Language;
  quote: string;
  /** still: found word for word; changed: a sentence much like it is there instead; gone: nothing like it is. */
  state: 'still' | 'changed' | 'gone';
  /** For changed: the sentence now on the page, and the word diff from the quote to it. */
  now?: string;
  wordDiff?: string;
}

export interface AppliesToFinding {
  language: Language;
  state: 'same' | 'changed' | 'missing';
  before: string[];
  now: string[];
}

export interface NewText {
  language: Language;
  kind: Block['kind'];
  text: string;
  /** It speaks of communication or contact with customers: it may be a rule the policy data does not have. */
  aboutCommunication: boolean;
}

export interface Comparison {
  quotes: QuoteFinding[];
  appliesTo: AppliesToFinding[];
  newText: NewText[];
  date: { stored: string; page?: string };
  /** Every quote still stands, the applies-to list is the same, and there is no new section or rule-like text. */
  unchanged: boolean;
}

/** The page is not "Customer communication from Microsoft" at all: comparing it would only produce noise. */
export class NotThePolicyPage extends Error {}

/** Words that make a new sentence worth a policy owner's look: it may say who talks to customers about what. */
const aboutCommunication =
  /communicat|contact|notif|inform|e-?mail|messag|kommuni|kontakt|benachricht|mitteil|nachricht|customer|kunde/i;

function textIn(blocks: Block[], language: Language): string[] {
  return blocks.flatMap((block) => (block.text[language] ? [block.text[language]] : []));
}

/** Sentences of a block: split after . ! ? followed by a space; a list item or heading is one sentence. */
function sentencesOf(block: Block, language: Language): string[] {
  const text = block.text[language];
  if (!text) return [];
  return block.kind === 'paragraph' ? text.split(/(?<=[.!?])\s+(?=\S)/) : [text];
}

function wordsOf(text: string): string[] {
  return text.split(' ').filter((word) => word !== '');
}

/** Share of the longer text's words that the two texts have in common, in order. */
function similarity(left: string, right: string): number {
  let same = 0;
  for (const part of diffWords(left, right)) if (!part.added && !part.removed) same += wordsOf(part.value).length;
  return same / Math.max(wordsOf(left).length, wordsOf(right).length, 1);
}

/** As `git diff --word-diff=plain` writes it: [-removed-]{+added+}. */
export function wordDiff(before: string, after: string): string {
  return diffWords(before, after)
    .map((part) => (part.removed ? `[-${part.value}-]` : part.added ? `{+${part.value}+}` : part.value))
    .join('');
}

/** Below this share of common words a sentence is not taken for a changed version of a quote. */
const SAME_SENTENCE = 0.5;

function quoteFinding(rule: RuleId, language: Language, quote: string, page: Page): QuoteFinding {
  const wanted = normalized(quote);
  if (textIn(page.blocks, language).some((text) => text.includes(wanted))) return { rule, language, quote, state: 'still' };
  let best: { sentence: string; score: number } | undefined;
  for (const block of page.blocks) {
    for (const sentence of sentencesOf(block, language)) {
      const score = similarity(wanted, sentence);
      if (!best || score > best.score) best = { sentence, score };
    }
  }
  if (!best || best.score < SAME_SENTENCE) return { rule, language, quote, state: 'gone' };
  return { rule, language, quote, state: 'changed', now: best.sentence, wordDiff: wordDiff(wanted, best.sentence) };
}

/** "**Applies to**", "Applies to:" and "Applies to" all introduce the list. */
function label(text: string): string {
  return text.replace(/[*_:]/g, '').trim().toLowerCase();
}

/** The list right after the paragraph that introduces it ("Applies to", "Zielgruppe" on the stored page). */
function listAfter(blocks: Block[], language: Language, introduction: string): string[] | undefined {
  const start = blocks.findIndex((block) => block.kind !== 'item' && label(block.text[language] ?? '') === introduction);
  if (start < 0) return undefined;
  const items: string[] = [];
  for (const block of blocks.slice(start + 1)) {
    if (block.kind !== 'item') break;
    items.push(block.text[language] ?? '');
  }
  return items;
}

function appliesToFinding(policy: Policy, stored: Page, page: Page, language: Language): AppliesToFinding {
  const before = policy.rules.find((rule) => rule.id === 'applies-to')?.quote[language] ?? [];
  const firstItem = stored.blocks.findIndex((block) => block.kind === 'item');
  const introduction = label(stored.blocks[firstItem - 1]?.text[language] ?? '');
  const now = listAfter(page.blocks, language, introduction);
  if (now === undefined) return { language, state: 'missing', before, now: [] };
  const same = now.length === before.length && now.every((item, index) => item === before[index]);
  return { language, state: same ? 'same' : 'changed', before, now };
}

function newTextIn(stored: Page, page: Page, language: Language): NewText[] {
  const known = textIn(stored.blocks, language).join('\n');
  const found: NewText[] = [];
  for (const block of page.blocks) {
    for (const sentence of sentencesOf(block, language)) {
      if (known.includes(sentence)) continue;
      found.push({ language, kind: block.kind, text: sentence, aboutCommunication: aboutCommunication.test(sentence) });
    }
  }
  return found;
}

function titleLanguage(policy: Policy, title: string): Language | undefined {
  const wanted = title.toLowerCase();
  return (['en', 'de'] as const).find((language) => wanted.includes(policy.source.title[language].toLowerCase()));
}

export function guessLanguage(policy: Policy): (title: string) => Language | undefined {
  return (title) => titleLanguage(policy, title);
}

export function compare(policy: Policy, stored: Page, page: Page): Comparison {
  const rules = policy.rules.filter((rule) => rule.id !== 'applies-to');
  const quotes = page.languages.flatMap((language) =>
    rules.flatMap((rule) => rule.quote[language].map((quote) => quoteFinding(rule.id, language, quote, page)))
  );
  if (titleLanguage(policy, page.title) === undefined && quotes.every((finding) => finding.state !== 'still')) {
    throw new NotThePolicyPage(
      `This is not the page "${policy.source.title.en}" ("${policy.source.title.de}"): ` +
        `its title is "${page.title || '(none)'}" and none of the quoted rules is on it.`
    );
  }
  const appliesTo = page.languages.map((language) => appliesToFinding(policy, stored, page, language));
  // What is reported as a changed quote or a changed list is not reported again as new text.
  const reported = new Set([...quotes.flatMap((finding) => (finding.now ? [finding.now] : [])), ...appliesTo.flatMap((finding) => finding.now)]);
  const newText = page.languages.flatMap((language) => newTextIn(stored, page, language)).filter((text) => !reported.has(text.text));
  const unchanged =
    quotes.every((finding) => finding.state === 'still') &&
    appliesTo.every((finding) => finding.state === 'same') &&
    newText.every((text) => text.kind !== 'heading' && !text.aboutCommunication);
  return { quotes, appliesTo, newText, date: { stored: policy.source.pageDate, ...(page.date ? { page: page.date } : {}) }, unchanged };
}
