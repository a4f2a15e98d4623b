import { START_AZURITE_BUDGET_MS, azuriteConnectionString, startAzurite, type RunningAzurite } from '../support/azurite';
import { BOT_START_TIMEOUT_MS, startBotProcess, stopBotProcess, type BotProcess } from '../support/botProcess';
import { startRelay, type Relay } from '../support/relay';

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
/** The bot's start (60 s), the wait for 503 (20 s), Azurite's restart (30 s, with room), the wait for 200 (20 s). */
const OUTAGE_TEST_BUDGET_MS = BOT_START_TIMEOUT_MS + 20_000 + START_AZURITE_BUDGET_MS + 20_000;

describe('the bot process with STORAGE=azure', () => {
  let azurite: RunningAzurite;
  let bot: BotProcess | undefined;
  let relay: Relay | undefined;
  beforeEach(async () => {
    azurite = await startAzurite();
  }, START_AZURITE_BUDGET_MS);
  afterEach(async () => {
    if (bot) await stopBotProcess(bot);
    bot = undefined;
    await relay?.close();
    relay = undefined;
    await azurite.stop();
  });

  it('says where feedback goes, and reports not ready while the store is down, ready again once it is back', async () => {
    // The bot reaches Azurite through a relay whose port stays put, so the store can go and come back on a new port of
    // the OS's choosing: asking for the old port again could fail, taken meanwhile by another process.
    const store = await startRelay(azurite.port);
    relay = store;
    bot = await startBotProcess({ STORAGE: 'azure', AZURE_STORAGE_CONNECTION_STRING: azuriteConnectionString(store.port) });
    const running = bot;
    expect(running.logs).toContainEqual(expect.objectContaining({ storage: 'azure', msg: expect.stringContaining('Azure table cspcommsbot') }));
    expect(JSON.stringify(running.logs)).not.toContain(azurite.connectionString.split('AccountKey=')[1]?.split(';')[0]);
    expect(await readiness(running)).toEqual({ status: 200, body: { status: 'ready' } });

    // Down: the relay resets every connection (it does not pass them on to a port nobody holds any more) and Azurite
    // is gone.
    store.forwardTo(undefined);
    await azurite.stop({ keepFolder: true });
    await eventually(async () => (await readiness(running)).status === 503);
    expect((await readiness(running)).body).toEqual({ status: 'not ready', reason: 'CSP5007' });
    expect((await fetch(`${running.url}/healthz`)).status).toBe(200);

    // Back: a new Azurite on the same data, wherever the OS puts it, behind the same relay.
    azurite = await startAzurite({ folder: azurite.folder });
    store.forwardTo(azurite.port);
    await eventually(async () => (await readiness(running)).status === 200);
  }, OUTAGE_TEST_BUDGET_MS);

  it('refuses to start with CSP5007 when the store cannot be reached', async () => {
    // The store's address is a loopback port of the test's own that resets every connection: unreachable wherever the
    // test runs (a fixed port such as 1 may be served, or dropped until a timeout, elsewhere).
    const down = await startRelay();
    relay = down;

    await expect(startBotProcess({ STORAGE: 'azure', AZURE_STORAGE_CONNECTION_STRING: azuriteConnectionString(down.port) })).rejects.toThrow(
      new RegExp(`CSP5007 Cannot use the Azure table cspcommsbot at http://127\\.0\\.0\\.1:${down.port}:`)
    );
  }, BOT_START_TIMEOUT_MS + 10_000);
});
