import { connect, type Socket } from 'node:net';
import { message } from '../bot/support/activities';
import { TestBot } from './support/bot';

/**
 * The documented limits, held as documented: a body is refused as soon as it passes 256 kB, chunked or not, and
 * slow or idle clients are cut off within a second or two of their timeouts (the server's own timeouts are
 * shortened here through its options; Node checks them once per connectionsCheckingInterval, 30 s by default).
 */
const TIMEOUTS = { headersMs: 1500, requestMs: 3000 };
const CHECK_SLACK_MS = 1500;

let bot: TestBot;

beforeAll(async () => {
  bot = await TestBot.start({}, { timeouts: TIMEOUTS });
});
afterAll(() => bot.close());

function openSocket(): Promise<Socket> {
  const { hostname, port } = new URL(bot.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** What the server sent until it closed the connection, and when it closed it (ms after `since`). */
function untilClosed(socket: Socket, since: number): Promise<{ received: string; closedAfterMs: number }> {
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString('latin1')));
  socket.on('error', () => undefined);
  return new Promise((resolve) => socket.once('close', () => resolve({ received, closedAfterMs: Date.now() - since })));
}

const HEADERS = (extra: string) => `POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n${extra}\r\n`;

describe('a body over 256 kB', () => {
  it('sent chunked is refused with 413 as soon as it passes the limit, not after the client has sent it all', async () => {
    const socket = await openSocket();
    const closed = untilClosed(socket, Date.now());
    socket.write(HEADERS('Transfer-Encoding: chunked\r\n'));
    const chunk = 'x'.repeat(16 * 1024);
    // 320 kB, then the client keeps the request open as if gigabytes were still to come.
    for (let sent = 0; sent < 20; sent += 1) socket.write(`${chunk.length.toString(16)}\r\n${chunk}\r\n`);

    const answered = await Promise.race([closed, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 3000))]);
    socket.destroy();

    expect(answered?.received).toMatch(/^HTTP\/1\.1 413 /);
  });

  it('declared in Content-Length is refused with 413 before a byte of it is read', async () => {
    const socket = await openSocket();
    const closed = untilClosed(socket, Date.now());
    socket.write(HEADERS(`Content-Length: ${2 * 1024 * 1024 * 1024}\r\n`));

    const answered = await Promise.race([closed, new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 3000))]);
    socket.destroy();

    expect(answered?.received).toMatch(/^HTTP\/1\.1 413 /);
  });
});

describe('Content-Encoding: identity', () => {
  it('is accepted as documented (it means "not encoded")', async () => {
    const { status } = await bot.send(message('help', bot.with()), { 'content-encoding': 'identity' });

    expect(status).toBe(200);
    expect(bot.connector.replies.length).toBeGreaterThan(0);
  });
});

describe('slow and idle clients are cut off within a second or two of their timeouts', () => {
  it.each([
    ['a connection that sends nothing', '', TIMEOUTS.headersMs],
    ['headers that never end', 'POST /api/messages HTTP/1.1\r\nHost: 127.0.0.1\r\n', TIMEOUTS.headersMs],
    ['a body that never ends', HEADERS('Content-Length: 1000\r\n') + '{"type":', TIMEOUTS.requestMs]
  ])('%s', async (_name, sent, timeoutMs) => {
    const socket = await openSocket();
    const closed = untilClosed(socket, Date.now());
    if (sent) socket.write(sent);

    const { closedAfterMs } = await closed;

    expect(closedAfterMs).toBeGreaterThanOrEqual(timeoutMs - 100);
    expect(closedAfterMs).toBeLessThanOrEqual(timeoutMs + CHECK_SLACK_MS);
  });
});
