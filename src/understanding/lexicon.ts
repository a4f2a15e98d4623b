/**
 * The vocabulary the understanding recognises, as data. Every form is folded
 * the way the normaliser folds text (lower case, ä→ae, ö→oe, ü→ue, ß→ss).
 *
 * - `word`       matches that token exactly
 * - `stem*`      matches any token starting with the stem (covers inflections)
 * - `two words`  matches consecutive tokens (each may be a stem)
 *
 * German forms may also be found inside compounds (Abonnementverlaengerung,
 * Dienstausfall); English forms only as whole tokens or prefixes.
 */
export type Concept =
  | 'microsoft' // the actor: Microsoft itself
  | 'customer' // the partner's customer
  | 'partner' // the asker's own side: we, us, me, the partner
  | 'communicate' // verbs and nouns of reaching someone: contact, email, notify, tell, inform …
  | 'receive' // get, receive: "does the customer get a bill from Microsoft?"
  | 'who' // who / wer: asks for the party, not for permission
  | 'duty' // "is it my job", "responsible", "zuständig"
  | 'billing' // subscription matters: invoices, prices, renewals, licences, cancellations …
  | 'operational' // outages, incidents, maintenance, service health …
  | 'operationalWeak' // words that are operational only when nothing else says otherwise ("down")
  | 'marketing'
  | 'general' // in general, at all, überhaupt, grundsätzlich
  | 'ownership' // owns, gehört
  | 'ever' // ever, jemals, in which cases
  | 'when' // when, wann
  | 'nonCsp' // non-CSP, outside CSP
  | 'direct' // direct, directly, direkt
  | 'buy' // buy, purchase, kaufen, beziehen
  | 'relationship' // commercial relationship, contract, agreement, account manager
  | 'ownAgreement' // named direct agreements: Enterprise Agreement, EA, MCA
  | 'throughUs' // through us, via us, über uns
  | 'existing' // has, already, own, also: the customer's own standing with Microsoft
  | 'csp' // CSP, New Commerce
  | 'negation'
  | 'apply' // apply, valid, cover, gelten
  | 'scopeTarget' // Partner Center, US Government cloud: the places the policy names
  | 'policyRef' // policy, rule, Richtlinie, Regel
  | 'where' // where, which, wo, welche
  | 'howTo' // how do I, wie erstelle ich: a procedural question the policy does not answer
  | 'smallTalk'; // thanks, hello

export interface ConceptForms {
  en: readonly string[];
  de: readonly string[];
}

