import { fork } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { BotProcess, describedSettings, type BotLaunch, type BotName } from './children';
import { BenchConnector } from './connector';
import { LoadGenerator, type LoadResult, type StopWhen } from './load';
import { areaDifferences, summariseProfile, type ProfileSummary } from './profile';
import { languageCounts, loadQuestions, type BenchQuestion } from './questions';
import { barLines, latencyHeader, latencyRow, table, type Bar } from './report';
import { median, ratio, round, summarise, type LatencySummary } from './stats';
import type { UnderstandingRequest, UnderstandingResult } from './understandingWorker';

/**
 * `npm run bench`: the floor bot and ours, each in its own process from built JavaScript, against an in-process
 * mock connector, in one run, alternating so both see the same machine. `npm run bench -- --profile` instead
 * profiles both under load with --cpu-prof and lists where the time goes.
 * Many short runs rather than a few long ones: on a shared machine the load of other processes changes by the
 * second, and interleaving finely gives both bots the same share of it.
 * Settings (environment): BENCH_SECONDS per measured run (2), BENCH_ROUNDS per concurrency (4),
 * BENCH_MEMORY_REQUESTS (50000), BENCH_COLD_STARTS per bot (5), BENCH_CONCURRENCIES (1,8,32,128).
 */

/** build/bench/run.js → the repository root. */
const repositoryRoot = join(__dirname, '..', '..');
const resultsDirectory = join(repositoryRoot, 'bench', 'results');

const setting = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};
/** A comma-separated list, e.g. BENCH_CONCURRENCIES=32 for a quick look at the bar that matters most. */
function concurrencySetting(name: string, fallback: number[]): number[] {
  const values = (process.env[name] ?? '').split(',').map(Number);
  return values.every((value) => Number.isInteger(value) && value > 0) ? values : fallback;
}
const settings = {
  secondsPerRun: setting('BENCH_SECONDS', 2),
  rounds: setting('BENCH_ROUNDS', 4),
  memoryRequests: setting('BENCH_MEMORY_REQUESTS', 50_000),
  coldStarts: setting('BENCH_COLD_STARTS', 5),
  concurrencies: concurrencySetting('BENCH_CONCURRENCIES', [1, 8, 32, 128]),
  memoryConcurrency: 32,
  memorySampleEvery: 10_000,
  messageExtensionConcurrency: 8,
  messageExtensionSeconds: 4,
  feedbackConcurrency: 16,
  feedbackSeconds: 4,
  understandingSeconds: 2,
  warmUpRequests: 2_000
};

const launches: Record<BotName, BotLaunch> = {
  floor: { name: 'floor', script: join(repositoryRoot, 'build', 'bench', 'floor', 'floorBot.js') },
  ours: { name: 'ours', script: join(repositoryRoot, 'dist', 'server', 'main.js') }
};

/**
 * A leak shows as RSS rising between every two samples. RSS also moves in single steps of 10–20 MB when V8 raises
 * its heap limit, in either bot, so the trend is the median of the rises between samples, which one step does not
 * move; 5 MB per 10,000 requests (500 bytes kept per request) is the smallest leak this tells from the floor's
 * own 0–2.5 MB.
 */
const GROWTH_MB_PER_10K = 5;

interface RssSample {
  requests: number;
  rssMb: number;
}

/** Queries for the message extension: keywords as people type them into the search box, and whole questions. */
const searchKeywords: BenchQuestion[] = [
  { text: 'billing', locale: 'en-US' },
  { text: 'Störung', locale: 'de-DE' },
  { text: 'renewal', locale: 'en-US' },
  { text: 'Rechnung', locale: 'de-DE' },
  { text: 'outage', locale: 'en-US' },
  { text: 'Werbung', locale: 'de-DE' }
];

function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

function machine() {
  const cpuModel = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
  return {
    nproc: os.availableParallelism(),
    cpuModel,
    node: process.version,
    kernel: os.release(),
    memoryGb: round(os.totalmem() / 1024 ** 3, 1),
    loadAverageAtStart: os.loadavg().map((value) => round(value, 2))
  };
}

