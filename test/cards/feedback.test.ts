import { CARD_DATA_VERSION, FEEDBACK_QUESTION_MAX, FEEDBACK_VERB, feedbackActionSchema } from '../../src/cards/actions';
import { renderAnswerCard } from '../../src/cards/render';
import { answerFor } from './support/answers';
import { buttons, byId, ofType } from './support/cards';

describe('feedback on an answer card', () => {
  it('asks with "Helpful" and "Not helpful" Universal Action buttons, verb feedback', () => {
    const card = renderAnswerCard(answerFor('billing'), { feedback: 'ask' });
    expect(ofType(card, 'Action.Execute').map((action) => [action.title, action.verb])).toEqual([
      ['Helpful', FEEDBACK_VERB],
      ['Not helpful', FEEDBACK_VERB]
    ]);
  });

  it('asks in German for a German answer', () => {
    const card = renderAnswerCard(answerFor('billing', 'de'), { feedback: 'ask' });
    expect(buttons(card, 'Action.Execute').map((button) => button.title)).toEqual(['Hilfreich', 'Nicht hilfreich']);
  });

  it('records in each button the judgement and what was answered', () => {
    const answer = answerFor('dependsOnChannel', 'de');
    const data = buttons(renderAnswerCard(answer, { feedback: 'ask' }), 'Action.Execute').map((button) =>
      feedbackActionSchema.parse(button.data)
    );
    const answered = {
      language: 'de',
      question: answer.question,
      verdict: 'depends',
      rules: answer.rules,
      facts: answer.facts,
      confidence: answer.confidence
    };
    expect(data).toEqual([
      { action: 'feedback', v: CARD_DATA_VERSION, helpful: true, ...answered },
      { action: 'feedback', v: CARD_DATA_VERSION, helpful: false, ...answered }
    ]);
  });

  it('cuts a very long question to the limit without splitting a character', () => {
    const question = `${'a'.repeat(FEEDBACK_QUESTION_MAX - 1)}😀 and more`;
    const [helpful] = buttons(renderAnswerCard(answerFor('billing', 'en', question), { feedback: 'ask' }), 'Action.Execute');
    expect(feedbackActionSchema.parse(helpful?.data).question).toBe('a'.repeat(FEEDBACK_QUESTION_MAX - 1));
  });

  it.each([
    ['helpful', 'en', 'Thanks, noted'],
    ['not-helpful', 'en', 'Thanks, noted'],
    ['helpful', 'de', 'Danke, notiert']
  ] as const)('once given (%s, %s), replaces the buttons with "%s"', (state, language, thanks) => {
    const card = renderAnswerCard(answerFor('operational', language), { feedback: state });
    expect(byId(card, 'feedback-thanks')?.text).toBe(thanks);
    expect(ofType(card, 'Action.Execute')).toEqual([]);
  });

  it('shows no feedback section unless asked to', () => {
    expect(byId(renderAnswerCard(answerFor('operational')), 'feedback')).toBeUndefined();
  });

  it('does not make the card refresh itself', () => {
    expect(renderAnswerCard(answerFor('operational'), { feedback: 'ask' })).not.toHaveProperty('refresh');
  });
});
