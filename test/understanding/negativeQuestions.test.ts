import { expectAnswers } from '../support/expectAnswers';

/**
 * Questions asked in the negative or as tag questions (the sixteenth wave's negative asker, read by class): the answer is
 * what the policy says about Microsoft reaching the customer on the matter, whatever the polarity of the wording. The
 * polarity word is no denied matter or channel, "either"/"nicht mal" no second topic, a tag no doubt. Questions written
 * for these tests, none taken from any corpus file.
 */

describe('a follow-up asked in the negative or tagged is the plain follow-up', () => {
  it('"not even …", "… either?", "nicht mal …", "auch nicht …": the topic is asked as "and for …?" asks it', () => {
    expectAnswers([
      ['not even about price increases?', 'no', 'subscription-communication'],
      ['Not for renewals either, right?', 'no', 'subscription-communication'],
      ['and not for security incidents either?', 'yes', 'operational-communication'],
      ['Also not about maintenance?', 'yes', 'operational-communication'],
      ['Nicht mal zu Preiserhöhungen?', 'no', 'subscription-communication'],
      ['Und wegen Kündigungen auch nicht?', 'no', 'subscription-communication'],
      ['Auch bei Wartungsarbeiten nicht?', 'yes', 'operational-communication'],
      ['Nicht einmal wegen Lizenzänderungen?', 'no', 'subscription-communication']
    ]);
  });

  it('a word of change after a topic word is the topic\'s, "for"/"für" links a follow-up, and an indefinite article is no other word', () => {
    expectAnswers([
      ['licence changes?', 'no', 'subscription-communication'],
      ['and for a renewal?', 'no', 'subscription-communication'],
      ['what about a price increase?', 'no', 'subscription-communication'],
      ['Für Lizenzänderungen?', 'no', 'subscription-communication'],
      ['und bei einer Störung?', 'yes', 'operational-communication']
    ]);
  });

  it('a topic, then "not from Microsoft" with a tag: a message from Microsoft on the topic', () => {
    expectAnswers([
      ['renewal reminders? not from Microsoft, right?', 'no', 'subscription-communication'],
      ['Preiserhöhungen? Nicht von Microsoft, oder?', 'no', 'subscription-communication'],
      ['Rechnungen? Doch nicht von MS?', 'no', 'subscription-communication']
    ]);
  });
});

describe('a tag question closing a statement is left out', () => {
  it('", will it?", ", does it?", ", won\'t they?": its pronoun points to no matter, so the channel is not taken from before', () => {
    expectAnswers([
      ['The client has an EA as well as CSP. Microsoft won\'t write to them about licences, will it?', 'depends', 'non-csp-relationship'],
      ['They have an MCA and CSP subscriptions with us. Microsoft doesn\'t contact them about their licence count, does it?', 'depends', 'non-csp-relationship'],
      ['Microsoft can\'t just phone our customers about their renewals, can it?', 'no', 'subscription-communication'],
      ['Microsoft won\'t email the customer about the datacentre move, will they?', 'yes', 'operational-communication']
    ]);
  });

  it('"We don\'t get …, do we?": the partner receiving, put as a statement to be confirmed, is not covered', () => {
    expectAnswers([
      ['We don\'t get the outage notices from Microsoft ourselves, do we?', 'not-covered'],
      ['We don\'t receive an invoice from MS for the customers\' licences, do we?', 'not-covered'],
      ['I don\'t get the renewal reminders from Microsoft, do I?', 'not-covered']
    ]);
  });
});

describe('a question inverted in the negative reads as the plain one', () => {
  it('"Shouldn\'t I …", "Can\'t we …" towards Microsoft: the asker acts, not covered', () => {
    expectAnswers([
      ['Shouldn\'t we open a case with Microsoft support when a customer\'s subscription is suspended?', 'not-covered'],
      ['Can\'t I call Microsoft myself about a customer\'s blocked tenant?', 'not-covered'],
      ['Shouldn\'t I email the Microsoft account team directly about the customer\'s licence problem?', 'not-covered']
    ]);
  });

  it('"Don\'t we have to …", "Doesn\'t Microsoft …": the duty or the contact asked as in the plain question', () => {
    expectAnswers([
      ['Don\'t we have to tell the customer about the price change ourselves?', 'no', 'subscription-communication'],
      ['Don\'t we have to send the renewal quote ourselves?', 'no', 'subscription-communication'],
      ['Doesn\'t Microsoft tell customers about outages itself?', 'yes', 'operational-communication'],
      ['Won\'t the customer hear from Microsoft about the retirement of the old Exchange feature?', 'yes', 'operational-communication']
    ]);
  });
});

