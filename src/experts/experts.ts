import type { Logger } from 'pino';
import type { ExpertRequest, TicketAction } from '../cards/actions';
import { TICKET_VERBS } from '../cards/actions';
import {
  deliveryNote,
  expertAskSummary,
  renderExpertAskCard,
  renderTicketCard,
  ticketSummary
} from '../cards/expertCards';
import type { CardActionResult, CardActionTurn, ConversationRef, MessageTurn, OutboundCard } from '../conversation/turn';
import { CatalogError, errorCode, formatError } from '../errors/catalog';
import type { Language, Localized } from '../language/language';
import type { ProactiveMessenger } from './messenger';
import { ExpertsStore, newTicketId, type ExpertsChannel, type Ticket, type TicketStep } from './store';

/** "experts here" makes a channel the experts' channel; "experts off" stops sending questions to it. */
export type ExpertsCommand = 'here' | 'off';

export interface Experts {
  /** Whether "Ask an expert" can be offered in this tenant: it has an experts' channel. */
  available(tenantId: string | undefined): Promise<boolean>;
  command(turn: MessageTurn, command: ExpertsCommand, language: Language): Promise<OutboundCard>;
  /** "Ask an expert": the form, with a line of context to add. */
  form(turn: CardActionTurn, request: ExpertRequest): Promise<CardActionResult>;
  /** The form sent: the question becomes a ticket, posted to the experts' channel. */
  send(turn: CardActionTurn, request: ExpertRequest): Promise<CardActionResult>;
  /** A click on the experts' card: take, answer, close, or Teams' refresh. */
  ticketAction(turn: CardActionTurn, verb: string, action: TicketAction): Promise<CardActionResult>;
}

export interface ExpertsOptions {
  store: ExpertsStore;
  messenger: ProactiveMessenger;
  logger: Logger;
  /** How long `available` trusts its last read of a tenant's experts' channel; EXPERTS_CHANNEL_CACHE_MS unless a test shortens it. */
  channelCacheMs?: number;
}

/**
 * Whether a tenant has an experts' channel is asked for every answer that could offer "Ask an expert", so each
 * instance keeps what it last read for this long. A change said on this instance ("experts here", "experts off")
 * is known here at once; one said on another instance sharing the store is seen here within this time. Meanwhile
 * an answer may offer the button for a channel just removed (the form then reads the store and says the experts
 * cannot be reached) or not yet offer it for a channel just set.
 */
export const EXPERTS_CHANNEL_CACHE_MS = 10_000;
/** Tenants whose answer is kept; past this the oldest is forgotten, so a flood of tenant ids cannot grow memory. */
const MAX_CACHED_TENANTS = 1_000;

/** Store keys need a tenant; the Agents Playground and the Emulator send none. */
const tenantKey = (tenantId: string | undefined) => tenantId ?? 'no-tenant';

/** A ticket changed by another instance between read and write is read again and the step re-decided, this often. */
const TICKET_WRITE_ATTEMPTS = 3;

const refusals = {
  notExpert: {
    en: 'Only the experts’ team can do this, in their channel.',
    de: 'Das kann nur das Expertenteam in seinem Kanal.'
  },
  gone: {
    en: 'This question is no longer stored (it was deleted after the retention period).',
    de: 'Diese Frage ist nicht mehr gespeichert (sie wurde nach Ablauf der Aufbewahrungsfrist gelöscht).'
  },
  emptyAnswer: {
    en: 'Write the answer in the field first, then send it.',
    de: 'Schreiben Sie zuerst die Antwort in das Feld und senden Sie sie dann.'
  },
  busy: {
    en: 'Someone changed this question at the same moment; please try again.',
    de: 'Jemand hat diese Frage im selben Moment geändert; bitte versuchen Sie es noch einmal.'
  },
  notSent: {
    en: 'I could not reach the experts’ channel just now; your question was not sent. Please try again in a minute.',
    de: 'Ich konnte den Expertenkanal gerade nicht erreichen; Ihre Frage wurde nicht gesendet. Bitte versuchen Sie es in einer Minute noch einmal.'
  }
} satisfies Record<string, Localized>;

function channelRef(channel: ExpertsChannel): ConversationRef {
  return {
    channelId: 'msteams',
    serviceUrl: channel.serviceUrl,
    conversationId: channel.channelId,
    conversationType: 'channel',
    ...(channel.tenantId === tenantKey(undefined) ? {} : { tenantId: channel.tenantId }),
    ...(channel.botId ? { botId: channel.botId } : {})
  };
}

