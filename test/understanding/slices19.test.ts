import { expectAnswers } from '../support/expectAnswers';

/**
 * The probe's open slices (slices19), each read as a class. Questions written for these tests, none taken from any corpus.
 */

describe('a message the customer received, reported after the question, is context: the question asked is the matter', () => {
  it('a subscription question stays a subscription question when an outage mail is told after it', () => {
    expectAnswers([
      ['Who sends our client the renewal reminder for Teams Premium? They got an email about a Teams outage straight from Microsoft last week.', 'no', 'subscription-communication'],
      ['Does Microsoft write to the customer about the Azure invoice? The customer received a notice about an Azure service incident from Microsoft yesterday.', 'no', 'subscription-communication'],
      ['Will Microsoft tell my customer about the licence count for Project? My customer got a message about a planned maintenance of Project from Microsoft.', 'no', 'subscription-communication'],
      ['Wer informiert die Kanzlei über die Verlängerung von Exchange Online? Die Kanzlei hat von Microsoft eine Nachricht zu einem Ausfall von Exchange Online bekommen.', 'no', 'subscription-communication'],
      ['Schreibt Microsoft den Kunden wegen der Rechnung für Intune an? Der Kunde hat gestern eine Mail zu einer Störung bei Intune von Microsoft erhalten.', 'no', 'subscription-communication']
    ]);
  });

  it('keeps an operational question operational, and a question asked about the received mail itself', () => {
    expectAnswers([
      ['The customer received a mail about the invoice for Visio. Does Microsoft contact them about an outage of Visio?', 'yes', 'operational-communication'],
      ['Does Microsoft notify the customer about an Exchange outage? The customer received a mail about an invoice from Microsoft yesterday.', 'yes', 'operational-communication'],
      ['Informiert Microsoft den Kunden über eine Störung bei Teams? Der Kunde hat von Microsoft eine Mail zur Rechnung erhalten.', 'yes', 'operational-communication']
    ]);
  });
});

describe('the distributor ALSO, told from the word "also" by its capitals where a name stands', () => {
  it('ALSO acting is not Microsoft\'s communication: not covered', () => {
    expectAnswers([
      ['Will ALSO send our customer the reminder about the Teams renewal?', 'not-covered'],
      ['Is it fine for ALSO to phone the client about a SharePoint outage?', 'not-covered'],
      ['ALSO emails the end customer about their Azure invoice, correct?', 'not-covered'],
      ['Schickt ALSO Deutschland der Praxis die Rechnung für Exchange Online?', 'not-covered'],
      ['Soll ALSO die Kanzlei wegen der Wartung von Teams anschreiben?', 'not-covered'],
      ['Ist es in Ordnung, wenn ALSO den Endkunden wegen der Verlängerung von Intune anruft?', 'not-covered']
    ]);
  });

  it('leaves the everyday "also", in capitals for stress too, and ALSO as where the partner buys, to Microsoft', () => {
    expectAnswers([
      ['Does Microsoft ALSO notify the customer about an Exchange outage?', 'yes', 'operational-communication'],
      ['ALSO, does MS write to the end customer about a Teams outage?', 'yes', 'operational-communication'],
      ['Will Microsoft also tell our client about a Teams incident?', 'yes', 'operational-communication'],
      ['WILL MICROSOFT ALSO EMAIL OUR CUSTOMER ABOUT AN OUTAGE?', 'yes', 'operational-communication'],
      ['Also, schreibt Microsoft den Kunden wegen einer Störung bei Teams an?', 'yes', 'operational-communication'],
      ['Wir beziehen die Lizenzen bei ALSO. Schickt Microsoft dem Kunden die Rechnung?', 'no', 'subscription-communication']
    ]);
  });
});
