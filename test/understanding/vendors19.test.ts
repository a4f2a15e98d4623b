import { expectAnswers } from '../support/expectAnswers';

/**
 * The seventeenth wave's vendor desk and first-level desk (vendors19), each read as a class. Questions written for these
 * tests, none taken from any corpus.
 */

describe('another vendor or a distributor as the one acting', () => {
  it('is not Microsoft\'s communication: not covered', () => {
    expectAnswers([
      ['Does Google email Workspace customers directly about price changes when they buy through a partner?', 'not-covered'],
      ['Will AWS notify the end customer about a planned maintenance in eu-central-1, or only us as the reseller?', 'not-covered'],
      ['Microsoft tells CSP customers about outages directly. Does Sophos do that too?', 'not-covered'],
      ['Does Pax8 send the invoice to the end customer?', 'not-covered'],
      ['Can the customer look up their renewal date in the Adobe console themselves?', 'not-covered'],
      ['Schickt Salesforce den Kunden die Rechnung direkt, wenn sie über einen Partner gekauft haben?', 'not-covered'],
      ['Informiert Veeam unsere Kunden selbst über Sicherheitslücken?', 'not-covered'],
      ['Microsoft meldet Störungen direkt an die Kunden. Macht Google das bei Workspace auch so?', 'not-covered'],
      ['Kann der Kunde seine Rechnungen in der Google Admin Console selbst einsehen?', 'not-covered'],
      ['Is it ok for TD SYNNEX to email our customer about the invoice for Visio?', 'not-covered'],
      ['Darf TD SYNNEX den Endkunden wegen einer Störung bei Power BI informieren?', 'not-covered'],
      ['Does Ingram Micro send the end customer the renewal notice for Project?', 'not-covered']
    ]);
  });

  it('leaves Microsoft asked about where the part that asks names it, a vendor set beside it, and a vendor left behind', () => {
    expectAnswers([
      ['Adobe sends renewal reminders to VIP customers itself. Does Microsoft do the same for CSP customers?', 'no', 'subscription-communication'],
      ['Google verschickt Verlängerungshinweise selbst. Macht Microsoft das bei CSP-Kunden auch?', 'no', 'subscription-communication'],
      ['Does Microsoft contact customers directly about outages, like AWS does?', 'yes', 'operational-communication'],
      ['A customer moved from Google Workspace to M365 through us. Will Microsoft send them the invoice?', 'no', 'subscription-communication'],
      ['Der Kunde ist von Google zu uns gewechselt. Bekommt er die Rechnung von Microsoft?', 'no', 'subscription-communication'],
      ['Our customer buys M365 via Pax8 through us. Will they get the invoice from Microsoft?', 'no', 'subscription-communication']
    ]);
  });
});

describe('a separable "kündigt … ab" around an aside in brackets or commas', () => {
  it('is a retirement, not a cancellation', () => {
    expectAnswers([
      ['Microsoft kündigt das klassische Teams (Teams Classic) zum Jahresende ab. Schreibt Microsoft unsere Kunden an?', 'yes', 'operational-communication'],
      ['Microsoft kündigt Azure AD Graph, also die alte API, ab. Wird der Kunde informiert?', 'yes', 'operational-communication'],
      ['Microsoft schaltet die alte Schnittstelle (Basic Auth) im Herbst ab. Informiert Microsoft den Kunden?', 'yes', 'operational-communication'],
      ['Microsoft kündigt den Legacy-Connector (Version 1) in Exchange Online ab. Bekommt der Kunde dazu Post von Microsoft?', 'yes', 'operational-communication']
    ]);
  });

  it('leaves the customer\'s own cancellation what it is', () => {
    expectAnswers([
      ['Der Kunde kündigt sein Abo (Business Premium) zum Monatsende. Schreibt Microsoft ihn an?', 'no', 'subscription-communication'],
      ['Der Kunde hat seine Lizenzen (E3) gekündigt. Bekommt er eine Bestätigung von Microsoft?', 'no', 'subscription-communication']
    ]);
  });
});