/** A load run against one bot, with what the bot's process spent on it. */
interface Measured extends LoadResult {
  botCpuMs: number;
  /** Connections the bot opened to the connector during the run. */
  connections: number;
}

function merged(results: readonly Measured[]): Measured {
  return {
    botCpuMs: results.reduce((sum, result) => sum + result.botCpuMs, 0),
    connections: results.reduce((sum, result) => sum + result.connections, 0),
    latencies: results.flatMap((result) => result.latencies),
    errors: results.reduce((sum, result) => sum + result.errors, 0),
    errorKinds: results.reduce<Record<string, number>>((kinds, result) => {
      for (const [kind, count] of Object.entries(result.errorKinds)) kinds[kind] = (kinds[kind] ?? 0) + count;
      return kinds;
    }, {}),
    elapsedMs: results.reduce((sum, result) => sum + result.elapsedMs, 0),
    replyBytes: results.reduce((sum, result) => sum + result.replyBytes, 0)
  };
}

const summaryOf = (result: LoadResult): LatencySummary => summarise(result.latencies, result.errors, result.elapsedMs);

/** Latency figures plus the bot's CPU time per answered request: the figure least disturbed by a busy machine. */
function measuredSummary(result: Measured) {
  const summary = summaryOf(result);
  return { ...summary, cpuMsPerRequest: round(result.botCpuMs / Math.max(1, summary.requests), 3) };
}

function latencyRatio(ours: LatencySummary, floor: LatencySummary) {
  return {
    throughput: ratio(ours.throughput, floor.throughput),
    p50: ratio(ours.p50, floor.p50),
    p95: ratio(ours.p95, floor.p95),
    p99: ratio(ours.p99, floor.p99),
    max: ratio(ours.max, floor.max)
  };
}

class Bench {
  private readonly load: LoadGenerator;

  constructor(
    private readonly connector: BenchConnector,
    readonly questions: readonly BenchQuestion[]
  ) {
    this.load = new LoadGenerator(connector, questions);
  }

  /** Replies the connector got for no waiting request: a bot answering twice, or after the reply timeout. */
  get unexpectedReplies(): number {
    return this.connector.unexpected;
  }

  async start(name: BotName, nodeFlags: string[] = []): Promise<BotProcess> {
    return BotProcess.start({ ...launches[name], nodeFlags }, this.load);
  }

  async messages(bot: BotProcess, concurrency: number, stop: StopWhen): Promise<Measured> {
    const cpuBefore = bot.cpuMs();
    const connectionsBefore = this.connector.connections;
    const result = await this.load.run(concurrency, stop, (agent) => this.load.message(bot, agent));
    bot.served += result.latencies.length + result.errors;
    return { ...result, botCpuMs: bot.cpuMs() - cpuBefore, connections: this.connector.connections - connectionsBefore };
  }

  feedbackButton(bot: BotProcess): Promise<{ verb: string; data: Record<string, unknown> }> {
    return this.load.feedbackButton(bot);
  }

  /** Clicks on one answer's "Helpful" button, each a new click (its own activity id), so each adds a record. */
  clicks(bot: BotProcess, button: { verb: string; data: Record<string, unknown> }, concurrency: number, stop: StopWhen): Promise<LoadResult> {
    return this.load.run(concurrency, stop, (agent) => this.load.feedback(bot, agent, button));
  }

  /** Search-box queries, keywords and whole questions in turn. */
  async queries(bot: BotProcess, concurrency: number, stop: StopWhen): Promise<LoadResult> {
    const step = Math.max(1, Math.floor(this.questions.length / searchKeywords.length));
    const mix = searchKeywords.flatMap((keyword, index) => [keyword, this.questions[index * step] ?? keyword]);
    let next = 0;
    return this.load.run(concurrency, stop, (agent) => {
      const query = mix[next++ % mix.length] as BenchQuestion;
      return this.load.query(bot, agent, query.text, query.locale);
    });
  }

