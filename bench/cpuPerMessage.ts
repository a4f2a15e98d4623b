import http from 'node:http';
import os from 'node:os';
import { join } from 'node:path';
import { BotProcess } from './children';
import { BenchConnector } from './connector';
import { LoadGenerator } from './load';
import { loadQuestions } from './questions';
import { median } from './stats';

/**
 * CPU per message of several builds of a bot, as an A/B in one run: each build is a real process started as the bench
 * starts ours, all loaded in turn by the bench's load generator at concurrency 32 over the dev questions, a fixed number
 * of messages per build and round, the order reversed every other round; the figure is the process's CPU time
 * (/proc/<pid>/stat, user and system) over the messages answered. Ratios are taken to the first build, round by round.
 *
 *   npm run build && npx tsc -p bench/tsconfig.json   # npm run bench does both
 *   node build/bench/cpuPerMessage.js 10 3000 floor=build/bench/floor/floorBot.js main=/tmp/main/dist/server/main.js ours=dist/server/main.js
 *
 * A build copied elsewhere needs its cards/ beside its dist/ and a node_modules it can find. Two processes of one build
 * can differ by a few per cent however many rounds are run (docs/PERFORMANCE.md): name a build twice, from two copies,
 * to see that spread.
 */
const CONCURRENCY = 32;
const WARM_UP_MESSAGES = 3_000;

const loadAverage = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');

async function main(): Promise<void> {
  const [roundsArgument, messagesArgument, ...builds] = process.argv.slice(2);
  const rounds = Number(roundsArgument);
  const messages = Number(messagesArgument);
  if (!(rounds > 0) || !(messages > 0) || builds.length === 0) {
    throw new Error('usage: node build/bench/cpuPerMessage.js <rounds> <messages> <name>=<main.js> ...');
  }
  const bots = builds.map((build) => {
    const [name = '', script = ''] = build.split('=');
    return { name, script };
  });
  const connector = await BenchConnector.start();
  const load = new LoadGenerator(connector, loadQuestions(join(__dirname, '..', '..')).questions);
  const processes: BotProcess[] = [];
  try {
    for (const bot of bots) processes.push(await BotProcess.start({ name: 'ours', script: bot.script }, load));
    const send = (bot: BotProcess) => (agent: http.Agent) => load.message({ port: bot.port }, agent);
    for (const bot of processes) await load.run(CONCURRENCY, { requests: WARM_UP_MESSAGES }, send(bot));
    const cpu = bots.map((): number[] => []);
    const throughput = bots.map((): number[] => []);
    console.log(`start ${new Date().toISOString()}, load average ${loadAverage()}`);
    for (let round = 0; round < rounds; round++) {
      const order = bots.map((_, index) => index);
      if (round % 2 === 1) order.reverse();
      for (const index of order) {
        const bot = processes[index] as BotProcess;
        const before = bot.cpuMs();
        const result = await load.run(CONCURRENCY, { requests: messages }, send(bot));
        const after = bot.cpuMs();
        if (result.errors > 0) console.log(`${bots[index]?.name}: errors ${JSON.stringify(result.errorKinds)}`);
        cpu[index]?.push((after - before) / result.latencies.length);
        throughput[index]?.push((result.latencies.length / result.elapsedMs) * 1000);
      }
    }
    console.log(`end ${new Date().toISOString()}, load average ${loadAverage()}`);
    const reference = cpu[0] ?? [];
    bots.forEach((bot, index) => {
      const own = cpu[index] ?? [];
      const ratios = own.map((value, round) => value / (reference[round] ?? Number.NaN));
      console.log(
        `${bot.name.padEnd(10)} CPU ms per message: median ${median(own).toFixed(3)} (rounds ${own.map((value) => value.toFixed(3)).join(' ')}); ` +
          `to ${bots[0]?.name}: median ${median(ratios).toFixed(3)}; messages/s median ${median(throughput[index] ?? []).toFixed(0)}`
      );
    });
  } finally {
    for (const bot of processes) await bot.stop();
    await connector.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
