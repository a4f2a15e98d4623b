import { expectAnswers } from '../support/expectAnswers';

/**
 * Definite where the question settles it, open where it leaves the deciding fact unsaid (issue 11, classes 2, 6 and 8,
 * session 13). Questions written for these tests, none taken from a corpus file.
 */

describe('a statement put to be confirmed claims every part it names (issue 11, class 6)', () => {
  it('a tag after the statement ("right?", "korrekt?", "hab ich das richtig?") keeps the parts before its verb', () => {
    expectAnswers([
      ['Maintenance notices are sent by Microsoft, the licence true-up is sent by us. Correct?', 'depends', 'operational-communication'],
      ['Security advisories are sent by Microsoft and webinar invitations by us, right?', 'depends', 'operational-communication'],
      ['Microsoft kann dem Kunden den Ausfall bei Exchange melden, aber die Rechnung für seine Postfächer bekommt er von uns – stimmt das?', 'depends', 'operational-communication'],
      ['Die Wartungsankündigung schickt Microsoft, die Preiserhöhung teilen wir mit. Richtig?', 'depends', 'operational-communication']
    ]);
  });

  it('one part claimed, and a tag, stays one verdict; the story before the claim stays context', () => {
    expectAnswers([
      ['Microsoft does not send the customer its invoice directly, right?', 'no', 'subscription-communication'],
      ['Bei einem Dienstausfall informiert Microsoft den Kunden selbst, korrekt?', 'yes', 'operational-communication'],
      ['We had an outage last week. Microsoft does not send the customer the invoice directly, right?', 'no', 'subscription-communication']
    ]);
  });
});

describe('a paired conjunction and a plural pointer ask every part, weak words too (issue 11, class 6)', () => {
  it('"weder … noch", "neither … nor" name two parts', () => {
    expectAnswers([
      ['Weder über die Störung im Rechenzentrum noch über den Wechsel der Lizenzen schreibt Microsoft dem Kunden selbst, oder?', 'depends', 'operational-communication'],
      ['Microsoft tells the customer neither about the planned maintenance nor about the change of their licences?', 'depends', 'operational-communication']
    ]);
  });

  it('"on these", "zu diesen Punkten", "about those two things" point back to every part', () => {
    expectAnswers([
      ['SharePoint was down for an hour and the customer wants to drop from 40 licences to 30. Will Microsoft contact them on these?', 'depends', 'operational-communication'],
      ['Der Kunde hatte einen Ausfall bei Teams und will zusätzlich fünf Lizenzen dazubuchen. Schreibt Microsoft ihm zu diesen Punkten?', 'depends', 'operational-communication'],
      ['An Azure incident hit them on Monday and their licence term ends in June. Does Microsoft write to them about those two things?', 'depends', 'operational-communication']
    ]);
  });

  it('a demonstrative before a noun of its own is no pointer back to parts', () => {
    expectAnswers([
      ['Will Microsoft email the customer these invoices directly?', 'no', 'subscription-communication'],
      ['Schickt Microsoft dem Kunden diese Rechnungen direkt?', 'no', 'subscription-communication']
    ]);
  });
});
