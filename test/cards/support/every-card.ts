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
import { everyAnswer, languages } from './answers';

/** The option combinations the bot uses: a chat answer, after feedback, in the message extension, truncated. */
export const answerOptions: Array<[string, AnswerCardOptions]> = [
  ['plain', {}],
  ['asking for feedback', { feedback: 'ask' }],
  ['after feedback', { feedback: 'not-helpful' }],
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
  return [...answers, ...others];
}
