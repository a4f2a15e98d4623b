/**
 * The vocabulary the understanding recognises, as data. Every form is folded
 * the way the normaliser folds text (lower case, ä→ae, ö→oe, ü→ue, ß→ss).
 *
 * - `word`       matches that token exactly
 * - `stem*`      matches any token starting with the stem (covers inflections)
 * - `two words`  matches consecutive tokens (each may be a stem, the first one too)
 *
 * Forms are written as the normaliser leaves the text they describe: "n't" a word of its own ("does n't know"), a
 * trailing "'s" dropped ("if it's ours" is "if it ours"), "'ve" as "have". A form written otherwise never matches;
 * test/understanding/lexiconForms.test.ts checks that every form finds the text it describes.
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
  | 'billingWeak' // subscription nouns that are a subscription matter only when nothing else is named ("licence", "expiry")
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
  | 'smallTalk' // thanks, hello
  | 'takenOver' // a customer taken over from another partner: what Microsoft sends may stem from the old channel
  | 'uncertain' // the asker does not know how it was bought: "no idea if", "not sure whether", "vielleicht"
  | 'partnerCenter' // Partner Center, PC: a product missing from it hints it was not bought through the partner
  | 'find' // find, see, show: "can't find it in Partner Center"
  | 'wondering' // "is that OK?", "allowed?", "normal?": the asker checks something Microsoft already did
  | 'happened' // past forms of Microsoft reaching the customer: wrote, emailed, sent, angeschrieben
  | 'liveNow' // right now, at the moment, gerade: a question about the live state of a service
  | 'botTask' // an instruction to the bot: write, draft, translate, open a ticket, schreib, entwirf
  | 'askerSubject' // the asker as the one acting: can I, should we, darf ich, können wir
  | 'supportDesk' // Microsoft support, tickets, cases, escalation: the asker contacting Microsoft
  | 'partnerObject' // us, me, the partner as the one Microsoft contacts
  | 'partnerReceives' // do we get, bekommen wir: the partner as the recipient
  | 'creditCard' // credit card: a direct purchase when it buys, a billing matter otherwise
  | 'anaphor' // it, that, those, dazu: what the asking clause refers back to
  | 'softBreak' // and, plus, und: separates what belongs to which product within a clause
  | 'clauseBreak' // but, while, aber: a new clause without punctuation
  | 'exceptions' // exceptions, nothing else, sonst nie: asks where the general rule gives way
  | 'imperative' // write, draft, schreib: an order when it opens the question
  | 'elsewhere' // printers, weather, jokes, VPN: things that are never about this policy
  | 'quote' // quote, offer, Angebot: a subscription matter, or marketing beside marketing words
  | 'both' // both, beides: the question has several parts, weak words included
  | 'proposal' // offer, propose, anbieten: a direct agreement offered is not one the customer has
  | 'about' // about, regarding, zu, wegen: what follows is what the question is about
  | 'endOf' // "the end of", "das Aus von": a retirement when a product follows
  | 'idiom'; // "in the event of", "im Falle": set phrases whose words are no topic

export interface ConceptForms {
  en: readonly string[];
  de: readonly string[];
}

export const lexicon: Record<Concept, ConceptForms> = {
  endOf: { en: ['end of', 'the end of', 'ending of'], de: ['das aus', 'dem aus', 'ende von', 'ende des', 'ende der', 'ende fuer', 'ende vom'] },
  idiom: { en: ['fee earner*', 'microsoft incident response', 'incident response retainer*', 'incident response engagement*', 'tax advis*', 'financial advis*', 'adviser*', 'project status', 'project update*', 'status report*', 'status meeting*', 'tax adviser*', 'tax advisor*', 'tax consultant*', 'tax office*', 'tax firm*', 'tax accountant*', 'trial environment*', 'sandbox environment*', 'from another partner', 'from a previous partner', 'from their previous partner', 'from the previous partner', 'from their old partner', 'sales channel*', 'switched off', 'switch off', 'switching off', 'switches off', 'turned off', 'turn off', 'turning off', 'in the event', 'in any event', 'in that event', 'in the * event', 'in the * * event', 'in an * event', 'in such an event', 'in this event', 'quote from', 'quote unquote', 'free of charge'], de: ['monatsabschluss*', 'jahresabschluss*', 'quartalsabschluss*', 'abschlusswoche*', 'indirekt*', 'anmeld*', 'partnerwechsel zu uns', 'anbieterwechsel zu uns', 'providerwechsel zu uns', 'projektstatus', 'statusbericht*', 'statusmeeting*', 'steuerberater*', 'steuerbuero*', 'steuerkanzlei*', 'steuerberatung*', 'testumgebung*', 'trial umgebung*', 'zitat von', 'zitat aus', 'vertriebskanal*', 'vertriebsweg*', 'von einem anderen partner', 'vom vorherigen partner', 'vom alten partner', 'vom vorgaenger*', 'rechtssicherheit', 'planungssicherheit', 'transaktion', 'transaktionen', 'kundenaktion', 'kundenaktionen', 'keine aktion', 'aktion erforderlich', 'aktion noetig', 'aktion notwendig', 'ausschreibung*', 'vergabeverfahren*', 'gesteuert*', 'steuerung*', 'steuert', 'ansteuer*', 'angesteuert*', 'ferngesteuert*', 'gemessen', 'messung*', 'messwert*', 'bemessen', 'bemessung*', 'angemessen*', 'unangemessen*', 'vermessen', 'sicherheitshalber', 'zur sicherheit', 'mit sicherheit', 'haengt davon ab', 'haengt davon', 'haengt es davon', 'haengt vom', 'haengt von', 'angekuendig*', 'ankuendig*', 'erwartung*', 'erwartet*'] },
  quote: { en: ['offerte*', 'quote*', 'offer*', 'proposal*'], de: ['offerte*', 'angebot*', 'quote*', 'kostenvoranschlag*'] },
  both: { en: ['which of these', 'which of them', 'which of those', 'both', 'either', 'each of', 'both of'], de: ['sowohl', 'was davon', 'welche davon', 'welches davon', 'beides', 'beidem', 'beiden', 'beide'] },
  proposal: {
    en: ['buy directly from us', 'buy direct from us', 'buy from us directly', 'buy from us instead', 'buy it from us directly', 'buy straight from us', 'buy directly from you', 'buy direct from you', 'buy from you directly', 'rather buy', 'buy instead', 'instead of', 'rather than', 'could buy', 'can buy', 'could purchase', 'could get it', 'offer*', 'propos*', 'pitch*', 'convinc*', 'move them', 'switch them', 'poach*', 'win them'],
    de: ['pitcht', 'pitchen', 'gepitcht', 'kauft doch', 'kauft lieber', 'kauft einfach', 'kauf doch', 'kauf lieber', 'kaufen sie doch', 'kaufen sie lieber', 'kaufen sie direkt', 'kauft direkt bei uns', 'kauft bei uns direkt', 'lieber', 'statt', 'anstatt', 'koenne', 'koennte', 'koennten', 'anbiet*', 'angeboten', 'vorschlag*', 'vorschlaeg*', 'ueberzeug*', 'abwerb*', 'abwirbt', 'direktansprache*', 'anzubieten', 'schmackhaft*', 'ueberred*', 'aufschwatz*', 'aufzuschwatzen', 'aufdraeng*', 'aufzudraengen', 'nahelegen', 'nahegelegt', 'nahezulegen', 'legt nahe', 'empfiehlt', 'empfehlen', 'empfohlen', 'zu empfehlen', 'wechsel in ein', 'wechsels in ein', 'wechsel in einen', 'wechsels in einen', 'ueberfuehr*']
  },
  elsewhere: {
    en: ['hr portal*', 'hr system*', 'hr tool*', 'annual leave', 'sick leave', 'apply leave', 'apply for leave', 'expense report*', 'expense claim*', 'expenses', 'payroll', 'timesheet*', 'inflation', 'interest rate*', 'public holiday*', 'birthday*', 'password*', 'locked out', 'printer*', 'weather', 'joke*', 'headset*', 'vpn', 'coffee*', 'lunch', 'parking', 'holiday*', 'vacation', 'hgb', 'ifrs', 'gaap', 'accrual*', 'deferred revenue', 'depreciat*'],
    de: ['hr portal*', 'personalabteilung', 'personalportal*', 'urlaubsantrag*', 'krankmeldung*', 'spesen*', 'reisekosten*', 'zeiterfassung*', 'gehaltsabrechnung*', 'lohnabrechnung*', 'inflation*', 'leitzins*', 'feiertag*', 'fronleichnam', 'geburtstag*', 'passwort*', 'passwoert*', 'kennwort*', 'kennwoert*', 'ausgesperrt', 'drucker', 'druckers', 'druckern', 'druckertreiber*', 'druckerwarteschlange*', 'druckerpatrone*', 'druckerproblem*', 'druckerfehler*', 'druckerstau*', 'druckerpapier*', 'druckerserver*', 'druckerinstallation*', 'druckereinstellung*', 'wetter', 'witterung*', 'wetterbericht*', 'wettervorhersage*', 'wetterlage', 'witz*', 'headset*', 'vpn', 'kaffee*', 'mittagessen', 'parkplatz*', 'urlaub*', 'regnet*', 'hgb', 'ifrs', 'rueckstellung*', 'bilanzier*', 'abschreibung*']
  },
  exceptions: {
    en: ['depart from', 'departs from', 'deviate from', 'deviates from', 'exception*', 'nothing else', 'and never', 'otherwise never', 'never otherwise', 'else never', 'only ever', 'bypass*', 'go around', 'goes around',
      // the partner bypassed, said as people say it: "does MS go behind our back", "go over our heads", "cut us out"
      'behind our back*', 'behind my back', 'behind the partner back', 'behind the partners back', 'behind the reseller back', 'over our heads', 'over our head', 'over my head',
      'cut us out', 'cuts us out', 'cutting us out', 'cut out the partner', 'cut the partner out', 'sidestep us', 'sidesteps us', 'sidestepping us',
      'go past us', 'goes past us', 'going past us', 'go around us', 'going around us', 'went around us'],
    de: ['ausgenommen', 'ausnimmt', 'ausnehmen', 'ausnahme*', 'sonst nie', 'sonst nicht', 'sonst nichts', 'und sonst', 'sonst niemals', 'an uns vorbei', 'an mir vorbei', 'am partner vorbei', 'an den partnern vorbei', 'am reseller vorbei', 'am haendler vorbei', 'an uns partnern vorbei', 'umgeh*',
      // "funkt MS uns dazwischen", "grätscht rein", "schießt quer", "mischt sich ein" (joined as separable verbs),
      // "hinter unserem Rücken", "über unsere Köpfe hinweg"
      'dazwischenfunk*', 'reingraetsch*', 'hineingraetsch*', 'querschiess*', 'einmisch*', 'reinpfusch*', 'reinredet', 'reinreden',
      'hinter unserem ruecken', 'hinter meinem ruecken', 'hinterm ruecken', 'ueber unsere koepfe', 'ueber unseren kopf', 'ueber meinen kopf']
  },
  imperative: {
    en: ['write', 'rewrite', 'rephrase', 'reword', 'draft', 'compose', 'send', 'open', 'create', 'raise', 'log', 'file', 'translate', 'summarize', 'summarise', 'check', 'look', 'find', 'make', 'prepare', 'generate', 'list', 'show', 'give', 'notify', 'inform', 'remind', 'book', 'reply', 'answer'],
    de: ['erinner', 'erinnere', 'schreib', 'schreibe', 'formulier', 'formuliere', 'entwirf', 'erstell', 'erstelle', 'mach', 'mache', 'fass', 'fasse', 'uebersetz', 'uebersetze', 'schick', 'schicke', 'pruef', 'pruefe', 'schau', 'schaue', 'gib', 'such', 'suche', 'oeffne', 'eroeffne', 'leg', 'sende', 'informier', 'informiere', 'check', 'antworte', 'beantworte', 'buch', 'buche', 'leite']
  },
  takenOver: {
    en: ['took over', 'taken over', 'take over', 'another partner', 'another reseller', 'another provider', 'previous partner', 'previous reseller', 'previous provider', 'former partner', 'old partner', 'came to us', 'before they came', 'switched to us', 'moved to us'],
    de: ['anderen reseller', 'anderen partner', 'anderen haendler', 'vorgaenger*', 'frueheren partner', 'vorherigen partner', 'alten partner', 'gerade uebernommen', 'neu uebernommen', 'neukunden uebernommen', 'zu uns gewechselt', 'zu uns gekommen', 'wechsel zu uns', 'partnerwechsel zu uns', 'anbieterwechsel zu uns', 'providerwechsel zu uns']
  },
  uncertain: {
    en: ["n't checked", "n't * checked", 'not checked', 'not * checked', 'yet to check', "n't looked", 'not looked', 'still need to check', 'still have to check', 'must check', 'need to look', 'have to look', 'not * sure', 'not * * sure', "n't * sure", 'not * certain', "n't confirm", 'cannot confirm', 'can not confirm', 'unable to confirm', "n't verify", 'cannot verify', 'unable to verify', "n't match * to", "n't match * * to", "n't match * * * to", 'cannot match * to', 'cannot match * * to', 'unable to match * to', 'unable to match * * to', "n't recall", 'not recall', 'no recollection', "n't remember", 'cannot remember', 'lost track', 'lose track', 'losing track', 'dont think we', 'do not think we', 'dont believe we', "n't believe we",
      // the hedge itself denied, whatever follows: "I don't think the licences are through us", "I do not believe it runs via CSP"
      "n't think", 'not think', 'dont think', "n't believe", 'not believe', 'dont believe',
      'somewhere else', 'anywhere else', 'elsewhere', 'other source', 'other sources', 'another source', 'not their only', 'not the only', 'be their only', 'bought online', 'purchased online', 'ordered online', 'bought it online', 'dunno', 'idk', 'might be', 'could be', 'might still', 'may still', 'could still', "ca n't tell", "could n't tell", "ca n't say", "could n't say", 'cannot say', 'can not say', 'with certainty', 'have to check', 'need to check', 'not convinced', "n't convinced", 'i doubt', 'we doubt', 'doubtful', 'nobody knows', 'no one knows', 'nobody remembers', "n't trace", 'cannot trace', "n't figure out", 'cannot figure out', "n't work out", 'cannot work out', "n't determine", 'cannot determine', 'unable to tell', 'unable to determine', 'unable to trace', 'no way to tell', 'hard to say', 'which agreement', 'which contract', 'under which agreement', 'under which contract', 'which channel', 'still check', 'remembers', 'nobody remembers', "n't think we", 'only part of', 'only some of', 'n\'t say which', 'not say which', 'no product named', 'not named', 'not clear which', 'unclear which', 'does not say', 'does n\'t say', 'as far as i', 'as far as we', 'if they bought', 'if we sold', 'if it is ours', 'if it ours', 'do not know', 'does not know', 'does n\'t know', 'not known', 'not remember', 'does not remember', 'cannot tell', 'can not tell', 'no record', 'not sure whether', 'or direct', 'or directly', 'no idea', 'not sure', 'unsure', "don't know", 'dont know', 'do n\'t know', 'not certain', 'maybe', 'probably', 'presumably', 'perhaps', 'possibly', 'might have', 'may have', 'i think', 'i guess', 'i believe', 'unclear', 'no clue', 'could be', 'not clear', "might've bought", 'might have bought', 'may have bought', "may've bought", 'could have bought', "could've bought", "might've purchased", 'might have purchased', 'may have purchased', 'could have purchased', "might've signed", 'might have signed', 'may have signed',
      // a possibility said with a word of degree between: "they may also have bought it on a card", "can't rule out"
      'may also have', 'might also have', 'could also have', 'may well have', 'might well have', 'could well have', 'may even have', 'might even have', 'quite possible', 'entirely possible', 'quite possibly', 'very possibly', "n't rule out", 'cannot rule out', 'not rule out'],
    de: ['erst checken', 'erst pruefen', 'erst nachsehen', 'erst nachschauen', 'erst nachpruefen', 'noch checken', 'noch nachsehen', 'noch nachschauen', 'nicht geprueft', 'nicht gecheckt', 'nicht nachgesehen', 'nicht nachgeschaut', 'nicht nachgeprueft', 'ggf', 'ggfs', 'allenfalls', 'unter umstaenden', 'nicht ueberzeugt', 'bezweifle', 'bezweifeln', 'zweifle', 'weiss keiner', 'weiss niemand', 'keiner weiss', 'niemand weiss', 'nicht einmal weiss', 'nicht mal weiss', 'nicht weiss', 'nicht nachvollziehen', 'nicht nachvollziehbar', 'nicht feststellen', 'nicht herausfinden', 'nicht rausfinden', 'nicht zuordnen', 'welchen vertrag', 'welchem vertrag', 'welcher vertrag', 'welchen kanal', 'welchem kanal', 'woanders gekauft', 'woanders bestellt', 'woanders bezogen', 'anderswo', 'anderweitig', 'online bestellt', 'online gekauft', 'online gebucht', 'im internet gekauft', 'im internet bestellt', 'nicht die einzige', 'nicht der einzige', 'andere quelle', 'anderen quelle', 'womoeglich', 'anderen kanal', 'anderen vertriebskanal', 'nicht sagen', 'nur einen teil', 'nur teilweise', 'weiss es nicht', 'wissen es nicht', 'noch pruefen', 'nicht welche', 'nicht welches', 'sagt nicht', 'kein produkt', 'unklar welche', 'meines wissens', 'soweit ich weiss', 'soweit ich', 'weiss aber nicht', 'wissen nicht', 'wissen wir nicht', 'nicht wissen', 'weiss nicht mehr', 'unbekannt', 'nicht bekannt', 'erinnert sich nicht', 'oder direkt', 'keine ahnung', 'weiss nicht', 'weiss ich nicht', 'nicht sicher', 'unklar', 'vielleicht', 'wohl', 'anscheinend', 'offenbar', 'scheinbar', 'mutmasslich', 'keinem unserer', 'keiner unserer', 'keinem unseren', 'keinem unserem', 'eventuell', 'evtl', 'moeglicherweise', 'glaub*', 'denke', 'kann sein', 'koennte sein', 'wahrscheinlich', 'vermutlich', 'unsicher', 'vllt', 'vlt', 'weiss net', 'weiss ned', 'wissen net', 'kp', 'kein plan', 'keinen plan', 'k a', 'wer hat das verkauft', 'wer hat es verkauft', 'wer hat die verkauft', 'wer das verkauft hat', 'wer hat das gekauft', 'wer es verkauft hat', 'koennte auch direkt', 'koennte direkt', 'kann auch direkt', 'woass ned', 'woass net', 'woass i ned', 'woass i net', 'waass ned', 'wees nich', 'weess nich', 'weiss nich', 'nicht gesichert', 'nicht gewiss', 'ohne dass ein produkt', 'ohne produkt', 'nicht genannt', 'nicht erwaehnt', 'geht nicht hervor', 'nicht hervor', 'nicht ersichtlich', 'um welches abo', 'um welchen vertrag', 'welches abo', 'welche lizenz', 'kannt a direkt', 'kannt direkt', 'koennt a direkt', 'koennt direkt', 'kann a direkt',
      // "kann gut sein, dass der Chef das selbst gebucht hat", "gut möglich", "nicht ausgeschlossen"
      // a leaning, denied: "läuft eher nicht über uns"
      'eher nicht', 'eher kein', 'eher keine',
      'kann gut sein', 'kann schon sein', 'kann durchaus sein', 'kann auch sein', 'koennte gut sein', 'koennte schon sein', 'koennte durchaus sein', 'koennte auch sein', 'gut moeglich', 'durchaus moeglich', 'nicht ausgeschlossen', 'nicht auszuschliessen']
  },
  partnerCenter: { en: ['partner center', 'partner centre', 'pc', 'our portal', 'licence portal', 'license portal', 'licensing portal', 'our licensing tool', 'our licence tool', 'our license tool'], de: ['partner center', 'pc', 'lizenzportal*', 'lizenz portal*', 'lizenztool*'] },
  find: { en: ['visible', 'show up', 'shows up', 'showing', 'find', 'see', 'show*', 'listed', 'appear*'], de: ['ersichtlich', 'zu sehen', 'sichtbar', 'kenne', 'kennen', 'find*', 'auffind*', 'aufgefunden', 'gesehen', 'seh*', 'sieht', 'auftauch*', 'taucht', 'drin', 'gelistet'] },
  wondering: {
    en: ['should microsoft be', 'should microsoft even', 'should microsoft really', 'should ms be', 'should ms even', 'should they be', 'should they even', 'should they really', 'is microsoft supposed to', 'is ms supposed to', 'are they supposed to', "should n't that", "should n't this", "should n't it", 'should that not', 'should this not', "is n't that our job", "is n't that the partner", "was n't that supposed", "was n't this supposed", "is n't that supposed", 'should we complain', 'should we push back', 'conflict*', 'clash*', 'contradict*', 'possible', 'acceptable', 'permissible', 'legitimately', 'in line with', 'consistent with', 'breach of', 'should that', 'should this', 'entitled', 'is that normal', 'can microsoft do that', 'can they do that', 'ok', 'okay', 'allowed', 'legit', 'legitimate', 'normal', 'fine', 'permitted', 'is that right', 'correct', 'can they do that', 'are they allowed', 'supposed to', 'kosher', 'compliant'],
    de: ['sollte microsoft ueberhaupt', 'soll microsoft ueberhaupt', 'sollte microsoft * ueberhaupt', 'soll microsoft * ueberhaupt', 'sollte ms ueberhaupt', 'soll ms ueberhaupt', 'sollten die ueberhaupt', 'sollte das nicht', 'muesste das nicht', 'sollte das eigentlich nicht', 'muesste das eigentlich nicht', 'kommt das nicht von uns', 'so vorgesehen', 'vorgesehen', 'so gedacht', 'so gewollt', 'ueblich', 'sollen wir reklamieren', 'sollten wir reklamieren', 'reklamieren wir', 'kollidier*', 'widersprich*', 'widerspricht', 'im widerspruch', 'vereinbar', 'regelkonform', 'berechtigt', 'verstoss', 'durfte', 'duerfte', 'darf microsoft das', 'darf ms das', 'ok', 'okay', 'erlaubt', 'normal', 'passt', 'in ordnung', 'rechtens', 'korrekt', 'legitim', 'zulaessig', 'duerfen die', 'darf das', 'duerfen das', 'darf ms das', 'geht das', 'richtig so']
  },
  happened: {
    en: ['forwarded', 'wrote', 'written', 'emailed', 'e mailed', 'mailed', 'sent', 'called', 'contacted', 'reached out', 'got', 'received', 'keeps emailing', 'keeps sending', 'says ms', 'says microsoft'],
    de: ['weitergeleitet', 'geschrieben', 'angeschrieben', 'geschickt', 'zugeschickt', 'kontaktiert', 'angerufen', 'gemeldet', 'bekommen', 'erhalten', 'gemailt', 'sagt ms', 'sagt microsoft']
  },
  liveNow: {
    en: ['known issue', 'known issues', 'known incident', 'known outage', 'any known', 'right now', 'atm', 'at the moment', 'currently', 'as we speak', 'just now', 'rn', 'is it just me', 'is it only me', 'just me', 'only me', 'for anyone else', 'on your end', 'on your side too', 'anyone else seeing', 'is it microsoft side', 'is it ms side', 'is it on microsoft', 'is it a microsoft issue', 'is it microsoft', 'is that microsoft side', 'is this microsoft side', 'known incidents', 'known outages', 'known problem', 'known problems'],
    de: ['gibt es heute', 'gibt heute', 'bekannten incident', 'bekannte incidents', 'bekannte stoerung', 'bekannte stoerungen', 'bekannten ausfall', 'bekanntes problem', 'bekannte probleme', 'gibts grade', 'gibt es grade', 'grade nen', 'grade ne', 'grade ein', 'grade eine', 'grade einen', 'ist grade', 'sind grade', 'grade down', 'grade ok', 'gerade', 'grad', 'aktuell', 'derzeit', 'momentan', 'im moment', 'jetzt gerade', 'gerade eben', 'nur bei mir', 'nur bei uns', 'bei euch auch', 'bei ihnen auch', 'bei dir auch', 'liegt es an microsoft', 'liegt das an microsoft', 'an microsoft liegt', 'liegts an microsoft', 'bekannter incident', 'bekanntes incident', 'bekannten stoerung', 'bekannter ausfall']
  },
  botTask: {
    en: ['can you tell microsoft', 'can you tell ms', 'can u tell ms', 'could you tell microsoft', 'can you ask microsoft', 'can you ask ms', 'could you ask microsoft', 'explain what a', 'explain what an', 'explain to me what a', 'explain to me what an', 'remind me', 'set a reminder', 'draft', 'compose', 'translate', 'summarize', 'summarise', 'formulate', 'template for', 'open a ticket', 'create a ticket', 'raise a ticket', 'log a ticket', 'file a ticket', 'open a case', 'create a case', 'can you check', 'can u check', 'could you check', 'can you write', 'can u write', 'can you send', 'can you draft', 'can you open', 'can you look', 'can u look', 'can you find', 'can you rewrite', 'can you rephrase', 'could you rewrite', 'please rewrite', 'please rephrase', 'tell me a joke', 'a joke about', 'jokes about', 'joke about', 'a poem about', 'write a poem', 'limerick*'],
    de: ['kannst du microsoft', 'kannst du ms', 'koennen sie microsoft', 'koenntest du microsoft', 'sag microsoft', 'sag ms', 'erklaeren , was ein', 'erklaeren was ein', 'erklaeren , was eine', 'erklaeren was eine', 'erklaer mir , was ein', 'erklaer mir was ein', 'erklaeren , was ein', 'entwerfen', 'aufsetzen', 'erinner mich', 'erinnere mich', 'fassen sie', 'zusammenfassen', 'erstellen sie', 'schreiben sie', 'formulieren sie', 'senden sie', 'schicken sie', 'pruefen sie', 'uebersetzen sie', 'entwerfen sie', 'formulier*', 'entwirf', 'entwurf*', 'vorlage*', 'schreib mir', 'schreib bitte', 'fass mir', 'fasse', 'zusammenfass*', 'uebersetz', 'uebersetze', 'uebersetzen', 'uebersetz mir', 'uebersetze mir', 'erstell mir', 'erstelle mir', 'mach mir', 'kannst du schauen', 'kannst du pruefen', 'kannst du checken', 'kannst du mal', 'kannst du schreiben', 'kannst du ein ticket', 'kannst du nachsehen', 'umschreiben', 'umformulieren', 'umformuliere', 'schreib um', 'einen witz', 'witz ueber', 'witze ueber', 'ein gedicht', 'kannste ma', 'kannste mal', 'kannste checken', 'kannste schauen', 'kannst du ma', 'verfassen']
  },
  askerSubject: {
    en: ['for me to', 'for us to', 'can i', 'can we', 'may i', 'may we', 'should i', 'should we', 'shall i', 'shall we', 'could i', 'could we', 'do i need', 'do we need', 'i want to', 'we want to', 'i need to', 'we need to', 'am i allowed', 'are we allowed', 'how do i', 'how can i', 'how do we', 'how should i', 'how should we', 'who do i', 'who do we', 'whom do i', 'whom do we', 'who should i', 'who should we', 'where do i', 'where do we', 'where should i', 'where should we', 'where would i', 'where would we',
      // the same put as a statement to be confirmed: "I can contact my PDM …, right?", "how I can reach the support"
      'i can', 'we can', 'i am allowed', "i'm allowed", 'im allowed', "we're allowed", 'how i can', 'how we can'],
    de: ['derf i', 'darf i', 'kann i', 'koennt i', 'kannt i', 'soll i', 'sollt i', 'muss i', 'derf ma', 'duerf ma', 'ruf ich', 'schreib ich', 'meld ich', 'frag ich', 'kontaktier ich', 'mail ich', 'red ich', 'sprech ich', 'wend ich', 'wend ich mich', 'soll ich mich', 'sollen wir uns', 'erreich ich', 'erreiche ich', 'spreche ich', 'rufe ich', 'kontaktiere ich', 'wende ich mich', 'melde ich mich', 'frage ich', 'schreibe ich', 'darf ich', 'duerfen wir', 'kann ich', 'koennen wir', 'soll ich', 'sollen wir', 'sollte ich', 'muss ich', 'muessen wir', 'ich will', 'wir wollen', 'ich moechte', 'wir moechten', 'wie kann ich', 'meld ich mich', 'schreiben wir', 'wenden wir uns', 'melden wir uns', 'kontaktieren wir', 'rufen wir', 'duerfte ich', 'duerften wir', 'koennte ich', 'koennten wir', 'muesste ich', 'muessten wir', 'sollten wir', 'wie buche ich', 'wie verbuche ich', 'wie bilde ich', 'wie erfasse ich', 'wie buchen wir', 'wie verbuchen wir', 'wie bilden wir',
      // … put as a statement: "Ich darf doch bei Microsoft nachfragen, oder?", "Wir können beim Support anrufen …"
      'ich darf', 'wir duerfen', 'ich kann', 'wir koennen']
  },
  supportDesk: {
    en: ['microsoft account team', 'ms account team', 'the account team', 'partner development manager*', 'my pdm', 'our pdm', 'the pdm', 'pdm', 'msrc', 'security response center', 'security response centre', 'digital crimes unit', 'partnersupport*', 'billing team', 'support team', 'open a case', 'raise a case', 'log a case', 'support case*', 'support ticket*', 'support request*', 'service request*', 'ticket*', 'hotline', 'helpdesk', 'escalat*', 'ms support', 'microsoft support', 'partner support', 'call ms', 'call microsoft', 'contact ms', 'contact microsoft', 'email microsoft', 'email ms', 'tell microsoft', 'tell ms', 'ask microsoft', 'ask ms'],
    de: ['microsoft account team', 'ms account team', 'partner development manager*', 'unseren pdm', 'meinen pdm', 'den pdm', 'pdm', 'msrc', 'security response center', 'partnersupport*', 'partner support*', 'eroeffn*', 'billing fall', 'fall eroeffnen', 'supportteam', 'support team', 'supportfall*', 'supportanfrage*', 'supportticket*', 'support request*', 'ticket*', 'hotline', 'eskalier*', 'bei microsoft anrufen', 'bei ms anrufen', 'bei microsoft nachfragen', 'bei ms nachfragen', 'bei microsoft melden', 'bei ms melden', 'microsoft anrufen', 'ms anrufen', 'microsoft kontaktieren', 'ms kontaktieren', 'microsoft fragen', 'ms fragen', 'nachfrag*']
  },
  partnerObject: {
    en: ['our finance team', 'our finance', 'our billing team', 'our team', 'our partner account', 'our accounting', 'admin agent*', 'our admins', 'our staff', 'our team', 'provider', 'the provider', 'indirect provider', 'indirect providers', 'the distributor', 'us', 'me', 'the partner', 'partner', 'partners', 'the reseller', 'reseller', 'resellers', 'distributor*', 'disti', 'the csp', 'our company'],
    de: ['unsere admins', 'unseren admins', 'unsere techniker', 'unseren technikern', 'adminagent*', 'csp partner', 'unsere mitarbeiter', 'unseren mitarbeitern', 'distri', 'distris', 'den distri', 'dem distri', 'unseren distri', 'dem anbieter', 'den anbieter', 'indirekten anbieter', 'indirekter anbieter', 'indirekte anbieter', 'den csp', 'dem csp', 'den csp partner', 'dem csp partner', 'unser partnerkonto', 'unsere buchhaltung', 'unser team', 'unser haus', 'unserem haus', 'unsere firma', 'unserer firma', 'unser unternehmen', 'unserem unternehmen', 'unser systemhaus', 'unserem systemhaus', 'admin agent*', 'unseren vertrieb', 'den distributor', 'dem distributor', 'den haendler', 'uns', 'mich', 'mir', 'den partner', 'dem partner', 'die partner', 'partner', 'reseller', 'haendler', 'distributor*', 'disti']
  },
  partnerReceives: {
    en: ['who sends us', 'who sends me', 'who will send us', 'mail to me', 'mail to us', 'email to me', 'email to us', 'e mail to me', 'e mail to us', 'notification to me', 'notification to us', 'alert to me', 'alert to us', 'partner invoice*', 'partner bill*', 'reseller invoice*', 'recon file*', 'reconciliation file*', 'microsoft for us', 'ms for us', 'in our inbox', 'to our inbox', 'our mailbox', 'does our billing team', 'does our finance team', 'does our team', 'will our team', 'will our billing team', 'issue us', 'issue our company', 'credit us', 'refund us', 'on our side', 'do we learn', 'will we learn', 'do we find out', 'will we find out', 'who of us', 'who in our team', 'give the partner', 'gives the partner', 'give partners', 'notify partners', 'inform partners', 'partner newsletter*', 'our contact at', 'our partner development manager', 'our pdm', 'our partner manager', 'issue a credit note to us', 'let the partner know', 'lets the partner know', 'let the reseller know', 'tell the partner', 'tells the partner', 'let me know', 'let us know', 'lets us know', 'give us', 'gives us', 'heads up to us', 'do we get', 'do we receive', 'will we get', 'will we receive', 'do i get', 'do i receive', 'will i get', 'will i receive', 'are we notified', 'are we informed', 'we are notified', 'we are informed', 'we are told', 'we get notified', 'we get informed', 'we will be notified', 'we would be notified', 'we would be informed', 'we be notified', 'will we be', 'do we hear', 'are we told', 'did we get', 'can we get', 'how do we get', 'mails to me', 'mails to us', 'emails to me', 'emails to us', 'sent to us', 'sent to me', 'forwarded to us', 'addressed to us', 'delivered to us', 'goes to us', 'go to us', 'give csp partner*', 'gives csp partner*', 'notify csp partner*', 'inform csp partner*', 'tell csp partner*', 'give resellers', 'gives resellers', 'provide us', 'provides us', 'provide me', 'provided to us', 'supply us', 'supplies us', 'make available to us', 'made available to us'],
    de: ['wer schickt uns', 'wer schickt mir', 'wer sendet uns', 'mail an mich', 'email an mich', 'e mail an mich', 'info an mich', 'info an uns', 'nachricht an mich', 'nachricht an uns', 'benachrichtigung an mich', 'benachrichtigung an uns', 'partnerrechnung*', 'recon datei*', 'reconciliation datei*', 'reconciliationdatei*', 'abstimmungsdatei*', 'microsoft fuer uns', 'ms fuer uns', 'bei uns im postfach', 'in unserem postfach', 'in unser postfach', 'landen bei uns', 'kriegt unser billing', 'kriegt unser team', 'bekommt unser billing', 'bekommt unser team', 'bekommt unsere buchhaltung', 'kriegt unsere buchhaltung', 'erhaelt unsere buchhaltung', 'erfahren wir', 'erfahre ich', 'wer bei uns', 'mail an uns', 'mails an uns', 'an uns geschickt', 'an uns gesendet', 'an uns weitergeleitet', 'partner newsletter*', 'partnernewsletter*', 'unser ansprechpartner', 'unseren ansprechpartner', 'unser partner development manager', 'unser pdm', 'bekommen wir', 'erhalten wir', 'kriegen wir', 'bekomme ich', 'erhalte ich', 'kriege ich', 'krieg ich', 'werden wir', 'wir bekommen', 'wir erhalten', 'wir kriegen', 'an uns adressiert', 'an uns zugestellt', 'gehen an uns', 'geht an uns', 'uns bereit', 'uns bereitgestellt', 'uns zur verfuegung', 'kriegen wa', 'kriegn wa', 'bekommen wa', 'kriegen mia', 'kriagn mia', 'griagn mia', 'bekommen mia', 'mails an mich']
  },
  creditCard: { en: ['credit card*', 'card'], de: ['kreditkarte*', 'kartenzahlung*', 'kreditkartenzahlung*', 'karte', 'karten'] },
  anaphor: {
    en: ['it', 'that', 'those', 'these', 'this', 'the one', 'the ones'],
    de: ['dazu', 'darueber', 'dafuer', 'davon', 'deswegen', 'deshalb', 'diesbezueglich', 'diese', 'diesen', 'dieser', 'deren']
  },
  softBreak: { en: ['and', 'plus', 'also', 'rest', 'otherwise', 'else', 'as well as', 'along with', 'alongside', 'in addition to', 'together with'], de: ['als auch', 'und', 'sowie', 'plus', 'sonst', 'rest', 'zusaetzlich'] },
  clauseBreak: { en: ['given that', 'seeing that', 'seeing as', 'considering that', 'since we', 'since they', 'since it', 'since he', 'since she', 'because we', 'because they', 'because it', 'because he', 'because she', 'because the', 'because their', 'because our', 'even if', 'even when', 'even though', 'although', 'like they', 'like for', 'as they do', 'as for', 'but', 'while', 'whereas', 'however', 'although', 'notwithstanding', 'regardless of', 'irrespective of', 'despite', 'in spite of'], de: ['wenn wir nur', 'wenn wir * nur', 'wenn wir * * nur', 'wenn ich nur', 'wenn ich * nur', 'da ich', 'weil ich', 'weil er', 'weil sie', 'weil es', 'weil der', 'weil die', 'weil das', 'da er', 'da es', 'nachdem wir', 'zumal', 'da wir', 'weil wir', 'wo wir doch', 'auch wenn', 'selbst wenn', 'obwohl', 'wie bei', 'wie beim', 'so wie', 'aber', 'waehrend', 'jedoch', 'allerdings', 'sondern', 'obwohl', 'ungeachtet', 'unbeschadet', 'trotz'] },
  about: {
    en: ['about', 'regarding', 'concerning', 're', 'abt', 'on', 'for', 'wrt', 'over', 'related to', 'relating to', 'in connection with', 'with regard to', 'in regard to', 'in relation to', 'with respect to'],
    de: ['wg', 'zu', 'zum', 'zur', 'wegen', 'bezueglich', 'in bezug auf', 'bezogen auf', 'hinsichtlich', 'im hinblick auf', 'betreffs', 'ueber', 'fuer', 'fuers', 'betreffend', 'betreffende', 'betreffenden', 'betreffender', 'betreffendes', 'bzgl']
  },
  microsoft: {
    en: ['product group*', 'product team*', 'msrc', 'microsoft support', 'the vendor', 'microsoft', "microsoft's", 'micro soft', 'ms', 'msft', 'redmond', 'microsoft account manager', 'account team'],
    de: ['produktgruppe*', 'produktteam*', 'msrc', 'hersteller', 'microsoft support', 'microsoft', 'micro soft', 'ms', 'msft']
  },
  customer: {
    en: ['tax adviser*', 'tax advisor*', 'tax consultant*', 'my accounts', 'our accounts', 'one of my accounts', 'one of our accounts', 'cust', 'custs', 'him', 'his', 'he', 'her', 'she', 'end customer*', 'enduser*', 'endcustomer*', 'smb*', 'org', 'orgs', 'customer*', 'client*', 'end user*', 'tenant*', 'them', 'they', 'buyer*', 'end customer*',
      // the customer named by what it is: a practice, a firm, a public body
      'law firm*', 'dentist*', 'doctors office', 'medical practice*', 'clinic', 'clinics', 'hospital*', 'bakery', 'bakeries', 'care home*', 'nursing home*', 'car dealer*', 'dealership*', 'school', 'schools', 'school district*', 'school authorit*', 'universit*', 'college', 'colleges', 'municipalit*', 'city', 'cities', 'town', 'towns', 'county', 'counties', 'district', 'districts', 'district administration*', 'city council*', 'town council*', 'council', 'councils', 'public agenc*', 'government agenc*', 'state agenc*', 'federal agenc*', 'agency', 'agencies', 'public authorit*', 'local authorit*', 'ministry', 'ministries', 'nonprofit*', 'non profit*', 'charity', 'charities', 'ngo', 'ngos',
      'law office*', 'accounting firm*', 'the firm', 'their firm', 'clinic*', 'retirement home*', 'dental practice*', 'doctors office*', 'pharmac*', 'school*', 'college*', 'county council*', 'council*', 'city hall', 'town hall', 'the city', 'the town', 'the county', 'the state agency', 'public bod*', 'public sector customer*', 'the agency', 'the ministry', 'ministr*', 'mayor*', 'authorit*', 'charit*', 'hotel*', 'the company', 'their company', 'the business', 'their business', 'secretary', 'receptionist*', 'office manager*', 'managing director*', 'the boss', 'their boss', 'their ceo', 'their cfo', 'their cio', 'their it', 'their admin*', 'the ceo', 'the cfo', 'trust', 'trusts', 'nhs trust*', 'academy trust*', 'startup*', 'start up*', 'scale up*', 'founder*', 'practice manager*'],
    de: ['kundn', 'tenant', 'tenants', 'steuerberater*', 'steuerbuero*', 'steuerkanzlei*', 'kd', 'kdn', 'kunden', 'kundschaft', 'endkunden*', 'mittelstaendler*', 'kunde*', 'kundin*', 'endkunde*', 'mandant*', 'ihn', 'ihm', 'denen', 'abnehmer*',
      // der Kunde nach dem, was er ist: Kanzlei, Praxis, Klinik, Behörde, Gemeinde
      'kanzlei*', 'anwaltskanzlei*', 'arztpraxis*', 'zahnarztpraxis*', 'zahnarzt*', 'zahnaerzt*', 'praxis', 'klinik*', 'klinikum*', 'krankenhaus*', 'spital*', 'pflegeheim*', 'altenheim*', 'seniorenheim*', 'autohaus*', 'baeckerei*', 'schule', 'schulen', 'schultraeger*', 'hochschule*', 'universitaet*', 'gemeinde*', 'stadtverwaltung*', 'stadt', 'staedte', 'kommune*', 'landkreis*', 'kreisverwaltung*', 'landratsamt*', 'behoerde*', 'landesbehoerde*', 'bundesbehoerde*', 'zweckverband*', 'ministerium*', 'stiftung*',
      'kommunal*', 'gemeindeverwaltung*', 'landesverwaltung*', 'die stadt', 'der stadt', 'stadtwerk*', 'rathaus*', 'buergermeister*', 'ministerien', 'schule*', 'krankenhaeuser*', 'spitaeler*', 'heimleitung*', 'pflegedienst*', 'apotheke*', 'hotel*', 'sekretariat*', 'geschaeftsfuehrung*', 'den geschaeftsfuehrer', 'dem geschaeftsfuehrer', 'der geschaeftsfuehrer', 'die geschaeftsfuehrerin', 'der geschaeftsfuehrerin', 'deren geschaeftsfuehrer*', 'dessen geschaeftsfuehrer*', 'seinen geschaeftsfuehrer', 'ihren geschaeftsfuehrer', 'den inhaber', 'dem inhaber', 'die inhaberin', 'der inhaberin', 'den firmenchef', 'dem firmenchef', 'geschaeftsleitung*', 'die firma', 'der firma', 'seine firma', 'ihre firma', 'startup*', 'start up*', 'gruender*', 'founder*']
  },
  partner: {
    en: ['we', 'us', 'our', 'ours', 'me', 'i', 'my', 'myself', 'partner*', 'reseller*', 'provider*'],
    de: ['wir', 'uns', 'unser*', 'ich', 'mich', 'mir', 'mein*', 'partner*', 'haendler*', 'reseller*', 'anbieter*']
  },
  communicate: {
    en: ['billing them', 'bills them', 'billed them', 'invoicing them', 'invoices them', 'invoiced them', 'charging them', 'charges them', 'charged them', 'discuss', 'discusses', 'discussing', 'discussed', '→ cust', '→ custs', '→ customer*', '→ client*', '→ them', '→ end customer*', '→ tenant*', 'push', 'pushes', 'pushed', 'pushing', 'meeting*', 'meet them', 'meet with', 'comms', 'emailed', 'emails', 'emailing', 'mailed', 'mails', 'pitch*', 'invite*', 'invitation*', 'let him know', 'let her know', 'keep him', 'reach out', 'reached out', 'ring', 'rang', 'newsletter*', 'post them', 
      'contact*', 'email*', 'e mail*', 'mail', 'mails', 'mailed', 'mailing*', 'call', 'calls', 'calling', 'called', 'phone*', 'telephon*',
      'notif*', 'inform*', 'tell*', 'told', 'send*', 'sent', 'reach*', 'talk*', 'speak*', 'spoke*', 'communicat*',
      'write', 'writes', 'writing', 'wrote', 'written', 'message*', 'letter*', 'notice*', 'remind*', 'alert*', 'warn*', 'approach*',
      'get in touch', 'gets in touch', 'touch base', 'ping*', 'correspond*', 'announce*', 'update them', 'let them know',
      'let the customer know', 'deliver*', 'outreach', 'text them', 'explain*', 'confirm*', 'follow up',
      'heads up', 'keep them posted', 'point of contact', 'liaise*',
      'chase', 'chases', 'chasing', 'chased', 'on the blower', 'on the blower to', 'a bell', 'a buzz', 'drop them a line', 'dropped them a line', 'let * know', 'let * * know', 'lets * know',
      'forward', 'pass it on', 'pass this on', 'pass that on', 'pass on', 'relay', 'aimed at', 'aimed directly', 'targeted at', 'targeting', 'directed at', 'addressed to',
      // billing someone reaches them: "will Microsoft invoice them for …"
      'invoice them', 'invoices them', 'invoiced them', 'invoice him', 'invoice her', 'invoice the customer', 'invoice the client', 'bill them', 'bills them', 'billed them', 'bill him', 'bill her', 'bill the customer', 'bill the client'
    ],
    de: ['newsletter*', 'besprechen', 'bespricht', 'besprochen', 'pitcht', 'pitchen', 'gepitcht', '→ kd', '→ kdn', '→ kunde*', '→ endkunde*', '→ tenant*', 'in kenntnis', 'unterrichtet', 'unterrichten', 'mahnt', 'mahnen', 'gemahnt', 'angemahnt', 'pusht', 'pushen', 'gepusht', 'wenden', 'wendet', 'laedt', 'einlaedt', 'einladen', 'bereitstell*', 'bereitgestellt', 'verfuegung', 'mailen', 'gemailt', 'zugehen', 'zugeht', 'herantreten', 'kontakt aufnehmen', 'kontakt aufnimmt', 'ankuendigt', 'termin*', 'treffen', 'mailt', 'gemailt', 'ankuendig*', 'angekuendigt', 'meldet', 'melden', 'zugeschickt', 'zusenden', 'zugesandt', 'rundmail*', 'ran', 'schreibt', 'geschrieben', 'anschreiben', 'einladung*', 'infos', 'info', 'uebermittel*', 'ergeht', 'ergehen', 'zukommen lassen', 'zukommen', 'zukommt', 
      'kontakt*', 'anschreib*', 'angeschrieben', 'schreib*', 'anklopf*', 'angeklopft', 'anquatsch*', 'angequatscht', 'anruf*', 'anrufen', 'angerufen', 'ruft', 'telefon*', 'informier*',
      'info', 'infos', 'information*', 'mitteil*', 'mitgeteilt', 'teilt', 'meld*', 'gemeldet', 'benachrichtig*', 'schick*',
      'geschickt', 'send*', 'gesendet', 'verschick*', 'verschickt', 'zuschick*', 'kommunizier*', 'kommunikation*',
      'rede', 'reden', 'redet', 'redest', 'geredet', 'sprech*', 'spricht', 'gesprochen', 'ansprech*', 'erinner*', 'nachricht*', 'brief*', 'warn*',
      'mail', 'mails', 'email*', 'e mail*', 'zustell*', 'hinweis*', 'bescheid', 'wendet sich', 'wenden sich', 'sagt', 'sagen',
      'erklaer*', 'bestaetig*', 'ansprechpartner*', 'aufklaer*', 'erzaehlt', 'erzaehlen', 'erzaehle', 'erzaehlte', 'erzaehlst', 'zu erzaehlen',
      // zu-infinitives of separable verbs: "ist es meine Aufgabe, der Stadt mitzuteilen …", "ihn anzuschreiben"
      'mitzuteil*', 'anzuschreib*', 'anzuruf*', 'zuzuschick*', 'zuzusend*', 'bereitzustell*', 'hinzuweis*', 'aufzuklaer*', 'anzusprech*', 'zuzustell*', 'anzukuendig*', 'bescheid zu geben', 'bescheid zu sagen',
      'weiterleiten', 'weiterzuleiten', 'weitergeben', 'weiterzugeben', 'weiterreichen', 'weiterzureichen', 'gerichtet an', 'richtet sich an', 'richten sich an', 'adressiert an',
      // "stellt ihm … in Rechnung": billing someone reaches them
      'in rechnung',
      // "Post von Microsoft", "kommt beides von Microsoft?": what comes from Microsoft reaches the customer
      'post von', 'post bekommt', 'post bekommen', 'post kriegt', 'post erhaelt', 'kommt beides von', 'kommen beide von', 'kommt zu beidem'
    ]
  },
  receive: {
    en: ['hearing', 'see', 'sees', 'seeing', 'hear', 'hears', 'heard', 'get', 'gets', 'getting', 'got', 'receive*', 'hear from', 'hears from', 'find out', 'finds out', 'found out', 'learn of', 'learn about', 'learns of', 'learns about', 'learn from', 'learns from'],
    de: ['sehe', 'seh', 'sieht', 'sehen', 'hoer*', 'hoert', 'kommt an', 'kommen an', 'ankommen', 'bekomm*', 'bekommt', 'erhalt*', 'erhaelt', 'kriegt', 'kriegen', 'krieg', 'erfahren', 'erfaehrt', 'erfahre']
  },
  who: { en: ['who', 'whom', 'whose', 'which party'], de: ['wer', 'wem', 'wen'] },
  duty: {
    en: ['my thing', 'our thing', 
      'my job', 'our job', 'my responsibility', 'our responsibility', 'responsib*', 'in charge', 'up to me', 'up to us',
      'do i have to', 'do we have to', 'must i', 'must we', 'should i', 'should we', 'supposed to', 'duty', 'obliged',
      // the partner's part in the third person or as a check: "the partner's job", "is that on us", "do we do that"
      'partner job', 'partners job', 'the csp job', 'job of the partner', 'job of the csp', 'task of the partner', 'the partner task',
      'is that on us', 'is this on us', 'is it on us', 'that on us', 'do we do that', 'do we do this', 'do we handle that', 'do we handle this', 'do we handle it', 'is that us', 'is it us', 'us or them'
    ],
    de: ['mein job', 'unser job', 'meine sache', 'unsere sache', 'mein ding', 'unser ding', 'meine baustelle', 'unsere baustelle', 'unser bier', 'mein bier', 'ist es an uns', 'liegt es an uns', 'liegt s an uns', 'liegts an uns', 'ist es an mir', 'liegt es an mir', 
      'meine aufgabe', 'unsere aufgabe', 'aufgabe', 'zustaendig*', 'verantwort*', 'muss ich', 'muessen wir', 'sollte ich',
      'sollten wir', 'soll ich', 'sollen wir', 'pflicht*',
      // "obliegt es uns", "Aufgabe des Partners", "machen wir das oder": the partner's part as a check
      'obliegt', 'obliegen', 'aufgabe des partners', 'aufgabe des csp', 'sache des partners', 'sache des csp', 'job des partners',
      // the same with the case ending a learner leaves off or puts as "von": "Sache von Partner", "Job vom Partner"
      'sache des partner*', 'sache der partner*', 'sache von partner*', 'sache vom partner*', 'sache von den partner*', 'sache von csp', 'sache vom csp',
      'job des partner*', 'job von partner*', 'job vom partner*', 'aufgabe von partner*', 'aufgabe vom partner*', 'aufgabe der partner*', 'sache von reseller*', 'sache vom reseller*',
      'machen wir das', 'machen wir des', 'dat machen wir', 'das machen wir', 'des machen wir', 'machen wir oder', 'mach ich das', 'uebernehmen wir das', 'kuemmern wir uns', 'erledigen wir das'
    ]
  },
  billing: {
    en: ['run rate*', 'runrate*', 'in arrears', 'arrears', 'lic count*', 'lic change*', 'lic reduction*', 'lic increase*', 'reconciliation*', 'licence audit*', 'license audit*', 'licence change*', 'license change*', 'licensing change*', 'licence offer*', 'license offer*', 'licensing offer*', 'legacy offer*', 'csp offer*', 'nce offer*', 'expensive', 'price hike*', 'unused licen*', 'unused seat*', 'unused subscription*', 'plan change*', 'more expensive', 'cheaper', 'pricier', 'upgrade*', 'true up', 'seat count*', 'licence count*', 'license count*', 'payout*', 'dunning', 'reminder for payment', 'annual', 'monthly', 'yearly', 'reserved instance*', 'savings plan*', 'unpaid', 'non payment', 'price change*', 'pricing', 'credit note*', 'credit*', 'invoice*', 'renewal*', 'reduce*', 'reduction*', 'add seats', 'remove seats', 'term change*', 'true ups', 'switch*', 'convert*', 'paid', 
      'bill', 'bills', 'billed', 'billing*', 'invoic*', 'payment*', 'pay', 'pays', 'paid', 'paying', 'charg*', 'price*',
      'pricing', 'cost*', 'fee', 'fees', 'renew*', 'seat*', 'cancel*', 'suspen*', 'trial*', 'credit card*', 'refund*', 'overage*', 'upgrad*', 'downgrad*', 'auto renew*', 'commitment*',
      'quantit*', 'spend*', 'budget*', 'past due', 'overdue', 'dunning', 'card declined',
      'declined', 'purchase order*', 'order confirmation*', 'purchase confirmation*', 'plan change*', 'price increase*', 'tax*', 'receipt*', 'account balance',
      'currency', 'currencies', 'fx rate*', 'triennial', 'three year term*', '3 year term*', 'prepaid', 'step up licen*', 'step ups', 'prorated', 'proration', 'pro rata', 'debt collection*', 'sepa', 'wire transfer*', 'debit*',
      'pro forma*', 'proforma*', 'outstanding balance*', 'outstanding amount*', 'open balance*', 'credit limit*', 'credit line*',
      'cost anomal*', 'money back', 'refund*', 'vat', 'vat id*', 'vat number*', 'po number*', 'goodwill'
    ],
    de: ['gutgeschrieben', 'gutschreib*', 'gutzuschreiben', 'gutschrieb*', 'zahlungsrueckstand*', 'rueckstand', 'rueckstaende', 'zahlungsverzug', 'in verzug', 'dazubuch*', 'dazugebucht', 'hinzubuch*', 'hinzugebucht', 'nachbuch*', 'nachgebucht', 'zubuch*', 'zugebucht', 'lic count*', 'lic anzahl', 'lizenzabgleich*', 'lizenzaenderung*', 'lizenzumstellung*', 'mahnt', 'mahnen', 'gemahnt', 'angemahnt', 'mahnschreiben*', 'teure*', 'brachlieg*', 'ungenutzt* lizenz*', 'ungenutzt* abo*', 'ungenutzt* seat*', 'ungenutzt* plaetze', 'ungenutzt* arbeitsplaetze', 'nicht genutzt* lizenz*', 'nicht genutzt* abo*', 'nicht genutzt* seat*', 'umsteig*', 'teurer', 'teuer', 'billiger', 'guenstiger', 'auszahlung*', 'reduktion*', 'reduzierung*', 'upgrade*', 'hochstuf*', 'herabstuf*', 'downgrade*', 'runtersetz*', 'reduzier*', 'aufstock*', 'dazugebucht', 'dazubuch*', 'jaehrlich*', 'monatlich*', 'jahresabo*', 'monatsabo*', 'auslaufen', 'kostenpflichtig*', 'bezahlabo*', 'preisaufschlag*', 'preisaenderung*', 'zahlungserinnerung*', 'renewal*', 'rechnungs*', 'abgerechnet', 'nicht zahlt', 'zahlt nicht', 'seat*', 'true up', 'kuendigungsbestaetigung*', 'rechnung*', 'abrechnung*', 'zahlung*', 'kostet', 'kosteten', 'zahl', 'zahlen', 'zahlt', 'bezahl*', 'preis*', 'kosten*', 'gebuehr*', 'erneuerung*', 'vertragserneuerung*',
      'verlaenger*', 'kuendig*', 'gekuendigt', 'sperr*', 'gesperrt', 'testversion*',
      'testphase*', 'testzeitraum*', 'kreditkarte*', 'lastschrift*', 'gutschrift*',
      'erstattung*', 'laufzeit*', 'vertragsverlaenger*', 'mahnung*', 'steuer', 'steuern', 'steuersatz*', 'steuerbetrag*', 'steuernummer*', 'steuerbescheid*', 'steuerbeleg*', 'steuerausweis*', 'umsatzsteuer*', 'quellensteuer*', 'steuerfrei*', 'steuerpflicht*', 'belastung*', 'abgebucht', 'abbuchung*',
      'platz', 'plaetze', 'arbeitsplaetze', 'lizenzanzahl', 'budget*', 'erhoeh*', 'preiserhoeh*',
      'storn*', 'trial*',
      'faktur*', 'teuerung*', 'indexanpassung*', 'inflationsanpassung*', 'waehrungsumstellung*', 'waehrungswechsel*', 'waehrungsaenderung*', 'wechselkurs*', 'devisenkurs*', 'dreijaehrig*', 'nachkauf*', 'nachbestell*', 'zukauf*', 'zukaufen', 'verrechn*', 'inkasso*', 'betreibung*', 'skonto', 'zahlungsausfall*', 'tarifwechsel*', 'tarifaenderung*', 'step up lizenz*', 'vorkasse', 'vorauskasse', 'geld zurueck*', 'geld wieder', 'geld wiederhaben', 'geld erstattet', 'vorauszahl*', 'vorauszahlung*', 'vorabzahl*', 'vorabzahlung*', 'vorausbezahl*', 'vorabbezahl*', 'ueberweisung*', 'einzugsermaechtigung*', 'sepa',
      'gecancel*', 'cancel*', 'downgegrad*', 'upgegrad*', 'geupgrad*', 'gedowngrad*', 'offene posten', 'offener posten', 'offenen posten', 'offene betraege', 'offenen betraege', 'kreditlinie*', 'kreditlimit*', 'listenpreis*', 'pro forma*', 'proforma*',
      'ust id*', 'ustid*', 'mwst*', 'mehrwertsteuer*', 'bestellnummer*', 'auftragsbestaetigung*', 'bestellbestaetigung*', 'kaufbestaetigung*', 'buchungsbestaetigung*', 'kaufbeleg*', 'bestellbeleg*', 'auftragsbeleg*', 'kaufquittung*', 'kaufnachweis*', 'ueberfaellig*', 'kulanz*', 'faelligkeit*'
    ]
  },
  operational: {
    en: ['nation state actor*', 'nation state attack*', 'nation state hack*', 'state actor*', 'state sponsored', 'threat intel*', 'mstic', 'adversar*', 'capacity constraint*', 'capacity shortage*', 'capacity limit*', 'capacity issue*', 'capacity situation', 'out of capacity', 'reboot*', 'restarted', 'restart of', 'restarts', 'maint', 'planned maint', 'maint window*', 'msg center', 'msg centre', 'msg center post*', 'threat', 'threats', 'threat actor*', 'active threat*', 'malicious', 'illicit consent*', 'consent phishing', 'drops support', 'dropping support', 'dropped support', 'drop support', 'stops supporting', 'stop supporting', 'no longer supports', 'm f a', 'vuln', 'vulns', 'will be deleted', 'be deleted', 'being deleted', 'deletion*', 'theft*', 'token theft', 'phishing campaign*', 'attack campaign*', 'malware campaign*', 'spam campaign*', 'theft campaign*', 'region move*', 'region migration*', 'tenant migration*', 'account takeover*', 'personal data breach', 'gdpr breach', 'data protection breach', 'unusual sign*', 'unusual activit*', 'risky', 'suspicious activit*', 'out of support', 'ends support', 'ending support', 'end of support', 'support ending', 'impaired', 'degraded', 'no longer supported', 'no longer be supported', 'end of support', 'support ends', 'client secret*', 'app registration*', 'secret expir*', 'api retire*', 'sign ins', 'sign in activity', 'risky sign*', 'release wave*', 'service update*', 'feature update*', 'major update*', 'minor update*', 'update schedule*', 'release schedule*', 'update cycle*', 'environment cleanup*', 'environment clean up', 'tenant cleanup*', 'rolled out', 'tls', 'transition to', 'shut down', 'shutting down', 'data location', 'storage location', 'security incident*', 'security alert*', 'security breach*', 'security issue*', 'security update*', 'security notice*', 'vulnerab*', 'flaw', 'flaws', 'security flaw*', 'data leak*', 'leak*', 'leaked', 'data breach*', 'exposure', 'cve*', 'zero day', 'mfa', 'multi factor', 'multifactor', 'two factor', '2fa', 'certificate*', 'cert', 'certs', 'tls', 'root ca', 'ssl', 'retire*', 'retiring', 'end of support', 'end of life', 'eol', 'deprecat*', 'sunset*', 'data center*', 'datacenter*', 'data centre*', 'datacentre*', 'data boundary', 'data residency', 'inactive', 'pir', 'incident report*', 'post incident', 'post mortem', 'root cause', 'service health', 'mc post*', 'message center', 'message centre', 'known issue*', 'service notification*', 'planned change*', 'breaking change*', 'outages', 'degradation', 'service advisory', 'advisories', 'fraud*', 'crypto mining', 'suspicious', 'mandatory', 'enforce*', 'enforcement', 'basic auth*', 'removal of', 'shutdown', 
      'outage*', 'incident*', 'security', 'breach*', 'maintenance', 'service health', 'health', 'downtime*', 'degrad*',
      'disrupt*', 'operational', 'operations', 'advisor*', 'vulnerabilit*', 'message center', 'service status', 'interrupt*', 'service issue*', 'not working', 'unavailable', 'offline', 'crash*', 'attack*', 'attacker*', 'compromis*', 'phishing', 'hack*', 'malware', 'ransomware', 'retirement*', 'deprecat*', 'planned work', 'patch*',
      'emergency', 'service problem*', 'service change*', 'service incident*', 'service outage*', 'service disruption*', 'service degradation*',
      'conditional access', 'legacy auth*', 'phased out', 'phase out', 'phasing out', 'throttl*', 'cipher*', 'data retention', 'data removal', 'data removed', 'data deletion', 'quota reached', 'quota exceeded', 'quota warning*', 'quota alert*', 'quota notification*', 'capacity constraint*', 'capacity shortage*', 'capacity issue*', 'capacity restriction*', 'breach notification*', 'privacy incident*', 'privacy breach*', 'azure status', 'status page*', 'resource health', 'retirement notice*', 'end of servicing', 'end of mainstream support', 'end of extended support', 'zeroday*', '0day*', 'password spray*', 'brute force*', 'credential stuffing', 'ddos', 'denial of service', 'botnet*', 'spoof*', 'signing key*', 'actively exploited', 'being exploited', 'exploit code', 'exploited in the wild',
      'sunsetted', 'decommission*', 'sev0', 'sev1', 'sev2', 'sev 0', 'sev 1', 'sev 2', 'authentication method*', 'authentication change*', 'authentication requirement*', 'publicly exposed', 'publicly accessible', 'purge*', 'service alert*', 'service notice*', 'service announcement*', 'health alert*',
      'certificate authorit*', 'root certificate*', 'abuse report*', 'abuse notice*', 'abuse complaint*', 'abuse team', 'secure score', 'sync error*', 'synchronization error*', 'synchronisation error*', 'directory sync error*', 'dirsync', 'data loss', 'root ca', 'root cas', 'intermediate ca', 'intermediate cas', 'ca change*', 'tls certificate*', 'ssl certificate*'
    ],
    de: ['bedrohungsakteur*', 'staatliche akteur*', 'staatlichen akteur*', 'staatlicher akteur*', 'threat intel*', 'bedrohungsanalyse*', 'mstic', 'sicherheitsalarm*', 'servicewarnung*', 'dienstwarnung*', 'warnmeldung*', 'servicemeldung*', 'dienstmeldung*', 'kapazitaetslage', 'kapazitaetsengpa*', 'kapazitaetsprobleme*', 'kapazitaetsmangel', 'kapazitaetsgrenze*', 'kapazitaetsbeschraenkung*', 'zertifizierungsstelle*', 'stammzertifizierungsstelle*', 'gewartet wird', 'gewartet werden', 'gewartet wurde', 'gewartet wurden', 'verpflichtend*', 'handlungsbedarf', 'handlung erforderlich', 'neustart*', 'neu gestartet', 'neu starten', 'neu startet', 'maint', 'maint window*', 'msg center', 'msg centre', 'einstellung eines', 'einstellung einer', 'einstellung dieses', 'einstellung dieser', 'einstellung seines', 'einstellung seiner', 'einstellung ihres', 'einstellung ihrer', 'stoerfall*', 'stoerfaell*', 'bedrohung*', 'boesartig*', 'schadhaft*', 'm f a', 'ungenutzt* umgebung*', 'nicht genutzt* umgebung*', 'einstellt', 'einstellung von', 'einstellung des', 'einstellung der', 'kompromittiert*', 'nachrichtencenter', 'nachrichten center', 'diebstahl*', 'rz umzug', 'regionswechsel', 'mfa pflicht', 'verpflichtende mfa', 'datenschutzverletzung*', 'verletzung des schutzes', 'datenschutzvorfall*', 'riskant*', 'ungewoehnlich*', 'anmeldeaktivit*', 'beeintraechtig*', 'unterstuetzung endet', 'support laeuft aus', 'aus dem support faellt', 'aus dem support fallen', 'aus dem support gefallen', 'faellt aus dem support', 'fallen aus dem support', 'fiel aus dem support', 'aus der wartung faellt', 'aus der wartung fallen', 'faellt aus der wartung', 'abstell*', 'abgestellt', 'abkuendigt', 'abkuendigen', 'abgeschaltet*', 'abschalt*', 'ausserbetriebnahme', 'ausser betrieb', 'umgezogen', 'umzieh*', 'speicherort*', 'datenstandort*', 'support endet', 'endet der support', 'nicht mehr unterstuetzt', 'release wave*', 'eingespielt', 'client secret*', 'app registrierung*', 'verdaechtig*', 'anmeldeversuch*', 'stellt ab', 'schaltet ab', 'funktionsupdate*', 'sicherheitsvorfall*', 'sicherheitsluecke*', 'sicherheitswarnung*', 'sicherheitshinweis*', 'schwachstelle*', 'datenleck*', 'datenpanne*', 'mfa', 'mehrstufig*', 'multifaktor*', 'zwei faktor*', 'zertifikat*', 'abkuendig*', 'abgekuendigt*', 'eingestellt', 'rechenzentr*', 'umzug*', 'inaktiv*', 'geloescht', 'loeschung*', 'incident*', 'mc post*', 'message center', 'service health', 'wartungsarbeit*', 'ausfallmeldung*', 'stoerungsmeldung*', 'betriebsinfo*', 'dienstvorfall*', 'sicherheitsupdate*', 'fraud*', 'verdacht*', 'root ca', 'ausgefallen*', 'ausfall*', 'outage*', 'retire*', 'deprecat*', 'abzukuendig*', 'abzuschalt*', 'geleakt*', 'leak', 'leaks',
      'ausfall*', 'ausfaell*', 'ausgefallen', 'stoerung*', 'vorfall*', 'vorfaell*', 'sicherheit*', 'wartung*', 'dienststatus',
      'dienstintegritaet', 'integritaet', 'betrieblich*', 'unterbrech*', 'sicherheitsluecke*', 'schwachstelle*',
      'vorgaenge', 'angriff*', 'angreifer*', 'kompromittiert', 'gehackt', 'hacker*', 'hackerangriff*', 'schadsoftware', 'nicht erreichbar', 'nicht verfuegbar', 'dienstvorfall*', 'servicestatus',
      'wartungsfenster*', 'wartungsarbeit*', 'statusmeldung*', 'notfall*', 'datenleck*', 'datenpanne*', 'gestoert',
      'conditional access', 'legacy auth*', 'end of life', 'end of support', 'eol', 'supportende*', 'support ende*', 'ende des supports', 'ende der unterstuetzung', 'ausser dienst', 'stillgelegt', 'stilleg*', 'stilllegung*', 'lahmgelegt', 'offline', 'dienstverschlechterung*', 'leistungsverschlechterung*', 'serviceverschlechterung*', 'datenabfluss*', 'trojaner*', 'kontouebernahme*', 'password spray*', 'passwort spray*', 'brute force*', 'ddos', 'spoof*', 'cipher*', 'patch*', 'patchday*', 'quota erreicht', 'quota ueberschritten', 'kontingent erreicht', 'kontingent ueberschritten', 'kapazitaetsengpass*', 'kapazitaetsengpaess*', 'kapazitaetsproblem*', 'datenaufbewahrung*', 'loeschfrist*', 'tenantmigration*', 'tenant migration*', 'datenverlagerung*', 'verlagerung der daten', 'verlagerung seiner daten', 'verlagerung ihrer daten', 'zero day', 'zeroday*', 'azure status', 'statusseite*', 'mitteilungscenter', 'datenschutzverstoss*', 'drosselung*', 'gedrosselt', 'throttl*', 'notfallpatch*', 'aktiv ausgenutzt',
      'gesunset*', 'decommission*', 'sev1', 'sev 1', 'authentifizierung*', 'oeffentlich zugaenglich', 'oeffentlich erreichbar', 'service alert*', 'datenresidenz',
      'abuse report*', 'abuse meldung*', 'secure score', 'root ca', 'root cas', 'ca wechsel*', 'stammzertifikat*', 'zwischenzertifikat*', 'tls zertifikat*', 'ssl zertifikat*', 'synchronisierungsfehler*', 'synchronisationsfehler*', 'sync fehler*', 'dirsync', 'datenverlust*'
    ]
  },
  billingWeak: { en: ['exhausted', 'used up', 'run out of', 'ran out of', 'running out of', 'sub', 'lic', 'lics', 'add on', 'add ons', 'addon*', 'subs', 'reservation*', 'subscription*', 'licen*', 'expir*', 'term', 'terms', 'statement*', 'usage*', 'consumption', 'unlicensed', 'underlicens*', 'under licensed', 'overlicens*'], de: ['aufgebraucht', 'ausgeschoepft', 'erschoepft', 'rg', 'rgs', 'rgn', 'lic', 'lics', 'add on', 'add ons', 'addon*', 'reservierung*', 'laufen aus', 'abo', 'abos', 'abonnement*', 'lizenz*', 'ablauf', 'ablaeuf*', 'abgelaufen', 'laeuft ab', 'auslaeuft', 'laeuft aus', 'nutzung*', 'verbrauch*', 'umstellung*', 'umstell*', 'wechsel', 'unterlizenz*', 'ueberlizenz*', 'unlizenziert*'] },
  operationalWeak: { en: ['fail', 'fails', 'failed', 'failing', 'failure', 'failures', 'alert', 'alerts', 'alerting', 'alarm', 'alarms', 'unreliable', 'patchy', 'spotty', 'choppy', 'status', 'went down', 'goes down', 'is down', 'was down', 'were down', 'working', 'works', 'slow', 'laggy', 'latency', 'delay*', 'having issues', 'deleted', 'delete*', 'patch*', 'down', 'problem*', 'issue*', 'hiccup*', 'glitch*', 'flaky', 'unstable', 'intermittent*', 'sluggish', 'lagging', 'not responding', 'stopped working', 'stops working', 'stop working', 'broken', 'bug', 'bugs', 'error*', 'going away', 'goes away', 'will be removed', 'being removed', 'be removed', 'no longer available', 'no longer work*', 'secret', 'secrets', 'replaced by', 'being replaced', 'unreachable', 'inaccessible', 'another region', 'different region', 'discontinu*', 'data migration*', 'tenant move*', 'buggy', 'token', 'tokens', 'sending spam', 'sent spam', 'acting up', 'unsupported', 'eos', 'exposed', 'impersonat*', 'abuse', 'misuse*', 'bounce*', 'ndr', 'ndrs', 'mail flow', 'not loading', 'wont load', 'won t load', 'doesnt load', 'does not load', 'does n\'t load', 'not opening', 'times out', 'timing out', 'timeout*'], de: ['alarm', 'alarme', 'alarms', 'alarmmeldung*', 'warnung', 'warnungen', 'loeschen', 'loescht', 'zu loeschen', 'zickig*', 'wackelig*', 'wacklig*', 'unzuverlaessig*', 'fehlerhaft*', 'launisch*', 'laedt nicht', 'oeffnet nicht', 'laed nicht', 'haengt sich auf', 'timeout*', 'funktioniert', 'langsam', 'verzoeger*', 'haengt', 'geht nicht', 'nicht geht', 'nicht mehr geht', 'nicht funktioniert', 'nicht mehr funktioniert', 'nicht funktionieren', 'kaputt', 'down', 'problem*', 'spinnt', 'spinnen', 'ist weg', 'sind weg', 'war weg', 'waren weg', 'komplett weg', 'total weg', 'ganz weg', 'einfach weg', 'ist tot', 'sind tot', 'war tot', 'komplett tot', 'total tot', 'mausetot', 'haengen', 'zickt', 'zicken', 'hakt', 'ruckelt', 'laggt', 'buggy', 'fehler*', 'streikt', 'streiken', 'instabil*', 'stockt', 'geht nichts', 'geht nix', 'geht gar nichts', 'nicht mehr verfuegbar', 'abgeschafft', 'abschaffung*', 'abgeloest', 'abloesung*', 'wird entfernt', 'werden entfernt', 'token', 'tokens', 'panne', 'pannen', 'spamversand', 'lahm', 'lahmt', 'nicht mehr erreichbar', 'andere region', 'anderen region', 'gesponnen', 'streikte', 'lahm*', 'abgestuerzt', 'abstuerz*', 'absturz*', 'gecrasht', 'ging nicht', 'gingen nicht', 'funktionierte nicht', 'lief nicht', 'laeuft nicht', 'keine verbindung', 'eingestampft', 'einstampf*', 'abgedreht', 'abdreh*', 'heruntergefahren', 'runtergefahren', 'eos', 'unsupported', 'exposed', 'impersonat*', 'missbrauch*', 'missbraucht', 'mailfluss', 'unzustellbar*', 'hauptupdate*', 'update auf', 'updates auf', 'update benachrichtigung*', 'updatebenachrichtigung*', 'pflichtupdate*', 'zwangsupdate*', 'versionsupdate*', 'softwareupdate*', 'plattformupdate*', 'systemupdate*'] },
  marketing: {
    // Microsoft's own pitch quoted: "'buy directly from us'", "'kauft doch direkt bei uns'"
    en: ['advisory board*', 'customer advisory*', 'corporate news', 'company news', 'corporate announcement*', 'flog', 'flogs', 'flogging', 'flogged', 'peddl*', 'hawking', 'feedback*', 'interview*', 'what else they need', 'what else he needs', 'what else she needs', 'needs assessment*', 'needs analysis', 'recruit*', 'private preview*', 'preview program*', 'early access program*', 'beta program*', 'pilot program*', 'insider program*', 'market', 'markets', 'marketed', 'go to market', 'gtm', 'say hello', 'says hello', 'saying hello', 'build a relationship', 'build relationships', 'building a relationship', 'build rapport', 'courtesy call*', 'courtesy visit*', 'meet and greet', 'intro call*', 'introductory call*', 'introductory meeting*', 'get acquainted', 'ae', 'buy directly from us', 'buy direct from us', 'buy from us directly', 'buy from us instead', 'buy it from us directly', 'buy straight from us', 'product news', 'new product*', 'adoption*', 'onboarding*', 'demo', 'demos', 'seller*', 'strateg*', 'roadmap*', 'check ins', 'check in call*', 'checkin', 'checkins', 'get to know', 'getting to know', 'invite*', 'invitation*', 'special offer*', 'seasonal*', 'greeting*', 'holiday card*', 'christmas*', 'xmas', 'thanks for being', 'thank you for being', 'product launch*', 'launch announcement*', 'product announcement*', 'new module*', 'ads', 'advert*', 'how things are going', 'how is it going', 'how its going', 'drop by', 'drops by', 'stop by', 'stops by', 'visit them', 'visits them', 'checking in', 'to check in', 'as a reference', 'be a reference', 'reference customer*', 'reference case*', 'another csp partner', 'other csp partner*', 'different csp partner', 'switch to another', 'switch partner*', 'switch to a different', 'change partner*', 'booth', 'better deal', 'innovation day*', 'launch event*', 'workshop*', 'trade fair*', 'trade show*', 'welcome mail*', 'welcome email*', 'onboarding mail*', 'onboarding email*', 'check in with', 'checks in with', 'check in on', 'how they like', 'to sell', 'sell them', 'sell us', 'sell to', 'salesperson', 'sales rep*', 'happy with', 'satisfied', 'how happy', 'event', 'events', 'introduc*', 'another partner', 'other partner*', 'different partner', 'recommend*', 'summit*', 'conference*', 'telesales', 'cold call*', 'cold email*', 'cold e mail*', 'cold mail*', 'cold outreach', 'cold approach*', 'cold pitch*', 'incentive*', 'funding program*', 'account management', 'account review*', 'business review*', 'qbr*', 'nps', 'poach*', 'win them', 'steal*', 'customer success', 'account manager*', 'account team*', 'account exec*', 'marketing', 'newsletter*', 'promo*', 'webinar*', 'roadshow*', 'ai tour', 'case stud*', 'reference stor*', 'satisfaction', 'sales', 'sales meeting*', 'sales offer*', 'pitch*', 'brochure*', 'new products', 'new features', 'upsell*', 'cross sell*', 'satisfaction survey*', 'feedback about us', 'try for free', 'free trial offer*', 'marketing', 'newsletter*', 'survey*', 'sales', 'promot*', 'advertis*', 'offer*', 'upsell*', 'cross sell*', 'campaign*', 'sales pitch*', 'special deal*', 'discount*', 'event invit*', 'hackathon*', 'success story', 'success stories', 'customer story', 'customer stories', 'testimonial*', 'questionnaire*', 'csm', 'csam', 'customer success manager*', 'lunch and learn*', 'masterclass*', 'bootcamp*', 'roundtable*', 'round table*', 'meetup*', 'livestream*', 'keynote*', 'voucher*', 'giveaway*', 'raffle*', 'switch csp*', 'change csp*', 'switch provider*', 'change provider*', 'flyer*', 'mailer', 'mailers', 'webcast*', 'breakfast*', 'business lunch*', 'peer review*', 'product review*', 'g2 review*', 'review on g2', 'write a review', 'leave a review', 'loyalty program*', 'cashback', 'security assessment*', 'security workshop*', 'security webinar*', 'security briefing*', 'security day*', 'security summit*', 'security event*', 'reward*'],
    de: ['advisory board*', 'kundenbeirat*', 'corporate news', 'unternehmensnachricht*', 'unternehmensnews', 'firmennews', 'konzernnews', 'feedback*', 'interview*', 'produktfeedback*', 'kundenfeedback*', 'was sie sonst noch brauchen', 'was er sonst noch braucht', 'bedarfsanalyse*', 'bedarfsermittlung*', 'vermarkt*', 'hallo sagen', 'beziehung aufbauen', 'beziehungen aufbauen', 'hoeflichkeitsbesuch*', 'hoeflichkeitsanruf*', 'private preview*', 'preview programm*', 'early access programm*', 'betaprogramm*', 'pilotprogramm*', 'promot*', 'zu pushen', 'andern partner', 'pitcht', 'pitchen', 'gepitcht', 'kauft doch', 'kauft lieber', 'kauft einfach', 'kauf doch', 'kauf lieber', 'kaufen sie doch', 'kaufen sie lieber', 'kaufen sie direkt', 'kauft direkt bei uns', 'kauft bei uns direkt', 'statt bei mir', 'statt bei uns', 'anstatt bei uns', 'anstatt bei mir', 'sonderangebot*', 'produktneuigkeit*', 'produktnews', 'adoption*', 'onboarding*', 'demo', 'demos', 'seller*', 'strategie*', 'roadmap*', 'kennenlernen', 'kennenzulernen', 'wie laeuft', 'wie es laeuft', 'wie laeufts', 'wie es so laeuft', 'vorbeikommt', 'vorbeikommen', 'vorbeischau*', 'vorbeizukommen', 'kennenlern*', 'angeboten', 'anbiet*', 'anzubieten', 'weihnacht*', 'festtag*', 'grusskarte*', 'neujahrsgruss*', 'produktankuendigung*', 'produktneuheit*', 'neuerungen', 'vorstellen', 'vorzustellen', 'vorstellt', 'vorgestellt', 'neues modul', 'neue module', 'neuen modul*', 'geworben', 'umwirbt', 'schmackhaft*', 'anderen csp partner', 'anderer csp partner', 'partnerwechsel*', 'wechsel zu einem anderen', 'am stand', 'messestand*', 'kundentag*', 'innovation day*', 'infotag*', 'kostenlos*', 'gratis', 'workshop*', 'referenzkunde*', 'wirbt', 'werben', 'schmackhaft', 'laedt', 'einlaedt', 'einladen', 'eingeladen', 'willkommensmail*', 'onboarding mail*', 'marketing*', 'empfiehlt', 'empfehlen', 'zu verkaufen', 'verkaufen wollen', 'verkaeufer*', 'angepriesen', 'anpreis*', 'kundenbetreuung', 'zufrieden*', 'zufriedenheit*', 'event', 'events', 'eventeinladung*', 'anderen partner', 'anderer partner', 'summit*', 'konferenz*', 'messe', 'fachmesse*', 'messeauftritt*', 'messebesuch*', 'messeeinladung*', 'telesales', 'kaltakquise', 'kalt anrufen', 'kalt angerufen', 'kalt anschreib*', 'kalt angeschrieben', 'kaltanruf*', 'kaltmail*', 'bewirbt', 'bewerb*', 'foerderprogramm*', 'foerderung*', 'befragung*', 'zufriedenheit*', 'nps', 'abwerb*', 'abwirbt', 'direktansprache*', 'kundenbindung', 'customer success', 'account manager*', 'accountmanager*', 'werbemail*', 'werbepost*', 'werbung*', 'newsletter*', 'webinar*', 'veranstaltung*', 'roadshow*', 'einladung*', 'referenzstor*', 'referenz*', 'kundenzufriedenheit*', 'umfrage*', 'verkaufsangebot*', 'verkaufsgespraech*', 'vertrieb*', 'neue produkte', 'neuen produkten', 'broschuere*', 'feedback ueber uns', 'newsletter*', 'umfrage*', 'werbung*', 'werbe*', 'werbeangebot*', 'kampagne*', 'aktion', 'aktionen', 'rabattaktion*', 'werbeaktion*', 'verkaufsaktion*', 'marketingaktion*', 'aktionsangebot*', 'aktionspreis*', 'aktionscode*', 'promoaktion*', 'rabatt*', 'vertrieb*', 'verkaufsgespraech*', 'hackathon*', 'fallstudie*', 'erfolgsgeschichte*', 'anwenderbericht*', 'kundenstory*', 'kundengeschichte*', 'success story', 'success stories', 'fragebogen*', 'frageboegen', 'csm', 'customer success manager*', 'kundenerfolg*', 'masterclass*', 'bootcamp*', 'livestream*', 'keynote*', 'produktvorstellung*', 'produktpraesentation*', 'produktdemo*', 'andreh*', 'rumverkauf*', 'herumverkauf*', 'rueberzieh*', 'herueberzieh*', 'rueberzuzieh*', 'aufschwatz*', 'akquise', 'verkaufsanruf*', 'verkaufsmail*', 'verkaufsversuch*', 'gutschein*', 'sonderaktion*', 'anbieterwechsel*', 'providerwechsel*', 'csp wechsel*', 'neue funktionen', 'neuen funktionen', 'neue features', 'neuen features', 'flyer*', 'webcast*', 'fruehstueck*', 'apero*', 'afterwork*', 'stammtisch*', 'rezension*', 'gewinnspiel*', 'verlosung*', 'werbemailing*', 'mailingaktion*', 'mailing aktion*', 'treueprogramm*', 'cashback', 'security assessment*', 'security workshop*', 'sicherheitsworkshop*', 'sicherheitswebinar*', 'security webinar*', 'security day*', 'zusatzverkauf*', 'reward*']
  },
  general: {
    en: ['mouthpiece', 'mouthpieces', 'single voice', 'only voice', 'one voice', 'sole voice', 'primary communicator*', 'main communicator*', 'sole communicator*', 'only communicator*', 'single communicator*', 'spokesperson*', 'spokesman', 'spokesmen', 'the voice', 'in the background', 'behind the scenes', 'all the communicat*', 'do the communicat*', 'does the communicat*', 'doing the communicat*', 'regular meeting*', 'regular call*', 'regular check in*', 'regular check ins', 'relationship call*', 'relationship meeting*', 'face of microsoft', 'face to the customer', 'expects partners to', 'expects us to', 'expect partners to', 'expect us to', 'stance on', 'basic stance', 'is the default', 'the default is', 'share customer comm*', 'share the customer comm*', 'share communication*', 'share the communication*', 'share * comm*', 'split * comm*', 'general expectation*', 'general approach', 'general guidance', 'general practice', 'general position', 'general arrangement*', 'csp biz', 'biz comms', 'business comms', 'general biz*', 'biz with us', 'general stance', 'stance', 'expects us', 'expect us', 'expecting us', 'rely on us', 'relies on us', 'relying on us', 'count on us', 'all the comms', 'all comms', 'every comm*', 'csp business', 'business with us', 'relationship check*', 'relationship building', 'rather than microsoft', 'rather than from microsoft', 'instead of microsoft', 'not from microsoft', 'should come from us', 'must come from us', 'has to come from us', 'main point of contact', 'primary point of contact', 'first point of contact', 'first port of call', 'point of contact for everything', 'go to contact', 'rule of thumb', 'official line', 'official position', 'official stance', 'official view', 'official microsoft', 'official rule*', 'official guideline*', 'the customer relationship', 'customer relationship', 'microsoft line', 'microsoft position', 'microsoft stance', 'the general idea', 'general info', 'general information', 'general news', 'general updates', 'working relationship with us', 'work with us', 'working with us', 'cooperation with us', 'collaboration with us', 'partnership with us', 'our partnership', 'the partnership', 'general matter*', 'general topic*', 'general question*', 'general inquir*', 'general enquir*', 'general stuff', 'general thing*', 'general business*', 'general account*', 'general outreach', 'general check*', 'all the talking', 'the talking', 'default position', 'default rule', 'default stance', 'standard position', 'communication channel*', 'central point*', 'central contact*', 'main channel', 'primary contact', 'primary point', 'leave to the partner', 'leaves to the partner', 'left to the partner', 'entirely to the partner', 'entirely to the csp', 'handle customer comm*', 'handles customer comm*', 'handle the customer comm*', 'handle communication*', 'handles communication*', 'handle the communication*', 'general contact*', 'general mail*', 'general email*', 'general message*', 'general communication*', 'general rule', 'general principle', 'basic rule', 'ground rule*', 'handles all', 'handling all', 'all the customer comm*', 'all customer comm*', 'the customer communication', 'customer comms', 'sole point of contact', 'only point of contact', 'sole contact', 'single contact', 'all information', 'all the info', 'everything from', 'all communication*', 'all the communication', 'all comms', 'all communications', 'every message', 'every communication', 'all messages', 'all contact', 'every contact', 'handle all', 'whole communication', 'entire communication', 'single point of contact', 'single point', 'main contact', 'only contact', 'basically', 'normally', 'as a rule', 'in general', 'in general', 'generally', 'overall', 'in principle', 'by default', 'as a rule', 'normally', 'usually', 'basically'],
    de: ['sprachrohr*', 'grundsatzfrage*', 'einzige stimme', 'alleinige stimme', 'hauptkommunikator*', 'einziger kommunikator*', 'alleiniger kommunikator*', 'fuersprecher*', 'im hintergrund', 'hinter den kulissen', 'aussen vor', 'regelmaessige gespraech*', 'regelmaessigen gespraech*', 'regelmaessige termin*', 'regelmaessigen termin*', 'regelmaessige meeting*', 'regelmaessigen meeting*', 'regelmaessige calls', 'jour fixe', 'jour fixes', 'account gespraech*', 'accountgespraech*', 'beziehungsgespraech*', 'grundhaltung*', 'erwartungshaltung*', 'grundeinstellung*', 'gesicht von microsoft', 'gesicht von ms', 'gesicht zum kunden', 'gesicht gegenueber', 'von uns partnern erwartet', 'von den partnern erwartet', 'von partnern erwartet', 'von uns erwartet', 'erwartet von den partnern', 'erwartet microsoft von uns', 'erwartet ms von uns', 'erwartet * dass wir', 'erwartet * , dass wir', 'erwartet * * , dass wir', 'erwartet , dass wir', 'erwarten * , dass wir', 'erwartet * * dass wir', 'erwartet dass wir', 'erwarten * dass wir', 'erwartet * von uns', 'allg', 'geht davon aus', 'gehen davon aus', 'davon ausgeht', 'davon ausgehen', 'erwartet von uns', 'verlaesst sich auf uns', 'verlassen sich auf uns', 'komplette kundenkommunikation', 'komplette kd kommunikation', 'gesamte kd kommunikation', 'ganze kd kommunikation', 'komplette kunden kommunikation', 'gesamte kunden kommunikation', 'saemtliche kommunikation', 'alle kommunikation', 'die ganze kommunikation', 'und nicht microsoft', 'und nicht ms', 'statt microsoft', 'anstatt microsoft', 'nicht von microsoft', 'von uns kommen soll', 'soll von uns kommen', 'sollen von uns kommen', 'alles von uns', 'beziehungspflege', 'csp geschaeft*', 'offizielle microsoft', 'offizielle regel*', 'offizielle vorgabe*', 'offizielle richtlinie*', 'ueberlaesst', 'ueberlassen', 'kundenbeziehung', 'die kundenbeziehung', 'microsoft linie', 'ms linie', 'offizielle linie', 'offiziellen linie', 'offizielle position', 'offizielle haltung', 'offizielle sicht', 'linie von microsoft', 'haltung von microsoft', 'faustregel*', 'erste anlaufstelle', 'zentrale anlaufstelle', 'anlaufstelle*', 'kommunikation fuehrt', 'kommunikation fuehren', 'zusammenarbeit*', 'partnerschaft mit uns', 'unsere partnerschaft', 'kommunikationskanal*', 'zentrale ansprechpartner*', 'zentraler ansprechpartner*', 'zentralen ansprechpartner*', 'zentrale kanal', 'zentralen kanal', 'standardfall', 'im standardfall', 'standardmaessig', 'grundregel*', 'grundprinzip*', 'grundsatz', 'die kundenkommunikation', 'der kundenkommunikation', 'allgemeine*', 'alleinige ansprechpartner', 'alleiniger ansprechpartner', 'einzige ansprechpartner', 'alleinige ansprechpartnerin', 'alle infos', 'alle informationen', 'alles vom partner', 'gesamte kommunikation', 'ganze kommunikation', 'ganze kundenkommunikation', 'gesamte kundenkommunikation', 'saemtliche*', 'komplette kommunikation', 'jede nachricht', 'jede kommunikation', 'alle nachrichten', 'hauptansprechpartner*', 'primaere ansprechpartner*', 'primaerer ansprechpartner*', 'primaeren ansprechpartner*', 'erste ansprechpartner*', 'ersten ansprechpartner*', 'direkte ansprechpartner*', 'direkter ansprechpartner*', 'direkten ansprechpartner*', 'alles direkt', 'einziger ansprechpartner', 'einzige ansprechpartner', 'erster ansprechpartner', 'normalfall*', 'uebernehm*', 'uebernimmt', 'fuer alles', 'im allgemeinen', 'allgemein', 'grundsaetzlich', 'generell', 'prinzipiell', 'normalerweise', 'in der regel', 'im grunde', 'im prinzip', 'im grossen und ganzen']
  },
  ownership: {
    en: ['own', 'owns', 'owner*', 'ownership', 'us or microsoft', 'we or microsoft', 'me or microsoft', 'microsoft or us', 'microsoft or me', 'microsoft or the partner'],
    de: ['gehoert', 'gehoeren', 'besitzt', 'wir oder microsoft', 'ich oder microsoft', 'microsoft oder wir', 'microsoft oder ich', 'microsoft oder uns']
  },
  ever: {
    en: ['still hear', 'still hear from', 'still be hearing', 'still get', 'still be getting', 'still receive', 'still be receiving', 'still be contacted', 'still be emailed', 'still contact', 'still email', 'anything else', 'what else', 'other topics', 'other cases', 'other reasons', 'other occasions', 'which rules', 'what rules', 'what are the rules', 'how does it work', 'how does this work', 'how does that work', 'how it works', 'how is this regulated', 'how is that regulated', 'how is it regulated', 'at all', 'in what cases', 'which cases', 'what cases', 'exception*', 'nothing else', 'and never', 'otherwise never', 'what topics', 'which topics', 'what subjects', 'what kind of', 'which kinds', 'what type*', 'which type*', 'never', 'ever', 'at any time', 'in which cases', 'in what cases', 'which matters', 'what matters', 'in respect of which', 'if any', 'under what circumstances', 'under which circumstances', 'in which circumstances', 'in what circumstances', 'which circumstances', 'what circumstances', 'what situations', 'which situations', 'anything'],
    de: ['noch von microsoft', 'weiterhin von microsoft', 'noch post von', 'weiterhin post von', 'was sonst', 'worueber sonst', 'andere themen', 'anderen themen', 'andere faelle', 'anderen faellen', 'andere anlaesse', 'sonst noch', 'noch was anderes', 'noch etwas anderes', 'welche regeln', 'welche regelungen', 'welche vorgaben', 'welche faelle', 'geregelt', 'wie funktioniert', 'ueberhaupt', 'zu welchen themen', 'welche themen', 'bei welchen themen', 'welchen themen', 'ausnahme*', 'sonst nie', 'sonst nicht', 'sonst nichts', 'und sonst', 'in welchen situationen', 'wozu', 'worueber', 'nie', 'niemals', 'auch mal', 'jemals', 'je', 'irgendwann', 'in welchen faellen', 'in welchen angelegenheiten', 'welche angelegenheiten', 'welchen angelegenheiten', 'in welchen belangen', 'welche belange', 'unter welchen umstaenden', 'ueberhaupt jemals', 'irgendwas', 'irgendetwas']
  },
  when: { en: ['when', 'whenever'], de: ['wann'] },
  nonCsp: {
    en: ['non csp', 'noncsp', 'outside csp', 'outside of csp', 'outside the csp', 'not csp', 'not through csp', 'not via csp', 'not in csp', 'other channel*', 'oem', 'oem licen*', 'oem version*', 'retail licen*', 'retail version*', 'retail box*', 'retail key*', 'boxed', 'box version*', 'boxed version*', 'fpp', 'outside our csp', 'outside of our csp', 'not our csp', 'not in our csp', 'not via our csp', 'not through our csp'],
    de: ['nicht csp', 'ausserhalb csp', 'ausserhalb des csp', 'ausserhalb von csp', 'nicht ueber csp', 'nicht im csp', 'oem', 'oem lizenz*', 'oem version*', 'retail lizenz*', 'retail version*', 'retail box*', 'boxversion*', 'box version*', 'fpp', 'ausserhalb unseres csp', 'ausserhalb unserem csp', 'nicht in unserem csp', 'nicht ueber unseren csp', 'nicht ueber unser csp', 'am csp vorbei']
  },
  direct: { en: ['themselves', 'himself', 'herself', 'on their own', 'direct', 'directly', 'web direct', 'direct', 'directly', 'privately', 'straight from microsoft', 'straight with microsoft'], de: ['unmittelbar*', 'selbst', 'selber', 'eigenstaendig', 'direkt*', 'privat', 'auf eigene faust', 'auf eigene rechnung'] },
  buy: {
    en: ['clicked', 'signed up', 'paid for', 'pays for', 'pay for', 'paying for', 'buy*', 'bought', 'purchas*', 'acquir*', 'ordered', 'licensed', 'signed'],
    de: ['geklickt', 'gebucht', 'abgeschlossen', 'zahlt per', 'bezahlt per', 'zahlen per', 'kauf*', 'gekauft*', 'erworben*', 'erwirbt', 'bezieh*', 'bezogen*', 'bestell*', 'abgeschlossen*', 'erwerb*', 'vertreiben', 'vertreibt', 'vertreibe', 'einkaufen', 'einkauft', 'eingekauft', 'einzukaufen']
  },
  relationship: {
    en: ['direct agreement*', 'direct contract*', 'own agreement*', 'own contract*', 'direct relationship*', 'own account*', 'support contract*', 'unified contract*', 
      'relationship*', 'commercial relationship*', 'contract*', 'agreement*', 'direct deal*', 'own deal*', 'volume licens*', 'direct customer*', 'engagement*', 'sow', 'sows', 'statement of work'
    ],
    de: ['direktvertrag*', 'direkter vertrag', 'direkten vertrag', 'eigener vertrag', 'eigenen vertrag', 'eigener vertr', 'eigenen vertr', 'direkter vertr', 'direkten vertr', 'supportvertrag*', 'unified vertrag*', 'premier vertrag*', 'geschaeftsbeziehung*', 'beziehung*', 'vertrag*', 'vertraeg*', 'vereinbarung*', 'rahmenvertrag*', 'direktkunde*', 'volumenlizenz*', 'engagement*', 'sow', 'leistungsbeschreibung*', 'beratungsauftrag*']
  },
  ownAgreement: {
    // Payouts and tax forms go to a Marketplace publisher: they name the customer's own account with Microsoft.
    en: ['microsoft incident response', 'incident response retainer*', 'incident response engagement*', 'pay as you go', 'payg', 'payout*', 'tax form*', 'open license*', 'open licence*', 'unified support', 'unified', 'premier support', 'premier', 'visual studio subscription*', 'visual studio', 'msdn', 'vs subscription*', 'marketplace publisher*', 'publisher*', 'publisher account*', 'consulting engagement*', 'consulting mandate*', 'advisory engagement*', 'paid engagement*', 'paid workshop*', 'billable engagement*', 'paid consulting', 'paid project*', 'billable project*', 'consulting', 'industry solutions', 'microsoft consulting', 'mcs', 'software assurance', 'volume licensing', 'mosp', 'microsoft online subscription program', 'microsoft website', 'microsofts website', 'microsoft site', 'on microsoft com', 'on microsoftcom', 'via microsoft com', 'via microsoftcom', 'at microsoft com', 'at microsoftcom', 'microsoft web shop', 'microsoft webshop', 'microsoft online shop', 'microsoft store', 'microsofts store', 'online store', 'self service purchase*', 'credit card purchase*', 'pay as you go directly', 'mpsa', 'enterprise agreement*', 'ea', 'eas', 'mca', 'mcae', 'open value', 'select plus', 'enterprise agreement*', 'ea', 'eas', 'mca', 'mcae', 'microsoft customer agreement*', 'open value', 'select plus', 'mpsa', 'macc', 'azure consumption commitment', 'ees', 'enrollment for education solutions', 'ovs', 'open value subscription*', 'school agreement', 'campus agreement', 'server and cloud enrollment', 'select agreement', 'products and services agreement', 'business and services agreement', 'mbsa', 'pay per incident', 'azure sponsorship', 'sponsorship*', 'founders hub', 'sponsorship*', 'azure for students', 'azure free account', 'free azure account', 'azure pass', 'payg subscription*', 'payg account*', 'pay as you go subscription*', 'pay as you go account*', 'store for business', 'store for education', 'appsource', 'microsoft for startups', 'founders hub', 'vl agreement*', 'sa benefit*', 'self service purchas*', 'self serve purchas*', 'self service sign up*', 'self service signup*', 'self sign up*', 'viral sign up*', 'enterprise enrollment', 'enterprise enrolment', 'ea enrollment', 'ea enrolment', 'unified enterprise'],
    de: ['pay as you go', 'payg', 'auszahlung*', 'steuerformular*', 'herausgeber*', 'herausgeberkonto*', 'unified support', 'unified', 'premier support', 'premier', 'visual studio', 'msdn', 'vs abo*', 'marketplace publisher*', 'publisher*', 'consulting*', 'beratungsprojekt*', 'beratungsvertrag*', 'beratungsmandat*', 'beratungsauftrag*', 'bezahlten workshop*', 'bezahlter workshop*', 'bezahltes engagement', 'bezahlten engagement*', 'kostenpflichtigen workshop*', 'kostenpflichtiger workshop*', 'kostenpflichtiges engagement', 'kostenpflichtigen engagement*', 'bezahltes projekt', 'bezahlten projekt*', 'bezahlte projekt*', 'kostenpflichtiges projekt', 'kostenpflichtigen projekt*', 'kostenpflichtige projekt*', 'industry solutions', 'microsoft industry solutions', 'microsoft consulting services', 'mcs', 'software assurance', 'volumenlizenz*', 'microsoft website', 'microsoft webseite*', 'auf microsoft com', 'auf microsoftcom', 'ueber microsoft com', 'ueber microsoftcom', 'bei microsoft com', 'bei microsoftcom', 'via microsoft com', 'via microsoftcom', 'website von microsoft', 'webseite von microsoft', 'microsoft webshop', 'microsoft online shop', 'microsoft store', 'open license', 'open lizenz*', 'mpsa', 'enterprise agreement*', 'ea', 'mca', 'mcae', 'microsoft kundenvertrag*', 'ea vertrag*', 'ea lizenz*', 'open value', 'select plus', 'mpsa', 'macc', 'azure consumption commitment', 'ees', 'eas', 'ovs', 'open value subscription*', 'school agreement', 'campus agreement', 'campusvertrag*', 'campus vertrag*', 'campuslizenz*', 'schulvertrag*', 'select agreement', 'pay per incident', 'azure sponsorship', 'azure for students', 'azure free account', 'azure pass', 'payg abo*', 'payg abonnement*', 'payg subscription*', 'pay as you go abo*', 'pay as you go subscription*', 'store for business', 'appsource', 'microsoft for startups', 'vl vertrag*', 'vl lizenz*', 'sa benefit*', 'self service kauf*', 'self service kaeuf*', 'self service purchase*', 'enterprise enrollment', 'ea enrollment', 'unified enterprise']
  },
  throughUs: {
    en: ['supplied by us', 'provided by us', 'sold by us', 'licensed by us', 'managed by us', 'supplied through us', 'provided through us', 'supplied via us', 'provided via us', 'bought via us', 'purchased via us', 'purchased through us', 'procured through us', 'procured via us', 'procured from us', 'sourced from us', 'licensed through us', 'we supply', 'we provide', 'via our distributor', 'through our distributor', 'from our distributor', 'via the distributor', 'through the distributor', 'via our disti', 'through our disti', 'from me', 'through me', 'via me', 'bought from me', 'buys from me', 'i sell', 'i sold', 'i resell', 'through you', 'from you', 'via you', 'with you', 'via us', 'through us', 'from us', 'bought from us', 'we sell', 'we sold', 'we resell', 'we manage', 'in our partner center', 'we only do csp', 'via the partner', 'through the partner', 'through us', 'via us', 'from us', 'through our company', 'through the partner', 'from our company', 'on our paper', 'we bill them', 'we bill the customer', 'billed by us', 'invoiced by us', 'we invoice them', 'resold by us', 'we are their csp', 'we are the csp', 'we re their csp', 'partner of record', 'via our reseller', 'through our reseller', 'via our indirect reseller', 'through our indirect reseller', 'via our csp', 'through our csp', 'from our csp', 'in our csp', 'on our csp', 'under our csp', 'bought with us', 'buy with us', 'buys with us', 'buying with us', 'purchased with us', 'purchase with us', 'purchases with us', 'licensed with us', 'subscribed with us', 'ordered with us', 'bought it with us', 'bought them with us',
      // The partner's own shop is the partner: "licences from our shop", "the seat reduction he did in our web shop"
      'our shop', 'our webshop', 'our web shop', 'our online shop', 'our e shop', 'our online store', 'our web store', 'our webstore'],
    de: ['ueber unseren distri', 'ueber den distri', 'vom distri', 'beim distri', 'wir vertreiben', 'vertreiben wir', 'wir * verkauft', 'wir * * verkauft', 'wir * verkaufen', 'wir * liefern', 'wir * * liefern', 'wir liefern', 'ueber unseren distributor', 'ueber den distributor', 'vom distributor', 'ueber unseren disti', 'ueber den disti', 'bei mir', 'ueber mich', 'von mir', 'vo mir', 'ueber mi', 'durch mich', 'vo uns', 'ich verkaufe', 'ich verkauft', 'bei ihnen', 'ueber sie', 'von ihnen', 'bei euch', 'ueber euch', 'von euch', 'ueber uns', 'bei uns', 'von uns', 'durch uns', 'wir verkaufen', 'wir verkauft', 'haben wir verkauft', 'wir betreuen', 'ueber den partner', 'beim partner', 'laeuft ueber uns', 'laufen ueber uns', 'ueber uns', 'bei uns', 'von uns', 'durch uns', 'ueber den partner', 'beim partner', 'via uns', 'via euch', 'ueber unseren reseller', 'ueber unseren haendler', 'ueber unsere firma', 'ueber unser unternehmen', 'ueber unser haus', 'von unserem haus', 'bei unserem haus', 'aus unserem haus', 'durch unser haus', 'bei unserer firma', 'von unserer firma', 'bei unserem unternehmen', 'von unserem unternehmen', 'ueber unseren csp', 'ueber unser csp', 'in unserem csp', 'im csp bei uns', 'bei uns im csp', 'wir sind sein csp', 'wir sind ihr csp', 'wir sind der csp', 'wir sind deren csp', 'von uns lizenziert',
      // "Lizenzen über unseren Shop", "in unserem Webshop gekündigt"
      'unser shop', 'unser webshop', 'unser web shop', 'unser onlineshop', 'unser online shop', 'unseren shop', 'unseren webshop', 'unseren web shop', 'unseren onlineshop', 'unseren online shop', 'unserem shop', 'unserem webshop', 'unserem web shop', 'unserem onlineshop', 'unserem online shop', 'unserm shop', 'unserm webshop', 'unserm web shop', 'unserm onlineshop', 'unserm online shop']
  },
  existing: {
    en: ['has', 'have', 'having', 'had', 'already', 'existing', 'own', 'owns', 'also', 'too', 'holds', 'still'],
    de: ['hat', 'haben', 'besitzt', 'bereits', 'schon', 'eigene*', 'zusaetzlich', 'auch', 'weiterhin', 'bestehende*']
  },
  csp: {
    en: ['via csp', 'through csp', 'in csp', 'our csp', 'csp', 'csp subs', 'csp sub', 'csp subscription*', 'nce', 'new commerce', 'azure plan*', 'csp', 'cloud solution provider*', 'nce', 'new commerce', 'azure plan*', 'csp direct', 'direct csp', 'csp indirect', 'indirect csp', 'csp reseller*', 'legacy csp'],
    de: ['ueber csp', 'im csp', 'via csp', 'csp abo*', 'csp', 'nce', 'csp', 'cloud loesungsanbieter*', 'nce', 'new commerce', 'azure plan*', 'csp vertrag*', 'csp lizenz*', 'legacy csp', 'csp direct', 'csp indirect']
  },
  negation: {
    en: ['nothing', 'nowhere', 'nobody', 'no one', 'noone', 'cannot', 'not sure', 'no idea', 'not', 'no', "n't", 'never', 'none', 'without', 'neither', 'nor', 'didnt', 'dont', 'doesnt', 'wont', 'isnt', 'arent', 'hasnt', 'havent', 'cant'],
    de: ['nichts', 'nix', 'niemand', 'nicht', 'nich', 'ned', 'nit', 'nirgends', 'nirgendwo', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'nie', 'niemals', 'ohne', 'weder', 'noch nie']
  },
  apply: {
    en: ['covering', 'fall under', 'falls under', 'fall within', 'falls within', 'falling under', 'same deal', 'same story', 'same rules', 'same policies', 'same here', 'same rule', 'same policy', 'same there', 'same for', 'also for', 'also there', 'there too', 'only for', 'just for', 'also apply', 'valid for', 'same in', 'what about', 'apply', 'applies', 'applied', 'applicable', 'valid', 'cover', 'covers', 'covered', 'scope', 'in force', 'relevant', 'pertain*', 'hold for', 'holds for', 'intended for', 'meant for', 'confined to', 'limited to', 'restricted to', 'extend to', 'extends to', 'rule count for', 'rules count for', 'policy count for', 'does it count for', 'does this count for', 'does that count for'],
    de: ['fallen unter', 'faellt unter', 'fallen darunter', 'faellt darunter', 'findet * anwendung', 'findet * * anwendung', 'anwendung finden', 'anwendung findet', 'angewendet', 'angewandt', 'anzuwenden', 'wie sieht', 'wie siehts', 'gleichen regeln', 'dieselben regeln', 'wat is mit', 'wat ist mit', 'was is mit', 'gilt dat', 'gilt des', 'wie schaut', 'wie schauts', 'dieselbe regel', 'dieselbe richtlinie', 'bezieht sich', 'beziehen sich', 'gleiche', 'dieselbe', 'gleiche regel', 'gleiche richtlinie', 'auch dort', 'dort auch', 'da auch', 'auch fuer', 'gilt das', 'wie siehts aus', 'wie sieht es aus', 'was ist mit', 'betrifft', 'nur fuer', 'gilt', 'galt', 'gelten', 'galten', 'greift', 'greifen', 'deckt', 'abdeck*', 'gueltig*', 'geltungsbereich*', 'anwendbar*', 'zielgruppe*', 'gedacht fuer', 'ist die gedacht', 'ist sie gedacht', 'ist das gedacht', 'sind die gedacht', 'betrifft', 'betreffen', 'umfasst', 'abgedeckt', 'zutreffen', 'trifft', 'findet anwendung', 'finden anwendung', 'massgeblich*', 'massgebend*', 'relevant', 'beschraenkt sich', 'beschraenken sich', 'erstreckt sich', 'erstrecken sich']
  },
  scopeTarget: {
    en: ['legacy offer*', 'legacy csp', 'legacy subscription*', 'legacy licen*', 'legacy model', 'legacy program*', 'before nce', 'pre nce', 'prior to nce', 'before new commerce', 'prior to new commerce', 'old offer*', 'old licensing model', 'old licensing', 'old csp', 'old model', 'old partner portal', 'commercial cloud*', 'commercial tenant*', 'eu data boundary', 'data boundary', 'indirect reseller*', 'indirect provider*', 'direct bill*', 'tier 1', 'tier 2', 'two tier', 'gcc', 'gcc high', 'dod', 'azure government*', 'government secret', 'top secret', 'secret cloud', 'il5', 'itar', '21vianet', 'vianet', 'china', 'mooncake', 'lighthouse', 'azure lighthouse', 'sovereign*', 'national cloud*', 'cloud deutschland', 'microsoft cloud germany', 'germany', 'austria', 'switzerland', 'worldwide', 'globally', 'all countries', 'countries', 'country', 'other countries', 'eu', 'europe', 'region*', 'portal*', 'partner portal', 'partner membership center', 'membership center', 'pmc', 'old portal*', 'legacy portal*', 'environment*', 'all tenants', 'which tenants', 'every tenant', 'partner center*', 'partner centre*', 'mod', 'mod tenant*', 'ministry of defence', 'uk government', 'uk gov', 'netherlands', 'holland', 'belgium', 'luxembourg', 'france', 'italy', 'spain', 'portugal', 'poland', 'czech republic', 'czechia', 'denmark', 'sweden', 'norway', 'finland', 'ireland', 'united kingdom', 'great britain', 'england', 'scotland', 'liechtenstein', 'hungary', 'united states', 'canada', 'australia', 'new zealand', 'india', 'japan', 'brazil', 'mexico', 'south africa', 'benelux', 'nordics', 'dach', 'emea', 'apac', 'latam', 'abroad', 'german cloud', 'sovereign', 'delos', 'delos cloud', 'bleu', 'china cloud', 'azure china', 'government community cloud', 'us gov cloud', 'us government', 'us gov', 'usa government*', 'usa gov', 'gov cloud', 'government cloud', 'government', 'gcc', 'gcc high', 'sovereign cloud*', 'cloud for us government', 'regular partner center'],
    de: ['legacy*', 'vor nce', 'vor new commerce', 'altes lizenzmodell', 'alte lizenzmodell', 'alten lizenzmodell', 'altes modell', 'alte modell', 'alten modell', 'alte csp*', 'alten csp*', 'alte angebote', 'alten angebote', 'altvertraeg*', 'partnerportal*', 'welche tenants', 'welchen tenants', 'kommerzielle tenants', 'kommerziellen tenants', 'kommerzielle cloud', 'datengrenze', 'gcc high', 'indirekte reseller*', 'indirekten reseller*', 'indirekter reseller', 'direct bill*', 'tier 1', 'tier 2', 'laender', 'gcc', 'dod', 'azure government*', 'top secret', 'secret cloud', '21vianet', 'china', 'lighthouse', 'cloud deutschland', 'treuhand*', 'treuhaend*', 'datentreuhaend*', 'schweizer', 'oesterreichische*', 'deutschland', 'oesterreich', 'schweiz', 'weltweit', 'eu', 'europa', 'portal*', 'partner membership center', 'membership center', 'deutsche tenants', 'alle tenants', 'umgebung*', 'partner center*', 'niederlande*', 'holland', 'belgien', 'luxemburg', 'frankreich', 'italien', 'spanien', 'portugal', 'polen', 'tschechien', 'daenemark', 'schweden', 'norwegen', 'finnland', 'irland', 'grossbritannien', 'vereinigtes koenigreich', 'england', 'ungarn', 'liechtenstein', 'suedtirol', 'vereinigte staaten', 'amerika', 'kanada', 'australien', 'indien', 'japan', 'benelux', 'dach raum', 'ausland', 'deutsche cloud', 'german cloud', 'souveraene cloud', 'souveraen*', 'region', 'regionen', 'rechenzentrumsregion*', 'azure region*', 'cloud region*', 'delos', 'delos cloud', 'bleu', 'china cloud', 'azure china', 'us government*', 'us regierung*', 'usa government*', 'usa regierung*', 'regierungscloud', 'government cloud', 'gcc', 'behoerden*']
  },
  policyRef: {
    en: ['page', 'policy', 'policies', 'rule', 'rules', 'guideline*', 'guidance', 'this', 'it', 'that', 'regulation*', 'requirement*'],
    // "lt. Policy", "Policy-konform": German business writing borrows the word as it is
    de: ['seite', 'richtlinie*', 'regel*', 'regelung*', 'vorgabe*', 'das', 'dies', 'diese', 'dieser', 'dieses', 'bestimmung*', 'policy', 'policies']
  },
  where: { en: ['where', 'which', 'for which', 'in which', 'what'], de: ['wo', 'welche*', 'wofuer', 'wozu', 'worauf'] },
  howTo: {
    en: ['how long', 'how fast', 'how quickly', 'any tips', 'tips for', 'tips on', 'some tips', 'any advice', 'advice on', 'advice for', 'best practice*', 'available in', 'availability of', 'subscribe to', 'sign up for', 'what steps', 'which steps', 'how does one', 'how do they', 'how does the customer', 'how do customer', 'how do i', 'whats the phone', 'phone number for', 'phone number of', 'the phone number', 'a phone number', 'support number', 'how to', 'where in', 'where do i see', 'wie erreich', 'how do i', 'how do we', 'how can i', 'how can we', 'how to', 'how should i', 'where do i', 'where can i', 'what is the', 'what does', 'what are the', 'how much', 'how many', 'can you', 'could you', 'what the', 'whats the'],
    de: ['wie lange', 'wie schnell', 'tipps', 'tipp fuer', 'ein tipp', 'einen tipp', 'ratschlag*', 'ratschlaeg*', 'best practice*', 'verfuegbar in', 'verfuegbarkeit', 'wie abonnier*', 'abonnier ich', 'abonniere ich', 'wie meld*', 'wie man', 'welche schritte', 'wie richtet man', 'wie eskalier*', 'wie erreich*', 'wie melde ich', 'wo seh*', 'wo sehe', 'wo finde', 'wie geht das', 'wie richte', 'wie stell', 'wie mach', 'wie entsperr*', 'was kostet', 'listenpreis*', 'unterschied*', 'wie erstelle', 'wie * ich', 'wie * wir', 'wie kann ich', 'wie koennen wir', 'wie lege', 'wie aendere', 'wie setze', 'wie finde', 'wie mache', 'wo finde', 'was ist', 'was bedeutet', 'wofuer steht', 'wie viel', 'wieviel', 'wie lautet', 'kannst du', 'koennen sie', 'was kostet', 'was kosten']
  },
  smallTalk: {
    en: ['joke', 'weather', 'headset*', 'printer', 'thanks', 'thank you', 'thx', 'cheers', 'hello', 'hi', 'hey', 'good morning', 'bye', 'great', 'ok', 'okay', 'cool'],
    de: ['ok', 'okay', 'witz', 'wetter', 'regnet*', 'kaffeemaschine*', 'drucker', 'druckers', 'druckern', 'druckertreiber*', 'druckerwarteschlange*', 'druckerpatrone*', 'druckerproblem*', 'druckerfehler*', 'druckerstau*', 'druckerpapier*', 'druckerserver*', 'druckerinstallation*', 'druckereinstellung*', 'danke*', 'vielen dank', 'hallo', 'servus', 'moin', 'tschuess', 'guten morgen', 'super', 'prima']
  }
};

/**
 * The words strangers use for the policy's concepts, beside the forms above: written down by people who never saw the
 * code, from RULES.md and the policy page only, and kept where a careful reader takes the concept from the word alone
 * ("Wartungsfenster" is maintenance; a bare "Hinweis", "Vertrag", "Warnung" or "Deal" is not). Each is a word family:
 * stems for inflections and German compounds, the abbreviations people type ("RCA", "SHD", "mktg"). Appended to the
 * concept's forms once, when this module loads, so they are compiled with the rest and cost a question without them
 * nothing.
 */
