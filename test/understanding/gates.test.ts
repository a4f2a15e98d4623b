import { expectAnswers } from '../support/expectAnswers';

/**
 * The gates that decide whether a yes or no may be given at all: the customer must be the one Microsoft reaches, the
 * asker must not be the one acting, the question must be about communicating. Questions written for these tests
 * (none taken from the development set or from the corpus). Each must get its verdict and, where given, its first rule.
 */

describe('the partner\'s own people, mailboxes and tenant as the ones Microsoft reaches', () => {
  it('"our" with a team, desk, mailbox, admins or engineers heading the phrase is the partner', () => {
    expectAnswers([
      ['Does Microsoft notify our service desk mailbox when a customer\'s subscription is suspended?', 'not-covered'],
      ['Will Microsoft alert our on-call engineers when a customer tenant is breached?', 'not-covered'],
      ['Does Microsoft email our billing team when a client\'s card payment fails?', 'not-covered'],
      ['Does Microsoft send our accounts team the customer\'s invoice?', 'not-covered'],
      ['Do our Partner Center admins receive the renewal notices for customer subscriptions?', 'not-covered'],
      ['Does Microsoft let our support desk know about incidents affecting customers?', 'not-covered'],
      ['Schickt Microsoft unserem Vertriebsteam die Preisänderungen?', 'not-covered'],
      ['Informiert Microsoft unser NOC über Störungen in den Kundentenants?', 'not-covered'],
      ['Schreibt Microsoft unseren Technikern, wenn beim Kunden ein Sicherheitsupdate fällig ist?', 'not-covered'],
      ['Gibt Microsoft unserem Support-Team Bescheid, wenn ein Kunde betroffen ist?', 'not-covered']
    ]);
  });

  it('a tenant is the partner\'s only where the words say so; "our tenants" are the customers', () => {
    expectAnswers([
      ['Will Microsoft warn our partner tenant before a customer\'s delegated access ends?', 'not-covered'],
      ['Informiert Microsoft unseren Partner-Tenant über auslaufende Kundenabos?', 'not-covered'],
      ['May Microsoft get in touch with one of our tenants about a maintenance window?', 'yes', 'operational-communication']
    ]);
  });

  it('the customer\'s people, or a phrase that names the customer first or right after, stay the customer', () => {
    expectAnswers([
      ['Does Microsoft email our customers\' admins about outages?', 'yes', 'operational-communication'],
      ['Will Microsoft notify our customer\'s IT team about the incident?', 'yes', 'operational-communication'],
      ['Informiert Microsoft die Admins unserer Kunden über Wartungen?', 'yes', 'operational-communication'],
      ['Will Microsoft email our client\'s accounts team about the renewal?', 'no', 'subscription-communication'],
      ['Does Microsoft email our tenant\'s end customers about price changes?', 'no', 'subscription-communication'],
      ['Does Microsoft tell our team rather than the customer about outages?', 'yes', 'operational-communication']
    ]);
  });
});

describe('messages that come or are passed on to the partner', () => {
  it('a message that comes "to us" reaches the partner, whatever customer it is for', () => {
    expectAnswers([
      ['Kommen die Wartungsankündigungen für Kundentenants auch zu uns?', 'not-covered'],
      ['Do the outage notifications for our customers come to us as well?', 'not-covered'],
      ['Will Microsoft push security alerts for our customers\' tenants to us?', 'not-covered'],
      // whether it goes to the customer is still the policy's question
      ['Do price change notices come to us or to the customer?', 'no', 'subscription-communication']
    ]);
  });

  it('a customer who comes to the partner is no message', () => {
    expectAnswers([['Der Kunde kommt von einem anderen Partner zu uns, informiert Microsoft ihn über den Wechsel?', 'no', 'subscription-communication']]);
  });

  it('a German verb of passing on with the partner right after Microsoft', () => {
    expectAnswers([
      ['Leitet Microsoft uns die Rechnungen der Kunden weiter?', 'not-covered'],
      ['Reicht Microsoft mir die Wartungsmeldungen für meine Kunden durch?', 'not-covered'],
      ['Leitet Microsoft die Störungsmeldung an den Kunden weiter?', 'yes', 'operational-communication']
    ]);
  });

  it('"US" in capitals after a verb of telling, before when or about, is the partner stressed', () => {
    expectAnswers([
      ['Does MS tell US when a customer\'s licence is about to run out?', 'not-covered'],
      ['does microsoft tell US about customer outages?', 'not-covered'],
      ['Will Microsoft notify US before a client\'s subscription lapses?', 'not-covered']
    ]);
  });

  it('"US" in capitals after any verb of reaching, in any form, is the partner stressed', () => {
    expectAnswers([
      ['Will MS warn US before a client\'s subscription expires?', 'not-covered'],
      ['Does Microsoft alert US when one of our clients has an outage?', 'not-covered'],
      ['Has Microsoft ever reminded US about a customer\'s unpaid invoice?', 'not-covered'],
      ['Would Microsoft let US know in time if a customer\'s tenant is breached?', 'not-covered'],
      ['Does Microsoft ping US first, or the customer?', 'not-covered'],
      // the country before a noun stays the country
      ['Does Microsoft warn US customers about outages?', 'yes', 'operational-communication']
    ]);
  });
});

