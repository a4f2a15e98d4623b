import { expectAnswers } from '../support/expectAnswers';

/**
 * Which relationship a product is bought through, and which product the question is about (the eleventh wave's
 * misses, read as classes). Questions written for these tests, none taken from the corpus.
 */

describe('a product held partly one way and partly the other', () => {
  it('asked about by its name alone, it may be either: depends', () => {
    expectAnswers([
      ['Half of the client\'s Dynamics 365 seats are on their own EA, the other half we resell. Is Microsoft allowed to email them about the Dynamics 365 renewal?', 'depends', 'non-csp-relationship'],
      ['Our customer\'s Intune licences are partly bought directly from Microsoft and partly through our CSP. Microsoft sent a mail about the Intune price change. Fine?', 'depends', 'non-csp-relationship'],
      ['Der Verein hat Exchange Online teilweise selbst bei Microsoft gekauft, teilweise über uns. Darf Microsoft ihm zur Exchange-Verlängerung schreiben?', 'depends', 'non-csp-relationship'],
      ['Bei der Praxis läuft Power BI einmal über unseren CSP und einmal über ein eigenes EA. Schreibt Microsoft wegen der Power-BI-Rechnung?', 'depends', 'non-csp-relationship']
    ]);
  });

  it('the part asked about by its channel decides', () => {
    expectAnswers([
      ['Part of the customer\'s Azure runs on a direct MCA and part through us. Will Microsoft send the invoice for the MCA part to the customer?', 'yes', 'non-csp-relationship'],
      ['Azure läuft beim Kunden teils direkt über einen MCA, teils über uns. Schickt Microsoft ihm die Rechnung für die CSP-Subscriptions?', 'no', 'subscription-communication']
    ]);
  });
});

describe('a phrase put before the asking clause, set off by a comma or a colon', () => {
  it('names what the question asks about', () => {
    expectAnswers([
      ['The firm put 3 Project licences on a company credit card, everything else is from us. For the card ones, will Microsoft send them the receipt?', 'yes', 'non-csp-relationship'],
      ['Their Visio is on their own EA, Teams comes through our CSP. Regarding the Teams licences, would Microsoft tell them about a price rise?', 'no', 'subscription-communication'],
      ['Der Kunde hat Power BI selbst per Kreditkarte gekauft, die restlichen Lizenzen laufen über uns. Für die Kreditkarten-Lizenzen: Schickt Microsoft ihm die Rechnung?', 'yes', 'non-csp-relationship']
    ]);
  });
});

describe('subscriptions moved between a direct agreement and the partner', () => {
  it('the moved part is where it went; the part that stayed is where it stayed', () => {
    expectAnswers([
      ['Last month we migrated 9 of the client\'s Azure subscriptions from their MCA into our Azure plan; 4 remain on the MCA. For the migrated subscriptions, will Microsoft still email invoices to the client?', 'no', 'subscription-communication'],
      ['Last month we migrated 9 of the client\'s Azure subscriptions from their MCA into our Azure plan; 4 remain on the MCA. What about the 4 that remain, will Microsoft email invoices for those?', 'yes', 'non-csp-relationship'],
      ['Wir haben fünf Azure-Abos des Kunden aus seinem EA in unseren CSP verschoben, zwei bleiben im EA. Bekommt der Kunde für die verschobenen Abos noch Rechnungen von Microsoft?', 'no', 'subscription-communication']
    ]);
  });

  it('a move out of the partner\'s CSP into a direct agreement, in the present, is where the product goes', () => {
    expectAnswers([
      ['The customer is moving its Dynamics 365 licences out of our CSP into an Enterprise Agreement of its own. After that, will Microsoft talk to them about Dynamics 365 renewals?', 'yes', 'non-csp-relationship'],
      ['Der Kunde wechselt mit seinen Intune-Lizenzen von unserem CSP in ein eigenes MCA. Darf Microsoft ihn danach zur Intune-Verlängerung anschreiben?', 'yes', 'non-csp-relationship']
    ]);
  });
});

