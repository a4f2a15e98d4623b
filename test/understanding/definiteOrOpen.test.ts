import { expectAnswers } from '../support/expectAnswers';
import { ask } from '../../src/engine/ask';

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

describe('a hedge on the partner\'s own channel still says that channel; a hedge towards another one doubts it (issue 11, class 2)', () => {
  it('"I believe", "glaube ich", "vermutlich" beside the partner\'s channel for the product asked: the partner\'s channel', () => {
    expectAnswers([
      ['The customer\'s Visio licences came through us, I believe. Will Microsoft email them the renewal reminder?', 'no', 'subscription-communication'],
      ['Der Kunde hat Project Plan 3 über unser Partner Center, glaube ich. Schickt Microsoft ihm die Rechnung?', 'no', 'subscription-communication'],
      ['Their Dynamics 365 seats are in CSP with us, I think. Does Microsoft tell them about the price increase?', 'no', 'subscription-communication'],
      ['Die Teams-Lizenzen laufen vermutlich über uns. Informiert Microsoft den Kunden über die Verlängerung?', 'no', 'subscription-communication']
    ]);
  });

  it('a hedge towards a direct purchase, a channel limited to another product, or the asker unable to say, still doubts', () => {
    expectAnswers([
      ['I think they bought Visio directly. Does Microsoft send them the invoice?', 'depends', 'non-csp-relationship'],
      ['Ich glaube, nur Teams läuft über uns. Schickt Microsoft dem Kunden die Visio-Rechnung?', 'depends', 'non-csp-relationship'],
      ['We can\'t confirm how they bought Project. Will Microsoft send them the invoice?', 'depends', 'non-csp-relationship']
    ]);
  });

  it('Microsoft not confirming something is what it does, not the asker unable to confirm', () => {
    expectAnswers([
      ['Microsoft won\'t confirm the seat reduction with the customer itself, right?', 'no', 'subscription-communication'],
      ['I\'m assuming Microsoft doesn\'t confirm the new billing frequency with the customer directly. Correct?', 'no', 'subscription-communication'],
      ['Microsoft bestätigt dem Kunden die Reduzierung der Lizenzen nicht selbst, oder?', 'no', 'subscription-communication']
    ]);
  });
});

describe('"or does everything go through us?" set against Microsoft reaching the customer asks every case (issue 11, no topic)', () => {
  it('"everything through us" as the other side of an alternative is the way messages take, not a purchase', () => {
    expectAnswers([
      ['Schreibt Microsoft unseren Kunden auch selbst, oder läuft alles über uns?', 'depends', 'operational-communication'],
      ['does microsoft reach out to my customers or is everything via us', 'depends', 'operational-communication'],
      ['Will Microsoft get in touch with the clients we look after, or does it all go through us?', 'depends', 'operational-communication'],
      ['meldet sich microsoft selbst bei unseren kunden oder geht alles über uns', 'depends', 'operational-communication']
    ]);
  });

  it('a purchase of everything through the partner, or a topic named, still decides', () => {
    expectAnswers([
      ['Der Kunde kauft alles über uns. Schickt Microsoft ihm die Rechnung?', 'no', 'subscription-communication'],
      ['Schickt Microsoft dem Kunden die Rechnung direkt, oder läuft alles über uns?', 'no', 'subscription-communication'],
      ['Does Microsoft tell the customer about an outage itself, or does everything go through us?', 'yes', 'operational-communication']
    ]);
  });
});

