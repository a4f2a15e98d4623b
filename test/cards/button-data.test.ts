import { askActionSchema, CARD_DATA_VERSION, expertRequestSchema, feedbackActionSchema } from '../../src/cards/actions';
import { renderAnswerCard } from '../../src/cards/render';
import { emptyFacts } from '../../src/understanding/facts';
import { everyAnswer } from './support/answers';
import { buttons } from './support/cards';

const readers = { ask: askActionSchema, feedback: feedbackActionSchema, expert: expertRequestSchema };

/** Every button of an answer card that carries facts, in every state that shows one. */
function factButtons(answer: (typeof everyAnswer)[number][1]) {
  return [
    ...buttons(renderAnswerCard(answer, { feedback: 'ask', expertsAvailable: true }), 'Action.Submit'),
    ...buttons(renderAnswerCard(answer, { feedback: 'ask', expertsAvailable: true }), 'Action.Execute'),
    ...buttons(renderAnswerCard(answer, { feedback: 'not-helpful', expertsAvailable: true }), 'Action.Execute')
  ].map((button) => button.data as { action: keyof typeof readers; v: number; facts: Record<string, unknown> });
}

describe('the data an answer card’s buttons carry', () => {
  it.each(everyAnswer)('leaves out every fact at its blank value, and reads back as what was decided (%s)', (_name, answer) => {
    const blank: Record<string, unknown> = emptyFacts();
    const carried = factButtons(answer);
    expect(carried.length).toBeGreaterThan(0);
    for (const data of carried) {
      expect(data.v).toBe(CARD_DATA_VERSION);
      for (const [name, value] of Object.entries(data.facts)) expect([name, value]).not.toEqual([name, blank[name]]);
      expect(readers[data.action].safeParse(data).success).toBe(true);
    }
    const [feedback] = carried.filter((data) => data.action === 'feedback');
    expect(feedback && feedbackActionSchema.parse(feedback).facts).toEqual(answer.facts);
  });
});
