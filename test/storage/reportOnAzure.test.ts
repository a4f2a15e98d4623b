import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createFeedbackLog } from '../../src/conversation/feedback';
import { AzureTableStorage } from '../../src/storage/azureTableStorage';
import { START_AZURITE_BUDGET_MS, startAzurite, type RunningAzurite } from '../support/azurite';

const root = join(__dirname, '../..');
/** The report command may take this long (it starts tsx, which is slow on a loaded 2-core machine). */
const REPORT_TIMEOUT_MS = 60_000;
/** The test's budget: the command's limit and 20 s for the writes before it, so a slow run fails with its own message. */
const REPORT_TEST_BUDGET_MS = REPORT_TIMEOUT_MS + 20_000;

describe('npm run report with STORAGE=azure', () => {
  let azurite: RunningAzurite;
  let folder: string;
  beforeAll(async () => {
    azurite = await startAzurite();
    folder = mkdtempSync(join(tmpdir(), 'csp-bot-report-azure-'));
  }, START_AZURITE_BUDGET_MS);
  afterAll(async () => {
    await azurite.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('reads the Azure table the bots share, while they may be running', async () => {
    const storage = await AzureTableStorage.open(azurite.connectionString, 'reporttest');
    const feedback = createFeedbackLog(storage, 'a-long-random-secret-for-this-test');
    const user = { id: '29:user', aadObjectId: '6c1f4d2e-8b3a-4f5e-9d7c-0a1b2c3d4e5f' };
    const judged = { question: 'Can Microsoft contact my customer about billing?', language: 'en' as const, verdict: 'no' as const };
    await feedback.record({ ...judged, rules: ['subscription-communication'], helpful: true }, user, 'conversation\n1');
    await feedback.record({ ...judged, rules: ['subscription-communication'], helpful: false }, user, 'conversation\n2');
    await storage.close();
    const out = join(folder, 'report.html');

    const result = spawnSync(join(root, 'node_modules/.bin/tsx'), ['src/cli/report.ts', '--out', out], {
      cwd: root,
      env: { PATH: process.env.PATH, STORAGE: 'azure', AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_STORAGE_NAME: 'reporttest' },
      encoding: 'utf8',
      timeout: REPORT_TIMEOUT_MS
    });

    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1 helpful / 1 not helpful');
    expect(existsSync(out)).toBe(true);
    expect(readFileSync(out, 'utf8')).toContain('Azure table reporttest');
  }, REPORT_TEST_BUDGET_MS);
});
