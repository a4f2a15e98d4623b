import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { BotProcess } from './children';
import { BenchConnector } from './connector';
import { LoadGenerator, personalChatActivity } from './load';

/**
 * Every reply of one build of our bot to fixed inputs, one JSON line each, so that two builds can be compared byte for
 * byte (`cmp a.jsonl b.jsonl`): the open corpus's questions and the dev set's (../shared/eval/dev.jsonl) as messages,
 * with the commands and an empty and an overlong message in both languages; for every third answer each of its
 * buttons (Action.Submit as a message with its value, Action.Execute as an adaptiveCard/action invoke); and for every
 * fourth a message-extension query with the question. A message's line is the reply activity as the connector received
 * it (with the connector's port written as PORT); an invoke's is the HTTP answer. Activity ids, conversation ids and
 * time stamps are fixed, so the same build gives the same file.
 *
 *   npm run build && npx tsc -p bench/tsconfig.json
 *   node build/bench/replies.js dist/server/main.js /tmp/ours.jsonl [every-nth-question]
 */
const root = join(__dirname, '..', '..');

interface Input {
  text: string;
  locale: string;
}

function jsonLines(file: string): Array<Record<string, unknown>> {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

function inputs(): Input[] {
  const open = join(root, 'test', 'corpus', 'open');
  const files = readdirSync(open)
    .filter((file) => file.endsWith('.jsonl') && !file.endsWith('.changes.jsonl'))
    .sort()
    .map((file) => join(open, file));
  const questions = [...files, join(root, '..', 'shared', 'eval', 'dev.jsonl')].flatMap(jsonLines).map((line) => ({
    text: String(line.question),
    locale: line.language === 'de' ? 'de-DE' : 'en-US'
  }));
  const others = ['help', 'rules', 'about', 'hilfe', 'regeln', '', 'x'.repeat(3000), 'billing', 'Störung'];
  return [...questions, ...others.flatMap((text) => [{ text, locale: 'en-US' }, { text, locale: 'de-DE' }])];
}

interface Action {
  type: string;
  verb?: string;
  data: unknown;
}

function actionsOf(node: unknown, found: Action[] = []): Action[] {
  if (Array.isArray(node)) for (const item of node) actionsOf(item, found);
  else if (node !== null && typeof node === 'object') {
    const object = node as Record<string, unknown>;
    if ((object.type === 'Action.Submit' || object.type === 'Action.Execute') && object.data !== undefined) found.push(object as unknown as Action);
    for (const value of Object.values(object)) actionsOf(value, found);
  }
  return found;
}

async function main(): Promise<void> {
  const [script, out, everyArgument] = process.argv.slice(2);
  if (!script || !out) throw new Error('usage: node build/bench/replies.js <dist/server/main.js> <out.jsonl> [every-nth-question]');
  const every = Number(everyArgument ?? 1);
  const connector = await BenchConnector.start();
  const port = new RegExp(`127\\.0\\.0\\.1:${new URL(connector.serviceUrl).port}`, 'g');
  const bot = await BotProcess.start({ name: 'ours', script }, new LoadGenerator(connector, [{ text: 'hello', locale: 'en-US' }]));
  const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
  let sequence = 0;
  const post = (body: string) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const headers = { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) };
      const request = http.request({ host: '127.0.0.1', port: bot.port, method: 'POST', path: '/api/messages', agent, headers }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      });
      request.on('error', reject);
      request.end(body);
    });
  const activity = (type: string, extra: Record<string, unknown>, locale: string) => {
    sequence += 1;
    const conversationId = `a:cmp-${sequence}`;
    const body = JSON.stringify(
      personalChatActivity({ type, id: `act-${sequence}`, timestamp: '2026-12-05T23:00:00.000Z', conversationId, serviceUrl: connector.serviceUrl, locale, extra })
    );
    return { conversationId, body };
  };
  const message = async (extra: Record<string, unknown>, locale: string) => {
    const { conversationId, body } = activity('message', extra, locale);
    const pending = connector.expect(conversationId);
    const answer = await post(body);
    const reply = await pending.wait(10_000);
    return { status: answer.status, http: answer.body, reply: reply ? reply.body.toString('utf8') : null };
  };
  const invoke = async (name: string, value: unknown, locale: string) => post(activity('invoke', { name, value }, locale).body);
  const lines: string[] = [];
  let answered = 0;
  try {
    for (const [index, input] of inputs().entries()) {
      if (index % every !== 0) continue;
      const result = await message({ text: input.text, textFormat: 'plain' }, input.locale);
      lines.push(JSON.stringify(['message', input.text.slice(0, 80), result]));
      if (result.reply && answered++ % 3 === 0) {
        for (const action of actionsOf(JSON.parse(result.reply))) {
          if (action.type === 'Action.Submit') lines.push(JSON.stringify(['submit', await message({ value: action.data }, input.locale)]));
          else {
            const value = { action: { type: 'Action.Execute', verb: action.verb, data: action.data }, trigger: 'manual' };
            lines.push(JSON.stringify(['execute', await invoke('adaptiveCard/action', value, input.locale)]));
          }
        }
      }
      if (answered % 4 === 1) {
        const query = { commandId: 'searchPolicy', parameters: [{ name: 'query', value: input.text }], queryOptions: { skip: 0, count: 25 } };
        lines.push(JSON.stringify(['query', await invoke('composeExtension/query', query, input.locale)]));
      }
    }
  } finally {
    agent.destroy();
    await bot.stop();
    await connector.close();
  }
  // In blocks: the whole file as one string is longer than V8 allows a string to be (since the open corpus's 22,000 questions).
  writeFileSync(out, '');
  for (let start = 0; start < lines.length; start += 10_000) {
    appendFileSync(out, lines.slice(start, start + 10_000).map((line) => `${line.replace(port, '127.0.0.1:PORT')}\n`).join(''));
  }
  console.log(`${lines.length} replies written to ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
