import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AzureTableStorage } from '../../src/storage/azureTableStorage';
import { execute, message, type Activity } from '../bot/support/activities';
import { executeButtons } from '../bot/support/cards';
import { MockConnector } from '../bot/support/mockConnector';
import { START_AZURITE_BUDGET_MS, startAzurite, type RunningAzurite } from '../support/azurite';
import { BOT_START_TIMEOUT_MS, startBotProcess, stopBotProcess, type BotProcess } from '../support/botProcess';

/**
 * Three bot processes on one Azurite, fed the way Azure's load balancer feeds them: requests in turn, 16 at a time,
 * and a request whose instance fails is sent again to the next one. One instance is killed with SIGKILL while
 * requests to it are in flight. Every click the client saw acknowledged must be in the store exactly once.
 */
const CLICKS = 300;
const MESSAGES = 150;
const CONCURRENCY = 16;
const KILL_AFTER = 100;
const MAX_ATTEMPTS = 4;
const FIGURES_FILE = join(__dirname, '../../build/reliability/three-instances.json');

interface Outcome {
  acknowledged: boolean;
  attempts: number;
  /** Answered with an error by an instance that stayed up: what "the other two keep answering" rules out. */
  failedOnLiveInstance: boolean;
}

let azurite: RunningAzurite;
let connector: MockConnector;
const bots: BotProcess[] = [];
const table = `threeinstances${randomBytes(4).toString('hex')}`;

beforeAll(async () => {
  azurite = await startAzurite();
  connector = await MockConnector.start();
  const env = {
    STORAGE: 'azure',
    AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
    AZURE_STORAGE_NAME: table,
    FEEDBACK_SALT: 'three-instances-test-salt',
    // One test user sends all 300 clicks: what is measured here is loss, not the per-user write limit.
    RATE_LIMIT_PER_USER: '10000',
    RATE_LIMIT_PER_TENANT: '1000000'
  };
  // Every bot that started is kept for afterAll to stop, even when another failed to: one left running would keep
  // jest from exiting.
  const started = await Promise.allSettled([startBotProcess(env), startBotProcess(env), startBotProcess(env)]);
  for (const result of started) if (result.status === 'fulfilled') bots.push(result.value);
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  // Azurite's start, the three bots' (at once) and 20 s for the connector and the rest, on a loaded 2-core machine.
}, START_AZURITE_BUDGET_MS + BOT_START_TIMEOUT_MS + 20_000);

afterAll(async () => {
  await Promise.all(bots.map((bot) => stopBotProcess(bot)));
  await connector?.close();
  await azurite?.stop();
});

/** Instances sent SIGKILL: a request cut off by the kill is its failure, even before the exit event has arrived. */
const killed = new Set<BotProcess>();
const isAlive = (bot: BotProcess) => !killed.has(bot) && bot.process.exitCode === null && bot.process.signalCode === null;
/** What the instances that stayed up answered when they failed, for the message of a failing run. */
const liveFailures: string[] = [];