describe('the asker reaching Microsoft, as a German statement with the asker first', () => {
  it('"Wir dürfen Microsoft … kontaktieren, oder?": Microsoft is the object, the asker acts, whatever is denied', () => {
    expectAnswers([
      ['Wir dürfen Microsoft wegen einer falschen Kundenrechnung nicht selbst anschreiben, oder?', 'not-covered'],
      ['Ich darf Microsoft wegen der Störung beim Kunden doch direkt anrufen?', 'not-covered'],
      ['Wir können Microsoft wegen der Lizenzen eines Kunden selbst kontaktieren, stimmt\'s?', 'not-covered']
    ]);
  });
});

describe('the asker checking its own understanding', () => {
  it('"…, oder sehe ich das falsch?", "– liege ich da richtig?", "…, or am I wrong?": the statement before is what is asked', () => {
    expectAnswers([
      ['Um allgemeine Themen kümmern wir uns, nicht Microsoft – sehe ich das richtig?', 'no', 'partner-communicates'],
      ['Mit unseren Kunden redet Microsoft normalerweise gar nicht, oder sehe ich das falsch?', 'no', 'partner-communicates'],
      ['Wegen Rechnungen schreibt Microsoft unseren Kunden nicht. Liege ich da richtig?', 'no', 'subscription-communication'],
      ['Microsoft stays out of the billing conversation with our customers, or am I wrong?', 'no', 'subscription-communication']
    ]);
  });

  it('"Am I right in thinking that …", "Kann ich davon ausgehen, dass …": the clause after is what is asked', () => {
    expectAnswers([
      ['Am I right in thinking that Microsoft does not email our customers at all?', 'depends', 'operational-communication'],
      ['Kann ich davon ausgehen, dass Microsoft unsere Kunden gar nicht kontaktiert?', 'depends', 'operational-communication'],
      ['Gehe ich recht in der Annahme, dass Microsoft unseren Kunden wegen Preisänderungen nicht schreibt?', 'no', 'subscription-communication'],
      ['Can I assume that Microsoft never sends our customers their invoices?', 'no', 'subscription-communication']
    ]);
  });
});

describe('"never" before a route from Microsoft asks for no exceptions', () => {
  it('"… from us and never from Microsoft", "nie über Microsoft": the principle put to be confirmed, not a question when', () => {
    expectAnswers([
      ['Everything the customer receives should come from the partner and never from Microsoft, right?', 'no', 'partner-communicates'],
      ['General contact is supposed to come from the partner and never from Microsoft, isn\'t it?', 'no', 'partner-communicates'],
      ['Allgemeine Infos an unsere Kunden laufen nie über Microsoft, sondern über uns, oder?', 'no', 'partner-communicates'],
      ['Invoices come from us and never directly from MS?', 'no', 'subscription-communication'],
      ['Die Kommunikation mit dem Kunden läuft nie über Microsoft, oder?', 'depends', 'operational-communication'],
      ['Rechnungen kommen doch von uns und niemals von Microsoft?', 'no', 'subscription-communication']
    ]);
  });
});

describe('what does not run through someone is a route denied, no outage', () => {
  it('"läuft nicht über …", "geht nie über …": never a confident yes on an operational reading', () => {
    expectAnswers([
      ['Die Kommunikation läuft nicht über Microsoft, oder?', 'not-covered'],
      ['Azure läuft nicht über uns – informiert Microsoft den Kunden?', 'depends', 'non-csp-relationship'],
      ['Teams läuft nicht, informiert Microsoft den Kunden?', 'yes', 'operational-communication']
    ]);
  });
});