/**
 * The partner as the customer's principal contact, every adjective of "only/first" with every noun of "contact":
 * "primary channel", "sole contact person", "principal interface"; "alleiniger Kontakt", "zentrale Anlaufstelle",
 * "erster Kommunikationskontakt". A bare "first contact" is when someone first got in touch, so "first"/"erst-" only
 * with the nouns that are a role ("point of contact", "Ansprechpartner", "Anlaufstelle", "Kommunikationskontakt").
 */
const PRINCIPAL_EN = ['primary', 'main', 'principal', 'sole', 'only', 'single', 'central', 'exclusive', 'chief', 'lead'];
const CONTACT_EN = ['contact', 'contacts', 'channel', 'channels', 'contact person', 'contact point', 'point of contact', 'interface', 'communication channel', 'communications channel', 'communication contact', 'channel for communicating', 'channel for communication', 'go between', 'liaison'];
// a phrase's first word is matched whole, so the adjectives' endings are spelt out
const PRINCIPAL_DE = ['primaer', 'alleinig', 'einzig', 'zentral', 'exklusiv'].flatMap((adjective) => ['e', 'er', 'en', 'em', 'es'].map((ending) => adjective + ending));
const CONTACT_DE = ['kontakt', 'kontakte', 'kontakten', 'kontaktes', 'kontaktperson*', 'kanal', 'kanaele', 'kanaelen', 'ansprechpartner*', 'ansprechperson*', 'anlaufstelle*', 'kommunikationskontakt*', 'kommunikationskanal*', 'kommunikationspartner*', 'schnittstelle*'];
const ROLE_DE = ['ansprechpartner*', 'ansprechperson*', 'anlaufstelle*', 'kommunikationskontakt*', 'kommunikationspartner*'];
const principalContact: ConceptForms = {
  en: [...PRINCIPAL_EN.flatMap((adjective) => CONTACT_EN.map((noun) => `${adjective} ${noun}`)), 'first contact point', 'first communication contact', 'first channel for communicating'],
  de: [
    ...PRINCIPAL_DE.flatMap((adjective) => CONTACT_DE.map((noun) => `${adjective} ${noun}`)),
    ...['hauptkontakt*', 'hauptkanal*', 'hauptkommunikationskanal*', 'hauptkommunikationskontakt*', 'hauptanlaufstelle*'],
    ...['erste', 'erster', 'ersten', 'erstem', 'erstes'].flatMap((first) => ROLE_DE.map((noun) => `${first} ${noun}`))
  ]
};

