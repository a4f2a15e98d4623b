import * as engine from '../../src/engine/ask';
import { askTogether } from '../../src/engine/askTogether';

const questions: Array<[string, engine.AskOptions]> = [
  ['Does Microsoft email my CSP customers directly about a price change?', { locale: 'en-US' }],
  ['Schreibt Microsoft unseren Kunden direkt wegen einer Störung an?', { locale: 'de-DE' }],
  ['who tells the client when their subscription is about to run out', {}],
  ['What is the weather in Berlin?', { locale: 'de-DE' }]
];

afterEach(() => jest.restoreAllMocks());

describe('askTogether', () => {
  it("gives each question ask()'s answer, whatever was asked with it", async () => {
    const together = await Promise.all(questions.map(([question, options]) => askTogether(question, options)));
    expect(together).toEqual(questions.map(([question, options]) => engine.ask(question, options)));
    // Alone, and in another order, the same answers again.
    for (const [question, options] of questions) expect(await askTogether(question, options)).toEqual(engine.ask(question, options));
    const reversed = [...questions].reverse();
    expect(await Promise.all(reversed.map(([question, options]) => askTogether(question, options)))).toEqual(
      reversed.map(([question, options]) => engine.ask(question, options))
    );
  });

  it('reads the questions asked in one turn of the loop one after the other, before any of their turns goes on', async () => {
    const events: string[] = [];
    const ask = engine.ask;
    jest.spyOn(engine, 'ask').mockImplementation((question, options) => {
      events.push(`read ${question}`);
      return ask(question, options);
    });
    const turns = questions.map(async ([question, options]) => {
      const answer = await askTogether(question, options);
      events.push(`answered ${answer.question}`);
    });
    expect(events).toEqual([]);
    await Promise.all(turns);
    expect(events).toEqual([...questions.map(([question]) => `read ${question}`), ...questions.map(([question]) => `answered ${question}`)]);
  });

  it('fails only the turn whose question could not be read', async () => {
    const ask = engine.ask;
    jest.spyOn(engine, 'ask').mockImplementation((question, options) => {
      if (question === questions[1]?.[0]) throw new Error('unreadable');
      return ask(question, options);
    });
    const results = await Promise.allSettled(questions.map(([question, options]) => askTogether(question, options)));
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toEqual(new Error('unreadable'));
    // The next turn's question is read as usual.
    jest.restoreAllMocks();
    const [question, options] = questions[1] as [string, engine.AskOptions];
    expect(await askTogether(question, options)).toEqual(engine.ask(question, options));
  });

  it('reads questions that arrive while others are being answered in the next turn of the loop', async () => {
    const [first, second] = questions.slice(0, 2) as [[string, engine.AskOptions], [string, engine.AskOptions]];
    const later = askTogether(first[0], first[1]).then(() => askTogether(second[0], second[1]));
    expect(await later).toEqual(engine.ask(second[0], second[1]));
  });
});
