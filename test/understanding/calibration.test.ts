import { expectAnswers } from '../support/expectAnswers';

/**
 * Confident wrong yes/no answers, by why the reader was confident (docs/UNDERSTANDING.md, "Calibration: the facts a
 * yes or no rests on"). A yes or no needs the customer to be the one Microsoft reaches; where the question names a
 * second party in that place (the partner by a word the reader did not know, in a form it did not read, after a verb
 * it passed over), the customer was only the default and the answer must not be the policy's yes or no. Questions
 * written for these tests (none taken from the development set or from the corpus), with counter-cases where the
 * customer is named in the same place.
 */

describe('the second party named by its role in a procurement contract', () => {
  it('"Auftragnehmer" and "Leistungserbringer" are the partner: when Microsoft reaches them, the policy does not answer', () => {
    expectAnswers([
      ['Bekommt der Auftragnehmer von Microsoft eine Gesamtrechnung für alle Behörden?', 'not-covered'],
      ['Wird der Leistungserbringer seitens Microsoft über geplante Wartungen in Kundentenants unterrichtet?', 'not-covered'],
      ['Erhält der Auftragnehmer vorab die neuen Listenpreise vom Hersteller?', 'not-covered'],
      ['Versendet Microsoft die Rechnung für den Azure-Verbrauch an den Auftragnehmer?', 'not-covered']
    ]);
  });

  it('what is bought through the Auftragnehmer is bought through the partner, so a direct word elsewhere does not make it direct', () => {
    expectAnswers([
      ['Informiert der Hersteller den Bedarfsträger unmittelbar über eine Preiserhöhung der über den Auftragnehmer bezogenen Lizenzen?', 'no', 'subscription-communication'],
      ['Werden die über den Leistungserbringer bezogenen Abonnements von Microsoft direkt gegenüber der Bedarfsstelle gekündigt und bestätigt?', 'no', 'subscription-communication']
    ]);
  });

  it('the public body as Bedarfsträger, Bedarfsstelle or contracting entity stays the customer', () => {
    expectAnswers([
      ['Werden die Bedarfsträger seitens des Herstellers über Wartungen unterrichtet?', 'yes', 'operational-communication'],
      ['Ist eine Unterrichtung der Bedarfsstelle durch Microsoft bei einem Sicherheitsvorfall vorgesehen?', 'yes', 'operational-communication'],
      ['May Microsoft send the contracting entity its renewal reminders for the CSP licences?', 'no', 'subscription-communication'],
      ['Wird der Kunde von Microsoft über Störungen unterrichtet?', 'yes', 'operational-communication']
    ]);
  });
});

describe('the partner in the place of the one reached, in forms the reader passed over', () => {
  it('the partners in the German dative plural', () => {
    expectAnswers([
      ['Schickt Microsoft den Partnern vorab eine Info zu neuen Preisen?', 'not-covered'],
      ['Sendet der Hersteller den Resellern die Preisübersicht?', 'not-covered']
    ]);
  });

  it('a formal verb of sending with the partner after a long object, and Microsoft after the verb', () => {
    expectAnswers([
      ['Übermittelt der Hersteller die Verbrauchsdaten an den Leistungserbringer?', 'not-covered'],
      ['Übermittelt Microsoft die monatlichen Preislisten an den CSP-Partner?', 'not-covered'],
      ['Versendet Microsoft die Rechnung für den Azure-Verbrauch an den Kunden?', 'no', 'subscription-communication']
    ]);
  });

  it('the partner in the genitive of a noun of telling is the one told', () => {
    expectAnswers([
      ['Is there any notification of the reseller by Microsoft when a customer\'s trial ends?', 'not-covered'],
      ['Erfolgt eine Information des Leistungserbringers durch Microsoft über Preiserhöhungen?', 'not-covered'],
      ['Gibt es eine Benachrichtigung des Partners durch Microsoft bei Preiserhöhungen?', 'not-covered'],
      ['Erfolgt eine Information der Kunden durch Microsoft über Preiserhöhungen?', 'no', 'subscription-communication'],
      ['Is there a notification of the customer by Microsoft before renewals?', 'no', 'subscription-communication']
    ]);
  });

  it('a negated verb of telling with the partner right after it still asks about the partner', () => {
    expectAnswers([
      ['Microsoft won\'t warn us before a client\'s subscription is suspended, will it?', 'not-covered'],
      ['Microsoft doesn\'t tell me when my customers\' annual plans renew, right?', 'not-covered'],
      ['Doesn\'t Microsoft email us when a customer tenant has an outage?', 'not-covered'],
      // the customer after the negated verb: the policy's question
      ['Microsoft won\'t email my customer about the renewal, right?', 'no', 'subscription-communication'],
      // a customer named before may be the one saying "us"
      ['the client complains microsoft doesnt tell us about renewals should microsoft have told them', 'no', 'subscription-communication']
    ]);
  });

  it('the partner named between commas without "as"', () => {
    expectAnswers([
      ['Are we, the partner admins, getting the maintenance notices from Microsoft?', 'not-covered'],
      ['Do we, the reseller, receive the price change letters from Microsoft?', 'not-covered'],
      // the customer as the one getting it
      ['Are our customers getting the outage mails from Microsoft?', 'yes', 'operational-communication'],
      ['Do our clients, the dental practices, get the renewal reminders from Microsoft?', 'no', 'subscription-communication']
    ]);
  });

  it('the partner as the one Microsoft bills', () => {
    expectAnswers([
      ['Does Microsoft bill us for the seats our clients use?', 'not-covered'],
      ['Are we charged by Microsoft for the Azure usage of our customers?', 'not-covered'],
      ['Will Microsoft invoice the reseller for the licences it sells?', 'not-covered'],
      // billing the customer reaches the customer; "direct bill partners" is a kind of partner, not one billed
      ['Does Microsoft bill the customer directly for the CSP seats?', 'no', 'subscription-communication'],
      ['We are a direct bill partner; does Microsoft email our customers about price changes?', 'no', 'subscription-communication'],
      ['Does the policy cover direct bill partners as well as indirect resellers?', 'applies', 'applies-to'],
      // "invoice" as a noun before the partner: who sends it is asked
      ['Who sends the bakery the next invoice, me or Microsoft?', 'no', 'subscription-communication']
    ]);
  });
});

