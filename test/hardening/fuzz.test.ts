import fc from 'fast-check';
import { BOT, message, TENANT_ID, USER } from '../bot/support/activities';
import { TestBot, type Answer } from './support/bot';
import { problemsOf, validCardOf } from './support/replies';
import type { AdaptiveCard } from '../../src/conversation/turn';

/**
 * Property-based: generated activities and bodies, thrown at the running server over loopback, batch by batch
 * with a few requests in flight at once. For every one: no 5xx, no error in the log, no unhandled rejection,
 * every card the bot sends (as a reply or in an invoke response) a valid Adaptive Card, and every question
 * in a personal chat answered exactly once. The seed is fixed so a run is repeatable; fast-check prints the
 * failing input, shrunk, when a property breaks.
 */
const SEED = 5_2026;
const BATCH = 50;
const ACTIVITY_RUNS = 160; // × BATCH = 8,000 activities
const BODY_RUNS = 40; // × BATCH = 2,000 raw bodies: 10,000 inputs in all
const CONCURRENCY = 8;
const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

let bot: TestBot;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
/** Button data taken from the bot's own cards, for the generator to replay and tamper with. */
const buttonData: { submit: unknown[]; execute: Array<{ verb: string; data: unknown }> } = { submit: [], execute: [] };
let sequence = 0;
let sent = 0;

function collectButtons(node: unknown): void {
  if (Array.isArray(node)) node.forEach(collectButtons);
  else if (node !== null && typeof node === 'object') {
    const object = node as Record<string, unknown>;
    if (object.type === 'Action.Submit') buttonData.submit.push(object.data);
    if (object.type === 'Action.Execute') buttonData.execute.push({ verb: String(object.verb), data: object.data });
    Object.values(object).forEach(collectButtons);
  }
}

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  bot = await TestBot.start({ LOG_LEVEL: 'warn' });
  for (const question of [
    'Can Microsoft contact my customer about billing?',
    'Will Microsoft email my customer about an outage?',
    'May Microsoft market directly to my customer?',
    'Does Microsoft tell my customer when their subscription is cancelled?',
    'Kann Microsoft meinen Kunden wegen einer Rechnung anrufen?'
  ]) {
    await bot.send(message(question, bot.with()));
  }
  bot.connector.replies.forEach((reply) => collectButtons(reply.activity.attachments));
  expect(buttonData.execute.length).toBeGreaterThan(0);
  expect(buttonData.submit.length).toBeGreaterThan(0);
}, 60_000);

afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await bot.close();
});

// ---- generators ----

const injections = [
  '**bold** [link](https://evil.example) ![img](https://evil.example/x.png)',
  '<script>alert(1)</script><img src=x onerror=alert(1)>',
  '"}]},{"type":"Action.OpenUrl","url":"https://evil.example"}',
  '${question} ${json(\'{}\')} {{DATE(2017-02-14T06:08:39Z,SHORT)}} @{user}',
  '<at>Everyone</at> \\u0000 %s %n %x ../../etc/passwd',
  'help',
  'Hilfe!',
  '/about',
  'regeln'
];

const oddCharacters = fc.constantFrom(
  '\u202E', '\u202D', '\u200F', '\u200E', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u0000', '\u0007', '\u001B',
  '\uD800', '\uDFFF', '😀', '👩🏽‍💻', '🇩🇪', 'é', 'e\u0301', 'ß', 'Ü', '\u0645', '\u05D0', '\n', '\t', ' ', '<', '>', '&', '*',
  '_', '~', '`', '[', ']', '(', ')', '{', '}', '$', '\\', '"', "'", '#', '@', '|', 'a', 'Microsoft', 'customer', 'billing', 'Kunde'
);

const text = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: oddCharacters, maxLength: 120 }),
  fc.constantFrom(...injections),
  fc.tuple(fc.constantFrom('Can Microsoft ', 'Darf Microsoft ', 'Will Microsoft '), fc.string({ unit: oddCharacters, maxLength: 60 })).map(
    ([start, rest]) => `${start}${rest}`
  ),
  fc.tuple(fc.constantFrom('x', '😀', '\u200B', '\u202E', 'ä'), fc.integer({ min: 400, max: 12_000 })).map(([character, count]) =>
    character.repeat(count)
  )
);

/** Any JSON-ish value, kept small. */
const junk = fc.oneof(fc.constant(undefined), fc.constant(null), fc.jsonValue({ maxDepth: 3 }), fc.anything({ maxDepth: 2 }));

const optional = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, { nil: undefined, freq: 3 });

/** Tamper with one field of a button's data, or leave it as the bot wrote it. */
const tampered = (data: unknown): fc.Arbitrary<unknown> =>
  data !== null && typeof data === 'object'
    ? fc.oneof(
        fc.constant(data),
        fc.tuple(fc.constantFrom(...Object.keys(data)), junk).map(([key, value]) => ({ ...(data as object), [key]: value })),
        fc.tuple(fc.string({ maxLength: 10 }), junk).map(([key, value]) => ({ ...(data as object), [key]: value }))
      )
    : fc.constant(data);

