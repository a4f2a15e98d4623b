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

// The nineteenth session's families (probe19): received, partner, relayed, vendor, short.

describe('the partner\'s own purchase from Microsoft is neither the customer\'s own relationship nor plainly CSP', () => {
  it('a billing question about what "we" buy directly is depends, never the yes of a customer\'s direct purchase', () => {
    expectAnswers([
      ['We source our Teams Phone licences directly from Microsoft. Will Microsoft send our client the Teams Phone renewal quote?', 'depends', 'non-csp-relationship'],
      ['Does Microsoft bill the school for the Intune seats that we purchased straight from Microsoft?', 'depends', 'non-csp-relationship'],
      ['Wir kaufen Project Plan 3 selbst direkt bei Microsoft ein. Bekommt die Kanzlei von Microsoft die Rechnung dafür?', 'depends', 'non-csp-relationship'],
      ['Schickt Microsoft der Praxis die Verlängerung für die Exchange-Lizenzen, die wir direkt von Microsoft beziehen?', 'depends', 'non-csp-relationship']
    ]);
  });

  it('the customer\'s own purchase, also in its own quoted words, stays direct; an operational topic stays yes', () => {
    expectAnswers([
      ['The school purchased Intune directly from Microsoft. Will Microsoft send them the Intune invoice?', 'yes', 'non-csp-relationship'],
      ['Customer wrote: "we buy Visio directly from Microsoft, so who sends us the Visio invoice?" What do I answer?', 'yes', 'non-csp-relationship'],
      ['We buy Defender directly from Microsoft. Will Microsoft tell the customer about a Defender outage?', 'yes', 'operational-communication']
    ]);
  });
});

describe('"who" asked of a verb of reaching whose object is the partner', () => {
  it('the partner after "who writes to", "who reaches out to", "who notifies", "wer ruft … an" is the one reached', () => {
    expectAnswers([
      ['Who emails the reseller about the Teams price change?', 'not-covered'],
      ['Who reaches out to us when Exchange has an outage?', 'not-covered'],
      ['Who notifies the partner about a SharePoint incident?', 'not-covered'],
      ['Wer ruft den Händler wegen der Intune-Preiserhöhung an?', 'not-covered'],
      ['Who notifies the customer about a SharePoint incident?', 'yes', 'operational-communication']
    ]);
  });
});

describe('a billing message the customer already received from Microsoft hints at its own relationship', () => {
  it('told as what happened, asked about or asked on from: depends', () => {
    expectAnswers([
      ['The firm got a payment reminder for Project directly from Microsoft. Will Microsoft also send them the next Project invoice?', 'depends', 'non-csp-relationship'],
      ['Die Praxis hat von Microsoft eine Mahnung für Exchange bekommen. Schickt Microsoft ihr auch die nächste Rechnung?', 'depends', 'non-csp-relationship'],
      ['Our client was emailed a renewal quote for Intune by Microsoft last week. Is that normal?', 'depends', 'non-csp-relationship'],
      ['Microsoft hat dem Verein eine Preisinfo zu Teams geschickt. Ist das korrekt?', 'depends', 'non-csp-relationship']
    ]);
  });

  it('what the customer will receive is the question itself, not a hint', () => {
    expectAnswers([
      ['Will the customer receive the Intune invoice from Microsoft?', 'no', 'subscription-communication'],
      ['Wird der Kunde die Rechnung für Intune von Microsoft bekommen?', 'no', 'subscription-communication']
    ]);
  });
});

describe('holdings moved over to Microsoft are held directly', () => {
  it('licences or seats moved, switched or gone over "to Microsoft"', () => {
    expectAnswers([
      ['Die Intune-Lizenzen des Vereins sind letztes Jahr zu Microsoft gewandert. Schickt Microsoft ihm die Rechnung?', 'yes', 'non-csp-relationship'],
      ['The clinic moved its Teams Premium seats over to Microsoft. Who sends them the Teams Premium renewal?', 'yes', 'non-csp-relationship'],
      ['They switched their Exchange licences to Microsoft direct last year. Does Microsoft send them the Exchange invoice now?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('a person who moved to Microsoft moves no holding', () => {
    expectAnswers([
      ['Unser Ansprechpartner beim Kunden ist zu Microsoft gewechselt. Schickt Microsoft dem Kunden jetzt die Rechnung?', 'no', 'subscription-communication'],
      ['The account manager at our client moved to Microsoft. Will Microsoft send our client the Exchange invoice now?', 'no', 'subscription-communication']
    ]);
  });
});

describe('shortened German nouns with their full stop: "Vertr.", "Rg.", "Kdg."', () => {
  it('an own contract and the invoice written short', () => {
    expectAnswers([
      ['Für Exchange hat die Praxis einen eigenen Vertr. mit MS. Schickt MS ihr die Rg.?', 'yes', 'non-csp-relationship'],
      ['Kd. hat Teams über uns. Schickt MS dem Kd. die Rg. für Teams?', 'no', 'subscription-communication'],
      ['Der Verein hat einen direkten Vertr. mit Microsoft für Intune. Wer schickt ihm die Rg. für Intune?', 'yes', 'non-csp-relationship']
    ]);
  });
});
