import { expectAnswers } from '../support/expectAnswers';

/**
 * What the asker says about the asking itself: a post's own subject line, not knowing how the policy goes, the role
 * the asker speaks in, what the answer is needed for. None of it is the matter asked about or a doubt about a
 * purchase (the sixteenth wave's forum poster, young first-level support and account managers; read by class).
 * Questions written for these tests.
 */

describe('the role the asker speaks in', () => {
  it('is no marketing matter: what is asked decides', () => {
    expectAnswers([
      ['Ich als Account Manager frage mich: wann schreibt Microsoft meine CSP-Kunden direkt an?', 'depends', 'operational-communication'],
      ['As an account manager I need to know: when does Microsoft contact my CSP customers directly?', 'depends', 'operational-communication'],
      ['As the sales rep for this account, may Microsoft contact the customer about the thing they mentioned?', 'depends', 'operational-communication'],
      ['Bin ich als Account Manager dafür zuständig, dem Kunden eine Störung in Teams mitzuteilen, oder macht Microsoft das?', 'yes', 'operational-communication']
    ]);
  });

  it("Microsoft's account manager reaching the customer is still who reaches out", () => {
    expectAnswers([['Darf der Account Manager von Microsoft den Kunden wegen einer Störung in Exchange anrufen?', 'yes', 'operational-communication']]);
  });
});

describe('what the asker needs the answer for', () => {
  it('is no marketing matter: every case is asked', () => {
    expectAnswers([
      ['For a sales training I am preparing: in which cases does Microsoft contact CSP customers directly?', 'depends', 'operational-communication'],
      ["For our sales team's onboarding slides: when does Microsoft reach out to CSP customers itself?", 'depends', 'operational-communication'],
      ['Für unsere Vertriebsschulung: In welchen Fällen schreibt Microsoft CSP-Kunden direkt an?', 'depends', 'operational-communication'],
      ['Für die Vertriebspräsentation nächste Woche: wann meldet sich Microsoft selbst bei CSP-Kunden?', 'depends', 'operational-communication']
    ]);
  });

  it('a sales matter asked about is still one', () => {
    expectAnswers([
      ['For a sales training: may Microsoft send our CSP customers its newsletter?', 'no', 'partner-communicates'],
      ['Für eine Schulung: Darf Microsoft unsere CSP-Kunden zu einem Webinar einladen?', 'no', 'partner-communicates']
    ]);
  });
});

describe("a report's source: someone who told the asker what Microsoft does", () => {
  it('is not whom Microsoft reaches; the report is what is asked (English)', () => {
    expectAnswers([
      ['Our PDM said Microsoft emails customers directly when their Azure spend exceeds the budget. Is that allowed?', 'no', 'subscription-communication'],
      ['A Microsoft rep told me that Microsoft calls CSP customers itself when there is a security incident. Is that right?', 'yes', 'operational-communication'],
      ['According to our contact at Microsoft, Microsoft would send our customers the Teams renewal notices. Does the policy allow that?', 'no', 'subscription-communication'],
      ['A Microsoft rep told me the policy also holds for Azure Government. Does it?', 'applies', 'applies-to']
    ]);
  });

  it('is not whom Microsoft reaches; the report is what is asked (German)', () => {
    expectAnswers([
      ['Unser PDM hat gesagt, Microsoft würde Kunden direkt wegen auslaufender Testversionen anschreiben. Ist das erlaubt?', 'no', 'subscription-communication'],
      ['Unser Ansprechpartner bei Microsoft hat erzählt, Microsoft informiert Kunden selbst über geplante Wartungen. Darf Microsoft das?', 'yes', 'operational-communication'],
      ['Unser PDM meinte, Microsoft schreibt Kunden an, wenn deren Kreditlimit erreicht ist. Ist das so?', 'no', 'subscription-communication']
    ]);
  });

  it('a report that Microsoft reaches the partner still asks about the partner', () => {
    expectAnswers([
      ["My boss says Microsoft sends us an email whenever a customer's subscription is about to expire. Is that true?", 'not-covered'],
      ['Mein Chef meint, wir bekommen von Microsoft eine Mail, wenn das Abo eines Kunden ausläuft. Stimmt das?', 'not-covered'],
      ['Microsoft told us about the outage before the customer heard of it. Is that normal?', 'not-covered']
    ]);
  });
});

