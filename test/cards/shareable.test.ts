import { renderAnswerCard } from '../../src/cards/render';
import { policy } from '../../src/policy/policy';
import { answerFor, everyAnswer } from './support/answers';
import { buttons, byId, ofType, visibleTexts } from './support/cards';

/** A shareable card goes into a conversation where the bot may not be installed: nothing on it may call the bot. */
describe('shareable answer card (message extension)', () => {
  it.each(everyAnswer)('%s: has no Action.Submit or Action.Execute, even when feedback is asked for', (_, answer) => {
    const card = renderAnswerCard(answer, { shareable: true, feedback: 'ask' });
    expect([...ofType(card, 'Action.Submit'), ...ofType(card, 'Action.Execute')]).toEqual([]);
  });

  it.each(everyAnswer)('%s: keeps the link to the source page', (_, answer) => {
    const card = renderAnswerCard(answer, { shareable: true });
    expect(ofType(card, 'Action.OpenUrl').map((action) => action.url)).toEqual([policy.source.url[answer.language]]);
  });

  it('keeps the verdict, the quoted rules and what to do', () => {
    const card = renderAnswerCard(answerFor('operational'), { shareable: true });
    expect(['verdict-yes', 'rule-operational-communication', 'what-to-do'].map((id) => byId(card, id))).not.toContain(undefined);
  });

  it('lists the suggested questions of a not-covered answer as text instead of buttons', () => {
    const answer = answerFor('offTopic', 'de');
    const card = renderAnswerCard(answer, { shareable: true });
    expect(visibleTexts(byId(card, 'suggestions') ?? {})).toEqual(answer.followUps.map((followUp) => `• ${followUp.question}`));
  });

  it('lists no suggestion text when the buttons are there', () => {
    const card = renderAnswerCard(answerFor('offTopic'));
    expect(byId(card, 'suggestions')).toBeUndefined();
    expect(buttons(card, 'Action.Submit')).toHaveLength(answerFor('offTopic').followUps.length);
  });
});
