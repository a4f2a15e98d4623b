import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';

/** Committed with the repository and shown in the README. */
export const screenshotsDirectory = join(__dirname, '..', '..', '..', 'docs', 'screenshots');

/** Room for the Playground's header, message box and notices around the chat, in pixels. */
const PAGE_CHROME_HEIGHT = 400;

/**
 * Saves the card, and only the card, as docs/screenshots/<name>.png. The chat scrolls inside a fixed-height pane,
 * so for a card taller than that pane the window grows first; otherwise the picture would be cut off.
 */
export async function saveCardPicture(page: Page, card: Locator, name: string): Promise<void> {
  mkdirSync(screenshotsDirectory, { recursive: true });
  const viewport = page.viewportSize();
  const box = await card.boundingBox();
  if (!viewport || !box) throw new Error(`card for ${name}.png is not laid out in the page`);
  const neededHeight = Math.ceil(box.height) + PAGE_CHROME_HEIGHT;
  if (neededHeight > viewport.height) await page.setViewportSize({ width: viewport.width, height: neededHeight });
  try {
    // A button under the mouse pointer would be drawn highlighted.
    await page.mouse.move(0, 0);
    await card.scrollIntoViewIfNeeded();
    await card.screenshot({ path: join(screenshotsDirectory, `${name}.png`), animations: 'disabled', caret: 'hide' });
  } finally {
    await page.setViewportSize(viewport);
  }
}