describe("a post's own subject line, opening the message", () => {
  it('is its title: context, not the part that asks (German)', () => {
    expectAnswers([
      ['Betreff: EA und CSP beim selben Kunden\nHallo zusammen, der Kunde hat ein EA für Windows-Server, Teams kauft er über uns. Informiert Microsoft ihn über die Preiserhöhung bei Teams?\nDanke, Jan', 'no', 'subscription-communication'],
      ['Betreff: Visio selbst gekauft, Rest über uns\n\nMoin, ein Kunde hat Visio per Kreditkarte selbst gekauft, Intune läuft über uns. Bekommt er die Rechnung für Intune von Microsoft?', 'no', 'subscription-communication'],
      ['Betreff: MCA-Kunde mit CSP-Abos\nHallo, Kunde hat ein MCA direkt für Azure und Defender über uns. Schreibt Microsoft ihm wegen der Verlängerung der Azure-Reservierung aus seinem MCA?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('is its title: context, not the part that asks (English)', () => {
    expectAnswers([
      ['Subject: EA and CSP at one customer\n\nHi all, the customer has an EA for Windows Server and buys Teams through us. Will Microsoft tell them about the Teams price increase?\n\nThanks, Sam', 'no', 'subscription-communication'],
      ['Subject: Visio bought directly, the rest via us\nHello, a customer bought Visio directly with a credit card and gets Intune from us. Does Microsoft send them the Intune invoice?', 'no', 'subscription-communication'],
      ['Subject: Premier customer, Dynamics via CSP\n\nOur customer has Premier Support directly and Dynamics 365 from us through CSP. When the Dynamics 365 prices go up, does Microsoft email them?', 'no', 'subscription-communication']
    ]);
  });

  it("a forwarded mail's subject line is still what the mail is about", () => {
    expectAnswers([
      ['Customer forwarded:\nFrom: Microsoft <noreply@microsoft.com>\nSubject: Planned maintenance for Exchange Online\nThey buy everything from us. Allowed?', 'yes', 'operational-communication'],
      ['Subject: Your Teams invoice\nFrom: Microsoft Billing\nThe customer buys Teams from us. Was Microsoft allowed to send this?', 'no', 'subscription-communication']
    ]);
  });
});

describe('not knowing how the policy goes or what to answer', () => {
  it('doubts no purchase (English)', () => {
    expectAnswers([
      ['customers keep asking and idk what to tell them. does microsoft email the customer before their teams renewal?', 'no', 'subscription-communication'],
      ['no idea how this works tbh. will microsoft send the customer the intune invoice?', 'no', 'subscription-communication'],
      ["I'm not sure how this is handled: does Microsoft tell the customer when their Exchange licences go up in price?", 'no', 'subscription-communication']
    ]);
  });

  it('doubts no purchase (German)', () => {
    expectAnswers([
      ['keine Ahnung, wie das geregelt ist: schreibt Microsoft dem Kunden wegen der Verlängerung seiner Teams-Lizenzen?', 'no', 'subscription-communication'],
      ['Ich weiß nicht, was ich dem Kunden sagen soll: bekommt er die Rechnung für Intune von Microsoft?', 'no', 'subscription-communication'],
      ['kp wie das bei csp funktioniert, kriegt der kunde von ms ne mail wenn sein exchange abo teurer wird?', 'no', 'subscription-communication']
    ]);
  });

  it('not knowing how something was bought still doubts the purchase', () => {
    expectAnswers([
      ['no idea how they bought it. does microsoft email the customer when their teams renewal is coming up?', 'depends', 'non-csp-relationship'],
      ['keine Ahnung, wie er das gekauft hat: schreibt Microsoft ihm wegen der Verlängerung von Teams?', 'depends', 'non-csp-relationship']
    ]);
  });
});

describe("a holding the partner's own records do not have, denied by 'no' before it", () => {
  it('is not known to be the partner’s: depends, never a confident no', () => {
    expectAnswers([
      ['Microsoft sent the customer a payment reminder for Intune. They are our customer for Teams, but there are no Intune licences for them in our Partner Center. Is that ok?', 'depends', 'non-csp-relationship'],
      ['Microsoft wrote to the client about the Dynamics renewal. We buy Teams for them through CSP, yet there is no Dynamics subscription for them in our Partner Center. Allowed?', 'depends', 'non-csp-relationship'],
      ['Microsoft emailed the bakery about an overdue Visio payment. We have no Visio seats for them on our CSP list. Is Microsoft allowed to?', 'depends', 'non-csp-relationship'],
      ['Microsoft hat dem Kunden wegen der Verlängerung von Dynamics geschrieben. Teams läuft über uns, aber es gibt kein Dynamics-Abo für ihn in unserem Partner Center. Passt das?', 'depends', 'non-csp-relationship'],
      ['Microsoft schickte der Kanzlei eine Zahlungserinnerung für Intune. Teams bezieht sie über uns, in unserem Partner Center sind aber keine Intune-Lizenzen für sie. Ist das in Ordnung?', 'depends', 'non-csp-relationship']
    ]);
  });
});