describe('a product the partner says it did not sell, has not checked, or cannot find in its records', () => {
  it('a sale denied or asked about by the partner doubts the channel', () => {
    expectAnswers([
      ['The customer got a renewal mail for Visio. We never sold them Visio. Is Microsoft allowed to send that?', 'depends', 'non-csp-relationship'],
      ['Der Kunde hat eine Mail zur Verlängerung von Visio bekommen. Wir haben ihm Visio nie verkauft. Darf Microsoft das?', 'depends', 'non-csp-relationship'],
      ['The client got a cancellation notice from Microsoft for Entra ID P2. Did we even sell them that? Can Microsoft send it?', 'depends', 'non-csp-relationship'],
      ['Der Kunde hat ein Schreiben von Microsoft zu seinen Purview-Lizenzen bekommen. Haben wir ihm die jemals geliefert? Darf Microsoft ihm schreiben?', 'depends', 'non-csp-relationship']
    ]);
  });

  it('not yet checked how it was bought', () => {
    expectAnswers([
      ['Microsoft emailed the customer about their Visio renewal. I have not checked whether Visio is one of ours. Is that allowed?', 'depends', 'non-csp-relationship'],
      ['Microsoft hat den Kunden wegen der Intune-Verlängerung angeschrieben. Über welchen Weg er Intune hat, habe ich noch nicht geprüft. Ist das erlaubt?', 'depends', 'non-csp-relationship'],
      ['Die Praxis hat eine Verlängerungsmail für Teams Premium bekommen. Ob wir das verkauft haben, muss ich erst nachsehen. Durfte Microsoft das schicken?', 'depends', 'non-csp-relationship'],
      // an outage stays operational whatever the asker has not checked
      ['We haven\'t checked the service health yet. Will Microsoft tell the customer about the outage?', 'yes', 'operational-communication']
    ]);
  });

  it('missing from, never seen in, not found in the partner\'s own records', () => {
    expectAnswers([
      ['The customer has a Power BI workspace that is missing from our CSP billing export. Microsoft sent them an invoice for it. Is that allowed?', 'depends', 'non-csp-relationship'],
      ['Die Exchange-Lizenzen fehlen in unserer Lizenzübersicht. Darf Microsoft den Kunden zur Verlängerung anschreiben?', 'depends', 'non-csp-relationship'],
      ['Der Kunde bekam eine Kündigungsmail für Power BI Pro. Diese Lizenzen habe ich bei uns noch nie gesehen. Darf Microsoft ihm so etwas schicken?', 'depends', 'non-csp-relationship'],
      // a missing invoice is a billing matter, not a doubt about the channel
      ['Der Kunde sagt, unsere Rechnung fehlt. Schickt Microsoft ihm die Rechnung?', 'no', 'subscription-communication']
    ]);
  });
});

