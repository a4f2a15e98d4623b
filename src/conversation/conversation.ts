import type { Logger } from 'pino';
import { z } from 'zod';
import {
  askActionSchema,
  READ_CARD_DATA_VERSIONS,
  EXPERT_VERBS,
  expertRequestSchema,
  FEEDBACK_VERB,
  feedbackActionSchema,
  TICKET_VERBS,
  ticketActionSchema,
  type AskAction,
  type ExpertRequest,
  type FeedbackAction
} from '../cards/actions';
import { labels, type NoticeKind } from '../cards/labels';
import {
  aboutSummary,
  cardSummary,
  helpSummary,
  noticeSummary,
  renderAboutCard,
  renderAnswerCard,
  renderHelpCard,
  renderNoticeCard,
  renderRulesCard,
  offersExpert,
  rulesSummary,
  type AnswerCardOptions
} from '../cards/render';
import { firstCharacters } from '../common/firstCharacters';
import { answerFromFacts } from '../engine/ask';
import { askTogether } from '../engine/askTogether';
import { errorCode, formatError } from '../errors/catalog';
import { languageOfLocale, languageSchema, type Language } from '../language/language';
import type { Answer } from '../policy/answer';
import type { RuleId, Verdict } from '../policy/rule';
import type { Experts } from '../experts/experts';
import { missOf, type UnansweredLog } from '../records/unanswered';
import { commandOf, expertsCommandOf, type Command } from './commands';
import type { FeedbackLog } from './feedback';
import { createRateLimiter, type RateLimiter, type RateLimits } from './rateLimit';
import { searchHints, searchPolicy, searchResult } from './search';
import type {
  CardActionResult,
  CardActionTurn,
  InboundTurn,
  MembersAddedTurn,
  MessageExtensionQueryTurn,
  MessageExtensionResult,
  MessageTurn,
  Outbound,
  OutboundCard
} from './turn';

/**
 * The bot's behaviour, free of any SDK: a turn in, what to send back out.
 * Every message gets at least one card back, and nothing a user sends can make it throw:
 * an unexpected failure becomes the polite error notice and a log line with its code.
 */
export interface Conversation {
  /** A typed message, an Action.Submit click, or an install. */
  handle(turn: MessageTurn | MembersAddedTurn): Promise<Outbound[]>;
  /** An Action.Execute click (the feedback buttons): the card that replaces the clicked one, or a message. */
  cardAction(turn: CardActionTurn): Promise<CardActionResult>;
  /** A search in the message extension: answer cards to insert, or a hint in their place. */
  search(turn: MessageExtensionQueryTurn): MessageExtensionResult;
}

export interface ConversationOptions {
  /** Longer questions are answered on their first this-many characters, and the card says so. */
  maxQuestionLength: number;
  /**
   * Tenants allowed to use the bot; empty: every tenant. Messages and installs from others get the refusal card
   * here; invokes never reach the core, the bot edge answers them 403 (src/bot/tenantGuard.ts).
   */
  allowedTenantIds: readonly string[];
  /** Where "Helpful" / "Not helpful" clicks are recorded. */
  feedback: FeedbackLog;
  /**
   * Where questions the bot could not answer are recorded, after the reply (it records nothing when RECORD_UNANSWERED
   * is false).
   */
  unanswered: UnansweredLog;
  /** "Ask an expert" and the experts' channel. */
  experts: Experts;
  /** Per person and per organisation: feedback clicks and expert questions beyond these get a polite message, not a write. */
  rateLimits: RateLimits;
  /**
   * What each answer was, for the log line of the request that asked (one line per request, with its status and
   * latency, rather than a line of its own).
   */
  recordAnswer: (answered: AnswerRecord) => void;
  logger: Logger;
  /**
   * The day a drift check found Microsoft's page changed since the stored copy, while the policy data has not been
   * updated (src/policy/pageStatus.ts); every answer and the about card then say so. Unset: no warning.
   */
  pageChangedOn?: () => string | undefined;
}

/** An answer as operators see it: never the question, only what was decided and how sure the bot was. */
export interface AnswerRecord {
  language: Language;
  verdict: Verdict;
  rules: RuleId[];
  confidence: number;
  truncated: boolean;
}

/** Button data this bot once wrote, recognised by its action even when its version is not this bot's. */
const cardDataEnvelopeSchema = z.object({ action: z.enum(['ask', 'feedback', 'expert', 'ticket']), v: z.number() });