  /** Cold starts alternate floor/ours, each a fresh process, stopped again. */
  async coldStarts(rounds: number): Promise<Record<BotName, number[]>> {
    const samples: Record<BotName, number[]> = { floor: [], ours: [] };
    for (let round = 0; round < rounds; round += 1) {
      const order: BotName[] = round % 2 === 0 ? ['floor', 'ours'] : ['ours', 'floor'];
      for (const name of order) {
        const bot = await this.start(name);
        samples[name].push(tenths(bot.coldStartMs));
        await bot.stop();
      }
    }
    return samples;
  }
}

/** Milliseconds to a tenth, as reported. */
const tenths = (value: number) => round(value, 1);

/** Sends requests in chunks to each bot in turn, reading its RSS at every multiple of `every` requests served. */
async function memoryPhase(bench: Bench, bots: Record<BotName, BotProcess>) {
  const samples: Record<BotName, RssSample[]> = { floor: [], ours: [] };
  const chunks: Record<BotName, Measured[]> = { floor: [], ours: [] };
  const every = settings.memorySampleEvery;
  let turn = 0;
  while (bots.floor.served < settings.memoryRequests || bots.ours.served < settings.memoryRequests) {
    const order: BotName[] = turn % 2 === 0 ? ['floor', 'ours'] : ['ours', 'floor'];
    turn += 1;
    for (const name of order) {
      const bot = bots[name];
      if (bot.served >= settings.memoryRequests) continue;
      const target = Math.min(settings.memoryRequests, (Math.floor(bot.served / every) + 1) * every);
      chunks[name].push(await bench.messages(bot, settings.memoryConcurrency, { requests: target - bot.served }));
      const { rssMb } = bot.memory();
      samples[name].push({ requests: bot.served, rssMb });
      log(`  ${name.padEnd(5)} ${String(bot.served).padStart(6)} requests served, RSS ${rssMb} MB`);
    }
  }
  const describe = (name: BotName) => {
    const points = samples[name];
    // The first sample includes the warm-up of the JIT and heap; the trend is read from the rest.
    const settled = points.length > 2 ? points.slice(1) : points;
    const rises = settled.slice(1).map((point, index) => {
      const before = settled[index] as RssSample;
      return ((point.rssMb - before.rssMb) * 10_000) / Math.max(1, point.requests - before.requests);
    });
    const growth = rises.length > 0 ? median(rises) : 0;
    const last = bots[name].memory();
    return {
      samples: points,
      rssMb: points[points.length - 1]?.rssMb ?? last.rssMb,
      peakRssMb: last.peakRssMb,
      growthMbPer10kRequests: round(growth, 2),
      growing: growth > GROWTH_MB_PER_10K,
      sustained: measuredSummary(merged(chunks[name]))
    };
  };
  const floor = describe('floor');
  const ours = describe('ours');
  return {
    requests: settings.memoryRequests,
    concurrency: settings.memoryConcurrency,
    floor,
    ours,
    ratio: ratio(ours.rssMb, floor.rssMb)
  };
}

