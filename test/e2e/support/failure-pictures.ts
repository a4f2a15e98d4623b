import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { Stack } from './stack';

/**
 * Runs a test's body; when it fails, each of its tabs is pictured as it was, and the failure message names the
 * pictures and the Playground's log.
 */
export async function picturedOnFailure(stack: Stack, name: string, tabs: Record<string, Page>, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    const directory = join(stack.artifactsDirectory, 'failures');
    mkdirSync(directory, { recursive: true });
    const pictures: string[] = [];
    for (const [tab, page] of Object.entries(tabs)) {
      const picture = join(directory, Object.keys(tabs).length === 1 ? `${name}.png` : `${name}-${tab}.png`);
      // A page that has crashed cannot be pictured; the test's own error is what must be reported then.
      if (await page.screenshot({ path: picture }).then(() => true, () => false)) pictures.push(picture);
    }
    if (error instanceof Error) {
      const told = error.message;
      error.message += `\n(pages as they were: ${pictures.join(', ') || 'none'}; Playground log: ${stack.playgroundLog})`;
      // jest prints the stack, which holds the message as it was when the error was made.
      if (error.stack) error.stack = error.stack.replace(told, error.message);
    }
    throw error;
  }
}
