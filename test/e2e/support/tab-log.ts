import type { Page } from 'playwright-core';

/** What a tab's log keeps of each websocket frame: enough for an activity's type, ids and the start of its text. */
const FRAME_KEPT_CHARS = 600;

const logs = new WeakMap<Page, string[]>();

const cut = (text: string) => (text.length > FRAME_KEPT_CHARS ? `${text.slice(0, FRAME_KEPT_CHARS)}… (${text.length} chars)` : text);

/**
 * Keeps what a Playground tab went through that the page no longer shows: its console, its errors, failed requests,
 * and every message on its websockets (the Playground pushes the bot's replies to the page over them), each with
 * the time. A failed test writes it beside the tab's picture.
 */
export function recordTab(page: Page): void {
  const lines: string[] = [];
  logs.set(page, lines);
  const note = (line: string) => lines.push(`${new Date().toISOString()} ${line}`);
  page.on('console', (message) => note(`console.${message.type()}: ${cut(message.text())}`));
  page.on('pageerror', (error) => note(`page error: ${error.stack ?? error.message}`));
  page.on('requestfailed', (request) => note(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText ?? '?'})`));
  page.on('websocket', (socket) => {
    const url = socket.url();
    note(`websocket ${url} opened`);
    socket.on('framesent', (frame) => note(`websocket ${url} sent: ${cut(String(frame.payload))}`));
    socket.on('framereceived', (frame) => note(`websocket ${url} received: ${cut(String(frame.payload))}`));
    socket.on('socketerror', (error) => note(`websocket ${url} error: ${error}`));
    socket.on('close', () => note(`websocket ${url} closed`));
  });
}

/** Adds a line of the harness's own to the tab's log, e.g. what it held back. */
export function noteInTabLog(page: Page, line: string): void {
  logs.get(page)?.push(`${new Date().toISOString()} (harness) ${line}`);
}

/** The tab's log so far (empty for a tab that was not recorded). */
export function tabLog(page: Page): string[] {
  return [...(logs.get(page) ?? [])];
}
