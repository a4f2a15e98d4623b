import { startAzurite, type RunningAzurite } from '../support/azurite';
import { startBotProcess, stopBotProcess, type BotProcess } from '../support/botProcess';

/** Polls until the check holds, for conditions a background probe makes true within seconds. */
async function eventually(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const readiness = async (bot: BotProcess) => {
  const response = await fetch(`${bot.url}/readyz`);
  return { status: response.status, body: (await response.json()) as unknown };
};

// Budgets that fit a loaded 2-core machine (CI): each wait below has its own limit, and the hook and the test
// allow the sum of the waits they contain, so a slow step fails with its own message, not with jest's timeout.
/** startAzurite waits up to 30 s for the emulator to listen. */
const START_AZURITE_BUDGET_MS = 40_000;
/** The bot's start (30 s), the wait for 503 (20 s), Azurite's restart (30 s), the wait for 200 (20 s). */
const OUTAGE_TEST_BUDGET_MS = 120_000;

describe('the bot process with STORAGE=azure', () => {
  let azurite: RunningAzurite;
  let bot: BotProcess | undefined;
  beforeEach(async () => {
    azurite = await startAzurite();
  }, START_AZURITE_BUDGET_MS);
  afterEach(async () => {
    if (bot) await stopBotProcess(bot);
    bot = undefined;
    await azurite.stop();
  });

  it('says where feedback goes, and reports not ready while the store is down, ready again once it is back', async () => {
    bot = await startBotProcess({ STORAGE: 'azure', AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString });
    const running = bot;
    expect(running.logs).toContainEqual(expect.objectContaining({ storage: 'azure', msg: expect.stringContaining('Azure table cspcommsbot') }));
    expect(JSON.stringify(running.logs)).not.toContain(azurite.connectionString.split('AccountKey=')[1]?.split(';')[0]);
    expect(await readiness(running)).toEqual({ status: 200, body: { status: 'ready' } });

    await azurite.stop({ keepFolder: true });
    await eventually(async () => (await readiness(running)).status === 503);
    expect((await readiness(running)).body).toEqual({ status: 'not ready', reason: 'CSP5007' });
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);

    azurite = await startAzurite({ port: azurite.port, folder: azurite.folder });
    await eventually(async () => (await readiness(running)).status === 200);
  }, OUTAGE_TEST_BUDGET_MS);

  it('refuses to start with CSP5007 when the store cannot be reached', async () => {
    const unreachable = azurite.connectionString.replace(`:${azurite.port}/`, ':1/');

    await expect(startBotProcess({ STORAGE: 'azure', AZURE_STORAGE_CONNECTION_STRING: unreachable })).rejects.toThrow(
      /CSP5007 Cannot use the Azure table cspcommsbot at http:\/\/127\.0\.0\.1:1/
    );
  }, 60_000);
});