describe('the customer\'s own question passed on by a pronoun, "He asks:" / "Sie fragt:"', () => {
  it('speaks in the customer\'s first person: "me", "ich", "mich" are the customer', () => {
    expectAnswers([
      ['Her Visio plan renews next week. She asks: will Microsoft send me a reminder first?', 'no', 'subscription-communication'],
      ['The customer heard about a breach on the radio. He asks: would Microsoft tell me if my tenant was hit?', 'yes', 'operational-communication'],
      ['Die Kundin hat Teams Premium bei uns. Sie fragt: bekomme ich die Rechnung von Microsoft?', 'no', 'subscription-communication'],
      ['Der Geschäftsführer ruft an. Er fragt: informiert mich Microsoft, wenn Exchange ausfällt?', 'yes', 'operational-communication']
    ]);
  });

  it('stays the asker\'s side where the pronoun points to a colleague', () => {
    expectAnswers([
      ['My colleague is new. She asks: will Microsoft send us the invoice for the customer\'s Visio?', 'not-covered'],
      ['Meine Kollegin ist neu. Sie fragt: bekommen wir von Microsoft die Rechnung für den Kunden?', 'not-covered']
    ]);
  });
});

describe('the customer\'s question reported indirectly, and the partner addressed by the customer', () => {
  it('keeps the asker\'s persons in an indirect question: "we" and "us" are the partner', () => {
    expectAnswers([
      ['Customer asks if we get a warning from Microsoft before his trial ends', 'not-covered'],
      ['Client wants to know whether Microsoft tells us about outages in his tenant first', 'not-covered'],
      ['Der Kunde fragt, ob wir von Microsoft informiert werden, wenn es eine Störung gibt', 'not-covered'],
      ['Kunde fragt ob Microsoft uns vorher Bescheid gibt, wenn die Preise steigen', 'not-covered']
    ]);
  });

  it('reads "you", "ihr", "euch" in the customer\'s words as the partner', () => {
    expectAnswers([
      ["Customer asks: 'Do you get told by Microsoft before prices go up?'", 'not-covered'],
      ['Customer asks: "Will Microsoft tell you when there is an outage in my tenant?"', 'not-covered'],
      ['Customer asks whether you guys get advance notice from Microsoft when a service is retired', 'not-covered'],
      ['Kunde fragt: „Sagt Microsoft euch Bescheid, bevor die Preise steigen?“', 'not-covered'],
      ['Kundin fragt: „Bekommt ihr von Microsoft eine Info, wenn mein Abo ausläuft?“', 'not-covered']
    ]);
  });

  it('names the partner by whose partner it is: "we as his CSP", "wir als sein Partner"', () => {
    expectAnswers([
      ['Do we as their partner get a heads-up from Microsoft before a service is retired?', 'not-covered'],
      ['Werden wir als sein Partner von Microsoft informiert, wenn es eine Störung gibt?', 'not-covered']
    ]);
  });

  it('leaves the customer\'s own "we" in a direct question, and the customer reached beside "you"', () => {
    expectAnswers([
      ['Customer asks will Microsoft tell us about the outage', 'yes', 'operational-communication'],
      ["Customer asks: 'Will Microsoft send us the invoice or do you?'", 'no', 'subscription-communication']
    ]);
  });
});

describe('a security incident in plain words, and a critical update', () => {
  it('is operational: unauthorised access, stolen keys or credentials, "kritische Updates"', () => {
    expectAnswers([
      ['Would Microsoft email the customer if an intruder got unauthorized access to their mailboxes?', 'yes', 'operational-communication'],
      ['If the attackers used stolen credentials on the customer tenant, does Microsoft reach out to the customer?', 'yes', 'operational-communication'],
      ['Meldet sich Microsoft beim Kunden, wenn jemand unberechtigt auf sein SharePoint zugegriffen hat?', 'yes', 'operational-communication'],
      ['Informiert Microsoft die Firma, wenn ihre Zugangsdaten gestohlen wurden?', 'yes', 'operational-communication'],
      ['Bekommt der Kunde von Microsoft Bescheid über kritische Updates für Exchange Server?', 'yes', 'operational-communication']
    ]);
  });
});

