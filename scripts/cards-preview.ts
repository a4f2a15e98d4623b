/**
 * `npm run cards:preview`: draws every template in cards/ with its sample data (cards/samples/) through the official
 * Adaptive Cards renderer (npm adaptivecards) in Chromium, in Teams-like light, dark and high-contrast themes, at
 * desktop and phone width, into docs/cards/ with a gallery page (docs/cards/README.md). A quick look for anyone
 * changing a card; Teams itself may differ in details such as fonts (Segoe UI is replaced by a local font).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { composeAnswerCard } from '../src/cards/render';
import { cardsDirectory, expandTemplate } from '../src/cards/templates';
import { templateNames, viewSchemas, type TemplateName } from '../src/cards/views';
import type { AdaptiveCard } from '../src/conversation/turn';
import { launchChromium } from './playground/chromium';
import { PlaygroundError } from './playground/playground-error';

const outputDirectory = join(__dirname, '..', 'docs', 'cards');
const hostConfigDirectory = join(__dirname, 'cards-preview');
const previewPage = join(hostConfigDirectory, 'preview.html');
const rendererScript = require.resolve('adaptivecards/dist/adaptivecards.min.js');

/** Host configs written to resemble Teams' themes: scripts/cards-preview/teams-<theme>.json. */
const themes = [
  { name: 'light', title: 'Light' },
  { name: 'dark', title: 'Dark' },
  { name: 'high-contrast', title: 'High contrast' }
] as const;
type ThemeName = (typeof themes)[number]['name'];

/** A card in a Teams chat on a laptop (full width, as our cards ask for), and on a phone 360 px wide. */
const layouts = [
  { suffix: '', title: 'Desktop', cardWidth: 600 },
  { suffix: '-mobile', title: 'Phone (360 px)', cardWidth: 344 }
] as const;

/** Margin of the preview page around the card, in CSS pixels (see preview.html). */
const PAGE_MARGIN = 8;

function expandedSample(name: TemplateName): AdaptiveCard {
  const sample: unknown = JSON.parse(readFileSync(join(cardsDirectory, 'samples', `${name}.json`), 'utf8'));
  return expandTemplate(name, viewSchemas[name].parse(sample));
}

/** The answer templates are drawn as the bot sends them: with the asker's part (question, feedback) composed in. */
const answerTemplates: readonly TemplateName[] = ['answer', 'depends', 'not-covered'];

function sampleCard(name: TemplateName): AdaptiveCard {
  const card = expandedSample(name);
  return answerTemplates.includes(name) ? composeAnswerCard(card, expandedSample('asker')) : card;
}

function hostConfig(theme: ThemeName): unknown {
  return JSON.parse(readFileSync(join(hostConfigDirectory, `teams-${theme}.json`), 'utf8'));
}

function pictureName(template: TemplateName, theme: ThemeName, suffix: string): string {
  return `${template}-${theme}${suffix}.png`;
}

interface PreviewWindow {
  showCard(card: AdaptiveCard, hostConfig: unknown, width: number): string[];
}

/** The card as it looks once every toggle on it (More, the other language) has been clicked: nothing hidden. */
function allShown(card: AdaptiveCard): AdaptiveCard {
  return JSON.parse(JSON.stringify(card), (key, value: unknown) => (key === 'isVisible' ? undefined : value)) as AdaptiveCard;
}

function hasToggles(card: AdaptiveCard): boolean {
  return JSON.stringify(card).includes('"isVisible":false');
}

interface Drawn {
  warnings: string[];
  /** The picture's height in CSS pixels: the card's height in the chat. */
  height: number;
}

async function drawCard(page: Page, card: AdaptiveCard, config: unknown, cardWidth: number, file: string): Promise<Drawn> {
  await page.setViewportSize({ width: cardWidth + 2 * PAGE_MARGIN, height: 600 });
  const warnings = await page.evaluate(
    ([card, config, width]) => (globalThis as unknown as PreviewWindow).showCard(card, config, width),
    [card, config, cardWidth] as const
  );
  const frame = page.locator('#frame');
  const box = await frame.boundingBox();
  if (!box) throw new Error(`the card for ${file} was not laid out`);
  // A window as tall as the card, so nothing is cut off and no scrollbar takes width from it.
  await page.setViewportSize({ width: cardWidth + 2 * PAGE_MARGIN, height: Math.ceil(box.height) + 2 * PAGE_MARGIN });
  await frame.screenshot({ path: join(outputDirectory, file), animations: 'disabled' });
  return { warnings, height: Math.round(box.height) };
}

