import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ask } from '../../src/engine/ask';
import { normalize } from '../../src/understanding/normalize';
import { understand } from '../../src/understanding/understand';

/** Our own questions, written for these tests (not the evaluation sets). */
const ownQuestions = readFileSync(join(__dirname, '../fixtures/questions.jsonl'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as { id: string; question: string; language: string; verdict: string[]; rules: string[] });

describe('understanding what people really type', () => {
  it.each([
    ['typos', 'can microsfot email my custmer about invoces', 'no'],
    ['no capitals, no punctuation', 'will microsoft tell my client about a service outage', 'yes'],
    ['missing umlauts', 'informiert microsoft meinen kunden ueber die verlaengerung', 'no'],
    ['German compound (Rechnungsstellung)', 'Übernimmt Microsoft die Rechnungsstellung an meine Kunden?', 'no'],
    ['German compound (Abonnementverlängerung)', 'Schreibt Microsoft den Kunden zur Abonnementverlängerung an?', 'no'],
    ['German compound (Dienstausfall)', 'Meldet Microsoft einen Dienstausfall direkt an den Kunden?', 'yes'],
    ['du form', 'Weißt du, ob Microsoft meinen Kunden wegen einer Störung anruft?', 'yes'],
    ['Sie form', 'Können Sie mir sagen, ob Microsoft meinem Kunden Rechnungen schickt?', 'no'],
    ['Denglisch', 'Schickt Microsoft Invoice-Mails an meine Kunden?', 'no'],
    ['negation', "MS won't mail them invoices, right?", 'no'],
    ['who form', 'Who lets the customer know about a price change?', 'no'],
    ['is it my job form', 'Is it my job to tell the client about renewals?', 'no'],
    ['fragment', 'payment reminders from MS?', 'no'],
    ['product name (Azure plan)', 'Will Microsoft tell my customer what their Azure plan costs this month?', 'no'],
    ['product name (NCE)', 'Does Microsoft email customers about NCE renewals?', 'no'],
    ['Enterprise Agreement', 'The client has an Enterprise Agreement; will Microsoft keep talking to them about it?', 'yes'],
    ['product name alone', 'Will Microsoft contact my customer about Dynamics 365?', 'depends']
  ])('%s: "%s" → %s', (_case, question, verdict) => {
    expect(ask(question).verdict).toBe(verdict);
  });

  it.each([
    ['Can Microsoft send my customer a bill?', 'en'],
    ['Darf Microsoft meinem Kunden eine Rechnung schicken?', 'de'],
    ['schickt ms billing mails', 'de'],
    ['Danke!', 'de'],
    ['thanks a lot', 'en']
  ])('detects the language of "%s" as %s', (question, language) => {
    expect(understand(question).language).toBe(language);
  });

  it('normalises a text the same with an invisible character pasted before it', () => {
    // Umlauts and typographic marks beside ASCII take a shorter way through the folding than text with a zero-width
    // space, which folding drops: both ways must give the same words, whatever the mix.
    const letters = [...'aAbBcCeEgGnNsSuUzZ .,;:!?\'"`-/()\n0123456789äöüßÄÖÜ–—„“”’‘→€«»•°§'];
    const words = ['Microsoft', 'Kunde', 'Rechnung', 'customer', 'outage', 'US', "won't", 'kd.', '->', 'zzclausezz', ' - '];
    let seed = 7;
    // A 32-bit linear congruential step in integer arithmetic (Math.imul), so the same strings come every run.
    const next = (below: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % below;
    };
    for (let round = 0; round < 2_000; round++) {
      let text = '';
      for (let length = 1 + next(30); length > 0; length--) text += next(4) === 0 ? words[next(words.length)] : letters[next(letters.length)];
      expect(normalize(`\u200b${text}`)).toBe(normalize(text));
    }
  });

  it('follows the locale when the words leave the language open', () => {
    expect(understand('CSP?', { locale: 'de-DE' }).language).toBe('de');
    expect(understand('CSP?', { locale: 'en-US' }).language).toBe('en');
  });

  it('answers in a forced language whatever the question is written in', () => {
    expect(understand('Can Microsoft send my customer a bill?', { language: 'de' }).language).toBe('de');
  });

  it('reads the facts that decide: own relationship, channel, products', () => {
    const facts = understand('Our customer bought Dynamics 365 directly from Microsoft. Can Microsoft call them about it?').facts;
    expect(facts).toMatchObject({ intent: 'communication', ownRelationship: 'yes', productChannel: 'non-csp', products: [{ name: 'Dynamics 365', channel: 'non-csp' }] });
  });

  it('hears a denied relationship as no relationship', () => {
    expect(understand('The customer has no contract with Microsoft at all. Can Microsoft contact them?').facts.ownRelationship).toBe('no');
  });

  it('is less confident when it had to guess a typo', () => {
    const clean = understand('Can Microsoft email my customer about invoices?').confidence;
    const typo = understand('Can Microsfot email my custmer about invoices?').confidence;
    expect(typo).toBeLessThan(clean);
  });

  it('does not treat a how-to question as a policy question', () => {
    expect(understand('How do I send an invoice to a customer in Partner Center?').facts.intent).toBe('off-topic');
  });

  it('copes with empty, whitespace and symbol-only input', () => {
    for (const text of ['', '   ', '???', '😀😀', '\u200b\u200f']) expect(ask(text).verdict).toBe('not-covered');
  });

  it('reads only the start of a huge input', () => {
    expect(ask(`Can Microsoft email my customer about billing? ${'x'.repeat(100_000)}`).verdict).toBe('no');
  });
});

describe('our own question set', () => {
  it.each(ownQuestions.map((item) => [item.id, item.question, item]))('%s: %s', (_id, question, item) => {
    const answer = ask(question);
    expect(item.verdict).toContain(answer.verdict);
    expect(answer.language).toBe(item.language);
    if (item.rules.length === 0) expect(answer.rules).toEqual([]);
    else expect(item.rules).toContain(answer.rules[0]);
  });
});
