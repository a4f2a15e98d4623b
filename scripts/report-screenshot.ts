/**
 * `npx tsx scripts/report-screenshot.ts report.html docs/screenshots/report.png`: a full-page picture of a report made
 * by `npm run report`, in Debian's Chromium (as the browser tests use it), for the README.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from './playground/chromium';

async function main(): Promise<void> {
  const [page, picture] = process.argv.slice(2);
  if (!page || !picture) throw new Error('usage: tsx scripts/report-screenshot.ts REPORT.html PICTURE.png');
  const { browser, context } = await launchChromium();
  try {
    const tab = await context.newPage();
    await tab.setViewportSize({ width: 980, height: 900 });
    await tab.goto(pathToFileURL(resolve(page)).href);
    await tab.screenshot({ path: picture, fullPage: true });
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