describe('the principle asked from the customer\'s side, and a general matter named under "at all" (issue 11, class 8)', () => {
  it('why the customer never hears from Microsoft asks the principle', () => {
    expectAnswers([
      ['Our client wants to know why they never get mail from Microsoft, only from us. Is that how it is meant to be?', 'no', 'partner-communicates'],
      ['Die Kundin wundert sich, warum sie nie Post von Microsoft bekommt, sondern alles von uns. Ist das Absicht?', 'no', 'partner-communicates'],
      ['why does the customer never hear a word from Microsoft directly?', 'no', 'partner-communicates']
    ]);
  });

  it('"at all" beside a general matter named as what is talked about keeps that matter; alone it asks every case', () => {
    expectAnswers([
      ['Does Microsoft ever reach out to CSP customers about general matters at all?', 'no', 'partner-communicates'],
      ['Can Microsoft contact my customers at all?', 'depends', 'operational-communication'],
      ['Darf Microsoft unsere Kunden überhaupt anschreiben?', 'depends', 'operational-communication']
    ]);
  });

  it('a why-not beside a named topic is that topic\'s question', () => {
    expectAnswers([
      ['Why didn\'t the customer get an invoice from Microsoft?', 'no', 'subscription-communication'],
      ['Why did the customer never hear from Microsoft about the Exchange outage?', 'yes', 'operational-communication']
    ]);
  });
});

describe('the scene a question was asked in is no topic when it asks whether Microsoft reaches the customer at all (issue 11, no topic)', () => {
  it('an event or onboarding told before "ever", "at all", "überhaupt" or "or everything through us" asks every case', () => {
    expectAnswers([
      ['We had the customer at our summer party last week and they were chatting about it. Will Microsoft ever get in touch with them directly?', 'depends', 'operational-communication'],
      ['Ich schreibe gerade Onboarding-Unterlagen für neue Kollegen. Darf Microsoft unsere Kunden überhaupt direkt kontaktieren?', 'depends', 'operational-communication'],
      ['Auf der Messe hat mich ein Kunde gefragt, ob Microsoft ihn auch direkt anschreibt oder ob alles über uns läuft.', 'depends', 'operational-communication']
    ]);
  });

  it('an approach Microsoft makes in the story, or one the asking clause points back to, is the matter', () => {
    expectAnswers([
      ['Microsoft invited the customer to an event. Does Microsoft ever do that?', 'no', 'partner-communicates'],
      ['Der Kunde fürchtet, dass Microsoft ihn zu einem Event einlädt und abwirbt. Meldet sich Microsoft bei CSP-Kunden überhaupt?', 'no', 'partner-communicates'],
      ['Will Microsoft ever invite our customers to its events directly?', 'no', 'partner-communicates']
    ]);
  });
});

describe('a denied or doubtful hedge on the partner\'s channel leaves the channel open (issue 11, class 2)', () => {
  const open = (questions: string[]) => {
    for (const question of questions) {
      const answer = ask(question);
      expect({ question, verdict: answer.verdict, rules: answer.rules.slice(0, 2) }).toEqual({
        question,
        verdict: 'depends',
        rules: ['non-csp-relationship', 'subscription-communication']
      });
    }
  };

  it('"I don\'t think", "do not believe", "I doubt" before the partner\'s channel: neither a yes nor a no', () => {
    open([
      'I don\'t think the Exchange Online plans are through us. Will Microsoft bill them for the renewal?',
      'I do not believe their Power BI Pro runs via our Partner Center. Does Microsoft notify them of the price change?',
      'Their Intune licences, I don\'t think those are in CSP with us. Is Microsoft going to send them the invoice?',
      'Don\'t believe the Project seats came through our reseller account. Does Microsoft remind them before the term ends?',
      'I doubt the Defender licences go through us. Does Microsoft email them the bill?'
    ]);
  });

  it('"glaube nicht, dass", "eher nicht", "bezweifle" vor dem Kanal des Partners: weder ja noch nein', () => {
    open([
      'Ich glaube nicht, dass die Exchange-Lizenzen über uns laufen. Bekommt der Kunde die Rechnung von Microsoft?',
      'Power BI läuft beim Kunden eher nicht über unser Partner Center. Informiert Microsoft ihn über die Preisänderung?',
      'Die Intune-Lizenzen sind eher nicht über uns gekauft. Schickt Microsoft dem Kunden die Verlängerungserinnerung?',
      'Ich bezweifle, dass Defender über CSP bei uns läuft. Mailt Microsoft dem Kunden die Rechnung?',
      'Ich denke nicht, dass Project über uns bezogen wurde. Erinnert Microsoft den Kunden an das Laufzeitende?'
    ]);
  });

  it('a denied hedge on what Microsoft does, with the channel said plainly, still answers', () => {
    expectAnswers([
      ['I don\'t think Microsoft sends the invoice to our customer itself. Their Visio is through us.', 'no', 'subscription-communication'],
      ['I do not believe Microsoft writes to our customers about renewals. The Teams licences are all CSP.', 'no', 'subscription-communication'],
      ['Microsoft meldet sich wegen der Verlängerung eher nicht beim Kunden, oder? Das Abo läuft über uns.', 'no', 'subscription-communication']
    ]);
  });
});