/** Heights at phone width, light theme: the card as sent, and with every toggle opened. */
interface PhoneHeight {
  template: TemplateName;
  asSent: number;
  opened?: number;
}

function heightTable(heights: PhoneHeight[]): string[] {
  return [
    '## Heights at phone width',
    '',
    'The light-theme phone pictures (344 px card, as in a 360 px wide Teams window), in CSS pixels: the card as sent,',
    'and with every toggle on it opened ("More", the customer sentence in the other language). Measured by',
    '`npm run cards:preview`, which prints the same table.',
    '',
    '| template | as sent | all toggles opened |',
    '| --- | --- | --- |',
    ...heights.map((row) => `| ${row.template} | ${row.asSent} | ${row.opened ?? '–'} |`),
    ''
  ];
}

function gallery(heights: PhoneHeight[]): string {
  const lines = [
    '# Card gallery',
    '',
    'Every template in `cards/` with its sample data from `cards/samples/`, drawn by the Adaptive Cards renderer',
    '(npm `adaptivecards`) in Chromium with host configs that resemble Teams’ light, dark and high-contrast themes',
    '(`scripts/cards-preview/`). Written by `npm run cards:preview`; do not edit by hand. Teams draws cards with',
    'Segoe UI, which these pictures replace with a local font. The answer templates are drawn with the `asker`',
    'sample composed in, as the bot sends them; cards with toggles are drawn as sent, with what they hide hidden.',
    '',
    ...heightTable(heights)
  ];
  for (const template of templateNames) {
    lines.push(`## ${template}`, '', `\`cards/${template}.json\` with \`cards/samples/${template}.json\``, '');
    for (const layout of layouts) {
      lines.push(`| ${themes.map((theme) => `${theme.title}, ${layout.title.toLowerCase()}`).join(' | ')} |`);
      lines.push(`| ${themes.map(() => '---').join(' | ')} |`);
      const cells = themes.map((theme) => {
        const file = pictureName(template, theme.name, layout.suffix);
        return `![${template}, ${theme.title.toLowerCase()}, ${layout.title.toLowerCase()}](${file})`;
      });
      lines.push(`| ${cells.join(' | ')} |`, '');
    }
    if (heights.some((row) => row.template === template && row.opened !== undefined)) {
      const file = pictureName(template, 'light', '-mobile-opened');
      lines.push('With every toggle opened, light, phone:', '', `![${template}, every toggle opened, light, phone](${file})`, '');
    }
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

async function main(): Promise<number> {
  mkdirSync(outputDirectory, { recursive: true });
  // Pictures of a template that was renamed or removed must not linger in the gallery's folder.
  for (const file of readdirSync(outputDirectory)) if (file.endsWith('.png')) rmSync(join(outputDirectory, file));

  const { browser, context } = await launchChromium();
  let pictures = 0;
  const problems: string[] = [];
  const heights: PhoneHeight[] = [];
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    await page.setContent(readFileSync(previewPage, 'utf8'));
    await page.addScriptTag({ path: rendererScript });
    for (const template of templateNames) {
      const card = sampleCard(template);
      for (const theme of themes) {
        const config = hostConfig(theme.name);
        for (const layout of layouts) {
          const file = pictureName(template, theme.name, layout.suffix);
          const { warnings, height } = await drawCard(page, card, config, layout.cardWidth, file);
          problems.push(...warnings.map((warning) => `${file}: ${warning}`));
          pictures++;
          if (theme.name === 'light' && layout.suffix === '-mobile') {
            const row: PhoneHeight = { template, asSent: height };
            if (hasToggles(card)) {
              const opened = pictureName(template, theme.name, `${layout.suffix}-opened`);
              row.opened = (await drawCard(page, allShown(card), config, layout.cardWidth, opened)).height;
              pictures++;
            }
            heights.push(row);
          }
        }
      }
    }
  } finally {
    await browser.close();
  }
  writeFileSync(join(outputDirectory, 'README.md'), gallery(heights));
  console.log(`Wrote ${pictures} pictures and README.md to ${relative(process.cwd(), outputDirectory)}/`);
  console.log(heightTable(heights).slice(6).join('\n'));
  for (const problem of problems) console.error(`renderer warning: ${problem}`);
  return problems.length === 0 ? 0 : 1;
}

main().then(
  (exitCode) => {
    process.exitCode = exitCode;
  },
  (error: unknown) => {
    console.error(error instanceof PlaygroundError ? error.message : error);
    process.exitCode = 1;
  }
);