describe('the product asked about beside the customer\'s own agreement', () => {
  it('a clause of the event asked about stays in the question; a German adversative particle parts no product from its channel', () => {
    expectAnswers([
      ['Visual Studio subscriptions direct, Teams via our CSP. Does Microsoft contact them when we cut the Teams seats?', 'no', 'subscription-communication'],
      ['Der Kunde hat ein eigenes EA für Windows, Intune hat er allerdings bei uns. Schreibt Microsoft ihm wegen der Intune-Verlängerung?', 'no', 'subscription-communication']
    ]);
  });

  it('"the office" is a place, not Office', () => {
    expectAnswers([
      ['A dental office has Visio on its own EA and Exchange Online from us. Would Microsoft contact the office about the Exchange Online renewal?', 'no', 'subscription-communication'],
      // the product still is one
      ['The customer bought their Office directly. Does Microsoft email them about the renewal?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('a condition that only says what the customer buys through the partner is context', () => {
    expectAnswers([
      ['Who informs the customer about renewing their own MCA when they also get Dynamics 365 through us?', 'yes', 'non-csp-relationship'],
      ['Wer sagt dem Kunden Bescheid, dass sein eigenes EA ausläuft, wenn er Teams bei uns kauft?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('a demonstrative before a holding noun points to its last mention', () => {
    expectAnswers([
      ['The customer also holds a pay-as-you-go Azure subscription on its own credit card. Can Microsoft write to them about that subscription?', 'yes', 'non-csp-relationship'],
      ['Der Kunde hat einen Premier-Vertrag direkt mit Microsoft, Lizenzen über uns. Darf Microsoft ihn zu diesem Vertrag anrufen?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('a product the partner says it never offered doubts the channel', () => {
    expectAnswers([
      ['We never offered them Power BI Premium. Microsoft sent them a quote for it. Okay?', 'depends', 'non-csp-relationship'],
      ['Die Praxis hat ein Angebot von Microsoft für Defender bekommen. Das haben wir ihr nie angeboten. Ist das zulässig?', 'depends', 'non-csp-relationship']
    ]);
  });
});

describe('a relationship word that names Microsoft\'s kind of contact, and a direct deal Microsoft aims at', () => {
  it('"relationship meetings", "its own account-management" are contact Microsoft makes, not the customer\'s agreement', () => {
    expectAnswers([
      ['Does Microsoft run regular relationship meetings with companies that only buy via a CSP and have no contract of their own?', 'no', 'partner-communicates'],
      ['Macht Microsoft eigene Account-Management-Termine mit unseren Kunden, oder läuft das alles über uns?', 'no', 'partner-communicates'],
      // the customer's own agreement still is one
      ['The customer has their own EA with Microsoft. Does Microsoft contact them about the EA renewal?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('moving the customer out of CSP, or a purchase in the purpose of Microsoft\'s call, is Microsoft\'s sales approach', () => {
    expectAnswers([
      ['Will Microsoft try to move our customers from CSP to a direct agreement?', 'no', 'partner-communicates'],
      ['Versucht Microsoft, unsere Kunden aus dem CSP in einen Direktvertrag abzuwerben?', 'no', 'partner-communicates'],
      ['Does Microsoft call our customers so that they sign a direct agreement instead of buying through us?', 'no', 'partner-communicates'],
      ['Ruft Microsoft unsere Kunden an, damit sie künftig selbst bei Microsoft kaufen?', 'no', 'partner-communicates']
    ]);
  });
});

describe('the direct engagement asked about, a product in brackets after its channel, and both parts asked at once', () => {
  it('"that project", "diesem Projekt" point to the customer\'s own engagement with Microsoft', () => {
    expectAnswers([
      ['Der Kunde hat einen Beratungsauftrag mit Microsoft Consulting Services, die Lizenzen laufen über uns. Darf Microsoft ihn zu diesem Projekt anrufen?', 'yes', 'non-csp-relationship'],
      ['Our client runs a paid Industry Solutions engagement with Microsoft; their Teams licences are ours. May Microsoft email them about this workshop?', 'yes', 'non-csp-relationship'],
      // a workshop with no engagement of the customer's own is Microsoft's marketing
      ['The customer buys Teams through us. Can Microsoft invite them to this workshop?', 'no', 'partner-communicates']
    ]);
  });

  it('a name in brackets right after a channel is held that way', () => {
    expectAnswers([
      ['Customer: EA (Windows Server) and CSP (Teams). Microsoft emailed them about the Teams price change. OK?', 'no', 'subscription-communication']
    ]);
  });

  it('"both OK?" over a direct part and another part: depends', () => {
    expectAnswers([
      ['The customer has Premier Support directly and Teams from us. Microsoft mailed them about the Premier renewal and about Teams Premium offers. Both fine?', 'depends', 'non-csp-relationship'],
      ['Kunde mit EA (Windows) und CSP (Intune): Microsoft hat zur EA-Verlängerung und zur Intune-Preiserhöhung geschrieben. Beides in Ordnung?', 'depends', 'non-csp-relationship']
    ]);
  });
});

describe('only part of a product held through the partner', () => {
  it('the rest may be held another way: depends', () => {
    expectAnswers([
      ['We only resell part of their Dynamics 365 licences. Will Microsoft email them about the Dynamics 365 renewal?', 'depends', 'non-csp-relationship'],
      ['Wir betreuen nur einen Teil der Intune-Lizenzen des Vereins. Schreibt Microsoft ihm zur Intune-Preiserhöhung?', 'depends', 'non-csp-relationship'],
      ['Wir haben erst einen Teil der Azure-Abos des Kunden in unseren CSP übernommen. Schickt Microsoft ihm noch Azure-Rechnungen?', 'depends', 'non-csp-relationship']
    ]);
  });
});

describe('a purchase word and "directly" with a product\'s name of several words between them', () => {
  // The name counts as one word: "bought the Power BI licences directly" is as near as "bought the Visio licences directly".
  it('in English ties the direct purchase to the product: yes', () => {
    expectAnswers([
      ['Our client purchased the Power BI Pro seats directly from Microsoft last spring. Does Microsoft send them the bill for those?', 'yes', 'non-csp-relationship'],
      ['The school bought its Dynamics 365 Business Central licences directly. Is Microsoft going to invoice the school?', 'yes', 'non-csp-relationship'],
      ['A customer of ours ordered the Microsoft 365 Business Premium subscriptions directly from Microsoft. Will the invoice come from Microsoft?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('in German does the same', () => {
    expectAnswers([
      ['Unser Kunde kaufte die Power BI Pro Lizenzen direkt von Microsoft. Bekommt er die Rechnung von Microsoft?', 'yes', 'non-csp-relationship'],
      ['Die Schule hat ihre Dynamics 365 Business Central Lizenzen direkt erworben. Stellt Microsoft der Schule die Rechnung?', 'yes', 'non-csp-relationship'],
      ['Die Kanzlei bestellte die Microsoft 365 Business Premium Abos direkt bei Microsoft. Schickt Microsoft ihr die Rechnung?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('bought through the partner instead, Microsoft does not invoice: no', () => {
    expectAnswers([
      ['Our client purchased the Power BI Pro seats through us. Does Microsoft send them the bill?', 'no', 'subscription-communication'],
      ['Die Schule hat ihre Dynamics 365 Business Central Lizenzen über uns erworben. Stellt Microsoft der Schule die Rechnung?', 'no', 'subscription-communication']
    ]);
  });

  it('with the purchase denied, no direct purchase is read', () => {
    expectAnswers([
      ['The client did not buy the Power BI Pro seats directly from Microsoft. Does Microsoft send them the bill?', 'no', 'subscription-communication'],
      ['The client did not buy the Visio licences directly from Microsoft. Does Microsoft send them the bill?', 'no', 'subscription-communication']
    ]);
  });
});

describe('a German participle of buying with its own channel before it, a long product name and "direkt" after it', () => {
  it('"direkt" goes with the verb, not with the purchase through CSP', () => {
    expectAnswers([
      ['Teilt Microsoft die Preiserhöhung der über CSP bezogenen Power-BI-Pro-Lizenzen direkt dem Kunden mit?', 'no', 'subscription-communication'],
      ['Bestätigt Microsoft die Kündigung der über uns bezogenen Dynamics-365-Business-Central-Abos direkt beim Kunden?', 'no', 'subscription-communication']
    ]);
  });
});

describe('a verb of getting with a product as its object and "directly from Microsoft"', () => {
  // Getting a product directly from Microsoft is buying it there; getting a message directly from Microsoft is not.
  it('in English is a direct purchase: yes', () => {
    expectAnswers([
      ['Our school got its Power BI Pro seats directly from Microsoft. Does Microsoft send the school the invoices?', 'yes', 'non-csp-relationship'],
      ['A client of ours gets Exchange Online directly from Microsoft. Is Microsoft the one billing them for it?', 'yes', 'non-csp-relationship'],
      ['The agency obtained all its Intune licences directly from Microsoft. Will Microsoft invoice the agency?', 'yes', 'non-csp-relationship'],
      ['The foundation received the Dynamics 365 Business Central subscriptions directly from Microsoft. Who bills them, Microsoft?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('in German does the same', () => {
    expectAnswers([
      ['Die Praxis hat ihre Project-Lizenzen direkt von Microsoft bekommen. Stellt Microsoft der Praxis die Rechnung?', 'yes', 'non-csp-relationship'],
      ['Der Verein erhält Intune direkt von Microsoft. Bekommt er die Rechnung von Microsoft?', 'yes', 'non-csp-relationship'],
      ['Die Kanzlei holte sich die Power BI Pro Lizenzen direkt bei Microsoft. Schickt Microsoft ihr die Rechnung?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('with a message as the object, how the message goes is said: the answers stay', () => {
    expectAnswers([
      ['The client gets the invoice directly from Microsoft. Is that right?', 'no', 'subscription-communication'],
      ['Our customer receives the Project bill directly from Microsoft. Should that happen?', 'no', 'subscription-communication'],
      ['Die Praxis bekommt die Rechnung direkt von Microsoft. Ist das richtig?', 'no', 'subscription-communication'],
      ['Der Verein erhält die Intune-Rechnung direkt von Microsoft. Ist das so vorgesehen?', 'no', 'subscription-communication']
    ]);
  });

  it('with the getting denied, no direct purchase is read', () => {
    expectAnswers([
      ["The clinic didn't get Project directly from Microsoft. Does Microsoft send them the bill?", 'no', 'subscription-communication']
    ]);
  });
});
