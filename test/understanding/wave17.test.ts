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

describe('a sweeping claim put to be judged', () => {
  it('asks for the cases: not everything reaching the customer comes from the partner', () => {
    expectAnswers([
      ['Richtig oder falsch: Jede Mitteilung an CSP-Kunden kommt vom Partner.', 'depends', 'operational-communication'],
      ["Stimmt's? Bei CSP läuft alles an Kommunikation über den Partner.", 'depends', 'operational-communication'],
      ["Stimmt's? Alles, was der Kunde hört, kommt vom Partner.", 'depends', 'operational-communication'],
      ['True? Everything a CSP customer is told goes through the reseller.', 'depends', 'operational-communication'],
      ['Our new hire says all customer communication goes through us, across the board. Is that so?', 'depends', 'operational-communication']
    ]);
  });

  it('leaves the principle, put as a norm, hedged or only asked, as it was', () => {
    expectAnswers([
      ['Kommt jede Nachricht an CSP-Kunden grundsätzlich vom Partner?', 'no', 'partner-communicates'],
      ['T/F: every message to the customer should come from the partner.', 'no', 'partner-communicates'],
      ['Does everything the customer hears come from us?', 'no', 'partner-communicates']
    ]);
  });
});

describe('"or whether that goes through us" after Microsoft reaching someone', () => {
  it('is the other way the message may take, no doubt about the purchase', () => {
    expectAnswers([
      ['The customer wants to know whether Microsoft emails them the renewal notice directly or whether that comes through us.', 'no', 'subscription-communication'],
      ['Der Kunde fragt, ob Microsoft ihm die Preisänderung direkt mitteilt oder ob das über uns läuft.', 'no', 'subscription-communication'],
      ['Die Buchhalterin will wissen, ob sie die Rechnung direkt von Microsoft bekommt oder ob das über uns geht.', 'no', 'subscription-communication']
    ]);
  });

  it('still doubts the channel where the other side asks about the purchase', () => {
    expectAnswers([
      ['The customer asks whether Microsoft will email them about the renewal, or whether they bought Visio from us at all.', 'depends', 'non-csp-relationship'],
      ['Der Kunde fragt, ob Microsoft ihn wegen der Verlängerung anschreibt oder ob er Visio überhaupt über uns gekauft hat.', 'depends', 'non-csp-relationship']
    ]);
  });
});

describe('the trade\'s abbreviations', () => {
  it('read Open Value ("OV"), a card that pays ("CC", "KK") and a downgrade ("downg") as their words', () => {
    expectAnswers([
      ['cust has an OV for Office 2021 and M365 via us. MS emails cust re the OV renewal?', 'yes', 'non-csp-relationship'],
      ['Kd. hat OV für Office, Rest über uns. Schreibt MS den Kd. wg. OV-Verlängerung an?', 'yes', 'non-csp-relationship'],
      ['cust bought Project on their CC in the admin center, rest is CSP. MS invoices cust for the CC subs?', 'yes', 'non-csp-relationship'],
      ['Kd. zahlt Project per KK direkt bei MS, Rest CSP. Info von MS an Kd. wg. KK-Abbuchung?', 'yes', 'non-csp-relationship'],
      ['Exchange outage + M365 downg next month: does MS contact cust about both?', 'depends', 'operational-communication'],
      ['Teams-Störung und E5-Downg. zum Jahresende — meldet sich MS beim Kd. zu beidem?', 'depends', 'operational-communication']
    ]);
  });

  it('read an invoice ("inv", "Rg.") sent to the partner as the partner\'s own, and "cc us" as a copy', () => {
    expectAnswers([
      ['When does the MS inv to us arrive for the Azure plan?', 'not-covered'],
      ['Kommt die Rg. an uns für den Azure plan immer am Monatsanfang?', 'not-covered'],
      ['Can MS cc us on its mails to the cust about outages?', 'not-covered'],
      ['who sends cust the Azure inv? we are their CSP', 'no', 'subscription-communication']
    ]);
  });

  it('read the policy\'s scope asked with a word between ("same comms rules")', () => {
    expectAnswers([
      ['Intune tenants in GCC — same comms rules?', 'applies', 'applies-to'],
      ['Kunden in der Schweiz — gleiche Kommunikations-Policy?', 'applies', 'applies-to']
    ]);
  });
});

