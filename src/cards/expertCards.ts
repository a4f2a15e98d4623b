import { firstCharacters } from '../common/firstCharacters';
import type { AdaptiveCard } from '../conversation/turn';
import type { ExpertsChannel, Ticket, TicketStatus } from '../experts/store';
import type { Language, Localized } from '../language/language';
import { headlines } from '../policy/phrases';
import { readAs } from '../understanding/readAs';
import { CARD_DATA_VERSION, EXPERT_VERBS, expertButton, TICKET_VERBS, type ExpertRequest, type TicketAction } from './actions';
import { expandTemplate } from './templates';
import type { ExpertAskView, ExpertTicketView } from './views';

/** Words of the expert cards, in the asker's language (the experts' card speaks the language the question was asked in). */
export const expertLabels = {
  ticketTitle: { en: 'Question for the experts', de: 'Frage an die Experten' },
  open: { en: 'Open: nobody has taken it yet', de: 'Offen: noch niemand hat sie übernommen' },
  taken: { en: '{name} is answering', de: '{name} beantwortet sie' },
  answered: { en: 'Answered by {name}', de: 'Beantwortet von {name}' },
  closed: { en: 'Closed by {name} without an answer', de: 'Von {name} ohne Antwort geschlossen' },
  askedBy: { en: 'Asked by {name} · {time}', de: 'Gefragt von {name} · {time}' },
  question: { en: 'Question', de: 'Frage' },
  context: { en: 'Context', de: 'Kontext' },
  botAnswer: { en: 'The bot answered', de: 'Der Bot antwortete' },
  readAs: { en: 'Read as', de: 'Verstanden als' },
  answerBy: { en: '{name} answered:', de: '{name} antwortete:' },
  take: { en: 'I’ll answer', de: 'Ich antworte' },
  sendAnswer: { en: 'Send answer', de: 'Antwort senden' },
  close: { en: 'Close without answer', de: 'Ohne Antwort schließen' },
  answerLabel: { en: 'Your answer (goes to the asker in their chat with the bot)', de: 'Ihre Antwort (geht an die fragende Person im Chat mit dem Bot)' },
  answerPlaceholder: { en: 'Write the answer…', de: 'Antwort schreiben…' },
  askerNotified: { en: 'The answer was sent to {name}.', de: 'Die Antwort wurde an {name} gesendet.' },
  askerNotReached: {
    en: 'The answer could not be delivered to {name}; please reach them directly.',
    de: 'Die Antwort konnte {name} nicht zugestellt werden; bitte direkt kontaktieren.'
  },
  formTitle: { en: 'Ask the experts', de: 'Die Experten fragen' },
  formIntro: {
    en: 'Your question goes to the experts’ channel{team} with your name, my answer and how I read the question. Their answer comes to you in your chat with me.',
    de: 'Ihre Frage geht mit Ihrem Namen, meiner Antwort und meinem Verständnis der Frage an den Expertenkanal{team}. Die Antwort erhalten Sie im Chat mit mir.'
  },
  contextLabel: { en: 'Anything the experts should know? (optional)', de: 'Sollten die Experten noch etwas wissen? (optional)' },
  contextPlaceholder: { en: 'One line of context', de: 'Eine Zeile Kontext' },
  send: { en: 'Send to the experts', de: 'An die Experten senden' },
  back: { en: 'Back to the answer', de: 'Zurück zur Antwort' },
  sentTitle: { en: 'Sent to the experts', de: 'An die Experten gesendet' },
  sentIntro: {
    en: 'An expert will answer here in your chat with me. You can go on asking me meanwhile.',
    de: 'Eine Expertin oder ein Experte antwortet Ihnen hier im Chat mit mir. Sie können mich inzwischen weiter fragen.'
  },
  sentIntroElsewhere: {
    en: 'An expert will answer in your personal chat with me. You can go on asking me meanwhile.',
    de: 'Eine Expertin oder ein Experte antwortet Ihnen im persönlichen Chat mit mir. Sie können mich inzwischen weiter fragen.'
  },
  answeredTitle: { en: 'An expert answered your question', de: 'Ihre Frage wurde von einer Expertin oder einem Experten beantwortet' },
  answeredIntro: { en: 'You asked the experts:', de: 'Sie haben die Experten gefragt:' },
  answerNote: {
    en: 'This answer comes from a person on your experts’ team, not from the policy page.',
    de: 'Diese Antwort stammt von einer Person aus Ihrem Expertenteam, nicht von der Richtlinienseite.'
  },
  closedTitle: { en: 'The experts closed your question', de: 'Die Experten haben Ihre Frage geschlossen' },
  closedIntro: {
    en: '{name} closed it without an answer. If it still matters, ask your compliance team directly.',
    de: '{name} hat sie ohne Antwort geschlossen. Wenn sie noch wichtig ist, fragen Sie Ihr Compliance-Team direkt.'
  },
  channelSetTitle: { en: 'This is now the experts’ channel', de: 'Dies ist jetzt der Expertenkanal' },
  channelSetIntro: {
    en: 'Questions I cannot answer, and answers people found unhelpful, come here when someone picks “Ask an expert”. Anyone in this team can take one, answer it on its card, or close it. To stop, say “experts off” to me here.',
    de: 'Fragen, die ich nicht beantworten kann, und Antworten, die nicht geholfen haben, kommen hierher, wenn jemand „Experten fragen“ wählt. Alle in diesem Team können eine übernehmen, auf ihrer Karte beantworten oder schließen. Zum Beenden sagen Sie mir hier „experten aus“.'
  },
  channelRemovedTitle: { en: 'No experts’ channel any more', de: 'Kein Expertenkanal mehr' },
  channelRemovedIntro: {
    en: '“Ask an expert” is no longer offered. Say “experts here” to me in a channel to choose one again.',
    de: '„Experten fragen“ wird nicht mehr angeboten. Sagen Sie mir „experten hier“ in einem Kanal, um wieder einen zu wählen.'
  },
  channelRefusedTitle: { en: 'The experts’ channel is in another team', de: 'Der Expertenkanal ist in einem anderen Team' },
  channelRefusedIntro: {
    en: 'Only someone in the team {team} can change it: say “experts off” to me there first.',
    de: 'Nur jemand aus dem Team {team} kann ihn ändern: Sagen Sie mir dort zuerst „experten aus“.'
  },
  channelOnlyTitle: { en: 'Say this in a channel', de: 'Sagen Sie das in einem Kanal' },
  channelOnlyIntro: {
    en: 'Add me to the experts’ team, then @mention me with “experts here” in the channel where their questions should go.',
    de: 'Fügen Sie mich dem Team der Experten hinzu und erwähnen Sie mich dann mit „experten hier“ in dem Kanal, in den die Fragen sollen.'
  },
  unavailableTitle: { en: 'No experts’ channel', de: 'Kein Expertenkanal' },
  unavailableIntro: {
    en: 'Your organization has no experts’ channel for me (any more). Your question was not sent.',
    de: 'Ihre Organisation hat keinen Expertenkanal (mehr) für mich. Ihre Frage wurde nicht gesendet.'
  }
} satisfies Record<string, Localized>;

