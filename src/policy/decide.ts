import { deepFreeze } from '../common/deepFreeze';
import { Kept } from '../common/kept';
import type { Language } from '../language/language';
import { emptyFacts, type Facts, type Product, type Understanding } from '../understanding/facts';
import type { Answer, DecidingFact, DependsCase, FollowUp, NotCoveredReason } from './answer';
import {
  cannedQuestions,
  caseLabels,
  dependsPrompts,
  dependsSummaries,
  didYouMeanHeadline,
  generalHeadline,
  headlines,
  notCoveredSummaries,
  type CannedQuestion
} from './phrases';
import { ruleById } from './policy';
import { readingOf } from './reading';
import type { RuleId, Verdict } from './rule';

/** Below this, a question that looks like a policy question gets suggestions instead of a verdict. */
export const MIN_CONFIDENCE = 0.5;

/** A branch of a depends answer: its label, and the canned question that asserts it. */
interface DependsBranch {
  label: keyof typeof caseLabels;
  question: CannedQuestion;
}

type Decision =
  | { kind: 'rule'; verdict: Verdict; rules: RuleId[] }
  | { kind: 'depends'; decidingFact: DecidingFact; rules: RuleId[]; cases: DependsBranch[] }
  | { kind: 'not-covered'; reason: NotCoveredReason };

const byChannel: Decision = {
  kind: 'depends',
  decidingFact: 'productChannel',
  rules: ['non-csp-relationship', 'subscription-communication', 'partner-communicates'],
  cases: [
    { label: 'boughtDirectly', question: 'directProducts' },
    { label: 'boughtThroughCsp', question: 'cspOnly' }
  ]
};

/** An operational part (yes) beside a subscription or marketing part (no): both cases, never one verdict for both. */
function byTopics(facts: Facts): Decision {
  const billing = facts.topics.includes('billing');
  return {
    kind: 'depends',
    decidingFact: 'topics',
    rules: billing
      ? ['operational-communication', 'subscription-communication', 'partner-communicates']
      : ['operational-communication', 'partner-communicates'],
    cases: [
      { label: 'operational', question: 'operational' },
      billing ? { label: 'billing', question: 'billing' } : { label: 'marketing', question: 'general' }
    ]
  };
}

/** The policy as a decision over facts; most specific rule first, general rule after. */
function decision(facts: Facts, confidence: number): Decision {
  if (facts.asks !== 'microsoft-communicates') return { kind: 'not-covered', reason: facts.asks };
  if (facts.recipient === 'partner') return { kind: 'not-covered', reason: 'partner-recipient' };
  if (facts.intent === 'off-topic') return { kind: 'not-covered', reason: 'off-topic' };
  if (facts.intent === 'unclear' || confidence < MIN_CONFIDENCE) return { kind: 'not-covered', reason: 'unclear' };
  if (facts.intent === 'applies-to') return { kind: 'rule', verdict: 'applies', rules: ['applies-to'] };

  if (facts.topics.includes('operational') && (facts.topics.includes('billing') || facts.topics.includes('marketing'))) {
    return byTopics(facts);
  }
  if (facts.topic === 'operational') {
    return { kind: 'rule', verdict: 'yes', rules: ['operational-communication'] };
  }
  // "customer has an MPSA and CSP with us, so who handles communication with them?": with both relationships, even
  // communication in general turns on which one is meant.
  if (facts.productChannel === 'unknown' && (facts.topic !== 'general' || (facts.bothChannels && facts.ownRelationship === 'yes'))) {
    // A sales contact about a named product the partner may not have sold ("an account manager called about their
    // Dynamics licences, not sure they have a direct agreement") turns on the channel like any subscription matter.
    const doubtDecides = facts.channelDoubted && (facts.topic !== 'marketing' || facts.products.length > 0);
    if (facts.bothChannels || doubtDecides) return byChannel;
  }
  if (facts.productChannel !== 'csp') {
    if (facts.ownRelationship === 'yes') {
      return { kind: 'rule', verdict: 'yes', rules: ['non-csp-relationship'] };
    }
    if (facts.productChannel === 'non-csp' && facts.ownRelationship === 'unknown') {
      return {
        kind: 'depends',
        decidingFact: 'ownRelationship',
        rules: ['non-csp-relationship', 'partner-communicates'],
        cases: [
          { label: 'ownRelationshipYes', question: 'directProducts' },
          { label: 'ownRelationshipNo', question: 'cspOnly' }
        ]
      };
    }
  }
  switch (facts.topic) {
    case 'billing':
      return { kind: 'rule', verdict: 'no', rules: ['subscription-communication', 'partner-communicates'] };
    case 'general':
    case 'marketing':
      return { kind: 'rule', verdict: 'no', rules: ['partner-communicates'] };
    case 'none':
      // About a product bought through the partner: that product is the subscription. "CSP customers" alone names
      // no subject, so it still turns on the topic.
      // "Will a customer who buys only through us ever hear from Microsoft?" asks for the cases: operational
      // information still comes from Microsoft.
      // "… just moved onto our Azure plan: will they still hear from Microsoft?": the product is the customer's move,
      // and the question asks for every case.
      if (facts.productChannel === 'csp' && !facts.asksWhen && (facts.products.length > 0 || facts.ownRelationship === 'no')) {
        return { kind: 'rule', verdict: 'no', rules: ['subscription-communication', 'partner-communicates'] };
      }
      if (facts.products.length > 0 && !facts.asksWhen) return byChannel;
      return {
        kind: 'depends',
        decidingFact: 'topic',
        rules: ['operational-communication', 'non-csp-relationship', 'subscription-communication', 'partner-communicates'],
        cases: [
          { label: 'operational', question: 'operational' },
          { label: 'directProducts', question: 'directProducts' },
          { label: 'billing', question: 'billing' }
        ]
      };
  }
}

