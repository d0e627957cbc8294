// Retention of personal data (art. 9.9 Besluit inburgering 2021, art. 5 lid 1 sub e AVG): which
// closed cases have passed their periods, counted from the end of the inburgeringsplicht.
import { isIsoDate, type IsoDate } from './dates.ts';
import { isOneOf } from '../guards.ts';
import { numbersOf } from '../guards.ts';

export interface RetentionPeriods {
  caseFileYears: number;
  coreDataYears: number;
  processingLogYears: number;
}

/** A date n whole years earlier; 29 February becomes 28 February in a year without it. */
export function yearsBefore(day: IsoDate, years: number): IsoDate {
  const [y, m, d] = numbersOf(day);
  const year = y - years;
  const lastOfMonth = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const result = `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastOfMonth)).padStart(2, '0')}`;
  if (!isIsoDate(result)) throw new RangeError('Ongeldige datum bij het terugrekenen van een bewaartermijn');
  return result;
}

export interface RetentionCutoffs {
  /** A case closed on or before this day has passed the case-file period. */
  caseFileClosedOnOrBefore: IsoDate;
  /** A case closed on or before this day has passed the core-data period. */
  coreDataClosedOnOrBefore: IsoDate;
  /** Processing-log entries from before the start of this day have passed their period. */
  processingLogBefore: IsoDate;
}

// art. 9.9 lid 1 sub a en lid 2 Besluit inburgering 2021 — delete after the periods counted from the end of the duty
export function retentionCutoffs(today: IsoDate, periods: RetentionPeriods): RetentionCutoffs {
  return {
    caseFileClosedOnOrBefore: yearsBefore(today, periods.caseFileYears),
    coreDataClosedOnOrBefore: yearsBefore(today, periods.coreDataYears),
    processingLogBefore: yearsBefore(today, periods.processingLogYears),
  };
}

/** Closing reasons (case closing, ADR 0103) after which the personal data goes at the next retention run. */
export const closingReasonsRemovedAtOnce = ['overleden'] as const;

// art. 9.9 lid 1 sub b Besluit inburgering 2021 — the data of a person who died is removed; the 50-year exception of lid 2 covers only sub a
export function removedAtOnce(closedReasonCode: string | null): boolean {
  return closedReasonCode !== null && isOneOf(closingReasonsRemovedAtOnce, closedReasonCode);
}
