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
