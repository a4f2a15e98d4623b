import { ask } from '../../src/engine/ask';
import { expectAnswers } from '../support/expectAnswers';

/**
 * The seventeenth wave's classes (acronym-heavy, faq-writer, quiz-maker), each read as a class. Questions written for
 * these tests, none taken from any corpus.
 */

describe('a card a trainer writes', () => {
  it('is no payment card: quiz, scenario and numbered cards add no subscription matter', () => {
    expectAnswers([
      ['Quiz card: a ransomware outbreak hits Exchange Online. Does Microsoft notify the CSP customer itself?', 'yes', 'operational-communication'],
      ['Card 12: Microsoft plans maintenance on SharePoint Online tonight. Will the customer be told by Microsoft?', 'yes', 'operational-communication'],
      ['Training card: Microsoft found a zero-day in Azure VMs. May it warn the customer directly?', 'yes', 'operational-communication'],
      ['Lernkarte: Sicherheitslücke in Azure – schreibt Microsoft den Kunden direkt an?', 'yes', 'operational-communication'],
      ['Karte 7: Wartungsfenster bei Exchange Online – informiert Microsoft den Kunden selbst?', 'yes', 'operational-communication'],
      ['Fragekarte: Störung bei Teams – meldet sich Microsoft beim Kunden?', 'yes', 'operational-communication']
    ]);
  });

  it('leaves a card that pays a payment card', () => {
    expectAnswers([
      ['The customer paid for Power BI with a card on microsoft.com. Will Microsoft email them about the card charge?', 'yes', 'non-csp-relationship'],
      ['Der Kunde hat Visio per Karte direkt bei Microsoft bezahlt. Schreibt Microsoft ihn wegen der Abbuchung an?', 'yes', 'non-csp-relationship'],
      ['Card payment for our customer\'s Teams licences failed. Will Microsoft contact the customer?', 'no', 'subscription-communication']
    ]);
  });
});

describe('the answer\'s language where German is written almost only in abbreviations', () => {
  const inLanguage = (cases: Array<[string, 'en' | 'de']>) => {
    for (const [question, language] of cases) expect({ question, language: ask(question).language }).toEqual({ question, language });
  };

  it('follows the few German words: abbreviations, prepositions and function words, not the borrowed English ones', () => {
    inLanguage([
      ['Azure-Kd. in GCC High — Policy relevant?', 'de'],
      ['Teams Phone Kd. nur via Distri — Policy relevant?', 'de'],
      ['Kd. mit Power Apps per Web Direct — Renewal-Mail von MS ok lt. Policy?', 'de'],
      ['Newsletter von MS an Kd. — Policy?', 'de'],
      ['Defender for Endpoint Kd. via T2 — Policy relevant?', 'de'],
      ['Nächster Biergarten nahe der Messe?', 'de']
    ]);
  });

  it('takes no language from the words of a product\'s name ("Skype for Business", "Copilot for Security")', () => {
    inLanguage([
      ['Copilot for Security Incident — Info an Kd. durch MS?', 'de'],
      ['Skype for Business Retirement — Info an Kd. durch MS?', 'de']
    ]);
  });

  it('stays English where the English has few English words, and lets the asker\'s own words beat a quoted heading', () => {
    inLanguage([
      ['Cheapest parking near Hauptbahnhof?', 'en'],
      ['Defender for Office 365 alerts — MS to cust directly, without us?', 'en'],
      ['Quick one: EA renewal mail from MSFT to cust, OK?', 'en'],
      ["Geltungsbereich lt. 'Applies to'?", 'de']
    ]);
  });
});