async function throughputMatrix(bench: Bench, bots: Record<BotName, BotProcess>) {
  const rows = [];
  for (const concurrency of settings.concurrencies) {
    const runs: Record<BotName, Measured[]> = { floor: [], ours: [] };
    for (let round = 0; round < settings.rounds; round += 1) {
      const order: BotName[] = round % 2 === 0 ? ['floor', 'ours'] : ['ours', 'floor'];
      for (const name of order) {
        runs[name].push(await bench.messages(bots[name], concurrency, { durationMs: settings.secondsPerRun * 1000 }));
      }
    }
    const floorRuns = merged(runs.floor);
    const oursRuns = merged(runs.ours);
    const floor = measuredSummary(floorRuns);
    const ours = measuredSummary(oursRuns);
    const row = {
      concurrency,
      floor,
      ours,
      ratio: { ...latencyRatio(ours, floor), cpuPerRequest: ratio(ours.cpuMsPerRequest, floor.cpuMsPerRequest) },
      replyBytes: {
        floor: Math.round(floorRuns.replyBytes / Math.max(1, floor.requests)),
        ours: Math.round(oursRuns.replyBytes / Math.max(1, ours.requests))
      },
      connectionsPerRequest: {
        floor: round(floorRuns.connections / Math.max(1, floor.requests), 3),
        ours: round(oursRuns.connections / Math.max(1, ours.requests), 3)
      },
      errorKinds: { floor: floorRuns.errorKinds, ours: oursRuns.errorKinds }
    };
    log(
      `  c=${String(concurrency).padEnd(3)} floor ${floor.throughput} req/s p99 ${floor.p99} ms | ours ${ours.throughput} req/s p99 ${ours.p99} ms`
    );
    rows.push(row);
  }
  return rows;
}

async function messageExtension(bench: Bench, ours: BotProcess) {
  const probe = await bench.queries(ours, 1, { requests: 1 });
  if (probe.errors > 0) {
    const reason = Object.keys(probe.errorKinds).join(', ');
    return { available: false as const, reason: `composeExtension/query is not answered yet (${reason})` };
  }
  await bench.queries(ours, settings.messageExtensionConcurrency, { requests: 500 });
  const cpuBefore = ours.cpuMs();
  const result = await bench.queries(ours, settings.messageExtensionConcurrency, { durationMs: settings.messageExtensionSeconds * 1000 });
  const summary = summaryOf(result);
  return {
    available: true as const,
    concurrency: settings.messageExtensionConcurrency,
    ...summary,
    cpuMsPerRequest: round((ours.cpuMs() - cpuBefore) / Math.max(1, summary.requests), 3),
    errorKinds: result.errorKinds
  };
}

/** Feedback clicks: the one request that writes to the store (file or Azure, as STORAGE says); ours only. */
async function feedbackClicks(bench: Bench, ours: BotProcess) {
  const button = await bench.feedbackButton(ours);
  await bench.clicks(ours, button, settings.feedbackConcurrency, { requests: 200 });
  const cpuBefore = ours.cpuMs();
  const result = await bench.clicks(ours, button, settings.feedbackConcurrency, { durationMs: settings.feedbackSeconds * 1000 });
  const summary = summaryOf(result);
  return {
    store: process.env.STORAGE === 'azure' ? 'azure' : 'file',
    concurrency: settings.feedbackConcurrency,
    ...summary,
    cpuMsPerRequest: round((ours.cpuMs() - cpuBefore) / Math.max(1, summary.requests), 3),
    errorKinds: result.errorKinds
  };
}

function understanding(questions: readonly BenchQuestion[]): Promise<UnderstandingResult> {
  return new Promise((resolve, reject) => {
    const worker = fork(join(__dirname, 'understandingWorker.js'), [], { execArgv: [] });
    worker.once('message', (result) => resolve(result as UnderstandingResult));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`the understanding worker exited with ${code}`));
    });
    const request: UnderstandingRequest = { repositoryRoot, questions: [...questions], seconds: settings.understandingSeconds };
    worker.send(request);
  });
}

/** The guard behind the connector's design: restify patches http.ServerResponse for the whole process. */
function assertRestifyNotLoaded(): void {
  if (Object.keys(require.cache).some((path) => path.includes('/node_modules/restify/'))) {
    throw new Error('the bench process loaded restify; the mock connector would run on a patched http.ServerResponse');
  }
}

type ThroughputRow = Awaited<ReturnType<typeof throughputMatrix>>[number];
type MemoryResult = Awaited<ReturnType<typeof memoryPhase>>;
type ExtensionResult = Awaited<ReturnType<typeof messageExtension>>;
type FeedbackResult = Awaited<ReturnType<typeof feedbackClicks>>;

