import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { loadConfig } from '../../../src/config/config';
import { createLogger } from '../../../src/server/logger';
import { createServer, MESSAGES_PATH } from '../../../src/server/server';
import { launchChromiumWithProfile } from '../../../scripts/playground/chromium';
import { startPlayground } from '../../../scripts/playground/playground';

/** Wide enough for the Playground's chat list, chat and log panel side by side, as on a laptop. */
export const VIEWPORT = { width: 1280, height: 900 };

/**
 * What a failed run leaves behind to look at: per test file, the Playground's log and a picture of each failing page
 * (one folder each, so a later file's start does not delete an earlier file's pictures).
 */
const artifactsRoot = join(tmpdir(), 'csp-comms-bot-e2e');

/** The bot, Microsoft 365 Agents Playground in front of it, and a headless Chromium to look at the Playground. */
export interface Stack {
  playgroundUrl: string;
  /** This run's Playground log and failure pictures. */
  artifactsDirectory: string;
  browser: BrowserContext;
  playgroundLog: string;
  /** What the bot logged at warn or above since the start, one parsed JSON line each (with its `code`). */
  botWarnings(): Array<{ code?: string; msg?: string }>;
  stop(): Promise<void>;
}

/** `suite` names the test file's folder of artifacts. */
export async function startStack(suite: string): Promise<Stack> {
  const artifactsDirectory = join(artifactsRoot, suite);
  rmSync(artifactsDirectory, { recursive: true, force: true });
  mkdirSync(artifactsDirectory, { recursive: true });
  // Chromium's profile and the bot's feedback store, both thrown away after the run.
  const workDirectory = mkdtempSync(join(tmpdir(), 'csp-comms-bot-e2e-run-'));
  const cleanUps: Array<() => Promise<void>> = [async () => rmSync(workDirectory, { recursive: true, force: true })];
  const stop = async () => {
    for (const cleanUp of cleanUps.splice(0).reverse()) await cleanUp();
  };
  try {
    const browser = await launchChromiumWithProfile(join(workDirectory, 'chromium-profile'), { viewport: VIEWPORT });
    cleanUps.push(() => browser.close());

    // The bot from source, in local mode on a free loopback port; only warnings and errors are logged.
    const config = loadConfig({ HOST: '127.0.0.1', LOG_LEVEL: 'warn', DATA_DIR: join(workDirectory, 'data') });
    // Kept, so a test can see a step the person did not (a proactive update the Playground refused is only a warning).
    const warnings: string[] = [];
    const destination = { write: (line: string) => void warnings.push(line) };
    const bot = createServer(config, { logger: createLogger(config.logLevel, destination) });
    const botUrl = await bot.listen(0);
    cleanUps.push(() => bot.close());

    const playgroundLog = join(artifactsDirectory, 'playground.log');
    const playground = await startPlayground({ botEndpoint: `${botUrl}${MESSAGES_PATH}`, port: 0, logFile: playgroundLog });
    // Stopped before the bot is closed: the bot waits for open connections, and the Playground holds some.
    cleanUps.push(() => playground.stop());

    const botWarnings = () => warnings.map((line) => JSON.parse(line) as { code?: string; msg?: string });
    return { playgroundUrl: playground.url, artifactsDirectory, browser, playgroundLog, botWarnings, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