describe('what Microsoft expects of its own contact with the customers is the principle', () => {
  it('"Microsoft doesn\'t expect to talk to …", "erwartet Microsoft, selbst … zu sprechen": in general, no', () => {
    expectAnswers([
      ['Microsoft does not expect to contact our customers directly, does it?', 'no', 'partner-communicates'],
      ['Does Microsoft expect to email CSP customers itself?', 'no', 'partner-communicates'],
      ['Erwartet Microsoft, selbst mit unseren Endkunden zu sprechen?', 'no', 'partner-communicates'],
      ['Microsoft erwartet doch nicht, die Kunden selbst anzuschreiben, oder?', 'no', 'partner-communicates']
    ]);
  });

  it('Microsoft as whom someone else expects to act is no expectation of Microsoft\'s', () => {
    expectAnswers([
      ['Will our customer expect Microsoft to email them?', 'depends', 'operational-communication'],
      ['Does Microsoft expect to contact the customer about the outage?', 'yes', 'operational-communication']
    ]);
  });
});

describe('"neither … nor" after the verb asks both parts', () => {
  it('"contacts them neither about … nor about …", "weder zu … noch zu …": two parts, not the first one denied', () => {
    expectAnswers([
      ['They have their own MCA and CSP licences with us. Microsoft emails them neither about the MCA renewal nor about the CSP seats, correct?', 'depends', 'non-csp-relationship'],
      ['Microsoft writes to them neither about outages nor about invoices?', 'depends', 'operational-communication'],
      ['Der Kunde hat ein EA und CSP-Lizenzen bei uns. Microsoft schreibt ihm weder zur EA-Verlängerung noch zu den CSP-Abos, richtig?', 'depends', 'non-csp-relationship'],
      ['Microsoft meldet sich weder bei Störungen noch wegen der Rechnung beim Kunden, oder?', 'depends', 'operational-communication']
    ]);
  });
});

describe('keeping away from the customer is the contact, denied', () => {
  it('"stay away from", "keep away from", "steer clear of", "hält sich … fern": asked as the contact is', () => {
    expectAnswers([
      ['Microsoft stays away from CSP customers completely, right?', 'depends', 'operational-communication'],
      ['Does Microsoft steer clear of our customers when prices go up?', 'no', 'subscription-communication'],
      ['Microsoft keeps away from our clients even during a major outage, doesn\'t it?', 'yes', 'operational-communication'],
      ['Hält sich Microsoft bei Rechnungsfragen von unseren Kunden fern?', 'no', 'subscription-communication'],
      ['Muss sich Microsoft von CSP-Kunden nicht ganz fernhalten?', 'depends', 'operational-communication']
    ]);
  });
});

describe('"sonst nirgends" where the policy\'s scope is asked restricts the place', () => {
  it('"gilt nur für … und sonst nirgends": where the policy applies, no question for exceptions; a case stays one', () => {
    expectAnswers([
      ['Die Regel gilt doch nur im Partner Center und sonst nirgends, oder?', 'applies', 'applies-to'],
      ['Gilt die Richtlinie nur in der EU und sonst nirgendwo?', 'applies', 'applies-to'],
      ['The policy only applies in Partner Center and nowhere else, right?', 'applies', 'applies-to'],
      ['Schreibt Microsoft nur bei Störungen und sonst nirgends?', 'depends', 'operational-communication']
    ]);
  });
});

describe('"did" with a preposition after it describes the noun before it', () => {
  it('"the seat reduction we did on …": a clause describing the matter, not a new statement that leaves the matter without its product', () => {
    expectAnswers([
      ['The customer has Premier Support directly. Will Microsoft tell them about the seat reduction we did on Microsoft 365?', 'depends', 'non-csp-relationship'],
      ['The customer has Premier Support directly. Microsoft won\'t mention the seat cut we did on their CSP Microsoft 365, will it?', 'no', 'subscription-communication'],
      ['The customer has an EA. Will Microsoft email them about the licence upgrade we did for their Teams Phone?', 'depends', 'non-csp-relationship'],
      ['Customer has their own MCA for Azure. Does Microsoft tell them about the downgrade we did last week on Visio?', 'depends', 'non-csp-relationship']
    ]);
  });
});

describe('the partner billing a product right after "we" holds it', () => {
  it('"the invoice we issue", "the licences we bill them for": the partner\'s channel beside the customer\'s own agreement', () => {
    expectAnswers([
      ['Customer has an EA as well. Microsoft won\'t write to them about the Microsoft 365 invoice we issue, will it?', 'no', 'subscription-communication'],
      ['The customer has an MCA for Azure. Does Microsoft email them about the Teams licences we bill them for?', 'no', 'subscription-communication'],
      ['The customer has Unified Support directly. Will Microsoft contact them about the Intune charges we invoiced last month?', 'no', 'subscription-communication']
    ]);
  });
});