describe('Microsoft and the distributor offered as the sender', () => {
  it('a distributor serves resellers: where it is the other sender, the one reached is the partner', () => {
    expectAnswers([
      ['Does our monthly bill come from Microsoft or from the distributor?', 'not-covered'],
      ['Who sends the usage report for all our customers, Microsoft or the disti?', 'not-covered'],
      ['Kommt unsere Rechnung von Microsoft oder vom Distributor?', 'not-covered'],
      ['Kommt die Sammelrechnung für die Abos unserer Kunden von Microsoft oder vom Distributor?', 'not-covered'],
      ['Erhalten wir die Preisliste vom Distri oder direkt von Microsoft?', 'not-covered']
    ]);
  });

  it('the customer named as the one reached keeps the policy\'s question', () => {
    expectAnswers([
      ['Does the customer get the invoice from Microsoft or from the distributor?', 'no', 'subscription-communication'],
      ['Does Microsoft email our customers about the price change, or does the distributor?', 'no', 'subscription-communication'],
      ['Informiert Microsoft unsere Kunden über die Preiserhöhung oder macht das der Distributor?', 'no', 'subscription-communication'],
      ['We buy through a distributor. Does Microsoft email our customers about price changes?', 'no', 'subscription-communication']
    ]);
  });
});

describe('the partner\'s own bill from Microsoft', () => {
  it('"our" invoice, the invoice "we get", one invoice "for all" customers: Microsoft bills the partner', () => {
    expectAnswers([
      ['When does our monthly invoice from Microsoft usually arrive?', 'not-covered'],
      ['Is our Microsoft invoice sent by email or only in Partner Center?', 'not-covered'],
      ['Does the Microsoft invoice we get list each customer separately?', 'not-covered'],
      ['Kommt unsere Monatsrechnung von Microsoft per Mail?', 'not-covered'],
      ['Schickt Microsoft uns eine Sammelrechnung für alle Kunden oder eine pro Kunde?', 'not-covered'],
      ['Does Microsoft send one invoice for all of our customers or one per customer?', 'not-covered']
    ]);
  });

  it('the customer named as the one who gets a bill keeps the policy\'s question', () => {
    expectAnswers([
      ['The customer only gets our invoice, right? Microsoft sends them nothing?', 'no', 'subscription-communication'],
      ['Does the customer see our invoice or one from Microsoft?', 'no', 'subscription-communication'],
      ['Does Microsoft send my customer an invoice, or is our invoice the only one?', 'no', 'subscription-communication'],
      ['Schickt Microsoft dem Kunden eine Rechnung oder nur wir?', 'no', 'subscription-communication']
    ]);
  });
});