const everydayForms: Partial<Record<Concept, Partial<ConceptForms>>> = {
  general: principalContact,
  operational: {
    en: [
      'cyberattack*', 'cyber attack*', 'cyber incident*', 'cybersecurity incident*', '0 day', '0 days', 'the exploits', 'new exploits', 'known exploits', 'an exploit', 'the exploit', 'this exploit', 'that exploit', 'new exploit', 'known exploit', 'public exploit', 'hotfix*', 'hot fix*',
      'critical update*', 'critical patch*', 'platform update*', 'platform change*', 'upgrade window*', 'change window*', 'maintenance window*', 'at risk period*',
      'shd', 'service health dashboard*', 'ops notification*', 'ops notice*', 'ops alert*', 'ops comms', 'operational notification*', 'operational notice*',
      'technical notification*', 'technical notice*', 'technical alert*', 'rca', 'rcas', 'root cause analys*', 'feature removal*', 'feature retirement*',
      'feature deprecation*', 'dormant environment*', 'dormant tenant*', 'awaria', 'awarii', 'awarie',
      // a translator's words for "Störung", "Sicherheitslücke", "Ausfall": a disturbance, a safety gap, a breakdown of a service
      'disturbance*', 'malfunction*', 'safety gap*', 'security gap*', 'safety incident*', 'safety vulnerab*', 'service breakdown*', 'system breakdown*',
      // an update the customer must take (RULES.md: mandatory changes are operational), said as a kind of update; not a
      // "required update" (of a billing address, of payment details: a change to data)
      'mandatory update*', 'forced update*', 'compulsory update*', 'obligatory update*', 'mandatory patch*',
      // logs a service lost or failed to keep: an incident of the service, like the data loss it is
      // ("log" as a whole word: a lost login or logo is none)
      'log loss*', 'loss of logs', 'loss of log data', 'loss of audit logs', 'logging loss', 'lost logs', 'lost log data', 'lost audit log', 'lost audit logs',
      'lost sign in logs', 'lost security logs', 'logs were lost', 'logs got lost', 'logs lost', 'logging gap*', 'log gap*', 'audit log gap*', 'gap in the logs',
      'gaps in the logs', 'missing audit logs', 'missing log data', 'log data loss', 'lost * * of logs', 'lost * * of audit logs', 'lost * * of log data',
      // a hole in a product, said with how bad it is: "a critical hole in Exchange" is a vulnerability
      'security hole*', 'critical hole*', 'serious hole*', 'severe hole*', 'zero day hole*',
      // someone in a tenant who should not be, and keys or credentials stolen: a security incident in plain words
      'unauthorised access', 'unauthorized access', 'unauthorised sign in*', 'unauthorized sign in*', 'unauthorised login*', 'unauthorized login*',
      'stolen key*', 'stolen signing key*', 'stolen credential*', 'stolen password*', 'keys were stolen', 'keys got stolen', 'credentials were stolen'
    ],
    de: [
      'ein exploit', 'einen exploit', 'der exploit', 'den exploit', 'dem exploit', 'des exploits', 'neuer exploit', 'neuen exploit', 'die exploits', 'neue exploits', 'bekannte exploits', 'exploits fuer', 'exploits gegen', 'exploits in', 'hotfix*', 'pflichtaenderung*', 'lebenszyklusende', 'lebenszyklus ende', 'lifecycle ende', 'funktion entfaellt', 'funktionen entfallen',
      'feature entfaellt', 'features entfallen', 'funktionsaenderung*', 'feature aenderung*', 'featureaenderung*', 'zwangsmigration*', 'zwangsumstellung*',
      'regionwechsel', 'regionenwechsel', 'servicefenster*', 'systemumstellung*', 'betriebsmeldung*', 'mc nachricht*', 'mc meldung*', 'admin center meldung*',
      'umstellungspflicht*', 'performanceproblem*', 'performance problem*', 'leistungsproblem*', 'latenz*', 'rca', 'ursachenanalyse*', 'cyberangriff*', 'cyberattacke*', 'ausfiel*',
      // a machine translator's words for the concept: "retirement" as "Ausmusterung", "degradation of service" word for
      // word, "multi-factor" with its hyphen, and the source language's outage left untranslated (Polish "awaria")
      'ausmusterung*', 'verschlechterung von dienst*', 'verschlechterung des dienstes', 'verschlechterung der dienste', 'dienstverschlechterung*',
      'leistungsverschlechterung*', 'serviceverschlechterung*', 'multi faktor*', 'awaria', 'awarii', 'awarie',
      // an update the customer must take, as a compound and with its hyphen ("Pflicht-Update", "Zwangs-Update") or said out
      'pflicht update*', 'zwangs update*', 'pflichtaktualisierung*', 'pflicht aktualisierung*', 'zwangsaktualisierung*', 'verpflichtende update*',
      'verpflichtendes update', 'verpflichtenden update*', 'pflichtpatch*',
      // logs a service lost: "Logverlust", "Log-Verlust", "Protokollverlust", "die Audit-Logs sind verloren"
      'logverlust*', 'log verlust*', 'logdatenverlust*', 'protokollverlust*', 'protokoll verlust*', 'protokolldatenverlust*', 'verlust der logs', 'verlust von logs',
      'verlust der protokoll*', 'verlust von protokoll*', 'logs verloren', 'log daten verloren', 'logdaten verloren', 'protokolle verloren', 'protokolldaten verloren',
      'logluecke*', 'log luecke*', 'protokollluecke*', 'fehlende audit logs', 'fehlende logdaten',
      // a notice about the service ("Servicehinweis", "Service-Hinweis", "Servicemitteilung"), as "service notice" is; a
      // plain "Hinweis" or "Mitteilung" stays out
      // someone in a tenant who should not be, keys or credentials stolen, a critical update: a security incident or an
      // update the customer must take, in plain words ("kritische Updates" as "critical update" is)
      'unbefugt* zugriff*', 'unbefugt zugegriffen', 'unbefugt auf', 'unberechtigt auf', 'unberechtigt* zugriff*', 'unberechtigt zugegriffen', 'zugriff durch unbefugte',
      'gestohlen* schluessel*', 'schluessel gestohlen', 'schluessel wurden gestohlen', 'gestohlen* zugangsdaten', 'zugangsdaten gestohlen', 'gestohlen* passwoert*',
      'kritische update*', 'kritischen update*', 'kritisches update', 'kritische patch*', 'kritischen patch*',
      'servicehinweis*', 'service hinweis*', 'diensthinweis*', 'dienst hinweis*', 'servicemitteilung*', 'service mitteilung*', 'servicebenachrichtigung*',
      'service benachrichtigung*', 'dienstbenachrichtigung*', 'dienst benachrichtigung*',
      // "Lücke" said with how bad it is, or as a day-zero one: "eine kritische Lücke in Windows" is a Sicherheitslücke
      'kritisch* luecke*', 'schwer* luecke*', 'gravierend* luecke*', 'ernst* luecke*', 'zero day luecke*', 'day luecke*'
    ]
  },
  customer: {
    // The customer named as a company, by its trade or its legal form: an account manager writes "Immobilien Haas",
    // "Druckerei Pfister", "Alpine Dental", "Contoso GmbH" where another asker writes "the customer". A trade word is
    // kept only where it names a business and nothing of the domain ("printers" are devices, "Werkstatt" a workshop).
    en: [
      'dental', 'logistics', 'haulage', 'haulier*', 'freight forwarder*', 'brewery', 'breweries', 'winery', 'wineries', 'vineyard*', 'realty', 'real estate',
      'estate agent*', 'letting agent*', 'property management', 'builders', 'construction company', 'construction firm*', 'plumbing', 'plumber*', 'electrician*',
      'joinery', 'carpentry', 'veterinary', 'vet practice*', 'physio*', 'solicitors', 'accountants', 'architects', 'engineering firm*', 'restaurant*',
      'print shop*', 'printing company', 'printing firm*', 'opticians', 'gmbh', 'ltd', 'llc', 'inc', 'plc'
    ],
    // a translator's "client" ("unser Klient", "die CSP-Klienten") and the end user the policy's customer is
    de: ['klient', 'klienten', 'klientin', 'klientinnen', 'endbenutzer*', 'endnutzer*', 'endanwender*',
      'immobilien*', 'hausverwaltung*', 'druckerei', 'druckereien', 'brauerei*', 'kellerei*', 'weingut*', 'logistik*', 'spedition*', 'metzgerei*', 'fleischerei*',
      'schreinerei*', 'tischlerei*', 'zimmerei*', 'gaertnerei*', 'konditorei*', 'molkerei*', 'tierarzt*', 'tieraerzt*', 'tierarztpraxis*', 'physiotherapie*',
      'ingenieurbuero*', 'architekturbuero*', 'planungsbuero*', 'bauunternehmen*', 'baufirma*', 'handwerksbetrieb*', 'malerbetrieb*', 'elektrobetrieb*',
      'dachdecker*', 'friseur*', 'gasthof*', 'gasthaus*', 'restaurant*', 'moebelhaus*', 'modehaus*', 'reisebuero*', 'notariat*', 'optiker*',
      'gmbh', 'mbh', 'kg', 'ohg', 'gbr']
  },
  billing: {
    en: [
      'arrears', 'overcharg*', 'autorenew*', 'anniversary date*', 'coterm*', 'co term*', 'sku change*', 'sku swap*', 'sku switch*', 'grace period*', 'nonpayment',
      'fx change*', 'currency change*', 'exchange rate change*', 'exchange rate adjustment*', 'gst', 'to collections', 'in collections', 'collections agenc*', 'collection agenc*',
      // the count of licences said out ("the number of Intune licences"), as a translator renders "Lizenzanzahl"
      'number of licen*', 'number of * licen*', 'number of seats', 'number of * seats', 'amount of licen*', 'quantity of licen*', 'count of licen*', 'count of seats'
    ],
    de: [
      'waehrungsanpassung*', 'jahresvertrag*', 'jahresvertraeg*', 'monatsvertrag*', 'monatsvertraeg*', 'jahresbindung*', 'monatsbindung*', 'mahnwesen', 'mahnlauf*',
      'mahnstufe*', 'mahnverfahren*', 'bankeinzug*', 'guthaben*', 'vertragsaenderung*', 'vertragsende*',
      // "Lizenzanzahl" said out, as a translator or a learner writes it ("die Anzahl von Intune Lizenzen")
      'anzahl der lizenz*', 'anzahl von lizenz*', 'anzahl an lizenz*', 'anzahl der * lizenz*', 'anzahl von * lizenz*', 'anzahl an * lizenz*', 'zahl der lizenz*',
      'menge der lizenz*', 'menge an lizenz*', 'anzahl der plaetze', 'anzahl der seats'
    ]
  },
  ownAgreement: {
    en: [
      'mosa', 'microsoft online subscription agreement*', 'online subscription agreement*', 'consumer subscription*', 'family subscription*', 'home subscription*',
      'prodirect', 'pro direct', 'professional direct', 'vlsc', 'education agreement*', 'ms store', 'bought from microsoft com', 'purchased from microsoft com',
      'bought in the admin cent*', 'bought it in the admin cent*', 'bought * in the admin cent*', 'bought * * in the admin cent*', 'purchased in the admin cent*',
      'purchased * in the admin cent*', 'purchased * * in the admin cent*', 'ordered from microsoft com', 'bought * from microsoft com', 'bought * * from microsoft com', 'bought * * * from microsoft com', 'purchased * from microsoft com', 'purchased * * from microsoft com', 'purchased * * * from microsoft com'
    ],
    de: ['mosa', 'direktgeschaeft*', 'direktbezug*', 'eigenbeschaffung*', 'family abo*', 'familien abo*', 'familienabo*', 'consumer abo*', 'privatabo*', 'prodirect', 'pro direct', 'vlsc', 'ms store', 'im admin center gekauft', 'im admin center selbst gekauft',
      'im admin center erworben', 'ueber das admin center gekauft', 'von microsoft com gekauft',
      'von microsoft com bestellt', 'von microsoft com bezogen']
  },
  // How a purchase was made, read as direct only beside a word of buying ("bought self-service Power BI", "per
  // Self-Service gekauft"): "resets passwords via self-service" buys nothing. The admin center is where licences are
  // seen ("sieht 55 Lizenzen im Admin Center, bestellt sind aber nur 50"): only with its purchase verb right beside it
  // ("im Admin Center gekauft", "bought Visio in the admin center", above) is it a purchase there.
  direct: {
    en: [
      'bought self service', 'purchased self service', 'signed up self service', 'through microsoft sales',
      'via microsoft sales', 'from microsoft sales', 'through microsofts sales*', 'from microsofts sales*'
    ],
    de: [
      'per self service', 'im self service', 'ueber self service', 'ueber den self service', 'per selfservice', 'im selfservice', 'ueber den microsoft vertrieb',
      'beim microsoft vertrieb', 'vom microsoft vertrieb', 'ueber microsoft vertrieb'
    ]
  },
  throughUs: {
    en: [
      'on our platform', 'via our platform', 'through our platform', 'via our portal', 'through our portal', 'on our contract', 'under our contract',
      'under our agreement', 'on our agreement', 'through the reseller', 'via the reseller', 'through a reseller', 'via a reseller', 'via reseller', 'through a partner',
      'via a partner', 'via partner', 'through partner', 'provisioned by us', 'bundled with our', 'via a distributor', 'through a distributor',
      'on our invoice', 'on our invoices', 'on our bill', 'in our name', 'on our books', 'via distributor', 'via disti', 'via the disti', 'through the disti',
      'through distribution', 'via pax8', 'through pax8', 'from pax8', 'via td synnex', 'through td synnex', 'from td synnex', 'via ingram*', 'through ingram*', 'from ingram*'
    ],
    de: [
      'ueber unser portal', 'ueber unseren shop', 'ueber unseren webshop', 'in unserem webshop', 'ueber einen partner', 'ueber den reseller',
      'ueber einen reseller', 'beim reseller', 'ueber den haendler', 'beim systemhaus', 'ueber das systemhaus', 'ueber ein systemhaus', 'ueber den it dienstleister',
      'beim it dienstleister', 'ueber unseren dienstleister', 'ueber einen distributor', 'ueber einen distri', 'auf unserer rechnung', 'ueber unsere rechnung',
      'in unserer rechnung', 'wir * weiterverkauft', 'wir * * weiterverkauft', 'haben wir * weiterverkauft', 'von uns weiterverkauft', 'ueber pax8', 'bei pax8',
      'ueber td synnex', 'bei td synnex', 'ueber ingram*', 'bei ingram*'
    ]
  },
  partnerObject: {
    en: ['the msp', 'an msp', 'msps', 'the var', 'the integrator', 'the system integrator', 'the it supplier', 'the solution provider', 'my company', 'my business', 'my firm', 'our firm'],
    de: [
      'das systemhaus', 'dem systemhaus', 'den it dienstleister', 'dem it dienstleister', 'den dienstleister', 'dem dienstleister', 'den msp', 'dem msp',
      'den wiederverkaeufer', 'dem wiederverkaeufer', 'den lizenzhaendler', 'dem lizenzhaendler', 'den fachhaendler', 'dem fachhaendler', 'den integrator',
      'dem integrator', 'die partnerfirma', 'der partnerfirma', 'meine firma', 'meiner firma', 'mein unternehmen', 'meinem unternehmen'
    ]
  },
  // The administrative register's purchase: procured, beschafft, and the route of purchase named as a noun ("the
  // procurement channel", "der Bezugsweg", "der Beschaffungsweg"); a doubt said of that noun doubts the purchase.
  buy: {
    en: ['procure', 'procures', 'procured', 'procurement channel*', 'procurement route*', 'procurement path*', 'purchasing channel*', 'purchasing route*', 'sourcing channel*', 'sourcing route*'],
    de: ['beschafft', 'beschaffen', 'beschaffte', 'beschafften', 'bezugsweg*', 'beschaffungsweg*', 'erwerbsweg*', 'beschaffungskanal*', 'bezugskanal*']
  },
  // "unknown to us", "entzieht sich unserer Kenntnis", "it is suspected that", "es besteht die Vermutung": the register's doubts
  uncertain: {
    en: ['unknown', 'is suspected', 'are suspected', 'it is suspected', 'we suspect', 'is presumed', 'it is presumed', 'it is assumed', 'is assumed', 'reason to believe', 'cannot be confirmed', 'could not be confirmed'],
    de: ['entzieht sich', 'entziehen sich', 'kenntnis entzieht', 'kenntnis entziehen', 'besteht die vermutung', 'wird vermutet', 'es wird angenommen', 'keine kenntnis', 'nicht bestaetigt werden']
  },
  // The administrative register's verbs of communicating and the nouns made of them ("transmission of invoices",
  // "Unterrichtung des Bedarfsträgers", "Übersendung", "Zuleitung"): who sends and who receives are read from what
  // stands around them ("by/durch/seitens", "to/an/gegenüber", the genitive), not from the noun.
  communicate: {
    en: ['transmit', 'transmits', 'transmitted', 'transmitting', 'transmission*', 'transmittal*', 'dispatch*', 'issuance', 'apprise*',
      // keeping away from the customer is contact denied ("Shouldn't Microsoft stay away from our customers?"), asked as
      // the contact is: the polarity is the asker's
      'stay away from', 'stays away from', 'staying away from', 'keep away from', 'keeps away from', 'steer clear of', 'steers clear of'],
    de: [
      'unterrichtung*', 'unterrichtet', 'unterrichten', 'uebersend*', 'uebersandt', 'inkenntnissetzung*', 'korrespondenz*', 'versandt', 'versendet',
      'versenden', 'versendung*', 'zuleitung*', 'zugeleitet', 'zuleiten', 'zuzuleiten', 'angesprochen', 'anspricht', 'verstaendigt', 'verstaendigen',
      // "hält sich von unseren Kunden fern" (joined as "fernhaelt sich …"), "sich fernhalten"
      'fernhaelt', 'fernhalten', 'fernzuhalten', 'fernhielt',
      // "sich mit dem Kunden austauschen", "tauscht sich … mit ihm aus": talking with someone (reflexive), not a part
      // replaced ("das Zertifikat austauschen" has no "sich")
      'sich austauschen', 'sich * austauschen', 'sich * * austauschen', 'sich * * * austauschen', 'tauscht sich', 'tauschen sich', 'austauscht sich'
    ]
  },
  // The partner's part in the formal register: "is it incumbent upon us", "does it fall to the contractor"
  duty: { en: ['incumbent', 'it fall to', 'it falls to', 'does it fall', 'fall within our remit', 'falls within our remit'], de: ['obliegenheit*'] },
  billingWeak: { en: ['reactivat*', 'lapse', 'lapses', 'lapsed', 'lapsing'], de: ['reaktivier*'] },
  // A service failing or going away in everyday idiom, each as a whole family (tenses, the get-passive, both
  // languages): "fell over", "pulling the plug", "gets removed", "sits idle", "a defect"; "geht vom Netz", "zieht den
  // Stecker", "entfernt wird". Weak: a matter word (billing) beside them still decides.
  operationalWeak: {
    en: [
      'fall over', 'falls over', 'fell over', 'falling over', 'fallen over', 'keeled over', 'keels over',
      'pull the plug', 'pulls the plug', 'pulling the plug', 'pulled the plug',
      'get removed', 'gets removed', 'got removed', 'getting removed', 'is removed', 'are removed', 'was removed', 'were removed', 'been removed',
      'sit idle', 'sits idle', 'sitting idle', 'sat idle', 'idle environment*', 'idle tenant*', 'idle vm*', 'idle resource*',
      'defect', 'defects', 'defective', 'platform defect*', 'product defect*'
    ],
    de: [
      'datenmigration*', 'haenger',
      'vom netz', 'stecker ziehen', 'stecker zieht', 'zieht den stecker', 'ziehen den stecker', 'zog den stecker', 'stecker gezogen', 'den stecker zu ziehen',
      'entfernt wird', 'entfernt werden', 'entfernt wurde', 'entfernt wurden', 'entfernt worden',
      'defekt', 'defekte', 'defekten', 'defekter', 'produktfehler*', 'plattformfehler*'
    ]
  },
  quote: { en: ['quotation*'] },
  marketing: {
    en: [
      'news letter*', 'mailshot*', 'mail shot*', 'eshot*', 'email blast*', 'e mail blast*', 'mail blast*', 'bulk mail*', 'bulk email*', 'mass mail*', 'mass email*', 'coupon*',
      'prospecting', 'prospected', 'upsold', 'cross sold', 'solicit', 'solicits', 'soliciting', 'solicited', 'solicitation*',
      'web seminar*', 'online seminar*', 'csat', 'review request*', 'rate us', 'thank you note*', 'thank you mail*', 'thank you email*', 'thank you card*',
      'nurture*', 'tips and tricks', 'usage tips', 'productivity tips', 'mktg'
    ],
    de: [
      'das mailing', 'ein mailing', 'einem mailing', 'einen mailing', 'dem mailing', 'im mailing', 'mailings', 'mailingaktion*', 'werbemailing*', 'aussendung*', 'schnaeppchen*', 'akquise', 'akquiseanruf*', 'akquisemail*', 'akquise mail*', 'akquiseversuch*', 'kaltakquise', 'neukundenakquise', 'produktempfehlung*', 'kaufempfehlung*', 'online seminar*', 'onlineseminar*', 'onlineschulung*',
      'online schulung*', 'schulungsangebot*', 'trainingsangebot*', 'weiterbildungsangebot*', 'glueckwunsch*', 'glueckwuensch*', 'begruessungsmail*',
      'begruessungs mail*', 'willkommensmail*', 'willkommens mail*', 'produktneuigkeit*', 'kundenmagazin*', 'tipps und tricks', 'infobrief*',
      'testangebot*'
    ]
  }
};
/**
 * The three parties by their institutional names, as procurement and public-administration writers call them: the
 * manufacturer or licensor ("Hersteller", "Lizenzgeber") is Microsoft; the contracting entity, the beneficiary, the
 * licensee ("Auftraggeber", "Bedarfsträger", "Bedarfsstelle", "Dienststelle", "vertragsschließende Stelle") is the
 * customer, and so is a partner of its own ("a project partner", "die Partnerhochschule"); the contractor ("Auftragnehmer",
 * "Leistungserbringer") is the partner. Each names its party as a whole:
 * the words inside it ("contract|ing", "Rechen|zentrum", "Vergabe") say nothing of their own (`institutionalNameAt`
 * in `matcher.ts`), so "the contracting entity" is no contract and "das Landesrechenzentrum" no data centre.
 */