/** The facts behind each canned question: what a click on its button asserts. */
const cannedFacts: Record<CannedQuestion, Partial<Facts>> = {
  billing: { intent: 'communication', topic: 'billing' },
  operational: { intent: 'communication', topic: 'operational' },
  directProducts: { intent: 'communication', ownRelationship: 'yes', productChannel: 'non-csp' },
  cspOnly: { intent: 'communication', ownRelationship: 'no', productChannel: 'csp' },
  general: { intent: 'communication', topic: 'general' },
  appliesTo: { intent: 'applies-to' }
};

function followUp(name: CannedQuestion, language: Language, keep: Partial<Facts> = {}): FollowUp {
  const canned = cannedQuestions[name];
  return {
    label: canned.label[language],
    question: canned.question[language],
    facts: { ...emptyFacts(), ...keep, ...cannedFacts[name] }
  };
}

function dependsCase(branch: DependsBranch, language: Language): DependsCase {
  const outcome = decision({ ...emptyFacts(), ...cannedFacts[branch.question] }, 1);
  const rule = outcome.kind === 'rule' ? outcome.rules[0] : undefined;
  // The canned questions are fixed data; one that fails to decide is a programming error caught by the tests.
  if (outcome.kind !== 'rule' || !rule) throw new RangeError(`canned question ${branch.question} does not decide`);
  return {
    when: caseLabels[branch.label][language],
    verdict: outcome.verdict,
    rule,
    customerSentence: ruleById(rule).customer.sentence[language]
  };
}

/** Related questions offered under a definite answer: the other side of the policy. */
const relatedTo: Partial<Record<RuleId, CannedQuestion[]>> = {
  'subscription-communication': ['operational', 'directProducts'],
  'partner-communicates': ['operational', 'billing'],
  'operational-communication': ['billing', 'general'],
  'non-csp-relationship': ['cspOnly', 'operational'],
  'applies-to': ['general', 'billing']
};

const examplesWhenNotCovered: CannedQuestion[] = ['billing', 'operational', 'directProducts', 'appliesTo'];

/** What an answer decides, apart from the question it answers. */
type DecisionFields = Omit<Answer, 'question' | 'confidence' | 'facts' | 'reading'>;

