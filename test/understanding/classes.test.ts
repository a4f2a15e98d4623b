import { ask } from '../../src/engine/ask';
import { decide } from '../../src/policy/decide';
import { expectAnswers } from '../support/expectAnswers';
import { understand } from '../../src/understanding/understand';

/**
 * One test per class of issue 11, with questions written for these tests (none taken from the development set or
 * from the corpus). Each question must get its verdict and, where given, its first rule.
 */

describe('a deciding fact read where it is not said, and one missed where it is (issue 11, classes 1, 3 and 4)', () => {
  it('Microsoft\'s web pages are where something is shown; a purchase there is still direct', () => {
    expectAnswers([
      ['Microsoft möchte unseren Kunden als Referenz auf der Microsoft-Webseite zeigen. Dürfen die ihn dafür selbst anfragen?', 'no', 'partner-communicates'],
      ['Microsoft wants our customer for a case study on the Microsoft website. May they reach out to him directly?', 'no', 'partner-communicates'],
      ['Die Kanzlei hat Visio über die Microsoft-Website gekauft, der Rest läuft über uns. Darf Microsoft wegen der Visio-Rechnung schreiben?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('"von mir" and a one-man business\'s dialect name the partner\'s channel', () => {
    expectAnswers([
      ['Der Kunde hat ein EA und die Exchange-Lizenzen von mir. Darf Microsoft ihn wegen der Anzahl der Exchange-Lizenzen anschreiben?', 'no', 'subscription-communication'],
      ['da schreiner hot visio direkt und teams über mi. schreibt eahm microsoft wegn de teams lizenzen, is des recht?', 'no', 'subscription-communication'],
      ['de praxis hot azure selber bei microsoft online kauft, da rest is vo mir. derf microsoft eahna de azure rechnung schicken?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('a job title is who asks, not an operational event', () => {
    expectAnswers([
      ['Role: operations lead at a CSP. Question: does Microsoft contact the customer when they assign more Project licences than they own?', 'no', 'subscription-communication']
    ]);
  });

  it('paying Microsoft directly is a direct purchase; what the customer "gets from us" is held with the partner', () => {
    expectAnswers([
      ['The client pays his Power BI directly to Microsoft, and the Teams seats he gets from us. Will Microsoft contact him about his Power BI invoice?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('a German separable verb with a long middle field still announces to the partner', () => {
    expectAnswers([['Kündigt Microsoft uns Resellern die neuen Wechselkurse für die Abrechnung in Euro vorher an?', 'not-covered']]);
  });
});

describe('the partner told in formal and passive words, and the asker turning to Microsoft (issue 11, classes 4 and 5)', () => {
  it('a passive question that opens with the partner or its own people is about the partner', () => {
    expectAnswers([
      ['Werden Reseller über geplante Wartungen in den Tenants ihrer Kunden benachrichtigt?', 'not-covered'],
      ['Werden unsere Techniker informiert, wenn Microsoft beim Kunden eine Schwachstelle findet?', 'not-covered'],
      ['Werden unsere Kunden informiert, wenn Microsoft eine Schwachstelle findet?', 'yes', 'operational-communication']
    ]);
  });

  it('a company naming itself ("unser Haus") and an apposition with the programme\'s name are the partner', () => {
    expectAnswers([
      ['Darf ich fragen, ob unsere Firma von Microsoft eine Gutschrift für die stornierten Kundenlizenzen erhält?', 'not-covered'],
      ['Benachrichtigt Microsoft unsere Firma über Ausfälle bei einem Kunden?', 'not-covered'],
      ['May I ask whether we, as the Microsoft Cloud Solution Provider, receive the renewal notices from Microsoft?', 'not-covered']
    ]);
  });

  it('what Microsoft lets the partner have, sends it after a long object, or the portal reminds it of', () => {
    expectAnswers([
      ['Mich würde interessieren, ob Microsoft uns die Auswertungen zu den Ausfällen bei unseren Kunden zukommen lässt.', 'not-covered'],
      ['Does Microsoft send the new price list for the next quarter to us too?', 'not-covered'],
      ['Erinnert uns das Partner Center an die Verlängerung eines Kunden-Abos?', 'not-covered']
    ]);
  });

  it('the partner\'s people named by where they sit, and Microsoft\'s person the asker would write to', () => {
    expectAnswers([
      ['Are the engineers at our NOC told by Microsoft when a customer subscription is suspended?', 'not-covered'],
      ['who is the Microsoft licensing specialist I could call about a client\'s true-up?', 'not-covered']
    ]);
  });

  it('a job title in a run-on line is who asks, not an operational event', () => {
    expectAnswers([['im the security lead at a csp does microsoft tell the customer when their trial converts to paid', 'no', 'subscription-communication']]);
  });

  it('in a run-on line, what comes from Microsoft asks anew and leaves the channel with the statement before it', () => {
    expectAnswers([['kunde hat einen ea direkt mit microsoft für windows teams premium bezieht er bei uns kommt die rechnung für teams premium dann von microsoft', 'no', 'subscription-communication']]);
  });

  it('a relative clause typed without its comma does not hide the partner told before it', () => {
    expectAnswers([
      ['darf ich fragen ob microsoft uns die berichte zu den störungen schickt von denen unsere kunden betroffen sind', 'not-covered'],
      ['ich frage mich ob microsoft uns die analysen zu den ausfällen zukommen lässt bei denen unsere kunden betroffen sind', 'not-covered']
    ]);
  });

  it('turning to a team of Microsoft\'s is the asker acting, however long the clause', () => {
    expectAnswers([['Wäre es in Ordnung, sich bei einer unklaren Rechnung eines Kunden direkt an den Support von Microsoft zu wenden?', 'not-covered']]);
  });
});

describe('the classes of questions written by people who never saw the code', () => {
  it('1. two relationships: the directly bought product is yes, the CSP one no, unsaid depends', () => {
    expectAnswers([
      ['Our client pays Microsoft directly for SQL Server under an Enterprise Agreement and gets Exchange Online from us. Will Microsoft send them the EA renewal quote?', 'yes', 'non-csp-relationship'],
      ['The client has an MPSA and also CSP subscriptions with us. Will Microsoft remind them about renewals?', 'depends', 'non-csp-relationship'],
      ['Der Kunde hat einen Premier-Support-Vertrag direkt mit Microsoft, Power BI läuft über uns. Meldet sich Microsoft wegen der Verlängerung des Support-Vertrags?', 'yes', 'non-csp-relationship'],
      ['Der Kunde hat einen Premier-Support-Vertrag direkt mit Microsoft, Power BI läuft über uns. Schickt Microsoft ihm die Power-BI-Rechnung?', 'no', 'subscription-communication']
    ]);
  });

  it('1. the rules read the CSP product of two relationships as no, even where the shipped second opinion asks back', () => {
    // The learned second opinion sees "pays Microsoft directly … Enterprise Agreement" and doubts this no, so the bot
    // answers "Did you mean …?" (test/secondOpinion); the reading itself must still be the CSP product's no.
    const question = 'Our client pays Microsoft directly for SQL Server under an Enterprise Agreement and gets Exchange Online from us. Will Microsoft send them the Exchange Online invoice?';
    const answer = decide(question, understand(question));
    expect({ verdict: answer.verdict, rule: answer.rules[0] }).toEqual({ verdict: 'no', rule: 'subscription-communication' });
    expect(['no', 'not-covered']).toContain(ask(question).verdict);
  });

  it('1a. two relationships: which product the asking part means, read from its structure', () => {
    expectAnswers([
      // two parts, one per channel: both cases, not the channel of the first part
      ['Client has an MCA for Dynamics 365 and Teams through us in CSP. Will Microsoft write to them about the MCA invoice and about the Teams price change?', 'depends', 'non-csp-relationship'],
      // generic "licences"/"Abos" repeated do not say which purchase is meant
      ['The client has an Enterprise Agreement and CSP licences with us. Microsoft mailed them about their licences, fine?', 'depends', 'non-csp-relationship'],
      ['Kunde hat Visual-Studio-Abos direkt bei Microsoft und Intune über uns. Darf Microsoft ihn zu seinen Abos anrufen?', 'depends', 'non-csp-relationship'],
      // one product under both channels at once
      ['The client runs Dynamics 365 under the EA and in CSP. Microsoft sent them a Dynamics 365 renewal notice, OK?', 'depends', 'non-csp-relationship'],
      // an agreement's name that starts like an order; "the rest" is context
      ['Open License for Windows Server ends soon, does Microsoft tell the client? everything else runs via us in CSP', 'yes', 'non-csp-relationship'],
      // "das" points to the forwarded mail, which names the direct purchase
      ['Der Kunde hat Power BI per eigener Kreditkarte direkt gekauft, Teams läuft über uns. Jetzt kam „Ihre Rechnung für Power BI Pro ist verfügbar.“ Darf Microsoft das?', 'yes', 'non-csp-relationship'],
      ['Kunde hat einen Direktvertrag mit Microsoft und CSP bei uns, er hat eine Zahlungserinnerung von Microsoft bekommen – darf das?', 'depends', 'non-csp-relationship'],
      // what Microsoft already sent names the matter; payouts belong to a publisher account
      ['The client sells an app as a Marketplace publisher and buys Azure from us. Microsoft sent them a note about their payouts. They ask whether Microsoft should contact them at all. OK?', 'yes', 'non-csp-relationship'],
      // the people of a direct agreement act for Microsoft
      ['Client has a Unified Support contract directly with Microsoft and all licences via us. The Unified account manager emails them monthly reviews. Is that in line with the rules?', 'yes', 'non-csp-relationship'],
      // an event echoed from the context: the CSP subscription cancelled
      ['Kunde mit Open Value direkt; sein CSP-Abo für Teams wurde von uns gekündigt. Bekommt er von Microsoft die Kündigungsbestätigung?', 'no', 'subscription-communication'],
      // a catch-all "all cloud services through us" covers a cloud product named without its channel
      ['The client keeps an MPSA for on-prem SQL Server, all cloud services come through us in CSP. Does Microsoft send them the Intune invoices?', 'no', 'subscription-communication'],
      // a customer moved from an agreement to CSP is not a data-centre move
      ['Wir haben den Kunden vom Enterprise Agreement zu CSP umgezogen. Schreibt Microsoft ihm jetzt wegen der Verlängerung seiner neuen CSP-Abos?', 'no', 'subscription-communication'],
      // a remark in brackets after the question is context, not a second part
      ['who sends the client the MPSA renewal reminder, MS or us? (we only handle their CSP Intune)', 'yes', 'non-csp-relationship'],
      // a part that echoes the other channel makes two parts
      ['Client with a direct Premier Support contract: will Microsoft write to them about the Premier contract renewal and about the price of the Teams licences they buy from us?', 'depends', 'non-csp-relationship'],
      // held in the partner's Partner Center beside a purchase of the customer's own: both channels
      ['Wir haben Teams Premium beim Kunden im Partner Center, er sagt aber, er hat letztes Jahr selbst noch Teams Premium per Kreditkarte gekauft. Microsoft mahnt ihn jetzt wegen Teams Premium. Legitim?', 'depends', 'non-csp-relationship'],
      // a purchase Microsoft says is possible is not one the customer made
      ['At a conference a Microsoft rep told our client they could buy Dynamics 365 directly for less. Is Microsoft supposed to approach CSP clients like that?', 'no', 'partner-communicates'],
      // "without going through us" is the way the message takes, not how anything was bought
      ['Can Microsoft invite our clients to its Copilot roadshow without going through us?', 'no', 'partner-communicates'],
      ['Darf Microsoft unsere Kunden zu einem Copilot-Event einladen, ohne über uns zu gehen?', 'no', 'partner-communicates'],
      // a verb and its noun ("reduced … the reduction"); "all licences through us" covers the licences asked about
      ['Client with a direct Premier Support contract reduced the Intune licences they buy from us. Will Microsoft confirm the reduction to them?', 'no', 'subscription-communication'],
      ['Kunde hat Unified Support direkt bei Microsoft, die Lizenzen laufen alle über uns. Darf Microsoft ihn wegen der Lizenzverlängerung anrufen?', 'no', 'subscription-communication']
    ]);
  });

  it('1b. two relationships typed without punctuation: which cue belongs to which product', () => {
    expectAnswers([
      // a cue right after another product is that product's; a verb links a product to its cue
      ['kunde hat mpsa direkt für windows server und teams über uns ms schreibt ihm wegen windows server preiserhöhung ok', 'yes', 'non-csp-relationship'],
      ['kunde mit ea für sql server m365 business premium läuft über unseren csp schickt microsoft ihm die rechnung für m365', 'no', 'subscription-communication'],
      ['tenant has a direct mca and csp with us the intune licences are ours via csp will microsoft contact them about renewing those intune licences', 'no', 'subscription-communication'],
      // Microsoft something was bought from is not the one asked about
      ['kunde hat visio per kreditkarte direkt bei microsoft gekauft alles andere über uns jetzt schickt microsoft ihm die visio-rechnung passt das', 'yes', 'non-csp-relationship'],
      // "… bekommen wir wissen nicht …": the participle ends the customer's clause; "im Partner Center" is no party
      ['kunde hat eine mahnung von microsoft für visio bekommen wir wissen nicht ob das über uns läuft passt das', 'depends', 'non-csp-relationship'],
      ['kunde hat eine preisinfo von microsoft für teams premium bekommen im partner center ist das nicht drin darf microsoft das', 'depends', 'non-csp-relationship'],
      ['der kunde hat selbst per kreditkarte ein visio-abo gekauft alles andere läuft über uns wird microsoft ihn zur abrechnung dieses visio-abos kontaktieren', 'yes', 'non-csp-relationship'],
      // "the rest through us" beside an agreement that sells licences too: "licensing" may mean either
      ['A Microsoft seller phoned the client about licensing. The client has an Enterprise Agreement for some products and buys the rest from us. Allowed?', 'depends', 'non-csp-relationship']
    ]);
  });

  it('2. the channel is not said, with a hint it may not be ours: depends, never a guessed no', () => {
    expectAnswers([
      ['Microsoft emailed my client about the price of their Project Online plan. Not sure they bought it from us. Is that OK?', 'depends', 'non-csp-relationship'],
      ['Kunde bekam von Microsoft eine Zahlungserinnerung für Visio, das finden wir im Partner Center nicht. Darf Microsoft das?', 'depends', 'non-csp-relationship'],
      // the product is not among what the partner holds, said in other words
      ['Microsoft mailed the client a renewal reminder for Visio Plan 2. Visio is not in our CSP inventory for them. Fine?', 'depends', 'non-csp-relationship'],
      ['Der Kunde hat von Microsoft eine Preisinfo zu Power BI bekommen, Power BI ist in unserer Abrechnung gar nicht drin. Passt das?', 'depends', 'non-csp-relationship'],
      ['Microsoft chased the client over an unpaid Sentinel bill. We only resell them Business Premium. Allowed?', 'depends', 'non-csp-relationship'],
      ['The client was asked by Microsoft to renew Project Plan 1, and I never sold them Project. Legit?', 'depends', 'non-csp-relationship'],
      // doubt in other words: a previous partner, "dunno", "womöglich"
      ['We took this client over from another reseller in May. Microsoft now sends them Intune invoices. Is that correct?', 'depends', 'non-csp-relationship'],
      ['visio plan 1, dunno where the client got it, does ms send them renewal mails', 'depends', 'non-csp-relationship'],
      ['Microsoft hat dem Kunden wegen seiner Copilot-Lizenzen geschrieben, die hat er womöglich selbst im Admin Center gekauft. Ist das zulässig?', 'depends', 'non-csp-relationship'],
      // a salesperson about licences the asker cannot place: the channel decides; a plain pitch stays no
      ['A Microsoft account executive rang the client about their Dynamics 365 licences; no idea whether they have their own contract. Okay?', 'depends', 'non-csp-relationship'],
      ['A Microsoft seller phoned our client and pitched Power BI Premium. Is Microsoft allowed to do that with CSP clients?', 'no', 'partner-communicates'],
      // looking a product up in Partner Center and not finding it is a doubt, not the partner being told something
      ['Microsoft hat dem Kunden eine Kündigungsinfo zu Visio geschickt. Im Partner Center sehen wir das aber nicht. Ist das ok?', 'depends', 'non-csp-relationship'],
      ['Der Kunde bekam eine Mahnung von Microsoft für Power BI. Dieses Abo haben wir für ihn im Partner Center leider gar nicht. Normal?', 'depends', 'non-csp-relationship'],
      // the company that bills and the warning in a dunning mail are no operational matter
      ['The client got an invoice from Microsoft Ireland Operations Ltd for Visio licences. Is Microsoft allowed to bill them directly?', 'depends', 'non-csp-relationship'],
      ['Forwarded: "Your payment for Power BI Pro failed. Update your card to avoid service interruption." We never sold them Power BI. May Microsoft send that?', 'depends', 'non-csp-relationship'],
      // the partner selling the same product the customer also bought itself: both channels
      ['Microsoft emailed the client about renewing Visio Plan 2. The client once bought Visio directly with a card, but we also sell them Visio. Was that OK?', 'depends', 'non-csp-relationship'],
      // a subscription suspended for not paying the partner is no doubt about the channel
      ['If we suspend a client\'s CSP subscription because they have not paid us, does Microsoft tell the client?', 'no', 'subscription-communication'],
      // a forwarded Microsoft invoice, with the asker wondering: Microsoft already wrote about a product of unsaid channel
      ['The client forwarded us a Microsoft invoice for Visio Plan 1. Is it acceptable for Microsoft to bill them like that?', 'depends', 'non-csp-relationship'],
      // the partner managing the subscription holds it; "ob alles über uns läuft" asks about the messages, not a purchase
      ['Wir stellen beim Kunden Teams Essentials auf Teams Premium um. Schickt Microsoft ihm dazu etwas?', 'no', 'subscription-communication'],
      ['Wir haben beim Kunden 8 Lizenzen Project Plan 3 auf Plan 1 herabgestuft. Er fragt, ob er von Microsoft etwas dazu bekommt oder ob alles über uns läuft.', 'no', 'subscription-communication'],
      // a customer taken over from another partner: a doubt when Microsoft already wrote and the asker wonders
      ['A client we took over from another CSP partner got a Microsoft bill for Visio. Legit?', 'depends', 'non-csp-relationship'],
      ['The client moved to us from another partner. Does Microsoft now send them the Teams renewal reminders?', 'no', 'subscription-communication'],
      // elliptic: "Not in our CSP list."; a negated action in Partner Center is no doubt
      ['Is it normal that Microsoft bills my client directly for Purview? Not in our CSP list.', 'depends', 'non-csp-relationship'],
      ['If we do not renew the client\'s E3 in Partner Center, does Microsoft notify the client?', 'no', 'subscription-communication'],
      // "on their own" is a purchase of the customer's, not a question of who owns the communication
      ['Does Microsoft contact clients about expiring Visio licences? This client may have bought a few on their own.', 'depends', 'non-csp-relationship'],
      ['Der Kunde hat nicht bezahlt, wir sperren sein Teams-Abo. Schreibt Microsoft ihm deswegen?', 'no', 'subscription-communication']
    ]);
  });

  it('3. operational matters without the word outage are yes; subscription matters without billing are no', () => {
    expectAnswers([
      ['Will Microsoft warn my client that a vulnerability in their Defender agents must be patched?', 'yes', 'operational-communication'],
      ['Does Microsoft tell my client that MFA becomes mandatory for their admin portal?', 'yes', 'operational-communication'],
      ['Informiert Microsoft den Kunden über den Umzug seiner Daten in ein anderes Rechenzentrum?', 'yes', 'operational-communication'],
      ['Will Microsoft email my client when we move them from monthly to annual billing terms on Business Premium?', 'no', 'subscription-communication'],
      ['Schreibt Microsoft meinen Kunden an, wenn wir sein Abo von E3 auf E5 hochstufen?', 'no', 'subscription-communication'],
      // A misspelt or unknown word guessed as a topic never outweighs the licences the question is about.
      ['Der Kunde hat 40 Project-Lizenzen, die seit Monaten brachliegen, und will die Lizenzen loswerden. Meldet sich Microsoft da bei CSP-Kunden?', 'no', 'subscription-communication']
    ]);
  });

  it('4. the partner as the recipient is not covered, never yes or no', () => {
    expectAnswers([
      ['Does Microsoft notify us when one of our clients cancels a subscription?', 'not-covered'],
      ['Bekommen wir als Partner eine Mail von Microsoft, wenn beim Kunden ein Dienst ausfällt?', 'not-covered'],
      ['If Microsoft emails my client about a service incident, do we as the reseller get a copy too?', 'not-covered'],
      ['Ist es an uns, dem Kunden die Preiserhöhung mitzuteilen, oder schreibt Microsoft ihm selbst?', 'no', 'subscription-communication'],
      ['when microsoft emails my client about a security incident do we as the reseller get it too', 'not-covered'],
      ['Erfahren wir von Microsoft, wenn der Kunde selbst Lizenzen im Store kauft?', 'not-covered'],
      ['Which alerts does Partner Center send to our admin agents when a client removes our access?', 'not-covered'],
      ['Stellt Microsoft dem Partner die Incident-Berichte für seine Kunden zu?', 'not-covered']
    ]);
  });

  it('5. the asker contacting Microsoft, tasks for the bot and live status are not covered', () => {
    expectAnswers([
      ['Can we phone Microsoft support about a client tenant problem?', 'not-covered'],
      ['Write my client a short mail about the coming price increase', 'not-covered'],
      ['Is SharePoint down right now?', 'not-covered'],
      ['Schreib bitte eine Mail an den Kunden wegen der Wartung', 'not-covered'],
      ['Ist Exchange gerade gestört?', 'not-covered'],
      ['Quick check: can you draft the maintenance notice for my client?', 'not-covered'],
      ['Erinnere mich morgen, beim Kunden wegen der Verlängerung anzurufen', 'not-covered'],
      ['Erstell mir bitte eine Vorlage für unsere Kundenkommunikation bei Preisänderungen', 'not-covered']
    ]);
  });

  it('5b. an order inside a pasted mail, a label or an agreement name is no task for the bot', () => {
    expectAnswers([
      ["Client forwarded this from Microsoft: 'Please review your TLS settings before the root certificate change on Azure Storage.' Is Microsoft allowed to send that?", 'yes', 'operational-communication'],
      ['Quick check: will Microsoft warn my client about the certificate expiry on their App Service?', 'yes', 'operational-communication'],
      ['Open Value for their on-prem Office, Microsoft 365 through us. Will Microsoft tell the client when the Open Value agreement runs out?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('5c. what the asker writes, not a pasted passage, decides the language of the answer', () => {
    const english = ask("Can you translate this for my colleague: 'Guten Tag, wir haben von Microsoft eine Mail zur Abschaltung eines Dienstes erhalten. Was bedeutet das?'");
    expect({ verdict: english.verdict, language: english.language }).toEqual({ verdict: 'not-covered', language: 'en' });
    const german = ask("Kunde schreibt: 'We received an email from Microsoft about a planned maintenance on our tenant.' Darf Microsoft ihm das schicken?");
    expect({ verdict: german.verdict, language: german.language }).toEqual({ verdict: 'yes', language: 'de' });
  });

  it('6. several topics with different verdicts: depends, never one verdict that drops a part', () => {
    expectAnswers([
      ['Will Microsoft tell my client about the Teams incident and send them the credit note for it?', 'depends', 'operational-communication'],
      ['Schickt Microsoft dem Kunden die Wartungsankündigung und die neue Preisliste?', 'depends', 'operational-communication']
    ]);
  });

  it('7. scope in other words is a question about where the policy applies', () => {
    expectAnswers([
      ['Is this rule the same for tenants in 21Vianet China?', 'applies', 'applies-to'],
      ['and for GCC High?', 'applies', 'applies-to'],
      ['Gilt die Regel auch für Kunden, die wir per Azure Lighthouse verwalten?', 'applies', 'applies-to'],
      ['Does the rule that Microsoft leaves invoices to the partner also apply in Austria?', 'applies', 'applies-to'],
      ['Galt diese Richtlinie auch schon im alten Partnerportal?', 'applies', 'applies-to'],
      ['is this for direct bill partners only or also for indirect resellers', 'applies', 'applies-to'],
      ['How do I register my company for VAT in Austria?', 'not-covered'],
      ['Can a distributor move an Azure plan to another indirect provider?', 'not-covered'],
      ['Following up on the GCC question from before – and for Azure Government Top Secret?', 'applies', 'applies-to'],
      ['Und wie schaut es bei Mandanten in China aus, die über 21Vianet betrieben werden?', 'applies', 'applies-to'],
      ['Welche Benachrichtigungen kann ich im Partner Center für unsere Mitarbeiter einstellen?', 'not-covered']
    ]);
  });

  it('8. questions about the policy itself', () => {
    expectAnswers([
      ['Does Microsoft expect the partner to handle all communication with its clients?', 'no', 'partner-communicates'],
      ['What may Microsoft contact my clients about at all?', 'depends', 'operational-communication'],
      ['Was sind die Ausnahmen, bei denen Microsoft direkt mit unseren Kunden spricht?', 'depends', 'operational-communication'],
      ['Meldet sich Microsoft eigentlich direkt bei unseren Mandanten?', 'depends', 'operational-communication'],
      ['Is it the partner rather than the client that Microsoft notifies about service incidents?', 'yes', 'operational-communication'],
      ['incident emails?', 'yes', 'operational-communication'],
      ['what is the basic rule for client communication under CSP', 'no', 'partner-communicates'],
      ['Ein Kollege sagt, im CSP macht Microsoft die Kundenkommunikation selbst. Stimmt das?', 'no', 'partner-communicates'],
      ['Fassen Sie bitte zusammen, was die Richtlinie zur Kommunikation von Microsoft mit unseren Kunden sagt.', 'depends', 'operational-communication'],
      ['Unser Vertrieb sagt, Microsoft redet nie mit unseren Mandanten. Stimmt das?', 'depends', 'operational-communication'],
      ['Stimmt es, dass Microsoft die Kommunikation über Abonnements ganz dem Partner überlässt?', 'no', 'subscription-communication'],
      ['and for Power BI?', 'depends', 'non-csp-relationship'],
      ['Is there an official Microsoft statement saying the reseller owns communication with the client?', 'no', 'partner-communicates'],
      ['Is it my job to send my clients marketing information about Microsoft products?', 'no', 'partner-communicates'],
      ['The client got a maintenance notice from Microsoft and asks our reseller whether that is normal for CSP. Is it?', 'yes', 'operational-communication'],
      ['Redet Microsoft je ohne uns mit unseren Mandanten?', 'depends', 'operational-communication'],
      ['A 120-seat CSP client, nothing special. Will they ever hear from Microsoft directly?', 'depends', 'operational-communication'],
      ['My client got a letter from Microsoft. Is that a breach of the CSP agreement?', 'depends', 'operational-communication'],
      ['Preiserhöhungs-Mails?', 'no', 'subscription-communication']
    ]);
  });

  it('messy chat text: run-on questions without full stops are read as the punctuated ones', () => {
    expectAnswers([
      ['kunde hat visual studio abos direkt bei ms gekauft und m365 über uns er hat eine mail von ms zur vs verlaengerung bekommen passt das so', 'yes', 'non-csp-relationship'],
      ['unser kunde hat einen unified vertrag direkt mit microsoft die lizenzen laufen über uns kommuniziert microsoft wegen dem unified vertrag direkt mit ihm', 'yes', 'non-csp-relationship'],
      ['datenleck bei einem microsoft dienst mit kundendaten meldet sich microsoft dann selbst beim kunden', 'yes', 'operational-communication']
    ]);
  });

  it('messy chat text: where a run-on question or statement starts anew is read from its words', () => {
    expectAnswers([
      // a statement after the question: pronoun and its verb with an object, or with "only"/"just"
      ['who tells the client their enterprise agreement is up for renewal they signed the agreement with microsoft themselves and buy intune through us', 'yes', 'non-csp-relationship'],
      ['does microsoft inform the client about changes to the open value agreement they hold directly we only sell them teams', 'yes', 'non-csp-relationship'],
      // a place put first: "in partner center we only see …" says the other product is not the partner's
      ['microsoft mailed my client about renewing their power bi premium licences in partner center we only see exchange online for them is that allowed', 'depends', 'non-csp-relationship'],
      ['microsoft hat dem kunden wegen der verlängerung seiner visio-lizenzen geschrieben im partner center sehen wir bei ihm nur exchange online darf microsoft das', 'depends', 'non-csp-relationship'],
      // a German statement with its subject after the verb: "die Abos bezieht er über uns"
      ['der kunde hat direkt bei microsoft ein beratungsprojekt beauftragt die abos bezieht er über uns darf microsoft mit ihm über das beratungsprojekt sprechen', 'yes', 'non-csp-relationship'],
      // a German subordinate clause: the one in "wenn microsoft …" is not the asker calling Microsoft
      ['wird der kunde von microsoft benachrichtigt wenn microsoft eine schwachstelle in seinem tenant findet', 'yes', 'operational-communication'],
      ['dürfen wir annehmen dass microsoft unseren kunden keine produkt-newsletter schickt', 'no', 'partner-communicates'],
      // "or we …" opens a second clause; its "it" does not point back to the topics before
      ['we got a refund approved for the teams outage last week does microsoft tell the client about the refund or we pass it on', 'no', 'subscription-communication'],
      // a clause the object of "believe" is no new statement
      ['client got an invoice from microsoft for project plan 3 i dont believe we sold it to them ok', 'depends', 'non-csp-relationship']
    ]);
  });

  it('messy chat text: a customer quoted without a colon speaks for itself', () => {
    expectAnswers([
      ['customer asks will microsoft send us the renewal notice for the licences we got from you', 'no', 'subscription-communication'],
      ['der kunde fragt schickt uns microsoft die rechnung für die lizenzen die wir bei euch kaufen', 'no', 'subscription-communication'],
      // the customer named at the start as the one speaking, or "er fragt"
      ['kunde bekommen wir von microsoft eine mitteilung bevor unsere lizenzen auslaufen alles läuft über euch', 'no', 'subscription-communication'],
      ['er fragt bekommen wir die preiserhöhung für teams direkt von microsoft mitgeteilt', 'no', 'subscription-communication']
    ]);
  });

  it('messy chat text: a mail pasted without quotes speaks in the customer\'s voice', () => {
    expectAnswers([
      ['pasting hello we upgraded 20 seats from business standard to business premium through your portal will microsoft send us a new invoice for that', 'no', 'subscription-communication'],
      ['forwarded from the customer hi we heard about a security incident at microsoft will microsoft inform us directly about what happened csp customer what should i answer', 'yes', 'operational-communication'],
      ['aus dem ticket kopiert guten tag wir wollen 10 lizenzen kündigen schickt uns microsoft dazu eine bestätigung - läuft alles über uns', 'no', 'subscription-communication'],
      // from someone on the partner's side, "we" stays the partner: not the policy's question
      ['forwarded from my colleague do we get an email from microsoft when a customer subscription is suspended', 'not-covered'],
      // someone of the customer's acting opens a new statement: "their CSAM writes …"
      ['client has a premier support contract with microsoft and teams via us their csam writes them about the premier renewal ok', 'yes', 'non-csp-relationship']
    ]);
  });

  it('messy chat text: greetings and thanks around a question change nothing', () => {
    expectAnswers([
      ['hey, quick one: does the rule also hold for indirect resellers, or only for direct-bill partners? thx', 'applies', 'applies-to'],
      ['hi, kurze frage: und für die GCC High Cloud? danke', 'applies', 'applies-to']
    ]);
  });

  it('messy chat text: a swapped pair of letters in a compound or a short domain word is forgiven', () => {
    expectAnswers([
      ['Schickt Microsoft meinem Kunden die Zhalungserinnerung direkt?', 'no', 'subscription-communication'],
      ['Kommt die Stöurngsmeldung direkt von Microsoft beim Kunden an?', 'yes', 'operational-communication'],
      ['does microsoft tell my customer about an otuage?', 'yes', 'operational-communication']
    ]);
    // A misspelt topic beside a spelt-out one is another part of the question, never dropped for a confident answer.
    expectAnswers([
      ['Will Microsoft tell my client about the planned maintenacne and about the renewal of their licences?', 'depends', 'operational-communication'],
      ['Informiert Microsoft den Kunden über den Dienstausfall und über die Vrelängerung seiner Abos?', 'depends', 'operational-communication'],
      // "willing" is a word of its own, not a misspelt "billing"
      ['Does Microsoft ask CSP customers whether they are willing to join a reference story?', 'no', 'partner-communicates']
    ]);
    // A correct compound is not misread through a part it only resembles ("Besp|rechung|en" holds no invoice).
    expectAnswers([['Schickt Microsoft unseren Kunden Einladungen zu Besprechungen?', 'no', 'partner-communicates']]);
  });

  it('messy chat text: one slip of the finger beside a hyphen or in a word that decides the reading', () => {
    expectAnswers([
      // the hyphen typed one key early or late
      ['Will Microsoft tell my client when their tenant moves to another dat-acentre?', 'yes', 'operational-communication'],
      ['Meldet sich Microsoft beim Kunden wegen der Teams-Störung und wegen der Office-Rechnun-gskorrektur?', 'depends', 'operational-communication'],
      ['Kunde hat einen EA direkt mit Microsoft und Intune über uns. Wer informiert ihn über die E-AVerlängerung?', 'yes', 'non-csp-relationship'],
      // a short word inside a phrase, with two letters swapped
      ['Does Microsoft warn my client before a dtaa centre migration?', 'yes', 'operational-communication'],
      // a misspelt credential that expires is no subscription renewal
      ['Microsoft told my client that a cetrificate for their app registration expires next week, is that allowed?', 'yes', 'operational-communication'],
      // the partner as the one told, misspelt
      ['Werden wir als Partner von Microsoft benachrichitgt, wenn beim Kunden ein Dienst ausfällt?', 'not-covered'],
      ['Wird unser Distributor von Microsoft informeirt, sobald ein Kunde selbst bei Microsoft Lizenzen kauft?', 'not-covered'],
      // an order to the bot, misspelt at the start, is still an order; a misspelt "summarise" of the policy still asks it
      ['Tarnslate the Microsoft maintenance notice for my client into French.', 'not-covered'],
      ['Fromulier dem Kunden eine Antwort zur Wartungsmail von Microsoft.', 'not-covered'],
      // the customer's own card, misspelt
      ['client bought power bi pro with their own copmany card and gets teams via us, will microsoft email them about the power bi charges', 'yes', 'non-csp-relationship']
    ]);
  });

  it('a hyphen before an abbreviation in capitals is no slip: its letter moved across makes no party or product', () => {
    // "Kunden-VMs" is no "kundenv ms" with Microsoft in it: the hyphenated words read as the spaced ones
    const asSpaced = (hyphenated: string) => expect(understand(hyphenated).facts).toEqual(understand(hyphenated.replace(/(\p{L})-(\p{L})/gu, '$1 $2')).facts);
    asSpaced('Was kosten die Test-VMs des Kunden im Monat?');
    asSpaced('How much will the Dev-VMs of my client cost a month?');
    asSpaced('Kann ich die Kunden-VMs des Kunden selbst neu starten?');
    asSpaced('Wer sagt dem Kunden, dass seine Labor-VMs gelöscht werden?');
    asSpaced('We migrated the Kunden-VMs last night, how do I check the backups?');
    expectAnswers([
      ['Wie teuer sind die Test-VMs unseres Kunden pro Monat?', 'not-covered'],
      ['What do the Dev-VMs of our customer cost per month?', 'not-covered'],
      // a hyphen typed one key early or late is still moved back, also to a product's name
      ['Informiert Microsoft den Kunden über einen AzureA-usfall?', 'yes', 'operational-communication']
    ]);
  });

  it('9. headlines are never stronger than the rule', () => {
    const marketing = ask('Will Microsoft send my client newsletters about new Copilot features?');
    expect(marketing.rules[0]).toBe('partner-communicates');
    expect(marketing.headline).toMatch(/^In general, no/);
    expect(ask('Rechnung Kunde').headline).toBe('Meinten Sie …?');
    expect(ask('invoice customer').headline).toBe('Did you mean …?');
  });
});

describe('topics in other words (issue 11, classes 3, 6 and marketing)', () => {
  it('operational events named without the word outage: retirements, stolen tokens, compromised accounts, certificates', () => {
    expectAnswers([
      ['Does Microsoft inform my client about the end of the old Outlook for Windows?', 'yes', 'operational-communication'],
      ['Informiert Microsoft den Kunden selbst über das Aus von SharePoint-2013-Workflows?', 'yes', 'operational-communication'],
      ["Someone stole an admin token in my client's tenant. Does Microsoft reach out to the client about the token theft?", 'yes', 'operational-communication'],
      ['Meldet sich Microsoft beim Kunden, wenn ein kompromittiertes Konto in seinem Tenant auffällt?', 'yes', 'operational-communication'],
      ["The TLS certificate on the client's Azure Front Door can't be renewed automatically. Will Microsoft alert the client?", 'yes', 'operational-communication'],
      ['Quote from my client: "Will Microsoft warn us about the data centre move?" What do I answer?', 'yes', 'operational-communication']
    ]);
  });

  it('subscription matters named without the word billing: plan changes, prices, auto-renew', () => {
    expectAnswers([
      ['Wird der Kunde von Microsoft informiert, wenn wir ihn von Business Standard auf Business Premium umstellen?', 'no', 'subscription-communication'],
      ['Does Microsoft tell my client when we move them from Plan 1 to Plan 2 of Defender for Endpoint?', 'no', 'subscription-communication'],
      ['Client complains Copilot got more expensive. Should Microsoft have told them?', 'no', 'subscription-communication'],
      ['Will Microsoft tell my client their auto-renew was switched off?', 'no', 'subscription-communication']
    ]);
  });

  it('marketing named without the word marketing answers with the general rule first', () => {
    expectAnswers([
      ['Does Microsoft send my clients Christmas greetings directly?', 'no', 'partner-communicates'],
      ['Lädt Microsoft meine Kunden direkt zu seinem Kundentag in Linz ein?', 'no', 'partner-communicates'],
      ['A Microsoft rep at a trade show told my client they could buy Dynamics directly for less. Is Microsoft supposed to do that?', 'no', 'partner-communicates'],
      ['Darf Microsoft meinen Kunden eine kostenlose Copilot-Schulung anbieten?', 'no', 'partner-communicates'],
      ['Would Microsoft ask my client to act as a reference customer?', 'no', 'partner-communicates'],
      ['Can Microsoft run ads for Power BI at my clients?', 'no', 'partner-communicates']
    ]);
  });
});

describe('several topics and the part that is asked (issue 11, class 6)', () => {
  it('each part joined by "and" has its own topic, weak words included: depends with both cases', () => {
    expectAnswers([
      ['Will Microsoft warn my client about the SharePoint incident and about their Visio subscription expiring?', 'depends', 'operational-communication'],
      ['Schreibt Microsoft dem Kunden wegen der Störung und will ihm dabei Teams Premium verkaufen?', 'depends', 'operational-communication'],
      ['Microsoft already wrote to my client about the MFA enforcement. Will they also write about the renewal of their E3 seats?', 'depends', 'operational-communication']
    ]);
  });

  it('a topic only in the story before the question is context: the asked part decides', () => {
    expectAnswers([
      ['Exchange was down for six hours and we agreed a service credit with the client. Does Microsoft tell the client about the credit?', 'no', 'subscription-communication'],
      ['Nach dem Ausfall letzte Woche bekommt der Kunde eine Gutschrift. Informiert Microsoft ihn direkt über die Gutschrift?', 'no', 'subscription-communication']
    ]);
  });

  it("the asker's own campaign beside an operational matter is what they would do instead, no topic of Microsoft's", () => {
    expectAnswers([
      ['Basic Auth wird abgeschaltet. Erklärt Microsoft das den Kunden, oder planen wir einen Newsletter dazu?', 'yes', 'operational-communication'],
      ['Azure is retiring the classic storage accounts next year. Does Microsoft warn our tenants itself, or should we plan a campaign for it?', 'yes', 'operational-communication'],
      // a German "das" right after Microsoft points back to the matter named before
      ['Die Pflicht zur MFA für Azure kommt im März. Kommuniziert Microsoft das selbst an die Kunden, oder müssen wir eine Kampagne machen?', 'yes', 'operational-communication'],
      // alone, a campaign still names marketing
      ['Will Microsoft run a campaign for our customers about Copilot?', 'no', 'partner-communicates']
    ]);
  });

  it('a salesperson who calls is no topic when the call is about something else', () => {
    expectAnswers([
      ['A Microsoft account manager phoned my client about their Project Online licences; we are not sure they were bought through us. Was that OK?', 'depends', 'non-csp-relationship'],
      ['Ein Microsoft-Vertriebsmitarbeiter hat meinem Kunden Power BI angeboten. Darf er das?', 'no', 'partner-communicates']
    ]);
  });

  it('what a sentence says around the topic: a route is no purchase, the recent past no live status, a retired offer a subscription matter', () => {
    expectAnswers([
      ['Can Microsoft invite my client to its Build conference without going through us?', 'no', 'partner-communicates'],
      ['Wir stellen für unseren Kunden Project Plan 3 auf Plan 5 um – informiert Microsoft ihn darüber?', 'no', 'subscription-communication'],
      ['Support für Windows 10 endet bald. Informiert Microsoft meine Kunden darüber?', 'yes', 'operational-communication'],
      ['Will Microsoft tell my client that the CSP offer for their legacy Office plan is being retired?', 'no', 'subscription-communication'],
      ['Kommen die Wartungsinfo und die Rechnung beide direkt von Microsoft?', 'depends', 'operational-communication'],
      ['Wir haben gerade das Abo gekündigt und der Dienst ist gestört. Informiert Microsoft den Kunden über beides?', 'depends', 'operational-communication']
    ]);
  });

  it('the way off a retired feature is operational; owning licences is no question of who owns the communication', () => {
    expectAnswers([
      ['Microsoft wrote my client that the classic Azure Cloud Services are retired and asked them to migrate to Container Apps. Was that allowed?', 'yes', 'operational-communication'],
      ['Will Microsoft tell my client that the Skype for Business retirement means an upgrade to Teams Premium licences?', 'depends', 'operational-communication'],
      ['Der Kunde nutzt Visio mit mehr Benutzern, als er Lizenzen besitzt. Meldet sich Microsoft deshalb bei ihm?', 'no', 'subscription-communication']
    ]);
  });

  it('a topic word with a typo beside a spelt-out topic is another part: both cases, never a dropped part', () => {
    expectAnswers([
      ['Will Microsoft tell my client about the planned maintenace and the renewal quote?', 'depends', 'operational-communication'],
      ['Schickt Microsoft dem Kunden die Rechnung und eine Info zur Wartugn?', 'depends', 'operational-communication'],
      ['Does Microsoft approach my clients to ask whether they would be willing to give a testimonial for a case study?', 'no', 'partner-communicates']
    ]);
  });

  it('a contract named in the asking part beside a product bought through us: both relationships, depends', () => {
    expectAnswers([
      ['Our client has a Premier Support contract directly with Microsoft and buys Intune from us. Will Microsoft write to them about the support contract renewal and about the Intune seat reduction?', 'depends', 'non-csp-relationship'],
      ['Der Kunde hat einen eigenen Supportvertrag mit Microsoft und Teams über uns. Meldet sich Microsoft wegen der Verlängerung des Supportvertrags und wegen der Teams-Rechnung?', 'depends', 'non-csp-relationship'],
      ['Client has an MPSA for server licences and Teams through us. Microsoft announced a price change, but we do not know for which agreement. Is that OK?', 'depends', 'non-csp-relationship'],
      ['Who tells my client that their unused trial environment in Power Platform will be deleted?', 'yes', 'operational-communication']
    ]);
  });
});

describe('a misspelt word inside a phrase or a product name (messy text)', () => {
  it('is read as the phrase or the product when the words around it confirm the guess', () => {
    expectAnswers([
      ['Der Kunde hat einen EA für Windows Server und bezieht Dyanmics 365 über uns. Schickt Microsoft ihm die Rechnung für Dyanmics 365?', 'no', 'subscription-communication'],
      ['Will Microsoft inform my client before the data cetnre migration?', 'yes', 'operational-communication'],
      ['Who tells the customer about the planned data cetnre move?', 'yes', 'operational-communication']
    ]);
  });
});

describe('topics a new author names in words of their own (issue 11, classes 3, 6, 8 and marketing)', () => {
  it('a word that holds a topic word inside another sense is not that topic: professions, product names, inflections', () => {
    expectAnswers([
      // a tax adviser is a customer, not a tax matter
      ['Unser Kunde ist eine Steuerberaterkanzlei mit 12 Leuten. Bei Microsoft gab es einen Sicherheitsvorfall. Informiert Microsoft ihn direkt?', 'yes', 'operational-communication'],
      ['The client is a small tax consultant firm. Microsoft found a vulnerability in their SharePoint. Will Microsoft warn them?', 'yes', 'operational-communication'],
      ['My client, a tax advisor, got an invoice from Microsoft for the E5 seats we sell him. OK?', 'no', 'subscription-communication'],
      // "Security" inside a product's name is no security matter
      ['Will Microsoft email my client about the Copilot for Security price increase?', 'no', 'subscription-communication'],
      // an inflected participle ("abgekündigten") is still a retirement, not a cancellation
      ['Lädt Microsoft den Kunden zu einem Webinar ein und warnt ihn vor abgekündigten Funktionen?', 'depends', 'operational-communication'],
      ['crit vuln in exchange server - does ms ping the customer?', 'yes', 'operational-communication'],
      ['Ist es unser Job, dem Kunden die Rechnung zu schicken?', 'no', 'subscription-communication'],
      ['Will our clients be hearing from Microsoft?', 'depends', 'operational-communication']
    ]);
  });

  it('sales approaches and general contact in other words: in general, no', () => {
    expectAnswers([
      ['Does Microsoft send my clients news about new products?', 'no', 'partner-communicates'],
      ['Will a Microsoft seller set up a demo of Dynamics 365 for my CSP client?', 'no', 'partner-communicates'],
      ['Bekommen meine Kunden von Microsoft Infos zu neuen Angeboten?', 'no', 'partner-communicates'],
      ['Ruft Microsoft unsere Kunden an, um sie kennenzulernen?', 'no', 'partner-communicates'],
      ['Does Microsoft invite CSP clients to adoption workshops?', 'no', 'partner-communicates'],
      ['Macht Microsoft mit unseren Kunden eine Roadmap-Session zu ihrer Cloud-Strategie?', 'no', 'partner-communicates']
    ]);
  });

  it('the principle itself in other words: the partner communicates', () => {
    expectAnswers([
      ['So the partner does all the talking with the customer, not Microsoft?', 'no', 'partner-communicates'],
      ['Ist der Partner laut Microsoft der zentrale Ansprechpartner des Kunden?', 'no', 'partner-communicates'],
      ['What does Microsoft leave to the partner when it comes to customer contact?', 'no', 'partner-communicates']
    ]);
  });
});

describe('the words staff type for operational, subscription and marketing events (issue 11, class 3)', () => {
  it('an outage in German chat words is read as operational, even where the shipped second opinion asks back', () => {
    // The second opinion, retrained with the ninth group's chat questions (where "spinnt" is mostly a device or
    // a live-status complaint), doubts this yes and asks back; the reading itself must still be operational.
    const question = 'Outlook spinnt seit gestern bei meinem Kunden, meldet sich MS da beim Kunden?';
    const answer = decide(question, understand(question));
    expect({ verdict: answer.verdict, rule: answer.rules[0] }).toEqual({ verdict: 'yes', rule: 'operational-communication' });
    expect(['yes', 'not-covered']).toContain(ask(question).verdict);
  });

  it('an outage in everyday words, English and German chat, is operational', () => {
    expectAnswers([
      ['Exchange hiccup this morning at one of our clients. Does Microsoft notify the customer about such hiccups?', 'yes', 'operational-communication'],
      ["Our client's Intune was flaky all day. Does Microsoft inform them about the root cause?", 'yes', 'operational-communication'],
      ['SharePoint ist beim Kunden total lahm. Schreibt Microsoft ihn dazu an?', 'yes', 'operational-communication'],
      ['Teams ist beim Kunden seit heute früh komplett weg. Informiert Microsoft den Kunden darüber?', 'yes', 'operational-communication'],
      ['Dienstverschlechterung bei Exchange Online – meldet sich Microsoft beim Kunden?', 'yes', 'operational-communication']
    ]);
  });

  it('security changes, attacks and expiring credentials are operational', () => {
    expectAnswers([
      ['Does Microsoft email the client about the Conditional Access policy changes coming to their tenant?', 'yes', 'operational-communication'],
      ['Does Microsoft inform customers when a legacy authentication protocol is blocked in their tenant?', 'yes', 'operational-communication'],
      ['Will Microsoft tell the client their Exchange Online mailbox was throttled?', 'yes', 'operational-communication'],
      ['Schreibt Microsoft den Kunden an, wenn sich die Conditional-Access-Richtlinien ändern?', 'yes', 'operational-communication'],
      ['Schickt Microsoft dem Kunden eine Benachrichtigung zum Ablauf seines Tokens?', 'yes', 'operational-communication'],
      ['Ein Trojaner hat beim Kunden Daten abgezogen. Meldet sich Microsoft beim Kunden?', 'yes', 'operational-communication']
    ]);
  });

  it('retirements, phase-outs, moves and capacity in other words are operational', () => {
    expectAnswers([
      ['Does Microsoft tell my client that the legacy Exchange Web Services API is going away?', 'yes', 'operational-communication'],
      ['Does Microsoft notify the customer that their Azure Basic Load Balancer is being phased out?', 'yes', 'operational-communication'],
      ['Does Microsoft reach out to the customer when an Azure service is discontinued?', 'yes', 'operational-communication'],
      ['Will MS tell my customer about capacity constraints in the region where they deploy VMs?', 'yes', 'operational-communication'],
      ['Bekommt der Kunde von Microsoft eine Mail, wenn Windows 10 das Supportende erreicht?', 'yes', 'operational-communication'],
      ['Informiert Microsoft den Kunden über die Migration seines Tenants in eine andere Region?', 'yes', 'operational-communication']
    ]);
  });

  it('the same words in a subscription sense stay subscription matters', () => {
    expectAnswers([
      ["Microsoft discontinued my customer's subscription after they stopped paying. Will they tell the customer?", 'no', 'subscription-communication'],
      ['Microsoft is phasing out the legacy licence offer my customer is on. Will Microsoft contact them about moving to the new offer?', 'no', 'subscription-communication'],
      ['Customer wants to know whether to allow-list Microsoft senders in the spam filter. Will Microsoft write to them about their licences?', 'no', 'subscription-communication']
    ]);
  });

  it('subscription matters in Austrian, Swiss and everyday words are no', () => {
    expectAnswers([
      ['Schickt Microsoft dem Kunden die Faktura oder machen wir das?', 'no', 'subscription-communication'],
      ['Schreibt Microsoft den Kunden wegen der Teuerung bei den Lizenzpreisen an?', 'no', 'subscription-communication'],
      ['Meldet sich Microsoft beim Kunden wegen einer Nachverrechnung?', 'no', 'subscription-communication'],
      ['Bekommt der Kunde eine Betreibung von Microsoft, wenn er nicht bezahlt?', 'no', 'subscription-communication'],
      ['Does Microsoft notify my client that the currency of their subscription changes from USD to EUR?', 'no', 'subscription-communication'],
      ['We are moving the client to a triennial term. Does Microsoft tell them?', 'no', 'subscription-communication']
    ]);
  });

  it('marketing in other words: hackathons, case studies, sales pressure', () => {
    expectAnswers([
      ['Darf Microsoft meine Kunden zu einem Hackathon einladen?', 'no', 'partner-communicates'],
      ['Darf Microsoft meinen Kunden für eine Fallstudie anfragen?', 'no', 'partner-communicates'],
      ['Microsoft will meinem Kunden Dynamics andrehen. Dürfen die den Kunden direkt kontaktieren?', 'no', 'partner-communicates'],
      ['Will Microsoft ask my client to fill in a questionnaire about their cloud plans?', 'no', 'partner-communicates'],
      ['Can Microsoft invite my customer to a lunch and learn on Copilot?', 'no', 'partner-communicates']
    ]);
  });
  it('Denglisch and chat shorthand for events: gesunsettet, sev1, gecancelt, downgegradet', () => {
    expectAnswers([
      ['Exchange Online wird für den Kunden gesunsettet, informiert MS ihn?', 'yes', 'operational-communication'],
      ['ms mailed the customer about a sev1 in their region. ok?', 'yes', 'operational-communication'],
      ['Will Microsoft tell my client that their Azure region is being decommissioned?', 'yes', 'operational-communication'],
      ['Will Microsoft tell my customer that their Azure storage account was publicly exposed?', 'yes', 'operational-communication'],
      ['Kunde hat gecancelt – schickt MS ihm eine Bestätigung?', 'no', 'subscription-communication'],
      ['Wir haben den Kunden downgegradet, informiert MS ihn?', 'no', 'subscription-communication'],
      ['Schickt MS dem Kunden den Reminder wegen offener Posten?', 'no', 'subscription-communication'],
      ['Wird der Kunde über die neuen Listenpreise von Microsoft informiert?', 'no', 'subscription-communication'],
      ['Does Microsoft chase the customer for an outstanding balance?', 'no', 'subscription-communication']
    ]);
  });

  it('marketing pieces and events in other words: flyers, reviews, business breakfasts', () => {
    expectAnswers([
      ['Microsoft hat meinem Kunden einen Flyer geschickt. Darf das sein?', 'no', 'partner-communicates'],
      ['Can Microsoft ask my customer for a G2 review?', 'no', 'partner-communicates'],
      ['Darf Microsoft meinen Kunden zu einem Business-Frühstück einladen?', 'no', 'partner-communicates'],
      ['Lädt Microsoft unsere Kunden in Zürich zu einem Apéro ein?', 'no', 'partner-communicates']
    ]);
  });
});

describe('questions about the policy, fragments and colloquial outages (issue 11, classes 3, 6 and 8)', () => {
  it('asking for the rules or how it is regulated is asking for every case', () => {
    expectAnswers([
      ['Welche Regeln gelten grundsätzlich für Microsofts Kontakt mit unseren CSP-Kunden?', 'depends', 'operational-communication'],
      ['What rules cover Microsoft reaching out to my CSP clients?', 'depends', 'operational-communication'],
      ['Erklär mir bitte, wie das mit Microsofts Kundenkontakt bei CSP geregelt ist.', 'depends', 'operational-communication'],
      ['Who owns the billing relationship with the customer, and does Microsoft talk to them about it?', 'no', 'subscription-communication']
    ]);
  });

  it('the partner worried about what Microsoft does is no duty of the partner; a duty to tell is', () => {
    expectAnswers([
      ['Should we worry that Microsoft will talk to our clients behind our back?', 'depends', 'operational-communication'],
      ['Müssen wir befürchten, dass Microsoft unsere Kunden direkt kontaktiert?', 'depends', 'operational-communication'],
      ['Is it my job or Microsoft\'s to tell the client about the renewal?', 'no', 'subscription-communication'],
      ['Should we expect Microsoft to reach our customers about general topics?', 'no', 'partner-communicates']
    ]);
  });

  it('fragments: Microsoft reaching out with nothing else said, a topic in two words', () => {
    expectAnswers([
      ['Microsoft direkt?', 'depends', 'operational-communication'],
      ['contact from Microsoft?', 'depends', 'operational-communication'],
      ['Kündigungen Verlängerungen?', 'no', 'subscription-communication']
    ]);
  });

  it('operational in chat words and events: a service gone, data moved, the way off a retired feature', () => {
    expectAnswers([
      ['Letzte Woche waren Teams und Outlook einen halben Tag weg. Schreibt Microsoft unsere Kunden deswegen an?', 'yes', 'operational-communication'],
      ['Exchange was out for most of Monday. Does Microsoft email my clients about it?', 'yes', 'operational-communication'],
      ['Teams spinnt seit heute früh bei mehreren Kunden – meldet sich Microsoft bei denen?', 'yes', 'operational-communication'],
      ["Microsoft is relocating my client's SharePoint data to a new region. Will they tell the client?", 'yes', 'operational-communication'],
      ['Microsoft verschiebt die Daten unseres Kunden in ein anderes Rechenzentrum. Informiert Microsoft ihn selbst?', 'yes', 'operational-communication'],
      ['"Planned retirement: the classic alerts will be retired on 1 March. Action required: migrate to the new alerts." Microsoft sent this to my CSP client. Allowed?', 'yes', 'operational-communication'],
      // a purchase beside an operational part is a second part
      ['Will Microsoft write to my client about the TLS deprecation and about buying more licences?', 'depends', 'operational-communication']
    ]);
  });
  it('abuse, sync errors and data loss are operational; a security workshop is marketing, unlicensed users and VAT are subscription matters', () => {
    expectAnswers([
      ["Microsoft's abuse team says spam is coming from my client's tenant. Will they contact the client directly?", 'yes', 'operational-communication'],
      ['Bekommt der Kunde von Microsoft Mails zu Synchronisierungsfehlern in Entra Connect?', 'yes', 'operational-communication'],
      ['Informiert Microsoft den Kunden bei einem Datenverlust in OneDrive?', 'yes', 'operational-communication'],
      ['Does Microsoft offer my client a free security assessment directly?', 'no', 'partner-communicates'],
      ['Darf Microsoft meinen Kunden zu einem Security-Workshop einladen?', 'no', 'partner-communicates'],
      ['Does Microsoft warn my client that they have unlicensed users?', 'no', 'subscription-communication'],
      ['Does Microsoft tell the customer that their VAT number on the invoice is wrong?', 'no', 'subscription-communication'],
      ['Gewährt Microsoft dem Kunden direkt eine Kulanz und informiert ihn darüber?', 'no', 'subscription-communication']
    ]);
  });
});

describe('words that look like a topic or a request in another sense (issue 11, precision)', () => {
  it('a project status, a Teams meeting, a phone number inside a product name, a misspelt certificate', () => {
    expectAnswers([
      ['Our client has a Microsoft consulting engagement; the Microsoft project lead sends them a project status report every week. OK under CSP?', 'yes', 'non-csp-relationship'],
      ['Can Copilot take notes in Teams meetings for my customer?', 'not-covered'],
      ['Teams Phone number porting had an outage and the calling plan price went up – who informs my client?', 'depends', 'operational-communication'],
      ["Microsoft moves the client's tenant to a Swiss data centre next month. Does Microsoft tell the client itself?", 'yes', 'operational-communication'],
      ["The customer's SAML certficate expires next week. Does Microsoft warn them?", 'yes', 'operational-communication'],
      ['Das Zertfikat für die Enterprise-App des Kunden läuft ab. Meldet sich Microsoft bei ihm?', 'yes', 'operational-communication']
    ]);
  });
});

describe('who, which channel and what is asked, in words the corpus authors did not use (issue 11, classes 1, 2, 4, 5, 7)', () => {
  it('two relationships: each product keeps its own channel, and the asked product decides', () => {
    expectAnswers([
      ["The architect's office bought Visio Plan 2 on the Microsoft website with their company card, the rest of their licences come from me. Will Microsoft send them the bill for Visio?", 'yes', 'non-csp-relationship'],
      ['Our client keeps Power BI Premium through an Enterprise Agreement and Defender for Business P1 in CSP with us. Does Microsoft send them the P1 renewal reminder?', 'no', 'subscription-communication'],
      ['Kunde hat Dynamics 365 direkt und Teams Phone über uns. Die Dynamics-Rechnung verschickt Microsoft selbst, richtig?', 'yes', 'non-csp-relationship'],
      ['Der Kunde hat einen Select-Plus-Vertrag für Windows Server, Microsoft 365 Business Standard aber über uns im CSP. Schreibt Microsoft ihn zur Verlängerung von Business Standard an?', 'no', 'subscription-communication'],
      ['The school has a Unified Support contract directly and Intune via our Azure plan... sorry, via our CSP tenant. Will Microsoft send them the Unified invoice and the Intune invoice?', 'depends', 'non-csp-relationship'],
      ['The practice runs a pay-as-you-go subscription on its own card and a CSP subscription from me. Who sends the invoice for the pay-as-you-go one?', 'yes', 'non-csp-relationship'],
      ['Die Kanzlei hat einige Sachen direkt im Microsoft Store gekauft und einige bei mir. Schickt Microsoft ihr Rechnungen?', 'depends', 'non-csp-relationship'],
      ['Kunde mit eigenem EA kündigt die Power-BI-Lizenzen, die er über uns bezieht. Bekommt er von Microsoft eine Bestätigung zur Kündigung?', 'no', 'subscription-communication'],
      // a reseller buys through its distributor: that is the CSP channel, beside an old direct agreement
      ['The practice keeps an old Select Plus agreement for Windows Server and gets Exchange Online through our distributor. Does Microsoft send them the Exchange Online renewal?', 'no', 'subscription-communication']
    ]);
  });

  it('channel unknown: a hint that the partner may not have sold it turns on the channel, never a guessed no', () => {
    expectAnswers([
      ["The dental lab got a renewal notice from Microsoft for Power BI Pro. I don't think we ever sold them Power BI. Is that allowed?", 'depends', 'non-csp-relationship'],
      ['Microsoft sent the client an invoice for Visio. Maybe they bought it somewhere else?', 'depends', 'non-csp-relationship'],
      ['Die Praxis bekam von Microsoft eine Zahlungserinnerung für Teams Premium. Ob sie das bei uns hat, weiß ich nicht genau. Darf Microsoft das?', 'depends', 'non-csp-relationship'],
      ['Kunde bekommt von Microsoft Mahnungen für Copilot. In unserem Reseller-Portal ist davon nichts zu sehen. Korrekt?', 'depends', 'non-csp-relationship'],
      ['The florist says they ordered Intune online, now Microsoft emails them about the invoice. ok?', 'depends', 'non-csp-relationship'],
      ['Microsoft mahnt den Kunden wegen Defender. Wir verkaufen ihm nur Business Basic.', 'depends', 'non-csp-relationship']
    ]);
  });

  it("recipient and speaker, the asker acting, tasks and scope fragments", () => {
    expectAnswers([
      ['The architect asks me: will Microsoft send us the invoices and tell us about outages?', 'depends', 'operational-communication'],
      ['Die Bäckerei fragt mich: schreibt uns Microsoft wegen der Rechnungen?', 'no', 'subscription-communication'],
      ['Will Microsoft let us know when a customer cancels their subscription?', 'not-covered'],
      ['Müssen wir die Kunden über die Wartung bei Microsoft informieren?', 'yes', 'operational-communication'],
      ["Can I phone the customer's Microsoft account manager about moving their EA licences to us?", 'not-covered'],
      ['Bitte übersetzen Sie diese Microsoft-Nachricht für meinen Kunden ins Englische.', 'not-covered'],
      ['and for tenants we manage through Azure Lighthouse?', 'applies', 'applies-to'],
      ['Und für Kunden, die wir per Lighthouse verwalten?', 'applies', 'applies-to'],
      ['Is it my thing to send the renewal quote for their Azure reservations?', 'no', 'subscription-communication'],
      ['Ist es unser Job, die Verlängerungsinfo für Visio zu schicken?', 'no', 'subscription-communication']
    ]);
  });

  it('the partner as the recipient and the asker turning to Microsoft, in German word order and chat words', () => {
    expectAnswers([
      ['Meine Kollegin will wissen, ob Microsoft uns über Wartungsarbeiten bei unseren Kunden benachrichtigt.', 'not-covered'],
      ['Schreibt Microsoft den CSP an, wenn beim Kunden eine Zahlung fehlschlägt?', 'not-covered'],
      ['Landen die Rechnungsmails von Microsoft für unsere Kunden auch bei uns im Postfach?', 'not-covered'],
      ["Does our finance team receive an email from Microsoft when a customer's invoice is ready?", 'not-covered'],
      ['Soll ich mich bei einer falschen Kundenrechnung an Microsoft oder an den Distributor wenden?', 'not-covered'],
      ['Wie ruf ich bei Microsoft an, wenn der Kunde eine Rechnung bestreitet?', 'not-covered'],
      ['How do I subscribe to service health alerts for all my customers in Partner Center?', 'not-covered'],
      ['Will Microsoft refund us for the licences the customer cancelled?', 'not-covered'],
      ['Darf Microsoft den Reseller übergehen und den Kunden direkt wegen der Verlängerung anschreiben?', 'no', 'subscription-communication'],
      // "Bescheid geben" opened by its light verb, with what is told after the noun: the one told stands before it
      ['Gibt Microsoft uns als Reseller rechtzeitig Bescheid über geplante Wartungen im Kundentenant?', 'not-covered'],
      ['Gibt MS dem Kunden vorher Bescheid über die Abschaltung des alten Exchange-Protokolls?', 'yes', 'operational-communication']
    ]);
  });
});

describe('an upgrade of a service is operational, an upgrade of a licence a subscription matter (issue 11, class 3)', () => {
  it('reads what is upgraded: a cluster, a database, a model version, or a plan', () => {
    expectAnswers([
      ['Microsoft emailed my client that their Azure Kubernetes cluster will be upgraded to version 1.30 automatically. Is that allowed?', 'yes', 'operational-communication'],
      ['Microsoft informiert den Kunden über ein automatisches Upgrade seiner Azure-SQL-Datenbank auf die neue Version. Ist das erlaubt?', 'yes', 'operational-communication'],
      ["Microsoft says the customer's Exchange Online mailboxes will be auto-upgraded to the new archive. Allowed?", 'yes', 'operational-communication'],
      ['Will Microsoft tell my client about the upgrade from E3 to E5?', 'no', 'subscription-communication'],
      ['Does Microsoft inform the customer when their Business Basic licences are upgraded to Business Standard?', 'no', 'subscription-communication']
    ]);
  });

  it('telling the customer to buy directly is a sales approach, not a direct purchase', () => {
    expectAnswers([
      ['Darf Microsoft meinem Kunden sagen, er soll Teams lieber direkt bei Microsoft kaufen statt bei uns?', 'no', 'partner-communicates'],
      ['Der Kunde hat Visio direkt statt bei uns gekauft. Schickt Microsoft ihm die Visio-Rechnung?', 'yes', 'non-csp-relationship'],
      ['The client bought Visio directly instead of from us. Will Microsoft send them the Visio invoice?', 'yes', 'non-csp-relationship'],
      ['The practice purchased Project directly rather than through us. Does Microsoft bill them for it?', 'yes', 'non-csp-relationship']
    ]);
  });
});

describe('products and purchase channels named the way partner staff write them (issue 11, classes 1 and 2)', () => {
  it('an app or plan name is the product, and its words are no topic or channel of their own', () => {
    expectAnswers([
      // "Marketing", "Customer Service", "Direct Routing", "Office 365" inside a longer product name
      ['Microsoft emailed our client about the renewal of their Dynamics 365 Marketing licences, which they bought with us. Allowed?', 'no', 'subscription-communication'],
      ['Will Microsoft send the D365 Customer Service renewal quote to the client? We resell it to them.', 'no', 'subscription-communication'],
      ['Der Kunde nutzt Teams Direct Routing, alles über uns lizenziert. Schreibt Microsoft ihm wegen der Preiserhöhung?', 'no', 'subscription-communication'],
      ['Customer has Defender for Office 365 from us. Will Microsoft send them the renewal quote?', 'no', 'subscription-communication'],
      ['Can Microsoft email my customer about their Entra ID P2 licence count?', 'no', 'subscription-communication'],
      ['Microsoft announced to our customer that Skype for Business Online will be retired. Is that allowed?', 'yes', 'operational-communication']
    ]);
  });

  it('a product the bot did not know named with a doubt about its channel: depends', () => {
    expectAnswers([
      ["Microsoft wrote our client about their Fabric capacity invoice. We don't know if they bought it from us. OK?", 'depends', 'non-csp-relationship'],
      ['Microsoft hat dem Kunden wegen seiner Viva-Insights-Lizenzen geschrieben, wir wissen nicht, ob die über uns laufen. Passt das?', 'depends', 'non-csp-relationship'],
      ['Microsoft hat dem Kunden eine Rechnung für Copilot geschickt, vllt hat er das selbst gekauft. Darf MS das?', 'depends', 'non-csp-relationship']
    ]);
  });

  it('consumer products are bought directly from Microsoft, never in CSP', () => {
    expectAnswers([
      ['The marketing lead bought Copilot Pro for herself. Microsoft now mails her about the Copilot Pro price increase. Fine?', 'yes', 'non-csp-relationship'],
      ["Customer's Xbox Game Pass renewal mail came from Microsoft, is that fine?", 'yes', 'non-csp-relationship'],
      ["The owner pays for Microsoft 365 Family himself; his company's Business Standard comes from us. Will Microsoft send him the Microsoft 365 Family renewal notice?", 'yes', 'non-csp-relationship'],
      ["The owner pays for Microsoft 365 Family himself; his company's Business Standard comes from us. Will Microsoft send him the Business Standard renewal notice?", 'no', 'subscription-communication']
    ]);
  });

  it('agreements and direct purchases by their short names beside what is bought through the partner', () => {
    expectAnswers([
      ['Customer has a MACC with Microsoft for Azure and gets Business Premium from us. Will Microsoft send them the MACC consumption statement?', 'yes', 'non-csp-relationship'],
      ['Customer has a MACC with Microsoft for Azure and gets Business Premium from us. Will Microsoft send them the Business Premium invoice?', 'no', 'subscription-communication'],
      ['Kunde zahlt Azure über ein eigenes PAYG-Abo, M365 läuft über uns. Bekommt er die Azure-Rechnung von Microsoft?', 'yes', 'non-csp-relationship'],
      ['Kunde zahlt Azure über ein eigenes PAYG-Abo, M365 läuft über uns. Bekommt er die M365-Rechnung von Microsoft?', 'no', 'subscription-communication'],
      ['Client has an Open Value Subscription for Windows Server and Teams Phone via our CSP. Will Microsoft send the OVS renewal notice to the client?', 'yes', 'non-csp-relationship'],
      ['Client has an Open Value Subscription for Windows Server and Teams Phone via our CSP. Will Microsoft send the Teams Phone renewal notice to the client?', 'no', 'subscription-communication'],
      ['Customer bought GitHub Enterprise directly and Azure via us. Will Microsoft send them the GitHub invoice?', 'yes', 'non-csp-relationship'],
      ['Der Kunde hat eine Azure Sponsorship von Microsoft, die Lizenzen laufen alle über uns. Microsoft schreibt ihm, dass das Azure-Sponsorship-Guthaben bald aufgebraucht ist. Darf MS das?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('"through us" in the words of the trade: our paper, our disti', () => {
    expectAnswers([
      ["Our customer's Cloud PCs are on our paper. Will Microsoft write them about the Windows 365 price increase?", 'no', 'subscription-communication'],
      ['Kunde hat eine MACC-Vereinbarung mit Microsoft, Business Central beziehen sie über unseren Disti. Schickt Microsoft ihnen die Rechnung für Business Central?', 'no', 'subscription-communication'],
      ['Kunde hat eine MACC-Vereinbarung mit Microsoft, Business Central beziehen sie über unseren Disti. Schickt Microsoft ihnen die MACC-Abrechnung?', 'yes', 'non-csp-relationship'],
      ['Kunde hat Dynamics NAV on-prem über einen anderen Partner und Business Central über uns. Schickt Microsoft ihm die Business-Central-Rechnung?', 'no', 'subscription-communication']
    ]);
  });

  it('two relationships: the customer named by what it is, holdings "with us", and the customer as the subject of its own verb', () => {
    expectAnswers([
      // a public body, a practice or a firm is the customer
      ['The county has a government EA with Microsoft and a CSP tenant with us. Microsoft has written to the county about price changes. Legit?', 'depends', 'non-csp-relationship'],
      ['Die Gemeinde hat einen Rahmenvertrag direkt mit Microsoft, Microsoft 365 bezieht sie über uns. Darf Microsoft die Gemeinde wegen des Rahmenvertrags anschreiben?', 'yes', 'non-csp-relationship'],
      ['Unsere Zahnarztpraxis bezieht alles über uns im CSP. Schickt Microsoft der Praxis die Rechnung?', 'no', 'subscription-communication'],
      // "with us" after a holding is the partner's channel; "talk with us" is not
      ['The school has Unified Support with Microsoft and keeps its Intune seats with us. Will Microsoft remind them about the Intune renewal?', 'no', 'subscription-communication'],
      // "Customer buys …", "Kunde kauft …": the customer tells nothing in its own voice, "us" is the partner
      ['Customer gets Teams Phone from us and also holds an MPSA with Microsoft. Can Microsoft send them renewal reminders?', 'depends', 'non-csp-relationship'],
      ['Kunde bezieht Defender bei uns und hat nebenher einen Select-Plus-Vertrag. Darf Microsoft ihn wegen der Verlängerung kontaktieren?', 'depends', 'non-csp-relationship']
    ]);
  });

  it('two relationships: the second opinion does not overrule which product the asking part names', () => {
    expectAnswers([
      ['Client has Visual Studio subscriptions bought directly and Exchange Online from us in CSP. Does Microsoft send them the Exchange Online renewal notice?', 'no', 'subscription-communication'],
      ['Kunde hat ein Herausgeberkonto im Marketplace direkt bei Microsoft und bezieht Teams über uns. Schickt Microsoft ihm die Teams-Rechnung?', 'no', 'subscription-communication']
    ]);
  });

  it('channel unknown: the partner cannot find or trace the product, said colloquially or with the negation last', () => {
    expectAnswers([
      ['visio is nich in unserm partner center aber microsoft hat dem kunden wegen der verlängerung geschrieben', 'depends', 'non-csp-relationship'],
      ['Microsoft mahnt die Praxis wegen einer offenen Zahlung für Intune. Das Abo finden wir nirgendwo bei uns. Darf Microsoft das?', 'depends', 'non-csp-relationship'],
      ['The clinic uses Azure Virtual Desktop but we cannot trace under which contract. Will Microsoft bill them directly?', 'depends', 'non-csp-relationship'],
      ['Im Partner Center ist Power BI bei diesem Kunden nicht. Trotzdem kam eine Rechnung von Microsoft. Ist das zulässig?', 'depends', 'non-csp-relationship'],
      // a negated action is no missing product: "not paid" says nothing about the channel
      ['When we suspend a Teams Phone subscription in Partner Center because the client has not paid us, does Microsoft tell the client?', 'no', 'subscription-communication']
    ]);
  });

  it('several topics: a feature ended and a subscription changed, said in other words, get both cases', () => {
    expectAnswers([
      ['Microsoft schreibt dem Kunden zur Einstellung eines Exchange-Features und zur Kündigung seiner Visio-Abos. Ist beides okay?', 'depends', 'operational-communication'],
      ['Who informs the school that a Teams feature is being deprecated, and who tells them about the licence changes that follow?', 'depends', 'operational-communication'],
      ['the dentist got a mail about a defender incident and also wants to know will microsoft send them the renewal quote', 'depends', 'operational-communication']
    ]);
  });

  it('two relationships: German particles, bare contracts, Microsoft billing them and the pronoun that points back', () => {
    expectAnswers([
      // "aber" after the verb and its subject is no new clause
      ['Der Kunde hat einen EA, die Defender-Lizenzen hat er aber bei uns gekauft. Schickt Microsoft ihm die Preiserhöhung für Defender?', 'no', 'subscription-communication'],
      // a bare "contract" beside CSP fits either channel
      ['Unified Support customer who also buys Azure from us in CSP: may Microsoft write to them about their contracts?', 'depends', 'non-csp-relationship'],
      // "invoice them for …" names what is asked
      ['client has an MCA direct and exchange online through us, will microsoft invoice them for the exchange online seats', 'no', 'subscription-communication'],
      // "die" points back to the renewal named before
      ['Die Kanzlei hat Power BI direkt bei Microsoft gekauft, der Rest läuft über uns. Jetzt kam von Microsoft die Verlängerung für diese Power-BI-Lizenzen. Darf Microsoft die direkt schicken?', 'yes', 'non-csp-relationship'],
      // a security vendor is a kind of business, not an incident
      ['The customer is a security software vendor with its own Marketplace publisher account and buys Intune from us. Will Microsoft contact them about their publisher payouts?', 'yes', 'non-csp-relationship']
    ]);
  });
});

describe('Project named bare where a product stands (flagged18, class 1)', () => {
  it('after a verb of getting, buying or holding, before the way it was bought or a joining word, "Project" is the product', () => {
    expectAnswers([
      ['Our customer gets Project straight from Microsoft with a company card. Does Microsoft send them the renewal reminder?', 'yes', 'non-csp-relationship'],
      ['They purchased Project directly and Visio through us. Will Microsoft email them the Project invoice?', 'yes', 'non-csp-relationship'],
      ['Die Agentur bezieht Project direkt bei Microsoft. Schickt Microsoft ihr die Verlängerungsinfo?', 'yes', 'non-csp-relationship'],
      ['Das Büro hat Project und Visio direkt bei Microsoft bestellt. Wer schickt die Rechnung dafür?', 'yes', 'non-csp-relationship'],
      ['Does Microsoft write to my customer about Project?', 'depends', 'non-csp-relationship']
    ]);
  });

  it('"project" as the everyday word stays one: after an article, a possessive or another noun, or before a noun', () => {
    expect(understand('Can Microsoft contact my customer about our migration project?').facts.products).toEqual([]);
    expect(understand('Will Microsoft contact my client about the project?').facts.products).toEqual([]);
    expect(understand('We have a project with the customer, does Microsoft tell them about outages?').facts.products).toEqual([]);
    expect(understand('Does Microsoft email the customer about project management training?').facts.products).toEqual([]);
    expect(understand('Der Kunde bucht Project Management Schulungen bei uns. Schreibt Microsoft ihn an?').facts.products).toEqual([]);
  });
});

describe('security words, cited mails and the country "US" (issue 11, classes 3 and 5, precision)', () => {
  it('threats, malicious apps, dropped support and spoken-out "m f a" are operational', () => {
    expectAnswers([
      ['Defender flagged an active threat on a file server. Does Microsoft write to the tenant owner directly?', 'yes', 'operational-communication'],
      ['a malicious add-in was blocked in the customer tenant, will microsoft notify them itself', 'yes', 'operational-communication'],
      ['Teams stops supporting an old browser version - who informs the customer, Microsoft or us?', 'yes', 'operational-communication'],
      ['Gibt es bei einem Störfall im Exchange Online eine direkte Meldung von Microsoft an den Kunden?', 'yes', 'operational-communication'],
      ['neue Bedrohungslage durch eine Phishingwelle, schreibt Microsoft die Kunden selbst an?', 'yes', 'operational-communication'],
      ['m f a wird für das admin center verpflichtend, erfährt der kunde das von microsoft direkt', 'yes', 'operational-communication']
    ]);
  });

  it('"in Kenntnis setzen" and "unterrichten" are ways of informing', () => {
    expectAnswers([
      ['Setzt Microsoft die Gemeinde in Kenntnis, wenn ein Rechenzentrum umzieht?', 'yes', 'operational-communication'],
      ['Wird der Mandant von Microsoft über eine Preiserhöhung seiner CSP-Abos unterrichtet?', 'no', 'subscription-communication']
    ]);
  });

  it('a "nothing else" that closes a description says "only", not "in which cases"', () => {
    expectAnswers([
      ['The hospital buys only from us, nothing else. Does Microsoft send them the renewal reminder?', 'no', 'subscription-communication'],
      ['Reiner CSP-Kunde bei uns, sonst nichts. Mahnt Microsoft ihn direkt an?', 'no', 'subscription-communication']
    ]);
  });

  it('an order inside a mail cited after a colon is the sender\'s, not a task for the bot', () => {
    expectAnswers([
      ['the customer forwarded this, the mail says: please review your app registrations before the secret expires. may microsoft write that to them directly?', 'yes', 'operational-communication']
    ]);
  });

  it('"G2", "Kundenaktion" and "Transaktion" are no marketing, unused environments no subscription matter', () => {
    expectAnswers([
      ['Microsoft is rotating the G2 root certificate for Azure Storage. Is the customer told directly?', 'yes', 'operational-communication'],
      ['Sicherheitsupdate für Exchange Server, keine Kundenaktion erforderlich – informiert Microsoft die Kunden trotzdem selbst?', 'yes', 'operational-communication'],
      ['Ungenutzte Power-Platform-Umgebungen werden gelöscht: darf Microsoft das dem Kunden direkt mitteilen?', 'yes', 'operational-communication']
    ]);
  });

  it('a hedge on a claim about the policy is no doubt about how the product was bought', () => {
    expectAnswers([
      ['I think Microsoft is not allowed to email our customers about their invoices, right?', 'no', 'subscription-communication'],
      ['Ich glaube, Microsoft darf unsere Kunden nicht wegen der Rechnung anschreiben, oder?', 'no', 'subscription-communication'],
      ['I think they bought Visio directly. Can Microsoft send them the invoice?', 'depends', 'non-csp-relationship'],
      ['Ich glaube, die haben Visio selbst gekauft. Schickt Microsoft die Rechnung?', 'depends', 'non-csp-relationship']
    ]);
  });

  it('German words that hold a topic word in another sense: gesteuert, angemessen, gemessen, sicherheitshalber, hängt davon ab', () => {
    expectAnswers([
      ['Ein ferngesteuerter Angriff auf den Tenant wurde erkannt. Informiert Microsoft die Firma direkt?', 'yes', 'operational-communication'],
      ['Ist es angemessen, wenn Microsoft eine Kanzlei direkt wegen ihrer Störung anschreibt?', 'yes', 'operational-communication'],
      ['Die Verfügbarkeit wird monatlich gemessen. Schickt Microsoft dem Kunden die Rechnung für seine CSP-Lizenzen?', 'no', 'subscription-communication'],
      ['Sicherheitshalber nachgefragt: kündigt Microsoft dem Kunden die Preiserhöhung selbst an?', 'no', 'subscription-communication'],
      ['Hängt es davon ab, ob die Lizenzen über uns laufen, wenn Microsoft wegen der Verlängerung schreibt?', 'depends', 'non-csp-relationship']
    ]);
  });

  it('"a US county", "U.S. agencies" are the country, not the partner', () => {
    expectAnswers([
      ['Will Microsoft email a US school district about the renewal of its CSP licences?', 'no', 'subscription-communication'],
      ['Do U.S. agencies on GCC High get outage notices from Microsoft directly?', 'yes', 'operational-communication']
    ]);
  });
});

describe('customers named by what they are, and who is reached (issue 11, no topic, reversed, asker, partner as recipient)', () => {
  it('a public body, a clinic or a firm is the customer; with nothing else said, every case', () => {
    expectAnswers([
      ['Is Microsoft allowed to phone the district council we look after?', 'depends', 'operational-communication'],
      ['Darf Microsoft unsere Arztpraxis direkt anschreiben?', 'depends', 'operational-communication'],
      ["The hospital's IT lead says Microsoft rang them yesterday. Fine?", 'depends', 'operational-communication'],
      ['Schreibt Microsoft unsere Pflegeheime wegen der Verlängerung an?', 'no', 'subscription-communication'],
      ['Will Microsoft contact the university about the Azure outage?', 'yes', 'operational-communication']
    ]);
  });

  it('"Problem?" after a story checks it, as "OK?" does; who sends is no purchase channel', () => {
    expectAnswers([
      ['Microsoft emailed one of our schools. Is that a problem?', 'depends', 'operational-communication'],
      ['Do our clients ever receive mail from Microsoft itself or just from us?', 'depends', 'operational-communication']
    ]);
  });

  it('the partner\'s duty in a German zu-infinitive, and passing a notice on', () => {
    expectAnswers([
      ['Ist es unsere Aufgabe, dem Landratsamt die Preiserhöhung für Teams mitzuteilen?', 'no', 'subscription-communication'],
      ['Obliegt es uns, die Klinik über die Wartung des Rechenzentrums zu informieren?', 'yes', 'operational-communication'],
      ["Microsoft sent us the renewal notice for the customer's seats. Do we need to forward it to the customer, or will Microsoft send it to them as well?", 'no', 'subscription-communication'],
      ['In der Übersetzung der Richtlinie steht „Dienstvorfälle“. Informiert Microsoft bei Dienstvorfällen nur uns und nicht den Kunden?', 'yes', 'operational-communication']
    ]);
  });

  it('work on a mail at hand and reports to Microsoft\'s security desk are not the policy\'s question', () => {
    expectAnswers([
      ['Fass mir bitte die Microsoft-Mail vom Kunden zusammen.', 'not-covered'],
      ['Darf ich dem MSRC eine Lücke im Tenant eines Kunden melden?', 'not-covered']
    ]);
  });
});

describe('one pair of letters swapped in the deciding word (messy text, issue 11)', () => {
  it('a misspelt topic word is as sure as spelt when one swap back makes it a word: it outweighs a licence named beside it', () => {
    expectAnswers([
      ['Does Microsoft send marketnig mails to customers whose licences run through our CSP?', 'no', 'partner-communicates'],
      ['Does Microsoft send newseltters to customers who license Teams through us?', 'no', 'partner-communicates'],
      ['Customer with CSP licences got a maintenanec notice from Microsoft. Ok?', 'yes', 'operational-communication'],
      ['Does Microsoft send the Message Cetner posts to customers whose subscriptions are from us?', 'yes', 'operational-communication'],
      // in German
      ['Sendet Microsoft den Kunden Newsletetr, wenn sie über uns lizenziert sind?', 'no', 'partner-communicates']
    ]);
  });

  it('a real word one swap from a word of the lexicon is left as it is', () => {
    // "complaint" is no misspelt "compliant", "schrieb" no misspelt "schreib"
    expectAnswers([
      ['A complaint came in: Microsoft phoned the customer about renewing the licences they buy from us. Allowed?', 'no', 'subscription-communication'],
      ['Der Kunde schrieb uns, Microsoft habe ihn wegen der Verlängerung seiner CSP-Lizenzen angerufen. Darf das sein?', 'no', 'subscription-communication']
    ]);
  });

  it('channel unknown and two relationships: nobody knows, not convinced, not billed by us; SOWs and offers bought', () => {
    expectAnswers([
      ['The practice got a renewal notice from Microsoft for Visio. Nobody here knows where they bought it. Is Microsoft allowed to send that?', 'depends', 'non-csp-relationship'],
      ['We run their Exchange Online, but I am not convinced the Power BI seats came through us. Microsoft sent them a Power BI payment reminder, fine?', 'depends', 'non-csp-relationship'],
      ['Der Kunde schickt uns eine Mahnung von Microsoft für Defender. Defender billen wir dem Kunden nicht. Darf Microsoft das?', 'depends', 'non-csp-relationship'],
      ['Client has a direct SOW with Microsoft consulting and Teams from us in CSP. Will Microsoft talk to them about extending the SOW?', 'yes', 'non-csp-relationship'],
      // a clause that names both channels leaves "that" open
      ['Client with Visio bought direct and Intune via us got a mail from Microsoft headed "Price changes to your subscription". Should they get that from Microsoft?', 'depends', 'non-csp-relationship']
    ]);
  });
});

describe('customer speech typed in lower case without a colon (messy text, issue 11)', () => {
  it('someone of the customer\'s reporting or asking at the start speaks for the customer: their "we" and "us" are the customer', () => {
    expectAnswers([
      ['client anxious why does microsoft keep ringing us about the outage last night is that allowed', 'yes', 'operational-communication'],
      ['the dental practice asks me will microsoft send us the renewal notice for our csp licences', 'no', 'subscription-communication'],
      ['complaint from the client microsoft keeps mailing us about the price of our teams phone plan which we buy from you is that ok', 'no', 'subscription-communication'],
      ['die gemeinde fragt bekommen wir die rechnung für unsere csp lizenzen direkt von microsoft', 'no', 'subscription-communication']
    ]);
  });

  it('the asker\'s own side asking stays the partner, and "quick check" without its colon is a label, not an order', () => {
    expectAnswers([
      ['my manager asks will microsoft email us about outages in customer tenants', 'not-covered'],
      ['quick check a security incident in the customers tenant does microsoft tell them directly', 'yes', 'operational-communication']
    ]);
  });
});

describe('the policy itself, sales approaches, scope and what is not the policy\'s question, in new words (issue 11, classes 4, 5, 7, 8 and marketing)', () => {
  it('the principle asked in other words is "in general, no"', () => {
    expectAnswers([
      ["Is it Microsoft's official position that the reseller runs all contact with the client?", 'no', 'partner-communicates'],
      ['Faustregel: hört der Kunde von uns und nicht von Microsoft?', 'no', 'partner-communicates'],
      ['Is the reseller the first port of call for the client, according to Microsoft?', 'no', 'partner-communicates'],
      ['Will Microsoft send our clients general news about the CSP programme?', 'no', 'partner-communicates']
    ]);
  });

  it("the policy's own words asked to be explained, and subscriptions named as what is talked about", () => {
    expectAnswers([
      ["What does 'Microsoft will not send communications directly to your customers related to their subscriptions' mean for renewals?", 'no', 'subscription-communication'],
      ['Warum schreibt Microsoft unseren Kunden nichts zu ihren Abonnements?', 'no', 'subscription-communication']
    ]);
  });

  it('Microsoft selling to or inviting the customer is a sales approach', () => {
    expectAnswers([
      ['Does Microsoft invite our clients to webinars directly?', 'no', 'partner-communicates'],
      ['Ruft Microsoft unsere Kunden an, um ihnen weitere Lizenzen zu verkaufen?', 'no', 'partner-communicates']
    ]);
  });

  it('scope by country, sovereign cloud and short follow-up', () => {
    expectAnswers([
      ['Gilt das auch für Kunden in Belgien?', 'applies', 'applies-to'],
      ['And for clients on the Delos cloud?', 'applies', 'applies-to']
    ]);
  });

  it('procedures, advice and live status are not covered', () => {
    expectAnswers([
      ['How long does it take to become an indirect reseller?', 'not-covered'],
      ['Tipps für ein Gespräch mit einem verärgerten Kunden?', 'not-covered'],
      ['Teams web client not loading, is it just me?', 'not-covered'],
      ['Kann ich mich bei Fragen zur Rechnung des Kunden direkt an den Microsoft-Support wenden?', 'not-covered']
    ]);
  });

  it('the partner as the recipient: someone of ours receives, or "they" is Microsoft', () => {
    expectAnswers([
      ['Bekommt unser NOC eine Meldung, wenn beim Kunden ein Sicherheitsvorfall ist?', 'not-covered'],
      ['When Microsoft spots suspicious sign-ins at a client, do they notify us?', 'not-covered'],
      ['Microsoft found a problem in the customer\'s tenant. Will they tell the customer?', 'yes', 'operational-communication']
    ]);
  });

  it('who tells the customer, with the other teller or a reason after the question', () => {
    expectAnswers([
      ['Muss ich die Praxis über die Preiserhöhung informieren oder Microsoft?', 'no', 'subscription-communication'],
      ['Who tells the client about the renewal of their MPSA, since we only supply their Teams via CSP?', 'yes', 'non-csp-relationship']
    ]);
  });
});

describe('two relationships typed as one run-on sentence (messy text, issue 11, class 1)', () => {
  it('a channel after a product name of several words is that product\'s, not the one before the name', () => {
    expectAnswers([
      ['kunde hat unified support direkt power bi premium per user über uns schickt microsoft ihm die verlängerung für power bi premium per user', 'no', 'subscription-communication'],
      ['client has premier support direct power bi premium per user through us will microsoft send them the power bi premium per user renewal', 'no', 'subscription-communication'],
      ['client has a visual studio enterprise subscription direct dynamics 365 business central through us will microsoft email them about the business central renewal', 'no', 'subscription-communication']
    ]);
  });
});

describe('a new author\'s customers, expectations and pitches (issue 11, no topic, policy itself, marketing, reversed, scope, partner as recipient)', () => {
  it('trusts, start-ups and founders are customers; UK phone slang reaches them', () => {
    expectAnswers([
      ['Microsoft rang one of our academy trusts yesterday. Is that OK?', 'depends', 'operational-communication'],
      ['Schreibt Microsoft unsere Start-ups direkt an?', 'depends', 'operational-communication']
    ]);
  });

  it("Microsoft's expectation of the partner is the principle", () => {
    expectAnswers([
      ['Does Microsoft expect us to handle every comm with the client?', 'no', 'partner-communicates'],
      ['Geht Microsoft davon aus, dass die komplette Kundenkommunikation über uns läuft?', 'no', 'partner-communicates']
    ]);
  });

  it('the partner passing a notice on or telling the customer, however it is put', () => {
    expectAnswers([
      ['Müssen wir der Schule mitteilen, dass ihr Abo bald verlängert wird?', 'no', 'subscription-communication'],
      ['Is it on us to let the clinic know about the planned maintenance?', 'yes', 'operational-communication'],
      ['Wartungsankündigung von Microsoft an den Kunden weiterleiten, ist das unsere Aufgabe?', 'yes', 'operational-communication']
    ]);
  });

  it("Microsoft's quoted pitch to buy directly is a sales approach, not a purchase", () => {
    expectAnswers([["Darf Microsoft unseren Kunden direkt anrufen und sagen 'kauft doch direkt bei uns'?", 'no', 'partner-communicates']]);
  });

  it('the partner\'s own invoice and a defence tenant scope', () => {
    expectAnswers([
      ['Where does Microsoft send our partner invoice?', 'not-covered'],
      ['Same rules for MOD tenants?', 'applies', 'applies-to']
    ]);
  });
});

describe('the asked product after a shortened word, doubts in chat words, and Microsoft selling directly (issue 11, classes 1, 2, 4 and marketing)', () => {
  it('a shortened preposition ("wg.", "bzgl.", "re.") keeps the product in the sentence that asks', () => {
    expectAnswers([
      ['Kd. hat MPSA für Project, Teams über uns\nMS schreibt bzgl. Teams Preiserhöhung?', 'no', 'subscription-communication'],
      ['Kunde hat Unified direkt, Lizenzen via CSP bei uns. Meldet sich MS wg. Unified-Vertrag?', 'yes', 'non-csp-relationship'],
      ['cust has EA for Windows Server + Intune via us\nms mails re. Intune renewal, fine?', 'no', 'subscription-communication'],
      ['Kd. mit Open Value für Office direkt + Azure über uns\nSchickt MS wg. Open Value Verlängerung was?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('the asker doubting the channel in chat words is depends, never a guessed yes or no', () => {
    expectAnswers([
      ['client may have bought Power BI directly back then\ncan ms mail them about the bill?', 'depends', 'non-csp-relationship'],
      ['MS schickt Kd Rechnung für Visio\nwer hat ihm das verkauft? kp', 'depends', 'non-csp-relationship'],
      ['Kunde kriegt von MS Post zu Project-Lizenzen. Von wem er Project bezieht, wissen wir gerade nicht. Ok so?', 'depends', 'non-csp-relationship'],
      ['Microsoft mahnt den Kunden wegen Azure-Kosten, wir sind doch sein CSP – oder hat er Azure selbst direkt gekauft?', 'depends', 'non-csp-relationship'],
      ['Kd hat Mail zu Defender Preisen bekommen, ggf. direkt bestellt? passt das?', 'depends', 'non-csp-relationship'],
      ['the Visio plan the customer got a renewal mail for is not in our licence portal. allowed for Microsoft to send it?', 'depends', 'non-csp-relationship'],
      ['Microsoft confirmed a seat reduction for Project to the customer. we did not change any seats and I can\'t find Project for them on our side. ok?', 'depends', 'non-csp-relationship']
    ]);
  });

  it('who tells the asker is not who Microsoft reaches', () => {
    expectAnswers([
      ['A client told me Microsoft\'s account team offered them cheaper Copilot seats. We can\'t tell whether their Copilot runs through us. Allowed?', 'depends', 'non-csp-relationship']
    ]);
  });

  it('Microsoft selling or offering directly is a sales approach; a sale Microsoft made is a direct purchase', () => {
    expectAnswers([
      ['Kann es sein, dass Microsoft unseren Kunden direkt Copilot verkaufen möchte? Darf der MS-Vertrieb das?', 'no', 'partner-communicates'],
      ['Microsoft keeps trying to sell Fabric directly to our customers. Is that OK for Microsoft?', 'no', 'partner-communicates'],
      ['Does Microsoft mail event invitations directly to organisations that license through their CSP?', 'no', 'partner-communicates'],
      ['Microsoft hat dem Kunden letztes Jahr Azure direkt verkauft. Darf Microsoft ihm die Azure-Rechnung schicken?', 'yes', 'non-csp-relationship'],
      ['Microsoft sold the client Dynamics 365 directly two years ago. Can Microsoft contact them about the Dynamics renewal?', 'yes', 'non-csp-relationship']
    ]);
  });
  it('an agreement held "also" implies the partner\'s channel; a bare contract beside CSP names neither', () => {
    expectAnswers([
      ['Der Mandant hat nebenbei auch ein MPSA. Schreibt Microsoft ihn wegen seiner Abos an?', 'depends', 'non-csp-relationship'],
      ['The practice also holds an Open Value agreement. Will Microsoft contact them about subscription renewals?', 'depends', 'non-csp-relationship'],
      ['The client also has an MCA. Will Microsoft send them the MCA invoice?', 'yes', 'non-csp-relationship'],
      ['Kunde hat ein MCA und M365 über uns im CSP. Schickt MS ihm Infos zum Vertragsende?', 'depends', 'non-csp-relationship'],
      ['Client has a Unified contract direct and Azure via us. Will Microsoft contact them about the Unified contract renewal?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('the asked product put first, in a condition before, or held with a particle "aber"', () => {
    expectAnswers([
      ['Kunde hat Visio per Kreditkarte selbst gekauft, der Rest läuft über uns. Wegen der Visio-Rechnung meldet sich Microsoft bei ihm?', 'yes', 'non-csp-relationship'],
      ['Kunde hat ein EA für Windows und Teams über uns. Wenn die Teams-Lizenzen auslaufen, meldet sich MS dann beim Kunden?', 'no', 'subscription-communication'],
      ['Der Kunde hat ein EA für Windows Server, Intune läuft aber über uns. Schreibt Microsoft ihm zur Intune-Verlängerung?', 'no', 'subscription-communication'],
      ['Premier direkt, alles andere über uns. Darf MS wegen des Premier-Vertrags anrufen?', 'yes', 'non-csp-relationship'],
      ['client runs an EES with Microsoft and M365 through us\nms emails re. the EES renewal ok?', 'yes', 'non-csp-relationship'],
      ['Schule mit Campusvertrag und Teams über uns. Meldet sich Microsoft wegen der Abos?', 'depends', 'non-csp-relationship']
    ]);
  });
  it('a statement about the customer is no speaker label; an agreement\'s people call, the product they call about decides', () => {
    expectAnswers([
      ['Customer is on an EA for Office and gets Defender through us. Will MS contact them regarding the Defender price increase?', 'no', 'subscription-communication'],
      ['Client has Premier Support with Microsoft and Dynamics through us. Their Premier TAM called about Dynamics licensing. OK?', 'no', 'subscription-communication'],
      ['The customer pays for Copilot by credit card on Microsoft\'s site; the rest is CSP with us. Does Microsoft send them the Copilot receipts?', 'yes', 'non-csp-relationship'],
      ['Der Kunde hat Premier bei Microsoft und Dynamics über uns. Sein TAM hat wegen der Premier-Stunden angerufen. Ok?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('a question about the purchase itself doubts the channel', () => {
    expectAnswers([
      ['Microsoft emailed our customer about their Intune seats. Could they have bought Intune themselves at some point? Is the mail OK?', 'depends', 'non-csp-relationship'],
      ['MS hat den Kunden wegen Visio-Preisen angeschrieben. Hat er Visio vielleicht direkt gekauft? Darf MS das?', 'depends', 'non-csp-relationship']
    ]);
  });
});

describe('no confident yes or no the wrong way when a run-on text names both channels (safety, messy text, issue 11, class 1)', () => {
  it('reads which product the asking part means though the commas and capitals are gone', () => {
    expectAnswers([
      // a German statement that puts the product first, its subject "sie"/"er" after the verb
      ['die stadtwerke haben einen unified-vertrag direkt mit microsoft power bi beziehen sie über uns schickt microsoft ihnen die power bi rechnung', 'no', 'subscription-communication'],
      ['kunde mit mpsa die intune-lizenzen hat er aber bei uns gekauft schreibt microsoft ihm wegen der intune preiserhöhung', 'no', 'subscription-communication'],
      // "kommt aber von uns": "aber" after the verb is a particle, the product keeps its channel
      ['die kanzlei hat ein ea für sql server teams premium kommt aber von uns darf microsoft ihr die teams premium rechnung schicken', 'no', 'subscription-communication'],
      // "rest is csp": the catch-all speaks for the rest, not for the product named after it
      ['designers have adobe-free visio plans direct from ms rest is csp ms emailing them re visio renewal ok', 'yes', 'non-csp-relationship'],
      ['grafiker haben visio abos direkt bei ms rest csp ms mail wg visio verlängerung ok', 'yes', 'non-csp-relationship']
    ]);
  });

  it('Microsoft inviting companies directly, or wanting to sell directly, is a sales approach, not a direct purchase', () => {
    expectAnswers([
      ['Will Microsoft mail its webinar invitations directly to firms that buy via a CSP reseller?', 'no', 'partner-communicates'],
      ['ist es normal dass microsoft unseren kunden direkt power bi anbieten will', 'no', 'partner-communicates']
    ]);
  });
  it('Swiss and formal German: a consulting mandate, not in our billing, "allenfalls", an infinitive clause that holds the asked product', () => {
    expectAnswers([
      ['Der Kunde hat einen Beratungsauftrag direkt bei Microsoft, Lizenzen laufen über uns. Darf Microsoft hinsichtlich dieses Beratungsauftrags mit ihm sprechen?', 'yes', 'non-csp-relationship'],
      ['Im Tenant tauchen Project-Lizenzen auf, die nicht über unsere Verrechnung laufen. Darf MS ihm zur Verlängerung schreiben?', 'depends', 'non-csp-relationship'],
      ['Eine Abteilung hat allenfalls selbst Power BI gekauft; Microsoft schreibt nun zum Ablauf des Abos. Zulässig?', 'depends', 'non-csp-relationship'],
      ['MS schickt dem Kunden Azure-Rechnungen. Ob seine Abos schon in den CSP überführt wurden, ist noch offen. Ok?', 'depends', 'non-csp-relationship'],
      ['Der Kunde hat ein Abo per Kreditkarte direkt bei Microsoft gekauft und weitere Abos bei uns. Meldet sich MS zu den Kosten des direkt gekauften Abos?', 'yes', 'non-csp-relationship'],
      ['Ein Kunde besitzt ein MPSA sowie CSP-Lizenzen bei uns. Ist Microsoft befugt, ihm eine Offerte zur Aufstockung der CSP-Lizenzen zu senden?', 'no', 'subscription-communication'],
      ['the Defender seats in their tenant don\'t match our invoice - will Microsoft contact them about the difference?', 'no', 'subscription-communication'],
      ['Bei uns läuft Visio nicht, trotzdem kam eine Visio-Rechnung von Microsoft an den Kunden. Normal?', 'depends', 'non-csp-relationship']
    ]);
  });
});

describe('thumb-typed questions: abbreviations, arrows, tags and missing words (issue 11, a phone between meetings)', () => {
  it('an arrow between two plans or terms is a change of plan, a subscription matter', () => {
    expectAnswers([
      ['client moving F3→E3 in june, MS emails them?', 'no', 'subscription-communication'],
      ['Defender P1 -> P2 bei Kd, schreibt MS da?', 'no', 'subscription-communication'],
      ['savings plan 1yr=>3yr - ms contacts cust y/n', 'no', 'subscription-communication'],
      ['Essentials → Premium beim Kd, Info von MS?', 'no', 'subscription-communication']
    ]);
  });

  it('an arrow before the customer is a message sent to them', () => {
    expectAnswers([['outage notices ms→client direct?', 'yes', 'operational-communication']]);
  });

  it('abbreviated subscription, maintenance and data-centre words', () => {
    expectAnswers([
      ['5 more lic for Visio - ms tells cust?', 'no', 'subscription-communication'],
      ['Kd will Teams Premium add-on, MS info an Kd?', 'no', 'subscription-communication'],
      ['maint on their SQL MI tonight, ms mails the client?', 'yes', 'operational-communication'],
      ['RZ-Umzug bei Azure, MS informiert Kd?', 'yes', 'operational-communication'],
      ['dc migration next week ms notifies client?', 'yes', 'operational-communication']
    ]);
  });

  it('the full stop of an abbreviation ends no sentence', () => {
    expectAnswers([
      ['Kd. hat MCA für Azure, Teams über uns. MS schreibt wg. Teams Verlängerung?', 'no', 'subscription-communication'],
      ['Rechnung kam von MS, evtl. direkt gekauft? darf MS das?', 'depends', 'non-csp-relationship']
    ]);
  });

  it('"w/", "b4", "might\'ve" and tags read as the words they stand for', () => {
    expectAnswers([
      ['client might\'ve bought Visio direct, ms mails re invoice ok? #licensing', 'depends', 'non-csp-relationship'],
      ['ms tells us b4 the client trial ends?', 'not-covered']
    ]);
  });

  it('a short German line with English product names is answered in German', () => {
    for (const question of ['Teams Phone grad ok?', 'GCC High Kunden auch?', 'MS pitcht Kd Copilot ok?', 'Terminserie in Outlook App einrichten']) {
      expect({ question, language: ask(question).language }).toEqual({ question, language: 'de' });
    }
  });

  it('whether a service is fine right now is live status', () => {
    expectAnswers([
      ['Exchange Online ok rn?', 'not-covered'],
      ['Azure Germany West Central gerade ok?', 'not-covered']
    ]);
  });

  it('a mail to the asker is the partner receiving', () => {
    expectAnswers([
      ['mail to me when the client signs the MCA?', 'not-covered'],
      ['Info an mich, wenn Kd kündigt?', 'not-covered']
    ]);
  });
  it('the asked part of a German verb-final clause, Microsoft\'s people discussing, an edition said again, and "CSP customers" as who they are', () => {
    expectAnswers([
      ['Customer runs a Microsoft consulting engagement; their Teams licences come through us. Should the Microsoft consultants be discussing Teams pricing with them?', 'no', 'subscription-communication'],
      ['Der Kunde hat Premier direkt bei Microsoft. Darf sein TAM ihn wegen des Premier-Vertrags anrufen, obwohl die Lizenzen über uns laufen?', 'yes', 'non-csp-relationship'],
      ['As far as I know Microsoft never writes to CSP customers about renewals. Right?', 'no', 'subscription-communication'],
      ['Dynamics 365 Sales Enterprise läuft direkt über das MCA, Dynamics 365 Sales Professional über uns. Bekommt der Kunde von Microsoft die Rechnung für die Professional-Lizenzen?', 'no', 'subscription-communication']
    ]);
  });
});

describe('German as a language: its word shapes, its compounds and its clauses typed without commas (messy text, issue 11)', () => {
  it('reads the language of a short German message from its words, not from the names of places in it', () => {
    for (const question of ['Netzlaufwerk im Explorer verbinden', 'Azure Government Secret Tenants auch?']) {
      expect({ question, language: ask(question).language }).toEqual({ question, language: 'de' });
    }
  });

  it('mends a slip across the joint of a compound that hides its head word', () => {
    expectAnswers([
      ['Schickt Microsoft dem Kunden eine Info zur Abschaltung der Zwischenezrtifikate?', 'yes', 'operational-communication'],
      ['Bekommt der Kunde Produkwterbung von Microsoft?', 'no', 'partner-communicates'],
      ['Meldet sich Microsoft beim Kunden wegen der Betriebsstörunegn letzte Nacht?', 'yes', 'operational-communication']
    ]);
  });

  it('reads the clauses of German typed without commas: a relative clause after the verb bracket, a fronted object, "oder" with its verb first, a subject that does not agree', () => {
    expectAnswers([
      ['sollen wir die kundin über eine datenpanne bei microsoft informieren die ihr postfach betrifft', 'yes', 'operational-communication'],
      ['kunde hat visio per kreditkarte direkt gekauft und teams über uns die visio rechnung schickt microsoft ihm direkt oder', 'yes', 'non-csp-relationship'],
      ['kunde hat ein ea für windows server direkt mit microsoft das er dort hat wir verkaufen ihm nur teams informiert microsoft ihn über die ea verlängerung', 'yes', 'non-csp-relationship'],
      ['wird die kundin bei einer störung in exchange online von microsoft informiert oder geht das über uns', 'yes', 'operational-communication'],
      // a phrase the question fronts, but not one after "nicht", which ends the clause before
      ['im partner center sehen wir das teams abo nicht durfte microsoft ihr die verlängerung schicken', 'depends', 'non-csp-relationship']
    ]);
  });

  it('reads regional and spoken German: Berlin, the Ruhr, Bavaria, Austria and Switzerland', () => {
    expectAnswers([
      ['is dat ok, dat microsoft dem kunden wat zur wartung schickt?', 'yes', 'operational-communication'],
      ['ick sitz grad beim kunden, meldet sich ms bei dem wenn teams nich jeht?', 'yes', 'operational-communication'],
      ['Teilt Microsoft dem Kunden mit, wenn Defender ältere Windows-Versionen ned mehr unterstützt?', 'yes', 'operational-communication'],
      // Swiss: "allenfalls" doubts the channel, "zügeln" moves data
      ['Kunde hat allenfalls selbst Project-Lizenzen gekauft; nun kam von Microsoft eine Mahnung. Zulässig?', 'depends', 'non-csp-relationship'],
      ['Microsoft zügelt die Postfächer des Kunden ins neue Rechenzentrum. Informiert Microsoft ihn?', 'yes', 'operational-communication']
    ]);
  });

  it('reads who is reached in German verb brackets: "stellt uns … zur Verfügung", "wird uns als Partner … informieren"', () => {
    expectAnswers([
      ['Stellt Microsoft uns die Preislisten zur Verfügung?', 'not-covered'],
      ['Wird Microsoft uns als Partner über die Abschaltung informieren?', 'not-covered'],
      // in lower case "schicken sie" mid-sentence asks what they send; it is no order to the bot
      ['kunde fragt bekommt er newsletter von microsoft oder schicken sie die nur an uns', 'no', 'partner-communicates'],
      // a passive with the partner as its dative: "wird mir … mitgeteilt"
      ['Wird mir von Microsoft mitgeteilt, wenn ein Kunde den Partner wechselt?', 'not-covered'],
      // asking the bot to tell Microsoft something is a task, no question of the policy
      ['Kannst du Microsoft sagen, dass sie meinen Kunden keine Werbung mehr schicken?', 'not-covered']
    ]);
  });

  it('reads German auxiliaries, restarts and what the asker reads as what they are', () => {
    expectAnswers([
      // "geworden" is "werden", no typo for "geworben" (advertised)
      ['Im Forum ist ein Datenleck bekannt geworden. Schreibt MS die Kunden an?', 'yes', 'operational-communication'],
      ['Informiert Microsoft den Kunden, wenn sein Server neu gestartet werden muss?', 'yes', 'operational-communication'],
      ['Does Microsoft tell the customer when their VM host has to be rebooted?', 'yes', 'operational-communication'],
      // "ich lese gerade": what the asker is doing, no question about the live state of a service
      ['Ich lese gerade von einer Sicherheitslücke in Exchange. Informiert Microsoft unsere Kunden darüber?', 'yes', 'operational-communication']
    ]);
  });
  it('pay-as-you-go and a consulting project said again, Microsoft billing them, and "that app" never a guess', () => {
    expectAnswers([
      ['The client pays for an Azure pay-as-you-go subscription with their own card and gets M365 from us. Microsoft emailed them about the pay-as-you-go invoice. OK?', 'yes', 'non-csp-relationship'],
      ['Beratungsauftrag bei MS Consulting, Lizenzen im CSP bei uns\nMS meldet sich wg. Auftrag?', 'yes', 'non-csp-relationship'],
      ['The customer bought a Marketplace SaaS subscription themselves by card; the rest comes via us. Microsoft is billing them directly for that SaaS subscription. OK?', 'yes', 'non-csp-relationship'],
      // "that app" is the app named before, bought by card themselves (focusedProduct.test.ts: a demonstrative with a word
      // said before points to that mention), not the last clause ("the rest via us")
      ['Client bought a Marketplace app themselves by card, the rest via us. Microsoft is now invoicing them for that app. Allowed?', 'yes', 'non-csp-relationship']
    ]);
  });
  it('the partner holding another edition than the one Microsoft wrote about doubts the channel', () => {
    expectAnswers([
      ['Microsoft mailed the customer about their E5 renewal. In Partner Center we only have E3 for them. OK?', 'depends', 'non-csp-relationship'],
      ['MS hat dem Kunden zur Verlängerung von Visio Plan 2 geschrieben, bei uns hat er aber nur Plan 1. Ok so?', 'depends', 'non-csp-relationship'],
      ['We only sell them E3. Will Microsoft email them about the E3 renewal?', 'no', 'subscription-communication']
    ]);
  });
});

describe('conversation classes in short words: the partner receiving, tasks for the bot, the asker contacting Microsoft, live status, why not (issue 11, classes 4, 5 and 8)', () => {
  it('the partner receiving, without an opening verb, shared with it, or named in an apposition', () => {
    expectAnswers([
      ['renewal reminders – we get them from MS too?', 'not-covered'],
      ['Will Microsoft share the root cause analysis with us resellers?', 'not-covered'],
      ['Do we, as the reseller, get the service health notices?', 'not-covered'],
      ['Wird Microsoft uns als Partner über die Preisänderungen im nächsten Quartal für das Partner Center informieren?', 'not-covered'],
      ['does MS send US the invoice or the distributor?', 'not-covered']
    ]);
  });

  it('asking the bot to tell Microsoft something or to explain a term is a task for the bot', () => {
    expectAnswers([
      ['Kannst du MS ausrichten, dass unser Kunde keine Newsletter mehr will?', 'not-covered'],
      ['can you tell Microsoft to stop emailing our client?', 'not-covered'],
      ['Kannst du mir erklären, was eine Azure Subscription ist?', 'not-covered']
    ]);
  });

  it('the asker turning to a Microsoft person is not the policy\'s question', () => {
    expectAnswers([
      ['Can we bring our Partner Development Manager into the renewal talk with the client?', 'not-covered'],
      ['Should I escalate the client complaint to the Microsoft account team?', 'not-covered']
    ]);
  });

  it('a line opening with "and" goes on with the question before it; "lic count" is a licence count', () => {
    expectAnswers([
      ['ms mails client re exchange outage\nand their E3 renewal?', 'depends', 'operational-communication'],
      ['Wartungsfenster bei Azure\nund Verlängerung der Kd-Abos – schreibt MS?', 'depends', 'operational-communication'],
      ['lic count change on Teams Premium, ms tells client?', 'no', 'subscription-communication']
    ]);
  });

  it('whether a service is down right now, typed colloquially, is live status', () => {
    expectAnswers([['Gibts grade nen Teams-Ausfall in Europa?', 'not-covered']]);
  });

  it('"why doesn\'t Microsoft talk to them directly" asks for the principle', () => {
    expectAnswers([
      ['client wants to know why MS does not contact them directly', 'no', 'partner-communicates'],
      ['Wieso meldet sich Microsoft nie direkt bei unseren Kunden?', 'no', 'partner-communicates'],
      ['Erwartet Microsoft, dass wir die ganze Kommunikation mit dem Kunden übernehmen?', 'no', 'partner-communicates']
    ]);
  });
});

describe('German words, inflections and regional forms the English reading already had (issue 11, German)', () => {
  it('reads formal and colloquial German verbs of reaching, the partner as the one reached, and "sowohl … als auch"', () => {
    expectAnswers([
      ['Die Firma hat ein EA für Dynamics 365 und Intune über uns. Schreibt Microsoft ihr sowohl zur EA-Verlängerung als auch zur Intune-Rechnung?', 'depends', 'non-csp-relationship'],
      ['Verschickt Microsoft die Erneuerungsmitteilung für die CSP-Abos von Exchange Online an den Kunden?', 'no', 'subscription-communication'],
      ['Schickt MS dem Kunden die Erinnerung zur Erneuerung seiner Teams-Premium-Lizenzen?', 'no', 'subscription-communication'],
      ['Wird der Kunde bei einem Sicherheitsvorfall in Exchange Online unmittelbar von Microsoft benachrichtigt?', 'yes', 'operational-communication'],
      ['Ergeht die Wartungsankündigung für Teams an den Kunden selbst?', 'yes', 'operational-communication'],
      ['Microsoft hat geleakte Zugangsdaten eines Kunden entdeckt. Informiert Microsoft den Kunden selbst?', 'yes', 'operational-communication'],
      // a separable verb split around its object: "geht … zu", "stellt … zur Verfügung"
      ['Geht Microsoft auf den Kunden zu, um ihm Copilot zu promoten?', 'no', 'partner-communicates'],
      ['Stellt Microsoft uns die Störungsberichte für unsere Kunden zur Verfügung?', 'not-covered'],
      // the verb last, far from the partner after Microsoft, or before the auxiliary that closes a relative clause
      ['Wird Microsoft uns die Abrechnungsdatei für alle Kunden per Mail übermitteln?', 'not-covered'],
      ['Wo sehe ich die Mails, die Microsoft uns zu den Azure-Kosten eines Kunden geschickt hat?', 'not-covered'],
      ['Benachrichtigt Microsoft den indirekten Anbieter, wenn ein Reseller gekündigt wird?', 'not-covered'],
      // "würden wir" is no typo of "werden wir" (the partner being sent something)
      ['Schickt Microsoft unseren Kunden Einladungen zu Copilot-Webinaren? Das würden wir lieber selbst machen.', 'no', 'partner-communicates'],
      ['In welchen Ländern findet diese Richtlinie Anwendung?', 'applies', 'applies-to'],
      ['Unser Chef meint, MS überlässt die Kundenkommunikation im Grunde uns Partnern. Stimmt das?', 'no', 'partner-communicates']
    ]);
  });

  it('reads the partner\'s channel in German words: the Distri, "wir vertreiben", what "wir ihm verkauft haben", a context "wenn wir nur …"', () => {
    expectAnswers([
      ['Der Kunde bezieht Teams Premium über unseren Distri. Schickt Microsoft ihm die Teams-Premium-Rechnung?', 'no', 'subscription-communication'],
      ['Wir vertreiben dem Kunden sein ganzes M365 über CSP. Darf Microsoft ihm zur M365-Verlängerung schreiben?', 'no', 'subscription-communication'],
      // "…, oder nicht?" is a tag on the question, not a denial that the partner sold it
      ['Schreibt Microsoft dem Kunden wegen der Verlängerung von Power BI, das wir ihm verkauft haben, oder nicht?', 'no', 'subscription-communication'],
      ['Wer meldet sich beim Kunden wegen der Verlängerung seines MCA, wenn wir ihm nur Dynamics über CSP liefern?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('reads Austrian, Bavarian and Berlin forms (derf i, kann i, Kundn, kriegen wa, woaß ned, kannste ma) and answers in German', () => {
    expectAnswers([
      ['Derf i beim Microsoft-Support für mein Kundn anrufen?', 'not-covered'],
      ['Kann i beim Account Manager von Microsoft wegen der EA-Verlängerung vom Kundn nachfragen?', 'not-covered'],
      ['Kriegen wa von Microsoft \'ne Mail, wenn beim Kunden Exchange ausfällt?', 'not-covered'],
      ['Defender for Business, woaß ned ob der Kunde des bei uns kafft hod. Schreibt eam MS wegen der Rechnung?', 'depends', 'non-csp-relationship'],
      ['Kannste ma schauen, ob Exchange beim Kunden grad läuft?', 'not-covered']
    ]);
    expect(ask('Wia vui Lizenzen hod a Business Premium Paket?').language).toBe('de');
  });

  it('reads a German doubt about what the mail from Microsoft concerns, an "is that intended?", and the partner as the one who acts ("durch uns")', () => {
    expectAnswers([
      ['Der Kunde hat ein MPSA und dazu CSP-Abos bei uns. Microsoft hat ihm eine Mail zu einer Vertragsverlängerung geschickt, ohne dass ein Produkt genannt wird. Darf Microsoft das?', 'depends', 'non-csp-relationship'],
      ['Der Kunde hat Azure teils über sein eigenes MCA und teils über uns. Aus der Rechnung geht nicht hervor, um welches Abo es geht. Durfte Microsoft sie schicken?', 'depends', 'non-csp-relationship'],
      ['Die Klinik hat von Microsoft eine Zahlungserinnerung für Power Apps bekommen. Ist das so vorgesehen?', 'depends', 'non-csp-relationship'],
      ['Intune Suite, koa Ahnung wo des herkommt, kannt a direkt kafft sei. Schreibt eam MS wegen der Verlängerung?', 'depends', 'non-csp-relationship'],
      ['Sollte der Kunde bei Einladungen zu Webinaren mit einer Kontaktaufnahme durch Microsoft oder durch uns rechnen?', 'no', 'partner-communicates']
    ]);
  });
});

describe('topics in other words and beside the words around them (issue 11, classes 3, 6 and marketing, seventh wave)', () => {
  it('an everyday word one slip from a domain word is read as spelt, not as its typo', () => {
    expectAnswers([
      ['Suspected account takeover at a client of ours: will Microsoft warn the client directly?', 'yes', 'operational-communication'],
      ['Eine Sicherheitslücke im Defender ist öffentlich geworden. Schreibt Microsoft unsere Kunden deswegen selbst an?', 'yes', 'operational-communication']
    ]);
  });

  it('the time of the story is no live-status question when a later sentence asks whether Microsoft reaches out', () => {
    expectAnswers([
      ['In den Nachrichten ist gerade überall von einem Angriff auf Exchange die Rede. Informiert Microsoft unsere Kunden darüber?', 'yes', 'operational-communication'],
      ['Everyone is currently talking about a breach at Microsoft. Will Microsoft email our clients about it?', 'yes', 'operational-communication']
    ]);
  });

  it("the asker's own campaign or job beside an operational matter names no marketing part", () => {
    expectAnswers([
      ["I'm putting together our quarterly customer newsletter. A client says Microsoft told them about a Teams outage, is that allowed?", 'yes', 'operational-communication'],
      ["I'm in sales, not IT: Microsoft emailed a client about a vulnerability in SharePoint. Normal?", 'yes', 'operational-communication']
    ]);
  });

  it('a pitch is marketing beside the subscription word it sells: in general no, partner first', () => {
    expectAnswers([
      ['Is Microsoft allowed to promote its paid certification courses to our customers?', 'no', 'partner-communicates'],
      ['Does Microsoft send our clients promotional mails about the Windows 11 upgrade?', 'no', 'partner-communicates'],
      ['Darf Microsoft unseren Kunden direkt Angebote für eine Migration nach Azure machen?', 'no', 'partner-communicates'],
      ['Schreibt Microsoft unsere Kunden wegen neuer KI-Lösungen an?', 'no', 'partner-communicates'],
      ['Will Microsoft cold-email our customers about Copilot?', 'no', 'partner-communicates'],
      // a change of plan is still a subscription matter
      ['Does Microsoft email our customers to push an upgrade from E3 to E5?', 'no', 'subscription-communication']
    ]);
  });

  it('reads German separable verbs split by "zu" or "ge" ("anzudrehen", "abzuwerben", "angedreht") or by the clause ("schaltet … ab", "bietet … an")', () => {
    expectAnswers([
      ['Versucht Microsoft, meinen Kunden Dynamics anzudrehen, ohne uns zu fragen?', 'no', 'partner-communicates'],
      ['Ist es zulässig, dass MS versucht, unsere Kunden abzuwerben?', 'no', 'partner-communicates'],
      ['Der Vertriebler von Microsoft hat meinem Kunden Copilot angedreht. Darf der das?', 'no', 'partner-communicates'],
      ['microsoft schaltet bei dem kunden die basic auth ab sagt microsoft ihm das selber', 'yes', 'operational-communication'],
      ['Bietet Microsoft meinen Kunden direkt Copilot an?', 'no', 'partner-communicates']
    ]);
  });

  it('reads plans and agreements dictated letter by letter and digit by digit ("e fünf", "m c a", "e three")', () => {
    expectAnswers([
      ['kunde hat e drei über uns im csp schickt microsoft ihm die rechnung für e drei', 'no', 'subscription-communication'],
      ['ähm der kunde hat einen m c a für azure direkt und e fünf bei uns schickt microsoft ihm die azure rechnung', 'yes', 'non-csp-relationship'],
      ['the customer has e five through us does microsoft email them about the e five renewal', 'no', 'subscription-communication']
    ]);
  });

  it('reads who receives in German: "unsere frisch migrierten Kunden" are customers, "stellt Microsoft uns … in Rechnung" bills the partner', () => {
    expectAnswers([
      ['Kriegen unsere neu übernommenen Kunden Werbemails von Microsoft?', 'no', 'partner-communicates'],
      ['Bekommen unsere betroffenen Kunden von Microsoft eine Info zum Exchange-Ausfall?', 'yes', 'operational-communication'],
      ['Stellt Microsoft uns die Azure-Kosten des Kunden direkt in Rechnung?', 'not-covered', undefined],
      ['Teilt MS uns die Preiserhöhung für unsere Kunden mit?', 'not-covered', undefined]
    ]);
  });

  it('reads the principle and its exceptions in German words: "an uns Partnern vorbei", "Ausnahmen, in denen Microsoft …", "überlässt", "unsere Baustelle", "offizielle Regel"', () => {
    expectAnswers([
      ['Welche Ausnahmen gibt es, in denen Microsoft unsere Kunden selbst anschreibt?', 'depends', 'operational-communication'],
      ['In welchen Fällen darf Microsoft an uns Partnern vorbei mit dem Kunden reden?', 'depends', 'operational-communication'],
      ['Überlässt Microsoft die Kundenbeziehung komplett uns Partnern?', 'no', 'partner-communicates'],
      ['Gibt es eine offizielle Regel, dass Microsoft CSP-Kunden nicht direkt kontaktiert?', 'no', 'partner-communicates'],
      ['Newsletter an die Kunden zu Teams Premium – ist das unsere Baustelle oder die von Microsoft?', 'no', 'partner-communicates']
    ]);
  });

  it('reads an order confirmation as a subscription matter, and the asker turning to Microsoft or to the books in spoken German', () => {
    expectAnswers([
      ['Schickt Microsoft dem Kunden eine Bestellbestätigung, wenn wir Lizenzen nachbestellen?', 'no', 'subscription-communication'],
      ['Wo meld ich mich bei Microsoft, wenn der Kunde eine falsche Rechnung hat?', 'not-covered', undefined],
      ['Wen frag ich bei MS wegen der Preiserhöhung für meinen Kunden?', 'not-covered', undefined],
      ['Wie grenzen wir die Microsoft-Kosten nach IFRS ab?', 'not-covered', undefined]
    ]);
  });

  it('reads operational matters in German word families (gewartet werden, Zertifizierungsstelle, verpflichtende Änderungen), German "also" as "that is", and a concession after the question as context', () => {
    expectAnswers([
      ['Informiert Microsoft den Kunden, wenn sein Exchange-Server gewartet werden muss?', 'yes', 'operational-communication'],
      ['Tauscht Microsoft die Stammzertifizierungsstelle für Azure Storage aus – bekommt der Kunde das direkt mitgeteilt?', 'yes', 'operational-communication'],
      ['Will Microsoft tell my customer about the certificate authority change for Azure Storage?', 'yes', 'operational-communication'],
      ['Verpflichtende Änderungen an der Anmeldung bei Entra, also das, was man bis Ende März erledigen muss: schreibt MS das den Kunden?', 'yes', 'operational-communication'],
      ['Informiert Microsoft den Kunden über die Abschaltung von Basic Auth, auch wenn er dafür neue Lizenzen braucht?', 'yes', 'operational-communication'],
      ['Will Microsoft tell the customer about the retirement of the old API even if moving costs them more?', 'yes', 'operational-communication']
    ]);
  });

  it('reads hedges about a purchase (vermutlich, offenbar, "in keinem unserer Verträge") as a doubted channel, and a hedge about the mail as none', () => {
    expectAnswers([
      ['Der Kunde hat vermutlich Visio selbst gekauft. Schickt Microsoft ihm die Rechnung?', 'depends', 'non-csp-relationship'],
      ['Die Buchhaltung des Kunden hat offenbar Power BI Pro per Kreditkarte bestellt. Darf Microsoft ihn zu diesen Lizenzen anschreiben?', 'depends', 'non-csp-relationship'],
      ['Microsoft mahnt den Kunden wegen eines Abos, das in keinem unserer Verträge auftaucht. Darf das sein?', 'depends', 'non-csp-relationship'],
      ['Microsoft hat den Kunden wohl wegen der Rechnung angeschrieben. Ist das ok?', 'no', 'subscription-communication']
    ]);
  });

  it('reads a customer switched to the partner, who the page is meant for, and Microsoft trying to win a customer over to a direct contract', () => {
    expectAnswers([
      ['Seit dem Anbieterwechsel zu uns: meldet sich Microsoft dann noch beim Kunden?', 'depends', 'operational-communication'],
      ['Für wen ist die Seite zur Kundenkommunikation eigentlich gedacht, auch für indirekte Reseller?', 'applies', 'applies-to'],
      ['Darf Microsoft unsere Kunden mit dem Ziel ansprechen, sie in einen Direktvertrag zu überführen?', 'no', 'partner-communicates'],
      ['Can Microsoft approach our customers to move them into a direct contract?', 'no', 'partner-communicates']
    ]);
  });

  it('reads "außer … noch andere Themen" and "apart from … anything else" as a question for the other cases, a known incident today as live status, and a heading noun as no order', () => {
    expectAnswers([
      ['Abgesehen von Rechnungen: in welchen anderen Fällen meldet sich Microsoft direkt beim Kunden?', 'depends', 'operational-communication'],
      ['Gibt es außer Sicherheitsvorfällen sonst noch Anlässe, zu denen Microsoft unsere Kunden anschreibt?', 'depends', 'operational-communication'],
      ['other than billing, is there anything else Microsoft may email my clients about?', 'depends', 'operational-communication'],
      ['Gibt es heute einen bekannten Ausfall bei Exchange Online?', 'not-covered', undefined],
      ['Are there any known issues with Teams today? several clients cannot log in', 'not-covered', undefined],
      ['Informiert Microsoft die Kunden über bekannte Störungen bei Teams?', 'yes', 'operational-communication'],
      ['Zusammenfassung aus dem Call: Kunde will wissen, ob Microsoft ihn wegen der Wartung und wegen der Verlängerung selbst anschreibt. Passt das?', 'depends', 'operational-communication']
    ]);
  });

  it('reads a credential renewed inside a German compound as operational, Microsoft as the customer\'s direct contact as the principle, and a visit or check-in as a sales approach', () => {
    expectAnswers([
      ['Wird der Kunde von Microsoft über die Zertifikatserneuerung informiert?', 'yes', 'operational-communication'],
      ['Informiert Microsoft den Kunden über die Erneuerung des Client Secrets?', 'yes', 'operational-communication'],
      ['Sagt die Richtlinie, dass Microsoft der direkte Ansprechpartner unserer CSP-Kunden ist?', 'no', 'partner-communicates'],
      ['Ruft Microsoft unsere Kunden einfach mal an, um zu hören, wie es so läuft?', 'no', 'partner-communicates'],
      ['Kommt jemand von Microsoft bei unseren Kunden vorbeischauen, um sich vorzustellen?', 'no', 'partner-communicates'],
      ["Does Microsoft drop by our clients now and then to see how it's going?", 'no', 'partner-communicates']
    ]);
  });

  it('reads "Post von Microsoft" and "kommt beides von …" as Microsoft reaching the customer, and an agreement "mit Microsoft geschlossen" as no one turned to', () => {
    expectAnswers([
      ['Sperrung eines Kontos wegen Verdacht auf Missbrauch und die Rechnung für Mai: kommt beides von Microsoft?', 'depends', 'operational-communication'],
      ['Bekommt der Kunde noch Post von Microsoft, seit wir sein CSP sind?', 'depends', 'operational-communication'],
      ['Soll ich den Kunden über die Kündigung seines direkt mit Microsoft geschlossenen Supportvertrags informieren?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('reads "erzählen" as reaching, "komplette Kd-Kommunikation" as the principle, and Microsoft telling customers they could buy directly (German modal last) as a sales approach, never a direct purchase', () => {
    expectAnswers([
      ['Erzählt Microsoft dem Kunden selbst von der Störung bei Exchange?', 'yes', 'operational-communication'],
      ['Erwartet Microsoft, dass wir die gesamte Kd-Kommunikation übernehmen?', 'no', 'partner-communicates'],
      ['Ist es ok, wenn Microsoft meinen Kunden erzählt, dass sie Teams auch direkt bei Microsoft beziehen könnten?', 'no', 'partner-communicates']
    ]);
  });

  it('reads "Project" before a word of licensing as the product, and the licence word still as the matter', () => {
    expectAnswers([
      ['Ein Vertriebler von Microsoft hat den Kunden wegen seiner Project-Abos angerufen. Ob er die selbst gekauft hat, weiß ich nicht. Darf MS das?', 'depends', 'non-csp-relationship'],
      ['Does Microsoft email the client when their Project licences are about to expire?', 'no', 'subscription-communication']
    ]);
  });
});

describe('no yes or no to what the policy does not cover, typed in chat words or misspelt (safety, issue 11, classes 4 and 5)', () => {
  it('the partner as the one Microsoft tells, sends to or shares with is not-covered', () => {
    expectAnswers([
      // "us" owns nothing: it is who is reached, not whose clients
      ['MS emails us re client renewals?', 'not-covered'],
      ['Teams invoice – we get it from microsoft?', 'not-covered'],
      ['we get the outage notices from microsoft, right?', 'not-covered'],
      ['email to me when the client signs the MCA?', 'not-covered'],
      ['Mail an mich, wenn der Kunde den EA verlängert?', 'not-covered'],
      ['Does Microsoft share its root-cause analyses with us resellers?', 'not-covered'],
      ['who tells us about price changes, microsoft or the disti?', 'not-covered'],
      // the customer still is the one reached where it is named
      ['Does the customer get the invoice from Microsoft?', 'no', 'subscription-communication'],
      ['Will Microsoft share the incident report with the customer?', 'yes', 'operational-communication']
    ]);
  });

  it('an order in the German infinitive, a pasted text\'s policy word and passing a complaint on to Microsoft are not the policy\'s question', () => {
    expectAnswers([
      ['Infomail zum Exchange-Ausfall für unsere Kunden aufsetzen', 'not-covered'],
      ['Rundschreiben an alle Kunden wegen der Sicherheitslücke verfassen, danke', 'not-covered'],
      ['Fasse diese Meldung für die Geschäftsführung zusammen: „Exchange-Postfächer werden ab Mai migriert. Bitte passen Sie Ihre Richtlinie an.“', 'not-covered'],
      ['Darf ich die Beschwerde des Kunden an Microsoft weiterleiten?', 'not-covered']
    ]);
  });

  it('a misspelt word is judged by the second opinion as the word it was read as', () => {
    const typed = 'Kann ich als Parnter den Dienststatus aller Kunden an einer Stelle sehen?';
    expect(understand(typed).spelling).toContain('partner');
    expect(understand('Kann ich als Partner den Dienststatus aller Kunden an einer Stelle sehen?').spelling).toBeUndefined();
    expect(ask(typed).verdict).toBe('not-covered');
  });
});

describe('no flip where the purchase is past, aimed at or another thing changes (safety, issue 11, eighth wave)', () => {
  it('a channel the customer moved away from is past; where it moved to is its channel now', () => {
    expectAnswers([
      ['Die Firma ist vor einem Jahr vom Open-Value-Vertrag zu uns gewechselt, alles läuft jetzt über unser Partner Center. Schreibt Microsoft ihr wegen der Verlängerung?', 'no', 'subscription-communication'],
      ["The client moved from a credit card subscription on Microsoft's website to us last year. Does Microsoft send them the renewal reminders now?", 'no', 'subscription-communication'],
      ['Kunde kam vom MOSP-Kreditkartenkauf zu uns. Bekommt er von Microsoft noch Mahnungen für die CSP-Abos?', 'no', 'subscription-communication'],
      // the agreement said again, still running, is the customer's own; a move away from the partner leaves it direct
      ['We moved the customer from their EA to CSP, but the EA runs until June. Will Microsoft send the EA true-up invoice?', 'yes', 'non-csp-relationship'],
      ['Kunde ist von uns zu einem EA gewechselt. Schickt Microsoft ihm jetzt die Rechnungen?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('a move named by any verb of moving (pull, shift, port; ziehen, übernehmen, verlegen) leaves the channel it comes from', () => {
    expectAnswers([
      ['Last quarter the dental practice pulled its Dynamics 365 licences out of our CSP and onto its own MCA with Microsoft. Does Microsoft now send them the invoices for those licences?', 'yes', 'non-csp-relationship'],
      ["We shifted the law firm's Azure subscriptions from their Enterprise Agreement to our CSP Azure plan. Does Microsoft still email them the Azure invoices?", 'no', 'subscription-communication'],
      ['The school has ported its Microsoft 365 from CSP onto a direct agreement. Will Microsoft contact them about the renewal of those licences?', 'yes', 'non-csp-relationship'],
      ['The charity is pulling its Azure consumption off the EA and into our CSP. Will Microsoft keep sending them billing notices for it?', 'no', 'subscription-communication'],
      ['The customer pulled its Azure subscriptions from our CSP onto its new MCA, but Intune stays with us. Does Microsoft send them the Azure invoices now?', 'yes', 'non-csp-relationship'],
      ['Die Praxis hat ihre Dynamics-Lizenzen aus unserem CSP in einen eigenen MCA-Vertrag gezogen. Schickt Microsoft ihr jetzt die Rechnungen dafür?', 'yes', 'non-csp-relationship'],
      ['Wir haben die Azure-Abos der Kanzlei aus ihrem Enterprise Agreement in unseren CSP übernommen. Bekommt die Kanzlei von Microsoft noch Rechnungen für diese Abos?', 'no', 'subscription-communication'],
      ['Das Architekturbüro zieht seine Microsoft-365-Lizenzen aus dem CSP in einen Direktvertrag mit Microsoft um. Meldet sich Microsoft danach wegen der Verlängerung direkt?', 'yes', 'non-csp-relationship'],
      ['Die Stadtwerke haben ihre Azure-Abos aus dem EA in unseren CSP verlegt. Erhalten sie von Microsoft noch Rechnungen dafür?', 'no', 'subscription-communication'],
      // the same verbs moving something that is no purchase channel leave the reading alone
      ["Microsoft is shifting our client's tenant data from the Dublin data centre onto servers in Amsterdam. Will Microsoft tell the client directly?", 'yes', 'operational-communication'],
      ['Der Kunde zieht mit seinem Büro aus dem Gebäude in ein neues um. Informiert Microsoft ihn über Störungen?', 'yes', 'operational-communication']
    ]);
  });

  it('the partner beside Microsoft as the other sender ("from us or from Microsoft") is who sends, not where it was bought', () => {
    expectAnswers([
      ["Our client paid for Power BI Pro on Microsoft's website with a company card. Will the renewal notice for it come from us or from Microsoft?", 'yes', 'non-csp-relationship'],
      ['The architecture office bought Project Plan 3 directly from Microsoft. Do they receive the bill from Microsoft or from us?', 'yes', 'non-csp-relationship'],
      ['Die Kanzlei hat Visio selbst online bei Microsoft bestellt. Kommt die Verlängerungserinnerung dafür von uns oder von Microsoft?', 'yes', 'non-csp-relationship'],
      ['Das Autohaus hat Power BI Pro direkt bei Microsoft gekauft. Erhält es die Rechnung von Microsoft oder von uns?', 'yes', 'non-csp-relationship'],
      // bought through the partner and said so, the same either-or leaves the partner's channel
      ['Die Praxis bezieht Microsoft 365 über uns im CSP. Bekommt sie die Rechnung dafür von uns oder von Microsoft?', 'no', 'subscription-communication'],
      ['The bakery gets all of its licences through our CSP. Does the renewal reminder come from us or Microsoft?', 'no', 'subscription-communication']
    ]);
  });

  it('a purchase whose German participle closes the clause far from "selbst" is the customer\'s own', () => {
    expectAnswers([
      ['Der Verein hat für seine Geschäftsstelle selbst Visio Plan 2 im Microsoft Store gekauft, alles andere läuft über uns. Microsoft schickt nun die Visio-Rechnung direkt. Ist das erlaubt?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('a direct contract Microsoft aims to move the customer into is its sales approach, not one the customer has', () => {
    expectAnswers([
      ['Darf Microsoft unsere Kunden anrufen, um sie zu einem Wechsel in einen Direktvertrag zu bewegen?', 'no', 'partner-communicates'],
      ['Is Microsoft allowed to pitch our customers a move to a direct agreement?', 'no', 'partner-communicates'],
      // a move named as done: the customer has the agreement
      ['Nach dem Wechsel in ein EA: schickt Microsoft dem Kunden die EA-Rechnung?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('a change of a technical thing (a certificate authority, TLS certificates) is operational, no plan change', () => {
    expectAnswers([
      ['Microsoft rotiert die TLS-Zertifikate für Azure Storage: werden die Kunden informiert?', 'yes', 'operational-communication'],
      ['Will Microsoft tell our clients about the Azure root certificate authority change?', 'yes', 'operational-communication'],
      ['Wechsel der Stammzertifizierungsstelle bei Entra ID – schreibt Microsoft das den Kunden?', 'yes', 'operational-communication']
    ]);
  });

  it('notices about the customer sent to the partner reach the partner', () => {
    expectAnswers([
      ['Gehen die Störungsmeldungen zu unseren Kunden an uns?', 'not-covered'],
      ['Are the outage notices about our customers sent to us?', 'not-covered'],
      ['Werden Wartungshinweise zu unseren Kunden an uns geschickt?', 'not-covered']
    ]);
  });
});

describe('no yes or no to what the policy does not cover, in the words of the eighth wave (safety, issue 11, classes 4 and 5)', () => {
  it('a known incident asked about is the live state of a service; Microsoft telling customers about known issues still is the policy', () => {
    expectAnswers([
      ["Mail delivery failing for several clients since this morning – any known issue on Microsoft's side?", 'not-covered'],
      ['Gibt es einen bekannten Ausfall bei Exchange Online? Mehrere Kunden können keine Mails senden', 'not-covered'],
      ['Does Microsoft inform customers about known issues in Exchange Online?', 'yes', 'operational-communication'],
      ['Informiert Microsoft die Kunden über bekannte Probleme in Teams?', 'yes', 'operational-communication']
    ]);
  });

  it('the asker turning to Microsoft or doing its own books is the asker acting', () => {
    expectAnswers([
      ['Who do I contact at Microsoft when a customer invoice looks wrong?', 'not-covered'],
      ['Wem schreib ich bei Microsoft, wenn die Partnergutschrift fehlt?', 'not-covered'],
      ['Wie verbuche ich die Microsoft-Rechnungen für unsere CSP-Kunden?', 'not-covered']
    ]);
  });

  it('what Microsoft provides to the partner, a joke and a dictated order are not the policy\'s question', () => {
    expectAnswers([
      ["Does Microsoft provide us with a monthly reconciliation of our customers' Azure usage?", 'not-covered'],
      ['Tell me a joke about licence renewals', 'not-covered'],
      ['um write the customer a note about the Exchange outage', 'not-covered'],
      ['Will Microsoft write my customer about the outage?', 'yes', 'operational-communication']
    ]);
  });
});

describe('reports to an authority and entertainment are not the policy\'s question (safety, issue 11, class 5)', () => {
  it('a report to a regulator reaches neither the customer nor the partner, unless Microsoft also tells the customer', () => {
    expectAnswers([
      ['Do we have to report the customer\'s data breach to the regulator?', 'not-covered'],
      ['Meldet Microsoft Datenpannen bei unseren Kunden an die Datenschutzbehörde?', 'not-covered'],
      ['Informiert Microsoft die Kunden über einen Vorfall, den es an das BSI gemeldet hat?', 'yes', 'operational-communication'],
      // a public body as the customer is still the customer
      ['Schickt Microsoft der Landesbehörde die Rechnung für ihre CSP-Lizenzen?', 'no', 'subscription-communication']
    ]);
  });

  it('a product said to run through a channel after the question, typed without a full stop, is context', () => {
    expectAnswers([
      ['die firma hat visio direkt bei microsoft gekauft und wurde von microsoft über die verlängerung dieser abos informiert die microsoft 365 abos laufen über uns ist das ok', 'yes', 'non-csp-relationship'],
      ['client bought visio directly from microsoft and was told by microsoft about a price change for those subscriptions the m365 licences are through us is that allowed', 'yes', 'non-csp-relationship']
    ]);
  });

  it('the partner keeping its books, a notice Microsoft gives CSP partners and a text to rewrite are not the policy\'s question', () => {
    expectAnswers([
      ['Wie sind die Microsoft-Rechnungen für Azure bei uns zu verbuchen?', 'not-covered'],
      ['Does Microsoft give CSP partners early notice of security patches?', 'not-covered'],
      ['Rewrite this Microsoft maintenance notice in plain German for my customer', 'not-covered'],
      ['Kannst du die Störungsmail von Microsoft für den Kunden verständlich umformulieren?', 'not-covered'],
      ['Can I view the service health of all my customers in one dashboard?', 'not-covered'],
      // Microsoft rewriting its own notice is still Microsoft reaching the customer
      ['Does Microsoft rewrite the outage notice for the customer?', 'yes', 'operational-communication']
    ]);
  });

  it('in a customer\'s words, "us partners" and "uns als Partner" are still the partner', () => {
    expectAnswers([
      ['Customer asks: will Microsoft tell us partners in advance when NCE prices change?', 'not-covered'],
      ['Der Kunde fragt: informiert Microsoft uns als Partner vorab über Preisänderungen?', 'not-covered'],
      ['Customer asks: will Microsoft tell us in advance when NCE prices change?', 'no', 'subscription-communication']
    ]);
  });

  it('a joke about licensing is no question about licensing', () => {
    expectAnswers([['Tell me a joke about Microsoft licensing', 'not-covered'], ['Erzähl mir einen Witz über CSP-Rechnungen', 'not-covered']]);
  });
});

describe('ordinary words that are no sales approach, and sales approaches with no topic word (issue 11, classes 3 and 8)', () => {
  it('an operational notice is yes, though it names a move, a recommendation, something introduced or an event', () => {
    expectAnswers([
      // a move with its article happens; it aims at no direct contract
      ['Microsoft is shifting the customer\'s Fabric tenant to another data centre. Does Microsoft tell the customer about the move directly?', 'yes', 'operational-communication'],
      // steps recommended in a notice belong to the notice
      ['There is a critical flaw in SharePoint Server. May Microsoft email our clients the recommended steps directly?', 'yes', 'operational-communication'],
      // a change introduced is part of the operational notice
      ['Microsoft is introducing stricter MFA rules for the Entra admin centre. Who notifies our customers?', 'yes', 'operational-communication'],
      // "in the unlikely event" is a set phrase, no marketing event
      ['In the unlikely event of a breach of customer data in Dynamics 365, would Microsoft contact the customer itself?', 'yes', 'operational-communication'],
      // a prompt is no promotion
      ['Copilot prompts from a client tenant were exposed by a bug. Can Microsoft notify that client directly?', 'yes', 'operational-communication'],
      // "security stuff" names a range of products sold, no security event
      ['Will Microsoft come to our customers with sales pitches for its security stuff, or is that our job?', 'no', 'partner-communicates']
    ]);
  });

  it('selling, recruiting and relationship building in other words: in general, no', () => {
    expectAnswers([
      ['Will Microsoft try to recruit our clients for a private preview of new Teams features?', 'no', 'partner-communicates'],
      ['Does Microsoft market Power BI to our customers directly?', 'no', 'partner-communicates'],
      ['Is it normal for Microsoft to drop in on our customers just to say hello?', 'no', 'partner-communicates'],
      // "may I ask whether" frames the question; the asker reaches no one
      ['May I ask whether a Microsoft account executive would telephone my client about its cloud plans?', 'no', 'partner-communicates'],
      // "on our side" after "is" says whose part it is, nothing sent to the partner
      ['Can Microsoft pitch Copilot to my customers on its own, or is all selling on our side?', 'no', 'partner-communicates']
    ]);
  });

  it('subscription matters in a partner\'s framing: the alternative "only from us", a stated channel, "how many" told', () => {
    expectAnswers([
      // "or does that only ever come from us" names who sends it; it asks for no exceptions
      ['Does Microsoft send our client the renewal notice for its Intune licences, or does that only ever come from us?', 'no', 'subscription-communication'],
      // the channel is stated; "perhaps" doubts Microsoft's motive, not the purchase
      ['Our customer is dropping its Project Plan 3 seats, which it buys from us via CSP. Would Microsoft get in touch about the cancellation, or perhaps to keep them?', 'no', 'subscription-communication'],
      ['Who informs the customer how much their E5 seats will cost next year?', 'no', 'subscription-communication'],
      ['renewal notices from Microsoft?', 'no', 'subscription-communication']
    ]);
  });
});

describe('no confident wrong yes or no where a deciding word is misspelt or its channel is unsaid (safety, issue 11, messy text)', () => {
  it('a product asked about whose channel is unsaid, beside the customer\'s own agreement for something else, is depends', () => {
    expectAnswers([
      ['Customer has an EA for Windows. Will MS email them about the Intune price change?', 'depends', 'non-csp-relationship'],
      ['The firm holds an MPSA for Visio and Project Online is provisioned by our team. Will Microsoft mail them the Project Online renewal?', 'depends', 'non-csp-relationship'],
      // said, it decides
      ['The firm holds an MPSA for Visio and Project Online sits in our CSP. Will Microsoft mail them the Project Online renewal?', 'no', 'subscription-communication']
    ]);
  });

  it('a channel word typed with two letters swapped ("über nus", "büer uns", "CPS") is still the partner\'s channel', () => {
    expectAnswers([
      ['Die Firma hat einen Unified-Vertrag direkt und Teams Phone über nus. Bekommt sie von Microsoft die Rechnung für Teams Phone?', 'no', 'subscription-communication'],
      ['Die Firma hat einen Unified-Vertrag direkt und Teams Phone büer uns. Bekommt sie von Microsoft die Rechnung für Teams Phone?', 'no', 'subscription-communication'],
      ['The firm holds an MPSA for Visio and Project Online sits in our CPS. Will Microsoft mail them the Project Online renewal?', 'no', 'subscription-communication']
    ]);
  });

  it('a verb of telling or a pronoun typed with two letters swapped still reaches the partner: not-covered', () => {
    expectAnswers([
      ["Does Microsoft sned us a heads-up before a customer's licences expire?", 'not-covered'],
      ['Does Microsoft tlel the reseller when a tenant is hit by a security incident?', 'not-covered'],
      ['Tielt Microsoft uns Partnern mit, wenn beim Kunden ein Dienst ausfällt?', 'not-covered'],
      ["Does Microsoft ontify the partner before a customer's trial converts?", 'not-covered']
    ]);
  });

  it('a deciding word with a letter doubled or, in a longer word, left out is still read ("übber uns", "seend", "notfy", "slbst")', () => {
    expectAnswers([
      ['Kunde hat ein MPSA für Visio und Project Online läuft übber uns. Schickt Microsoft ihm die Project-Online-Rechnung?', 'no', 'subscription-communication'],
      ["Does Microsoft seend the reseller the renewal notice for a customer's licences?", 'not-covered'],
      ["Does Microsoft notfy the partner when a customer's trial converts?", 'not-covered'],
      ['Kunde hat Azure slbst bei Microsoft gekauft. Schickt Microsoft ihm die Azure-Rechnung?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('a contraction typed without its apostrophe is read as its words: a run-on line sees the new statement', () => {
    const spelt = understand('the charity paid microsoft consulting directly for a review last spring and microsoft keeps sending them follow-ups about that engagement they are our csp customer for the rest is that ok');
    const chatted = understand('the charity paid microsoft consulting directly for a review last spring and microsoft keeps sending them follow-ups about that engagement theyre our csp customer for the rest is that ok');
    expect(chatted.facts).toEqual(spelt.facts);
    expect(understand("we dont resell them Azure, Microsoft sends them the Azure invoice, fine?").facts).toEqual(
      understand("we don't resell them Azure, Microsoft sends them the Azure invoice, fine?").facts
    );
  });

  it('how a thing works is what it is explained as, no service running or failing: never the operational yes', () => {
    for (const question of [
      'Will Microsoft mail our customers an explainer on how Copilot Studio works?',
      'Schickt Microsoft unseren Kunden Infos dazu, wie die neue Teams-App funktioniert?'
    ]) {
      expect({ question, topics: understand(question).facts.topics }).toEqual({ question, topics: [] });
      expect({ question, verdict: ask(question).verdict }).not.toEqual({ question, verdict: 'yes' });
    }
    expectAnswers([
      ['Will Microsoft tell the customer once Exchange works again after the outage?', 'yes', 'operational-communication'],
      ['Informiert Microsoft den Kunden, wie lange SharePoint nicht funktioniert hat?', 'yes', 'operational-communication']
    ]);
  });

  it('a relationship Microsoft keeps with the customers is Microsoft\'s, no agreement of the customer\'s: the principle, never yes', () => {
    expectAnswers([
      ['Pflegt Microsoft eigentlich eine eigene Beziehung zu unseren Kunden, Stichwort Kundenbetreuung?', 'no', 'partner-communicates'],
      ['Does Microsoft keep its own relationship with our CSP customers, like account management?', 'no', 'partner-communicates'],
      // the customer's own relationship with Microsoft still is one; a talk with the customer is no relationship
      ['The customer has its own relationship with Microsoft for Azure. Will Microsoft send them the Azure invoice?', 'yes', 'non-csp-relationship'],
      ['Can the Microsoft account manager discuss the MCA renewal with the customer? Azure is on their MCA, Teams is with us.', 'yes', 'non-csp-relationship']
    ]);
  });

  it('a clause after the verb that opens with another product and says it is held through us is context, not what is asked', () => {
    expectAnswers([
      ['The client bought Visio directly from Microsoft and then got a renewal notice for it from Microsoft, Intune they have through us. Is that ok?', 'yes', 'non-csp-relationship'],
      // a product described by the holding is still what is asked about
      ['Will Microsoft send the invoice for the Intune they have through us?', 'no', 'subscription-communication']
    ]);
    const german = ask('Der Kunde hat Visio direkt bei Microsoft gekauft und dazu eine Verlängerungsmail von Microsoft bekommen, Intune hat er über uns. Passt das?');
    expect(['yes', 'depends']).toContain(german.verdict);
  });

  it('a reading that rests on a mended deciding word is less sure than the same question typed right', () => {
    const typed = 'Die Firma hat einen Unified-Vertrag direkt und Teams Phone über uns. Bekommt sie von Microsoft die Rechnung für Teams Phone?';
    const slipped = typed.replace('über uns', 'über nus');
    expect(understand(slipped).facts).toEqual(understand(typed).facts);
    expect(understand(slipped).confidence).toBeLessThan(understand(typed).confidence);
  });
});

describe('German clause structure a new author uses (issue 11, de10)', () => {
  it('a question opened by its verb asks about what stands between that verb and Microsoft', () => {
    expectAnswers([
      ['Der Kunde hat Azure direkt bei Microsoft gekauft, Teams läuft über uns. Kommt die Teams-Rechnung von Microsoft?', 'no', 'subscription-communication'],
      ['Der Kunde hat Azure direkt bei Microsoft gekauft, Teams läuft über uns. Wird die Azure-Rechnung von Microsoft verschickt?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('a route denied, a named web shop and a doubt over the whole question say nothing doubtful about the channel', () => {
    expectAnswers([
      ['Die Firma hat Power BI direkt gekauft, nicht über uns. Schickt Microsoft ihr die Rechnung dafür?', 'yes', 'non-csp-relationship'],
      ['Der Verein hat Visio online direkt bei Microsoft gekauft, alles andere läuft über uns. Bekommt er die Visio-Rechnung von Microsoft?', 'yes', 'non-csp-relationship'],
      ['Ich bin unsicher: wenn der Kunde bei uns zehn Lizenzen kündigt, schreibt Microsoft ihm dann?', 'no', 'subscription-communication'],
      // a doubt about a claim stays a doubt
      ['Der Kunde hat Power BI, das haben wir ihm nie verkauft, glaube ich. Schickt Microsoft ihm die Rechnung?', 'depends', 'non-csp-relationship']
    ]);
  });

  it('operational matters in German verb forms: a passive with its participle last, the end of support with the verb first, a mandatory update', () => {
    expectAnswers([
      ['Am Samstag wird die SQL-Datenbank des Kunden gewartet. Informiert Microsoft ihn vorher?', 'yes', 'operational-communication'],
      ['Microsoft beendet die Unterstützung für Windows 10 – sagt Microsoft das den Kunden selbst?', 'yes', 'operational-communication'],
      ['Dynamics bekommt ein Pflichtupdate auf die neue Version. Darf Microsoft die Admins des Kunden direkt informieren?', 'yes', 'operational-communication']
    ]);
  });

  it('an earlier numbered question is a part of its own: both cases', () => {
    expectAnswers([['Zwei Fragen: 1) Informiert MS den Kunden über den Exchange-Ausfall? 2) Schickt MS ihm die Rechnung?', 'depends', 'operational-communication']]);
  });

  it('the partner as the subject of an "ob"/"dass" clause, or told through a phrase that ends on a light verb, is reached: not covered', () => {
    expectAnswers([
      ['Ich möchte gern wissen, ob wir von Microsoft informiert werden, wenn der Kunde seine Lizenzen reduziert.', 'not-covered'],
      ['Die Geschäftsführung fragt, ob wir eine Kopie bekommen, wenn Microsoft dem Kunden wegen einer Störung schreibt.', 'not-covered'],
      ['Bitte um Rückmeldung, ob Microsoft uns davon in Kenntnis setzen würde, wenn der Kunde kündigt.', 'not-covered'],
      // the customer told through the same phrase is the policy's question
      ['Wird Microsoft den Kunden über die Wartung in Kenntnis setzen?', 'yes', 'operational-communication']
    ]);
  });

  it('the asker acting in the Konjunktiv is the asker acting; a polite request to explain is no act', () => {
    expectAnswers([
      ['Müsste ich den Microsoft-Support für den Kunden kontaktieren?', 'not-covered'],
      ['Könnten wir bei Microsoft anrufen, weil beim Kunden Teams hängt?', 'not-covered'],
      ['dürfte ich sie bitten mir zu erklären warum microsoft unseren kunden keine rechnungen für ihre csp abos schickt', 'no', 'subscription-communication']
    ]);
  });

  it('scope in German sentence forms: a follow-up before its reason, a cloud named with Microsoft, a bracketed "findet … Anwendung"', () => {
    expectAnswers([
      ['Und für Kunden in der US Government Cloud? Wir haben da zwei Behörden.', 'applies', 'applies-to'],
      ['und in der Microsoft Cloud Deutschland?', 'applies', 'applies-to'],
      ['Findet diese Regel bei Kunden in Österreich ebenfalls Anwendung?', 'applies', 'applies-to'],
      ['Welche Umgebungen sind für die Richtlinie maßgeblich?', 'applies', 'applies-to'],
      ['Erstreckt sich die Richtlinie auch auf GCC High?', 'applies', 'applies-to'],
      ['Gilt die Regel zur Kundenkommunikation auch fürs Partner Center?', 'applies', 'applies-to']
    ]);
  });

  it('a question opened by the customer receiving, before a second question, is a part of its own', () => {
    expectAnswers([['Bekommt der Kunde von Microsoft eine Nachricht, wenn Exchange gestört ist? Und schickt Microsoft ihm die Rechnung?', 'depends', 'operational-communication']]);
  });
});

describe('a part joined by "and", the principle in other words and a channel said with "by us" (issue 11, classes 1, 6 and 8)', () => {
  it('each part keeps its topic: a renewal of licences, a move up to a plan, our upgrade of the client, a subscription running out', () => {
    expectAnswers([
      ['Will Microsoft warn my client about expiring TLS certificates and about the renewal of its Visio licences?', 'depends', 'operational-communication'],
      ['May Microsoft tell our customer about the SharePoint 2013 workflow retirement and also about moving them up to E5?', 'depends', 'operational-communication'],
      ['Planned maintenance in the West Europe region and our upgrade of the client to E5: which of the two does Microsoft announce to the client?', 'depends', 'operational-communication'],
      ['does ms tell the customer about phishing attacks and about their Teams Premium subscription running out', 'depends', 'operational-communication']
    ]);
  });

  it('the principle said another way is the general rule; the cases asked another way are every case', () => {
    expectAnswers([
      ['Why does Microsoft leave all the customer contact to us resellers?', 'no', 'partner-communicates'],
      ['Is the default that Microsoft does not write to our customers itself?', 'no', 'partner-communicates'],
      ['A colleague says Microsoft and the reseller share the customer communication. Is that right?', 'no', 'partner-communicates'],
      ['In which circumstances does Microsoft deviate from the rule that the partner talks to the customer?', 'depends', 'operational-communication']
    ]);
  });

  it('a product "supplied by us" or "provided by us" is bought through the partner beside a direct agreement', () => {
    expectAnswers([
      ['The customer has an MCA for Azure, but its Intune licences are provided by us. Will Microsoft email the customer about the Intune price increase?', 'no', 'subscription-communication'],
      ['The customer has an MCA for Azure, but its Intune licences are provided by us. Will Microsoft email the customer about the Azure price increase?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('"unsere …" whom Microsoft reaches are the customers by the asker\'s own name for them, never the partner\'s staff', () => {
    expectAnswers([
      ['Darf Microsoft unsere Pfarreien direkt anschreiben?', 'depends', 'operational-communication'],
      ['Bekommen unsere Kitas von Microsoft Werbung für Teams?', 'no', 'partner-communicates']
    ]);
    expect(understand('Darf Microsoft unsere Mitarbeiter direkt anschreiben?').facts.intent).not.toBe('communication');
  });

  it('a fragment with a check tagged on, and Microsoft going around the partner, ask about direct contact', () => {
    expectAnswers([
      ['Direktkontakt zum Kunden durch Microsoft – erlaubt oder nicht?', 'depends', 'operational-communication'],
      ['MS umgeht uns – ist das erlaubt?', 'depends', 'operational-communication']
    ]);
  });

  it('a ticket named by its number labels the note; "über unser Haus" is through us; "auch … hat" at the end of a "wenn" clause is an own agreement beside ours', () => {
    expectAnswers([
      ['Ticket 5521 – Teams-Ausfall heute früh. Informieren wir den Kunden oder macht Microsoft das?', 'yes', 'operational-communication'],
      ['Der Kunde bezieht Teams über unser Haus. Schickt Microsoft ihm die Teams-Rechnung?', 'no', 'subscription-communication'],
      ['Wenn die Klinik auch einen eigenen Vertrag mit Microsoft hat, schickt Microsoft ihr dann Rechnungen?', 'depends', 'non-csp-relationship']
    ]);
  });

  it('a data-centre region is a place the policy may hold in, not an operational matter', () => {
    expectAnswers([['Gilt die Richtlinie auch für Tenants in Azure-Regionen außerhalb der EU?', 'applies', 'applies-to']]);
  });

  it('German words that hold a topic word in another sense: announced is no cancellation, an expectation no maintenance', () => {
    expectAnswers([
      ['Microsoft hat eine verpflichtende Anmeldung mit MFA angekündigt. Darf Microsoft unsere Kunden darüber selbst unterrichten?', 'yes', 'operational-communication'],
      ['Was erwartet Microsoft von uns bei der Kommunikation mit Kunden?', 'no', 'partner-communicates']
    ]);
  });

  it('booking more with the particle at the clause end is a subscription change; a message from Microsoft "an die …" reaches the customer', () => {
    expectAnswers([
      ['Wir buchen für die Praxis zehn Lizenzen dazu. Schreibt Microsoft ihr deswegen?', 'no', 'subscription-communication'],
      ['Der Sportverein braucht mehr Postfächer. Gibt es eine Info von Microsoft an die Vereinsleitung?', 'depends', 'operational-communication']
    ]);
  });

  it('the asker as the subject of a "dass" clause passing something on to Microsoft acts; the weather is not the policy', () => {
    expectAnswers([
      ['Wäre es in Ordnung, dass ich die Beschwerde des Kunden direkt an Microsoft weiterleite?', 'not-covered'],
      ['Könnten Sie mir sagen, mit welcher Witterung morgen in Graz zu rechnen ist?', 'not-covered'],
      // the partner's own reconciliation file reaches the partner
      ['Schickt Microsoft uns die Reconciliation-Datei automatisch, oder lade ich sie im Partner Center selbst herunter?', 'not-covered']
    ]);
  });
});

describe('a doubt about the channel said in other words, and the apps of Dynamics 365 named bare (issue 11, class 2)', () => {
  it('the asker cannot confirm, match or recall the purchase: depends, never a guessed no', () => {
    expectAnswers([
      ['Microsoft emailed our client about a Visio price change. We cannot confirm that Visio runs under our CSP agreement. Is that allowed?', 'depends', 'non-csp-relationship'],
      ['Microsoft wrote to the customer about an expiring Azure savings plan. I can\'t match the savings plan to anything in our Azure plan. OK for them to do that?', 'depends', 'non-csp-relationship'],
      ['Microsoft mails the customer about Power BI invoices. not 100% sure that subscription is ours. can they do that?', 'depends', 'non-csp-relationship'],
      ['The client forwarded to us a renewal reminder from Microsoft for Intune Suite. We do not recall selling it to them. May Microsoft send this?', 'depends', 'non-csp-relationship'],
      // a difference in numbers is no doubt about the channel
      ['The seat count in the customer portal doesn\'t match our invoice. Will Microsoft contact the customer about it?', 'no', 'subscription-communication']
    ]);
  });

  it('one app of Dynamics 365 held by the partner, another one asked about: depends', () => {
    expectAnswers([
      ['Microsoft contacted our customer about Customer Insights renewals. We only resell them Business Central. Is that OK?', 'depends', 'non-csp-relationship'],
      ['Microsoft sent our client a Field Service invoice. We\'re their CSP for Business Central but never sold them Field Service. Should I escalate?', 'depends', 'non-csp-relationship'],
      ['The customer bought 20 BC licences through us but only 12 are assigned. Will Microsoft tell them about the unused licences?', 'no', 'subscription-communication']
    ]);
  });
});

describe('who acts, who is told and what was bought, in a new author\'s words (issue 11, classes 1, 4, 5, 6 and 7)', () => {
  it('the partner told, in a statement\'s word order, and the asker acting, are not covered', () => {
    expectAnswers([
      ['Could you tell me whether we are informed by Microsoft when a customer cancels our GDAP relationship?', 'not-covered'],
      ['Would it be wise for me to pass the customer\'s complaint about Teams call quality on to Microsoft?', 'not-covered'],
      ['Can I write to the Intune product group directly about a bug a customer found?', 'not-covered']
    ]);
  });

  it('a customer\'s question under a label speaks in the customer\'s voice', () => {
    expectAnswers([['Question from the customer: will Microsoft inform us about planned maintenance?', 'yes', 'operational-communication']]);
  });

  it('an agreement that ended is past; the channel is what the customer has now', () => {
    expectAnswers([['The customer\'s EA has expired and everything runs through us now. Will Microsoft\'s account team still pitch Copilot to them?', 'no', 'partner-communicates']]);
  });

  it('licences to buy beside an operational part, and updates and clean-ups named in other words', () => {
    expectAnswers([
      ['Microsoft is retiring legacy MFA policies. Will it tell the customer about that and about the extra Entra ID P2 licences they would need to buy?', 'depends', 'operational-communication'],
      ['Who tells the customer about the Dynamics 365 release schedule?', 'yes', 'operational-communication']
    ]);
  });

  it('scope in other words and a channel nobody can remember', () => {
    expectAnswers([
      ['Is this rule limited to Partner Center, or does it extend to the Azure portal as well?', 'applies', 'applies-to'],
      ['Power BI Pro for the club: we have lost track of whether they bought it from us or online. Can Microsoft write to them about a price change?', 'depends', 'non-csp-relationship']
    ]);
  });
});

describe('one product held both ways, and both relationships asked in general (issue 11, class 1)', () => {
  it('a product under an agreement and under the partner\'s plan, or partly each way, turns on which is meant', () => {
    expectAnswers([
      ['The client runs Azure both under an enterprise agreement and under our CSP Azure plan. Microsoft emailed them an Azure cost alert. Fine?', 'depends', 'non-csp-relationship'],
      ['customer has an open value agreement and csp licences with us so who does the communicating with them microsoft or we', 'depends', 'non-csp-relationship']
    ]);
  });
});

describe('a service down beside a bill, capacity plans, an edition held, the rule\'s exceptions and a follow-up in other words (issue 11, classes 2, 6, 7 and 8)', () => {
  it('reads each part and the cases asked in few words', () => {
    expectAnswers([
      // a named service going down is an outage beside the bill, not a price going down
      ['Customer asks: will Microsoft tell us when Exchange goes down, and when our licence bill rises?', 'depends', 'operational-communication'],
      // a capacity moved from one SKU to another is a plan change beside the operational part
      ['Planned maintenance on the Fabric capacity plus a change from F16 to F32: does Microsoft tell the customer about either?', 'depends', 'operational-communication'],
      // another edition than the one the partner holds
      ['Microsoft wrote to a client about Exchange Online Archiving licences, but in Partner Center we only have Exchange Online Plan 2 for them. Allowed?', 'depends', 'non-csp-relationship'],
      ['exceptions to the rule that the partner does all the communicating?', 'depends', 'operational-communication'],
      ['Azure Government customers, same deal?', 'applies', 'applies-to']
    ]);
  });
});

describe('German as a stranger writes it: dialect spelling, verb-last order and support that ends (issue 11, classes 3, 5 and 7)', () => {
  it('Bavarian, Austrian and Swiss spellings are read as the standard words, wherever the question is written in them', () => {
    expectAnswers([
      // verbs with their "-en" swallowed and dialect pronouns: the same facts as the standard sentence
      ['da schreiner hot sei office abo kündigt. redt microsoft mit eahm über de kündigung?', 'no', 'subscription-communication'],
      ['bei azure is a größere störung gwesn, kriagt mei kundin a mail vo microsoft?', 'yes', 'operational-communication'],
      ['derf microsoft de gärtnerei zu am copilot event eiladn?', 'no', 'partner-communicates'],
      // an agreement of their own beside what they buy from the asker: which one is meant decides
      ['da wirt hot a eigenes open value vo microsoft, teams hot er vo mir. derf microsoft eahm wegn dem open value vertrag schreibn?', 'yes', 'non-csp-relationship'],
      // Swiss German
      ['chunnt de chund vo microsoft e mail über d störig oder nid?', 'yes', 'operational-communication'],
      // the asker as the one who would receive: not covered, in dialect too
      ['kriag i a mail vo microsoft wenn a kunde kündigt?', 'not-covered']
    ]);
  });

  it('dialect words that English shares change nothing in an English question', () => {
    expectAnswers([
      ['Is it OK if I ask whether Microsoft emails the customer about a hot fix for the outage?', 'yes', 'operational-communication'],
      ['Do I need to tell the customer about the price increase, or does Microsoft?', 'no', 'subscription-communication']
    ]);
  });

  it('the asker reaching Microsoft with the verb at the end is not covered', () => {
    expectAnswers([
      ['Soll ich Microsoft selbst anschreiben, wenn beim Kunden Teams nicht läuft?', 'not-covered'],
      ['Dürfen wir Microsoft direkt anrufen, wenn die Rechnung des Kunden falsch ist?', 'not-covered']
    ]);
  });

  it('support that a product no longer gives is operational, and a change the customer must make is no plan change', () => {
    expectAnswers([
      ['Exchange unterstützt ältere Outlook-Versionen bald nicht mehr. Wird der Kunde von Microsoft informiert?', 'yes', 'operational-communication'],
      ['Azure will no longer support the old TLS versions. Does the customer hear about it from Microsoft?', 'yes', 'operational-communication'],
      ['Microsoft hat dem Kunden geschrieben, dass ein Zertifikat abläuft und er etwas umstellen muss. Ist das okay?', 'yes', 'operational-communication']
    ]);
  });
});

describe('the tenth wave\'s phrasing: orders about the answer\'s form, the partner\'s role and a reason after the question (issue 11, en11)', () => {
  it('leaves an order about the answer\'s form out of the question', () => {
    expectAnswers([
      // a format order before the question is no task for the bot
      ['Reply in one line, yes or no: does Microsoft email the customer\'s admins when their tenant\'s TLS certificates are rotated?', 'yes', 'operational-communication'],
      ['Antworte bitte nur mit Ja oder Nein: Informiert Microsoft den Kunden direkt über eine geplante Wartung von Exchange Online?', 'yes', 'operational-communication'],
      // a format order after it is not the sentence that asks: the asked product stays the directly bought one
      ['The client bought Power BI Pro directly with their own credit card and has Intune from us. Will Microsoft send them the Power BI Pro invoices? Keep it short.', 'yes', 'non-csp-relationship'],
      ['Wer informiert den Kunden über die neue Preisliste für seine CSP-Abos? Kurz und knapp, in einem Satz.', 'no', 'subscription-communication']
    ]);
  });

  it('reads the partner\'s role and a reason after the question as context, not as the asked product\'s channel', () => {
    expectAnswers([
      // "as their CSP" is who the partner is, not how the asked agreement was bought
      ['The client signed an MCA directly with Microsoft for Azure. As their CSP, do we have to tell them about the MCA invoice, or does Microsoft?', 'yes', 'non-csp-relationship'],
      // a "because" clause after the question gives the asker's reason
      ['The client has Teams Phone from us in CSP and Premier Support directly. Will Microsoft send them the Teams Phone price increase because they know them from Premier?', 'no', 'subscription-communication']
    ]);
  });

  it('a question for what the policy says asks every case; a principle put to be confirmed is "in general, no"', () => {
    expectAnswers([
      ['What exactly does Microsoft\'s CSP customer communication guidance state?', 'depends', 'operational-communication'],
      ['Give me the gist of the rules on Microsoft talking to our end customers.', 'depends', 'operational-communication'],
      ['Microsoft\'s position on contacting CSP end customers?', 'depends', 'operational-communication'],
      ['ms <-> client comms?', 'depends', 'operational-communication'],
      ['Was besagt die Richtlinie zur Kommunikation von Microsoft mit unseren Kunden?', 'depends', 'operational-communication'],
      // a principle put to be confirmed, or a frame before the real question
      ['My colleague says all customer communication comes from the partner by default. Is that what the policy says?', 'no', 'partner-communicates'],
      ['What does the policy say: who is responsible for talking to the end customer in CSP?', 'no', 'partner-communicates']
    ]);
  });

  it('a determiner before its noun in the asking part does not pull in the context\'s topics', () => {
    expectAnswers([
      ['TLS 1.0 retirement for Azure Storage next year; two of our clients still pay around €900/month for those accounts. Will Microsoft tell those clients about the retirement?', 'yes', 'operational-communication'],
      ['Reserved instance renewals are up next month and there was an outage last week. Will Microsoft notify this customer about the outage?', 'yes', 'operational-communication']
    ]);
  });

  it('a feature or support taken away is operational, in the verb put before it', () => {
    expectAnswers([
      ['Exchange Online drops support for basic authentication in SMTP. Will Microsoft warn the customer?', 'yes', 'operational-communication'],
      ['Microsoft is turning off the legacy reporting API in Intune. Does the customer hear about it from Microsoft directly?', 'yes', 'operational-communication'],
      // a renewal switched off is the customer's subscription
      ['We want to switch off auto-renew for the client\'s Teams licences. Will Microsoft tell the client?', 'no', 'subscription-communication']
    ]);
  });

  it('the customer\'s own engagement asked about is the matter, whatever operational word its story or name holds', () => {
    expectAnswers([
      ['Microsoft Consulting is running an incident recovery project for the client under a direct statement of work; M365 is ours via CSP. May Microsoft talk to them about that engagement?', 'yes', 'non-csp-relationship'],
      // the operational part asked about is still operational
      ['The client has a Premier Support contract directly and Azure via us. Will Microsoft tell them about the Azure outage?', 'yes', 'operational-communication']
    ]);
  });

  it('a doubt about the channel in other words: what the partner did not order or bill, and "shouldn\'t that come from us?"', () => {
    expectAnswers([
      ['Visio licences turned up in the client\'s tenant that we never provisioned, as far as we can see. Will Microsoft send them the renewal notice?', 'depends', 'non-csp-relationship'],
      ['Power BI Premium shows in the admin centre but not on our invoice from the distributor. Does Microsoft talk to the customer about its renewal?', 'depends', 'non-csp-relationship'],
      ['The client got a price increase letter from Microsoft for their Defender licences. Wasn\'t that supposed to come from us?', 'depends', 'non-csp-relationship'],
      // the partner's own CSP customers are customers, not a record the product is missing from
      ['Does Microsoft ever try to sell Copilot to my CSP customers behind my back? I do not want that.', 'no', 'partner-communicates']
    ]);
  });

  it('"will they still hear from Microsoft" after a move to the partner asks every case', () => {
    expectAnswers([
      ['The client just moved their Microsoft 365 to our CSP. They\'ll ask whether they still get emails from Microsoft. What do I say?', 'depends', 'operational-communication'],
      ['Der Verein ist jetzt mit Microsoft 365 bei uns im CSP. Kriegt er weiterhin Post von Microsoft?', 'depends', 'operational-communication']
    ]);
  });

  it('"delegated admin" names the partner\'s access, not a handing over: "does Microsoft tell us …" stays the partner told', () => {
    expectAnswers([
      ['Will Microsoft notify us if a client revokes our delegated access?', 'not-covered'],
      // handing communication over to the partner is still the principle
      ['Does Microsoft leave the customer communication to the partner?', 'no', 'partner-communicates']
    ]);
  });

  it('what an event or mailing is about is its subject, not the customer\'s subscription: the general rule first', () => {
    expectAnswers([
      ['Can Microsoft invite our CSP customers to a webinar about reserved instance savings?', 'no', 'partner-communicates'],
      ['Does Microsoft send our clients newsletters on licensing cost tips?', 'no', 'partner-communicates']
    ]);
  });
});

describe('two relationships in German word order: which product the asking part means (issue 11, class 1)', () => {
  it('a product\'s edition or holding noun before "aber über uns" still takes that channel', () => {
    expectAnswers([
      ['Der Verein hat Visual Studio direkt bei Microsoft, seine Teams-Premium-Lizenzen aber über uns. Schickt Microsoft ihm die Teams-Rechnung?', 'no', 'subscription-communication'],
      ['Kunde hat Premier Support direkt, SharePoint Plan 1 aber bei uns. Informiert Microsoft ihn über den neuen Preis für SharePoint?', 'no', 'subscription-communication']
    ]);
  });

  it('a reason given after the question is context, not a second product asked about', () => {
    expectAnswers([
      ['Kunde hat ein EA für Server-Lizenzen und Intune über uns. Schickt Microsoft ihm die Intune-Rechnung, weil er ja schon ein EA hat?', 'no', 'subscription-communication']
    ]);
  });

  it('a bill or message that comes from Microsoft is Microsoft reaching the customer', () => {
    expectAnswers([
      ['Kunde mit EA direkt bei Microsoft für Windows und CSP bei uns für Exchange: kommt die Rechnung für Exchange von Microsoft?', 'no', 'subscription-communication'],
      ['Die Kanzlei hat Power BI einmal mit Kreditkarte direkt gekauft, der Rest läuft über uns. Heute kam eine Rechnung von Microsoft für das Kreditkarten-Power-BI. Ist das okay?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('one product held both ways in two editions: the edition asked about decides', () => {
    expectAnswers([
      ['Kunde hat Visio Standard über ein MPSA, Visio Plan 2 kommt über uns. Schickt Microsoft ihm die Verlängerung für Visio Plan 2?', 'no', 'subscription-communication'],
      ['Kunde hat Visio Standard über ein MPSA, Visio Plan 2 kommt über uns. Schickt Microsoft ihm die Verlängerung für Visio?', 'depends', 'non-csp-relationship']
    ]);
  });
});

describe('the partner as the recipient in German word order (issue 11, class 4)', () => {
  it('a passive question opened by "werden" with the partner\'s side as its subject is about the partner', () => {
    expectAnswers([
      ['Werden die Reseller über Ausfälle bei ihren Kunden benachrichtigt?', 'not-covered'],
      ['Werden unsere Techniker informiert, wenn Microsoft beim Kunden eine Wartung plant?', 'not-covered'],
      // the customer as the subject is still the customer's question
      ['Werden die Kunden über die geplante Wartung informiert?', 'yes', 'operational-communication']
    ]);
  });

  it('the partner named as a company, after "ob" or before a light verb, is the one reached', () => {
    expectAnswers([
      ['Benachrichtigt Microsoft unsere Firma, wenn bei einem Kunden ein Sicherheitsvorfall auftritt?', 'not-covered'],
      ['Ich möchte wissen, ob unser Unternehmen als Partner von Microsoft eine Gutschrift für stornierte Kundenlizenzen erhält.', 'not-covered'],
      ['Lässt Microsoft uns eine Übersicht der Störungen bei unseren Kunden zukommen?', 'not-covered'],
      ['Erinnert uns das Partner Center an auslaufende Abos unserer Kunden?', 'not-covered'],
      // a separable verb whose particle ends a long clause
      ['Kündigt Microsoft uns Partnern die neuen Preise für die Kundenabos des kommenden Jahres rechtzeitig vorher an?', 'not-covered'],
      ['Lässt Microsoft dem Kunden eine Info zur Störung zukommen?', 'yes', 'operational-communication']
    ]);
  });
});

describe('several parts and dialect participles in German (issue 11, classes 1, 3 and 6)', () => {
  it('a part about the licences beside an operational part is its own part: depends', () => {
    expectAnswers([
      ['Bekommt der Kunde von Microsoft Hinweise zu Schwachstellen und zu seiner Lizenzübersicht?', 'depends', 'operational-communication'],
      ['Wartungsmeldungen und Abobericht – verschickt Microsoft beides selbst an den Kunden?', 'depends', 'operational-communication'],
      ['Microsoft will dem Kunden das Ende der alten API mitteilen und dabei die Verlängerung seiner Lizenzen ansprechen. Geht das?', 'depends', 'operational-communication']
    ]);
  });

  it('capacity shortages in a region are operational', () => {
    expectAnswers([
      ['Erfährt der Kunde von Microsoft von Kapazitätsengpässen in West Europe?', 'yes', 'operational-communication'],
      ['Will Microsoft warn the customer about capacity constraints in their Azure region?', 'yes', 'operational-communication']
    ]);
  });

  it('the dialect\'s participle without "ge-" and the asker\'s "von mir" say how it was bought', () => {
    expectAnswers([
      ['da bäcker hot power automate amoi selber direkt bei microsoft kauft, da rest is vo mir. jetzt schickt eahm microsoft a rechnung fürs power automate. passt des?', 'yes', 'non-csp-relationship'],
      ['Der Kunde hat ein MPSA und Exchange Online von mir. Schreibt Microsoft ihm wegen der Anzahl der Exchange-Lizenzen?', 'no', 'subscription-communication']
    ]);
  });
});

describe('a claim put to be checked is the question it states (issue 11, class 5)', () => {
  it('"check this claim … is that true?" asks what the claim says; checking something else stays work for the bot', () => {
    expectAnswers([
      ['Prüfe bitte diese Behauptung aus dem Vertrieb: „Microsoft kontaktiert unsere Kunden nie wegen Störungen.“ Stimmt das so?', 'yes', 'operational-communication'],
      ['Please verify this statement from our onboarding guide: "Microsoft never emails CSP customers about their invoices." Is that correct?', 'no', 'subscription-communication'],
      ['Prüf bitte, ob der Tenant des Kunden von der Störung betroffen ist.', 'not-covered']
    ]);
  });
});

describe('where the asker found it is no topic (issue 11, class 3)', () => {
  it('the partner\'s cost report or export, where affected resources show up, adds no subscription part', () => {
    expectAnswers([
      ['Die alten Gateway-SKUs werden abgekündigt, sie tauchen bei zwölf Kunden in unserem Kostenexport auf. Informiert Microsoft die betroffenen Kunden?', 'yes', 'operational-communication'],
      // a matter of the cost report itself still is one
      ['Schreibt Microsoft dem Kunden wegen der falschen Beträge im Kostenreport?', 'no', 'subscription-communication']
    ]);
  });
});

describe('the policy itself and offers named after costs, in German (issue 11, class 8 and marketing)', () => {
  it('Microsoft\'s basic stance or what it expects of partners is the general rule', () => {
    expectAnswers([
      ['Welche Grundhaltung hat Microsoft gegenüber den Kunden von CSP-Partnern, was die Kommunikation angeht?', 'no', 'partner-communicates'],
      ['Wird von uns Partnern erwartet, dass wir die Kommunikation mit unseren Kunden übernehmen?', 'no', 'partner-communicates']
    ]);
  });

  it('a cost word naming an event or a review Microsoft offers is marketing, not a subscription matter', () => {
    expectAnswers([
      ['Lädt Microsoft unsere Kunden zu einem FinOps-Workshop zur Kostenoptimierung ein?', 'no', 'partner-communicates'],
      ['Bietet Microsoft unseren CSP-Kunden selbst einen Kosten-Check-Webinar an?', 'no', 'partner-communicates'],
      // the customer's costs themselves stay a subscription matter
      ['Informiert Microsoft den Kunden über die Kosten am Montag?', 'no', 'subscription-communication']
    ]);
  });
});

describe('a suite\'s plan named beside the suite (issue 11, class 1)', () => {
  it('an E plan with no channel of its own is held the way the one suite named is', () => {
    expectAnswers([
      ['Kunde hat Unified Support direkt bei Microsoft, Office 365 über uns. Meldet sich Microsoft bei ihm wegen des Wechsels auf E3?', 'no', 'subscription-communication'],
      ['Visual Studio subscriptions direct, Microsoft 365 from us. Does Microsoft email them about moving from E3 to E5?', 'no', 'subscription-communication']
    ]);
  });
});

describe('how the customer is licensed is the channel, not a subscription matter (issue 11, classes 2 and 8)', () => {
  it('"does a customer licensed through CSP ever hear from Microsoft" asks every case', () => {
    expectAnswers([
      ['Bekommt ein Kunde, der über CSP lizenziert ist, überhaupt noch Nachrichten von Microsoft?', 'depends', 'operational-communication'],
      ['Der Kunde ist seit letztem Jahr über uns lizenziert. Kriegt er jemals noch Mails von Microsoft?', 'depends', 'operational-communication'],
      // a licence matter still is one
      ['Der Kunde ist über uns lizenziert. Schreibt Microsoft ihm wegen der Lizenzverlängerung?', 'no', 'subscription-communication']
    ]);
  });
});

describe('colloquial approaches and every holding of a customer with its own agreement (issue 11, classes 1 and 8)', () => {
  it('"anklopfen", "anquatschen" are Microsoft approaching the customer', () => {
    expectAnswers([
      ['Darf Microsoft bei meinen Kunden einfach anklopfen, ohne mich zu fragen?', 'depends', 'operational-communication']
    ]);
  });

  it('all the subscriptions of a customer with an agreement of its own take in both channels', () => {
    expectAnswers([
      ['Der Kunde hat ein eigenes MPSA und kauft den Rest bei uns. Quatscht Microsoft ihn dann wegen sämtlicher Lizenzen an?', 'depends', 'non-csp-relationship']
    ]);
  });
});

describe('the partner buying more for the customer (issue 11, class 3)', () => {
  it('is a subscription matter, however the sentence names it', () => {
    expectAnswers([
      ['Müssen wir dem Kunden selbst sagen, dass wir für ihn weitere Power-BI-Pro-Lizenzen bestellt haben?', 'no', 'subscription-communication']
    ]);
  });
});

describe('the record of a purchase is a document, not a purchase (eleventh wave, German word families)', () => {
  it('a confirmation or receipt of what the partner bought, sent "directly", is a subscription matter', () => {
    expectAnswers([
      ['Wir haben für den Kunden im Partner Center fünf Copilot-Lizenzen gekauft. Bekommt er die Kaufbestätigung direkt von Microsoft?', 'no', 'subscription-communication'],
      ['Schickt Microsoft unserem Kunden die Auftragsbestätigung direkt, wenn wir Teams Premium für ihn bestellen?', 'no', 'subscription-communication'],
      ['Nach der Bestellung über uns: kommt der Kaufbeleg direkt von Microsoft beim Kunden an?', 'no', 'subscription-communication'],
      ['We ordered Defender for Business for our customer through Partner Center. Will Microsoft email the purchase receipt to them directly?', 'no', 'subscription-communication']
    ]);
  });

  it('what the customer bought directly itself stays a direct purchase', () => {
    expectAnswers([
      ['Der Kunde hat Project selbst direkt bei Microsoft gekauft. Schickt Microsoft ihm die Kaufbestätigung?', 'yes', 'non-csp-relationship'],
      ['The customer purchased Visio directly on the Microsoft website. Does Microsoft send him the purchase confirmation?', 'yes', 'non-csp-relationship']
    ]);
  });
});

describe('payment terms are the customer\'s billing, not a payout (eleventh wave, German word families)', () => {
  it('a prepayment ("Vorauszahlung", "Vorabzahlung") holds no publisher payout ("Auszahlung") inside it', () => {
    expectAnswers([
      ['Der Kunde ist über uns lizenziert. Schreibt Microsoft ihm wegen der Umstellung auf jährliche Vorauszahlung?', 'no', 'subscription-communication'],
      ['Wir stellen das Azure-Abo des Kunden auf Jahresvorauszahlung um. Informiert Microsoft den Kunden darüber?', 'no', 'subscription-communication'],
      ['Bekommt der Kunde von Microsoft eine Mail zur Vorabzahlung für seine Teams-Lizenzen, die er von uns hat?', 'no', 'subscription-communication']
    ]);
  });

  it('a prepaid subscription the customer holds directly is still direct', () => {
    expectAnswers([['Der Kunde hat ein Azure-Abo mit Vorauszahlung direkt bei Microsoft. Schickt Microsoft ihm die Rechnung?', 'yes', 'non-csp-relationship']]);
  });
});

describe('a ticket\'s quoted words after a label are the customer\'s question (eleventh wave)', () => {
  it('"Ticket-Text:", "Ticket-Inhalt:", "Ticket text:" label a quotation, not a ticket the asker opens', () => {
    expectAnswers([
      ['Ticket-Inhalt: „Wir haben eine Mail von Microsoft zur Verlängerung bekommen, kommt das wirklich von Microsoft?“ Was sage ich dem Kunden?', 'no', 'subscription-communication'],
      ['Ticket text: "Will Microsoft tell us directly if Exchange goes down?" What should I reply?', 'yes', 'operational-communication'],
      ['Ticket-Text: „Schickt Microsoft uns das Angebot für Copilot direkt?“ Was antworte ich?', 'no', 'subscription-communication']
    ]);
  });

  it('opening a ticket with Microsoft is still the asker acting', () => {
    expectAnswers([['Ich öffne ein Ticket bei Microsoft wegen der Rechnung des Kunden. Geht das so?', 'not-covered']]);
  });
});

describe('questions about the policy itself in German and English forms of strangers (eleventh wave)', () => {
  it('who is the customer\'s contact, Microsoft or the partner, asks the principle', () => {
    expectAnswers([
      ['Ist Microsoft der Ansprechpartner unserer CSP-Kunden oder sind wir es?', 'no', 'partner-communicates'],
      ['Sind wir als Partner die Ansprechpartner für unsere Kunden, nicht Microsoft?', 'no', 'partner-communicates'],
      ['Betreut Microsoft unsere CSP-Kunden zusätzlich mit eigenen Ansprechpartnern?', 'no', 'partner-communicates'],
      ['Is Microsoft the main contact for customers who buy through a CSP, or is that us?', 'no', 'partner-communicates']
    ]);
  });

  it('the asker\'s own contact at Microsoft, or a contact who acted about a product, is not that question', () => {
    expectAnswers([
      ['Wer ist unser Ansprechpartner bei Microsoft für das CSP-Programm?', 'not-covered'],
      ['who is my microsoft contact for partner questions', 'not-covered'],
      ['Der Microsoft-Ansprechpartner hat den Kunden wegen Copilot angerufen. Darf er das?', 'depends', 'non-csp-relationship']
    ]);
  });

  it('what Microsoft expects of the partner is the principle', () => {
    expectAnswers([
      ['Was erwartet Microsoft eigentlich vom Partner, wenn es um Nachrichten an die Endkunden geht?', 'no', 'partner-communicates'],
      ['Was erwartet Microsoft von Partnern in Sachen Kundenkommunikation?', 'no', 'partner-communicates'],
      ['What does Microsoft expect of resellers regarding customer communication?', 'no', 'partner-communicates'],
      // what the customer may expect from Microsoft asks every case
      ['Der Kunde will wissen, welche Nachrichten er von Microsoft erwarten darf und welche von uns kommen.', 'depends', 'operational-communication']
    ]);
  });

  it('the customer hearing only from the partner, put to be confirmed, is the principle', () => {
    expectAnswers([
      ['Heißt das, unsere Kunden hören eigentlich nur von uns?', 'no', 'partner-communicates'],
      ['Läuft also im Normalfall alles über uns als Partner?', 'no', 'partner-communicates'],
      ['Möchte Microsoft, dass unsere Kunden ausschließlich mit uns sprechen?', 'no', 'partner-communicates'],
      ['Does Microsoft want customers to talk only to us?', 'no', 'partner-communicates'],
      // the partner as one side of an alternative asks which it is: every case
      ['Meldet sich Microsoft überhaupt bei unseren Kunden, oder läuft alles über uns?', 'depends', 'operational-communication'],
      ['Does Microsoft contact our customers at all, or does everything go only through us?', 'depends', 'operational-communication'],
      // a purchase or a holding through the partner is the channel, not the principle
      ['Der Kunde spricht nur mit uns. Darf Microsoft ihn wegen eines Ausfalls informieren?', 'yes', 'operational-communication']
    ]);
  });

  it('whether any contact by Microsoft is ruled out asks for the cases where it is not', () => {
    expectAnswers([
      ['Ist es Microsoft grundsätzlich verboten, CSP-Kunden zu kontaktieren?', 'depends', 'operational-communication'],
      ['Ist eine direkte Kontaktaufnahme von Microsoft bei CSP-Kunden komplett ausgeschlossen?', 'depends', 'operational-communication'],
      ['Is Microsoft completely barred from contacting CSP customers?', 'depends', 'operational-communication'],
      // a topic that is ruled out is that topic's answer
      ['Ist Werbung von Microsoft an unsere CSP-Kunden grundsätzlich verboten?', 'no', 'partner-communicates']
    ]);
  });
});

describe('German clause forms of strangers: a statement after the comma, an inflected echo (eleventh wave)', () => {
  it('", die Lizenzen laufen über uns" is a statement of its own, not a relative clause naming the channel of what came before', () => {
    expectAnswers([
      ['Der Kunde hat Visio direkt gekauft, die Teams-Lizenzen kommen von uns. Schickt Microsoft ihm die Visio-Rechnung?', 'yes', 'non-csp-relationship'],
      ['Der Kunde hat Visio direkt gekauft, die Teams-Lizenzen kommen von uns. Schickt Microsoft ihm die Teams-Rechnung?', 'no', 'subscription-communication'],
      ['Microsoft Consulting Services betreut beim Kunden ein Migrationsprojekt, die Abos kommen von uns. Darf Microsoft ihn direkt zum Projekt anschreiben?', 'yes', 'non-csp-relationship'],
      // a relative clause with its verb last still names the channel
      ['Der Kunde kündigt die Visio-Lizenzen, die über uns laufen. Informiert Microsoft ihn darüber?', 'no', 'subscription-communication'],
      ['Der Kunde kündigt Teams Phone, das er über uns bezieht. Informiert Microsoft ihn darüber?', 'no', 'subscription-communication']
    ]);
  });

  it('a genitive ending does not hide the last part of a compound said again', () => {
    expectAnswers([
      ['Der Kunde hat ein Beratungsprojekt direkt mit Microsoft, die Lizenzen laufen über uns. Darf Microsoft ihn wegen des Projekts kontaktieren?', 'yes', 'non-csp-relationship'],
      ['Unser Kunde hat einen Supportvertrag direkt bei Microsoft, die Lizenzen sind von uns. Darf Microsoft ihn wegen des Supportvertrags anrufen?', 'yes', 'non-csp-relationship']
    ]);
  });
});

describe('the customer coming over to the partner is its channel, not a change of plan (eleventh wave)', () => {
  it('"still hear from Microsoft" after moving to the partner asks every case', () => {
    expectAnswers([
      ['Bekommt der Kunde nach dem Umstieg in den CSP noch Post von Microsoft?', 'depends', 'operational-communication'],
      ['Der Kunde ist mit allen Lizenzen zu uns gewechselt. Hört er noch etwas von Microsoft?', 'depends', 'operational-communication'],
      ['The customer moved all their licences to us. Will they still hear from Microsoft?', 'depends', 'operational-communication']
    ]);
  });

  it('a change of plan, or a subscription matter after the move, stays a subscription matter', () => {
    expectAnswers([
      ['Der Kunde wechselt von E3 zu E5, das läuft über uns. Informiert Microsoft ihn?', 'no', 'subscription-communication'],
      ['The customer moved their licences to us last month. Will Microsoft send them the renewal notice?', 'no', 'subscription-communication'],
      ['Der Kunde ist aus seinem EA zu uns in den CSP gewechselt. Schickt Microsoft ihm noch Verlängerungsangebote?', 'no', 'subscription-communication']
    ]);
  });
});

describe('learner German: the partner\'s part without the right case ending (eleventh wave)', () => {
  it('"Sache von Partner", "Job vom Partner", "Sache der Partner" are the partner\'s duty as "Sache des Partners" is', () => {
    expectAnswers([
      ['Unser Teamleiter meint, Kundenkommunikation ist Job von Partner. Passt das?', 'no', 'partner-communicates'],
      ['Kundenkommunikation ist Job vom Partner, oder?', 'no', 'partner-communicates'],
      ['Die Kommunikation mit dem Kunden ist Sache der Partner, richtig?', 'no', 'partner-communicates']
    ]);
  });
});

describe('a demonstrative points back to the customer\'s own contract (eleventh wave)', () => {
  it('"wegen diesem Vertrag", "about this contract" after a support contract of its own is that contract', () => {
    expectAnswers([
      ['Kunde hat einen Unified-Support-Vertrag mit Microsoft, und der CSAM meldet sich wegen diesem Vertrag. Geht das, obwohl wir sein CSP sind?', 'yes', 'non-csp-relationship'],
      ['The customer has a Premier support contract with Microsoft and buys M365 from us as CSP. Their account manager calls about this contract. Fine?', 'yes', 'non-csp-relationship'],
      // a contract with the partner pointed back to is no agreement of the customer's own
      ['Der Kunde hat einen CSP-Vertrag mit uns. Darf Microsoft ihn wegen dieses Vertrags anrufen?', 'depends', 'operational-communication']
    ]);
  });
});

describe('a phrase put before the verb when the customer is the one who receives (eleventh wave)', () => {
  it('"Für das … bekommt er …", "Zur …-Verlängerung kriegt der Kunde …" asks about the fronted thing', () => {
    expectAnswers([
      ['Der Kunde hat Visio selbst bei Microsoft gekauft, Teams über uns. Für die Teams-Lizenzen bekommt er die Rechnung von Microsoft?', 'no', 'subscription-communication'],
      ['Der Kunde hat Visio selbst bei Microsoft gekauft, Teams über uns. Zur Visio-Verlängerung kriegt der Kunde eine Mail von Microsoft?', 'yes', 'non-csp-relationship'],
      ['Kunde zahlt Power BI per Kreditkarte direkt, alles andere über uns. Für das Kreditkarten-Abo erhält er die Rechnung weiterhin von Microsoft?', 'yes', 'non-csp-relationship']
    ]);
  });
});

describe('a holding stated after what Microsoft sent is context (eleventh wave)', () => {
  it('"…, er hat auch X bei uns", "…, they also have X from us" after the report is a statement of its own', () => {
    expectAnswers([
      ['Der Kunde hat von Microsoft eine Mail zur Rechnung für sein direkt gekauftes Azure bekommen, er hat zusätzlich Teams bei uns. Stimmt das so?', 'yes', 'non-csp-relationship'],
      ['The customer got an email from Microsoft about the invoice for the Azure they bought directly, they also have Teams from us. Is that right?', 'yes', 'non-csp-relationship'],
      // the asked product with no channel of its own beside a direct agreement stays open
      ['Microsoft hat dem Kunden wegen der Verlängerung seiner Teams-Lizenzen geschrieben, er hat auch Visio direkt bei Microsoft. Darf Microsoft das?', 'depends', 'non-csp-relationship']
    ]);
  });
});

describe('Microsoft presenting its products and their news is a sales approach (eleventh wave, German word families)', () => {
  it('new features with a product name between, "Neuerungen", a product presented to the customer', () => {
    expectAnswers([
      ['Informiert Microsoft unsere Kunden direkt über neue Dynamics-Funktionen?', 'no', 'partner-communicates'],
      ['Kommt Microsoft auf unsere Kundin zu, um ihr die neuen Copilot-Funktionen zu präsentieren?', 'no', 'partner-communicates'],
      ['Stellt Microsoft unseren Kunden die Neuerungen in Microsoft 365 selbst vor?', 'no', 'partner-communicates'],
      ['Does Microsoft email our customers about new Power BI features?', 'no', 'partner-communicates']
    ]);
  });

  it('new prices presented stay a subscription matter', () => {
    expectAnswers([['Microsoft hat dem Kunden die neuen Preise für Teams vorgestellt. Darf es das, obwohl er über uns kauft?', 'no', 'subscription-communication']]);
  });
});

describe('what "dazu", "deswegen" point to: a matter named after the last channel (eleventh wave)', () => {
  it('a card payment points to the card purchase; "deswegen", "deshalb" point back as "dazu" does', () => {
    expectAnswers([
      ['Kunde hat Azure per Kreditkarte direkt bei Microsoft, M365 läuft über uns. Die Kartenzahlung ist fehlgeschlagen – darf Microsoft ihn dazu anschreiben?', 'yes', 'non-csp-relationship'],
      ['Kunde zahlt Power BI mit seiner Karte direkt bei Microsoft, Teams über uns. Die Abbuchung von der Karte ging schief. Schreibt Microsoft ihm deshalb?', 'yes', 'non-csp-relationship'],
      ['Wir haben die Lizenzen des Kunden gekündigt. Schreibt Microsoft ihm deswegen?', 'no', 'subscription-communication']
    ]);
  });

  it('a card named again is the matter of the product paid with it, to Microsoft or to the partner', () => {
    expectAnswers([
      ['Die Praxis zahlt Azure direkt bei Microsoft mit Kreditkarte, Microsoft 365 hat sie von uns. Die Abbuchung von der Karte ist gescheitert – darf Microsoft sie deswegen kontaktieren?', 'yes', 'non-csp-relationship'],
      ['Der Verein bezahlt Dynamics 365 bei Microsoft per Kreditkarte, Teams läuft über uns. Die Belastung der Kreditkarte wurde abgelehnt – meldet sich Microsoft deshalb beim Verein?', 'yes', 'non-csp-relationship'],
      ['Our client pays Microsoft directly for Power BI with a credit card and buys Microsoft 365 through us. The charge to the card bounced – will Microsoft reach out to them about it?', 'yes', 'non-csp-relationship'],
      ['The school pays Microsoft for its Azure credits with a credit card; its Office licences come through us. The charge on the card failed. Will Microsoft email the school about that?', 'yes', 'non-csp-relationship'],
      // the card pays the partner: the failed charge is the partner's matter
      ['Der Kunde zahlt Microsoft 365 per Kreditkarte an uns, Azure hat er direkt bei Microsoft. Die Kartenzahlung ist gescheitert – meldet sich Microsoft deswegen?', 'no', 'subscription-communication'],
      ['Our customer pays Microsoft 365 by credit card to us and has Azure directly with Microsoft. The card charge failed – will Microsoft contact them about it?', 'no', 'subscription-communication']
    ]);
  });

  it('a matter with no channel of its own after the last channel named is not that channel\'s', () => {
    expectAnswers([['Der Kunde hat Visio direkt gekauft, Teams läuft über uns. Es gab eine Preiserhöhung. Schreibt Microsoft ihm dazu?', 'depends', 'non-csp-relationship']]);
  });
});

describe('German negation after its verb: an action not done is no doubt about the channel (eleventh wave)', () => {
  it('"zahlt seit Wochen nicht, wir haben …" is non-payment, not a product missing from the partner', () => {
    expectAnswers([
      ['Der Kunde zahlt seit Wochen seine Rechnungen nicht, wir haben sein Abo deshalb gesperrt. Schreibt Microsoft ihm wegen der Sperrung?', 'no', 'subscription-communication'],
      ['Der Kunde zahlt nicht, wir haben sein Abo gesperrt. Informiert Microsoft ihn über die Sperrung?', 'no', 'subscription-communication'],
      // what the partner does not have still doubts the channel
      ['Die Visio-Lizenzen haben wir nicht. Schreibt Microsoft dem Kunden wegen der Visio-Verlängerung?', 'depends', 'non-csp-relationship']
    ]);
  });
});

describe('"über uns bezogene" names the channel of what is told about, not a recipient (eleventh wave)', () => {
  it('a channel phrase before an attributive participle is no partner reached', () => {
    expectAnswers([
      ['Bekommt der Kunde von Microsoft eine Info zu seinen über uns bezogenen Lizenzen?', 'no', 'subscription-communication'],
      ['Schickt Microsoft dem Kunden eine Mail zu seinen bei uns gekauften Teams-Lizenzen?', 'no', 'subscription-communication'],
      // the partner reached stays the partner
      ['Informiert Microsoft uns über die bei uns gekauften Lizenzen des Kunden?', 'not-covered']
    ]);
  });
});

describe('"jedoch", "allerdings" after a German verb and its subject are particles (eleventh wave)', () => {
  it('the product put first keeps the channel said after the particle', () => {
    expectAnswers([
      ['Der Kunde hat Azure direkt bei Microsoft, Teams kauft er allerdings bei uns. Schreibt Microsoft ihm wegen der Teams-Verlängerung?', 'no', 'subscription-communication'],
      ['Die Firma hat Azure über ein eigenes MCA, Business Central kauft sie jedoch bei uns. Informiert Microsoft sie über Preiserhöhungen bei Business Central?', 'no', 'subscription-communication'],
      ['Der Kunde hat Azure direkt bei Microsoft, Teams kauft er allerdings bei uns. Schreibt Microsoft ihm wegen der Azure-Verlängerung?', 'yes', 'non-csp-relationship']
    ]);
  });
});

describe('learner German: an agreement\'s word said again without its article (eleventh wave)', () => {
  it('"über Verlängerung von Support" after "Unified Support" is that agreement', () => {
    expectAnswers([
      ['Kunde hat Unified Support direkt und Business Premium bei uns. Informiert Microsoft ihn über Verlängerung von Support?', 'yes', 'non-csp-relationship'],
      ['Kunde hat Premier Support direkt und Teams bei uns. Schreibt Microsoft ihm wegen Ende von Support?', 'yes', 'non-csp-relationship'],
      // with a part about what comes from the partner, both cases
      ['Der Kunde hat Unified Support direkt, Teams bei uns. Informiert Microsoft ihn über Verlängerung von Support und über Teams-Rechnung?', 'depends', 'non-csp-relationship']
    ]);
  });
});

describe('a service Microsoft\'s sales offers is what the pitch sells (eleventh wave)', () => {
  it('a migration or data centre offered is no operational event', () => {
    expectAnswers([
      ['Will a Microsoft salesperson call our customer to offer them a datacenter migration to Azure?', 'no', 'partner-communicates'],
      ['Ruft der Microsoft-Vertrieb unsere Kunden an, um ihnen eine Migration ihres Rechenzentrums nach Azure anzubieten?', 'no', 'partner-communicates'],
      // an operational notice and an offer joined are two parts
      ['Darf Microsoft den Kunden über die Verlegung seines Rechenzentrums informieren und ihm dabei auch Copilot anbieten?', 'depends', 'operational-communication']
    ]);
  });
});

describe('money back after an outage is a billing part of its own (eleventh wave, word families)', () => {
  it('"will sein Geld zurück", "wants his money back" beside an outage makes two parts', () => {
    expectAnswers([
      ['Teams war gestern ausgefallen, der Kunde will sein Geld zurück. Wer spricht mit ihm?', 'depends', 'operational-communication'],
      ['Teams was down yesterday and the customer wants his money back. Who talks to him?', 'depends', 'operational-communication'],
      ['Exchange hatte einen Ausfall. Informiert Microsoft den Kunden darüber?', 'yes', 'operational-communication']
    ]);
  });
});

describe('regular meetings with the customer are relationship work (eleventh wave, word families)', () => {
  it('"regelmäßige Gespräche", "Jour fixe", "regular calls" are general contact: in general, no', () => {
    expectAnswers([
      ['Führt Microsoft regelmäßige Gespräche mit unseren CSP-Kunden?', 'no', 'partner-communicates'],
      ['Macht Microsoft mit unseren CSP-Kunden einen Jour fixe?', 'no', 'partner-communicates'],
      ['Does Microsoft have regular calls with our CSP customers?', 'no', 'partner-communicates'],
      // about the customer's own agreement they are that agreement's
      ['Der Kunde hat einen Unified-Vertrag direkt. Sein CSAM hat regelmäßige Termine mit ihm zum Vertrag. Ist das ok?', 'yes', 'non-csp-relationship']
    ]);
  });
});

describe('handing communication over to the partner past a longer object (eleventh wave)', () => {
  it('"überlässt die Kommunikation mit den CSP-Kunden überhaupt dem Partner" is the principle', () => {
    expectAnswers([
      ['Wieso überlässt Microsoft die gesamte Kommunikation mit den Endkunden eigentlich den Partnern?', 'no', 'partner-communicates'],
      ['Weshalb überlässt Microsoft den gesamten Austausch mit den Endkunden im CSP-Programm eigentlich dem Partner?', 'no', 'partner-communicates'],
      ['Why does Microsoft leave all of the communication with CSP end customers to the partner?', 'no', 'partner-communicates']
    ]);
  });
});

describe('asking what else the customer needs is selling to it (eleventh wave)', () => {
  it('"was sie sonst noch brauchen", "what else they need" is a sales approach, not a question for other cases', () => {
    expectAnswers([
      ['Ruft Microsoft unsere Kunden an und fragt, was sie sonst noch brauchen?', 'no', 'partner-communicates'],
      ['Does Microsoft call our customers to ask what else they need?', 'no', 'partner-communicates'],
      // what the customer needs to do about a change stays that change
      ['Der Kunde fragt, was er tun muss und was er braucht, wenn Microsoft Teams abkündigt. Informiert Microsoft ihn?', 'yes', 'operational-communication'],
      ['Worüber schreibt Microsoft unseren Kunden sonst noch?', 'depends', 'operational-communication']
    ]);
  });
});

describe('"beide" counting customers or tenants names no two parts (eleventh wave)', () => {
  it('"beide Mandanten", "both tenants" are who is licensed, not both matters', () => {
    expectAnswers([
      ['Beide Mandanten sind über unser CSP lizenziert. Darf Microsoft den Kunden über einen Ausfall informieren?', 'yes', 'operational-communication'],
      ['Both tenants are licensed through our CSP. Will Microsoft tell the customer about an Exchange outage?', 'yes', 'operational-communication'],
      // "beides" over two matters still asks for both
      ['Der Kunde hatte einen Ausfall und zu wenige Lizenzen. Informiert Microsoft ihn über beides?', 'depends', 'operational-communication']
    ]);
  });
});

describe('what is not under the partner\'s own contract doubts the channel (eleventh wave)', () => {
  it('"nicht unter unserem Reseller-Vertrag", "not under our reseller agreement" is not among the partner\'s', () => {
    expectAnswers([
      ['Der Kunde bekommt eine Verlängerungsmail von Microsoft für Visio. Das läuft nicht unter unserem Reseller-Vertrag. Ist das ok?', 'depends', 'non-csp-relationship'],
      ['The customer got a renewal notice from Microsoft for Visio. That is not under our reseller agreement. Is that ok?', 'depends', 'non-csp-relationship'],
      // the customer with no agreement of its own buys through the partner
      ['Der Kunde hat keinen eigenen Vertrag mit Microsoft. Schreibt Microsoft ihm wegen der Verlängerung?', 'no', 'subscription-communication']
    ]);
  });
});

describe('the partner after "von/vom" or in the programme\'s name is no one reached (eleventh wave)', () => {
  it('"erwartet … vom CSP-Partner", "im Cloud Solution Provider-Programm" ask the principle, not what the partner is sent', () => {
    expectAnswers([
      ['Welche Erwartungshaltung hat Microsoft bei der Kundenkommunikation im Cloud Solution Provider-Programm?', 'no', 'partner-communicates'],
      ['Was erwartet Microsoft laut seiner Richtlinie zur Kundenkommunikation grundsätzlich vom CSP-Partner?', 'no', 'partner-communicates'],
      // the partner reached stays the partner
      ['Schickt Microsoft uns Partnern eine Info, wenn ein Kunde gekündigt wird?', 'not-covered']
    ]);
  });
});

describe('"Geht X gerade?" asks whether a service works right now (eleventh wave, German forms)', () => {
  it('a status question opened by its verb, with the symptom told after it, is live status', () => {
    expectAnswers([
      ['Läuft SharePoint gerade? Der Kunde kommt nicht auf seine Seiten.', 'not-covered'],
      ['Funktioniert Teams im Moment? Beim Kunden brechen alle Anrufe ab.', 'not-covered'],
      ['Läuft Exchange gerade? Die Kundin bekommt seit dem Mittag keine Mails.', 'not-covered'],
      // with Microsoft reaching the customer asked, it is the policy's question
      ['Teams ist gerade gestört. Informiert Microsoft den Kunden darüber?', 'yes', 'operational-communication']
    ]);
  });
});

describe('a calling plan in German is the product, not a call (eleventh wave, word families)', () => {
  it('"Anrufplan", "Anrufpläne" name Teams calling plans; the licence question stays outside the policy', () => {
    expectAnswers([
      ['Reicht Business Premium für Teams-Telefonie mit Anrufplänen, oder braucht der Kunde noch eine Zusatzlizenz?', 'not-covered'],
      ['Welche Lizenzen benötigt unser Kunde für einen Anrufplan?', 'not-covered'],
      ['Schreibt Microsoft dem Kunden wegen der Verlängerung seiner Anrufpläne, die er über uns hat?', 'no', 'subscription-communication']
    ]);
  });
});