export const lexicon: Record<Concept, ConceptForms> = {
  microsoft: {
    en: ['microsoft', "microsoft's", 'ms', 'msft', 'redmond', 'microsoft account manager', 'account team'],
    de: ['microsoft', 'ms', 'msft']
  },
  customer: {
    en: ['customer*', 'client*', 'end user*', 'tenant*', 'them', 'they', 'buyer*', 'end customer*'],
    de: ['kunde*', 'kundin*', 'endkunde*', 'mandant*', 'ihn', 'ihm', 'abnehmer*']
  },
  partner: {
    en: ['we', 'us', 'our', 'ours', 'me', 'i', 'my', 'myself', 'partner*', 'reseller*', 'provider*'],
    de: ['wir', 'uns', 'unser*', 'ich', 'mich', 'mir', 'mein*', 'partner*', 'haendler*', 'reseller*', 'anbieter*']
  },
  communicate: {
    en: [
      'contact*', 'email*', 'e mail*', 'mail', 'mails', 'mailed', 'mailing*', 'call', 'calls', 'calling', 'called', 'phone*',
      'notif*', 'inform*', 'tell*', 'told', 'send*', 'sent', 'reach*', 'talk*', 'speak*', 'spoke*', 'communicat*',
      'write', 'writes', 'writing', 'wrote', 'message*', 'letter*', 'notice*', 'remind*', 'alert*', 'warn*', 'approach*',
      'get in touch', 'gets in touch', 'touch base', 'ping*', 'correspond*', 'announce*', 'update them', 'let them know',
      'let the customer know', 'deliver*', 'outreach', 'text them', 'explain*', 'confirm*', 'follow up',
      'heads up', 'keep them posted', 'point of contact', 'liaise*'
    ],
    de: [
      'kontakt*', 'anschreib*', 'angeschrieben', 'schreib*', 'anruf*', 'anrufen', 'angerufen', 'ruft', 'telefon*', 'informier*',
      'info', 'infos', 'information*', 'mitteil*', 'mitgeteilt', 'teilt', 'meld*', 'gemeldet', 'benachrichtig*', 'schick*',
      'geschickt', 'send*', 'gesendet', 'verschick*', 'verschickt', 'zuschick*', 'kommunizier*', 'kommunikation*',
      'rede', 'reden', 'redet', 'redest', 'geredet', 'sprech*', 'spricht', 'gesprochen', 'ansprech*', 'erinner*', 'nachricht*', 'brief*', 'warn*',
      'mail', 'mails', 'email*', 'e mail*', 'zustell*', 'hinweis*', 'bescheid', 'wendet sich', 'wenden sich', 'sagt', 'sagen',
      'erklaer*', 'bestaetig*', 'ansprechpartner*', 'aufklaer*'
    ]
  },
  receive: {
    en: ['get', 'gets', 'getting', 'got', 'receive*', 'hear from', 'hears from'],
    de: ['bekomm*', 'bekommt', 'erhalt*', 'erhaelt', 'kriegt', 'kriegen', 'krieg']
  },
  who: { en: ['who', 'whom', 'whose', 'which party'], de: ['wer', 'wem', 'wen'] },
  duty: {
    en: [
      'my job', 'our job', 'my responsibility', 'our responsibility', 'responsib*', 'in charge', 'up to me', 'up to us',
      'do i have to', 'do we have to', 'must i', 'must we', 'should i', 'should we', 'supposed to', 'duty', 'obliged'
    ],
    de: [
      'meine aufgabe', 'unsere aufgabe', 'aufgabe', 'zustaendig*', 'verantwort*', 'muss ich', 'muessen wir', 'sollte ich',
      'sollten wir', 'soll ich', 'sollen wir', 'pflicht*'
    ]
  },
  billing: {
    en: [
      'bill', 'bills', 'billed', 'billing*', 'invoic*', 'payment*', 'pay', 'pays', 'paid', 'paying', 'charg*', 'price*',
      'pricing', 'cost*', 'fee*', 'renew*', 'subscription*', 'licen*', 'seat*', 'cancel*', 'suspen*', 'trial*', 'expir*',
      'credit card*', 'refund*', 'overage*', 'upgrad*', 'downgrad*', 'auto renew*', 'term', 'terms', 'commitment*',
      'quantit*', 'usage*', 'consumption', 'spend*', 'budget*', 'past due', 'overdue', 'dunning', 'card declined',
      'declined', 'purchase order*', 'plan change*', 'price increase*', 'tax*', 'receipt*', 'statement*', 'account balance'
    ],
    de: [
      'rechnung*', 'abrechnung*', 'zahlung*', 'kostet', 'kosteten', 'zahl', 'zahlen', 'zahlt', 'bezahl*', 'preis*', 'kosten*', 'gebuehr*',
      'verlaenger*', 'abo', 'abos', 'abonnement*', 'lizenz*', 'kuendig*', 'gekuendigt', 'sperr*', 'gesperrt', 'testversion*',
      'testphase*', 'testzeitraum*', 'ablauf', 'ablaeuf*', 'abgelaufen', 'laeuft ab', 'kreditkarte*', 'lastschrift*', 'gutschrift*',
      'erstattung*', 'laufzeit*', 'vertragsverlaenger*', 'mahnung*', 'steuer*', 'belastung*', 'abgebucht', 'abbuchung*',
      'platz', 'plaetze', 'arbeitsplaetze', 'lizenzanzahl', 'nutzung*', 'verbrauch*', 'budget*', 'erhoeh*', 'preiserhoeh*',
      'storn*', 'umstellung*', 'trial*'
    ]
  },
  operational: {
    en: [
      'outage*', 'incident*', 'security', 'breach*', 'maintenance', 'service health', 'health', 'downtime*', 'degrad*',
      'disrupt*', 'operational', 'operations', 'advisor*', 'vulnerabilit*', 'message center', 'service status', 'status',
      'interrupt*', 'service issue*', 'not working', 'unavailable', 'offline', 'went down', 'goes down', 'is down', 'was down',
      'were down', 'crash*', 'attack*', 'compromis*', 'phishing', 'hack*', 'malware', 'ransomware', 'retirement*', 'deprecat*', 'planned work', 'patch*',
      'emergency', 'service problem*', 'service change*'
    ],
    de: [
      'ausfall*', 'ausfaell*', 'ausgefallen', 'stoerung*', 'vorfall*', 'vorfaell*', 'sicherheit*', 'wartung*', 'dienststatus',
      'dienstintegritaet', 'integritaet', 'betrieblich*', 'betrieb*', 'unterbrech*', 'sicherheitsluecke*', 'schwachstelle*',
      'vorgaenge', 'angriff*', 'kompromittiert', 'gehackt', 'hacker*', 'hackerangriff*', 'schadsoftware', 'nicht erreichbar', 'nicht verfuegbar', 'dienstvorfall*', 'servicestatus',
      'wartungsfenster*', 'wartungsarbeit*', 'statusmeldung*', 'notfall*', 'datenleck*', 'datenpanne*', 'gestoert'
    ]
  },
  operationalWeak: { en: ['down', 'problem*', 'issue*'], de: ['down', 'problem*'] },
  marketing: {
    en: ['marketing', 'newsletter*', 'survey*', 'sell', 'sells', 'selling', 'sales', 'promot*', 'advertis*', 'offer*', 'upsell*', 'cross sell*', 'campaign*', 'sales pitch*', 'special deal*', 'discount*', 'event invit*'],
    de: ['marketing', 'newsletter*', 'umfrage*', 'werbung*', 'werbe*', 'angebot*', 'kampagne*', 'aktion*', 'rabatt*', 'vertrieb*', 'verkaufsgespraech*']
  },
  general: {
    en: ['in general', 'generally', 'at all', 'overall', 'in principle', 'by default', 'as a rule', 'normally', 'usually', 'basically'],
    de: ['im allgemeinen', 'allgemein', 'ueberhaupt', 'grundsaetzlich', 'generell', 'prinzipiell', 'normalerweise', 'in der regel', 'eigentlich']
  },
  ownership: {
    en: ['own', 'owns', 'owner*', 'ownership', 'us or microsoft', 'we or microsoft', 'me or microsoft', 'microsoft or us', 'microsoft or me', 'microsoft or the partner'],
    de: ['gehoert', 'gehoeren', 'besitzt', 'wir oder microsoft', 'ich oder microsoft', 'microsoft oder wir', 'microsoft oder ich', 'microsoft oder uns']
  },
  ever: {
    en: ['ever', 'at any time', 'in which cases', 'in what cases', 'under what circumstances', 'what situations', 'which situations', 'anything'],
    de: ['jemals', 'je', 'irgendwann', 'in welchen faellen', 'unter welchen umstaenden', 'ueberhaupt jemals', 'irgendwas', 'irgendetwas']
  },
  when: { en: ['when', 'whenever'], de: ['wann'] },
  nonCsp: {
    en: ['non csp', 'noncsp', 'outside csp', 'outside of csp', 'outside the csp', 'not csp', 'not through csp', 'not via csp', 'not in csp', 'other channel*'],
    de: ['nicht csp', 'ausserhalb csp', 'ausserhalb des csp', 'ausserhalb von csp', 'ausserhalb*', 'nicht ueber csp', 'nicht im csp']
  },
  direct: { en: ['direct', 'directly'], de: ['direkt*'] },
  buy: {
    en: ['buy*', 'bought', 'purchas*', 'acquir*', 'ordered', 'licensed', 'signed'],
    de: ['kauf*', 'gekauft*', 'erworben*', 'erwirbt', 'bezieh*', 'bezogen*', 'bestellt*', 'abgeschlossen*', 'erwerb*']
  },
  relationship: {
    en: [
      'relationship*', 'commercial relationship*', 'contract*', 'agreement*', 'account manager*', 'account team*',
      'direct deal*', 'own deal*', 'volume licens*', 'direct customer*'
    ],
    de: ['geschaeftsbeziehung*', 'beziehung*', 'vertrag*', 'vertraeg*', 'vereinbarung*', 'accountmanager*', 'account manager*', 'rahmenvertrag*', 'direktkunde*', 'volumenlizenz*']
  },
  ownAgreement: {
    en: ['enterprise agreement*', 'ea', 'eas', 'mca', 'mcae', 'microsoft customer agreement*', 'open value', 'select plus', 'mpsa'],
    de: ['enterprise agreement*', 'ea', 'mca', 'mcae', 'microsoft kundenvertrag*', 'ea vertrag*', 'ea lizenz*', 'open value', 'select plus', 'mpsa']
  },
  throughUs: {
    en: ['through us', 'via us', 'from us', 'through our company', 'through the partner', 'with us', 'from our company'],
    de: ['ueber uns', 'bei uns', 'von uns', 'durch uns', 'ueber den partner', 'beim partner']
  },
  existing: {
    en: ['has', 'have', 'having', 'had', 'already', 'existing', 'own', 'owns', 'also', 'too', 'holds', 'still'],
    de: ['hat', 'haben', 'besitzt', 'bereits', 'schon', 'eigene*', 'zusaetzlich', 'auch', 'weiterhin', 'bestehende*']
  },
  csp: {
    en: ['csp', 'cloud solution provider*', 'nce', 'new commerce', 'azure plan*'],
    de: ['csp', 'cloud loesungsanbieter*', 'nce', 'new commerce', 'azure plan*']
  },
  negation: {
    en: ['not', 'no', "n't", 'never', 'none', 'without', 'neither', 'nor', 'didnt', 'dont', 'doesnt', 'wont', 'isnt', 'arent', 'hasnt', 'havent', 'cant'],
    de: ['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'nie', 'niemals', 'ohne', 'weder', 'noch nie']
  },
  apply: {
    en: ['apply', 'applies', 'applied', 'applicable', 'valid', 'cover', 'covers', 'covered', 'scope', 'in force', 'relevant', 'pertain*', 'hold for', 'holds for', 'count for'],
    de: ['gilt', 'gelten', 'deckt', 'abdeck*', 'gueltig*', 'geltungsbereich*', 'anwendbar*', 'betrifft', 'betreffen', 'umfasst', 'abgedeckt', 'zutreffen', 'trifft']
  },
  scopeTarget: {
    en: ['partner center*', 'partner centre*', 'us government', 'us gov', 'gov cloud', 'government cloud', 'government', 'gcc', 'gcc high', 'sovereign cloud*', 'cloud for us government', 'regular partner center'],
    de: ['partner center*', 'us government*', 'us regierung*', 'regierungscloud', 'government cloud', 'gcc', 'behoerden*']
  },
  policyRef: {
    en: ['policy', 'policies', 'rule', 'rules', 'guideline*', 'guidance', 'this', 'it', 'that', 'regulation*', 'requirement*'],
    de: ['richtlinie*', 'regel*', 'regelung*', 'vorgabe*', 'das', 'dies', 'diese', 'dieser', 'dieses', 'bestimmung*']
  },
  where: { en: ['where', 'which', 'for which', 'in which', 'what'], de: ['wo', 'welche*', 'wofuer', 'wozu', 'worauf'] },
  howTo: {
    en: ['how do i', 'how do we', 'how can i', 'how can we', 'how to', 'how should i', 'where do i', 'where can i', 'what is the', 'what does', 'what are the', 'how much', 'how many', 'can you', 'could you', 'what the', 'whats the'],
    de: ['wie erstelle', 'wie kann ich', 'wie koennen wir', 'wie lege', 'wie aendere', 'wie setze', 'wie finde', 'wie mache', 'wo finde', 'was ist', 'was bedeutet', 'wofuer steht', 'wie viel', 'wieviel', 'wie lautet', 'kannst du', 'koennen sie', 'was kostet', 'was kosten']
  },
  smallTalk: {
    en: ['thanks', 'thank you', 'thx', 'cheers', 'hello', 'hi', 'hey', 'good morning', 'bye', 'great', 'ok', 'okay', 'cool'],
    de: ['danke*', 'vielen dank', 'hallo', 'servus', 'moin', 'tschuess', 'guten morgen', 'super', 'prima']
  }
};

/** Product names found in questions, with the canonical spelling shown back. */
export const products: ReadonlyArray<{ name: string; forms: readonly string[]; channel?: 'csp' }> = [
  { name: 'Microsoft 365', forms: ['microsoft 365', 'm365', 'microsoft365'] },
  { name: 'Office 365', forms: ['office 365', 'o365', 'office365', 'office'] },
  { name: 'Azure plan', forms: ['azure plan*'], channel: 'csp' },
  { name: 'Azure', forms: ['azure'] },
  { name: 'Dynamics 365', forms: ['dynamics 365', 'dynamics', 'd365', 'dynamics365'] },
  { name: 'Microsoft Teams', forms: ['microsoft teams', 'teams'] },
  { name: 'Exchange Online', forms: ['exchange online', 'exchange'] },
  { name: 'SharePoint', forms: ['sharepoint', 'sharepoint online'] },
  { name: 'Power BI', forms: ['power bi', 'powerbi'] },
  { name: 'Power Platform', forms: ['power platform', 'power apps', 'powerapps', 'power automate'] },
  { name: 'Copilot', forms: ['copilot', 'microsoft 365 copilot'] },
  { name: 'Intune', forms: ['intune'] },
  { name: 'Windows', forms: ['windows', 'windows 365', 'windows 11'] },
  { name: 'Defender', forms: ['defender', 'microsoft defender'] },
  { name: 'Entra ID', forms: ['entra', 'entra id', 'azure ad'] }
];

/**
 * Words that say which language a question is in without carrying meaning.
 * Forms found in both languages ("in", "an", "was", "will", "also") are left out.
 */
export const functionWords = {
  en: [
    'the', 'a', 'is', 'are', 'were', 'be', 'been', 'being', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should',
    'may', 'might', 'must', 'my', 'our', 'their', 'your', 'his', 'her', 'its', 'they', 'them', 'we', 'us', 'you', 'i', 'me',
    'to', 'of', 'for', 'about', 'with', 'from', 'and', 'or', 'not', 'if', 'when', 'who', 'what', 'which', 'where', 'how',
    'that', 'this', 'these', 'those', 'it', 'on', 'at', 'by', 'any', 'all', 'ever', 'still', 'too', 'there', 'has', 'have',
    'had', 'get', 'got', 'right', 'going', 'than', 'then', 'just', 'only', 'why', 'whom', 'anything', 'something', 'out',
    'into', 'each', 'allowed', 'tell', 'me', 'please', 'customer', 'customers', 'thanks', 'joke', 'weather', 'whether',
    'also', 'know', 'let', 'our', 'yes', 'no', 'say', 'said', 'want', 'wants', 'directly', 'again', 'later', 'after', 'before'
  ],
  de: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'ist', 'sind', 'war', 'wird',
    'werden', 'wurde', 'wurden', 'kann', 'kannst', 'koennen', 'darf', 'duerfen', 'soll', 'sollte', 'sollten', 'muss', 'muessen',
    'mein', 'meine', 'meinen', 'meinem', 'meiner', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'sein', 'seine',
    'seinen', 'seinem', 'seiner', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihn', 'ihm', 'sie', 'wir', 'uns', 'du', 'dir',
    'dich', 'ich', 'mir', 'mich', 'es', 'er', 'zu', 'zum', 'zur', 'von', 'vom', 'fuer', 'ueber', 'mit', 'bei', 'beim', 'im',
    'auf', 'aus', 'nach', 'und', 'oder', 'nicht', 'kein', 'keine', 'wenn', 'wer', 'wem', 'wen', 'welche', 'welcher',
    'welches', 'wo', 'wie', 'wann', 'warum', 'dass', 'ob', 'auch', 'noch', 'schon', 'doch', 'bitte', 'hat', 'haben', 'habe',
    'hast', 'gibt', 'diese', 'dieser', 'dieses', 'diesen', 'ueberhaupt', 'jemals', 'immer', 'weiter', 'weiterhin', 'wegen',
    'seit', 'dann', 'denn', 'heute', 'morgen', 'frueh', 'mal', 'eigentlich', 'gilt', 'kunde', 'kunden', 'danke', 'witz',
    'wetter', 'erzaehl', 'steht', 'wofuer', 'lautet', 'neuen', 'neue', 'neu', 'gerade', 'richtig', 'stimmt', 'oft', 'etwa',
    'zusaetzlich', 'bereits', 'direkt', 'dazu', 'daran', 'darueber', 'hier', 'dort', 'alle', 'alles', 'jeder', 'jede'
  ]
} as const;
