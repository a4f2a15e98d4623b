import { expectAnswers } from '../support/expectAnswers';

/**
 * What the policy does not cover, read by class (issue 11, classes 4 and 5): what Microsoft sends the partner, the
 * asker acting towards Microsoft, plain how-to and product questions; and the other way round, a statement about the
 * customer whose subject is the partner, which stays covered. Questions written for these tests, none taken from any
 * corpus file.
 */

describe('the partner put in copy is the one reached', () => {
  it('cc, bcc, "in Kopie", "copy us in": the partner gets a copy of what the customer is sent', () => {
    expectAnswers([
      ['Does Microsoft copy us in when it writes to our customers about an outage?', 'not-covered'],
      ['Will Microsoft put us on cc when it mails the customer about the maintenance?', 'not-covered'],
      ['Do we get cc\'d when Microsoft tells a customer about a price change?', 'not-covered'],
      ['Werden wir in Kopie gesetzt, wenn Microsoft unseren Kunden wegen einer Störung schreibt?', 'not-covered'],
      ['Nimmt Microsoft uns in CC, wenn der Kunde eine Wartungsmeldung bekommt?', 'not-covered'],
      ['Setzt Microsoft mich in Kopie, wenn es den Kunden über die Preiserhöhung informiert?', 'not-covered'],
      ['Stehen wir in CC, wenn Microsoft dem Kunden wegen der Verlängerung schreibt?', 'not-covered']
    ]);
  });

  it('a copy sent to the customer, or the customer\'s own contact in cc, is still the customer reached', () => {
    expectAnswers([
      ['Does Microsoft send the customer a copy of the incident report?', 'yes', 'operational-communication'],
      ['Schickt Microsoft dem Kunden eine Kopie der Rechnung?', 'no', 'subscription-communication'],
      ['Does Microsoft cc the customer\'s billing contact on the invoice?', 'no', 'subscription-communication']
    ]);
  });
});

describe('a statement about the customer whose subject is the partner stays covered', () => {
  it('"only the partner, never the customer", "nur uns, nie den Kunden": whether the customer is reached is asked', () => {
    expectAnswers([
      ['Microsoft informiert bei Ausfällen nur uns, nie den Kunden – stimmt das?', 'yes', 'operational-communication'],
      ['Microsoft only writes to us, not the customer, when a service is retired. Right?', 'yes', 'operational-communication'],
      ['Bei Wartungen schreibt Microsoft nur dem Partner und nicht dem Endkunden, oder?', 'yes', 'operational-communication'],
      ['So Microsoft sends the security notices to the reseller and not to the end customer?', 'yes', 'operational-communication']
    ]);
  });
});

describe('the asker reaching Microsoft, put as a statement to be confirmed', () => {
  it('"I can …", "Ich darf doch …", "how I can …": the asker acts towards Microsoft, not covered', () => {
    expectAnswers([
      ['I\'m allowed to email my PDM at Microsoft about a customer\'s renewal, right?', 'not-covered'],
      ['We can ring Microsoft support ourselves when a customer tenant is locked, correct?', 'not-covered'],
      ['Ich kann doch bei Microsoft nachfragen, warum das Abo des Kunden gesperrt wurde, oder?', 'not-covered'],
      ['Wir dürfen beim Microsoft-Support für den Kunden ein Ticket aufmachen, stimmt\'s?', 'not-covered'],
      ['Tell me how I can reach the Microsoft partner support for a customer problem.', 'not-covered']
    ]);
  });

  it('German "will" after its subject is "wants": "Ich will Microsoft schreiben, dass …" is the asker writing', () => {
    expectAnswers([
      ['Ich will Microsoft schreiben, dass der Kunde mit dem Support unzufrieden ist. Wie mache ich das?', 'not-covered'],
      ['Er will Microsoft mitteilen, dass die Rechnung falsch ist – wie geht das am schnellsten?', 'not-covered']
    ]);
  });

  it('"I can see", "ich darf davon ausgehen" before what Microsoft did to the customer stay covered', () => {
    expectAnswers([
      ['I can see that Microsoft emailed my customer about the renewal. Is that allowed?', 'no', 'subscription-communication'],
      ['I can assume Microsoft tells the customer about maintenance, right?', 'yes', 'operational-communication'],
      ['Ich darf also davon ausgehen, dass Microsoft den Kunden bei einem Ausfall informiert?', 'yes', 'operational-communication']
    ]);
  });
});