/** Sends one activity starting at instance `first`, moving to the next live one on a lost connection or a 5xx. */
async function sendWithRetries(activity: Activity, first: number, isAcknowledged: (status: number, body: unknown) => boolean): Promise<Outcome> {
  let failedOnLiveInstance = false;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt += 1) {
    const bot = bots[(first + attempt - 1) % bots.length] as BotProcess;
    try {
      const response = await fetch(`${bot.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(activity),
        signal: AbortSignal.timeout(15_000)
      });
      const text = await response.text();
      const body: unknown = text === '' ? undefined : JSON.parse(text);
      if (isAcknowledged(response.status, body)) return { acknowledged: true, attempts: attempt, failedOnLiveInstance };
      if (isAlive(bot)) {
        failedOnLiveInstance = true;
        liveFailures.push(`${response.status} ${text.slice(0, 200)}`);
      }
    } catch (error) {
      if (isAlive(bot)) {
        failedOnLiveInstance = true;
        liveFailures.push(String((error as Error).cause ?? error));
      }
    }
  }
  return { acknowledged: false, attempts: MAX_ATTEMPTS, failedOnLiveInstance };
}

it('loses no acknowledged feedback and stores none twice when one of three instances is killed under load', async () => {
  const at = { serviceUrl: connector.serviceUrl };
  await sendWithRetries(message('Can Microsoft contact this customer about billing?', at), 0, () => true);
  const answer = connector.replies.find((reply) => reply.activity.attachments !== undefined);
  const [helpful] = executeButtons(answer?.activity.attachments);
  if (!helpful) throw new Error('the answer card has no feedback button');

  // Each click carries its own question, so a record names the click it came from.
  const work = [
    ...Array.from({ length: CLICKS }, (_, index) => ({ kind: 'click' as const, index })),
    ...Array.from({ length: MESSAGES }, (_, index) => ({ kind: 'message' as const, index }))
  ].sort((a, b) => (a.index * 3 + (a.kind === 'message' ? 1 : 0)) - (b.index * 3 + (b.kind === 'message' ? 1 : 0)));
  const clickOutcomes = new Map<string, Outcome>();
  const messageOutcomes: Outcome[] = [];
  let next = 0;
  let started = 0;
  let killedAt = -1;
  const victim = bots[1] as BotProcess;
  const startedAt = Date.now();

  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < work.length) {
        const item = work[next] as (typeof work)[number];
        const first = next % bots.length;
        next += 1;
        started += 1;
        if (started === KILL_AFTER) {
          killedAt = started;
          killed.add(victim);
          victim.process.kill('SIGKILL');
        }
        if (item.kind === 'click') {
          const question = `Can Microsoft contact this customer about billing? (click ${item.index})`;
          const click = execute(helpful.verb, { ...helpful.data, question }, at);
          const outcome = await sendWithRetries(
            click,
            first,
            (status, body) => status === 200 && (body as { type?: string } | undefined)?.type === 'application/vnd.microsoft.card.adaptive'
          );
          clickOutcomes.set(question, outcome);
        } else {
          const outcome = await sendWithRetries(message(`Will Microsoft contact my customer about renewals? ${item.index}`, at), first, (status) => status === 200);
          messageOutcomes.push(outcome);
        }
      }
    })
  );
  const elapsedMs = Date.now() - startedAt;

  const storage = await AzureTableStorage.open(azurite.connectionString, table);
  const records = Object.values(await storage.list('feedback/'));
  await storage.close();
  const copies = new Map<string, number>();
  for (const record of records) copies.set(String(record.question), (copies.get(String(record.question)) ?? 0) + 1);

  const acknowledged = [...clickOutcomes].filter(([, outcome]) => outcome.acknowledged);
  const figures = {
    instances: bots.length,
    concurrency: CONCURRENCY,
    killedInstanceAfterRequests: killedAt,
    clicksSent: clickOutcomes.size,
    clicksAcknowledged: acknowledged.length,
    clicksRetried: [...clickOutcomes.values()].filter((outcome) => outcome.attempts > 1).length,
    recordsFound: records.length,
    acknowledgedFound: acknowledged.filter(([question]) => copies.has(question)).length,
    acknowledgedLost: acknowledged.filter(([question]) => !copies.has(question)).length,
    duplicated: [...copies.values()].reduce((sum, count) => sum + count - 1, 0),
    unacknowledgedButStored: [...clickOutcomes].filter(([question, outcome]) => !outcome.acknowledged && copies.has(question)).length,
    messagesSent: messageOutcomes.length,
    messagesAnswered: messageOutcomes.filter((outcome) => outcome.acknowledged).length,
    errorsFromLiveInstances: [...clickOutcomes.values(), ...messageOutcomes].filter((outcome) => outcome.failedOnLiveInstance).length,
    elapsedMs
  };
  mkdirSync(join(FIGURES_FILE, '..'), { recursive: true });
  writeFileSync(FIGURES_FILE, `${JSON.stringify(figures, null, 2)}\n`);
  process.stdout.write(`three instances on one Azurite: ${JSON.stringify(figures)}\n`);

  expect(killedAt).toBe(KILL_AFTER);
  expect(isAlive(victim)).toBe(false);
  expect(figures.clicksSent).toBe(CLICKS);
  expect(figures.clicksAcknowledged).toBe(CLICKS);
  expect(figures.messagesAnswered).toBe(MESSAGES);
  expect(figures.acknowledgedLost).toBe(0);
  expect(figures.duplicated).toBe(0);
  expect(figures.recordsFound).toBe(CLICKS);
  expect(liveFailures).toEqual([]);
  expect(figures.errorsFromLiveInstances).toBe(0);
}, 180_000);