export const institutionalNames: Readonly<Record<'microsoft' | 'customer' | 'partnerObject' | 'partner', ConceptForms>> = {
  microsoft: {
    en: ['manufacturer', 'manufacturers', 'the manufacturer', 'software manufacturer*', 'licensor', 'licensors', 'the licensor'],
    de: ['herstellers', 'herstellerin', 'herstellerseite', 'herstellerseitig*', 'softwarehersteller*', 'lizenzgeber*']
  },
  customer: {
    en: [
      'contracting entit*', 'contracting authorit*', 'contracting bod*', 'contracting agenc*', 'contracting organi*', 'awarding authorit*',
      'procuring entit*', 'procuring authorit*', 'beneficiar*', 'licensee', 'licensees', 'the licensee',
      'project partner*', 'partner institution*', 'partner organi*', 'partner universit*', 'partner school*', 'partner cit*', 'partner municipalit*',
      'partner agenc*', 'consortium partner*', 'consortium member*', 'cooperation partner*'
    ],
    de: [
      'bedarfstraeger*', 'bedarfsstelle*', 'bedarfstelle*', 'auftraggeber*', 'vertragsschliessende stelle', 'vertragsschliessenden stelle',
      'dienststelle*', 'vergabestelle*', 'beschaffungsstelle*', 'zuwendungsempfaenger*', 'leistungsempfaenger*', 'lizenznehmer*',
      'landesrechenzentr*', 'hochschulrechenzentr*', 'kommunalrechenzentr*', 'universitaetsrechenzentr*',
      // a partner of the customer's own (an EU project, a consortium, a twinned university) is a customer, not the CSP partner
      'projektpartner*', 'partnerinstitution*', 'partnerorganisation*', 'partnerhochschule*', 'partneruni*', 'partnerschule*',
      'partnerbehoerde*', 'partnerkommune*', 'partnerstadt', 'partnerstaedte*', 'konsortialpartner*', 'verbundpartner*', 'kooperationspartner*'
    ]
  },
  partnerObject: {
    en: ['contractor', 'contractors', 'the contractor', 'main contractor', 'prime contractor'],
    de: ['auftragnehmer*', 'leistungserbringer*', 'generalunternehmer*']
  },
  partner: {
    en: ['contractor', 'contractors'],
    de: ['auftragnehmer*', 'leistungserbringer*', 'generalunternehmer*']
  }
};
for (const [concept, forms] of Object.entries(institutionalNames) as Array<[Concept, ConceptForms]>) {
  const known = lexicon[concept];
  lexicon[concept] = { en: [...known.en, ...forms.en], de: [...known.de, ...forms.de] };
}
// Bought by way of the contractor is bought through the partner: "procured via the contractor", "über den
// Auftragnehmer bezogen", "beim Leistungserbringer gebucht"; each route word with each way of naming it.
const contractorWords = { en: ['contractor'], de: ['auftragnehmer', 'leistungserbringer', 'generalunternehmer'] };
const routes = {
  en: ['via the', 'through the', 'via our', 'through our', 'by way of the', 'by way of our', 'via', 'through'],
  de: ['ueber den', 'ueber unseren', 'beim', 'bei dem', 'bei unserem', 'ueber']
};
lexicon.throughUs = {
  en: [...lexicon.throughUs.en, ...routes.en.flatMap((route) => contractorWords.en.map((word) => `${route} ${word}`))],
  de: [...lexicon.throughUs.de, ...routes.de.flatMap((route) => contractorWords.de.map((word) => `${route} ${word}`))]
};
/**
 * The partners in the German dative plural ("schickt Microsoft den Partnern …", "den Resellern") and the contractor with
 * its article: a second party Microsoft could reach is read as the partner, not guessed to be the customer.
 */