function coldStartOf(samples: Record<BotName, number[]>) {
  return {
    floor: { medianMs: tenths(median(samples.floor)), samplesMs: samples.floor },
    ours: { medianMs: tenths(median(samples.ours)), samplesMs: samples.ours },
    ratio: ratio(median(samples.ours), median(samples.floor))
  };
}

/** The issue's done-when bars, judged on this run. */
function barsOf(
  at32: ThroughputRow | undefined,
  engine: UnderstandingResult,
  coldStart: ReturnType<typeof coldStartOf>,
  memory: MemoryResult,
  extension: ExtensionResult
): Bar[] {
  return [
    {
      bar: 'throughput at c=32, ours/floor',
      target: '≥ 0.90',
      value: String(at32?.ratio.throughput),
      pass: at32 ? at32.ratio.throughput >= 0.9 : false
    },
    { bar: 'p99 at c=32, ours/floor', target: '≤ 1.20', value: String(at32?.ratio.p99), pass: at32 ? at32.ratio.p99 <= 1.2 : false },
    {
      bar: 'understanding, questions/s on one core',
      target: '≥ 20000',
      value: String(engine.understandPerSecond),
      pass: engine.understandPerSecond >= 20_000
    },
    { bar: 'cold start, ours/floor (medians)', target: '≤ 1.20', value: String(coldStart.ratio), pass: coldStart.ratio <= 1.2 },
    { bar: `RSS after ${memory.requests} requests, ours/floor`, target: '≤ 1.30', value: String(memory.ratio), pass: memory.ratio <= 1.3 },
    {
      bar: 'RSS growth trend, ours (MB per 10k requests)',
      target: `≤ ${GROWTH_MB_PER_10K}`,
      value: String(memory.ours.growthMbPer10kRequests),
      pass: !memory.ours.growing
    },
    {
      bar: 'message-extension query p99 at c=8',
      target: '≤ 20 ms',
      value: extension.available ? `${extension.p99} ms` : 'not measured',
      pass: extension.available ? extension.p99 <= 20 : null
    }
  ];
}

interface Results {
  benchSeconds: number;
  throughput: ThroughputRow[];
  coldStart: ReturnType<typeof coldStartOf>;
  memory: MemoryResult;
  understanding: UnderstandingResult;
  messageExtension: ExtensionResult;
  feedback: FeedbackResult;
  bars: Bar[];
  stderr: Record<BotName, string>;
}

function printResults(results: Results): void {
  const { throughput, coldStart, memory, understanding: engine, messageExtension: extension } = results;
  const at32 = throughput.find((row) => row.concurrency === 32);
  log('');
  log(
    table([
      ['c', 'bot', ...latencyHeader],
      ...throughput.flatMap((row) => [
        latencyRow([row.concurrency, 'floor'], row.floor),
        latencyRow([row.concurrency, 'ours'], row.ours),
        [row.concurrency, 'ours/floor', row.ratio.throughput, row.ratio.p50, row.ratio.p95, row.ratio.p99, row.ratio.max, row.ratio.cpuPerRequest, '', '']
      ])
    ])
  );
  log('');
  log(
    table([
      ['', 'floor', 'ours', 'ours/floor'],
      ['cold start, median ms', coldStart.floor.medianMs, coldStart.ours.medianMs, coldStart.ratio],
      [`RSS MB after ${memory.requests} requests`, memory.floor.rssMb, memory.ours.rssMb, memory.ratio],
      ['RSS growth, median MB per 10k requests', memory.floor.growthMbPer10kRequests, memory.ours.growthMbPer10kRequests, ''],
      ['reply size, bytes (c=32)', at32?.replyBytes.floor ?? '', at32?.replyBytes.ours ?? '', '']
    ])
  );
  log('');
  log(`understanding: understand() ${engine.understandPerSecond} questions/s, ask() ${engine.askPerSecond} questions/s (one core)`);
  log(
    extension.available
      ? `message extension at c=${extension.concurrency}: p50 ${extension.p50} ms, p99 ${extension.p99} ms, ` +
          `${extension.throughput} queries/s, ${extension.cpuMsPerRequest} ms CPU per query, ${extension.errors} errors`
      : `message extension: ${extension.reason}`
  );
  const { feedback } = results;
  log(
    `feedback clicks (${feedback.store} store) at c=${feedback.concurrency}: p50 ${feedback.p50} ms, p99 ${feedback.p99} ms, ` +
      `${feedback.throughput} clicks/s, ${feedback.cpuMsPerRequest} ms CPU per click, ${feedback.errors} errors`
  );
  log('');
  log(barLines(results.bars));
  log('');
  const errors = throughput.reduce((sum, row) => sum + row.floor.errors + row.ours.errors, 0);
  log(`${errors} errors in the throughput runs; bench took ${results.benchSeconds} s; written to bench/results/latest.json`);
  for (const name of ['floor', 'ours'] as const) if (results.stderr[name]) log(`${name} wrote to stderr:\n${results.stderr[name]}`);
}

