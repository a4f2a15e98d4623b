import { randomBytes } from 'node:crypto';
import { AzureTableStorage } from '../../src/storage/azureTableStorage';
import { START_AZURITE_BUDGET_MS, azuriteConnectionString, startAzurite, type RunningAzurite } from '../support/azurite';
import { startRelay } from '../support/relay';
import { describeStoreContract } from './storeContract';

let azurite: RunningAzurite;
beforeAll(async () => {
  azurite = await startAzurite();
}, START_AZURITE_BUDGET_MS);
afterAll(() => azurite?.stop());

/** Each test gets a table of its own in the one emulator. */
const freshTableName = () => `contract${randomBytes(6).toString('hex')}`;

describeStoreContract('Azure table store (Azurite)', async () => {
  const storage = await AzureTableStorage.open(azurite.connectionString, freshTableName());
  return { storage, close: () => storage.close() };
});

describe('the Azure table store', () => {
  const opened: AzureTableStorage[] = [];
  const open = async (table: string) => {
    const storage = await AzureTableStorage.open(azurite.connectionString, table);
    opened.push(storage);
    return storage;
  };
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((storage) => storage.close()));
  });

  it('is one store for every instance opened on the same table, as several bot processes are', async () => {
    const table = freshTableName();
    const [first, second] = [await open(table), await open(table)];

    await first.write({ 'feedback/a': { from: 'first' } });
    await second.write({ 'feedback/b': { from: 'second' } });

    expect(Object.keys(await first.list('feedback/')).sort()).toEqual(['feedback/a', 'feedback/b']);
    const { 'feedback/a': seen } = await second.read(['feedback/a']);
    await second.write({ 'feedback/a': { from: 'second', eTag: seen?.eTag } });
    await expect(first.write({ 'feedback/a': { from: 'first again', eTag: seen?.eTag } })).rejects.toMatchObject({
      code: 'CSP5004'
    });
  });

  it('keeps an item far larger than one table property holds', async () => {
    const storage = await open(freshTableName());
    const question = 'Ä'.repeat(100_000);

    await storage.write({ long: { question } });

    const read = (await storage.read(['long'])).long?.question;
    // Compared as a boolean: a failing toBe would print both 100,000-character strings.
    expect(read === question).toBe(true);
  });

  it('refuses an item over its size limit with CSP5008, before sending anything', async () => {
    const storage = await open(freshTableName());

    await expect(storage.write({ huge: { text: 'x'.repeat(1_000_000) } })).rejects.toMatchObject({ code: 'CSP5008' });
  });

  it('writes more than one transaction holds (100 changes) in one call', async () => {
    const storage = await open(freshTableName());
    const changes = Object.fromEntries(Array.from({ length: 150 }, (_, index) => [`bulk/${index}`, { index }]));

    await storage.write(changes);

    expect(Object.keys(await storage.list('bulk/'))).toHaveLength(150);
  });

  it('refuses to start with CSP5007 when the account cannot be reached, naming the endpoint', async () => {
    // A loopback port of our own that resets every connection: unreachable wherever the test runs, with no timeout,
    // and no other process can hold it meanwhile (a fixed port such as 1 may be served, or dropped, elsewhere).
    const down = await startRelay();
    try {
      await expect(AzureTableStorage.open(azuriteConnectionString(down.port), freshTableName())).rejects.toMatchObject({
        code: 'CSP5007',
        message: expect.stringContaining(`at http://127.0.0.1:${down.port}:`)
      });
    } finally {
      await down.close();
    }
  });

  it('refuses plain http to anything but this machine', async () => {
    const remote = azurite.connectionString.replace('127.0.0.1', 'storage.example');

    await expect(AzureTableStorage.open(remote, freshTableName())).rejects.toMatchObject({
      code: 'CSP5007',
      message: expect.stringContaining('plain http is only allowed')
    });
  });
});