describe('"selbst" beside the one acting, and a hedge on what Microsoft does, leave the channel said (flagged18)', () => {
  it('"Microsoft … selbst an", "Microsoft selbst": Microsoft in person, no direct purchase; the partner\'s channel stands', () => {
    expectAnswers([
      ['Microsoft schreibt die Kanzlei vermutlich nicht selbst wegen der Verlängerung an. Die Lizenzen laufen über uns.', 'no', 'subscription-communication'],
      ['Ruft Microsoft selbst beim Kunden wegen der Preiserhöhung an? Das Abo haben wir ihm verkauft.', 'no', 'subscription-communication'],
      ['Microsoft selbst meldet sich wohl eher nicht wegen der Rechnung beim Verein, oder? Er kauft alles über uns.', 'no', 'subscription-communication']
    ]);
  });

  it('a hedge inside Microsoft\'s clause of reaching doubts what Microsoft does, not the channel the next clause states', () => {
    expectAnswers([
      ['Microsoft informiert den Kunden wahrscheinlich nicht zur Verlängerung, die Abos laufen ja über uns. Stimmt das?', 'no', 'subscription-communication'],
      ['Microsoft probably won\'t email the client about the renewal, the subscription runs through us. Right?', 'no', 'subscription-communication'],
      ['Microsoft itself likely doesn\'t write to the customer about the invoice; they buy everything from us.', 'no', 'subscription-communication']
    ]);
  });

  it('a hedge on the purchase itself, or "selbst" beside a purchase, still doubts or says the channel', () => {
    expectAnswers([
      ['Microsoft schreibt den Kunden an, weil er das Abo vielleicht direkt gekauft hat. Darf das sein?', 'depends', 'non-csp-relationship'],
      ['Der Kunde hat Visio selbst bei Microsoft gekauft. Schreibt Microsoft ihn wegen der Verlängerung an?', 'yes', 'non-csp-relationship']
    ]);
  });
});

describe('"(ohne uns)", "(without us)" beside a direct agreement confirms the direct channel (flagged18)', () => {
  it('the partner left out of the direct agreement is no doubt, whatever the partner also sells', () => {
    expectAnswers([
      ['Die Stadtwerke haben ihren Unified-Vertrag direkt mit Microsoft geschlossen (ohne uns), Teams beziehen sie bei uns. Schickt Microsoft ihnen die Unified-Rechnung?', 'yes', 'non-csp-relationship'],
      ['Der Verein hat ein MCA direkt bei Microsoft, ohne uns, und bezieht Intune über uns. Informiert Microsoft ihn über die MCA-Verlängerung?', 'yes', 'non-csp-relationship'],
      ['The clinic signed its EA straight with Microsoft (without us) and buys M365 through us. Does Microsoft send them the EA true-up?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('"ohne uns" with nothing direct beside it leaves the channel open', () => {
    expectAnswers([['Der Kunde hat Visio ohne uns gekauft und M365 über uns. Schickt Microsoft ihm die Visio-Rechnung?', 'depends', 'non-csp-relationship']]);
  });
});
