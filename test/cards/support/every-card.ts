import type { AdaptiveCard } from '../../../src/conversation/turn';
import { noticeKindSchema } from '../../../src/cards/labels';
import {
  renderAboutCard,
  renderAnswerCard,
  renderHelpCard,
  renderNoticeCard,
  renderRulesCard,
  type AnswerCardOptions
} from '../../../src/cards/render';
import { renderExpertAskCard, renderTicketCard } from '../../../src/cards/expertCards';
import { expertAskViewSchema } from '../../../src/cards/views';
import { ticketStatusSchema, type Ticket } from '../../../src/experts/store';
import { everyAnswer, languages } from './answers';
import { emptyFacts } from '../../../src/understanding/facts';

/** A question for the experts at each of its steps, in one language. */
function ticketAt(status: Ticket['status'], language: Ticket['language']): Ticket {
  const by = 'Alex Expert';
  return {
    id: '20261205T093000000Z-1a2b3c4d',
    tenantId: 'tenant',
    status,
    createdAt: '2026-12-05T09:30:00.000Z',
    language,
    question: 'Can Microsoft call our customer about a Dynamics 365 renewal they bought from us?',
    context: status === 'open' ? '' : 'The customer says a Microsoft rep phoned them.',
    verdict: 'not-covered',
    rules: [],
    confidence: 0.42,
    facts: { ...emptyFacts(), intent: 'unclear', topic: 'billing', topics: ['billing'], productChannel: 'csp', products: [{ name: 'Dynamics 365', channel: 'csp' }] },
    asker: { id: '29:a', name: 'Dana Partner', serviceUrl: 'https://smba.trafficmanager.net/emea/', askedIn: 'personal' },
    channel: { conversationId: '19:c@thread.tacv2', activityId: '1' },
    ...(status === 'open' ? {} : { takenBy: by }),
    ...(status === 'answered' ? { answer: { text: 'No: renewals go through you. Tell the customer to forward such calls to us.', by, at: '2026-12-05T10:00:00.000Z' } } : {}),
    steps: [
      { step: 'asked', at: '2026-12-05T09:30:00.000Z', by: 'Dana Partner' },
      ...(status === 'answered' || status === 'closed' ? [{ step: status, at: '2026-12-05T10:00:00.000Z', by }, { step: 'asker-notified' as const, at: '2026-12-05T10:00:01.000Z' }] : [])
    ]
  };
}

/** The expert cards: the experts' card at every step, and every card the asker or the channel's setter sees. */
export function everyExpertCard(): Array<[string, AdaptiveCard]> {
  return languages.flatMap((language): Array<[string, AdaptiveCard]> => [
    ...ticketStatusSchema.options.map((status): [string, AdaptiveCard] => [`expert ticket ${status} (${language})`, renderTicketCard(ticketAt(status, language))]),
    ...expertAskViewSchema.shape.stage.options.map((stage): [string, AdaptiveCard] => [
      `expert ${stage} (${language})`,
      renderExpertAskCard({
        stage,
        language,
        question: stage.startsWith('channel') ? '' : 'Darf Microsoft unseren Kunden wegen einer Testversion anrufen?',
        context: stage === 'sent' || stage === 'answered' ? 'Der Kunde wurde angerufen.' : '',
        ...(stage === 'answered' ? { answer: { text: 'Nein, das läuft über Sie.', by: 'Alex Expert' } } : {}),
        ...(stage === 'form'
          ? {
              request: {
                action: 'expert',
                v: 1,
                after: 'ask',
                language,
                question: 'Darf Microsoft unseren Kunden wegen einer Testversion anrufen?',
                verdict: 'not-covered',
                rules: [],
                facts: ticketAt('open', language).facts,
                confidence: 0.42
              } as const
            }
          : {}),
        closedBy: 'Alex Expert',
        teamName: 'Compliance',
        channel: { teamName: 'Compliance' }
      })
    ])
  ]);
}

/** The option combinations the bot uses: a chat answer, after feedback, in the message extension, truncated. */
export const answerOptions: Array<[string, AnswerCardOptions]> = [
  ['plain', {}],
  ['asking for feedback', { feedback: 'ask' }],
  ['after feedback', { feedback: 'not-helpful' }],
  ['offering an expert', { feedback: 'ask', expertsAvailable: true }],
  ['after feedback, offering an expert', { feedback: 'not-helpful', expertsAvailable: true }],
  ['shareable', { shareable: true, feedback: 'ask' }],
  ['truncated', { truncatedAt: 240 }],
  ['page changed', { pageChangedOn: '2026-12-01' }]
];

/** Every card the renderer can produce, labelled for test tables. */
export function everyCard(): Array<[string, AdaptiveCard]> {
  const answers = everyAnswer.flatMap(([label, answer]) =>
    answerOptions.map(([option, options]): [string, AdaptiveCard] => [`${label}, ${option}`, renderAnswerCard(answer, options)])
  );
  const others = languages.flatMap((language): Array<[string, AdaptiveCard]> => [
    [`welcome (${language})`, renderHelpCard(language, { welcome: true })],
    [`help (${language})`, renderHelpCard(language, { welcome: false })],
    [`rules (${language})`, renderRulesCard(language)],
    [`about (${language})`, renderAboutCard(language)],
    [`about, page changed (${language})`, renderAboutCard(language, '2026-12-01')],
    ...noticeKindSchema.options.map((kind): [string, AdaptiveCard] => [`notice ${kind} (${language})`, renderNoticeCard(language, kind)])
  ]);
  return [...answers, ...others, ...everyExpertCard()];
}
