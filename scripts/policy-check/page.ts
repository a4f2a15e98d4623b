/**
 * A copy of the policy page, whatever its form, as the text a reader sees: the page as learn.microsoft.com serves it
 * (HTML with the site's navigation, feedback and footer around the article), or its Markdown source as published in
 * Microsoft's docs repository, in English, German, or the German machine translation with the English original beside
 * each sentence (the form of the copy stored in src/policy/source/).
 */
import * as cheerio from 'cheerio';
import { marked } from 'marked';
import type { Language } from '../../src/language/language';

export type PageFormat = 'learn-html' | 'markdown';

/** A heading, paragraph or list item, in each language the page has it in. */
export interface Block {
  kind: 'heading' | 'paragraph' | 'item';
  text: Partial<Record<Language, string>>;
}

export interface Page {
  format: PageFormat;
  /** The languages the page's text is in: one, or both for a machine translation that keeps the original beside it. */
  languages: Language[];
  /** The page's title (its first heading, or the front matter's title). */
  title: string;
  /** The page's date (ms.date), ISO 8601, when the copy names one. */
  date?: string;
  blocks: Block[];
}

/** Whitespace as a reader sees it: any run of spaces, tabs, line breaks or no-break spaces is one space. */
export function normalized(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** ms.date is written month/day/year; ISO 8601 is what the policy data keeps. */
function isoDate(msDate: string | undefined): string | undefined {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(msDate?.trim() ?? '');
  if (!match) return undefined;
  const [, month, day, year] = match;
  return `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
}

function languageOfLocale(locale: string | undefined): Language | undefined {
  const primary = locale?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'de' || primary === 'en' ? primary : undefined;
}

/** Parts of a Learn page around the article: navigation, metadata, feedback, notifications, scripts. */
const learnChrome = [
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  '[hidden]',
  '[aria-hidden="true"]',
  '.visually-hidden',
  '.page-metadata-container',
  '.metadata',
  '.feedback-section',
  '#ms--inline-notifications',
  '#ms--content-well-notifications',
  '#assertive-live-region',
  '#site-user-feedback-footer',
  '#article-header',
  '#ms--additional-resources',
  '.alert.is-hidden'
].join(', ');

/** In the machine translation, each sentence's English original rides along in a hidden span of this class. */
const ORIGINAL = '.sxs-lookup';

function blocksOf($: cheerio.CheerioAPI, root: ReturnType<cheerio.CheerioAPI>, pageLanguage: Language): { blocks: Block[]; bilingual: boolean } {
  let bilingual = false;
  const blocks: Block[] = [];
  root.find('h1, h2, h3, h4, h5, h6, p, li').each((_, element) => {
    const node = $(element);
    // A list item made of paragraphs is read through its paragraphs.
    if (element.tagName === 'li' && node.children('p').length > 0) return;
    const kind: Block['kind'] = /^h\d$/.test(element.tagName) ? 'heading' : element.tagName === 'li' ? 'item' : 'paragraph';
    const originals = node.find(ORIGINAL);
    const text: Block['text'] = {};
    if (originals.length > 0 && pageLanguage !== 'en') {
      bilingual = true;
      text.en = normalized(originals.map((__, original) => $(original).text()).get().join(' '));
      const translated = node.clone();
      translated.find(ORIGINAL).remove();
      text[pageLanguage] = normalized(translated.text());
    } else {
      text[pageLanguage] = normalized(node.text());
    }
    if (Object.values(text).some((value) => value !== '')) blocks.push({ kind, text });
  });
  return { blocks, bilingual };
}

function frontMatter(markdown: string): { fields: Map<string, string>; body: string } {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(markdown);
  if (!match) return { fields: new Map(), body: markdown };
  const fields = new Map<string, string>();
  for (const line of (match[1] ?? '').split(/\r?\n/)) {
    const field = /^([\w.-]+):\s*(.*)$/.exec(line);
    if (field) fields.set(field[1] as string, (field[2] as string).replace(/^["']|["']$/g, ''));
  }
  return { fields, body: markdown.slice(match[0].length) };
}

/** How to tell the two forms apart: Learn serves a whole HTML document; the docs repository's source is Markdown. */
function formatOf(text: string): PageFormat {
  return /^\s*(<!doctype html|<html[\s>])/i.test(text) ? 'learn-html' : 'markdown';
}

export function readPage(text: string, guessLanguage: (title: string) => Language | undefined): Page {
  if (formatOf(text) === 'learn-html') {
    const $ = cheerio.load(text);
    const date = isoDate($('meta[name="ms.date"]').attr('content'));
    const language =
      languageOfLocale($('meta[name="ms.locale"]').attr('content')) ?? languageOfLocale($('html').attr('lang')) ?? 'en';
    const main = $('main').first();
    const root = main.length > 0 ? main : $('body');
    root.find(learnChrome).remove();
    const title = normalized(root.find('h1').first().text());
    const { blocks, bilingual } = blocksOf($, root, language);
    return { format: 'learn-html', languages: bilingual ? ['en', language] : [language], title, ...(date ? { date } : {}), blocks };
  }
  const { fields, body } = frontMatter(text);
  const $ = cheerio.load(marked.parse(body, { async: false }));
  const root = $('body');
  const heading = normalized(root.find('h1').first().clone().find(ORIGINAL).remove().end().text());
  const title = heading || normalized(fields.get('title') ?? '');
  const language = languageOfLocale(fields.get('ms.contentlocale')) ?? guessLanguage(title) ?? 'en';
  const date = isoDate(fields.get('ms.date'));
  const { blocks, bilingual } = blocksOf($, root, language);
  return { format: 'markdown', languages: bilingual ? ['en', language] : [language], title, ...(date ? { date } : {}), blocks };
}
