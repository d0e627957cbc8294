// Bezwaartermijn against a beschikking (the PIP): art. 6:7–6:9 Algemene wet bestuursrecht.
// Reading: the PIP is made known (bekendgemaakt) on its dagtekening, so the period starts the day
// after it. The length in weeks is a setting (objectionPeriodWeeks, default 6 = Awb 6:7).
import { addDays, addWeeks, formatDutchDate, isBefore, type IsoDate } from './dates.ts';
import { explained, setting, step, type Explained } from './explanation.ts';
import type { Period } from './types.ts';
import { extendToWorkday } from './workdays.ts';

const awb = (article: string): string => `art. ${article} Algemene wet bestuursrecht`;

// art. 6:7 en 6:8 lid 1 Algemene wet bestuursrecht, art. 1 Algemene termijnenwet — the period in which bezwaar can be made
export function objectionPeriod(issuedOn: IsoDate, weeks = 6): Explained<Period> {
  const start = addDays(issuedOn, 1);
  const nominalLast = addDays(addWeeks(start, weeks), -1);
  const last = extendToWorkday(nominalLast);
  return explained(
    { start, endExclusive: addDays(last.value, 1) },
    `Bezwaar kan tot en met ${formatDutchDate(last.value)}.`,
    [
      step(`De termijn begint op ${formatDutchDate(start)}, de dag na de dagtekening (${formatDutchDate(issuedOn)}).`, awb('6:8')),
      step(`De bezwaartermijn is ${weeks} weken: tot en met ${formatDutchDate(nominalLast)}.`, awb('6:7'), setting('objectionPeriodWeeks')),
      ...last.explanation.steps,
    ],
  );
}

// art. 6:9 lid 1 Algemene wet bestuursrecht — a bezwaarschrift is on time when received before the end of the period
export function objectionOnTime(issuedOn: IsoDate, receivedOn: IsoDate, weeks = 6): Explained<boolean> {
  const period = objectionPeriod(issuedOn, weeks);
  const last = addDays(period.value.endExclusive, -1);
  const onTime = isBefore(receivedOn, period.value.endExclusive);
  const text = onTime
    ? `Ontvangen op ${formatDutchDate(receivedOn)}, binnen de bezwaartermijn (tot en met ${formatDutchDate(last)}).`
    : `Ontvangen op ${formatDutchDate(receivedOn)}, na afloop van de bezwaartermijn (tot en met ${formatDutchDate(last)}): termijnoverschrijding; beoordeel of die verschoonbaar is (art. 6:11 Awb).`;
  return explained(onTime, onTime ? 'Bezwaar tijdig ingediend.' : 'Bezwaar te laat ingediend.', [
    ...period.explanation.steps,
    step(text, awb('6:9'), ...(onTime ? [] : [awb('6:11')])),
  ]);
}
