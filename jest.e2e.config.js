/**
 * `npm run test:e2e`: the bot in Microsoft 365 Agents Playground, driven in headless Chromium (test/e2e).
 * Kept apart from `npm test`: it needs Chromium at /usr/bin/chromium and takes a minute or two (two test files, each
 * with its own bot and Playground).
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test/e2e'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
  // Starting the bot, the Playground and Chromium takes a few seconds; a scenario waits up to 15 s for each reply.
  testTimeout: 90000
};
