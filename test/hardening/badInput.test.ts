import { request } from 'node:http';
import { gzipSync } from 'node:zlib';
import { invoke, membersAdded, BOT, message } from '../bot/support/activities';
import { elementById, elementIds, visibleTexts } from '../bot/support/cards';
import { MAX_BODY_BYTES } from '../../src/server/server';
import { TestBot } from './support/bot';
import { validCardOf } from './support/replies';

const MAX_QUESTION_LENGTH = 500;

let bot: TestBot;
beforeAll(async () => {
  bot = await TestBot.start({ MAX_QUESTION_LENGTH: String(MAX_QUESTION_LENGTH) });
});
afterAll(() => bot.close());
beforeEach(() => {
  bot.connector.clear();
  bot.logs.length = 0;
});

/** A raw HTTP request, for what fetch will not send: a chunked body of unknown length, headers that lie. */
function rawPost(headers: Record<string, string>, chunks: Buffer[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const url = new URL('/api/messages', bot.url);
    const sending = request(url, { method: 'POST', headers }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    sending.on('error', reject);
    for (const chunk of chunks) sending.write(chunk);
    sending.end();
  });
}

/** The one reply's card, after checking it is a valid Adaptive Card. */
function onlyCard() {
  expect(bot.connector.replies).toHaveLength(1);
  return validCardOf(bot.connector.replies[0]!.activity);
}

/** The question as the answer card echoes it: the second text run of the "question" element. */
function echoedQuestion(card: Record<string, unknown>): string {
  const inlines = elementById(card, 'question')?.inlines as Array<{ type: string; text: string }> | undefined;
  return inlines?.[1]?.text ?? '';
}

describe('the size of a request', () => {
  it('is refused with 413 from its declared length, before the body is read', async () => {
    const status = await rawPost(
      { 'content-type': 'application/json', 'content-length': String(MAX_BODY_BYTES + 1) },
      [Buffer.from('{"type":"message"')]
    ).catch(() => 413);

    expect(status).toBe(413);
  });

  it('is refused with 413 when a chunked body grows past the limit', async () => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const status = await rawPost({ 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, Array(5).fill(chunk));

    expect(status).toBe(413);
    expect(bot.connector.attempts).toEqual([]);
  });

  it('of a compressed body is never expanded: any Content-Encoding is refused with 415', async () => {
    // 16 MB of JSON whitespace compresses to a few kilobytes: a decompression bomb within the size limit.
    const bomb = gzipSync(Buffer.concat([Buffer.from('{"type":"message",'), Buffer.alloc(16 * 1024 * 1024, ' '), Buffer.from('}')]));
    expect(bomb.length).toBeLessThan(MAX_BODY_BYTES);

    const { status } = await bot.post(bomb, { 'content-type': 'application/json', 'content-encoding': 'gzip' });

    expect(status).toBe(415);
  });
});

describe('a body that is not a JSON activity', () => {
  const activityJson = () => JSON.stringify(message('help', bot.with()));

  it.each([
    ['text/plain', 'text/plain'],
    ['form data', 'application/x-www-form-urlencoded'],
    ['multipart', 'multipart/form-data; boundary=x'],
    ['XML', 'application/xml'],
    ['JSON in another charset', 'application/json; charset=iso-8859-1']
  ])('sent as %s is refused with 400 even when the body is a valid activity', async (_name, contentType) => {
    const { status } = await bot.post(activityJson(), { 'content-type': contentType });

    expect(status).toBe(400);
    expect(bot.connector.attempts).toEqual([]);
  });

  it('without a Content-Type is refused with 400', async () => {
    const status = await rawPost({ 'content-length': String(Buffer.byteLength(activityJson())) }, [Buffer.from(activityJson())]);

    expect(status).toBe(400);
  });

  it('with Content-Type application/json; charset=utf-8 (as Bot Framework sends it) is answered', async () => {
    const { status } = await bot.post(activityJson(), { 'content-type': 'application/json; charset=utf-8' });

    expect(status).toBe(200);
    expect(bot.connector.replies).toHaveLength(1);
  });

  it.each([
    ['malformed JSON', '{"type": "message", "text": '],
    ['an empty body', ''],
    ['a JSON array', '[]'],
    ['a JSON string', '"message"'],
    ['a JSON number', '42'],
    ['JSON null', 'null'],
    ['JSON with a byte-order mark', '\uFEFF{}'],
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])]
  ])('%s is refused with 400', async (_name, body) => {
    const { status } = await bot.post(body);

    expect(status).toBe(400);
    expect(bot.connector.attempts).toEqual([]);
  });
});