describe('a product question or the asker\'s own procedure, with no one reached', () => {
  it('a price compared, an amount asked, what a product covers: not covered, not where the policy applies', () => {
    expectAnswers([
      ['Which Microsoft 365 plan is cheapest for a small office with ten users?', 'not-covered'],
      ['Welche Azure-Region ist für GPU-Maschinen am günstigsten?', 'not-covered'],
      ['How many GB of mailbox storage does Exchange Online Plan 1 include?', 'not-covered'],
      ['Wie viele Geräte darf ein Nutzer mit Microsoft 365 Business Premium aktivieren?', 'not-covered'],
      ['Does Business Premium cover Defender for Endpoint on Mac devices?', 'not-covered'],
      ['Deckt Defender for Business auch Linux-Server ab?', 'not-covered']
    ]);
  });

  it('the policy\'s own scope, and Microsoft reaching the customer, stay what they are', () => {
    expectAnswers([
      ['Does the policy cover customers in Austria too?', 'applies', 'applies-to'],
      ['Gilt die Richtlinie auch für Kunden in der Schweiz?', 'applies', 'applies-to'],
      ['How many times a year does Microsoft email CSP customers about renewals?', 'no', 'subscription-communication']
    ]);
  });

  it('"how do I …" about the asker\'s own work, after a story that names Microsoft and the customer', () => {
    expectAnswers([
      ['Wie lege ich in Intune eine Gerätekonfiguration an, die den Kunden-Laptops BitLocker aufzwingt?', 'not-covered'],
      ['A customer of ours got a renewal email from Microsoft. How can I check the subscription\'s end date in Partner Center?', 'not-covered'],
      ['Der Kunde hat auf einen gefälschten Microsoft-Link geklickt. Wie setze ich sein Kennwort zurück?', 'not-covered']
    ]);
  });

  it('"how do I …" whose only word of communication names a part of a mail (sender, Absender, header) is the asker\'s task', () => {
    expectAnswers([
      ['Our customers got a fake Microsoft outage mail yesterday. How do I block the sender domain in Exchange Online?', 'not-covered'],
      ['Ein Kunde hat eine Phishing-Mail im Namen von Microsoft wegen seiner Lizenzen bekommen. Wie sperre ich die Absenderdomain?', 'not-covered'],
      ['Der Kunde hat eine angebliche Microsoft-Rechnung bekommen. Wie finde ich den echten Absender heraus?', 'not-covered'],
      ['My client received a Microsoft notice about maintenance. How can I check that the sender is genuine?', 'not-covered'],
      ['Microsoft soll dem Kunden wegen einer Störung geschrieben haben. Wie prüfe ich die Absenderadresse in Defender?', 'not-covered']
    ]);
    // … whether Microsoft is the sender still asks whether Microsoft contacted the customer
    expectAnswers([
      ['Our client got an email about their licence renewal. Is the sender really Microsoft?', 'no', 'subscription-communication'],
      ['Der Kunde hat eine Mail zur Preiserhöhung bekommen. Ist der Absender wirklich Microsoft?', 'no', 'subscription-communication']
    ]);
  });

  it('"how do I answer", "how do I know if that is allowed" still ask what Microsoft may do', () => {
    expectAnswers([
      ['Microsoft emailed my customer about a price rise. How do I know if that\'s allowed?', 'no', 'subscription-communication'],
      ['Ein Kunde will wissen, ob Microsoft ihn wegen der Verlängerung anschreibt. Wie antworte ich ihm?', 'no', 'subscription-communication']
    ]);
  });
});

