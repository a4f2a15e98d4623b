/**
 * `npm run soak`: 50,000 messages at concurrency 64 against the bot running as its own process
 * (src/server/main.ts, local mode, on loopback), with a recording Bot Framework connector in this process.
 *
 * Passes when there are no errors (every POST answered 200, no error line in the bot's log), no lost or
 * duplicated replies (each message gets exactly one reply at the connector), and the bot's resident memory
 * grows less than 10% from the end of the first 10,000 messages to the end of the last 10,000.
 * Prints the figures (throughput, latency percentiles, memory) and exits 1 when a bar is missed.
 * Bounded: it stops with a failure after SOAK_TIME_LIMIT_S seconds (default 900). Not part of `npm test`.
 *
 * Environment: SOAK_MESSAGES (default 50000), SOAK_CONCURRENCY (default 64), SOAK_TIME_LIMIT_S, and
 * SOAK_NODE_OPTIONS, passed to the bot as NODE_OPTIONS (e.g. --max-old-space-size=128 to try a memory cap).
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, createServer as createHttpServer, request, type IncomingMessage } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const MESSAGES = Number(process.env.SOAK_MESSAGES ?? 50_000);
const CONCURRENCY = Number(process.env.SOAK_CONCURRENCY ?? 64);
const TIME_LIMIT_MS = Number(process.env.SOAK_TIME_LIMIT_S ?? 900) * 1000;
const WINDOW = Math.min(10_000, Math.floor(MESSAGES / 5));
const MEMORY_GROWTH_LIMIT = 0.1;
const ROOT = join(__dirname, '..');

/** Questions of the kind partner staff ask, in both languages, with commands mixed in; written for this script. */
const TEXTS = [
  'Can Microsoft contact my customer about an overdue invoice?',
  'Will Microsoft email my CSP customer when their tenant has a service outage?',
  'Is Microsoft allowed to send marketing offers to my customer directly?',
  'Does my customer hear from Microsoft about security incidents in their tenant?',
  'Could Microsoft phone my customer about renewing their subscription?',
  'Darf Microsoft meinen Kunden wegen einer offenen Rechnung anschreiben?',
  'Informiert Microsoft meinen Kunden bei einer Störung von Teams?',
  'Bekommt mein Kunde Werbung direkt von Microsoft?',
  'help',
  'hilfe',
  'rules',
  'about'
];

interface Figures {
  sent: number;
  httpErrors: number;
  lostReplies: number;
  duplicateReplies: number;
  botErrorLines: number;
  latenciesMs: number[];
  rssKbAt: Map<number, number>;
}

async function freePort(): Promise<number> {
  const probe = createNetServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Resident set size of a process in kB: /proc on Linux, ps elsewhere. */
function rssKb(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim());
  }
}

/** Counts the replies per activity the bot answered (botbuilder posts to .../activities/{replyToId}). */
function startConnector(replies: Map<string, number>): Promise<{ url: string; close(): Promise<void> }> {
  const server = createHttpServer((req, res) => {
    const match = /^\/v3\/conversations\/[^/]+\/activities\/([^/]+)$/.exec(req.url ?? '');
    req.resume();
    req.on('end', () => {
      if (req.method === 'POST' && match?.[1]) {
        const id = decodeURIComponent(match[1]);
        replies.set(id, (replies.get(id) ?? 0) + 1);
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ id: `reply-${id}` }));
      } else {
        res.statusCode = 404;
        res.end();
      }
    });
  });
  server.keepAliveTimeout = 30_000;
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
        close: () => new Promise<void>((done) => server.close(() => done()))
      })
    )
  );
}

function activity(index: number, serviceUrl: string): string {
  const personal = index % 4 !== 0;
  const text = TEXTS[index % TEXTS.length]!;
  return JSON.stringify({
    type: 'message',
    id: `soak-${index}`,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: `29:soak-user-${index % 500}`, aadObjectId: '00000000-0000-4000-8000-000000000001', name: 'Soak Tester' },
    recipient: { id: '28:soak-bot', name: 'CSP Bot' },
    conversation: personal
      ? { id: `a:soak-personal-${index % 1000}`, conversationType: 'personal', tenantId: 'soak-tenant' }
      : { id: `19:soak-group-${index % 100}@thread.v2`, conversationType: 'groupChat', isGroup: true, tenantId: 'soak-tenant' },
    locale: index % 3 === 0 ? 'de-DE' : 'en-US',
    text: personal ? text : `<at>CSP Bot</at> ${text}`,
    entities: personal ? [] : [{ type: 'mention', mentioned: { id: '28:soak-bot', name: 'CSP Bot' }, text: '<at>CSP Bot</at>' }],
    channelData: { tenant: { id: 'soak-tenant' } }
  });
}