describe('an activity with missing or wrong-typed fields', () => {
  const cases: Array<[string, (activity: Record<string, unknown>) => Record<string, unknown>]> = [
    ['no type', ({ type: _type, ...rest }) => rest],
    ['a numeric type', (activity) => ({ ...activity, type: 7 })],
    ['no serviceUrl', ({ serviceUrl: _url, ...rest }) => rest],
    ['a serviceUrl that is not a URL', (activity) => ({ ...activity, serviceUrl: 'not a url' })],
    ['a file: serviceUrl', (activity) => ({ ...activity, serviceUrl: 'file:///etc/passwd' })],
    ['no channelId', ({ channelId: _channel, ...rest }) => rest],
    ['a conversation that is a string', (activity) => ({ ...activity, conversation: 'a:1' })],
    ['no from', ({ from: _from, ...rest }) => rest],
    ['a numeric from.id', (activity) => ({ ...activity, from: { id: 29 } })],
    ['a from.name that is an object', (activity) => ({ ...activity, from: { id: '29:x', name: { first: 'Dana' } } })],
    ['a numeric recipient.id', (activity) => ({ ...activity, recipient: { id: 28 } })],
    ['a numeric activity id', (activity) => ({ ...activity, id: 1234 })],
    ['a locale that is an object', (activity) => ({ ...activity, locale: { language: 'de' } })],
    ['conversation.isGroup as a string', (activity) => ({ ...activity, conversation: { id: 'a:1', isGroup: 'yes' } })]
  ];

  it.each(cases)('with %s is refused with 400, not a 500 or a silent failure', async (_name, change) => {
    const { status } = await bot.send(change(message('help', bot.with())));

    expect(status).toBe(400);
    expect(bot.connector.attempts).toEqual([]);
  });

  it.each([
    ['a numeric text', { text: 42 }],
    ['entities that are not a list', { entities: 'mention' }],
    ['entities full of junk', { entities: [null, 1, 'x', { type: 'mention' }, { type: 'mention', mentioned: null }] }],
    ['channelData that is a string', { channelData: 'msteams' }],
    ['a timestamp that is not a date', { timestamp: 'yesterday' }],
    ['attachments that are not a list', { attachments: 'card' }],
    ['fields set to null', { id: null, locale: null, from: { id: '29:x', name: null } }],
    ['a __proto__ key', JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>]
  ])('with %s in an optional field is still answered with a valid card', async (_name, fields) => {
    const { status } = await bot.send({ ...message('help', bot.with()), ...fields });

    expect(status).toBe(200);
    onlyCard();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('with value, channelData and entities nested 40,000 deep is still answered with a valid card', async () => {
    // Built as text: JSON.stringify itself cannot go this deep; three of them stay within the size limit.
    const nested = `${'['.repeat(40_000)}${']'.repeat(40_000)}`;
    const body = JSON.stringify(message('help', bot.with())).replace(/^\{/, `{"value":${nested},"channelData":{"x":${nested}},"entities":[${nested}],`);

    const { status } = await bot.post(body);

    expect(status).toBe(200);
    onlyCard();
  });
});

describe('activity and invoke types the bot does not handle', () => {
  it.each(['typing', 'messageReaction', 'messageUpdate', 'messageDelete', 'event', 'installationUpdate', 'endOfConversation', 'trace', 'handoff', 'command', 'somethingNew', 'constructor', '__proto__'])(
    'a %s activity is acknowledged with 200 and not answered',
    async (type) => {
      const { status } = await bot.send({ ...message('help', bot.with()), type });

      expect(status).toBe(200);
      expect(bot.connector.attempts).toEqual([]);
    }
  );

  it.each([
    ['task/fetch', 'task/fetch'],
    ['composeExtension/submitAction', 'composeExtension/submitAction'],
    ['signin/verifyState', 'signin/verifyState'],
    ['config/fetch', 'config/fetch'],
    ['tab/fetch', 'tab/fetch'],
    ['healthCheck', 'healthCheck'],
    ['with 5,000 characters', 'x'.repeat(5000)]
  ])(
    'an invoke named %s gets a 4xx invoke response and no message',
    async (_label, name) => {
      const { status } = await bot.send(invoke(name, { junk: [1, 'a', null] }, bot.with()));

      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      expect(bot.connector.attempts).toEqual([]);
    }
  );

  it('a conversationUpdate with junk for its members is acknowledged and not answered', async () => {
    const { status } = await bot.send({ ...membersAdded([BOT], bot.with()), membersAdded: [null, 7, { id: 12 }] });

    expect(status).toBe(200);
    expect(bot.connector.attempts).toEqual([]);
  });
});

describe('markup in a question, echoed on the answer card', () => {
  const hostile = [
    ['markdown', 'Can Microsoft email **my customer** about [billing](https://evil.example/phish) ![x](https://evil.example/t.png)?'],
    ['HTML', 'Can Microsoft email <b>my customer</b> about billing?<script>alert(1)</script><img src=x onerror=alert(1)>'],
    [
      'Adaptive Card JSON',
      'Can Microsoft email my customer about billing? "}]},{"type":"Action.OpenUrl","title":"Log in","url":"https://evil.example"}'
    ],
    ['template and expression syntax', 'Can Microsoft email my customer ${question} ${json(\'{}\')} {{DATE(2017-02-14T06:08:39Z,SHORT)}} about billing?'],
    ['a Teams mention', 'Can Microsoft email <at>Everyone</at> my customer about billing?']
  ];

  it.each(hostile)('%s is shown exactly as typed, as plain text, and adds nothing to the card', async (_name, text) => {
    await bot.send(message(text, bot.with()));

    const card = onlyCard();
    expect(echoedQuestion(card)).toBe(text);
    const shownElsewhere = visibleTexts(card).filter((shown) => shown !== text && /evil|<b>|\*\*|\$\{|\{\{|<at>|Action\.OpenUrl/.test(shown));
    expect(shownElsewhere).toEqual([]);
    expect(JSON.stringify(card)).not.toMatch(/"url":"https:\/\/evil/);
    expect(bot.connector.replies[0]!.activity.text).toBeUndefined();
  });
});

describe('Unicode in a question', () => {
  const texts = [
    ['right-to-left marks and overrides', 'Can Microsoft \u202Eliame\u202C my customer \u200Fabout billing\u200F?'],
    ['zero-width characters', 'Can\u200B Micro\u200Dsoft e\u200Cmail my cus\uFEFFtomer about bil\u2060ling?'],
    ['emoji, with skin tones and joiners', 'Can Microsoft 📧 my customer 👩🏽‍💼 about billing 💶🇪🇺?'],
    ['combining marks', 'Ca\u0301n Mi\u0308crosoft email my cu\u0327stomer about billing?'],
    ['a NUL and other control characters', 'Can Microsoft\u0000 email\u0007 my customer\u001B about billing?'],
    ['a lone surrogate', 'Can Microsoft email my customer about billing? \uD800']
  ];

  it.each(texts)('with %s is answered with a valid card echoing it', async (_name, text) => {
    const { status } = await bot.send(message(text, bot.with()));

    expect(status).toBe(200);
    // JSON carries even a lone surrogate as an escape; the bot collapses whitespace (\s includes U+FEFF).
    expect(echoedQuestion(onlyCard())).toBe(text.replace(/\s+/g, ' ').trim());
  });

  it.each([
    ['10 kB of one letter', 'x'.repeat(10 * 1024)],
    ['10 kB of one emoji', '😀'.repeat(5 * 1024)],
    ['10 kB of zero-width spaces', '\u200B'.repeat(10 * 1024)],
    ['10 kB of right-to-left overrides after a question', `Can Microsoft email my customer?${'\u202E'.repeat(10 * 1024)}`]
  ])('of %s is answered on its first characters, and the card says so', async (_name, text) => {
    const { status } = await bot.send(message(text, bot.with()));

    expect(status).toBe(200);
    const card = onlyCard();
    const echoed = echoedQuestion(card);
    if (echoed !== '') {
      expect(echoed.length).toBeLessThanOrEqual(MAX_QUESTION_LENGTH);
      expect(text.startsWith(echoed)).toBe(true);
      expect(echoed).not.toMatch(/[\uD800-\uDBFF]$/);
      expect(String(elementById(card, 'truncated')?.text)).toContain(String(echoed.length));
    } else {
      expect(elementIds(card)).not.toContain('question');
    }
  });

  it('of exactly the maximum length is answered whole, without the note', async () => {
    const text = `Can Microsoft email my customer about billing? ${'x'.repeat(MAX_QUESTION_LENGTH - 47)}`;
    expect(text).toHaveLength(MAX_QUESTION_LENGTH);

    await bot.send(message(text, bot.with()));

    const card = onlyCard();
    expect(echoedQuestion(card)).toBe(text);
    expect(elementIds(card)).not.toContain('truncated');
  });
});