describe('"an old" agreement the customer has', () => {
  it('is one it still holds, not one it left; "their old EA" that ended stays past', () => {
    expectAnswers([
      ['The client has an old Enterprise Agreement. Microsoft emailed them about the true-up. Is that allowed?', 'yes', 'non-csp-relationship'],
      ['Our customer still runs an old Open Value agreement next to the CSP licences from us. Will Microsoft contact them about the renewal?', 'depends', 'non-csp-relationship'],
      ['Their old EA ended last year and everything runs through us now. Will Microsoft send them the renewal notice?', 'no', 'subscription-communication']
    ]);
  });
});

describe('how many were bought, said before the product', () => {
  it('does not part the purchase from "directly" or the credit card', () => {
    expectAnswers([
      ['The customer bought a few Visio licences directly from Microsoft. Will Microsoft send them the invoice?', 'yes', 'non-csp-relationship'],
      ['Our client purchased a couple of Project Plan 3 seats directly. Does Microsoft bill them for those?', 'yes', 'non-csp-relationship'],
      ['They bought two extra Power BI Pro licences directly from Microsoft last month. Will Microsoft invoice them?', 'yes', 'non-csp-relationship'],
      ['The firm bought a handful of Visio licences with a credit card. Will Microsoft send them the bills?', 'yes', 'non-csp-relationship'],
      ['Der Kunde kaufte einige zusätzliche Visio-Lizenzen direkt bei Microsoft. Schickt Microsoft ihm die Rechnung?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('leaves a purchase through the partner the partner\'s', () => {
    expectAnswers([
      ['The customer bought a few Visio licences through us. Will Microsoft send them the invoice?', 'no', 'subscription-communication'],
      ['The customer bought a couple of Project seats from us and Azure directly. Will Microsoft send them the Project invoice?', 'no', 'subscription-communication']
    ]);
  });
});

describe('whom the asker should turn to', () => {
  it('is the asker acting, whoever it is: not covered', () => {
    expectAnswers([
      ['Who should I call about billing errors?', 'not-covered'],
      ['Who do we contact about a wrong invoice, Microsoft or the distributor?', 'not-covered'],
      ['Who do I email about the customer\'s price increase?', 'not-covered'],
      ['Wen kontaktiere ich wegen einer falschen Rechnung?', 'not-covered'],
      ['Wen rufe ich an, wenn die Abrechnung im CSP nicht stimmt?', 'not-covered']
    ]);
  });

  it('leaves "who" as the one acting, and the customer as the one the asker tells', () => {
    expectAnswers([
      ['Who calls the customer about an outage?', 'yes', 'operational-communication'],
      ['Wer informiert den Kunden über die Rechnung?', 'no', 'subscription-communication']
    ]);
  });
});

describe('"should Microsoft (even) be …" after Microsoft already wrote', () => {
  it('wonders whether it may: the channel is in doubt, so depends', () => {
    expectAnswers([
      ['Microsoft sent the customer a reminder about the Visio renewal. Should they even be doing that?', 'depends', 'non-csp-relationship'],
      ['Microsoft emailed our customer about the E3 price increase. Is Microsoft supposed to do that?', 'depends', 'non-csp-relationship'],
      ['Her Project plan renews soon and Microsoft mailed her a reminder. Should Microsoft really be writing to her about that?', 'depends', 'non-csp-relationship'],
      ['Microsoft hat dem Kunden eine Mail zur Visio-Verlängerung geschickt. Sollte Microsoft ihm überhaupt schreiben?', 'depends', 'non-csp-relationship']
    ]);
  });

  it('leaves a question with nothing sent yet as before', () => {
    expectAnswers([
      ['Should Microsoft be informing the customer about the renewal?', 'no', 'subscription-communication'],
      ['Should Microsoft be telling the customer about outages?', 'yes', 'operational-communication']
    ]);
  });
});