/** A channel message's conversation id names its thread (`…;messageid=…`); the channel is the part before. */
function channelIdOf(ref: ConversationRef): string {
  return ref.team?.channelId ?? ref.conversationId.split(';')[0] ?? ref.conversationId;
}

function message(text: string): CardActionResult {
  return { type: 'message', text };
}

function card(card: OutboundCard['card'], summary: string): OutboundCard {
  return { type: 'card', card, summary };
}

const stepOf = (step: TicketStep['step'], by?: string): TicketStep => ({
  step,
  at: new Date().toISOString(),
  ...(by === undefined ? {} : { by })
});

/** The line under an answered or closed card: whether the asker was sent the outcome. */
function noteOf(ticket: Ticket): string {
  if (ticket.status !== 'answered' && ticket.status !== 'closed') return '';
  const concluded = ticket.steps.findLastIndex((step) => step.step === 'answered' || step.step === 'closed');
  const notified = ticket.steps.slice(concluded + 1).some((step) => step.step === 'asker-notified');
  return deliveryNote(ticket, notified);
}

export function createExperts({ store, messenger, logger, channelCacheMs = EXPERTS_CHANNEL_CACHE_MS }: ExpertsOptions): Experts {
  const knownChannels = new Map<string, { available: Promise<boolean>; until: number }>();

  function remember(tenant: string, available: Promise<boolean>): void {
    knownChannels.delete(tenant);
    if (knownChannels.size >= MAX_CACHED_TENANTS) knownChannels.delete(knownChannels.keys().next().value as string);
    knownChannels.set(tenant, { available, until: performance.now() + channelCacheMs });
  }

  /** One read per tenant and cache period, shared by the answers that ask meanwhile; a failed read is not kept. */
  function channelAvailable(tenant: string): Promise<boolean> {
    const known = knownChannels.get(tenant);
    if (known && known.until > performance.now()) return known.available;
    const available = store.channel(tenant).then((channel) => channel !== undefined);
    remember(tenant, available);
    available.catch(() => {
      if (knownChannels.get(tenant)?.available === available) knownChannels.delete(tenant);
    });
    return available;
  }

  function ticketCard(ticket: Ticket): OutboundCard {
    return card(renderTicketCard(ticket, noteOf(ticket)), ticketSummary(ticket));
  }

  /**
   * Reads the ticket, lets `decide` make the next version of it, and writes that with the eTag it read, so two
   * experts (or two instances) never both take one question; on a conflict the step is decided again on what the
   * other wrote. `decide` returns undefined to leave the ticket as it is.
   */
  async function changeTicket(id: string, decide: (ticket: Ticket) => Ticket | undefined): Promise<{ ticket: Ticket; changed: boolean } | undefined> {
    for (let attempt = 1; ; attempt += 1) {
      const stored = await store.ticket(id);
      if (!stored) return undefined;
      const next = decide(stored.ticket);
      if (!next) return { ticket: stored.ticket, changed: false };
      try {
        await store.saveTicket(next, stored.eTag);
        return { ticket: next, changed: true };
      } catch (error) {
        const conflict = error instanceof CatalogError && error.code === errorCode('storageETagConflict');
        if (!conflict || attempt >= TICKET_WRITE_ATTEMPTS) throw error;
      }
    }
  }

  /** The card in the channel is changed for everyone, not only for the expert who clicked. */
  async function updateChannelCard(channel: ExpertsChannel, ticket: Ticket): Promise<void> {
    if (!ticket.channel.activityId) return;
    try {
      await messenger.update(channelRef(channel), ticket.channel.activityId, ticketCard(ticket));
    } catch (error) {
      logger.warn({ code: errorCode('expertCardNotUpdated'), err: error, ticketId: ticket.id }, formatError('expertCardNotUpdated', { ticketId: ticket.id }));
    }
  }

  /** The answer (or the closing) goes to the asker's personal chat with the bot; that it did is a step of its own. */
  async function notifyAsker(ticket: Ticket): Promise<Ticket> {
    const { asker } = ticket;
    const stage = ticket.status === 'answered' ? 'answered' : 'closed';
    const outcome = renderExpertAskCard({
      stage,
      language: ticket.language,
      question: ticket.question,
      context: ticket.context,
      ...(ticket.answer ? { answer: { text: ticket.answer.text, by: ticket.answer.by } } : {}),
      closedBy: ticket.steps.findLast((step) => step.step === 'closed')?.by ?? '?'
    });
    let conversationId: string;
    try {
      conversationId = await messenger.sendToPerson(
        {
          userId: asker.id,
          serviceUrl: asker.serviceUrl,
          ...(ticket.tenantId === tenantKey(undefined) ? {} : { tenantId: ticket.tenantId }),
          ...(asker.botId ? { botId: asker.botId } : {}),
          ...(asker.personalConversationId ? { conversationId: asker.personalConversationId } : {})
        },
        card(outcome, expertAskSummary(stage, ticket.language))
      );
    } catch (error) {
      logger.warn({ code: errorCode('expertAskerNotNotified'), err: error, ticketId: ticket.id }, formatError('expertAskerNotNotified', { ticketId: ticket.id }));
      return ticket;
    }
    const changed = await changeTicket(ticket.id, (current) => ({
      ...current,
      asker: { ...current.asker, personalConversationId: conversationId },
      steps: [...current.steps, stepOf('asker-notified')]
    }));
    return changed?.ticket ?? ticket;
  }

  /** Every experts' action must come from the team whose channel is the experts' channel of the ticket's tenant. */
  async function expertsChannelOf(turn: CardActionTurn): Promise<ExpertsChannel | undefined> {
    const channel = await store.channel(tenantKey(turn.ref.tenantId));
    return channel && turn.ref.team?.id === channel.teamId ? channel : undefined;
  }

  return {
    available(tenantId) {
      return channelAvailable(tenantKey(tenantId));
    },

    async command(turn, command, language) {
      const stage = (kind: Parameters<typeof renderExpertAskCard>[0]['stage'], extra: { teamName?: string } = {}) =>
        card(renderExpertAskCard({ stage: kind, language, question: '', ...extra }), expertAskSummary(kind, language));
      const { team } = turn.ref;
      if (turn.ref.conversationType !== 'channel' || !team) return stage('channel-only');
      const tenant = tenantKey(turn.ref.tenantId);
      const current = await store.channel(tenant);
      if (current && current.teamId !== team.id) {
        logger.warn({ code: errorCode('expertsChannelRefused'), tenantId: turn.ref.tenantId }, formatError('expertsChannelRefused'));
        return stage('channel-refused', { teamName: current.teamName ?? current.teamId });
      }
      if (command === 'off') {
        await store.removeChannel(tenant);
        remember(tenant, Promise.resolve(false));
        logger.info({ event: 'experts-channel', change: 'removed', tenantId: turn.ref.tenantId, teamId: team.id }, 'experts channel removed');
        return stage('channel-removed');
      }
      const channel: ExpertsChannel = {
        tenantId: tenant,
        teamId: team.id,
        ...(team.name ? { teamName: team.name } : {}),
        channelId: channelIdOf(turn.ref),
        serviceUrl: turn.ref.serviceUrl,
        ...(turn.ref.botId ? { botId: turn.ref.botId } : {}),
        setAt: new Date().toISOString()
      };
      await store.setChannel(channel);
      remember(tenant, Promise.resolve(true));
      logger.info({ event: 'experts-channel', change: 'set', tenantId: turn.ref.tenantId, teamId: team.id }, 'experts channel set');
      return stage('channel-set');
    },

    async form(turn, request) {
      const tenant = tenantKey(turn.ref.tenantId);
      const channel = await store.channel(tenant);
      remember(tenant, Promise.resolve(channel !== undefined));
      const stage = channel ? 'form' : 'unavailable';
      const shown = renderExpertAskCard({
        stage,
        language: request.language,
        question: request.question,
        request,
        ...(channel ? { channel } : {})
      });
      return card(shown, expertAskSummary(stage, request.language));
    },

    async send(turn, request) {
      const { language } = request;
      const tenant = tenantKey(turn.ref.tenantId);
      const channel = await store.channel(tenant);
      remember(tenant, Promise.resolve(channel !== undefined));
      if (!channel) {
        return card(renderExpertAskCard({ stage: 'unavailable', language, question: request.question }), expertAskSummary('unavailable', language));
      }
      const now = new Date();
      const context = (request.contextLine ?? '').replace(/\s+/g, ' ').trim();
      const ticket: Ticket = {
        id: newTicketId(now),
        tenantId: tenantKey(turn.ref.tenantId),
        status: 'open',
        createdAt: now.toISOString(),
        language,
        question: request.question,
        context,
        verdict: request.verdict,
        rules: request.rules,
        confidence: request.confidence,
        facts: request.facts,
        asker: {
          id: turn.user.id,
          ...(turn.user.aadObjectId ? { aadObjectId: turn.user.aadObjectId } : {}),
          name: (turn.user.name ?? turn.user.id).slice(0, 200),
          serviceUrl: turn.ref.serviceUrl,
          ...(turn.ref.botId ? { botId: turn.ref.botId } : {}),
          askedIn: turn.ref.conversationType,
          ...(turn.ref.conversationType === 'personal' ? { personalConversationId: turn.ref.conversationId } : {})
        },
        channel: { conversationId: channel.channelId },
        steps: [stepOf('asked', (turn.user.name ?? '').slice(0, 200) || undefined)]
      };
      // Stored before it is posted: an expert may click the card the moment it appears, on any instance.
      await store.saveTicket(ticket);
      let activityId: string;
      try {
        activityId = await messenger.post(channelRef(channel), ticketCard(ticket));
      } catch (error) {
        logger.error({ code: errorCode('expertPostFailed'), err: error, ticketId: ticket.id }, formatError('expertPostFailed'));
        await store.deleteTicket(ticket.id);
        return message(refusals.notSent[language]);
      }
      await changeTicket(ticket.id, (current) => ({ ...current, channel: { ...current.channel, activityId } }));
      logger.info({ event: 'expert-question', step: 'asked', ticketId: ticket.id, verdict: ticket.verdict }, 'question sent to the experts');
      const sent = renderExpertAskCard({
        stage: 'sent',
        language,
        question: request.question,
        context,
        elsewhere: turn.ref.conversationType !== 'personal'
      });
      return card(sent, expertAskSummary('sent', language));
    },

    async ticketAction(turn, verb, action) {
      const channel = await expertsChannelOf(turn);
      const language = (await store.ticket(action.ticketId))?.ticket.language ?? 'en';
      if (!channel) {
        logger.warn({ code: errorCode('expertActionRefused'), verb, tenantId: turn.ref.tenantId }, formatError('expertActionRefused', { verb }));
        return message(refusals.notExpert[language]);
      }
      const by = (turn.user.name ?? turn.user.id).slice(0, 200);
      const answerText = (action.answerText ?? '').trim();
      if (verb === TICKET_VERBS.answer && answerText === '') return message(refusals.emptyAnswer[language]);
      let changed: Awaited<ReturnType<typeof changeTicket>>;
      try {
        changed = await changeTicket(action.ticketId, (ticket) => {
          if (ticket.tenantId !== channel.tenantId) return undefined;
          const pending = ticket.status === 'open' || ticket.status === 'taken';
          switch (verb) {
            case TICKET_VERBS.take:
              return ticket.status === 'open' ? { ...ticket, status: 'taken', takenBy: by, steps: [...ticket.steps, stepOf('taken', by)] } : undefined;
            case TICKET_VERBS.answer:
              return pending
                ? {
                    ...ticket,
                    status: 'answered',
                    answer: { text: answerText, by, at: new Date().toISOString() },
                    steps: [...ticket.steps, stepOf('answered', by)]
                  }
                : undefined;
            case TICKET_VERBS.close:
              return pending ? { ...ticket, status: 'closed', steps: [...ticket.steps, stepOf('closed', by)] } : undefined;
            default:
              return undefined;
          }
        });
      } catch (error) {
        if (error instanceof CatalogError && error.code === errorCode('storageETagConflict')) return message(refusals.busy[language]);
        throw error;
      }
      if (!changed) return message(refusals.gone[language]);
      if (changed.ticket.tenantId !== channel.tenantId) {
        logger.warn({ code: errorCode('expertActionRefused'), verb, tenantId: turn.ref.tenantId }, formatError('expertActionRefused', { verb }));
        return message(refusals.notExpert[language]);
      }
      let { ticket } = changed;
      if (changed.changed) {
        const step = ticket.steps.at(-1)?.step;
        logger.info({ event: 'expert-question', step, ticketId: ticket.id }, `expert question ${step ?? 'changed'}`);
        if (ticket.status === 'answered' || ticket.status === 'closed') ticket = await notifyAsker(ticket);
        await updateChannelCard(channel, ticket);
      }
      return ticketCard(ticket);
    }
  };
}