const partnerForms: Partial<Record<Concept, Partial<ConceptForms>>> = {
  partner: { de: ['partnern', 'resellern', 'haendlern'] },
  partnerObject: {
    de: [
      'den partnern', 'partnern', 'den resellern', 'resellern', 'den haendlern', 'haendlern', 'den csp partnern', 'csp partnern',
      // … and the contractor with its article, as "an den Partner" is read: "übermittelt … an den Leistungserbringer"
      'den auftragnehmer', 'dem auftragnehmer', 'den leistungserbringer', 'dem leistungserbringer'
    ]
  },
  // The partner as the one Microsoft bills: "does Microsoft bill us for …", "are we invoiced for …", "charge the reseller"
  // (billing the customer reaches the customer: "invoice them" is a verb of reaching above). Not the plural without an
  // article: "direct bill partners" is a kind of partner.
  partnerReceives: {
    en: [
      'bill us', 'bills us', 'billed us', 'billing us', 'bill me', 'bills me', 'billed me', 'billing me', 'invoice us', 'invoices us', 'invoiced us',
      'invoicing us', 'invoice me', 'invoices me', 'invoiced me', 'invoicing me', 'charge us', 'charges us', 'charged us', 'charging us', 'charge me',
      'charges me', 'charged me', 'charging me', 'bill the partner', 'bills the partner', 'invoice the partner', 'invoices the partner', 'charge the partner',
      'charges the partner', 'bill the reseller', 'bills the reseller', 'invoice the reseller', 'invoices the reseller', 'are we billed', 'are we invoiced',
      'are we charged', 'am i billed', 'am i invoiced', 'am i charged', 'we are billed', 'we are invoiced', 'we are charged', 'we get billed',
      'we get invoiced', 'we get charged', 'will we be billed', 'will we be invoiced', 'will we be charged', 'do we get billed', 'do we get invoiced',
      'do we get charged'
    ],
    de: [
      'berechnet uns', 'berechnet mir', 'rechnet mit uns ab', 'rechnet mit mir ab', 'rechnet microsoft mit uns', 'rechnet ms mit uns',
      'werden wir abgerechnet', 'wird uns berechnet', 'wird uns in rechnung', 'uns in rechnung', 'mir in rechnung', 'dem partner in rechnung', 'den partnern in rechnung'
    ]
  }
};
for (const [concept, forms] of Object.entries(partnerForms) as Array<[Concept, Partial<ConceptForms>]>) {
  const known = lexicon[concept];
  lexicon[concept] = { en: [...known.en, ...(forms.en ?? [])], de: [...known.de, ...(forms.de ?? [])] };
}
/**
 * The trade's abbreviations, as licensing people write them in chat and tickets: an invoice ("inv", "Rg."), a downgrade
 * ("downg"), Open Value ("OV"), a credit card ("KK"; "CC" only where it pays or is bought with, since "cc us" copies a
 * mail to someone), the policy's scope asked with a word between ("same comms policy"), a headline's "Microsoft an Kunde"
 * that needs no verb. Only abbreviations whose
 * reading the domain leaves no doubt about; one that is a word of its own stays out ("env", "doc", "re").
 */