async function benchmark(bench: Bench, questionSource: string): Promise<void> {
  const startedAt = performance.now();
  const host = machine();
  log(`csp-comms-bot bench: ${host.nproc} cores, ${host.cpuModel}, Node ${host.node}, load average ${host.loadAverageAtStart.join(' ')}`);
  log(`questions: ${bench.questions.length} from ${questionSource}`);
  const botSettings = describedSettings();
  log(`our bot's settings from this environment: ${Object.entries(botSettings).map(([name, value]) => `${name}=${value}`).join(' ') || 'none (its defaults)'}`);

  log('understanding alone (one core, in-process, dist/)...');
  const engine = await understanding(bench.questions);

  log(`cold start, ${settings.coldStarts} rounds alternating...`);
  const coldStarts = await bench.coldStarts(settings.coldStarts);
  const bots: Record<BotName, BotProcess> = { floor: await bench.start('floor'), ours: await bench.start('ours') };
  coldStarts.floor.push(tenths(bots.floor.coldStartMs));
  coldStarts.ours.push(tenths(bots.ours.coldStartMs));

  try {
    for (const name of ['floor', 'ours'] as const) await bench.messages(bots[name], 8, { requests: settings.warmUpRequests });
    log(`memory: ${settings.memoryRequests} requests each at concurrency ${settings.memoryConcurrency}, RSS every ${settings.memorySampleEvery}...`);
    const memory = await memoryPhase(bench, bots);
    log(`throughput and latency: concurrency ${settings.concurrencies.join(', ')}, ${settings.rounds} rounds of ${settings.secondsPerRun} s per bot, alternating...`);
    const throughput = await throughputMatrix(bench, bots);
    log('message extension (composeExtension/query)...');
    const extension = await messageExtension(bench, bots.ours);
    log(`feedback clicks (${process.env.STORAGE === 'azure' ? 'Azure' : 'file'} store)...`);
    const feedback = await feedbackClicks(bench, bots.ours);
    const coldStart = coldStartOf(coldStarts);
    const results: Results = {
      benchSeconds: round((performance.now() - startedAt) / 1000, 1),
      throughput,
      coldStart,
      memory,
      understanding: engine,
      messageExtension: extension,
      feedback,
      bars: barsOf(
        throughput.find((row) => row.concurrency === 32),
        engine,
        coldStart,
        memory,
        extension
      ),
      stderr: { floor: bots.floor.stderr, ours: bots.ours.stderr }
    };
    const record = {
      generatedAt: new Date().toISOString(),
      machine: { ...host, loadAverageAtEnd: os.loadavg().map((value) => round(value, 2)) },
      settings,
      botSettings,
      questions: { source: questionSource, count: bench.questions.length, ...languageCounts(bench.questions) },
      ...results,
      memoryAfterEverything: { floor: bots.floor.memory(), ours: bots.ours.memory() },
      unexpectedReplies: bench.unexpectedReplies
    };
    mkdirSync(resultsDirectory, { recursive: true });
    writeFileSync(join(resultsDirectory, 'latest.json'), `${JSON.stringify(record, null, 2)}\n`);
    printResults(results);
  } finally {
    await bots.floor.stop();
    await bots.ours.stop();
  }
}