function fill(text: string, values: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}

function ssml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function when(iso: string, language: Language): string {
  const format = new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC'
  });
  return `${format.format(new Date(iso))} UTC`;
}

const statusLooks: Record<TicketStatus, Pick<ExpertTicketView['status'], 'style' | 'symbol'>> = {
  open: { style: 'accent', symbol: '●' },
  taken: { style: 'warning', symbol: '◐' },
  answered: { style: 'good', symbol: '✓' },
  closed: { style: 'emphasis', symbol: '○' }
};

function lastStepBy(ticket: Ticket, step: Ticket['steps'][number]['step']): string {
  return [...ticket.steps].reverse().find((each) => each.step === step)?.by ?? '?';
}

/** The experts' card for a ticket at its current step; `note` is a line for the experts (delivery of the answer). */
export function renderTicketCard(ticket: Ticket, note = ''): AdaptiveCard {
  const { language, status } = ticket;
  const l = <Key extends keyof typeof expertLabels>(key: Key) => expertLabels[key][language];
  const statusText = {
    open: l('open'),
    taken: fill(l('taken'), { name: ticket.takenBy ?? '?' }),
    answered: fill(l('answered'), { name: ticket.answer?.by ?? '?' }),
    closed: fill(l('closed'), { name: lastStepBy(ticket, 'closed') })
  }[status];
  const data = (): TicketAction => ({ action: 'ticket', v: CARD_DATA_VERSION, ticketId: ticket.id });
  const pending = status === 'open' || status === 'taken';
  const actions: ExpertTicketView['actions'] = pending
    ? [
        ...(status === 'open' ? [{ verb: TICKET_VERBS.take, title: l('take'), style: 'positive' as const, data: data() }] : []),
        { verb: TICKET_VERBS.answer, title: l('sendAnswer'), style: 'positive', data: data() },
        { verb: TICKET_VERBS.close, title: l('close'), style: 'default', data: data() }
      ]
    : [];
  const title = l('ticketTitle');
  const view: ExpertTicketView = {
    fallbackText: `${title}: ${ticket.question}`,
    speak: ssml(`${title}. ${statusText}. ${ticket.question}`),
    title,
    status: { id: status, ...statusLooks[status], text: statusText },
    askedBy: fill(l('askedBy'), { name: ticket.asker.name, time: when(ticket.createdAt, language) }),
    labels: { question: l('question'), context: l('context'), botAnswer: l('botAnswer'), readAs: l('readAs') },
    question: ticket.question || '…',
    hasContext: ticket.context !== '',
    context: ticket.context,
    botAnswer: headlines[ticket.verdict][language],
    readAs: readAs(ticket.facts),
    answered: ticket.answer !== undefined,
    answerBy: ticket.answer ? fill(l('answerBy'), { name: ticket.answer.by }) : '',
    answerText: ticket.answer?.text ?? '',
    hasNote: note !== '',
    note,
    canAnswer: pending,
    input: { label: l('answerLabel'), placeholder: l('answerPlaceholder') },
    hasActions: actions.length > 0,
    actions,
    refresh: { verb: TICKET_VERBS.refresh, data: data() }
  };
  return expandTemplate('expert-ticket', view);
}