describe('a card paid straight to Microsoft', () => {
  it('is the direct purchase, with a word of manner between the card and Microsoft', () => {
    expectAnswers([
      ['cust pays Visio by credit card straight to MS, rest through us. Does MS mail cust re the card charge?', 'yes', 'non-csp-relationship'],
      ['The customer pays for Teams by credit card to us each month. Does Microsoft email them about the card charge?', 'no', 'subscription-communication']
    ]);
  });
});

describe('where the customer bought it, not known, and a customer missing from the partner\'s list', () => {
  it('doubts the channel: the answer turns on how it was bought', () => {
    expectAnswers([
      ['Richtig oder falsch: Microsoft hat die Regeln gebrochen, weil es unseren Kunden wegen seiner Visio-Lizenzen angeschrieben hat. Wo er die gekauft hat, wissen wir allerdings nicht.', 'depends', 'non-csp-relationship'],
      ['True or false: Microsoft broke the rules because it emailed our customer about their Project licences. Where the customer bought them, we do not know though.', 'depends', 'non-csp-relationship'],
      ['Das Tochterunternehmen steht nicht in unserer Kundenliste – Preis-Mail von Microsoft okay?', 'depends', 'non-csp-relationship'],
      ['Die Filiale ist nicht in unserem Kundenstamm. Darf Microsoft ihr die Verlängerungsinfo schicken?', 'depends', 'non-csp-relationship']
    ]);
  });

  it('not where the clause of "wo" says the channel, nor a question about a place', () => {
    expectAnswers([
      ['Darf Microsoft dem Kunden wegen der Preiserhöhung direkt schreiben, wo er doch alles über uns kauft?', 'no', 'subscription-communication'],
      ['Wo sitzt der Kunde, der über uns Teams gekauft hat? Schreibt MS ihn wegen der Preiserhöhung an?', 'no', 'subscription-communication']
    ]);
  });
});

describe('the arrow of a headline', () => {
  it('pointing at the partner makes the partner the one who receives: not covered', () => {
    expectAnswers([
      ['MS → uns: Infos zu Incentive-Änderungen, wie oft?', 'not-covered'],
      ['MSFT → reseller: NCE price list updates, monthly?', 'not-covered'],
      ['Microsoft → partners: rebate statements, where do we find them?', 'not-covered']
    ]);
  });

  it('through the partner on to the customer is a relay: the customer still receives', () => {
    expectAnswers([
      ['Price increase: MS → partner → customer, correct?', 'no', 'subscription-communication'],
      ['Preiserhöhung: MS → Partner → Kd., richtig?', 'no', 'subscription-communication']
    ]);
  });

  it('"Microsoft an Kunde" needs no verb, and buying more is a part of its own', () => {
    expectAnswers([
      ['Power Platform: Löschung alter Umgebungen + Kauf zusätzlicher Kapazität → Microsoft an Kunde, jeweils?', 'depends', 'operational-communication'],
      ['Dataverse: deletion of idle environments + purchase of extra capacity — does Microsoft tell the customer about each?', 'depends', 'operational-communication'],
      ['Wartung am Wochenende, Kauf weiterer Lizenzen: informiert Microsoft den Kunden jeweils?', 'depends', 'operational-communication'],
      ['Sicherheitslücke in Exchange → Microsoft an den Kunden?', 'yes', 'operational-communication']
    ]);
  });
});

describe('"from Microsoft, not via us" after a message got', () => {
  it('is the way the message came, no purchase elsewhere', () => {
    expectAnswers([
      ['The customer got a webinar invite straight from Microsoft, not via us. Is Microsoft supposed to do that?', 'no', 'partner-communicates'],
      ['Die Kanzlei hat eine Einladung zur Microsoft-Konferenz direkt von Microsoft bekommen, nicht über uns. Ist das ok?', 'no', 'partner-communicates'],
      ['Die Praxis hat den Newsletter von Microsoft erhalten, nicht von uns. Darf Microsoft das?', 'no', 'partner-communicates']
    ]);
  });

  it('leaves a purchase denied through the partner, and a trial set up elsewhere, what they were', () => {
    expectAnswers([
      ['Der Kunde hat Visio bei Microsoft gekauft, nicht über uns. Schreibt Microsoft ihn wegen der Verlängerung an?', 'depends', 'non-csp-relationship'],
      ['The customer bought Visio from Microsoft, not through us. Will Microsoft email them about the renewal?', 'depends', 'non-csp-relationship'],
      ['Mail von MS an den Kunden, seine Testversion von Power BI laufe ab – die Testversion wurde nicht über uns angelegt. Ok?', 'depends', 'non-csp-relationship']
    ]);
  });
});
