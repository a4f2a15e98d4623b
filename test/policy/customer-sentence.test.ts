import { languageSchema } from '../../src/language/language';
import { policy } from '../../src/policy/policy';
import { policySchema } from '../../src/policy/rule';
import policyData from '../../src/policy/customer-communication.json';

const languages = languageSchema.options;
const perRuleAndLanguage = policy.rules.flatMap((rule) => languages.map((language) => [rule.id, language, rule] as const));

/** Whole words (or phrases) only, case-insensitive: "all" must not match "call", "nur" must not match "Nutzung". */
function containsWords(text: string, words: string): boolean {
  const escaped = words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text);
}

describe('customer sentences in the policy data', () => {
  it.each(perRuleAndLanguage)('%s has a customer sentence in %s', (_id, language, rule) => {
    const sentence = rule.customer.sentence[language];
    expect(sentence.trim()).toBe(sentence);
    expect(sentence).toMatch(/^\p{Lu}/u);
    expect(sentence).toMatch(/\.$/);
  });

  it.each(perRuleAndLanguage)('%s (%s) uses none of its forbidden strong words', (_id, language, rule) => {
    const { sentence, forbiddenWords } = rule.customer;
    expect(forbiddenWords[language].length).toBeGreaterThan(0);
    expect(forbiddenWords[language].filter((words) => containsWords(sentence[language], words))).toEqual([]);
  });

  it.each(perRuleAndLanguage)('%s (%s) keeps the words that keep it as weak as the quote', (_id, language, rule) => {
    const { sentence, mustSay } = rule.customer;
    expect(mustSay[language].filter((words) => !containsWords(sentence[language], words))).toEqual([]);
  });

  it.each(perRuleAndLanguage)('%s (%s) speaks to the customer, not to the partner', (_id, language, rule) => {
    const sentence = rule.customer.sentence[language];
    // The partner's own words ("your customer", "Ihr Kunde") belong on the card, not in what is said to the customer.
    const partnerWords = language === 'en' ? ['your customer', 'your customers', 'CSP partner'] : ['Ihr Kunde', 'Ihren Kunden', 'Ihrem Kunden'];
    expect(partnerWords.filter((words) => containsWords(sentence, words))).toEqual([]);
  });

  it('keeps "In general" general and "may" a may', () => {
    const general = policy.rules.find((rule) => rule.id === 'partner-communicates');
    const operational = policy.rules.find((rule) => rule.id === 'operational-communication');
    expect(general?.quote.en[0]).toMatch(/^In general/);
    expect(general?.customer.sentence.en).toMatch(/^In general/);
    expect(general?.customer.sentence.de).toMatch(/^Im Allgemeinen/);
    expect(operational?.quote.en[0]).toContain('may');
    expect(operational?.customer.sentence.en).toContain('may');
    expect(operational?.customer.forbiddenWords.en).toContain('will');
  });

  it('catches a sentence stronger than its quote (the check itself can fail)', () => {
    expect(containsWords('Microsoft will always contact you.', 'always')).toBe(true);
    expect(containsWords('Microsoft will contact you.', 'will')).toBe(true);
    expect(containsWords('Microsoft may call you.', 'all')).toBe(false);
    expect(containsWords('Die Nutzung', 'nur')).toBe(false);
    expect(containsWords('Microsoft will not  send', 'will not')).toBe(true);
  });

  it('refuses policy data whose rule has no customer sentence, or no forbidden words', () => {
    const withoutSentence = structuredClone(policyData) as { rules: Array<Record<string, unknown>> };
    delete withoutSentence.rules[0]?.customer;
    expect(policySchema.safeParse(withoutSentence).success).toBe(false);
    const withoutForbidden = structuredClone(policyData) as { rules: Array<{ customer: { forbiddenWords: { en: string[] } } }> };
    const first = withoutForbidden.rules[0];
    if (first) first.customer.forbiddenWords.en = [];
    expect(policySchema.safeParse(withoutForbidden).success).toBe(false);
  });
});
