import { expectAnswers } from '../support/expectAnswers';

/**
 * The sixteenth wave's account managers name their customers as companies ("the bakery", but also "Schreinerei
 * Huber", "Harbour Logistics", "Keller GmbH") where other askers write "the customer". Read by class: a trade or a
 * legal form names the customer; a firm's "& Partner" is part of its name, not the CSP partner; a hole in a product
 * said with how bad it is, and "thru" typed for "through", are what they say. Questions written for these tests.
 */

describe('a customer named by its trade or legal form', () => {
  it('is the customer asked about, where nothing else names one (German)', () => {
    expectAnswers([
      ['Kontakt zwischen Microsoft und der Spedition Albrecht – in Ordnung?', 'depends', 'operational-communication'],
      ['Was darf die Schreinerei Huber direkt von Microsoft bekommen?', 'depends', 'operational-communication'],
      ['Welche Nachrichten von Microsoft darf die Tierarztpraxis Engel erwarten?', 'depends', 'operational-communication']
    ]);
  });

  it('is the customer asked about, where nothing else names one (English)', () => {
    expectAnswers([
      ['What kinds of messages may Seaview Dental get straight from Microsoft?', 'depends', 'operational-communication'],
      ['Which emails can Harbour Logistics expect to receive from Microsoft itself?', 'depends', 'operational-communication'],
      ['What is Keller Ltd allowed to receive from Microsoft directly?', 'depends', 'operational-communication']
    ]);
  });

  it('a word that also holds a printer is the firm where it names the business', () => {
    expectAnswers([
      ['Wer teilt der Druckerei Brandt mit, dass ihr Teams-Abo wegen offener Rechnungen gesperrt wird?', 'no', 'subscription-communication'],
      ['Mein Drucker druckt nicht mehr, was tun?', 'not-covered']
    ]);
  });
});

describe("a firm's partners joined to its name by & or +", () => {
  it('are the firm, not the CSP partner', () => {
    expectAnswers([
      ['Müller & Partner got a mail from Microsoft about a planned Exchange maintenance. Was that allowed?', 'yes', 'operational-communication'],
      ['Brooks & Partners received an invoice reminder from Microsoft for their Teams licences. They buy everything from us. Allowed?', 'no', 'subscription-communication'],
      ['Die Kanzlei Vogt+Partner hat von Microsoft einen Hinweis auf eine Sicherheitslücke in Windows bekommen. Darf Microsoft das?', 'yes', 'operational-communication']
    ]);
  });

  it('the partner named on its own is still the partner', () => {
    expectAnswers([
      ['Does Microsoft send us, the partner, the renewal notice for Teams?', 'not-covered'],
      ['Bekommen wir als Partner von Microsoft eine Info, wenn das Abo des Kunden ausläuft?', 'not-covered']
    ]);
  });
});

describe('a hole in a product, said with how bad it is', () => {
  it('is a vulnerability (English)', () => {
    expectAnswers([
      ['Will Microsoft tell the customer about a critical hole in SharePoint?', 'yes', 'operational-communication'],
      ['If a serious hole turns up in Exchange Online, does Microsoft contact our customer?', 'yes', 'operational-communication'],
      ['Does Microsoft warn CSP customers about a zero-day hole in Windows?', 'yes', 'operational-communication']
    ]);
  });

  it('is a vulnerability (German)', () => {
    expectAnswers([
      ['Informiert Microsoft den Kunden über eine kritische Lücke in SharePoint?', 'yes', 'operational-communication'],
      ['Wenn in Exchange eine schwere Lücke entdeckt wird, schreibt Microsoft dann dem Kunden?', 'yes', 'operational-communication'],
      ['Meldet sich Microsoft beim Kunden wegen einer gravierenden Lücke im Windows-Server?', 'yes', 'operational-communication']
    ]);
  });
});

describe('"thru" typed for "through"', () => {
  it("says the partner's channel beside another relationship as 'through' does", () => {
    expectAnswers([
      ['customer has an EA for windows, teams thru us. does ms tell them about the teams price increase', 'no', 'subscription-communication'],
      ['kunde hat visio direkt gekauft, exchange thru us, schreibt ms wegen der exchange verlängerung?', 'no', 'subscription-communication'],
      ['they buy visio direct and intune thru us. does microsoft tell them when intune gets pricier', 'no', 'subscription-communication']
    ]);
  });
});
