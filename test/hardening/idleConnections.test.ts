import { message } from '../bot/support/activities';
import { TestBot } from './support/bot';

/**
 * A kept-alive connection that the connector closes for idleness while the bot starts its next post on it
 * ends that post with a reset, and a reset POST is not retried (it may have been delivered). The bot avoids
 * the race by closing idle connections itself before the time the connector announces in Keep-Alive.
 */
const CONNECTOR_IDLE_MS = 2000;

let bot: TestBot;
beforeAll(async () => {
  bot = await TestBot.start();
  bot.connector.keepAliveTimeoutMs = CONNECTOR_IDLE_MS;
});
afterAll(() => bot.close());

async function untilNoConnections(limitMs: number): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (bot.connector.openConnections > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
}

it('closes an idle connection to the connector before the connector would, so no post races its close', async () => {
  const answer = await bot.send(message('Does Microsoft send my customer renewal reminders?', bot.with()));
  expect(answer.status).toBe(200);
  expect(bot.connector.replies).toHaveLength(1);

  await untilNoConnections(4 * CONNECTOR_IDLE_MS);

  expect(bot.connector.openConnections).toBe(0);
  expect(bot.connector.closedBy.length).toBeGreaterThan(0);
  expect(bot.connector.closedBy.every((closer) => closer === 'bot')).toBe(true);
});
