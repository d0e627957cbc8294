// Werkvoorraad items at the end of the road (R20 second half, ADR 0130): the termijn ending within
// six months without a result, and a new exam result from DUO to review. Pure: they depend on the
// stored state only (ADR 0040); "six months before the end" is a signal due from that day.
import { addMonths, formatDutchDate, type IsoDate } from '../rules/dates.ts';
import { examPartLabel, examResultLabel, isExamPart, type ExamResult } from '../rules/term-end.ts';
import type { Signal } from './signals.ts';

export interface TermSnapshot {
  readonly closed: boolean;
  /** The effective end (DUO's end or a later granted extension; effectiveTermEnd). */
  readonly termEndExclusive: IsoDate | null;
  /** dutyState for the case: the duty is fulfilled. */
  readonly dutyMet: boolean;
  /** Exam results DUO reported that nobody has reviewed yet; `receivedOn`: the day Koers stored them. */
  readonly unreviewedExamResults: readonly (ExamResult & { readonly id: string; readonly receivedOn: IsoDate })[];
}

export type TermSignal = Signal & { readonly ref?: { readonly examResultId: string } };

/** Months before the end of the termijn from which "termijn loopt af" is due. */
export const TERM_ENDING_LEAD_MONTHS = 6;

// art. 11 lid 1 en art. 12 Wet inburgering 2021 — the termijn ends; art. 17 lid 1: the college keeps sight of the progress
export function computeTermSignals(c: TermSnapshot): TermSignal[] {
  const signals: TermSignal[] = [];
  for (const r of c.unreviewedExamResults) {
    const part = isExamPart(r.onderdeel) ? examPartLabel[r.onderdeel] : r.onderdeel;
    signals.push({
      kind: 'duo-exam-result-review',
      dueOn: r.receivedOn,
      deadline: null,
      reason: `DUO meldde een examenresultaat: ${part}${r.niveau ? ` ${r.niveau}` : ''} ${examResultLabel(r.resultaat)} op ${formatDutchDate(r.examendatum)}. Bekijk wat het betekent voor het traject en markeer het als beoordeeld.`,
      section: 'resultaten',
      ref: { examResultId: r.id },
    });
  }
  if (!c.closed && !c.dutyMet && c.termEndExclusive !== null) {
    const dueOn = addMonths(c.termEndExclusive, -TERM_ENDING_LEAD_MONTHS);
    signals.push({
      kind: 'term-ending-no-result',
      dueOn,
      deadline: c.termEndExclusive,
      reason: `De inburgeringstermijn loopt tot ${formatDutchDate(c.termEndExclusive)} en de plicht is nog niet voldaan. Bespreek de voortgang en of een verlenging van de termijn mogelijk is.`,
      section: 'resultaten',
    });
  }
  return signals;
}