describe('the partner as the one Microsoft reaches, in word orders the reading missed', () => {
  it('German puts the partner\'s pronoun before Microsoft: "Gibt uns Microsoft Bescheid", "Schickt mir MS …"', () => {
    expectAnswers([
      ['Gibt uns Microsoft vorher Bescheid, wenn sich die Preise ändern?', 'not-covered'],
      ['Sagt uns Microsoft rechtzeitig Bescheid, bevor ein Dienst beim Kunden abgeschaltet wird?', 'not-covered'],
      ['Schickt mir MS eine Info, wenn beim Kunden eine Wartung ansteht?', 'not-covered']
    ]);
  });

  it('what goes "from Microsoft to us", "von Microsoft an uns" reaches the partner', () => {
    expectAnswers([
      ['Is the invoice from Microsoft to us one per customer or one for all of them?', 'not-covered'],
      ['Does the usage file from Microsoft to us list every customer?', 'not-covered'],
      ['Kommt die Rechnung von Microsoft an uns pro Kunde oder gesammelt?', 'not-covered']
    ]);
  });

  it('the partner as the subject of a German perfect of receiving: what it received is asked about', () => {
    expectAnswers([
      ['Wir haben von Microsoft eine Mail zu einem unserer Kunden bekommen. Ist das normal?', 'not-covered'],
      ['Ich habe heute eine Nachricht von Microsoft wegen eines Kunden erhalten, ist das üblich?', 'not-covered']
    ]);
  });

  it('the customer who calls is no one reached: the partner asked about before stays the recipient', () => {
    expectAnswers([
      ['Does Microsoft tell the reseller about an outage? Or do they only hear when the customer calls them?', 'not-covered'],
      ['Is the distributor informed by Microsoft about a breach? Or does it only learn of it when the end customer rings?', 'not-covered']
    ]);
  });
});

describe('the customer asked about after what the partner received stays covered', () => {
  it('a later clause or sentence that asks about the customer decides', () => {
    expectAnswers([
      ['Wir haben die Rechnung von Microsoft erhalten, aber darf Microsoft auch dem Kunden die Rechnung schicken?', 'no', 'subscription-communication'],
      ['Wir haben von Microsoft eine Ausfallmeldung erhalten. Bekommt der Kunde die auch direkt?', 'yes', 'operational-communication'],
      ['We got an outage notice from Microsoft. Does the customer get it directly too?', 'yes', 'operational-communication'],
      ['Ich habe eine Info von Microsoft bekommen, dass Teams ausfällt – informiert Microsoft auch den Kunden?', 'yes', 'operational-communication']
    ]);
  });
});

describe('the partner getting or reading what Microsoft posts for its customers', () => {
  it('messages that land with the partner, the customers named only as whose they are', () => {
    expectAnswers([
      ['Do the Message Center posts of our customers\' tenants also land with us?', 'not-covered'],
      ['Kommen die Service-Health-Meldungen der Kunden auch bei mir an?', 'not-covered'],
      ['Do the maintenance notices of all my customers arrive with me as well?', 'not-covered']
    ]);
  });

  it('what exists "for us", "für Partner": the partner is the one it is for', () => {
    expectAnswers([
      ['Gibt es für uns eine Übersicht über die Wartungsmeldungen aller Kundentenants?', 'not-covered'],
      ['Gibt\'s für Partner eine Liste der Preisänderungen von Microsoft?', 'not-covered'],
      ['Is there a digest for us of the incident notices all our customers got?', 'not-covered']
    ]);
  });

  it('the partner viewing the customers\' messages', () => {
    expectAnswers([
      ['Can we see our customers\' Message Center posts somewhere in Partner Center?', 'not-covered'],
      ['Können wir als Partner die Wartungsmeldungen unserer Kunden irgendwo einsehen?', 'not-covered'],
      ['Is there a way for me to view the service health notices of all my customer tenants in one place?', 'not-covered']
    ]);
  });

  it('messages for the customer, or ones the partner saw Microsoft send, stay covered', () => {
    expectAnswers([
      ['Gibt es für den Kunden eine Info von Microsoft, wenn Teams ausfällt?', 'yes', 'operational-communication'],
      ['We can see the renewal mails Microsoft sent our customers in their tenant. Is that allowed?', 'no', 'subscription-communication'],
      ['Wir sehen im Partner Center die Verlängerungsmails, die Microsoft an unsere Kunden geschickt hat. Ist das erlaubt?', 'no', 'subscription-communication']
    ]);
  });
});

