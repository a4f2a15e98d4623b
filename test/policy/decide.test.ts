import { decide } from '../../src/policy/decide';
import { understood } from '../fixtures/understandings';

describe('decide', () => {
  it('answers no on billing and subscription matters, subscription rule first', () => {
    const answer = decide('q', understood({ topic: 'billing' }));
    expect(answer.verdict).toBe('no');
    expect(answer.rules).toEqual(['subscription-communication', 'partner-communicates']);
  });

  it('answers no from the general rule when the question asks who communicates in general', () => {
    expect(decide('q', understood({ topic: 'general' })).rules).toEqual(['partner-communicates']);
    expect(decide('q', understood({ topic: 'marketing' })).verdict).toBe('no');
  });

  it('answers yes on operational matters, even for products bought directly', () => {
    const answer = decide('q', understood({ topic: 'operational', ownRelationship: 'yes' }));
    expect(answer.verdict).toBe('yes');
    expect(answer.rules).toEqual(['operational-communication']);
  });

  it('answers yes when the customer has its own relationship with Microsoft', () => {
    const answer = decide('q', understood({ ownRelationship: 'yes', productChannel: 'non-csp' }));
    expect(answer.verdict).toBe('yes');
    expect(answer.rules).toEqual(['non-csp-relationship']);
  });

  it('keeps CSP subscription billing with the partner even when the customer also has a direct agreement', () => {
    const answer = decide('q', understood({ topic: 'billing', ownRelationship: 'yes', productChannel: 'csp' }));
    expect(answer.verdict).toBe('no');
  });

  it('depends on the topic when none is given, and names the cases', () => {
    const answer = decide('q', understood({}));
    expect(answer.verdict).toBe('depends');
    expect(answer.depends?.decidingFact).toBe('topic');
    expect(answer.depends?.cases.map((branch) => [branch.verdict, branch.rule])).toEqual([
      ['yes', 'operational-communication'],
      ['yes', 'non-csp-relationship'],
      ['no', 'subscription-communication']
    ]);
    expect(answer.followUps).toHaveLength(3);
  });

  it('depends on the customer’s own relationship for non-CSP products', () => {
    const answer = decide('q', understood({ productChannel: 'non-csp' }));
    expect(answer.depends?.decidingFact).toBe('ownRelationship');
    expect(answer.rules[0]).toBe('non-csp-relationship');
  });

  it('depends on how a named product was bought', () => {
    const answer = decide('q', understood({ products: [{ name: 'Dynamics 365', channel: 'unknown' }] }));
    expect(answer.depends?.decidingFact).toBe('productChannel');
    expect(answer.depends?.cases.map((branch) => branch.verdict)).toEqual(['yes', 'no']);
  });

  it('answers where the policy applies', () => {
    const answer = decide('q', understood({ intent: 'applies-to' }));
    expect(answer.verdict).toBe('applies');
    expect(answer.rules).toEqual(['applies-to']);
  });

  it('says not covered, with examples, for an off-topic question', () => {
    const answer = decide('q', understood({ intent: 'off-topic' }));
    expect(answer).toMatchObject({ verdict: 'not-covered', rules: [], notCovered: 'off-topic' });
    expect(answer.followUps.length).toBeGreaterThan(0);
  });

  it('suggests instead of guessing when confidence is low, leading with the topic it saw', () => {
    const answer = decide('q', understood({ topic: 'billing' }, 'en', 0.3));
    expect(answer).toMatchObject({ verdict: 'not-covered', notCovered: 'unclear' });
    expect(answer.followUps[0]?.facts.topic).toBe('billing');
  });

  it('answers in the language it was given', () => {
    const answer = decide('q', understood({ topic: 'billing' }, 'de'));
    expect(answer.summary).toMatch(/^Nein\./);
    expect(answer.followUps[0]?.question).toMatch(/Microsoft/);
  });

  it('gives every follow-up facts that decide to a definite verdict', () => {
    const answers = [decide('q', understood({})), decide('q', understood({ topic: 'billing' })), decide('q', understood({ intent: 'off-topic' }))];
    for (const followUp of answers.flatMap((answer) => answer.followUps)) {
      expect(['yes', 'no', 'applies']).toContain(decide(followUp.question, understood(followUp.facts)).verdict);
    }
  });
});

describe('decisions shared between answers', () => {
  const values = {
    intent: ['communication', 'applies-to', 'off-topic', 'unclear'],
    topic: ['billing', 'operational', 'general', 'marketing', 'none'],
    ownRelationship: ['yes', 'no', 'unknown'],
    productChannel: ['csp', 'non-csp', 'unknown'],
    asksWhen: [true, false],
    products: [[], [{ name: 'Exchange Online', channel: 'unknown' }], [{ name: 'Azure', channel: 'non-csp' }, { name: 'Microsoft Teams', channel: 'csp' }]]
  } as const;
  const everyUnderstanding = values.intent.flatMap((intent) =>
    values.topic.flatMap((topic) =>
      values.ownRelationship.flatMap((ownRelationship) =>
        values.productChannel.flatMap((productChannel) =>
          values.asksWhen.flatMap((asksWhen) =>
            values.products.flatMap((products) =>
              (['en', 'de'] as const).flatMap((language) =>
                [0.3, 0.9].map((confidence) =>
                  understood({ intent, topic, ownRelationship, productChannel, asksWhen, products: products.map((product) => ({ ...product })) }, language, confidence)
                )
              )
            )
          )
        )
      )
    )
  );

  /** A fresh copy of the policy engine, with no decision made yet. */
  function freshDecide(): typeof decide {
    let fresh: typeof decide | undefined;
    jest.isolateModules(() => {
      fresh = (require('../../src/policy/decide') as typeof import('../../src/policy/decide')).decide;
    });
    return fresh as typeof decide;
  }

  it('give every question the answer it would get if it were the first one asked', () => {
    const forwards = freshDecide();
    const backwards = freshDecide();
    const first = everyUnderstanding.map((understanding) => forwards('q', understanding));
    const last = [...everyUnderstanding].reverse().map((understanding) => backwards('q', understanding)).reverse();

    expect(everyUnderstanding.length).toBe(4320);
    first.forEach((answer, index) => expect(answer).toEqual(last[index]));
  });

  it('are the same for answers with the same decision id, and differ where the decision does', () => {
    const answers = everyUnderstanding.map((understanding) => decide('q', understanding));
    const byId = new Map(answers.map((answer) => [answer.decisionId, answer]));
    const decision = ({ question: _question, confidence: _confidence, facts: _facts, reading: _reading, ...rest }: (typeof answers)[number]) => rest;

    for (const answer of answers) expect(decision(answer)).toEqual(decision(byId.get(answer.decisionId)!));
    expect(new Set([...byId.values()].map((answer) => JSON.stringify(decision(answer)))).size).toBe(byId.size);
  });
});
