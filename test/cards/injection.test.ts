import { feedbackActionSchema } from '../../src/cards/actions';
import { renderAnswerCard } from '../../src/cards/render';
import { answerFor, scenarioNames } from './support/answers';
import { buttons, byId, textBlocks, textRuns } from './support/cards';

/** A question that would turn into a link, bold text, HTML or a template binding if it were ever read as markup. */
const hostile = 'Can Microsoft mail ${question} ${1+1} [x](https://evil.example) **bold** <b>loud</b> _it_ to my customer?';

describe('a question echoed on the card stays inert', () => {
  it.each(scenarioNames)('%s: shows the question exactly as typed', (name) => {
    const card = renderAnswerCard(answerFor(name, 'en', hostile));
    expect(textRuns(byId(card, 'question') ?? {})).toContain(hostile);
  });

  it.each(scenarioNames)('%s: shows it only as a plain text run, never in a markdown text block', (name) => {
    const card = renderAnswerCard(answerFor(name, 'en', hostile), { truncatedAt: 80 });
    expect(textBlocks(card).filter((text) => /evil|\*\*bold|<b>|\$\{/.test(text))).toEqual([]);
  });

  it('keeps it out of the speech and fallback text', () => {
    const card = renderAnswerCard(answerFor('billing', 'en', hostile));
    expect(`${String(card.speak)} ${String(card.fallbackText)}`).not.toMatch(/evil|<b>|\$\{/);
  });

  it('carries it verbatim, as data, in the feedback buttons', () => {
    const [helpful] = buttons(renderAnswerCard(answerFor('billing', 'en', hostile), { feedback: 'ask' }), 'Action.Execute');
    expect(feedbackActionSchema.parse(helpful?.data).question).toBe(hostile);
  });

  it('escapes markup characters in speech, which is SSML', () => {
    const card = renderAnswerCard({ ...answerFor('billing'), summary: 'Invoices & prices <soon>', decisionId: 'markup in the summary' });
    expect(card.speak).toBe('Invoices &amp; prices &lt;soon&gt;');
  });
});
