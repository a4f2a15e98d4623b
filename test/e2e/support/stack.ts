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
  /** Everything the Playground printed on stdout and stderr. */
  playgroundOutput: string;
  /**
   * What the bot logged since the start, JSON lines as written: at info and above, one line for each request it
   * served (activity type, conversation type, the text sent, status, latency), connector retries and the steps of
   * the experts' flow; with what the bot printed with console.error or console.warn (a failed turn).
   */
  botLog(): string[];
  /** What the bot logged at warn or above since the start, one parsed JSON line each (with its `code`). */
  botWarnings(): Array<{ code?: string; msg?: string }>;
  stop(): Promise<void>;
}

/** pino's number for `warn`. */
const WARN_LEVEL = 40;

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

    // The bot from source, in local mode on a free loopback port. Logged at info with the text of each message
    // (these are the tests' own questions), so a failed test's log tells what the bot received and when it answered.
    const config = loadConfig({ HOST: '127.0.0.1', LOG_LEVEL: 'info', LOG_QUESTIONS: 'true', DATA_DIR: join(workDirectory, 'data') });
    // Kept, so a test can see a step the person did not (a proactive update the Playground refused is only a warning),
    // and written beside a failed test's pictures.
    const log: string[] = [];
    const destination = { write: (line: string) => void log.push(line.trimEnd()) };
    const bot = createServer(config, { logger: createLogger(config.logLevel, destination) });
    // The server and botbuilder print a failed turn with console.error or console.warn, in this process (the bot runs
    // in the test's process): that belongs to the bot's log too. Still printed as before.
    for (const method of ['error', 'warn'] as const) {
      const print = console[method];
      console[method] = (...args: unknown[]) => {
        log.push(`(console.${method} at ${new Date().toISOString()}) ${args.map((arg) => (arg instanceof Error ? (arg.stack ?? arg.message) : String(arg))).join(' ')}`);
        print.apply(console, args);
      };
      cleanUps.push(async () => {
        console[method] = print;
      });
    }
    const botUrl = await bot.listen(0);
    cleanUps.push(() => bot.close());

    const playgroundLog = join(artifactsDirectory, 'playground.log');
    const playgroundOutput = join(artifactsDirectory, 'playground.out');
    const playground = await startPlayground({
      botEndpoint: `${botUrl}${MESSAGES_PATH}`,
      port: 0,
      logFile: playgroundLog,
      outputFile: playgroundOutput
    });
    // Stopped before the bot is closed: the bot waits for open connections, and the Playground holds some.
    cleanUps.push(() => playground.stop());

    const botWarnings = () =>
      log
        .filter((line) => line.startsWith('{'))
        .map((line) => JSON.parse(line) as { level: number; code?: string; msg?: string })
        .filter((entry) => entry.level >= WARN_LEVEL)
        .map(({ code, msg }) => ({ ...(code === undefined ? {} : { code }), ...(msg === undefined ? {} : { msg }) }));
    return {
      playgroundUrl: playground.url,
      artifactsDirectory,
      browser,
      playgroundLog,
      playgroundOutput,
      botLog: () => [...log],
      botWarnings,
      stop
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
