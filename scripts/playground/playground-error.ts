/**
 * Why the local chat (`npm run playground`) or the browser tests (`npm run test:e2e`) could not start.
 * Numbered like the bot's own catalog, so a CI log or a support thread can name one; the message says what to do.
 */
export const playgroundFailures = {
  PLG001: 'the bot did not start',
  PLG002: 'Microsoft 365 Agents Playground did not start',
  PLG003: 'a process stopped unexpectedly',
  PLG004: 'Chromium is not installed'
} as const;

export type PlaygroundFailure = keyof typeof playgroundFailures;

export class PlaygroundError extends Error {
  constructor(
    readonly code: PlaygroundFailure,
    detail: string
  ) {
    super(`${code} ${playgroundFailures[code]}: ${detail}`);
    this.name = 'PlaygroundError';
  }
}
