// The end-of-road signals of one case (refreshSignals adds them): the termijn ending within six
// months without a result, and DUO exam results nobody has reviewed (term-signals.ts in the domain).
import { and, eq, isNull } from 'drizzle-orm';
import { computeTermSignals, effectiveTermEnd, type TermSignal } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { duoExamResults } from '../db/schema.ts';
import { isClosedCase, type CaseRow } from '../case-file/find-case.ts';
import { todayIn } from '../case-file/today.ts';
import { grantedExtensions, loadEindeState, type ExamResultRow } from '../use-cases/einde/einde-support.ts';

const unreviewed = (rows: readonly ExamResultRow[]) =>
  rows
    .filter((r) => r.reviewedAt === null)
    .map((r) => ({ id: r.id, onderdeel: r.onderdeel, niveau: r.niveau, resultaat: r.resultaat, examendatum: r.examendatum, receivedOn: todayIn(r.updatedAt) }));

export async function termSignalsFor(tx: Tx, row: CaseRow): Promise<TermSignal[]> {
  if (row.termEndExclusive === null) {
    // No termijn yet (most cases before the PIP): only exam results can need a look; one query.
    const rows = await tx.select().from(duoExamResults).where(and(eq(duoExamResults.caseId, row.id), isNull(duoExamResults.reviewedAt)));
    return computeTermSignals({ closed: isClosedCase(row), termEndExclusive: null, dutyMet: false, unreviewedExamResults: unreviewed(rows) });
  }
  const state = await loadEindeState(tx, row.id);
  return computeTermSignals({
    closed: isClosedCase(row),
    termEndExclusive: effectiveTermEnd(row.termEndExclusive, grantedExtensions(state.extensions)).value,
    dutyMet: state.duty.value,
    unreviewedExamResults: unreviewed(state.examResults),
  });
}