/** Both bots under the same load with --cpu-prof; the profiles land in bench/results (git-ignored) and are summarised. */
async function profile(bench: Bench): Promise<void> {
  mkdirSync(resultsDirectory, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const flags = (name: BotName) => [
    '--cpu-prof',
    `--cpu-prof-dir=${resultsDirectory}`,
    `--cpu-prof-name=${name}-${stamp}.cpuprofile`,
    '--cpu-prof-interval=250'
  ];
  const bots: Record<BotName, BotProcess> = { floor: await bench.start('floor', flags('floor')), ours: await bench.start('ours', flags('ours')) };
  const seconds = settings.secondsPerRun * 2;
  const measured: Record<BotName, ReturnType<typeof measuredSummary>[]> = { floor: [], ours: [] };
  try {
    for (const name of ['floor', 'ours'] as const) await bench.messages(bots[name], 8, { requests: settings.warmUpRequests });
    for (let round = 0; round < settings.rounds; round += 1) {
      const order: BotName[] = round % 2 === 0 ? ['floor', 'ours'] : ['ours', 'floor'];
      for (const name of order) measured[name].push(measuredSummary(await bench.messages(bots[name], 32, { durationMs: seconds * 1000 })));
    }
  } finally {
    await bots.floor.stop();
    await bots.ours.stop();
  }
  const summaries: Record<BotName, ProfileSummary> = {
    floor: summariseProfile(join(resultsDirectory, `floor-${stamp}.cpuprofile`), repositoryRoot),
    ours: summariseProfile(join(resultsDirectory, `ours-${stamp}.cpuprofile`), repositoryRoot)
  };
  for (const name of ['floor', 'ours'] as const) {
    const summary = summaries[name];
    log(`\n${name}: ${summary.busyMs} ms busy, ${summary.idleMs} ms idle; under profiling: ${measured[name].map((run) => `${run.throughput} req/s`).join(', ')}`);
    log(table([['area', 'self ms', '% busy'], ...summary.areas.slice(0, 15).map((spot) => [spot.name, spot.selfMs, spot.selfPercent])]));
    log('');
    log(table([['function', 'self ms', '% busy'], ...summary.functions.slice(0, 25).map((spot) => [spot.name, spot.selfMs, spot.selfPercent])]));
  }
  const differences = areaDifferences(summaries.floor, bots.floor.served, summaries.ours, bots.ours.served);
  const busyPerRequest = (name: BotName) => round((summaries[name].busyMs * 1000) / Math.max(1, bots[name].served), 0);
  log(`\nper request served (${bots.floor.served} floor, ${bots.ours.served} ours): busy ${busyPerRequest('floor')} µs floor, ${busyPerRequest('ours')} µs ours`);
  log(
    table([
      ['area', 'floor µs/req', 'ours µs/req', 'extra µs/req'],
      ...differences.slice(0, 20).map((area) => [area.name, area.floorUs, area.oursUs, area.extraUs])
    ])
  );
  const summary = { generatedAt: new Date().toISOString(), served: { floor: bots.floor.served, ours: bots.ours.served }, measured, differences, summaries };
  writeFileSync(join(resultsDirectory, 'profile-summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  const profiles = readdirSync(resultsDirectory).filter((file) => file.endsWith(`${stamp}.cpuprofile`));
  log(`\nprofiles: ${profiles.map((file) => join('bench', 'results', file)).join(', ')}; summary in bench/results/profile-summary.json`);
}

async function main(): Promise<void> {
  const mix = loadQuestions(repositoryRoot);
  const connector = await BenchConnector.start();
  const bench = new Bench(connector, mix.questions);
  try {
    if (process.argv.includes('--profile')) await profile(bench);
    else await benchmark(bench, mix.source);
  } finally {
    await connector.close();
  }
  assertRestifyNotLoaded();
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