function decisionFields(outcome: Decision, language: Language, suggestions: CannedQuestion[], products: Product[]): Omit<DecisionFields, 'decisionId'> {
  switch (outcome.kind) {
    case 'rule': {
      const [first] = outcome.rules;
      const decisive = first ? ruleById(first) : undefined;
      return {
        language,
        verdict: outcome.verdict,
        rules: outcome.rules,
        headline: (first === 'partner-communicates' ? generalHeadline : headlines[outcome.verdict])[language],
        summary: decisive ? decisive.answer[language] : headlines[outcome.verdict][language],
        ...(decisive ? { customerSentence: decisive.customer.sentence[language] } : {}),
        followUps: (first ? (relatedTo[first] ?? []) : []).map((name) => followUp(name, language))
      };
    }
    case 'depends':
      return {
        language,
        verdict: 'depends',
        rules: outcome.rules,
        headline: headlines.depends[language],
        summary: dependsSummaries[outcome.decidingFact][language],
        depends: {
          decidingFact: outcome.decidingFact,
          prompt: dependsPrompts[outcome.decidingFact][language],
          cases: outcome.cases.map((branch) => dependsCase(branch, language))
        },
        followUps: outcome.cases.map((branch) => followUp(branch.question, language, { products: products.map((product) => ({ ...product })) }))
      };
    case 'not-covered':
      return {
        language,
        verdict: 'not-covered',
        rules: [],
        headline: (outcome.reason === 'unclear' ? didYouMeanHeadline : headlines['not-covered'])[language],
        summary: notCoveredSummaries[outcome.reason][language],
        notCovered: outcome.reason,
        followUps: suggestions.map((name) => followUp(name, language))
      };
  }
}

/**
 * Decisions are few (a dozen outcomes, two languages, the suggestions and products they name) and questions many,
 * so each decision is made once and shared, frozen, by every answer that gets it; its id is everything it is made
 * from, which lets the cards be shared too (src/cards/render.ts).
 */
const decisions = new Kept<DecisionFields>(1_000);

/** Decides a question from what was understood of it. Pure: same understanding, same answer. */
export function decide(question: string, understanding: Understanding): Answer {
  const { language, facts, confidence } = understanding;
  const outcome = decision(facts, confidence);
  const suggestions = outcome.kind === 'not-covered' ? suggestionsFor(facts, outcome.reason) : [];
  const products = outcome.kind === 'depends' ? facts.products : [];
  const decisionId = JSON.stringify([outcome, language, suggestions, products]);
  const decided = decisions.get(decisionId, () =>
    deepFreeze({ decisionId, ...decisionFields(outcome, language, suggestions, products) })
  );
  // Not a spread: V8 copies a frozen object's properties the slow way in a spread.
  return Object.assign({ question, confidence, facts, reading: readingOf(question, facts, language) }, decided);
}

/** "Did you mean …?": lead with the topic the unclear question touched. */
function suggestionsFor(facts: Facts, reason: NotCoveredReason): CannedQuestion[] {
  if (reason !== 'unclear') return examplesWhenNotCovered;
  const lead: CannedQuestion | undefined =
    facts.topic === 'billing'
      ? 'billing'
      : facts.topic === 'operational'
        ? 'operational'
        : facts.ownRelationship === 'yes' || facts.productChannel === 'non-csp'
          ? 'directProducts'
          : facts.topic === 'general' || facts.topic === 'marketing'
            ? 'general'
            : undefined;
  return lead ? [lead, ...examplesWhenNotCovered.filter((name) => name !== lead)].slice(0, 4) : examplesWhenNotCovered;
}

/**
 * Every canned question, each with the facts that answer it: the questions people ask most, offered where
 * nothing has been asked yet (the message extension before anything is typed).
 */
/** The questions offered as examples (help card, off-topic answers): one for each way the policy answers. */
export function exampleQuestions(language: Language): FollowUp[] {
  return examplesWhenNotCovered.map((name) => followUp(name, language));
}

export function commonQuestions(language: Language): FollowUp[] {
  return (Object.keys(cannedQuestions) as CannedQuestion[]).map((name) => followUp(name, language));
}
