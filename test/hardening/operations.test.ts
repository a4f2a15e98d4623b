import { connect } from 'node:net';
import { message, USER } from '../bot/support/activities';
import { TestBot } from './support/bot';

const QUESTION = 'Could Microsoft call my customer Fabrikam about a price change?';

describe('health and readiness', () => {
  let bot: TestBot;
  beforeAll(async () => {
    bot = await TestBot.start();
  });
  afterAll(() => bot.close());

  it('GET /healthz answers 200 while the process runs', async () => {
    const response = await fetch(`${bot.url}/healthz`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz answers 200 once the server listens', async () => {
    const response = await fetch(`${bot.url}/readyz`);

    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });
});

/** One connection on which the test writes raw requests; `answers` resolves with all that came back when it closes. */
function rawConnection(url: string): { write(text: string): Promise<void>; answers: Promise<string> } {
  const { hostname, port } = new URL(url);
  const socket = connect(Number(port), hostname);
  const connected = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  let text = '';
  socket.setEncoding('utf8');
  socket.on('data', (chunk: string) => {
    text += chunk;
  });
  const answers = new Promise<string>((resolve, reject) => {
    socket.on('close', () => resolve(text));
    socket.on('error', reject);
  });
  return {
    answers,
    async write(request: string) {
      await connected;
      await new Promise<void>((resolve) => socket.write(request, () => resolve()));
    }
  };
}

describe('closing the server', () => {
  it('finishes the turn in flight, tells a request arriving meanwhile that it is not ready, then closes', async () => {
    const bot = await TestBot.start();
    bot.connector.delayMs = 1500;
    const body = JSON.stringify(message(QUESTION, bot.with()));
    const connection = rawConnection(bot.url);
    await connection.write(
      `POST /api/messages HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`
    );
    while (bot.connector.attempts.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));

    const closed = bot.close();
    await connection.write('GET /readyz HTTP/1.1\r\nHost: bot\r\n\r\n');
    const raw = await connection.answers;
    await closed;

    const [answer, ready] = raw.split(/(?=HTTP\/1\.1 )/);
    expect(answer).toMatch(/^HTTP\/1\.1 200/);
    expect(bot.connector.replies).toHaveLength(1);
    expect(ready).toMatch(/^HTTP\/1\.1 503/);
    expect(ready).toMatch(/\r\nconnection: close\r\n/i);
    expect(ready).toContain('"status":"stopping"');
  });

  it('refuses new connections once closing has begun', async () => {
    const bot = await TestBot.start();
    bot.connector.delayMs = 1000;
    const inFlight = bot.send(message(QUESTION, bot.with()));
    while (bot.connector.attempts.length === 0) await new Promise((resolve) => setTimeout(resolve, 20));

    const closed = bot.close();

    await expect(fetch(`${bot.url}/healthz`)).rejects.toThrow();
    expect((await inFlight).status).toBe(200);
    // Not held up for the keep-alive timeout (5 s) by the client's idle connection.
    const answered = Date.now();
    await closed;
    expect(Date.now() - answered).toBeLessThan(3000);
  });
});

describe('the log of a request', () => {
  it('carries a request id, the activity and conversation type, the status and the latency', async () => {
    const bot = await TestBot.start();
    try {
      const { headers } = await bot.send(message(QUESTION, bot.with({ conversation: 'groupChat' })));

      const requestId = headers.get('x-request-id');
      const request = bot.logs.find((line) => line.event === 'request');
      expect(request).toMatchObject({
        requestId,
        activityType: 'message',
        conversationType: 'groupChat',
        method: 'POST',
        path: '/api/messages',
        status: 200,
        latencyMs: expect.any(Number)
      });
    } finally {
      await bot.close();
    }
  });

  it('of one refused before any turn has the refusal code and the status', async () => {
    const bot = await TestBot.start();
    try {
      await bot.post('{"type": "message", "text": ');

      expect(bot.logs.find((line) => line.event === 'request')).toMatchObject({ code: 'CSP4002', status: 400, path: '/api/messages' });
    } finally {
      await bot.close();
    }
  });

  it('of an answered question says in one line what was answered, with the request id', async () => {
    const bot = await TestBot.start();
    try {
      const { headers } = await bot.send(message(QUESTION, bot.with()));

      const lines = bot.logs.filter((line) => line.requestId === headers.get('x-request-id'));
      expect(lines).toEqual([
        expect.objectContaining({
          event: 'request',
          status: 200,
          conversationType: 'personal',
          verdict: expect.any(String),
          rules: expect.any(Array),
          confidence: expect.any(Number),
          language: 'en',
          truncated: false
        })
      ]);
    } finally {
      await bot.close();
    }
  });

  it('never holds what the user typed or their name', async () => {
    const bot = await TestBot.start({ ALLOWED_TENANT_IDS: '11111111-0000-4000-8000-000000000001' });
    try {
      await bot.send(message(QUESTION, bot.with()));
      bot.connector.behaviours.set('a:1Xq7personalchatid', 'error500');
      await bot.send(message(QUESTION, bot.with()));

      const logged = JSON.stringify(bot.logs);
      expect(logged).not.toContain('Fabrikam');
      expect(logged).not.toContain(USER.name);
    } finally {
      await bot.close();
    }
  });

  it('holds the question and the user’s name when LOG_QUESTIONS=true', async () => {
    const bot = await TestBot.start({ LOG_QUESTIONS: 'true' });
    try {
      await bot.send(message(QUESTION, bot.with()));

      expect(bot.logs.find((line) => line.event === 'request')).toMatchObject({ question: QUESTION, userName: USER.name });
    } finally {
      await bot.close();
    }
  });
});