const abbreviatedForms: Partial<Record<Concept, Partial<ConceptForms>>> = {
  billing: { en: ['inv', 'invs', 'downg', 'downgr'], de: ['downg', 'downgr'] },
  ownAgreement: { en: ['ov', 'ovs'], de: ['ov', 'ovs'] },
  creditCard: {
    en: ['with cc', 'by cc', 'per cc', 'via cc', 'on cc', 'on a cc', 'on their cc', 'on the cc', 'cc sub', 'cc subs', 'cc subscription*', 'cc purchase*', 'cc payment*', 'cc charge*'],
    de: ['kk', 'per cc', 'mit cc', 'cc abo*', 'cc zahlung*', 'cc abbuchung*']
  },
  // … and the arrow that stands for "sends to" ("MS → Kd.", lexicon.communicate) pointing at the partner: "MSFT → partner
  // notifications", "MS → uns"
  partnerReceives: {
    en: ['invoice to us', 'invoices to us', 'inv to us', 'bill to us', 'bills to us', 'invoice to me', 'bill to me', '→ partner', '→ partners', '→ us', '→ me', '→ reseller*', '→ the partner', '→ csp partner*', '→ distributor*', '→ disti*'],
    de: ['rechnung an uns', 'rechnungen an uns', 'rg an uns', 'rgn an uns', 'rechnung an mich', 'rg an mich', '→ partner', '→ partnern', '→ uns', '→ mich', '→ reseller*', '→ den partner', '→ distri*', '→ haendler*']
  },
  apply: { en: ['same * policy', 'same * policies', 'same * rules', 'same * rule'], de: ['gleiche * policy', 'gleiche * regel*', 'gleichen * regel*', 'dieselbe * policy'] },
  // a headline's reaching without a verb: "→ Microsoft an Kunde, jeweils?", "MSFT to cust?"
  communicate: {
    en: ['microsoft to customer*', 'microsoft to the customer*', 'microsoft to cust', 'ms to customer*', 'ms to the customer*', 'ms to cust', 'ms to the cust', 'msft to cust', 'msft to the cust', 'msft to customer*'],
    de: ['microsoft an kunde*', 'microsoft an den kunde*', 'microsoft an kd', 'ms an kunde*', 'ms an den kunde*', 'ms an kd', 'msft an kunde*', 'msft an kd']
  }
};
for (const [concept, forms] of Object.entries(abbreviatedForms) as Array<[Concept, Partial<ConceptForms>]>) {
  const known = lexicon[concept];
  lexicon[concept] = { en: [...known.en, ...(forms.en ?? [])], de: [...known.de, ...(forms.de ?? [])] };
}
for (const [concept, forms] of Object.entries(everydayForms) as Array<[Concept, Partial<ConceptForms>]>) {
  const known = lexicon[concept];
  lexicon[concept] = { en: [...known.en, ...(forms.en ?? [])], de: [...known.de, ...(forms.de ?? [])] };
}

