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