const namedLanguageSchema = z.object({ language: languageSchema });

function card(card: OutboundCard['card'], summary: string): OutboundCard {
  return { type: 'card', card, summary };
}

function notice(language: Language, kind: NoticeKind): OutboundCard {
  return card(renderNoticeCard(language, kind), noticeSummary(language, kind));
}

/** The polite "something went wrong" card, also sent by the bot edge when a turn fails outside the core. */
export function errorNotice(language: Language): OutboundCard {
  return notice(language, 'error');
}

function turnLanguage(turn: InboundTurn): Language {
  return languageOfLocale(turn.locale) ?? 'en';
}

/** Button data names the language of the card it came from; a notice about it should speak that language. */
function languageOfData(data: unknown, turn: InboundTurn): Language {
  const named = namedLanguageSchema.safeParse(data);
  return named.success ? named.data.language : turnLanguage(turn);
}

function commandCard({ name, language }: Command, pageChangedOn: string | undefined): OutboundCard {
  switch (name) {
    case 'help':
      return card(renderHelpCard(language, { welcome: false }), helpSummary(language, { welcome: false }));
    case 'rules':
      return card(renderRulesCard(language), rulesSummary(language));
    case 'about':
      return card(renderAboutCard(language, pageChangedOn), aboutSummary(language));
  }
}

const expertVerbs = new Set<string>(Object.values(EXPERT_VERBS));
const ticketVerbs = new Set<string>(Object.values(TICKET_VERBS));

function sameRules(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((rule, index) => rule === right[index]);
}

