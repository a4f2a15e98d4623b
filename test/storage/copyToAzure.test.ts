import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AzureTableStorage } from '../../src/storage/azureTableStorage';
import { FileStorage } from '../../src/storage/fileStorage';
import { START_AZURITE_BUDGET_MS, startAzurite, type RunningAzurite } from '../support/azurite';

const root = join(__dirname, '../..');
const tsx = join(root, 'node_modules/.bin/tsx');
/** One run of the command may take this long (it starts tsx, which is slow on a loaded 2-core machine). */
const COPY_TIMEOUT_MS = 60_000;
/** A test's budget: its runs of the command and 10 s for the rest, so a slow run fails with its own message. */
const budgetFor = (runs: number) => runs * COPY_TIMEOUT_MS + 10_000;

function copy(env: Record<string, string>) {
  const result = spawnSync(tsx, ['src/cli/copyToAzure.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8',
    timeout: COPY_TIMEOUT_MS
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run storage:copy-to-azure', () => {
  let azurite: RunningAzurite;
  let dataDir: string;
  beforeAll(async () => {
    azurite = await startAzurite();
  }, START_AZURITE_BUDGET_MS);
  afterAll(() => azurite.stop());
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'csp-bot-copy-'));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  const records = {
    'feedback/1': { question: 'Darf Microsoft meinen Kunden zur Rechnung anschreiben?', helpful: true, rules: ['subscription-communication'] },
    'feedback/2': { question: 'Can Microsoft contact my customer about an outage?', helpful: false, rules: ['operational-communication'] },
    'expert/question/9': { question: 'Who tells the customer about a price change?', state: 'waiting' }
  };

  it('copies every record with its key, and a second run adds no copies', async () => {
    const files = FileStorage.open(dataDir);
    await files.write(records);
    await files.close();
    const env = { DATA_DIR: dataDir, STORAGE: 'azure', AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_NAME: 'copytest' };

    const first = copy(env);
    const second = copy(env);

    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain(`Copied 3 records from ${dataDir} to the Azure table copytest`);
    expect(second.code).toBe(0);
    const azure = await AzureTableStorage.open(azurite.connectionString, 'copytest');
    const copied = await azure.list('');
    await azure.close();
    expect(Object.fromEntries(Object.entries(copied).map(([key, { eTag: _eTag, ...item }]) => [key, item]))).toEqual(records);
  }, budgetFor(2));

  it('refuses while a bot holds the data folder, so no record written meanwhile is missed', async () => {
    const running = FileStorage.open(dataDir);
    try {
      const result = copy({ DATA_DIR: dataDir, STORAGE: 'azure', AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString });

      expect(result.code).toBe(1);
      expect(result.stderr).toContain('CSP5001');
    } finally {
      await running.close();
    }
  }, budgetFor(1));

  it('says what to set when no Azure store is configured', () => {
    const result = copy({ DATA_DIR: dataDir });

    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Set STORAGE=azure and AZURE_STORAGE_CONNECTION_STRING');
  }, budgetFor(1));
});
