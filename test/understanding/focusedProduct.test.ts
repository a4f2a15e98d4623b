import { expectAnswers } from '../support/expectAnswers';

/**
 * Two relationships read (the customer's own agreement or purchase beside the partner's CSP), and the question plainly
 * about ONE of the products: which one is told by grammar, the product attached to the topic, not by the words of any
 * corpus question. Questions written for these tests.
 */

describe('a German phrase put before the finite verb, Microsoft right after it', () => {
  it('is what the question is about (a genitive, a preposition, a compound)', () => {
    expectAnswers([
      ['Die Firma hat einen Premier-Vertrag direkt mit Microsoft, Intune beziehen sie über uns. Zur Verlängerung der Intune-Lizenzen darf Microsoft sie anschreiben?', 'no', 'subscription-communication'],
      ['Der Verein hat ein MPSA für Serverlizenzen und Teams über uns. Wegen der Preiserhöhung bei Teams meldet sich Microsoft beim Verein?', 'no', 'subscription-communication'],
      ['Die Praxis kauft Defender über uns und hat Visual-Studio-Abos direkt bei Microsoft. Über die Verlängerung der Visual-Studio-Abos informiert Microsoft die Praxis selbst?', 'yes', 'non-csp-relationship'],
      ['Zum Kreditkarten-Abo für Power BI darf Microsoft dem Kunden schreiben, wenn Exchange über uns läuft?', 'no', 'subscription-communication']
    ]);
  });

  it('in English the phrase put first, set off by a comma, does the same', () => {
    expectAnswers([
      ['The firm has a Premier contract with Microsoft and buys Intune through us. About the renewal of their Intune licences, will Microsoft write to them?', 'no', 'subscription-communication'],
      ['The clinic has Visual Studio subscriptions straight from Microsoft and Defender via us. Regarding the Visual Studio renewal, does Microsoft contact the clinic?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('a subscription noun put first without its article, as learners write, too', () => {
    expectAnswers([
      ['Kunde hat Visio mit Kreditkarte selbst gekauft, sonst alles bei uns. Rechnung für dieses Visio schickt Microsoft ihm?', 'yes', 'non-csp-relationship'],
      ['Kunde hat Power BI direkt bei Microsoft, Rest über uns. Verlängerung von Power BI macht Microsoft mit ihm?', 'yes', 'non-csp-relationship'],
      ['Kunde hat Teams über uns und EA für Server. Preiserhöhung für Teams teilt Microsoft ihm mit?', 'no', 'subscription-communication']
    ]);
  });

  it('naming both or neither of the two, it stays depends', () => {
    expectAnswers([
      ['Der Kunde hat Visio direkt bei Microsoft und Teams über uns. Zu den Lizenzen darf Microsoft ihn anschreiben?', 'depends', 'non-csp-relationship'],
      ['Der Kunde hat Visio direkt bei Microsoft und Teams über uns. Zur Verlängerung von Visio und Teams darf Microsoft ihn anschreiben?', 'depends', 'non-csp-relationship'],
      ['The customer has an EA and Intune through us. Regarding the licences, will Microsoft write to them?', 'depends', 'non-csp-relationship']
    ]);
  });
});

describe('a condition before the asking clause', () => {
  it('names the event asked about, and its product', () => {
    expectAnswers([
      ['Das Amt hat Unified Support direkt und Copilot über uns. Wenn die Copilot-Preise steigen, informiert Microsoft das Amt?', 'no', 'subscription-communication'],
      ['Die Schule hat ein eigenes EA für Windows, Teams läuft über uns. Falls Teams teurer wird, schreibt Microsoft der Schule?', 'no', 'subscription-communication'],
      ['The school has an EA for Windows and gets Teams from us. If the Teams price goes up, will Microsoft email the school?', 'no', 'subscription-communication'],
      ['The agency pays for Visio by card directly at Microsoft and gets Exchange from us. When the Visio subscription is about to renew, does Microsoft tell them?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('that names no product of either side leaves it open', () => {
    expectAnswers([
      ['The customer has Visio directly from Microsoft and Teams through us. If the prices change, will Microsoft write to them?', 'depends', 'non-csp-relationship'],
      ['Die Firma hat ein MCA direkt und Teams über uns. Wenn die Rechnung kommt, schickt Microsoft sie ihr?', 'depends', 'non-csp-relationship']
    ]);
  });
});

describe('a demonstrative with a word said before', () => {
  it('points to that mention and its channel', () => {
    expectAnswers([
      ['Die Kanzlei hat sich Visio im Self-Service direkt bei Microsoft gekauft, Exchange läuft über uns. Bekommt sie zu diesen Self-Service-Abos Rechnungen von Microsoft?', 'yes', 'non-csp-relationship'],
      ['Der Kunde hat Planner-Testlizenzen direkt bei Microsoft aktiviert und Teams von uns. Schreibt Microsoft ihm wegen dieser Testlizenzen?', 'yes', 'non-csp-relationship'],
      ['The practice has Visio from a self-service purchase at Microsoft and Exchange through us. Will Microsoft bill them for those self-service licences?', 'yes', 'non-csp-relationship'],
      ['The firm has Planner trial licences activated directly at Microsoft and Teams from us. Does Microsoft email them about these trial licences?', 'yes', 'non-csp-relationship']
    ]);
  });
});

describe('the matter as the subject of a question opened by its auxiliary', () => {
  it('is asked about, though Microsoft is the subject of a later verb', () => {
    expectAnswers([
      ['Our customer bought Visio from Microsoft directly, while Teams comes via us. Is the Visio renewal something Microsoft handles with them?', 'yes', 'non-csp-relationship'],
      ['The client holds Visual Studio subscriptions straight from Microsoft and Intune through us. Is the Intune price change something Microsoft tells them about?', 'no', 'subscription-communication'],
      ['Der Kunde hat Visio direkt bei Microsoft und Teams über uns. Ist die Preisänderung bei Teams etwas, worüber Microsoft ihn informiert?', 'no', 'subscription-communication'],
      ['Ist die Verlängerung der Visio-Abos etwas, worüber Microsoft den Kunden informiert? Visio hat er direkt bei Microsoft, Teams über uns.', 'yes', 'non-csp-relationship']
    ]);
  });

  it('opened by a verb of receiving, with Microsoft only the sender', () => {
    expectAnswers([
      ['Bekommt der Kunde die Preisänderung zu Teams Premium von Microsoft mitgeteilt? Er hat ein EA für Server und Teams über uns.', 'no', 'subscription-communication']
    ]);
  });
});

describe('a relative clause after the asked product', () => {
  it('describes it, and its channel goes with it', () => {
    expectAnswers([
      ['The firm has a Unified contract with Microsoft; their Azure plan is with us. Will Microsoft invoice them for the Azure plan that we run under CSP?', 'no', 'subscription-communication'],
      ['The customer has an EA for servers. Will Microsoft send them the renewal for the Teams licences which run through us?', 'no', 'subscription-communication'],
      ['Der Kunde hat einen Unified-Vertrag mit Microsoft. Schickt Microsoft ihm die Rechnung für den Azure-Plan, der über uns läuft?', 'no', 'subscription-communication'],
      ['Der Kunde hat ein EA für Server. Schreibt Microsoft ihm wegen der Teams-Lizenzen, die über uns laufen?', 'no', 'subscription-communication']
    ]);
  });
});

describe('a clause of its own after the question that states the other holding', () => {
  it('is context, not a second matter', () => {
    expectAnswers([
      ['Microsoft wrote to the customer about their EA true-up; they also have CSP subscriptions with us. Is that fine?', 'yes', 'non-csp-relationship'],
      ['Microsoft sent the customer a notice about their Unified Support renewal; they also have Intune with us. Is that fine?', 'yes', 'non-csp-relationship'],
      ['Microsoft hat ihm wegen des EA-True-ups geschrieben; er hat zusätzlich CSP-Abos bei uns. Passt das?', 'yes', 'non-csp-relationship']
    ]);
  });
});

describe("Azure beside a support agreement and the partner's Azure plan", () => {
  it('is what runs under the Azure plan: a support agreement holds no Azure', () => {
    expectAnswers([
      ['Die Firma hat Premier Support direkt, der Azure-Plan läuft über uns. Schickt Microsoft ihr die Azure-Rechnung?', 'no', 'subscription-communication'],
      ['The customer has Unified Support directly with Microsoft and an Azure plan through us. Does Microsoft bill them for Azure?', 'no', 'subscription-communication'],
      ['premier direkt, azure plan über uns. kommt die azure rechnung von microsoft?', 'no', 'subscription-communication'],
      ['The customer has Unified Support with Microsoft and Azure via our Azure plan. Will Microsoft email them about their Azure spend?', 'no', 'subscription-communication']
    ]);
  });

  it('beside an agreement that may hold Azure, either', () => {
    expectAnswers([['The customer has an MCA directly with Microsoft and an Azure plan through us. Does Microsoft bill them for Azure?', 'depends', 'non-csp-relationship']]);
  });
});

describe('a word pointing back ("darüber", "deswegen", "da", "about it", "that")', () => {
  it('points to the last clause with a matter: not one that only says where licences are held, and a matter with no channel of its own takes its sentence\'s one channel', () => {
    expectAnswers([
      ['Die Firma hat einen Premier-Vertrag mit Microsoft, und die Supportstunden sind bald verbraucht. Teams läuft über uns. Schreibt Microsoft ihr deswegen?', 'yes', 'non-csp-relationship'],
      ['The customer has a Unified Support contract with Microsoft, and their support hours are nearly used up. Their licences come through us. Will Microsoft contact them about it?', 'yes', 'non-csp-relationship'],
      ['Der Verein hat ein MPSA mit Microsoft, und das Kontingent dafür ist aufgebraucht. Die Lizenzen kommen über uns. Meldet sich Microsoft deswegen beim Verein?', 'yes', 'non-csp-relationship'],
      ['The firm has a Premier contract with Microsoft and its prepaid hours are running out. Their subscriptions run through us. Does Microsoft talk to them about that?', 'yes', 'non-csp-relationship'],
      ['The firm buys Intune from us and the Intune bill has gone up. Their servers are on an EA with Microsoft. Will Microsoft contact them about it?', 'no', 'subscription-communication']
    ]);
  });

  it('German "da" after Microsoft or before the verb at the end points back too', () => {
    expectAnswers([
      ['Ein Verein hat Business Premium über uns, die Rechnung dafür ist gestiegen. Das EA für die Server läuft direkt. Würde Microsoft da anrufen?', 'no', 'subscription-communication'],
      ['Der Kunde hat Visio direkt bei Microsoft und Teams über uns. Neulich ging es um die Verlängerung von Visio. Redet Microsoft da mit ihm?', 'yes', 'non-csp-relationship']
    ]);
  });

  it('a matter whose sentence names both channels, or none, stays open', () => {
    expectAnswers([
      ['Kunde hat EA und Teams über uns, und eine Rechnung ist offen. Meldet sich Microsoft deswegen?', 'depends', 'non-csp-relationship'],
      ['The customer has an EA and Teams through us, and an invoice is overdue. Will Microsoft contact them about it?', 'depends', 'non-csp-relationship'],
      ['Kunde hat Visio direkt und Teams über uns. Die Preise steigen. Redet Microsoft da mit ihm?', 'depends', 'non-csp-relationship']
    ]);
  });
});

describe('a passive question opened by its auxiliary, with a clause describing who is reached', () => {
  it('asks about what its last clause names', () => {
    expectAnswers([
      ['Wird die Praxis, die Teams über uns bezieht und ein eigenes EA hat, wegen der Teams-Verlängerung von Microsoft angeschrieben?', 'no', 'subscription-communication'],
      ['Wird der Verein, der Visio direkt bei Microsoft und Teams über uns hat, zur Visio-Rechnung von Microsoft kontaktiert?', 'yes', 'non-csp-relationship'],
      ['Is the customer, who also has an EA with Microsoft, contacted by Microsoft about the renewal of their Intune licences from us?', 'no', 'subscription-communication'],
      ['Wird der Kunde, der ein EA und Teams über uns hat, zu den Lizenzen von Microsoft angeschrieben?', 'depends', 'non-csp-relationship']
    ]);
  });
});

describe('a demonstrative with a holding noun beside two relationships', () => {
  it('in German points to the clause after "aber"/"und" that puts the licences first, the partner\'s holding', () => {
    expectAnswers([
      ['Die Firma hat ein EA direkt mit Microsoft, aber die Lizenzen für Dynamics 365 bezieht sie bei uns im CSP. Darf MS ihr für diese Lizenzen eine Rechnung schicken?', 'no', 'subscription-communication'],
      ['Der Kunde hat ein eigenes MCA, aber die Lizenzen für Microsoft 365 Business Premium kauft er über uns. Stellt Microsoft ihm diese Lizenzen in Rechnung?', 'no', 'subscription-communication'],
      ['Unser Kunde hat einen Premier-Vertrag direkt mit Microsoft, und das Abo für Teams hat er über uns. Schreibt Microsoft ihn wegen dieses Abos an?', 'no', 'subscription-communication'],
      ['Der Verein hat Unified Support bei Microsoft, aber für Intune kauft er die Lizenzen bei uns. Schickt Microsoft ihm die Rechnung für diese Lizenzen?', 'no', 'subscription-communication']
    ]);
  });

  it('in English does the same', () => {
    expectAnswers([
      ['The firm has an EA directly with Microsoft, but the Dynamics 365 licences they get from us via CSP. May MS send them an invoice for these licences?', 'no', 'subscription-communication'],
      ['Our client has a Premier contract with Microsoft, and the Teams subscription they bought through us. Will Microsoft write to them about that subscription?', 'no', 'subscription-communication'],
      ['The association has Unified Support with Microsoft, but buys its Intune licences from us. Does Microsoft bill them for those licences?', 'no', 'subscription-communication']
    ]);
  });

  it('points to the direct holding where that is the last clause naming it', () => {
    expectAnswers([
      ['Kunde hat Visio selbst mit Kreditkarte gekauft, Teams über uns. Bekommt er für dieses Visio die Rechnung von Microsoft?', 'yes', 'non-csp-relationship'],
      ['Der Kunde hat Teams über uns und Power BI direkt bei Microsoft. Schickt Microsoft ihm für dieses Power BI die Rechnung?', 'yes', 'non-csp-relationship'],
      ['Die Praxis kauft Teams bei uns, ihr Visio-Abo hat sie aber selbst bei Microsoft abgeschlossen. Informiert Microsoft sie über die Verlängerung dieses Abos?', 'yes', 'non-csp-relationship'],
      ['The clinic gets Teams through us, but the Power BI licences it bought directly from Microsoft. Will Microsoft invoice them for these licences?', 'yes', 'non-csp-relationship']
    ]);
  });
});
