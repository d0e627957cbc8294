// The werkvoorraad items of financieel ontzorgen for one case (rules: @koers/domain ontzorgenSignals),
// from the stored agreement and payments only (ADR 0040).
import { and, eq, isNull } from 'drizzle-orm';
import { checkpointStates, ontzorgenSignals, partnerProblemKindLabels, type IsoDate, type Signal } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { reliefPartnerProblems, reliefPayments } from '../db/schema.ts';
import { yearSettingsOf } from '../gemeenten/settings.ts';
import { loadAgreement } from '../use-cases/ontzorgen/ontzorgen-support.ts';
import { labelOf } from '../util/records.ts';

export async function ontzorgenSignalsFor(tx: Tx, caseId: string, closedOn: IsoDate | null = null): Promise<Signal[]> {
  const a = await loadAgreement(tx, caseId);
  if (!a) return [];
  const rejected = await tx.select().from(reliefPayments).where(and(eq(reliefPayments.caseId, caseId), eq(reliefPayments.status, 'geweigerd')));
  // Open problems the budgetbeheer partner signalled (ADR 0147), until someone marks them handled.
  const problems = await tx.select().from(reliefPartnerProblems).where(and(eq(reliefPartnerProblems.caseId, caseId), isNull(reliefPartnerProblems.resolvedOn)));
  const settings = await yearSettingsOf(tx, a.gemeenteId, a.bijstandFrom);
  return ontzorgenSignals({
    status: a.status === 'actief' || a.status === 'geweigerd' ? a.status : 'beeindigd',
    endsOn: `${a.endMonthExclusive}-01`,
    housedOn: a.housedOn,
    checkpoints: checkpointStates(a.bijstandFrom, settings.reliefCheckpointsMonths, a.checkpoints).filter((c) => !c.lapsed).map((c) => ({ dueOn: c.dueOn, held: c.held !== null })),
    // Attended implies it was planned (a date attended without a planned date clears the work item too).
    trainingPlannedOn: a.trainingPlannedOn ?? a.trainingAttendedOn,
    rejectedPayments: rejected.map((p) => ({ id: p.id, rejectedOn: p.statusOn ?? p.executionDate, payeeName: p.payeeName, amountCents: p.amountCents, reason: p.rejectionReason ?? 'geen reden opgegeven' })),
    partnerProblems: problems.map((p) => ({ id: p.id, reportedOn: p.reportedOn, kindLabel: `${labelOf(partnerProblemKindLabels, p.kind)} (${p.note.length > 160 ? `${p.note.slice(0, 157)}…` : p.note})` })),
    caseClosedOn: closedOn,
  });
}