/**
 * Product names found in questions, with the canonical spelling shown back. A name that is also an everyday word
 * ("project", "forms", "stream", "access", "field service") is listed only in the forms that make it the product
 * ("Project Plan 3", "Microsoft Forms", "Dynamics 365 Field Service"). A form claims its words: "Dynamics 365
 * Marketing" is no marketing, "Teams Direct Routing" no direct purchase, "Cloud PC" no Partner Center, "Security
 * Copilot" no security incident. Consumer products (`channel: 'non-csp'`) are sold only directly or in retail, never
 * in CSP; the Azure plan only in CSP.
 */
export const products: ReadonlyArray<{ name: string; forms: readonly string[]; channel?: 'csp' | 'non-csp' }> = [
  {
    name: 'Microsoft 365',
    forms: [
      'microsoft 365 e5 security', 'microsoft 365 e5 compliance', 'microsoft 365', 'm365', 'microsoft365', 'ms365', 'microsoft 365 apps', 'business premium', 'business basic', 'business standard', 'teams essentials',
      'm365 apps', 'ms 365', 'apps for business', 'apps for enterprise', 'm365 bp', 'microsoft 365 bp',
      'microsoft forms', 'ms forms', 'microsoft bookings', 'microsoft stream', 'microsoft loop', 'microsoft planner', 'microsoft lists', 'microsoft whiteboard'
    ]
  },
  { name: 'Microsoft 365 Personal or Family', forms: ['microsoft 365 personal', 'microsoft 365 family', 'microsoft 365 single', 'microsoft 365 familie', 'm365 personal', 'm365 family', 'm365 single', 'office 365 personal', 'office 365 home', 'office 365 single', 'office 365 familie'], channel: 'non-csp' },
  {
    name: 'Office 365',
    forms: ['office 365', 'o365', 'office365', 'office', 'office 2021', 'office 2019', 'office 2016', 'office 2024', 'office ltsc', 'office proplus', 'office pro plus', 'office professional plus', 'proplus', 'office 365 proplus', 'o365 proplus']
  },
  { name: 'E plan', forms: ['e5 information protection', 'e5 security', 'e5 compliance', 'e1', 'e3', 'e5', 'f1', 'f3', 'a1', 'a3', 'a5', 'g3', 'g5'] },
  { name: 'Azure plan', forms: ['azure plan*'], channel: 'csp' },
  {
    name: 'Azure',
    forms: [
      'azure', 'azure sql', 'azure vm*', 'azure storage', 'azure openai', 'azure devops', 'azure reserved', 'reserved instance*', 'savings plan*', 'azure savings plan*',
      'azure virtual desktop', 'avd', 'wvd', 'windows virtual desktop', 'aks', 'azure kubernetes service', 'azure app service', 'app service',
      'azure functions', 'function app*', 'sql database', 'sql managed instance', 'sql mi', 'cosmos db', 'cosmosdb', 'azure cosmos db', 'blob storage',
      'azure blob storage', 'azure files', 'azure backup', 'azure site recovery', 'site recovery', 'azure monitor', 'log analytics', 'aoai', 'azure ai',
      'azure ai services', 'azure ai foundry', 'ai foundry', 'azure machine learning', 'azure ml', 'azure arc', 'azure stack', 'azure stack hci',
      'azure local', 'azure vmware solution', 'azure firewall', 'azure front door', 'azure expressroute', 'expressroute', 'express route', 'azure databricks',
      'databricks', 'azure synapse', 'synapse analytics', 'azure data factory', 'data factory', 'azure key vault', 'key vault', 'azure service bus',
      'azure event hubs', 'azure logic apps', 'logic apps', 'azure api management', 'azure cognitive services', 'cognitive services', 'azure redis',
      'azure container apps', 'azure kubernetes', 'service fabric', 'azure service fabric', 'azure batch', 'azure cdn', 'azure dns', 'azure bastion',
      'azure load balancer', 'azure application gateway', 'application gateway', 'azure update manager', 'azure migrate'
    ]
  },
  {
    name: 'Dynamics 365',
    forms: [
      'dynamics 365 sales', 'dynamics 365 customer service', 'd365 sales', 'dynamics sales', 'dynamics 365', 'dynamics 365 project operations', 'project operations',
      'dynamics', 'd365', 'dynamics365', 'business central', 'bc', 'dataverse',
      'dynamics 365 marketing', 'd365 marketing', 'dynamics marketing', 'd365 customer service', 'dynamics customer service', 'dynamics 365 customer insights',
      'd365 customer insights', 'dynamics 365 customer voice', 'dynamics 365 contact center', 'd365 contact center',
      'dynamics 365 customer engagement', 'd365 customer engagement', 'd365 ce', 'dynamics 365 field service', 'd365 field service', 'dynamics field service',
      'dynamics 365 finance', 'd365 finance', 'dynamics 365 supply chain', 'd365 supply chain', 'd365 scm', 'd365 fo', 'd365 f o', 'd365fo', 'dynamics 365 commerce', 'd365 commerce', 'dynamics 365 human resources', 'dynamics 365 hr', 'd365 hr',
      'dynamics 365 team members', 'd365 team members', 'dynamics 365 for sales', 'dynamics 365 for marketing', 'dynamics 365 for customer service',
      'dynamics 365 vertrieb', 'd365 vertrieb', 'dynamics vertrieb', 'dynamics 365 fuer vertrieb', 'dynamics 365 kundenservice', 'd365 kundenservice',
      'dynamics kundenservice', 'dynamics 365 guides', 'dynamics 365 remote assist', 'dynamics crm', 'crm online', 'ms crm', 'microsoft dynamics',
      // its apps named bare, as Dynamics consultants write them
      'field service', 'customer insights', 'customer service enterprise', 'customer service professional', 'sales enterprise', 'sales professional', 'sales premium', 'supply chain management', 'finance and operations',
      'business central essentials', 'business central premium', 'bc essentials', 'bc premium', 'dynamics 365 business central', 'd365 bc', 'd365 business central'
    ]
  },
  { name: 'Dynamics NAV', forms: ['dynamics nav', 'navision', 'microsoft dynamics nav', 'ms dynamics nav'] },
  { name: 'Dynamics GP', forms: ['dynamics gp', 'great plains', 'microsoft dynamics gp', 'ms dynamics gp'] },
  { name: 'Dynamics AX', forms: ['dynamics ax', 'axapta', 'microsoft dynamics ax', 'ms dynamics ax'] },
  {
    name: 'Microsoft Teams',
    forms: [
      'teams meeting*', 'teams chat*', 'teams besprechung*', 'microsoft teams', 'teams', 'teams phone', 'teams premium', 'teams rooms', 'calling plan*', 'ms teams', 'teams phone standard', 'teams rooms pro',
      'teams rooms basic', 'teams room*', 'mtr', 'teams telefonie', 'teams telefon', 'teams calling', 'teams voice', 'audio conferencing',
      'teams audio conferencing', 'domestic calling plan*', 'international calling plan*', 'pay as you go calling plan*', 'operator connect', 'direct routing',
      'teams direct routing', 'teams enterprise', 'teams shared device*', 'teams eea', 'teams phone mit calling plan', 'teams phone with calling plan', 'anrufplan*', 'anrufplaene*', 'anrufplaenen'
    ]
  },
  {
    name: 'Exchange Online',
    forms: ['exchange online', 'exchange', 'exo', 'exchange online archiving', 'exchange online protection', 'eop', 'exchange online kiosk', 'exchange kiosk', 'exchange plan*', 'exchange online plan*', 'exchange server', 'exchange on prem*']
  },
  { name: 'Outlook', forms: ['outlook'] },
  {
    name: 'SharePoint',
    forms: ['sharepoint', 'sharepoint online', 'onedrive', 'onedrive for business', 'one drive', 'spo', 'sharepoint plan*', 'sharepoint server', 'sharepoint premium', 'sharepoint embedded', 'syntex', 'sharepoint syntex', 'sharepoint advanced management']
  },
  { name: 'Power BI', forms: ['power bi', 'powerbi', 'pbi', 'power bi pro', 'power bi premium', 'power bi embedded', 'power bi ppu'] },
  { name: 'Microsoft Fabric', forms: ['microsoft fabric', 'ms fabric', 'fabric', 'fabric capacity', 'fabric capacities', 'fabric kapazitaet*', 'onelake'] },
  {
    name: 'Power Platform',
    forms: [
      'power platform', 'power apps', 'powerapps', 'power automate', 'copilot studio', 'power pages', 'power apps premium', 'power automate premium',
      'power automate process', 'power automate desktop', 'power virtual agents', 'pva', 'ai builder', 'power apps per app', 'power apps per user'
    ]
  },
  {
    name: 'Copilot',
    forms: [
      'copilot', 'microsoft 365 copilot', 'm365 copilot', 'copilot for microsoft 365', 'copilot for m365', 'copilot m365', 'microsoft copilot',
      'ms copilot', 'copilot chat', 'microsoft 365 copilot chat', 'copilot for sales', 'copilot for service', 'copilot for finance', 'o365 copilot', 'office copilot'
    ]
  },
  { name: 'Copilot Pro', forms: ['copilot pro'], channel: 'non-csp' },
  { name: 'Security Copilot', forms: ['security copilot', 'microsoft security copilot', 'copilot for security'] },
  { name: 'GitHub', forms: ['github', 'git hub', 'github copilot', 'github enterprise', 'github advanced security', 'ghas'] },
  {
    name: 'Intune',
    forms: ['intune', 'intune suite', 'microsoft intune', 'intune plan*', 'endpoint manager', 'microsoft endpoint manager', 'mem', 'endpoint privilege management', 'windows autopatch', 'windows autopilot']
  },
  { name: 'System Center', forms: ['system center', 'sccm', 'scom', 'scvmm', 'mecm', 'configmgr', 'configuration manager', 'config manager'] },
  {
    name: 'Windows',
    forms: [
      'windows', 'windows 365', 'windows 11', 'windows enterprise', 'w365', 'windows server', 'windows 10', 'windows 11 pro', 'windows pro', 'windows 365 business',
      'windows 365 enterprise', 'windows 365 frontline', 'cloud pc*', 'windows server cal*', 'windows server datacenter', 'windows server standard', 'rds cal*',
      'remote desktop services', 'windows e3', 'windows e5', 'windows vda', 'windows ltsc', 'windows iot'
    ]
  },
  {
    name: 'Defender',
    forms: [
      'defender', 'microsoft defender', 'defender for endpoint', 'defender for office', 'mde', 'defender for business', 'defender for identity', 'mdi',
      'defender for cloud', 'defender for cloud apps', 'mdca', 'mcas', 'cloud app security', 'defender for office 365', 'mdo', 'defender xdr', 'microsoft 365 defender',
      'defender for servers', 'defender for iot', 'defender plan*', 'windows defender', 'azure defender', 'azure security center', 'office 365 atp', 'atp',
      'advanced threat protection', 'defender for storage', 'defender easm', 'defender vulnerability management', 'defender for endpoint p1', 'defender for endpoint p2'
    ]
  },
  { name: 'Sentinel', forms: ['sentinel', 'microsoft sentinel', 'azure sentinel'] },
  {
    name: 'Purview',
    forms: ['purview', 'microsoft purview', 'azure information protection', 'aip', 'information protection']
  },
  {
    name: 'Entra ID',
    forms: [
      'entra', 'entra id', 'azure ad', 'aad', 'azuread', 'azure active directory', 'microsoft entra', 'microsoft entra id', 'entra id p1', 'entra id p2', 'aad p1', 'aad p2',
      'azure ad premium', 'entra p1', 'entra p2', 'entra id governance', 'entra suite', 'entra external id', 'azure ad b2c', 'entra id premium'
    ]
  },
  { name: 'Visio', forms: ['visio', 'visio plan*', 'visio online', 'microsoft visio', 'ms visio'] },
  {
    name: 'Project',
    forms: ['project plan*', 'project online', 'project server', 'planner premium', 'microsoft project', 'ms project', 'project professional', 'project pro', 'project standard', 'project for the web', 'planner and project plan*']
  },
  { name: 'Viva', forms: ['viva', 'microsoft viva', 'viva suite', 'viva insights', 'viva glint', 'viva learning', 'viva connections', 'viva goals', 'viva engage', 'viva pulse', 'viva amplify', 'yammer', 'workplace analytics'] },
  { name: 'Skype for Business', forms: ['skype', 'skype for business', 'skype for business online', 'sfb', 'sfbo', 'lync'] },
  { name: 'LinkedIn', forms: ['linkedin', 'linked in', 'sales navigator', 'linkedin sales navigator', 'linkedin learning', 'linkedin premium', 'linkedin recruiter'] },
  { name: 'Xbox', forms: ['xbox', 'xbox game pass', 'game pass', 'xbox live'], channel: 'non-csp' },
  { name: 'Surface', forms: ['surface pro', 'surface laptop', 'surface hub', 'surface go', 'surface book', 'surface studio', 'surface devices', 'surface geraete', 'surface hardware'] },
  { name: 'Visual Studio', forms: ['visual studio', 'vs', 'visual studio enterprise', 'visual studio professional', 'vs enterprise', 'vs professional', 'vs pro'] },
  { name: 'SQL Server', forms: ['sql server', 'sql', 'sql server standard', 'sql server enterprise', 'sql server cal*', 'sql cal*'] }
];

