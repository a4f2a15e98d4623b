import { EXPERT_VERBS, TICKET_VERBS } from '../../src/cards/actions';
import { EXPERTS_CHANNEL_KEY_PREFIX, TICKET_KEY_PREFIX, ticketSchema, withoutETag, type Ticket } from '../../src/experts/store';
import { MemoryStorage } from '../../src/storage/memoryStorage';
import type { Storage } from '../../src/storage/storage';
import {
  execute,
  mentioningMessage,
  message,
  OTHER_USER,
  TENANT_ID,
  USER,
  type Activity,
  type ActivityOptions
} from './support/activities';
import { elementIds, executeButtons, shownText, type ExecuteButton } from './support/cards';
import { BotHarness, cardOf } from './support/harness';
import type { MockConnector, RecordedReply } from './support/mockConnector';

const MESSAGE = 'application/vnd.microsoft.activity.message';
const EXPERTS_TEAM = '19:team0id@thread.tacv2';
const EXPERTS_CHANNEL = '19:general0channel@thread.tacv2';
const PERSONAL_CHAT = 'a:1Xq7personalchatid';
const EXPERT = { id: '29:alex-expert', aadObjectId: '7d6c5b4a-3f2e-4d1c-8b0a-9e8f7d6c5b4a', name: 'Alex Expert' };
const NOT_COVERED = 'What is the weather in Berlin tomorrow?';

/** An invoke's card, or undefined when the invoke answered with a message. */
function invokeCard(body: unknown): Record<string, unknown> {
  const response = body as { type?: string; value?: unknown };
  if (response.type !== 'application/vnd.microsoft.card.adaptive') throw new Error(`invoke answered ${JSON.stringify(body)}`);
  return response.value as Record<string, unknown>;
}

function button(card: unknown, verb: string): ExecuteButton {
  const found = executeButtons(card).find((each) => each.verb === verb && (each as { title?: string }).title !== undefined);
  if (!found) throw new Error(`no ${verb} button on ${JSON.stringify(card).slice(0, 200)}`);
  return found;
}

/** A message in the experts' channel, from someone in the experts' team. */
function inTeam(activity: Activity, team = EXPERTS_TEAM, from: Record<string, unknown> = EXPERT): Activity {
  return {
    ...activity,
    from,
    channelData: { tenant: { id: TENANT_ID }, team: { id: team, name: 'Compliance' }, channel: { id: EXPERTS_CHANNEL } }
  };
}

async function tickets(store: Storage): Promise<Ticket[]> {
  return Object.values(await store.list(TICKET_KEY_PREFIX)).map((item) => ticketSchema.parse(withoutETag(item)[0]));
}

/**
 * Two bot instances on one store, both talking to one Bot Framework service (the first harness's mock connector), as
 * two replicas behind one Azure Bot would. `via` posts an activity to the second instance and collects what it sent.
 */
async function via(bot: BotHarness, connector: MockConnector, activity: Activity): Promise<{ body: unknown; posted: RecordedReply[]; updated: RecordedReply[] }> {
  connector.clear();
  const response = await bot.post(JSON.stringify(activity));
  const body = (await response.json()) as unknown;
  return { body, posted: [...connector.replies], updated: [...connector.updates] };
}