function post(agent: Agent, url: URL, body: string): Promise<number> {
  return new Promise((resolve) => {
    const sending = request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } },
      (response: IncomingMessage) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      }
    );
    sending.on('error', () => resolve(0));
    sending.end(body);
  });
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function main(): Promise<void> {
  const replies = new Map<string, number>();
  const connector = await startConnector(replies);
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'csp-soak-'));
  const figures: Figures = { sent: 0, httpErrors: 0, lostReplies: 0, duplicateReplies: 0, botErrorLines: 0, latenciesMs: [], rssKbAt: new Map() };

  const bot = spawn(process.execPath, ['--import', 'tsx', 'src/server/main.ts'], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      ...(process.env.SOAK_NODE_OPTIONS ? { NODE_OPTIONS: process.env.SOAK_NODE_OPTIONS } : {})
    },
    stdio: ['ignore', 'pipe', 'inherit']
  });
  let pending = '';
  bot.stdout.setEncoding('utf8');
  bot.stdout.on('data', (chunk: string) => {
    const lines = (pending + chunk).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) if (/"level":(50|60)/.test(line)) figures.botErrorLines += 1;
  });
  const deadline = setTimeout(() => {
    console.error(`soak: gave up after ${TIME_LIMIT_MS / 1000} s`);
    bot.kill('SIGKILL');
    process.exit(1);
  }, TIME_LIMIT_MS);

  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    if (bot.exitCode !== null) throw new Error(`the bot exited with ${bot.exitCode} before it was ready`);
    const ready = await fetch(`${base}/readyz`).then((response) => response.ok, () => false);
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const startRssKb = rssKb(bot.pid!);

  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  const endpoint = new URL('/api/messages', base);
  const started = Date.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < MESSAGES) {
        const index = next++;
        const sentAt = performance.now();
        const status = await post(agent, endpoint, activity(index, connector.url));
        figures.latenciesMs.push(performance.now() - sentAt);
        figures.sent += 1;
        if (status !== 200) figures.httpErrors += 1;
        if (figures.sent % WINDOW === 0) figures.rssKbAt.set(figures.sent, rssKb(bot.pid!));
      }
    })
  );
  const elapsedS = (Date.now() - started) / 1000;
  agent.destroy();

  // Replies are posted before the bot answers the POST, so every one has arrived; count them per message.
  for (let index = 0; index < MESSAGES; index++) {
    const count = replies.get(`soak-${index}`) ?? 0;
    if (count === 0) figures.lostReplies += 1;
    if (count > 1) figures.duplicateReplies += count - 1;
  }

  bot.kill('SIGTERM');
  const exitCode = await new Promise<number | null>((resolve) => bot.once('exit', (code) => resolve(code)));
  clearTimeout(deadline);
  await connector.close();
  rmSync(dataDir, { recursive: true, force: true });

  const sorted = [...figures.latenciesMs].sort((a, b) => a - b);
  const firstRss = figures.rssKbAt.get(WINDOW) ?? 0;
  const lastRss = figures.rssKbAt.get(MESSAGES - (MESSAGES % WINDOW)) ?? 0;
  const growth = firstRss > 0 ? (lastRss - firstRss) / firstRss : Number.NaN;
  const errors = figures.httpErrors + figures.botErrorLines;
  const passed = errors === 0 && figures.lostReplies === 0 && figures.duplicateReplies === 0 && growth < MEMORY_GROWTH_LIMIT && exitCode === 0;

  const mb = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;
  console.log(`soak: ${figures.sent} messages at concurrency ${CONCURRENCY} in ${elapsedS.toFixed(1)} s (${(figures.sent / elapsedS).toFixed(0)} messages/s)`);
  console.log(`  errors: ${errors} (HTTP ${figures.httpErrors}, bot error log lines ${figures.botErrorLines})`);
  console.log(`  replies: lost ${figures.lostReplies}, duplicated ${figures.duplicateReplies}`);
  console.log(
    `  latency ms: p50 ${percentile(sorted, 50).toFixed(1)}, p95 ${percentile(sorted, 95).toFixed(1)}, ` +
      `p99 ${percentile(sorted, 99).toFixed(1)}, max ${(sorted.at(-1) ?? 0).toFixed(1)}`
  );
  console.log(
    `  bot resident memory: ${mb(startRssKb)} when ready; ` +
      [...figures.rssKbAt].map(([count, kb]) => `${mb(kb)} after ${count}`).join(', ')
  );
  console.log(`  growth from the first ${WINDOW} to the last ${WINDOW}: ${(growth * 100).toFixed(1)}% (limit ${MEMORY_GROWTH_LIMIT * 100}%)`);
  console.log(`  bot exit code after SIGTERM: ${exitCode}`);
  console.log(`soak: ${passed ? 'PASSED' : 'FAILED'}`);
  process.exit(passed ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error('soak:', error);
  process.exit(1);
});