/**
 * Regional and spoken German forms, read as the standard word before anything else looks at the question: Berlin and
 * the Ruhr ("dat", "wat", "nich", "icke"), Bavaria and Austria ("ned", "hamma"), Switzerland ("nöd", "nit"), and
 * words run together in speech ("isses", "gibts"). The structure then sees "ist das ok, dass …" in "is dat ok dat …",
 * and every phrase written with "nicht" holds for "nich". Only forms no English word shares.
 */
export const spokenGerman: Readonly<Record<string, string>> = {
  nich: 'nicht',
  ned: 'nicht',
  nit: 'nicht',
  noed: 'nicht',
  dat: 'das',
  wat: 'was',
  icke: 'ich',
  ick: 'ich',
  hamma: 'haben wir',
  samma: 'sind wir',
  isses: 'ist es',
  isset: 'ist es',
  gibts: 'gibt es',
  jibt: 'gibt',
  jeht: 'geht',
  jehts: 'geht es',
  jibts: 'gibt es',
  gehts: 'geht es',
  machts: 'macht es',
  haste: 'hast du',
  biste: 'bist du',
  kannste: 'kannst du',
  weisste: 'weisst du',
  // Bavarian and Austrian: verbs with their "-en" swallowed or their vowels spoken ("redt", "schreibn", "kriagt",
  // "kimmt", "oruafa"), pronouns and articles ("eahm", "eahna", "meim", "vo"), and words run together ("mitm", "ausm")
  redt: 'redet',
  redn: 'reden',
  gredt: 'geredet',
  schreibn: 'schreiben',
  gschriebn: 'geschrieben',
  gschrieben: 'geschrieben',
  ogschriebn: 'angeschrieben',
  ogschrieben: 'angeschrieben',
  angschriebn: 'angeschrieben',
  oschreibn: 'anschreiben',
  schicka: 'schicken',
  schickn: 'schicken',
  gschickt: 'geschickt',
  kriagt: 'kriegt',
  kriag: 'krieg',
  kriagn: 'kriegen',
  kriang: 'kriegen',
  griagt: 'gekriegt',
  kimmt: 'kommt',
  kummt: 'kommt',
  kemma: 'kommen',
  kumma: 'kommen',
  hod: 'hat',
  hobts: 'habt ihr',
  derf: 'darf',
  derfa: 'duerfen',
  derfn: 'duerfen',
  derfat: 'duerfte',
  koa: 'kein',
  koan: 'keinen',
  koane: 'keine',
  woass: 'weiss',
  woas: 'weiss',
  waass: 'weiss',
  gmacht: 'gemacht',
  macha: 'machen',
  mochn: 'machen',
  oruafa: 'anrufen',
  oruafn: 'anrufen',
  orufa: 'anrufen',
  orufn: 'anrufen',
  ogruafa: 'angerufen',
  ogruafn: 'angerufen',
  ogrufa: 'angerufen',
  ogrufn: 'angerufen',
  angruafa: 'angerufen',
  ruaft: 'ruft',
  eiladn: 'einladen',
  eiloadn: 'einladen',
  eiglodn: 'eingeladen',
  eigladn: 'eingeladen',
  mittoan: 'mitteilen',
  mitteiln: 'mitteilen',
  mitzuteiln: 'mitzuteilen',
  gmeldt: 'gemeldet',
  gmeldet: 'gemeldet',
  meldn: 'melden',
  informiern: 'informieren',
  bestaetign: 'bestaetigen',
  gsogt: 'gesagt',
  gsagt: 'gesagt',
  sogt: 'sagt',
  sogn: 'sagen',
  gebn: 'geben',
  gehn: 'gehen',
  wui: 'will',
  wuid: 'will',
  woit: 'wollte',
  woin: 'wollen',
  kafft: 'kauft',
  gkauft: 'gekauft',
  verkafft: 'verkauft',
  eahm: 'ihm',
  eam: 'ihm',
  eahna: 'ihnen',
  ehna: 'ihnen',
  eana: 'ihnen',
  eahnan: 'ihren',
  eahnane: 'ihre',
  meim: 'meinem',
  meina: 'meiner',
  deim: 'deinem',
  seim: 'seinem',
  mitm: 'mit dem',
  ausm: 'aus dem',
  uebern: 'ueber den',
  ois: 'alles',
  ollas: 'alles',
  olle: 'alle',
  vo: 'von',
  nimma: 'nicht mehr',
  wos: 'was',
  wia: 'wie',
  iatz: 'jetzt',
  etz: 'jetzt',
  heid: 'heute',
  amoi: 'einmal',
  oamoi: 'einmal',
  kundn: 'kunden',
  kost: 'kostet',
  wegn: 'wegen',
  zwegn: 'wegen',
  gwesn: 'gewesen',
  // Swiss German: "isch", "chunnt", "überchunnt", "öppis", "nid"
  isch: 'ist',
  haesch: 'hast',
  haet: 'hat',
  chunt: 'kommt',
  chunnt: 'kommt',
  choend: 'koennen',
  doerf: 'darf',
  toerf: 'darf',
  oeppis: 'etwas',
  nid: 'nicht',
  schriibt: 'schreibt',
  gschribe: 'geschrieben',
  gsi: 'gewesen',
  ueberchunnt: 'bekommt',
  uebercho: 'bekommen',
  chund: 'kunde',
  chunde: 'kunden',
  oeis: 'uns',
  eus: 'uns',
  // Swiss "-ig" for "-ung" in the nouns of the domain: "Rächnig", "Störig", "Kündigig"
  raechnig: 'rechnung',
  rechnig: 'rechnung',
  abrechnig: 'abrechnung',
  stoerig: 'stoerung',
  kuendigig: 'kuendigung',
  verlaengerig: 'verlaengerung',
  meldig: 'meldung',
  wartig: 'wartung',
  erhoehig: 'erhoehung',
  preiserhoehig: 'preiserhoehung',
  aenderig: 'aenderung'
};

/**
 * Dialect forms that are also words of English or of standard German ("i", "is", "hot", "mi", "de", "des", "do"):
 * read as the standard word only in a question that holds a form of `spokenGerman` from Bavaria, Austria or
 * Switzerland, where "hot a mca" is "hat einen MCA" and "is des ok" is "ist das ok".
 */
export const spokenGermanBesideDialect: Readonly<Record<string, string>> = {
  i: 'ich',
  is: 'ist',
  hot: 'hat',
  hob: 'habe',
  hom: 'haben',
  hams: 'haben sie',
  mi: 'mich',
  mia: 'wir',
  de: 'die',
  des: 'das',
  do: 'da',
  sei: 'sein',
  san: 'sind',
  mei: 'mein',
  dei: 'dein',
  ko: 'kann',
  kon: 'kann',
  mog: 'mag',
  mua: 'muss',
  muas: 'muss',
  deaf: 'darf',
  scho: 'schon'
};

/**
 * English contractions typed in a chat without their apostrophe ("theyre", "dont", "isnt"), and the ones that fuse a
 * pronoun with its verb ("they're"), read as the words they stand for before anything else looks at the question: the
 * structure then sees a new statement in "… about that engagement theyre our CSP customer …" typed without a full
 * stop, and every phrase written with "n't" holds for "dont". Only forms no word of either language shares ("were",
 * "im", "its", "ill", "well" are words).
 */
export const unapostrophed: Readonly<Record<string, string>> = {
  theyre: 'they are',
  "they're": 'they are',
  youre: 'you are',
  "you're": 'you are',
  "we're": 'we are',
  weve: 'we have',
  "we've": 'we have',
  theyve: 'they have',
  "they've": 'they have',
  ive: 'i have',
  "i've": 'i have',
  dont: "do n't",
  doesnt: "does n't",
  didnt: "did n't",
  isnt: "is n't",
  arent: "are n't",
  wasnt: "was n't",
  werent: "were n't",
  hasnt: "has n't",
  havent: "have n't",
  hadnt: "had n't",
  cant: "ca n't",
  wont: "will n't",
  couldnt: "could n't",
  wouldnt: "would n't",
  shouldnt: "should n't",
  // a pronoun fused with "will": "whether they'll still hear from Microsoft" (not "ill", "well", "shell": words)
  "they'll": 'they will',
  theyll: 'they will',
  "we'll": 'we will',
  "he'll": 'he will',
  "she'll": 'she will',
  "it'll": 'it will',
  itll: 'it will',
  "you'll": 'you will',
  youll: 'you will',
  // a chat's spelling of a word no language shares: "Teams thru us" is "through us"
  thru: 'through'
};

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
    'also', 'know', 'let', 'our', 'yes', 'no', 'say', 'said', 'want', 'wants', 'directly', 'again', 'later', 'after', 'before',
    // prepositions, conjunctions and pronouns no German sentence holds: "Best Schnitzel near …" is English
    'near', 'without', 'between', 'because', 'but', 'some', 'every', 'within', 'across', 'until', 'upon', 'own', 'same', 'other',
    'either', 'neither', 'nothing', 'everything', 'someone', 'anyone', 'whose', 'however', 'shall', 'here', 'very', 'many', 'as'
  ],
  de: [
    'der', 'die', 'das', 'den', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'ist', 'sind', 'war', 'wird',
    'werden', 'wurde', 'wurden', 'kann', 'kannst', 'koennen', 'darf', 'duerfen', 'soll', 'sollte', 'sollten', 'muss', 'muessen',
    'mein', 'meine', 'meinen', 'meinem', 'meiner', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'sein', 'seine',
    'seinen', 'seinem', 'seiner', 'ihr', 'ihre', 'ihren', 'ihrem', 'ihrer', 'ihn', 'ihm', 'sie', 'wir', 'uns', 'du', 'dir',
    'dich', 'ich', 'mir', 'mich', 'es', 'er', 'zu', 'zum', 'zur', 'von', 'vom', 'fuer', 'ueber', 'mit', 'bei', 'beim', 'im', 'ins',
    'auf', 'aus', 'nach', 'und', 'oder', 'nicht', 'kein', 'keine', 'wenn', 'wer', 'wem', 'wen', 'welche', 'welcher',
    'welches', 'wo', 'wie', 'wann', 'warum', 'dass', 'ob', 'auch', 'noch', 'schon', 'doch', 'bitte', 'hat', 'haben', 'habe',
    'hast', 'gibt', 'diese', 'dieser', 'dieses', 'diesen', 'ueberhaupt', 'jemals', 'immer', 'weiter', 'weiterhin', 'wegen',
    'seit', 'dann', 'denn', 'heute', 'morgen', 'frueh', 'mal', 'eigentlich', 'gilt', 'kunde', 'kunden', 'danke', 'witz',
    'wetter', 'erzaehl', 'steht', 'wofuer', 'lautet', 'neuen', 'neue', 'neu', 'gerade', 'richtig', 'stimmt', 'oft', 'etwa',
    'zusaetzlich', 'bereits', 'direkt', 'dazu', 'daran', 'darueber', 'hier', 'dort', 'alle', 'alles', 'jeder', 'jede',
    'unter', 'nummer', 'nachts', 'grad', 'lange', 'dauert', 'dat', 'wat', 'nich', 'net', 'ned', 'heuer', 'jaenner', 'feber',
    'gell', 'ja', 'eben', 'jetzt', 'gemaess', 'bzw', 'sowie', 'nen', 'geworden', 'worden', 'gewesen', 'gehabt', 'wuerde', 'wuerden', 'wuerdest', 'wuerdet', 'wia', 'vui', 'san', 'hod', 'mia', 'koa', 'ois', 'wos', 'woass', 'gwesn', 'det', 'kannste', 'haste', 'biste',
    // prepositions, conjunctions, pronouns and adverbs no English sentence holds: German written almost only in
    // abbreviations keeps these ("Bester Biergarten nahe …", "Überlässt MS … grundsätzlich dem CSP?")
    'aber', 'nur', 'sich', 'sehr', 'ganz', 'als', 'wieder', 'sondern', 'jedoch', 'weil', 'damit', 'obwohl', 'falls', 'sobald', 'bevor',
    'nachdem', 'weder', 'etwas', 'nichts', 'jemand', 'niemand', 'einige', 'viele', 'mehr', 'weniger', 'dessen', 'welchen', 'welchem',
    'solche', 'wirst', 'waere', 'hatte', 'hatten', 'bin', 'bist', 'seid', 'keinen', 'keinem', 'keiner', 'nie', 'niemals', 'wieso',
    'weshalb', 'womit', 'wovon', 'durch', 'ohne', 'gegen', 'neben', 'zwischen', 'nahe', 'laut', 'trotz', 'waehrend', 'innerhalb',
    'ausserhalb', 'bis', 'vor', 'sonst', 'zwar', 'eher', 'ebenfalls', 'gleichermassen', 'dabei', 'dadurch', 'davon', 'dafuer', 'darauf',
    'hierzu', 'hierfuer', 'wobei', 'deshalb', 'deswegen', 'trotzdem', 'denen', 'jeweils',
    // German abbreviations of the trade and of writing: "Kd." (Kunde), "MA" (Mitarbeiter), "lt." (laut), "bzgl.", "ggf."
    'kd', 'kdn', 'ma', 'lt', 'ggf', 'ggfs', 'bzgl', 'evtl', 'inkl', 'zzgl', 'usw', 'bspw', 'insb', 'vllt', 'vlt', 'jaehrl', 'monatl', 'mtl'
  ]
} as const;

/**
 * Everyday words one slip away from a word of the domain: spelt as they are, they are never read as a typo of it
 * ("suspected" is no "suspended", "geworden" no "geworben", "mittels" no "mitteilen", "attached" no "attacked").
 * A stem (`word*`) covers the inflections. Only the typo guess is withheld; a word the lexicon knows keeps its sense.
 */
export const realWords = {
  en: [
    'suspect*', 'suspicion*', 'reception*', 'conversation*', 'playing', 'played', 'player*', 'praying', 'bilingual', 'billion*',
    'certification*', 'certified', 'director*', 'clarity', 'trail', 'trails', 'outrage*', 'attach*',
    // words one letter from a stem of the domain ('promo*', 'convert*', 'regard'): prompts are no promotion
    'prompt*', 'conversely', 'regards',
    // one letter from 'flog' (selling): a thing flagged is marked, not sold
    'flag*',
    // one letter from 'promot*': a prototype is built, not promoted
    'prototyp*',
    // one letter from 'publisher*' (a Marketplace account): a case study published is no publisher
    'publish', 'publishes', 'published', 'publishing'
  ],
  de: ['prototyp*', 'uebernahme*', 'firmenuebernahme*', 'geworden', 'mittels', 'mittelst*', 'mittelstand*', 'mittelstaend*', 'sprache', 'ehemalig*', 'leiter*', 'schreiner*', 'checken', 'gecheckt', 'auffall*', 'auffaell*', 'aufgefallen']
} as const;

/**
 * The few words that decide a verdict on their own: how a product was bought ("über uns", "via CSP", "direkt",
 * "selbst"), who is reached and by what verb ("tell us", "sagt uns", "the partner"), and the negations and limits
 * that turn a reading round ("nicht", "kein", "only"). Typed with two neighbouring letters swapped ("über nus",
 * "sned us", "Tielt Microsoft uns", "ontify the partner"), each is read as itself, at any place in the word and
 * however short: a short word is otherwise never mended, and a lost channel or recipient word turns a no into a yes
 * or a question about the partner into one about the customer. Written as typed (umlauts, apostrophes left out).
 */
export const decidingWords = {
  en: [
    'direct', 'directly', 'themselves', 'own', 'through', 'thru', 'via', 'csp', 'our', 'ours', 'us', 'me', 'partner',
    'partners', 'reseller', 'resellers', 'send', 'sends', 'sent', 'tell', 'tells', 'told', 'mail', 'mails', 'email',
    'emails', 'notify', 'notifies', 'notified', 'warn', 'warns', 'write', 'writes', 'wrote', 'inform', 'informs',
    'informed', 'contact', 'contacts', 'contacted', 'call', 'calls', 'not', 'never', 'dont', 'doesnt', 'isnt', 'wont',
    'only', 'without'
  ],
  de: [
    'über', 'uns', 'unser', 'unsere', 'unseren', 'unserem', 'unserer', 'wir', 'mir', 'mich', 'direkt', 'direkte',
    'direkten', 'direkter', 'selbst', 'selber', 'eigene', 'eigenen', 'eigenes', 'eigener', 'eigenem', 'mailt', 'sagt',
    'sagen', 'teilt', 'schickt', 'schreibt', 'meldet', 'informiert', 'kontaktiert', 'benachrichtigt', 'warnt', 'warnen',
    'nicht', 'kein', 'keine', 'keinen', 'keiner', 'nie', 'niemals', 'nur', 'ohne'
  ]
} as const;

/**
 * Words in their own right that a slip of a deciding word makes, so never read as that slip: "won" (own), "Worte"
 * (wrote), "Wirte" (write), "hone" (ohne), "MRI" (mir), "Thur" (thru), "em" (me), "inst"/"sint" (isnt), "user"
 * (unser), "unseen" (unseren), "want" (warnt), "though" (through), "Teil" (teilt), and German orders and first
 * persons ("schreib", "schick", "melde", "sage", "warne"), which an order to the bot is read from.
 */
export const notDecidingSlips: readonly string[] = [
  'won', 'worte', 'wirte', 'hone', 'mri', 'thur', 'em', 'inst', 'sint', 'iva', 'want', 'waren', 'though', 'trough', 'user',
  'users', 'unseen', 'teil', 'tilt', 'schreib', 'schick', 'sage', 'wars', 'wart', 'melde', 'eignen', 'emil', 'emils', 'writ',
  'writs', 'malt', 'mais', 'mils', 'milt', 'sens', 'eigen', 'eigne', 'eigner', 'eigens', 'selbe', 'warne', 'doest', 'notif'
];
