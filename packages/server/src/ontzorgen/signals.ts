// The werkvoorraad items of financieel ontzorgen for one case (rules: @koers/domain ontzorgenSignals),
// from the stored agreement and payments only (ADR 0040).
import { checkpointStates, ontzorgenSignals, partnerProblemKindLabels, type IsoDate, type Signal } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { yearSettingsOf } from '../gemeenten/settings.ts';
import type { SignalInputs } from '../workqueue/signal-inputs.ts';
import { labelOf } from '../util/records.ts';

/** From the rows refreshSignals read (signal-inputs.ts): the agreement, its refused payments and the partner's open problems (ADR 0147). */
export async function ontzorgenSignalsFor(tx: Tx, i: Pick<SignalInputs, 'relief' | 'rejectedPayments' | 'partnerProblems'>, closedOn: IsoDate | null = null): Promise<Signal[]> {
  const [a] = i.relief;
  if (!a) return [];
  const { rejectedPayments: rejected, partnerProblems: problems } = i;
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