describe('ask an expert', () => {
  const store = new MemoryStorage();
  let first: BotHarness;
  let second: BotHarness;
  let channel: ActivityOptions;
  let personal: ActivityOptions;

  beforeAll(async () => {
    first = await BotHarness.start({}, { storage: store });
    second = await BotHarness.start({}, { storage: store });
    channel = first.with({ conversation: 'channel' });
    personal = first.at;
  });
  afterAll(async () => {
    await first.close();
    await second.close();
  });

  it('offers no "Ask an expert" while the tenant has no experts channel', async () => {
    const card = cardOf((await first.send(message(NOT_COVERED, personal))).replies[0]);
    expect(elementIds(card)).toContain('verdict-not-covered');
    expect(executeButtons(card).map((each) => each.verb)).not.toContain(EXPERT_VERBS.ask);
  });

  it('makes a channel the experts channel when someone in it says "experts here"', async () => {
    const { replies } = await first.send(inTeam(mentioningMessage('experts here', channel)));

    expect(elementIds(cardOf(replies[0]))).toContain('expert-channel-set');
    const stored = await store.read([`${EXPERTS_CHANNEL_KEY_PREFIX}${TENANT_ID}`]);
    expect(stored[`${EXPERTS_CHANNEL_KEY_PREFIX}${TENANT_ID}`]).toMatchObject({
      teamId: EXPERTS_TEAM,
      teamName: 'Compliance',
      channelId: EXPERTS_CHANNEL,
      serviceUrl: first.connector.serviceUrl
    });
  });

  it('takes a question from the answer card to the experts channel in two clicks, and the answer back to the asker', async () => {
    // The asker, in their personal chat: a question the policy does not cover.
    const answer = cardOf((await first.send(message(NOT_COVERED, personal))).replies[0]);
    const askButton = button(answer, EXPERT_VERBS.ask);

    // Click 1: the form, with a line for context.
    const form = invokeCard((await first.send(execute(askButton.verb, askButton.data, personal))).body);
    expect(elementIds(form)).toEqual(expect.arrayContaining(['expert-form', 'contextLine']));
    expect(shownText(form)).toContain('Compliance');

    // Click 2: sent. Teams puts the input's value into the button's data.
    const sendButton = button(form, EXPERT_VERBS.send);
    const sent = await first.send(execute(sendButton.verb, { ...sendButton.data, contextLine: 'The customer asked our sales rep.' }, personal));
    expect(elementIds(invokeCard(sent.body))).toContain('expert-sent');

    // The question is a new post in the experts channel, with who asked, the bot's answer and what it read.
    expect(sent.replies).toHaveLength(1);
    const [post] = sent.replies;
    expect(post).toMatchObject({ conversationId: EXPERTS_CHANNEL });
    expect(post?.replyToId).toBeUndefined();
    const posted = cardOf(post);
    expect(elementIds(posted)).toContain('status-open');
    const text = shownText(posted);
    for (const shown of [USER.name, NOT_COVERED, 'The customer asked our sales rep.', 'Not covered by this policy', 'off-topic']) {
      expect(text).toContain(shown);
    }
    expect(posted.refresh).toMatchObject({ action: { type: 'Action.Execute', verb: TICKET_VERBS.refresh } });

    let [ticket] = await tickets(store);
    expect(ticket).toMatchObject({
      status: 'open',
      question: NOT_COVERED,
      context: 'The customer asked our sales rep.',
      verdict: 'not-covered',
      asker: { id: USER.id, name: USER.name, askedIn: 'personal', personalConversationId: PERSONAL_CHAT },
      channel: { conversationId: EXPERTS_CHANNEL, activityId: post ? expect.any(String) : undefined }
    });
    const channelActivityId = ticket!.channel.activityId;

    // An expert takes it: their card and everyone's (the post, updated in place) say so.
    const take = button(posted, TICKET_VERBS.take);
    const taken = await first.send(inTeam(execute(take.verb, take.data, channel)));
    expect(elementIds(invokeCard(taken.body))).toContain('status-taken');
    expect(shownText(invokeCard(taken.body))).toContain('Alex Expert is answering');
    expect(first.connector.updates).toEqual([
      expect.objectContaining({ conversationId: EXPERTS_CHANNEL, replyToId: channelActivityId })
    ]);
    expect(elementIds(cardOf(first.connector.updates[0]))).toContain('status-taken');

    // Another instance on the same store takes the next step: the answer, typed into the card.
    const answerButton = button(invokeCard(taken.body), TICKET_VERBS.answer);
    const answered = await via(
      second,
      first.connector,
      inTeam(execute(answerButton.verb, { ...answerButton.data, answerText: 'Ask Microsoft support to stop: weather is not their topic.' }, channel))
    );
    const answeredCard = invokeCard(answered.body);
    expect(elementIds(answeredCard)).toEqual(expect.arrayContaining(['status-answered', 'answer', 'note']));
    expect(shownText(answeredCard)).toContain('The answer was sent to Dana Partner.');
    expect(executeButtons(answeredCard).filter((each) => each.verb !== TICKET_VERBS.refresh)).toEqual([]);

    // The asker gets the expert's answer in their personal chat with the bot.
    expect(answered.posted).toHaveLength(1);
    expect(answered.posted[0]).toMatchObject({ conversationId: PERSONAL_CHAT });
    const notification = cardOf(answered.posted[0]);
    expect(elementIds(notification)).toContain('expert-answered');
    expect(shownText(notification)).toContain('Ask Microsoft support to stop: weather is not their topic.');
    expect(shownText(notification)).toContain('Alex Expert answered:');
    expect(answered.updated.map((update) => elementIds(cardOf(update)))).toEqual([expect.arrayContaining(['status-answered'])]);

    [ticket] = await tickets(store);
    expect(ticket!.status).toBe('answered');
    expect(ticket!.answer).toMatchObject({ text: 'Ask Microsoft support to stop: weather is not their topic.', by: 'Alex Expert' });
    expect(ticket!.steps.map((step) => step.step)).toEqual(['asked', 'taken', 'answered', 'asker-notified']);

    // Teams' refresh, on either instance, shows the card as it now is; a late close changes nothing.
    const refreshed = await second.send(inTeam(execute(TICKET_VERBS.refresh, take.data, second.with({ conversation: 'channel' }))));
    expect(invokeCard(refreshed.body)).toEqual(answeredCard);
    const lateClose = await first.send(inTeam(execute(TICKET_VERBS.close, take.data, channel)));
    expect(invokeCard(lateClose.body)).toEqual(answeredCard);
    expect(lateClose.replies).toEqual([]);
    expect((await tickets(store))[0]!.steps).toHaveLength(4);
  });

  it('tells an asker in a group chat in a new personal chat when the experts close the question', async () => {
    const group = first.with({ conversation: 'groupChat' });
    const answer = cardOf((await first.send(mentioningMessage(NOT_COVERED, group))).replies[0]);
    const ask = button(answer, EXPERT_VERBS.ask);
    const form = invokeCard((await first.send(execute(ask.verb, ask.data, group))).body);
    const sent = await first.send(execute(EXPERT_VERBS.send, button(form, EXPERT_VERBS.send).data, group));
    expect(shownText(invokeCard(sent.body))).toContain('personal chat');
    const close = button(cardOf(sent.replies[0]), TICKET_VERBS.close);

    const closed = await first.send(inTeam(execute(close.verb, close.data, channel)));

    expect(elementIds(invokeCard(closed.body))).toContain('status-closed');
    expect(first.connector.created).toEqual([
      expect.objectContaining({ isGroup: false, members: [expect.objectContaining({ id: USER.id })], tenantId: TENANT_ID })
    ]);
    expect(closed.replies).toEqual([expect.objectContaining({ conversationId: 'a:created-1' })]);
    expect(elementIds(cardOf(closed.replies[0]))).toContain('expert-closed');
  });

  it('refuses experts actions from outside the experts team, and changes nothing', async () => {
    const before = await tickets(store);
    const open = await first.send(message(NOT_COVERED, personal));
    const ask = button(cardOf(open.replies[0]), EXPERT_VERBS.ask);
    const sent = await first.send(execute(EXPERT_VERBS.send, ask.data, personal));
    const take = button(cardOf(sent.replies[0]), TICKET_VERBS.take);
    first.logs.length = 0;

    const fromOtherTeam = await first.send(inTeam(execute(take.verb, take.data, channel), '19:other-team@thread.tacv2', OTHER_USER));
    const fromPersonalChat = await first.send({ ...execute(take.verb, take.data, personal), from: OTHER_USER });

    for (const { status, body, replies } of [fromOtherTeam, fromPersonalChat]) {
      expect(status).toBe(200);
      expect(body).toEqual({ statusCode: 200, type: MESSAGE, value: 'Only the experts’ team can do this, in their channel.' });
      expect(replies).toEqual([]);
    }
    expect(first.connector.updates).toEqual([]);
    expect(first.logs.filter((line) => line.code === 'CSP2105')).toHaveLength(2);
    const after = await tickets(store);
    expect(after).toHaveLength(before.length + 1);
    expect(after.filter((ticket) => ticket.status === 'open')).toHaveLength(1);
  });

  it('lets only the experts team move or remove the experts channel', async () => {
    const elsewhere = await first.send(inTeam(mentioningMessage('experten hier', channel), '19:other-team@thread.tacv2', OTHER_USER));
    expect(elementIds(cardOf(elsewhere.replies[0]))).toContain('expert-channel-refused');
    expect(shownText(cardOf(elsewhere.replies[0]))).toContain('Compliance');
    expect(first.logs).toContainEqual(expect.objectContaining({ code: 'CSP2106' }));

    const inPersonalChat = await first.send(message('experts here', personal));
    expect(elementIds(cardOf(inPersonalChat.replies[0]))).toContain('expert-channel-only');

    const off = await first.send(inTeam(mentioningMessage('experts off', channel)));
    expect(elementIds(cardOf(off.replies[0]))).toContain('expert-channel-removed');
    const card = cardOf((await first.send(message(NOT_COVERED, personal))).replies[0]);
    expect(executeButtons(card).map((each) => each.verb)).not.toContain(EXPERT_VERBS.ask);
  });
});

