import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Stack } from './stack';
import { tabLog } from './tab-log';

/** pino writes the time in milliseconds; the tab logs in ISO time, so each bot line starts with it too. */
function withIsoTime(line: string): string {
  const time = line.startsWith('{') ? (JSON.parse(line) as { time?: unknown }).time : undefined;
  return typeof time === 'number' ? `${new Date(time).toISOString()} ${line}` : line;
}

const readIfThere = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : `(no file ${file})\n`);

/**
 * Runs a test's body; when it fails, what is needed to tell why is written to `failures/` beside the Playground's
 * log, and the failure message names it: a picture of each of its tabs as it was and each tab's own log (console,
 * errors, the messages the Playground pushed to it), the bot's log since the start (every request it served and
 * when, and its warnings), and the Playground's log and output. So a failure seen once, in CI, tells whether the bot
 * received the message, whether it replied, and whether the reply reached the page.
 * `tabs` may be a function, for tabs that a failed step may not have opened yet (those are undefined).
 */
export async function picturedOnFailure(
  stack: Stack,
  name: string,
  tabs: Record<string, Page | undefined> | (() => Record<string, Page | undefined>),
  body: () => Promise<void>
): Promise<void> {
  const started = new Date().toISOString();
  try {
    await body();
  } catch (error) {
    const failed = new Date().toISOString();
    const directory = join(stack.artifactsDirectory, 'failures');
    mkdirSync(directory, { recursive: true });
    const kept: string[] = [];
    const pages = Object.entries(typeof tabs === 'function' ? tabs() : tabs).filter((tab): tab is [string, Page] => tab[1] !== undefined);
    const header = `# "${name}": started ${started}, failed ${failed}\n`;
    for (const [tab, page] of pages) {
      const base = join(directory, pages.length === 1 ? name : `${name}-${tab}`);
      // A page that has crashed cannot be pictured; the test's own error is what must be reported then.
      if (await page.screenshot({ path: `${base}.png` }).then(() => true, () => false)) kept.push(`${base}.png`);
      writeFileSync(`${base}-browser.log`, header + tabLog(page).join('\n') + '\n');
      kept.push(`${base}-browser.log`);
    }
    const botLog = join(directory, `${name}-bot.log`);
    writeFileSync(botLog, header + stack.botLog().map(withIsoTime).join('\n') + '\n');
    const playgroundLog = join(directory, `${name}-playground.log`);
    writeFileSync(
      playgroundLog,
      `${header}# its log (${stack.playgroundLog})\n${readIfThere(stack.playgroundLog)}# its output (stdout and stderr)\n${readIfThere(stack.playgroundOutput)}`
    );
    kept.push(botLog, playgroundLog);
    if (error instanceof Error) {
      const told = error.message;
      error.message += `\n(kept in ${directory}: ${kept.map((file) => file.slice(directory.length + 1)).join(', ')})`;
      // jest prints the stack, which holds the message as it was when the error was made.
      if (error.stack) error.stack = error.stack.replace(told, error.message);
    }
    throw error;
  }
}