export function ticketSummary(ticket: Ticket): string {
  return `${expertLabels.ticketTitle[ticket.language]}: ${firstCharacters(ticket.question, 120)}`;
}

/** The note under the experts' card about whether the asker got the answer. */
export function deliveryNote(ticket: Ticket, delivered: boolean): string {
  return fill(expertLabels[delivered ? 'askerNotified' : 'askerNotReached'][ticket.language], { name: ticket.asker.name });
}

type AskStage = ExpertAskView['stage'];

interface AskCardInput {
  stage: AskStage;
  language: Language;
  question: string;
  context?: string;
  /** The form: the request its buttons carry. */
  request?: ExpertRequest;
  channel?: Pick<ExpertsChannel, 'teamName'>;
  /** Sent from a chat other than the asker's personal chat with the bot. */
  elsewhere?: boolean;
  answer?: { text: string; by: string };
  closedBy?: string;
  /** For "channel-refused": the team that holds the experts' channel. */
  teamName?: string;
}

const askLooks: Record<AskStage, Pick<ExpertAskView, 'style' | 'symbol'>> = {
  form: { style: 'accent', symbol: '?' },
  sent: { style: 'good', symbol: '✓' },
  answered: { style: 'good', symbol: '✓' },
  closed: { style: 'emphasis', symbol: '○' },
  unavailable: { style: 'emphasis', symbol: '○' },
  'channel-set': { style: 'good', symbol: '✓' },
  'channel-removed': { style: 'emphasis', symbol: '○' },
  'channel-refused': { style: 'emphasis', symbol: '○' },
  'channel-only': { style: 'accent', symbol: 'ℹ' }
};