/** Counts the reads of the experts' channel record, the store call an answer would otherwise make each time. */
class CountingStore extends MemoryStorage {
  channelReads = 0;

  override read(keys: string[]): ReturnType<MemoryStorage['read']> {
    if (keys.some((key) => key.startsWith(EXPERTS_CHANNEL_KEY_PREFIX))) this.channelReads += 1;
    return super.read(keys);
  }
}

const offersAnExpert = (card: unknown) => executeButtons(card).some((each) => each.verb === EXPERT_VERBS.ask);

describe('whether to offer "Ask an expert", as each answer asks it', () => {
  it('reads the experts channel once for many answers, and knows of "experts here" and "experts off" on this instance at once', async () => {
    const store = new CountingStore();
    const bot = await BotHarness.start({}, { storage: store });
    try {
      for (let asked = 0; asked < 5; asked += 1) {
        expect(offersAnExpert(cardOf((await bot.send(message(NOT_COVERED, bot.at))).replies[0]))).toBe(false);
      }
      expect(store.channelReads).toBe(1);

      await bot.send(inTeam(mentioningMessage('experts here', bot.with({ conversation: 'channel' }))));
      expect(offersAnExpert(cardOf((await bot.send(message(NOT_COVERED, bot.at))).replies[0]))).toBe(true);
      await bot.send(inTeam(mentioningMessage('experts off', bot.with({ conversation: 'channel' }))));
      expect(offersAnExpert(cardOf((await bot.send(message(NOT_COVERED, bot.at))).replies[0]))).toBe(false);
    } finally {
      await bot.close();
    }
  });

  it('sees an experts channel set on another instance once its cache period has passed', async () => {
    const store = new MemoryStorage();
    const cacheMs = 300;
    const here = await BotHarness.start({}, { storage: store, expertsChannelCacheMs: cacheMs });
    const there = await BotHarness.start({}, { storage: store, expertsChannelCacheMs: cacheMs });
    try {
      expect(offersAnExpert(cardOf((await here.send(message(NOT_COVERED, here.at))).replies[0]))).toBe(false);
      await there.send(inTeam(mentioningMessage('experts here', there.with({ conversation: 'channel' }))));
      await new Promise((resolve) => setTimeout(resolve, cacheMs + 50));
      expect(offersAnExpert(cardOf((await here.send(message(NOT_COVERED, here.at))).replies[0]))).toBe(true);
    } finally {
      await here.close();
      await there.close();
    }
  });
});