type Kind = 'message' | 'submit' | 'execute' | 'search' | 'install' | 'invoke' | 'other';

interface Generated {
  kind: Kind;
  activity: Record<string, unknown>;
}

const conversationType = fc.oneof(fc.constantFrom('personal', 'groupChat', 'channel', undefined), fc.string({ maxLength: 12 }));

function activity(): fc.Arbitrary<Generated> {
  const common = fc.record({
    locale: optional(fc.oneof(fc.constantFrom('en-US', 'de-DE', 'de', 'fr-FR', 'EN', '', 'de_AT'), fc.string({ maxLength: 12 }))),
    conversationType,
    tenantId: optional(fc.oneof(fc.constant(TENANT_ID), fc.uuid(), fc.string({ maxLength: 40 }))),
    userName: optional(fc.string({ maxLength: 40 })),
    channelData: fc.oneof(fc.constant('teams' as unknown), junk),
    entities: optional(
      fc.array(
        fc.oneof(
          fc.record({ type: fc.constant('mention'), mentioned: fc.constant(BOT as unknown), text: fc.constant(`<at>${BOT.name}</at>`) }),
          fc.record({ type: fc.constantFrom('mention', 'Mention', 'clientInfo'), mentioned: junk, text: junk }),
          junk
        ),
        { maxLength: 4 }
      )
    ),
    extra: fc.dictionary(fc.constantFrom('timestamp', 'attachments', 'replyToId', 'textFormat', 'valueType', 'importance', 'summary'), junk, {
      maxKeys: 3
    })
  });
  const kinds = fc.oneof(
    { weight: 5, arbitrary: text.map((value): [Kind, Record<string, unknown>] => ['message', { type: 'message', text: value }]) },
    { weight: 1, arbitrary: junk.map((value): [Kind, Record<string, unknown>] => ['message', { type: 'message', text: value }]) },
    {
      weight: 2,
      arbitrary: fc
        .oneof(fc.constantFrom(...buttonData.submit).chain(tampered), junk)
        .map((value): [Kind, Record<string, unknown>] => ['submit', { type: 'message', value }])
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.constantFrom(...buttonData.execute), fc.oneof(fc.constant('feedback'), fc.string({ maxLength: 20 })))
        .chain(([button, verb]) => tampered(button.data).map((data) => ({ data, verb })))
        .map(({ data, verb }): [Kind, Record<string, unknown>] => [
          'execute',
          { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' } }
        ])
    },
    {
      weight: 2,
      arbitrary: fc
        .record({
          commandId: fc.oneof(fc.constant('searchPolicy'), fc.string({ maxLength: 20 })),
          query: fc.oneof(text, junk),
          initialRun: optional(fc.constantFrom('true', 'false'))
        })
        .map(({ commandId, query, initialRun }): [Kind, Record<string, unknown>] => [
          'search',
          {
            type: 'invoke',
            name: 'composeExtension/query',
            value: {
              commandId,
              parameters: [{ name: initialRun ? 'initialRun' : 'searchText', value: initialRun ?? query }],
              queryOptions: { skip: 0, count: 25 }
            }
          }
        ])
    },
    {
      weight: 1,
      arbitrary: fc
        .oneof(fc.constant([BOT as unknown]), fc.array(junk, { maxLength: 3 }), junk)
        .map((membersAdded): [Kind, Record<string, unknown>] => ['install', { type: 'conversationUpdate', membersAdded }])
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ name: fc.oneof(fc.constantFrom('task/fetch', 'signin/verifyState', 'composeExtension/queryLink'), fc.string()), value: junk })
        .map(({ name, value }): [Kind, Record<string, unknown>] => ['invoke', { type: 'invoke', name, value }])
    },
    {
      weight: 1,
      arbitrary: fc
        .record({ type: fc.oneof(fc.constantFrom('typing', 'event', 'messageReaction', 'installationUpdate', 'trace'), fc.string({ minLength: 1 })), value: junk })
        .map(({ type, value }): [Kind, Record<string, unknown>] => ['other', { type, value }])
    }
  );
  return fc.tuple(common, kinds).map(([shared, [kind, fields]]) => {
    sequence += 1;
    const tenant = shared.tenantId === undefined ? {} : { tenantId: shared.tenantId };
    return {
      kind,
      activity: {
        id: `fuzz-activity-${sequence}`,
        channelId: 'msteams',
        serviceUrl: bot.connector.serviceUrl,
        from: { ...USER, name: shared.userName },
        recipient: BOT,
        conversation: { id: `fuzz-${sequence}`, conversationType: shared.conversationType, ...tenant },
        locale: shared.locale,
        channelData: shared.channelData === 'teams' ? { tenant: { id: shared.tenantId ?? TENANT_ID } } : shared.channelData,
        entities: shared.entities,
        ...shared.extra,
        ...fields
      }
    };
  });
}