/** The asker's expert cards: the form, "sent", the experts' answer, closed, or no experts' channel. */
export function renderExpertAskCard(input: AskCardInput): AdaptiveCard {
  const { stage, language } = input;
  const l = (labels: Localized) => labels[language];
  const titles: Record<AskStage, [Localized, string]> = {
    form: [expertLabels.formTitle, fill(l(expertLabels.formIntro), { team: input.channel?.teamName ? ` (${input.channel.teamName})` : '' })],
    sent: [expertLabels.sentTitle, l(input.elsewhere ? expertLabels.sentIntroElsewhere : expertLabels.sentIntro)],
    answered: [expertLabels.answeredTitle, l(expertLabels.answeredIntro)],
    closed: [expertLabels.closedTitle, fill(l(expertLabels.closedIntro), { name: input.closedBy ?? '?' })],
    unavailable: [expertLabels.unavailableTitle, l(expertLabels.unavailableIntro)],
    'channel-set': [expertLabels.channelSetTitle, l(expertLabels.channelSetIntro)],
    'channel-removed': [expertLabels.channelRemovedTitle, l(expertLabels.channelRemovedIntro)],
    'channel-refused': [expertLabels.channelRefusedTitle, fill(l(expertLabels.channelRefusedIntro), { team: input.teamName ?? '?' })],
    'channel-only': [expertLabels.channelOnlyTitle, l(expertLabels.channelOnlyIntro)]
  };
  const [titleLabels, intro] = titles[stage];
  const title = l(titleLabels);
  const request = input.request && expertButton(input.request);
  const actions: ExpertAskView['actions'] =
    stage === 'form' && request
      ? [
          { verb: EXPERT_VERBS.send, title: l(expertLabels.send), style: 'positive', data: request },
          { verb: EXPERT_VERBS.cancel, title: l(expertLabels.back), style: 'default', data: request }
        ]
      : [];
  const context = input.context ?? '';
  const view: ExpertAskView = {
    fallbackText: `${title}: ${input.question}`,
    speak: ssml(`${title}. ${intro}`),
    stage,
    ...askLooks[stage],
    title,
    intro,
    labels: { question: l(expertLabels.question), context: l(expertLabels.context) },
    hasQuestion: input.question !== '',
    question: input.question || '…',
    hasContext: context !== '',
    context,
    hasAnswer: input.answer !== undefined,
    answerBy: input.answer ? fill(l(expertLabels.answerBy), { name: input.answer.by }) : '',
    answerText: input.answer?.text ?? '',
    answerNote: input.answer ? l(expertLabels.answerNote) : '',
    asking: stage === 'form',
    input: { label: l(expertLabels.contextLabel), placeholder: l(expertLabels.contextPlaceholder) },
    hasActions: actions.length > 0,
    actions
  };
  return expandTemplate('expert-ask', view);
}

export function expertAskSummary(stage: AskStage, language: Language): string {
  const titles: Record<AskStage, Localized> = {
    form: expertLabels.formTitle,
    sent: expertLabels.sentTitle,
    answered: expertLabels.answeredTitle,
    closed: expertLabels.closedTitle,
    unavailable: expertLabels.unavailableTitle,
    'channel-set': expertLabels.channelSetTitle,
    'channel-removed': expertLabels.channelRemovedTitle,
    'channel-refused': expertLabels.channelRefusedTitle,
    'channel-only': expertLabels.channelOnlyTitle
  };
  return titles[stage][language];
}