describe('the partner informing the customer, set against Microsoft, asks the policy\'s question', () => {
  it('Microsoft after a German zu-infinitive, or after a finite verb of reaching, is no one the asker reaches', () => {
    expectAnswers([
      ['Bei einem Teams-Ausfall liegt es allein bei uns, die Kunden zu informieren – Microsoft macht da nichts. Stimmt das?', 'yes', 'operational-communication'],
      ['Ruf ich die Kunden bei einem Ausfall an oder informiert Microsoft sie?', 'yes', 'operational-communication'],
      ['Schreib ich dem Kunden wegen der Wartung oder benachrichtigt Microsoft ihn selbst?', 'yes', 'operational-communication']
    ]);
  });

  it('the asker reaching Microsoft stays the asker acting', () => {
    expectAnswers([
      ['Kann ich Microsoft schreiben, dass der Kunde keine Werbung will?', 'not-covered'],
      ['Ich habe vor, Microsoft zu informieren – reicht eine Mail?', 'not-covered'],
      ['Darf ich beim Microsoft-Support anrufen, oder meldet Microsoft sich bei mir?', 'not-covered']
    ]);
  });
});

describe('the asker doing a technical task in person is not the policy\'s question (flagged18, issue 11 class 5)', () => {
  it('"selbst", "selber", "myself", "ourselves" beside the asker and a task that reaches no one: not covered', () => {
    expectAnswers([
      ['Dürfen wir die Hyper-V-Hosts unseres Kunden nachts selbst neu starten?', 'not-covered'],
      ['Kann ich beim Kunden das abgelaufene Zertifikat selbst erneuern, oder macht das Microsoft?', 'not-covered'],
      ['Sollen wir den Sicherheitspatch auf den Servern des Mandanten selber einspielen?', 'not-covered'],
      ['Muss ich die Wartung des Azure-Gateways beim Kunden selbst durchführen?', 'not-covered'],
      ["Can we reboot the client's Azure VMs ourselves after the maintenance?", 'not-covered'],
      ['Should I apply the Exchange security update on the customer\'s server myself?', 'not-covered'],
      ['May I renew the expired certificate for the customer myself, or does Microsoft handle it?', 'not-covered']
    ]);
  });

  it('telling the customer in person, someone else in person, or the asker reaching Microsoft keep their answers', () => {
    expectAnswers([
      ['Muss ich den Kunden selbst über die Störung informieren?', 'yes', 'operational-communication'],
      ['Should I tell the customer about the maintenance myself?', 'yes', 'operational-communication'],
      ['Soll ich dem Kunden die Rechnung selbst schicken?', 'no', 'subscription-communication'],
      ['Wenn der Kunde die VMs selbst neu startet, informiert Microsoft ihn dann über die Wartung?', 'yes', 'operational-communication'],
      ['Werbung für Teams Essentials: kommt die von Microsoft an den Kunden, oder sollen wir das selbst machen?', 'no', 'partner-communicates'],
      ['Kann ich den Ausfall selbst an Microsoft melden?', 'not-covered']
    ]);
  });
});

describe('the partner named as the one reached after an adverbial phrase (flagged18, issue 11 class 4)', () => {
  it('German: the object after "bei einer Störung", "im Fall …"; English: a phrase put between commas after Microsoft', () => {
    expectAnswers([
      ['Benachrichtigt Microsoft bei größeren Ausfällen in Exchange Online auch den Händler?', 'not-covered'],
      ['Schreibt MS im Fall einer kritischen Sicherheitslücke zuerst unseren Reseller an?', 'not-covered'],
      ['Microsoft informiert während geplanter Wartungsarbeiten doch auch uns, oder?', 'not-covered'],
      ['Will Microsoft, in the event of a major Azure outage, notify the reseller?', 'not-covered'],
      ['Does Microsoft, when a security incident hits a tenant, email us as the partner?', 'not-covered']
    ]);
  });

  it('the customer as the object after the phrase, or the partner inside it, leave the customer reached', () => {
    expectAnswers([
      ['Informiert Microsoft bei einer Störung beim Reseller den Endkunden?', 'yes', 'operational-communication'],
      ['Benachrichtigt Microsoft bei einem Ausfall über den Händler den Kunden?', 'yes', 'operational-communication'],
      ['Informiert Microsoft bei einer Störung den Reseller oder den Kunden?', 'yes', 'operational-communication'],
      ['Will Microsoft, in the event of an outage, notify the customer?', 'yes', 'operational-communication']
    ]);
  });
});
