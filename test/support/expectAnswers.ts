import { ask } from '../../src/engine/ask';
import type { RuleId, Verdict } from '../../src/policy/rule';

/** A question written for a test, the verdict it must get and, where given, its first rule. */
export type Case = [question: string, verdict: Verdict, rule?: RuleId];

/** Each question is asked as a user would ask it; the failure names the question with what it got. */
export function expectAnswers(cases: Case[]): void {
  for (const [question, verdict, rule] of cases) {
    const answer = ask(question);
    expect({ question, verdict: answer.verdict, rule: answer.rules[0] }).toEqual({ question, verdict, rule });
  }
}
