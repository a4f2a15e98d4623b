import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/config';
import { CatalogError, errorCode } from '../errors/catalog';
import { makeReport } from '../report/report';
import { AzureTableStorage } from '../storage/azureTableStorage';
import { FileStorage } from '../storage/fileStorage';
import type { Storage } from '../storage/storage';

const usage = `Usage: npm run report -- [--since 30d] [--out report.html] [--data FOLDER]
Writes one self-contained HTML page for the policy owners: questions per day by verdict, helpful and not helpful
per rule, the unanswered and not-helpful questions grouped by what they were read as, and the questions waiting
for the experts. It never shows user names or ids.
Options:
  --since Nd     the last N days, today (UTC) included (default 30d, at most 3650d)
  --out FILE     where to write the page (default report.html)
  --data FOLDER  the data folder to read (default DATA_DIR, else .data); the bot holds its folder while it runs,
                 so report on a copy of it (cp -r) or stop the bot. With STORAGE=azure (and its connection
                 string) and no --data, the report reads the Azure table the running bots share
  -h, --help     this text`;

function fail(message: string, code = 1): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function daysOf(since: string): number {
  const match = /^(\d{1,4})d$/.exec(since.trim());
  const days = match ? Number(match[1]) : Number.NaN;
  if (!(days >= 1 && days <= 3650)) fail(`--since must be a number of days such as 30d (1d to 3650d), not "${since}"\n\n${usage}`, 2);
  return days;
}

async function main(): Promise<void> {
  let values: { since?: string; out?: string; data?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { since: { type: 'string' }, out: { type: 'string' }, data: { type: 'string' }, help: { type: 'boolean', short: 'h' } }
    }));
  } catch (error) {
    fail(`${(error as Error).message}\n\n${usage}`, 2);
  }
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  const days = daysOf(values.since ?? '30d');
  const config = loadConfig(process.env);
  if (values.data === undefined && config.storage === 'azure') {
    // Several bots share the table and nothing locks it, so the report reads it while they run.
    const azure = await AzureTableStorage.open(config.azureStorageConnectionString, config.azureStorageName);
    try {
      await writeReport(azure, days, `Azure table ${config.azureStorageName}`, values.out);
    } finally {
      await azure.close();
    }
    return;
  }
  const folder = resolve(values.data ?? config.dataDir);
  // Opening a folder creates it; a report on a folder that is not there is a typo, not an empty store.
  if (!existsSync(join(folder, 'items'))) fail(`No bot data in ${folder} (no items folder); name the data folder with --data`);
  let storage: FileStorage;
  try {
    storage = FileStorage.open(folder);
  } catch (error) {
    if (error instanceof CatalogError && error.code === errorCode('dataFolderLocked')) {
      fail(`${error.message}\nThe bot is using this folder: copy it (cp -r ${folder} /tmp/bot-data) and run with --data /tmp/bot-data.`);
    }
    throw error;
  }
  try {
    await writeReport(storage, days, folder, values.out);
  } finally {
    await storage.close();
  }
}

async function writeReport(storage: Storage, days: number, source: string, outOption: string | undefined): Promise<void> {
  const { html, figures } = await makeReport(storage, { days, source });
  const out = resolve(outOption ?? 'report.html');
  writeFileSync(out, html);
  process.stdout.write(
    `${out}: ${figures.period.from} to ${figures.period.to}, ${figures.answered.total} questions answered, ` +
      `${figures.unanswered.total} not answered well, ${figures.feedback.helpful} helpful / ${figures.feedback.notHelpful} not helpful, ` +
      `${figures.experts.pending.length} waiting for the experts\n`
  );
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