describe('the asker turning to Microsoft, looking something up, or giving the bot work', () => {
  it('a person or team at Microsoft asked for, with the asker as the one who turns to them', () => {
    expectAnswers([
      ['Who at Microsoft do I ask about a customer\'s wrong invoice?', 'not-covered'],
      ['Which Microsoft team should we email about the customer\'s expired certificate?', 'not-covered'],
      ['An wen bei Microsoft wende ich mich, wenn die Rechnung des Kunden falsch ist?', 'not-covered'],
      ['Bei wem von Microsoft frage ich nach, wenn der Kunde eine Gutschrift braucht?', 'not-covered'],
      // Microsoft's people who act are the policy's question
      ['Who at Microsoft will contact the customer about the outage?', 'yes', 'operational-communication'],
      ['Wer bei Microsoft informiert den Kunden über Sicherheitsvorfälle?', 'yes', 'operational-communication']
    ]);
  });

  it('a German modal of the asker with Microsoft the first party before the closing verb', () => {
    expectAnswers([
      ['Soll ich den Microsoft-Ansprechpartner des Kunden wegen der Verlängerung anrufen?', 'not-covered'],
      ['Sollen wir Microsoft über das Kundenportal oder über Partner Center anschreiben, wenn beim Kunden SharePoint hängt?', 'not-covered'],
      ['Müssten wir den Microsoft-Vertrieb der Gruppe direkt kontaktieren, um die Staffelpreise zu klären?', 'not-covered'],
      // the customer first, or Microsoft only inside a phrase, is the policy's question reversed
      ['Soll ich den Kunden über die Microsoft-Wartung informieren?', 'yes', 'operational-communication'],
      ['Sollen wir die Fachhochschule informieren, wenn ihr eigener, direkt mit Microsoft geschlossener EES-Vertrag verlängert wird?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('where the asker finds, sees or downloads something', () => {
    expectAnswers([
      ['Where do I find the Microsoft invoice for my customer\'s licences?', 'not-covered'],
      ['Where can we download the customer\'s invoices from Microsoft?', 'not-covered'],
      ['Wo sehe ich die Rechnungen meiner Kunden im Partner Center?', 'not-covered'],
      ['Wo finde ich die Microsoft-Gutschrift für die Abos meines Kunden?', 'not-covered'],
      ['Where does Microsoft send the customer\'s invoice?', 'no', 'subscription-communication']
    ]);
  });

  it('an order to tell Microsoft something is work for the bot', () => {
    expectAnswers([
      ['Please report to Microsoft that our customer was charged twice.', 'not-covered'],
      ['Melde bitte bei Microsoft, dass unsere Kundin doppelt abgerechnet wurde.', 'not-covered'],
      ['Bitte melde Microsoft, dass beim Kunden Exchange ausgefallen ist.', 'not-covered'],
      ['Tell Microsoft that the customer\'s renewal failed.', 'not-covered'],
      // a phrase of telling opened by its light verb, and the polite order
      ['Gib Microsoft bitte Bescheid, dass unser Kunde die Rechnung zweimal bekommen hat.', 'not-covered'],
      ['Gebt Microsoft Bescheid, dass beim Kunden die Mahnung doppelt angekommen ist.', 'not-covered'],
      ['Geben Sie Microsoft Bescheid, dass die Verlängerung des Kunden fehlgeschlagen ist.', 'not-covered'],
      ['Teilen Sie Microsoft bitte mit, dass unser Mandant zweimal belastet wurde.', 'not-covered'],
      ['Teil Microsoft mit, dass der Kunde seit gestern keine Mails mehr bekommt.', 'not-covered'],
      ['Let Microsoft know that our client was invoiced twice for the same seats.', 'not-covered'],
      ['Can you let MS know the customer never got the renewal notice?', 'not-covered'],
      // Microsoft giving notice is the policy's question
      ['Gibt Microsoft dem Kunden Bescheid, wenn seine Verlängerung fehlschlägt?', 'no', 'subscription-communication'],
      // the asker told, not Microsoft
      ['Tell me whether Microsoft emails the customer about renewals.', 'no', 'subscription-communication'],
      // the asker bound to tell Microsoft: the asker acts, whatever customer is told about
      ['Sollen wir Microsoft Bescheid geben, dass beim Kunden die Verlängerung fehlgeschlagen ist?', 'not-covered'],
      ['Müssen wir Microsoft mitteilen, dass unser Mandant doppelt belastet wurde?', 'not-covered'],
      ['Should we let Microsoft know that our client was invoiced twice?', 'not-covered'],
      ['Should we let MS know our customer never received the renewal notice?', 'not-covered'],
      ['Sag mir, ob Microsoft den Kunden über die Wartung informiert.', 'yes', 'operational-communication']
    ]);
  });

  it('the bot, addressed, asked to make a list of the partner\'s records', () => {
    expectAnswers([
      ['Wären Sie so freundlich, mir eine Übersicht aller Kunden zu erstellen, deren Testlizenzen nächste Woche enden?', 'not-covered'],
      ['Would you be so kind as to compile a list of all customers whose subscriptions renew in March?', 'not-covered'],
      ['Könntest du mir eine Tabelle der Kunden mit ausstehenden Verlängerungen zusammenstellen?', 'not-covered']
    ]);
  });
});

describe('whether the trouble at hand is Microsoft\'s is live status', () => {
  it('"is that an outage at Microsoft", "liegt das bei Microsoft", in chat and dialect', () => {
    expectAnswers([
      ['Outlook connects for nobody at the client since 8am - is that a Microsoft outage?', 'not-covered'],
      ['Exchange bounces every mail for our customer this morning, is this on Microsoft\'s side?', 'not-covered'],
      ['SharePoint lädt beim Kunden seit einer Stunde nicht. Ist das eine Störung bei Microsoft?', 'not-covered'],
      ['Liegt das Problem bei Microsoft oder beim Kunden? Teams stürzt seit heute ab.', 'not-covered'],
      ['onedrive synct beim kunden nich mehr, is dat n fehler bei ms?', 'not-covered']
    ]);
  });

  it('with someone told in the question, it is the policy\'s question', () => {
    expectAnswers([
      ['Is that a Microsoft outage, and will they notify the customer?', 'yes', 'operational-communication'],
      ['Ist das ein Problem bei Microsoft? Und sagt Microsoft dem Kunden dann Bescheid?', 'yes', 'operational-communication'],
      ['Is it Microsoft\'s job to tell the customer about the outage?', 'yes', 'operational-communication'],
      ['Is this policy from Microsoft still valid for outages?', 'yes', 'operational-communication']
    ]);
  });
});

describe('a company or person named where Microsoft\'s message goes is the customer', () => {
  it('with no topic, the answer turns on what Microsoft would write about', () => {
    expectAnswers([
      ['Will Microsoft get in touch with Contoso after the merger?', 'depends', 'operational-communication'],
      ['Can Microsoft contact Tailspin Toys directly?', 'depends', 'operational-communication'],
      ['Will Microsoft contact Litware once the rebranding is done?', 'depends', 'operational-communication'],
      ['Meldet sich Microsoft bei der Firma Müller GmbH nach der Übernahme?', 'depends', 'operational-communication'],
      ['Hat Microsoft das Recht, Herrn Huber von der Stadtwerke AG anzurufen?', 'depends', 'operational-communication'],
      ['Microsoft hat den Geschäftsführer von Contoso angerufen, war das erlaubt?', 'depends', 'operational-communication']
    ]);
  });

  it('with a topic, the topic decides', () => {
    expectAnswers([
      ['Will Microsoft email Fabrikam about their invoice?', 'no', 'subscription-communication'],
      ['Informiert Microsoft die Brenner KG über den Sicherheitsvorfall?', 'yes', 'operational-communication']
    ]);
  });
});

describe('a product question with no message in it is not the policy\'s', () => {
  it('goods or a price the customer gets, or how many, is no communication', () => {
    expectAnswers([
      ['How many free licences does a registered charity get from Microsoft?', 'not-covered'],
      ['Wie viele kostenlose Lizenzen erhält eine Stiftung von Microsoft?', 'not-covered'],
      ['Do customers get a discount when they upgrade from E3 to E5?', 'not-covered'],
      ['Bekommt der Kunde einen Rabatt, wenn er auf Business Premium wechselt?', 'not-covered'],
      // a message about it still is one
      ['Does the customer get a discount notice from Microsoft?', 'no', 'partner-communicates'],
      ['Do customers get free training offers from Microsoft by email?', 'no', 'partner-communicates'],
      ['Bekommt der Kunde von Microsoft eine Mail wegen der kostenlosen Testphase?', 'no', 'subscription-communication'],
      ['Wie viele Mails bekommt der Kunde von Microsoft zur Verlängerung?', 'no', 'subscription-communication']
    ]);
  });

  it('a product\'s availability in a region is no question of where the policy applies', () => {
    expectAnswers([
      ['Which Azure regions support confidential computing VMs?', 'not-covered'],
      ['Ist Microsoft Fabric in der Region Schweiz Nord verfügbar?', 'not-covered'],
      ['Is Azure OpenAI supported in Germany West Central?', 'not-covered'],
      ['Does the policy apply in Switzerland?', 'applies', 'applies-to'],
      ['Does that hold for GCC High tenants as well?', 'applies', 'applies-to']
    ]);
  });
});

describe('the dialect\'s "mi" is the partner where two dialect words stand together', () => {
  it('"mi" with "de" or "des" beside it reads as "mich"', () => {
    expectAnswers([
      ['schreibt ms mi wenn de lizenzen auslaufn?', 'not-covered'],
      ['schreibt microsoft mi, wenn de lizenzen vom kundn auslaufen?', 'not-covered'],
      // the customer set against the partner is still asked about
      ['schickt microsoft de rechnung an mi oder an den kunden?', 'no', 'subscription-communication'],
      ['Does Microsoft email De Vries about the outage?', 'yes', 'operational-communication']
    ]);
  });
});

describe('the policy\'s rules asked for as a whole', () => {
  it('"which rules does the policy have" asks every case; rules of something else are not the policy\'s', () => {
    expectAnswers([
      ['Which rules does this policy have?', 'depends', 'operational-communication'],
      ['Welche Regeln stehen in der Richtlinie?', 'depends', 'operational-communication'],
      ['What rules are in the customer communication policy?', 'depends', 'operational-communication'],
      ['Welche Regeln gelten für Passwörter?', 'not-covered']
    ]);
  });

  it('what the policy is about, or its exceptions, asks every case too', () => {
    expectAnswers([
      ['What is this policy about?', 'depends', 'operational-communication'],
      ['Was regelt diese Richtlinie überhaupt?', 'depends', 'operational-communication'],
      ['Welche Ausnahmen hat die Regel?', 'depends', 'operational-communication'],
      ['What is the EU AI Act about?', 'not-covered'],
      ['Who wrote this policy?', 'not-covered']
    ]);
  });

  it('what the policy is about, in the other words for "about"', () => {
    expectAnswers([
      ['Worum geht es in dieser Richtlinie eigentlich?', 'depends', 'operational-communication'],
      ['Worum geht\'s in der Richtlinie überhaupt?', 'depends', 'operational-communication'],
      ['Wovon handelt diese Richtlinie?', 'depends', 'operational-communication'],
      ['Was ist das Thema dieser Richtlinie?', 'depends', 'operational-communication'],
      ['What does this policy deal with?', 'depends', 'operational-communication'],
      ['What\'s the purpose of this policy?', 'depends', 'operational-communication'],
      // a policy on something else, or no policy, is not the policy's question
      ['Worum geht es in der Richtlinie zu Passwörtern?', 'not-covered'],
      ['What is the password policy about?', 'not-covered'],
      ['Worum geht es beim EU AI Act?', 'not-covered']
    ]);
  });
});

describe('the partner\'s own services and contract with its client are not Microsoft\'s messages', () => {
  it('with no Microsoft and no Microsoft product named, the partner\'s own contract is not covered', () => {
    expectAnswers([
      ['Must we tell the customer before we raise the price of our managed services?', 'not-covered'],
      ['Do we have to inform the client when our SLA changes?', 'not-covered'],
      ['Müssen wir den Kunden informieren, wenn wir unseren Wartungsvertrag kündigen?', 'not-covered'],
      ['Müssen wir dem Kunden sagen, dass unser Support-Vertrag ausläuft?', 'not-covered'],
      // Microsoft or its product named: the policy's question
      ['Must we tell the customer about the Microsoft price increase?', 'no', 'subscription-communication'],
      ['Our SLA says we inform customers of outages within an hour - does Microsoft inform them too?', 'yes', 'operational-communication']
    ]);
  });
});

describe('the same gates in run-on chat lines and with a slip', () => {
  it('without the commas, and with the closing verb mistyped', () => {
    expectAnswers([
      ['soll ich den microsoft partnermanager des kunden anrufen um die preise zu klären', 'not-covered'],
      ['Sollen wir Microsoft über das Kundenportal anschrieben, wenn beim Kunden SharePoint hängt?', 'not-covered'],
      ['exchange geht seit heute früh nich beim kunden is dat n ausfall bei ms', 'not-covered'],
      // the customer first stays the policy's question reversed; a question that someone is told stays the policy's
      ['soll ich den kunden informieren wenn microsoft die preise erhöht', 'no', 'subscription-communication'],
      ['When Teams is down at the customer is that an outage at Microsoft and does Microsoft tell them?', 'yes', 'operational-communication']
    ]);
  });
});

describe('the asker reporting to Microsoft or asking Microsoft\'s people (the thirteenth wave\'s class)', () => {
  it('a German question word, the verb and then the asker is the asker turning to Microsoft', () => {
    expectAnswers([
      ['Wo melde ich bei Microsoft, dass ein Kunde eine Phishing-Mail bekommen hat?', 'not-covered'],
      ['Wie melde ich Microsoft einen Missbrauch im Tenant eines Kunden?', 'not-covered'],
      ['Wie informiere ich Microsoft darüber, dass bei unserem Kunden ein Angriff läuft?', 'not-covered'],
      ['Wo reiche ich bei Microsoft eine Beschwerde ein, weil der Kunde Spam bekommt?', 'not-covered'],
      ['Wie geb i Microsoft Bescheid, dass a Kunde Phishing kriegt?', 'not-covered'],
      ['Wie melden wir Microsoft, dass beim Kunden ein Konto gekapert wurde?', 'not-covered']
    ]);
  });

  it('"where do I/we …" is the asker acting, as "how do I …" is', () => {
    expectAnswers([
      ['Where do we report to Microsoft that a customer got a phishing mail?', 'not-covered'],
      ['Where do I flag to Microsoft that one of our clients received a fake invoice?', 'not-covered'],
      ['where do i tell ms a client got phishing', 'not-covered']
    ]);
  });

  it('asking the partner development manager to come along is the asker acting', () => {
    expectAnswers([
      ['Darf ich den PDM bitten, beim Kundentermin dabei zu sein?', 'not-covered'],
      ['Kann ich den PDM fragen, ob er zum Workshop beim Kunden mitkommt?', 'not-covered'],
      ['Can I ask the PDM to join our customer call on Friday?', 'not-covered']
    ]);
  });

  it('Microsoft reporting to the customer, or the asker telling the customer, keeps its yes or no', () => {
    expectAnswers([
      ['Meldet Microsoft dem Kunden, wenn Phishing erkannt wird?', 'yes', 'operational-communication'],
      ['Does Microsoft report phishing attempts to the customer?', 'yes', 'operational-communication'],
      ['Wie informiert Microsoft den Kunden über einen Sicherheitsvorfall?', 'yes', 'operational-communication'],
      ['Wie melde ich dem Kunden die Wartung von Microsoft?', 'yes', 'operational-communication'],
      ['Wann informiert Microsoft den Kunden über eine Preiserhöhung?', 'no', 'subscription-communication']
    ]);
  });
});

describe('the partner named by its business, and the dialect\'s "i", as the one Microsoft reaches', () => {
  it('"our shop", "our store", "unser Webshop" closing the phrase is the partner', () => {
    expectAnswers([
      ['Does Microsoft notify our store when a customer\'s subscription is suspended?', 'not-covered'],
      ['Will Microsoft email our web shop about the new price list?', 'not-covered'],
      ['Informiert Microsoft unseren Shop, bevor sich die Preise ändern?', 'not-covered'],
      ['Schreibt Microsoft unserem Webshop, wenn ein Kunde zu einem anderen Partner wechselt?', 'not-covered'],
      ['Will Microsoft let our online store know when a client reduces seats?', 'not-covered']
    ]);
  });

  it('the shops of customers, or the people of a store, stay the customer', () => {
    expectAnswers([
      ['Will Microsoft inform the customer\'s shop about a price change?', 'no', 'subscription-communication'],
      ['Does Microsoft email the shops of our retail customers about outages?', 'yes', 'operational-communication'],
      ['Does Microsoft inform our shop owners about outages?', 'yes', 'operational-communication'],
      ['Schreibt Microsoft dem Shop unseres Kunden wegen der Verlängerung?', 'no', 'subscription-communication'],
      ['Does Microsoft inform the customer who bought in our shop about the price change?', 'no', 'subscription-communication']
    ]);
  });

  it('"Krieg i …", "Bekomm i …": the dialect\'s "i" after a German verb of receiving is the asker', () => {
    expectAnswers([
      ['Krieg i a Nachricht von Microsoft, wenn a Kunde kündigt?', 'not-covered'],
      ['Bekomm i a Info, wenn der Kunde den Partner wechselt?', 'not-covered'],
      ['Krieg i eine Mail, wenn ein Kunde die Partnerbeziehung löscht?', 'not-covered'],
      // the customer receiving stays the policy's question
      ['Kriegt der Kunde eine Mail, wenn die Preise steigen?', 'no', 'subscription-communication']
    ]);
  });
});

describe('whether a service works today, with the symptom beside it, is live status', () => {
  it('a service, a time and its working or trouble, Microsoft not named and no one reached', () => {
    expectAnswers([
      ['Läuft Exchange Online heute in Deutschland normal? Zwei Kunden bekommen keine Mails.', 'not-covered'],
      ['Gibt\'s heute eine Störung bei SharePoint? Bei drei Kunden lädt nichts.', 'not-covered'],
      ['Is Exchange Online down in Germany today? Two customers are not receiving mail.', 'not-covered'],
      ['Two clients get no email. Is Outlook working in Austria today?', 'not-covered'],
      ['Any Teams outage in the UK today? Two customers get no calls through.', 'not-covered'],
      ['Does Exchange Online work today in Switzerland?', 'not-covered']
    ]);
  });

  it('with someone told, or Microsoft named, it stays the policy\'s question', () => {
    expectAnswers([
      ['Is Exchange Online down today? Will the customer get a notice?', 'yes', 'operational-communication'],
      ['Exchange Online ist heute ausgefallen. Bekommt der Kunde eine Info?', 'yes', 'operational-communication'],
      ['Wenn Teams heute nicht funktioniert, meldet sich Microsoft dann beim Kunden?', 'yes', 'operational-communication'],
      ['Does Microsoft tell the customer when Teams is not working today?', 'yes', 'operational-communication']
    ]);
  });
});

describe('where the policy applies, asked in other words (the thirteenth wave\'s class)', () => {
  it('an earlier era of the programme: offers before NCE, the old licensing model, the old partner portal', () => {
    expectAnswers([
      ['Does the policy also hold for legacy subscriptions bought before NCE?', 'applies', 'applies-to'],
      ['Is this relevant for the old CSP licensing model too?', 'applies', 'applies-to'],
      ['Gilt die Seite auch für Legacy-Abos aus der Zeit vor New Commerce?', 'applies', 'applies-to'],
      ['Betrifft das auch die alten Angebote vor NCE?', 'applies', 'applies-to'],
      ['Did this already hold in the old partner portal before everything moved to Partner Center?', 'applies', 'applies-to'],
      ['Galt die Regel schon im alten Partnerportal, bevor wir ins Partner Center gewechselt sind?', 'applies', 'applies-to']
    ]);
  });

  it('which portals or tenants the policy covers, with the policy named by what it is about', () => {
    expectAnswers([
      ['Which portals does the customer communication policy cover?', 'applies', 'applies-to'],
      ['What portals is this comms policy covering?', 'applies', 'applies-to'],
      ['Für welche Portale gilt die Kundenkommunikations-Richtlinie?', 'applies', 'applies-to'],
      ['Welche Tenants fallen unter diese Regel, nur kommerzielle oder auch Behörden?', 'applies', 'applies-to'],
      ['Does it apply to customers inside the EU Data Boundary?', 'applies', 'applies-to'],
      ['Does the rule cover all our tenants or only commercial cloud ones?', 'applies', 'applies-to']
    ]);
  });

  it('a portal or a figure of something the policy never concerns is off-topic', () => {
    expectAnswers([
      ['How do I apply for annual leave in the HR portal?', 'not-covered'],
      ['Which portal do we use for expense claims?', 'not-covered'],
      ['Wo trage ich meine Reisekosten im Portal ein?', 'not-covered'],
      ['Wie hoch ist die Inflation in Österreich?', 'not-covered'],
      // a data move is still Microsoft's message, and a topic asked about keeps its answer
      ['Wird der Kunde informiert, wenn seine Daten in ein anderes Rechenzentrum umziehen?', 'yes', 'operational-communication'],
      ['Does Microsoft email the customer about price changes on their legacy subscriptions?', 'no', 'subscription-communication'],
      ['Informiert Microsoft den Kunden über die Verlängerung seiner Legacy-Abos?', 'no', 'subscription-communication']
    ]);
  });
});

describe('covered questions read as not covered: a party described, "was ist mit", the dialect\'s "mir"', () => {
  it('someone described by a noun, reached by Microsoft or who got something from it, is the customer', () => {
    expectAnswers([
      ['Schreibt Microsoft der Metzgerei irgendwas?', 'depends', 'operational-communication'],
      ['Nimmt Microsoft mit der Brauerei Kontakt auf?', 'depends', 'operational-communication'],
      ['Die Kanzlei hat eine Mail von Microsoft bekommen. Darf Microsoft das?', 'depends', 'operational-communication'],
      ['The headmaster got a letter from Microsoft. Is that allowed?', 'depends', 'operational-communication'],
      ['Der Bürgermeister sagt, Microsoft hat angerufen. Dürfen die das?', 'depends', 'operational-communication'],
      // with a topic, the topic decides; the partner's own people and what is sent stay as they were
      ['Schreibt Microsoft der Bäckerei wegen der Verlängerung?', 'no', 'subscription-communication'],
      ['Informiert Microsoft unsere Techniker über die Preisänderung?', 'not-covered'],
      ['Does Microsoft send a confirmation to us when a customer accepts the MCA?', 'not-covered']
    ]);
  });

  it('"was ist mit …" asks what about it, no procedure', () => {
    expectAnswers([
      ['Was ist mit der Verlängerung der Abos – kriegt der Kunde von Microsoft eine Erinnerung?', 'no', 'subscription-communication'],
      ['Wat is mit der Rechnung, schickt Microsoft die dem Kunden?', 'no', 'subscription-communication']
    ]);
  });

  it('the southern "mir" as the subject of a plural verb is "wir"', () => {
    expectAnswers([
      ['Kriegt der Kunde von Microsoft eine Erinnerung zur Verlängerung oder müssen mir des sagen?', 'no', 'subscription-communication'],
      ['Müssen mir dem Kunden die Preiserhöhung sagen oder macht des Microsoft?', 'no', 'subscription-communication'],
      // standard German's "mir" stays the asker as the one told
      ['Kann Microsoft mir sagen, wann die Preise steigen?', 'not-covered']
    ]);
  });
});

describe('the same gates, widened: a giving verb, a message noun, a mail as the symptom', () => {
  it('the partner\'s own as the first object of a giving verb is the one told', () => {
    expectAnswers([
      ['Will Microsoft give our webshop a heads-up before the prices change?', 'not-covered'],
      ['Does Microsoft send our store a notice when a client cancels?', 'not-covered'],
      ['Will Microsoft give the customer a heads-up before the prices change?', 'no', 'subscription-communication']
    ]);
  });

  it('a message noun after its article is what is reported, not the customer reached', () => {
    expectAnswers([
      ['Where can I report a phishing mail a customer received to Microsoft?', 'not-covered'],
      ['Can I pass on to Microsoft a suspicious email our client got?', 'not-covered'],
      // a mail sent to the customer still reaches the customer
      ['Can I forward a mail to the customer about the Microsoft outage?', 'yes', 'operational-communication']
    ]);
  });

  it('mail that does not arrive is the symptom beside a question about the live state', () => {
    expectAnswers([
      ['Does Exchange Online have problems in Germany today? Mail isn\'t reaching two customers.', 'not-covered'],
      ['Is Exchange Online down today? Will Microsoft send the customer a mail?', 'yes', 'operational-communication']
    ]);
  });
});

describe('the asker reaching Microsoft impersonally, and a bill "to us"', () => {
  it('"is it fine to call Microsoft …", "ist es ok, Microsoft anzurufen": the asker turns to Microsoft', () => {
    expectAnswers([
      ['Is it fine to call Microsoft myself about a customer\'s billing dispute?', 'not-covered'],
      ['Is it OK to email Microsoft about a customer\'s invoice?', 'not-covered'],
      ['Is it allowed to reach out to Microsoft about a customer\'s outage?', 'not-covered'],
      ['Ist es in Ordnung, Microsoft selbst anzurufen, wenn der Kunde eine falsche Rechnung hat?', 'not-covered'],
      // Microsoft as the one who calls, or the customer as the one told, stays the policy's question
      ['Is it ok for Microsoft to call the customer about the renewal?', 'no', 'subscription-communication'],
      ['Is it ok to tell the customer about the Microsoft price increase?', 'no', 'subscription-communication']
    ]);
  });

  it('a bill or message "to us" right after its noun goes to the partner', () => {
    expectAnswers([
      ['Is the Microsoft invoice to us issued by Microsoft Ireland or Microsoft Italy?', 'not-covered'],
      ['Kommt die Microsoft-Rechnung an uns aus Irland?', 'not-covered'],
      // who is asked between us and the customer, or a handing over, stays the policy's question
      ['Does Microsoft send the invoice to us or to the customer?', 'no', 'subscription-communication'],
      ['Does Microsoft leave customer communication to us as the CSP?', 'no', 'partner-communicates']
    ]);
  });
});

describe('more of the same classes: a short status question, asking Microsoft to act, finding out', () => {
  it('a short status question with the symptom beside it is live status; with someone told it stays the policy\'s', () => {
    expectAnswers([
      ['Is Outlook down? Nobody at the office gets mail.', 'not-covered'],
      ['Gibt\'s eine Störung? Teams-Anrufe brechen bei mehreren Kunden ab.', 'not-covered'],
      ['Is Teams down? Does the customer get a message?', 'yes', 'operational-communication'],
      ['Gibt es eine Störung? Wird der Kunde informiert?', 'yes', 'operational-communication']
    ]);
  });

  it('the asker asking Microsoft to act, or calling Microsoft\'s support in an infinitive, acts', () => {
    expectAnswers([
      ['Soll ich Microsoft bitten, dem Kunden keine Mails mehr zu schicken?', 'not-covered'],
      ['Should I ask Microsoft to stop emailing my customer?', 'not-covered'],
      ['Ist es ok, den Microsoft-Support für meinen Kunden anzurufen?', 'not-covered'],
      // the customer as the one the asker tells stays the policy's question reversed
      ['Ist es erlaubt, den Kunden über die Microsoft-Wartung zu informieren?', 'yes', 'operational-communication']
    ]);
  });

  it('finding out or learning from Microsoft is being reached', () => {
    expectAnswers([
      ['Do partners learn about licensing changes from Microsoft?', 'not-covered'],
      ['Does the customer find out from Microsoft when the price rises?', 'no', 'subscription-communication'],
      ['Erfährt der Kunde von Microsoft, dass sein Abo ausläuft?', 'no', 'subscription-communication']
    ]);
  });
});