export function createConversation(options: ConversationOptions): Conversation {
  const { logger, maxQuestionLength, recordAnswer } = options;
  const pageChangedOn = options.pageChangedOn ?? (() => undefined);
  const allowedTenants = new Set(options.allowedTenantIds.map((id) => id.toLowerCase()));
  const feedbackLimiter = createRateLimiter(options.rateLimits);
  const expertLimiter = createRateLimiter(options.rateLimits);

  function tenantAllowed(turn: MessageTurn | MembersAddedTurn): boolean {
    if (allowedTenants.size === 0) return true;
    const allowed = turn.ref.tenantId !== undefined && allowedTenants.has(turn.ref.tenantId.toLowerCase());
    if (!allowed) {
      logger.warn(
        { code: errorCode('tenantNotAllowed'), tenantId: turn.ref.tenantId, kind: turn.kind },
        formatError('tenantNotAllowed')
      );
    }
    return allowed;
  }

  function failed(turn: InboundTurn, error: unknown): Language {
    logger.error(
      { code: errorCode('turnFailed'), err: error, kind: turn.kind, conversationType: turn.ref.conversationType },
      formatError('turnFailed', { kind: turn.kind })
    );
    return turnLanguage(turn);
  }

  /** Experts are looked up only for answers that can offer them, so most answers cost no store read. */
  async function expertsAvailable(answer: Answer, cardOptions: AnswerCardOptions, turn: InboundTurn): Promise<boolean> {
    if (!offersExpert(answer, { ...cardOptions, expertsAvailable: true })) return false;
    try {
      return await options.experts.available(turn.ref.tenantId);
    } catch (error) {
      logger.error({ code: errorCode('expertsLookupFailed'), err: error }, formatError('expertsLookupFailed'));
      return false;
    }
  }

  async function answerCard(answer: Answer, cardOptions: AnswerCardOptions, turn: InboundTurn): Promise<OutboundCard> {
    recordAnswer({
      language: answer.language,
      verdict: answer.verdict,
      rules: answer.rules,
      confidence: answer.confidence,
      truncated: cardOptions.truncatedAt !== undefined
    });
    const kind = missOf(answer);
    if (kind) {
      // Queued for the owners' record and written after the reply (src/records/unanswered.ts): neither a slow store
      // nor a failing one costs the user time or their answer.
      const { question, language, verdict, rules, confidence, facts } = answer;
      options.unanswered.record({ kind, question, language, verdict, rules, confidence, facts }, turn.user);
    }
    const withExperts = {
      ...cardOptions,
      expertsAvailable: await expertsAvailable(answer, cardOptions, turn),
      pageChangedOn: pageChangedOn()
    };
    return card(renderAnswerCard(answer, withExperts), cardSummary(answer));
  }

  /** A typed question: its own words decide the answer's language; the client's locale breaks a tie. */
  async function answerQuestion(text: string, turn: MessageTurn): Promise<OutboundCard> {
    const { locale } = turn;
    // Read together with the other turns' questions of this loop turn (src/engine/askTogether.ts); the same answers.
    if (text.length <= maxQuestionLength) return answerCard(await askTogether(text, { locale }), { feedback: 'ask' }, turn);
    const question = firstCharacters(text, maxQuestionLength);
    return answerCard(await askTogether(question, { locale }), { feedback: 'ask', truncatedAt: question.length }, turn);
  }

  /** A button carries its question's facts and language, so the refined question is answered without re-reading it. */
  function answerAction(action: AskAction, turn: MessageTurn): Promise<OutboundCard> {
    const answer = answerFromFacts(action.question, action.language, action.facts);
    return answerCard(answer, { feedback: 'ask' }, turn);
  }

  /** Why button data was refused: an older card ("stale") or data this bot never wrote ("invalid"). */
  function refusal(data: unknown): NoticeKind {
    const envelope = cardDataEnvelopeSchema.safeParse(data);
    if (envelope.success && !READ_CARD_DATA_VERSIONS.includes(envelope.data.v)) {
      logger.info(
        { code: errorCode('submitDataStale'), version: envelope.data.v },
        formatError('submitDataStale', { version: envelope.data.v, current: READ_CARD_DATA_VERSIONS.join(', ') })
      );
      return 'stale-action';
    }
    logger.warn({ code: errorCode('submitDataInvalid') }, formatError('submitDataInvalid'));
    return 'invalid-action';
  }

  async function submitted(turn: MessageTurn): Promise<OutboundCard> {
    const action = askActionSchema.safeParse(turn.value);
    if (action.success) return answerAction(action.data, turn);
    return notice(languageOfData(turn.value, turn), refusal(turn.value));
  }

  async function reply(turn: MessageTurn): Promise<OutboundCard> {
    const text = turn.text.trim();
    if (text === '' && turn.value !== undefined) return submitted(turn);
    if (text === '') {
      const language = turnLanguage(turn);
      return card(renderHelpCard(language, { welcome: false }), helpSummary(language, { welcome: false }));
    }
    const expertsCommand = expertsCommandOf(text);
    if (expertsCommand) return options.experts.command(turn, expertsCommand.command, expertsCommand.language);
    const command = commandOf(text);
    return command ? commandCard(command, pageChangedOn()) : answerQuestion(text, turn);
  }

  function welcome(turn: MembersAddedTurn): OutboundCard {
    const language = turnLanguage(turn);
    return card(renderHelpCard(language, { welcome: true }), helpSummary(language, { welcome: true }));
  }

  /** "Back to the answer" on the expert form: the answer card as it was before "Ask an expert". */
  function answerAgain(request: ExpertRequest): OutboundCard {
    const { question, language, facts, confidence, truncatedAt, after } = request;
    const answer = answerFromFacts(question, language, facts, confidence);
    const shown = renderAnswerCard(answer, { feedback: after, expertsAvailable: true, ...(truncatedAt === undefined ? {} : { truncatedAt }) });
    return card(shown, cardSummary(answer));
  }

  /** Undefined when the write may go ahead; else the polite message, and the refusal is logged (CSP2008). */
  function overLimit(limiter: RateLimiter, kind: string, turn: CardActionTurn, language: Language): CardActionResult | undefined {
    const decision = limiter.take(turn.user.aadObjectId ?? turn.user.id, turn.ref.tenantId);
    if (decision.allowed) return undefined;
    const params = { kind, scope: decision.scope, retryAfterSeconds: decision.retryAfterSeconds };
    logger.warn({ code: errorCode('writeRateLimited'), ...params }, formatError('writeRateLimited', params));
    return { type: 'message', text: labels.rateLimited[language] };
  }

  async function expertRequested(verb: string, request: ExpertRequest, turn: CardActionTurn): Promise<CardActionResult> {
    if (verb === EXPERT_VERBS.ask) return options.experts.form(turn, request);
    if (verb === EXPERT_VERBS.send) return overLimit(expertLimiter, 'expert question', turn, request.language) ?? options.experts.send(turn, request);
    return answerAgain(request);
  }

  /**
   * Feedback is recorded first; only then is the user thanked. The log names verdict, rules and the record's key,
   * never the question. The card is redrawn from the facts its button carries, so it comes back exactly as it
   * was, with the thanks; if those facts no longer give the answer that was judged (a card from before a policy
   * change), the judgement is recorded as given and a message thanks instead.
   */
  async function feedbackReceived(feedback: FeedbackAction, turn: CardActionTurn): Promise<CardActionResult> {
    const { helpful, language, question, verdict, rules } = feedback;
    const limited = overLimit(feedbackLimiter, 'feedback', turn, language);
    if (limited) return limited;
    let key: string;
    try {
      const { conversationId, activityId } = turn.ref;
      const clickId = activityId === undefined ? undefined : `${conversationId}\n${activityId}`;
      key = await options.feedback.record({ question, language, verdict, rules, helpful }, turn.user, clickId);
    } catch (error) {
      logger.error({ code: errorCode('feedbackNotStored'), err: error }, formatError('feedbackNotStored'));
      return { type: 'message', text: noticeSummary(language, 'error') };
    }
    logger.info(
      { event: 'feedback', key, helpful, language, verdict, rules, conversationType: turn.ref.conversationType },
      'feedback recorded'
    );
    const { facts, confidence, truncatedAt } = feedback;
    if (!helpful) options.unanswered.record({ kind: 'not-helpful', question, language, verdict, rules, confidence, facts }, turn.user);
    const answer = answerFromFacts(question, language, facts, confidence);
    if (answer.verdict === verdict && sameRules(answer.rules, rules)) {
      const cardOptions: AnswerCardOptions = { feedback: helpful ? 'helpful' : 'not-helpful', truncatedAt };
      const redrawn = renderAnswerCard(answer, {
        ...cardOptions,
        expertsAvailable: await expertsAvailable(answer, cardOptions, turn),
        pageChangedOn: pageChangedOn()
      });
      return card(redrawn, cardSummary(answer));
    }
    return { type: 'message', text: labels.feedbackThanks[language] };
  }

  return {
    async handle(turn) {
      try {
        if (turn.kind === 'membersAdded' && !turn.botAdded) return [];
        if (!tenantAllowed(turn)) return [notice(turnLanguage(turn), 'tenant-not-allowed')];
        return [turn.kind === 'membersAdded' ? welcome(turn) : await reply(turn)];
      } catch (error) {
        return [errorNotice(failed(turn, error))];
      }
    },

    async cardAction(turn) {
      const message = (language: Language, kind: NoticeKind): CardActionResult => ({
        type: 'message',
        text: noticeSummary(language, kind)
      });
      try {
        const language = languageOfData(turn.action.data, turn);
        const feedback = feedbackActionSchema.safeParse(turn.action.data);
        if (turn.action.verb === FEEDBACK_VERB && feedback.success) return await feedbackReceived(feedback.data, turn);
        const expert = expertRequestSchema.safeParse(turn.action.data);
        if (expertVerbs.has(turn.action.verb) && expert.success) return await expertRequested(turn.action.verb, expert.data, turn);
        const ticket = ticketActionSchema.safeParse(turn.action.data);
        if (ticketVerbs.has(turn.action.verb) && ticket.success) return await options.experts.ticketAction(turn, turn.action.verb, ticket.data);
        // A refused click leaves the card in place: replacing it with a notice would take the answer away.
        return message(language, refusal(turn.action.data));
      } catch (error) {
        return message(failed(turn, error), 'error');
      }
    },

    search(turn) {
      try {
        const found = searchPolicy(turn.query, turn.locale);
        if (found.type === 'refused') {
          logger.info(
            { code: errorCode('searchQueryRefused'), problem: found.problem },
            formatError('searchQueryRefused', { problem: found.problem })
          );
          return { type: 'message', text: searchHints[found.problem][found.language] };
        }
        logger.info(
          {
            event: 'search',
            kind: found.kind,
            language: found.language,
            verdicts: found.answers.map((answer) => answer.verdict),
            conversationType: turn.ref.conversationType
          },
          'searched'
        );
        const changedOn = pageChangedOn();
        return { type: 'results', results: found.answers.map((answer) => searchResult(answer, changedOn)) };
      } catch (error) {
        return { type: 'message', text: noticeSummary(failed(turn, error), 'error') };
      }
    }
  };
}