/** Raw bodies: anything at all, JSON that is not an activity, and activities with one field broken. */
function body(): fc.Arbitrary<{ body: string; contentType: string }> {
  const jsonTypes = fc.constantFrom('application/json', 'application/json; charset=utf-8');
  const brokenActivity = fc
    .tuple(
      fc.constantFrom('type', 'id', 'channelId', 'serviceUrl', 'from', 'recipient', 'conversation', 'locale', 'text', 'value', 'name'),
      junk
    )
    .map(([field, value]) => {
      sequence += 1;
      const activity: Record<string, unknown> = { ...message('help', bot.with()), conversation: { id: `fuzz-${sequence}` } };
      activity[field] = value;
      return JSON.stringify(activity);
    });
  return fc.oneof(
    fc.record({ body: fc.string({ unit: 'binary', maxLength: 300 }), contentType: jsonTypes }),
    fc.record({ body: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value) ?? ''), contentType: jsonTypes }),
    fc.record({ body: brokenActivity, contentType: jsonTypes }),
    fc.record({
      body: brokenActivity,
      contentType: fc.oneof(fc.constantFrom('text/plain', 'application/xml', '', 'application/json; charset=latin1'), fc.string({ maxLength: 30 }))
    })
  );
}

// ---- checks ----

/** Every Adaptive Card anywhere in an invoke response body (a card action's card, message-extension results). */
function cardsIn(node: unknown, found: AdaptiveCard[] = []): AdaptiveCard[] {
  if (Array.isArray(node)) node.forEach((item) => cardsIn(item, found));
  else if (node !== null && typeof node === 'object') {
    const object = node as Record<string, unknown>;
    if (object.type === ADAPTIVE_CARD || object.contentType === ADAPTIVE_CARD) {
      const card = (object.value ?? object.content) as AdaptiveCard;
      found.push(card);
    } else Object.values(object).forEach((value) => cardsIn(value, found));
  }
  return found;
}

async function inParallel<T>(items: T[], work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < items.length) await work(items[next++]!);
    })
  );
}

/** A message or button click in a one-to-one chat (an unknown conversation type counts as one): always answered. */
function expectsOneReply(generated: Generated): boolean {
  const type = (generated.activity.conversation as { conversationType?: unknown }).conversationType;
  return (generated.kind === 'message' || generated.kind === 'submit') && type !== 'groupChat' && type !== 'channel';
}

function checkAnswer(answer: Answer, conversationId: string): void {
  expect(answer.status).toBeLessThan(500);
  for (const reply of bot.connector.repliesFor(conversationId)) validCardOf(reply.activity);
  for (const card of cardsIn(answer.body)) expect(problemsOf(card)).toEqual([]);
}

function checkLog(): void {
  const errors = bot.logs.filter((line) => Number(line.level) >= 50);
  expect(errors).toEqual([]);
  bot.logs.length = 0;
}

describe('generated input thrown at the running server', () => {
  it(`${ACTIVITY_RUNS * BATCH} generated activities: no 5xx, no error, every card valid, every question answered once`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(activity(), { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        bot.connector.clear();
        await inParallel(batch, async (generated) => {
          const answer = await bot.send(generated.activity);
          sent += 1;
          const conversationId = (generated.activity.conversation as { id: string }).id;
          checkAnswer(answer, conversationId);
          if (expectsOneReply(generated) && answer.status === 200) expect(bot.connector.repliesFor(conversationId)).toHaveLength(1);
        });
        checkLog();
      }),
      { seed: SEED, numRuns: ACTIVITY_RUNS, endOnFailure: true }
    );
    expect(unhandled).toEqual([]);
  }, 240_000);

  it(`${BODY_RUNS * BATCH} generated request bodies: no 5xx, no error, no reply to anything that is not an activity`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(body(), { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        bot.connector.clear();
        await inParallel(batch, async ({ body: text, contentType }) => {
          const answer = await bot.post(text, contentType === '' ? {} : { 'content-type': contentType });
          sent += 1;
          expect(answer.status).toBeLessThan(500);
          if (answer.status !== 200) expect(answer.status).toBeGreaterThanOrEqual(400);
        });
        for (const reply of bot.connector.replies) validCardOf(reply.activity);
        checkLog();
      }),
      { seed: SEED, numRuns: BODY_RUNS, endOnFailure: true }
    );
    expect(unhandled).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual((ACTIVITY_RUNS + BODY_RUNS) * BATCH);
  }, 120_000);

  it('leaves the server serving', async () => {
    bot.connector.clear();
    const answer = await bot.send(message('help', bot.with()));

    expect(answer.status).toBe(200);
    expect(bot.connector.replies).toHaveLength(1);
  });
});
