// Dutch summaries of Koers letters (ADR 0164): the reference for the other languages, shown in the
// portal when it speaks Dutch. The PDF gets no Dutch summary page: the letter itself is Dutch.
import type { SummaryCatalog } from '../summary.ts';

export const nl: SummaryCatalog = {
  dutchName: 'Nederlands',
  dir: 'ltr',
  title: 'Samenvatting',
  disclaimer: 'Dit is een samenvatting. De Nederlandse brief is het officiële besluit.',
  routes: { B1: 'de B1-route (Nederlands op niveau B1)', Z: 'de zelfredzaamheidsroute (Z-route)', Onderwijs: 'de onderwijsroute' },
  entries: {
    'intake-uitnodiging': [
      'De gemeente nodigt u uit voor een gesprek: de brede intake.',
      'Uw afspraak is op {meetingDate} om {meetingTime}.',
      'Neem vóór {respondDate} contact op met de gemeente om een afspraak te maken.',
      'We praten over uw opleiding, werk, gezondheid, gezin en taal. Daarna maken we samen uw plan (PIP).',
      'Heeft u een tolk nodig? Zeg het ons. Kunt u niet komen? Laat het op tijd weten.',
      'Komt u niet, dan krijgt u een waarschuwing. Daarna kunt u een boete krijgen.',
    ],
    'intake-waarschuwing': [
      'U kwam niet naar de brede intake, of u werkte niet genoeg mee.',
      'Deze brief is een schriftelijke waarschuwing.',
      'U krijgt een nieuwe uitnodiging. Reageer of kom vóór {respondDate}.',
      'Komt u weer niet, dan kan de gemeente u een boete geven.',
    ],
    'pip-beschikking': [
      'De gemeente heeft een besluit genomen over uw plan: het PIP (persoonlijk plan inburgering en participatie).',
      'U volgt {route}.',
      'U heeft {hoursPerWeek} uur per week les.',
      'Uw inburgeringstermijn eindigt op {termEndDate}.',
      'Alle afspraken staan in de Nederlandse brief.',
      'Bent u het er niet mee eens? U kunt binnen {objectionWeeks} weken bezwaar maken.',
    ],
    'pip-advies': [
      'De gemeente geeft u een advies over uw plan: het PIP (persoonlijk plan inburgering en participatie).',
      'Wij adviseren {route}.',
      'Het advies is {hoursPerWeek} uur les per week.',
      'Uw inburgeringstermijn eindigt op {termEndDate}.',
      'Dit is een advies, geen besluit. U kunt er geen bezwaar tegen maken.',
    ],
    'pip-intrekking': [
      'De gemeente trekt uw plan (PIP) van {issuedDate} in.',
      'Vanaf {withdrawnDate} geldt dit plan niet meer.',
      'Moet u nog inburgeren? Dan krijgt u een nieuw plan.',
      'Bent u het er niet mee eens? U kunt binnen {objectionWeeks} weken bezwaar maken.',
    ],
    'verlenging-toegekend': [
      'Uw inburgeringstermijn is verlengd met {months} maanden.',
      'U heeft nu tot en met {termEndDate}.',
      'We passen uw plan aan de nieuwe termijn aan en bespreken dat met u.',
      'DUO beslist over de verlenging. Bent u het er niet mee eens? U kunt binnen zes weken bezwaar maken bij DUO.',
    ],
    'verlenging-afgewezen': [
      'Uw inburgeringstermijn is niet verlengd.',
      'Uw termijn eindigt op {termEndDate}.',
      'Uw plan loopt door zoals afgesproken.',
      'DUO beslist over de verlenging. Bent u het er niet mee eens? U kunt binnen zes weken bezwaar maken bij DUO.',
    ],
    'pvt-certificaat': [
      'Gefeliciteerd! Op {signedDate} heeft u de participatieverklaring ondertekend.',
      'U was bij bijeenkomsten van samen {hours} uur.',
      'De gemeente geeft dit door aan DUO.',
    ],
    'ontzorgen-teruggave': [
      'Tot nu toe betaalde de gemeente een deel van uw vaste lasten uit uw uitkering.',
      'Vanaf {fromDate} betaalt u deze rekeningen weer zelf: {billCount} betalingen.',
      'In de Nederlandse brief staat per rekening aan wie, hoeveel en wanneer.',
      'Zet automatische betalingen klaar, dan vergeet u niets.',
      'U krijgt uw hele uitkering weer op uw eigen rekening.',
    ],
    'handhaving-waarschuwing': [
      'De gemeente heeft gezien dat u zich niet hield aan een regel van de inburgeringswet.',
      'Deze brief is een waarschuwing. U krijgt nu geen boete.',
      'Neem vóór {respondDate} contact op met de gemeente en vertel wat er is gebeurd.',
      'Gebeurt het opnieuw, dan kan de gemeente u een boete geven.',
    ],
    'handhaving-voornemen': [
      'De gemeente is van plan u een boete te geven van {amount}.',
      'Dit is nog geen besluit. Eerst mag u zeggen wat u ervan vindt.',
      'U kunt reageren tot en met {zienswijzeDate}: schriftelijk of in een gesprek.',
      'Vertel waarom het is gebeurd. Stuur bewijs mee als u dat heeft.',
    ],
    'handhaving-boete': [
      'De gemeente geeft u een boete van {amount}.',
      'U moet alsnog meedoen aan de brede intake, vóór {newDeadlineDate}.',
      'U krijgt een aparte brief over het betalen. U kunt vragen om een betalingsregeling.',
      'Bent u het er niet mee eens? U kunt binnen {objectionWeeks} weken bezwaar maken.',
    ],
    'beslissing-op-bezwaar': [
      'De gemeente heeft beslist over uw bezwaar tegen de boete.',
      'U krijgt gelijk. De boete van {revokedAmount} vervalt. U hoeft die niet te betalen.',
      'U krijgt voor een deel gelijk. De boete gaat omlaag van {loweredFromAmount} naar {newAmount}.',
      'U krijgt geen gelijk. De boete blijft {upheldAmount}.',
      'De gemeente heeft uw bezwaar niet beoordeeld. De boete blijft {inadmissibleAmount}.',
      'Bent u het er niet mee eens? U kunt binnen zes weken naar de rechter (beroep).',
    ],
  },
};
