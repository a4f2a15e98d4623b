import { expectAnswers } from '../support/expectAnswers';

/**
 * The classes the probe found (docs/UNDERSTANDING.md, "The probe"), each with questions written for these tests in
 * words of their own, not the probe's templates: the reading must hold beyond the probe's sentences.
 */

describe('the partner left out of the purchase ("without us", "ohne uns") leaves the channel open', () => {
  it('a billing question about what the customer bought or runs without the partner is no confident no', () => {
    expectAnswers([
      ['Our client licensed Project Plan 3 without us last spring. Is Microsoft going to mail them the Project renewal notice?', 'depends', 'non-csp-relationship'],
      ['They set up Copilot Studio completely without us. Will Microsoft send them the Copilot Studio bill?', 'depends', 'non-csp-relationship'],
      ['Does Microsoft send the seat count reminder for the Teams Premium licences the school bought without us to the school?', 'depends', 'non-csp-relationship'],
      ['Die Praxis hat Exchange Online Plan 2 ohne uns abgeschlossen. Schickt Microsoft ihr die Rechnung dafür?', 'depends', 'non-csp-relationship'],
      ['Das Intune-Abo läuft komplett ohne uns. Bekommt der Kunde die Verlängerungsinfo von Microsoft?', 'depends', 'non-csp-relationship']
    ]);
  });

  it('the product the partner does hold keeps its channel beside one bought without it', () => {
    expectAnswers([
      ['The firm has Teams Premium via us and Planner without us. Who sends them the Teams Premium invoice?', 'no', 'subscription-communication'],
      ['Die Kanzlei hat ihr Azure-Abo ohne uns abgeschlossen, Exchange läuft über uns. Kriegt die Kanzlei die Exchange-Verlängerung von Microsoft?', 'no', 'subscription-communication']
    ]);
  });

  it('"without us" about how Microsoft talks to the customer, or with no product, is no purchase', () => {
    expectAnswers([
      ['Can Microsoft talk to our customer about their Intune invoice without us?', 'no', 'subscription-communication'],
      ['Darf Microsoft ohne uns mit dem Kunden über die Teams-Rechnung sprechen?', 'no', 'subscription-communication']
    ]);
  });
});

describe('a verb of getting with a product as its object is a purchase, whatever the length of the name or where the object stands', () => {
  it('a name with edition words, a plan number or a second name joined to it', () => {
    expectAnswers([
      ['The clinic obtained its Microsoft 365 Apps for business seats directly from Microsoft. Does Microsoft send them the renewal quote?', 'yes', 'non-csp-relationship'],
      ['Our customer got Exchange Online Plan 1 straight from Microsoft last year. Who sends them the Exchange invoice?', 'yes', 'non-csp-relationship'],
      ['They obtained the Dynamics 365 Business Central Essentials licences directly from Microsoft. May Microsoft chase them about the overdue payment?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('the product named before a relative clause that gets it', () => {
    expectAnswers([
      ['Does Microsoft contact the school about the price change on the Intune seats which the school got directly from Microsoft?', 'yes', 'non-csp-relationship'],
      ['Does Microsoft bill the firm for the Project licences they obtained directly from Microsoft?', 'yes', 'non-csp-relationship'],
      ['Wer schickt die Rechnung für die Project-Abos, die die Kanzlei direkt von Microsoft bekommen hat?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('a message got for a product says how the message came, not a purchase', () => {
    expectAnswers([
      ['The customer got their Visio invoice directly from Microsoft. Is that ok?', 'depends', 'non-csp-relationship'],
      ['Herr Maier fragt, ob er eine Offerte für Visio direkt von Microsoft bekommt.', 'no', 'subscription-communication']
    ]);
  });
});

describe('the partner reached after a subject other than "Microsoft", and by "sich … bei uns melden"', () => {
  it('Microsoft\'s own people as the subject', () => {
    expectAnswers([
      ['Werden die Leute vom Microsoft-Support uns wegen der Störung anrufen?', 'not-covered'],
      ['Schreibt uns der Microsoft-Vertrieb wegen der Verlängerung an?', 'not-covered'],
      ['Will the Microsoft account team call us about the renewal?', 'not-covered']
    ]);
  });

  it('a pronoun the next sentence says is Microsoft', () => {
    expectAnswers([
      ['Dürfen die uns wegen der Exchange-Störung anrufen? Microsoft mein ich.', 'not-covered'],
      ['Would they ping us when Azure is down? I mean Microsoft.', 'not-covered']
    ]);
  });

  it('"sich melden" names whom it reaches after "bei", the partner or the customer', () => {
    expectAnswers([
      ['Kann sich der Microsoft-Vertrieb wegen der Lizenzkosten bei uns melden?', 'not-covered'],
      ['Meldet sich Microsoft bei unserem Support, wenn beim Kunden Exchange ausfällt?', 'not-covered'],
      ['Ob sich Microsoft wegen der Wartung am Wochenende bei uns als Partner meldet, weiß ich nicht. Weißt du es?', 'not-covered'],
      ['Meldet sich Microsoft wegen der geplanten Wartung beim Kunden?', 'yes', 'operational-communication'],
      ['Wird sich Microsoft wegen der Preiserhöhung beim Endkunden melden?', 'no', 'subscription-communication']
    ]);
  });
});
