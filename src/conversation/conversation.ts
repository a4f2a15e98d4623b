import type { Logger } from 'pino';
import { z } from 'zod';
import {
  askActionSchema,
  CARD_DATA_VERSION,
  FEEDBACK_VERB,
  feedbackActionSchema,
  type AskAction,
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
  rulesSummary,
  type AnswerCardOptions
} from '../cards/render';
import { answerFromFacts, ask } from '../engine/ask';
import { errorCode, formatError } from '../errors/catalog';
import { languageOfLocale, languageSchema, type Language } from '../language/language';
import type { Answer } from '../policy/answer';
import type { RuleId, Verdict } from '../policy/rule';
import { commandOf, type Command } from './commands';
import type { FeedbackLog } from './feedback';
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
  handle(turn: MessageTurn | MembersAddedTurn): Outbound[];
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
   * What each answer was, for the log line of the request that asked (one line per request, with its status and
   * latency, rather than a line of its own).
   */
  recordAnswer: (answered: AnswerRecord) => void;
  logger: Logger;
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
const cardDataEnvelopeSchema = z.object({ action: z.enum(['ask', 'feedback']), v: z.number() });

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

/** The first `limit` UTF-16 units, without splitting a surrogate pair. */
function firstCharacters(text: string, limit: number): string {
  const cut = text.slice(0, limit);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

function commandCard({ name, language }: Command): OutboundCard {
  switch (name) {
    case 'help':
      return card(renderHelpCard(language, { welcome: false }), helpSummary(language, { welcome: false }));
    case 'rules':
      return card(renderRulesCard(language), rulesSummary(language));
    case 'about':
      return card(renderAboutCard(language), aboutSummary(language));
  }
}

function sameRules(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && left.every((rule, index) => rule === right[index]);
}

export function createConversation(options: ConversationOptions): Conversation {
  const { logger, maxQuestionLength, recordAnswer } = options;
  const allowedTenants = new Set(options.allowedTenantIds.map((id) => id.toLowerCase()));

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

  function answerCard(answer: Answer, cardOptions: AnswerCardOptions): OutboundCard {
    recordAnswer({
      language: answer.language,
      verdict: answer.verdict,
      rules: answer.rules,
      confidence: answer.confidence,
      truncated: cardOptions.truncatedAt !== undefined
    });
    return card(renderAnswerCard(answer, cardOptions), cardSummary(answer));
  }

  /** A typed question: its own words decide the answer's language; the client's locale breaks a tie. */
  function answerQuestion(text: string, locale: string | undefined): OutboundCard {
    if (text.length <= maxQuestionLength) return answerCard(ask(text, { locale }), { feedback: 'ask' });
    const question = firstCharacters(text, maxQuestionLength);
    return answerCard(ask(question, { locale }), { feedback: 'ask', truncatedAt: question.length });
  }

  /** A button carries its question's facts and language, so the refined question is answered without re-reading it. */
  function answerAction(action: AskAction): OutboundCard {
    const answer = answerFromFacts(action.question, action.language, action.facts);
    return answerCard(answer, { feedback: 'ask' });
  }

  /** Why button data was refused: an older card ("stale") or data this bot never wrote ("invalid"). */
  function refusal(data: unknown): NoticeKind {
    const envelope = cardDataEnvelopeSchema.safeParse(data);
    if (envelope.success && envelope.data.v !== CARD_DATA_VERSION) {
      logger.info(
        { code: errorCode('submitDataStale'), version: envelope.data.v },
        formatError('submitDataStale', { version: envelope.data.v, current: CARD_DATA_VERSION })
      );
      return 'stale-action';
    }
    logger.warn({ code: errorCode('submitDataInvalid') }, formatError('submitDataInvalid'));
    return 'invalid-action';
  }

  function submitted(turn: MessageTurn): OutboundCard {
    const action = askActionSchema.safeParse(turn.value);
    if (action.success) return answerAction(action.data);
    return notice(languageOfData(turn.value, turn), refusal(turn.value));
  }

  function reply(turn: MessageTurn): OutboundCard {
    const text = turn.text.trim();
    if (text === '' && turn.value !== undefined) return submitted(turn);
    if (text === '') {
      const language = turnLanguage(turn);
      return card(renderHelpCard(language, { welcome: false }), helpSummary(language, { welcome: false }));
    }
    const command = commandOf(text);
    return command ? commandCard(command) : answerQuestion(text, turn.locale);
  }

  function welcome(turn: MembersAddedTurn): OutboundCard {
    const language = turnLanguage(turn);
    return card(renderHelpCard(language, { welcome: true }), helpSummary(language, { welcome: true }));
  }

  /**
   * Feedback is recorded first; only then is the user thanked. The log names verdict, rules and the record's key,
   * never the question. The card is redrawn from the facts its button carries, so it comes back exactly as it
   * was, with the thanks; if those facts no longer give the answer that was judged (a card from before a policy
   * change), the judgement is recorded as given and a message thanks instead.
   */
  async function feedbackReceived(feedback: FeedbackAction, turn: CardActionTurn): Promise<CardActionResult> {
    const { helpful, language, question, verdict, rules } = feedback;
    let key: string;
    try {
      key = await options.feedback.record({ question, language, verdict, rules, helpful }, turn.user);
    } catch (error) {
      logger.error({ code: errorCode('feedbackNotStored'), err: error }, formatError('feedbackNotStored'));
      return { type: 'message', text: noticeSummary(language, 'error') };
    }
    logger.info(
      { event: 'feedback', key, helpful, language, verdict, rules, conversationType: turn.ref.conversationType },
      'feedback recorded'
    );
    const { facts, confidence, truncatedAt } = feedback;
    const answer = answerFromFacts(question, language, facts, confidence);
    if (answer.verdict === verdict && sameRules(answer.rules, rules)) {
      const redrawn = renderAnswerCard(answer, { feedback: helpful ? 'helpful' : 'not-helpful', truncatedAt });
      return card(redrawn, cardSummary(answer));
    }
    return { type: 'message', text: labels.feedbackThanks[language] };
  }

  return {
    handle(turn) {
      try {
        if (turn.kind === 'membersAdded' && !turn.botAdded) return [];
        if (!tenantAllowed(turn)) return [notice(turnLanguage(turn), 'tenant-not-allowed')];
        return [turn.kind === 'membersAdded' ? welcome(turn) : reply(turn)];
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
        return { type: 'results', results: found.answers.map(searchResult) };
      } catch (error) {
        return { type: 'message', text: noticeSummary(failed(turn, error), 'error') };
      }
    }
  };
}
