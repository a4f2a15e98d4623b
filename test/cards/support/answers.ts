import type { Language } from '../../../src/language/language';
import type { Answer } from '../../../src/policy/answer';
import { decide } from '../../../src/policy/decide';
import { emptyFacts, type Facts, type Understanding } from '../../../src/understanding/facts';

/**
 * Answers built the way the bot builds them: decide() over hand-made understandings,
 * so these tests do not depend on the understanding module.
 */
interface Scenario {
  facts: Partial<Facts>;
  confidence?: number;
  question: Record<Language, string>;
}

export const scenarios = {
  billing: {
    facts: { intent: 'communication', topic: 'billing' },
    question: {
      en: 'Does Microsoft remind my customer about the renewal of their licences?',
      de: 'Erinnert Microsoft meinen Kunden an die Verlängerung seiner Lizenzen?'
    }
  },
  marketing: {
    facts: { intent: 'communication', topic: 'marketing', productChannel: 'csp' },
    question: {
      en: 'Could Microsoft pitch new offers straight to my CSP customer?',
      de: 'Könnte Microsoft meinem CSP-Kunden direkt neue Angebote machen?'
    }
  },
  operational: {
    facts: { intent: 'communication', topic: 'operational' },
    question: {
      en: 'Will my customer hear from Microsoft when Exchange Online is down?',
      de: 'Hört mein Kunde von Microsoft, wenn Exchange Online ausfällt?'
    }
  },
  ownRelationship: {
    facts: { intent: 'communication', ownRelationship: 'yes', productChannel: 'non-csp' },
    question: {
      en: 'The customer has an Enterprise Agreement too; does Microsoft talk to them about it?',
      de: 'Der Kunde hat zusätzlich ein Enterprise Agreement; spricht Microsoft mit ihm darüber?'
    }
  },
  appliesTo: {
    facts: { intent: 'applies-to' },
    question: { en: 'Is this policy valid for the US Government cloud?', de: 'Gilt diese Richtlinie auch für die US-Government-Cloud?' }
  },
  dependsOnTopic: {
    facts: { intent: 'communication', asksWhen: true },
    question: { en: 'When does Microsoft get in touch with my customers?', de: 'Wann meldet sich Microsoft bei meinen Kunden?' }
  },
  dependsOnChannel: {
    facts: { intent: 'communication', products: [{ name: 'Microsoft Teams', channel: 'unknown' }] },
    question: { en: 'Can Microsoft reach my customer about Teams?', de: 'Darf Microsoft meinen Kunden wegen Teams ansprechen?' }
  },
  offTopic: {
    facts: { intent: 'off-topic' },
    question: { en: 'Which pizza place near the office is best?', de: 'Welche Pizzeria in der Nähe des Büros ist die beste?' }
  },
  unclear: {
    facts: { intent: 'unclear', topic: 'billing' },
    confidence: 0.3,
    question: { en: 'microsoft money customer??', de: 'microsoft geld kunde??' }
  }
} satisfies Record<string, Scenario>;
export type ScenarioName = keyof typeof scenarios;
export const scenarioNames = Object.keys(scenarios) as ScenarioName[];
export const languages: Language[] = ['en', 'de'];

export function understanding(language: Language, facts: Partial<Facts>, confidence = 0.9): Understanding {
  return { language, facts: { ...emptyFacts(), ...facts }, confidence };
}

export function answerFor(name: ScenarioName, language: Language = 'en', question?: string): Answer {
  const scenario: Scenario = scenarios[name];
  return decide(question ?? scenario.question[language], understanding(language, scenario.facts, scenario.confidence));
}

/** Every scenario in every language, labelled for test tables. */
export const everyAnswer: Array<[string, Answer]> = scenarioNames.flatMap((name) =>
  languages.map((language): [string, Answer] => [`${name} (${language})`, answerFor(name, language)])
);
