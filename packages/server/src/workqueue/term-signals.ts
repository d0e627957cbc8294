// The end-of-road signals of one case (refreshSignals adds them): the termijn ending within six
// months without a result, and DUO exam results nobody has reviewed (term-signals.ts in the domain).
import { computeTermSignals, effectiveTermEnd, type TermSignal } from '@koers/domain';
import { isClosedCase, type CaseRow } from '../case-file/find-case.ts';
import { todayIn } from '../case-file/today.ts';
import { eindeStateOf, grantedExtensions, type ExamResultRow } from '../use-cases/einde/einde-support.ts';
import { currentVastgesteld, type SignalInputs } from './signal-inputs.ts';

const unreviewed = (rows: readonly ExamResultRow[]) =>
  rows
    .filter((r) => r.reviewedAt === null)
    .map((r) => ({ id: r.id, onderdeel: r.onderdeel, niveau: r.niveau, resultaat: r.resultaat, examendatum: r.examendatum, receivedOn: todayIn(r.updatedAt) }));

/** From the rows refreshSignals read (signal-inputs.ts), as einde-support.ts's loadEindeState reads them. */
export function termSignalsFor(row: CaseRow, i: Pick<SignalInputs, 'examResults' | 'extensions' | 'results' | 'pips'>): TermSignal[] {
  if (row.termEndExclusive === null) {
    // No termijn yet (most cases before the PIP): only exam results can need a look.
    return computeTermSignals({ closed: isClosedCase(row), termEndExclusive: null, dutyMet: false, unreviewedExamResults: unreviewed(i.examResults) });
  }
  const state = eindeStateOf(i.examResults, i.extensions, i.results, currentVastgesteld(i.pips));
  return computeTermSignals({
    closed: isClosedCase(row),
    termEndExclusive: effectiveTermEnd(row.termEndExclusive, grantedExtensions(state.extensions)).value,
    dutyMet: state.duty.value,
    unreviewedExamResults: unreviewed(state.examResults),
  });
}
