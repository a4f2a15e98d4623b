import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type LaunchOptions } from 'playwright-core';
import { PlaygroundError } from './playground-error';

/**
 * Debian's Chromium (`apt-get install -y chromium`), for the browser tests and `npm run cards:preview`.
 * Nothing is downloaded: playwright-core only drives a browser that is already installed. Elsewhere, point
 * CHROMIUM_PATH at a Chromium or Chrome.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Without the background-networking switches Chromium keeps calling Google services, which floods a closed network;
 * the resolver rule leaves it no DNS at all, so only 127.0.0.1 is reachable.
 */
const launchOptions: LaunchOptions = {
  executablePath: chromiumPath,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1'
  ]
};

function requireChromium(): void {
  if (!existsSync(chromiumPath)) {
    throw new PlaygroundError('PLG004', `nothing at ${chromiumPath}; install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  }
}

/** Pages may ask for web fonts or scripts on the internet; those requests fail at once instead of waiting offline. */
async function keepOnLoopback(context: BrowserContext): Promise<void> {
  await context.route(
    (url) => url.protocol !== 'file:' && url.protocol !== 'data:' && url.hostname !== '127.0.0.1',
    (route) => route.abort('blockedbyclient')
  );
}

/** A browser with a profile of its own in `profileDirectory`, which should be new and empty. */
export async function launchChromiumWithProfile(
  profileDirectory: string,
  options: { viewport: { width: number; height: number } }
): Promise<BrowserContext> {
  requireChromium();
  const context = await chromium.launchPersistentContext(profileDirectory, {
    ...launchOptions,
    viewport: options.viewport,
    locale: 'en-US',
    timezoneId: 'UTC'
  });
  await keepOnLoopback(context);
  return context;
}

/** A browser with a throw-away profile, and its one context; closing the browser closes both. */
export async function launchChromium(): Promise<{ browser: Browser; context: BrowserContext }> {
  requireChromium();
  const browser = await chromium.launch(launchOptions);
  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'UTC' });
  await keepOnLoopback(context);
  return { browser, context };
}
