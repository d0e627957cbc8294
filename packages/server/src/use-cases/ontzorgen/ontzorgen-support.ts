// Loading and mapping the agreement of financieel ontzorgen (B15; ADR 0136) and the case part's view.
import { and, desc, eq } from 'drizzle-orm';
import {
  agreementStatusLabels,
  partnerProblemKindLabels,
  partnerReportStatusLabels,
  checkpointOutcomeLabels,
  checkpointStates,
  financialRelief,
  fixedCostKindLabels,
  paymentsForMonth,
  reliefExecutorLabels,
  totalFixedCostsCents,
  type IsoDate,
  type ReliefAgreement,
} from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { pips, reliefAgreements, reliefPartnerProblems, reliefPartnerReports, reliefPayments } from '../../db/schema.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { settingsOf, storedRelief } from '../pip/pip-support.ts';
import { labelOf } from '../../util/records.ts';
import type { OntzorgenView, PaymentView } from './ontzorgen.view.ts';

export type AgreementRow = typeof reliefAgreements.$inferSelect;
export type PaymentRow = typeof reliefPayments.$inferSelect;

export const paymentStatusLabels: Readonly<Record<string, string>> = {
  voorgesteld: 'In voorstel',
  goedgekeurd: 'Goedgekeurd, naar de bank',
  betaald: 'Betaald',
  geweigerd: 'Geweigerd door de bank',
};


export function agreementOf(row: AgreementRow): ReliefAgreement {
  return {
    status: row.status,
    bijstandMonthlyCents: row.bijstandMonthlyCents,
    fixedCosts: row.fixedCosts,
    executor: row.executor,
    startMonth: row.startMonth,
    endMonthExclusive: row.endMonthExclusive,
  };
}

export async function loadAgreement(tx: Tx, caseId: string, forUpdate = false): Promise<AgreementRow | null> {
  const q = tx.select().from(reliefAgreements).where(eq(reliefAgreements.caseId, caseId));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row ?? null;
}

/** The latest PIP of the case (its Participatiewet decision carries the relief): linked to the agreement. */
export async function latestPip(tx: Tx, caseId: string): Promise<{ id: string; bijstandFrom: IsoDate | null } | null> {
  const [row] = await tx.select({ id: pips.id, relief: pips.relief }).from(pips).where(and(eq(pips.caseId, caseId))).orderBy(desc(pips.version)).limit(1);
  return row ? { id: row.id, bijstandFrom: storedRelief(row.relief)?.bijstandFrom ?? null } : null;
}

/** The rules core's period with the gemeente's local extension and checkpoint months (settings of the year of the bijstand). */
export async function reliefRuleFor(tx: Tx, kase: CaseRow, bijstandFrom: IsoDate | null, today: IsoDate) {
  const settings = await settingsOf(tx, kase.gemeenteId, bijstandFrom ?? today);
  const relief = financialRelief({ obliged: kase.obliged ?? false, permit: kase.permit === 'asiel' ? 'asiel' : 'regulier', bijstandFrom, localExtensionMonths: settings.reliefLocalExtensionMonths });
  return { relief, checkpointMonths: settings.reliefCheckpointsMonths };
}

export function paymentView(p: PaymentRow): PaymentView {
  return {
    id: p.id,
    batchId: p.batchId,
    caseId: p.caseId,
    month: p.month,
    kind: p.kind,
    kindLabel: labelOf(fixedCostKindLabels, p.kind),
    payeeName: p.payeeName,
    iban: p.iban,
    reference: p.reference,
    amountCents: p.amountCents,
    executionDate: p.executionDate,
    status: p.status,
    statusLabel: paymentStatusLabels[p.status] ?? p.status,
    rejectionReason: p.rejectionReason,
    version: p.version,
  };
}

export async function ontzorgenView(tx: Tx, kase: CaseRow, today: IsoDate): Promise<OntzorgenView> {
  const row = await loadAgreement(tx, kase.id);
  const pip = await latestPip(tx, kase.id);
  const bijstandFrom = row?.bijstandFrom ?? pip?.bijstandFrom ?? null;
  const { relief, checkpointMonths } = await reliefRuleFor(tx, kase, bijstandFrom, today);
  const payments = await tx.select().from(reliefPayments).where(eq(reliefPayments.caseId, kase.id)).orderBy(desc(reliefPayments.month), reliefPayments.executionDate);
  const agreement = row ? agreementOf(row) : null;
  // What a budgetbeheer partner reported and signalled (ADR 0147), shown to the regisseur.
  const reports = await tx.select().from(reliefPartnerReports).where(eq(reliefPartnerReports.caseId, kase.id)).orderBy(desc(reliefPartnerReports.month));
  const problems = await tx.select().from(reliefPartnerProblems).where(eq(reliefPartnerProblems.caseId, kase.id)).orderBy(desc(reliefPartnerProblems.reportedOn));
  const plan = agreement ? paymentsForMonth({ ...agreement, status: 'actief', startMonth: '0000-01', endMonthExclusive: '9999-12' }, '2000-01') : null;
  return {
    caseId: kase.id,
    relief: { applies: relief.value.applies, explanation: relief.explanation.summary, steps: relief.explanation.steps.map((s) => s.text), from: relief.value.from, localToExclusive: relief.value.localToExclusive },
    bijstandFromSuggestion: bijstandFrom,
    checkpointMonths: [...checkpointMonths],
    agreement: row
      ? {
          status: row.status,
          statusLabel: agreementStatusLabels[row.status] ?? row.status,
          pipId: row.pipId,
          bijstandFrom: row.bijstandFrom,
          bijstandMonthlyCents: row.bijstandMonthlyCents,
          fixedCosts: row.fixedCosts.map((c) => ({ ...c, kindLabel: fixedCostKindLabels[c.kind] })),
          totalFixedCents: totalFixedCostsCents(row.fixedCosts),
          remainderCents: plan?.remainderCents ?? row.bijstandMonthlyCents,
          blockedReason: plan?.kind === 'geblokkeerd' ? plan.reason : null,
          executor: row.executor,
          executorLabel: reliefExecutorLabels[row.executor] ?? row.executor,
          partnerName: row.partnerName,
          startMonth: row.startMonth,
          endMonthExclusive: row.endMonthExclusive,
          explanation: row.explanation,
          refusalNote: row.refusalNote,
          housedOn: row.housedOn,
          trainingPlannedOn: row.trainingPlannedOn,
          trainingAttendedOn: row.trainingAttendedOn,
          version: row.version,
          updatedAt: row.updatedAt.toISOString(),
        }
      : null,
    checkpoints: row
      ? checkpointStates(row.bijstandFrom, checkpointMonths, row.checkpoints).map((c) => ({
          dueOn: c.dueOn,
          held: c.held ? { ...c.held, outcomeLabel: checkpointOutcomeLabels[c.held.outcome] } : null,
          lapsed: c.lapsed,
        }))
      : [],
    payments: payments.map(paymentView),
    partnerReports: reports.map((r) => ({ month: r.month, status: r.status, statusLabel: labelOf(partnerReportStatusLabels, r.status), reason: r.reason })),
    partnerProblems: problems.map((p) => ({ id: p.id, kind: p.kind, kindLabel: labelOf(partnerProblemKindLabels, p.kind), note: p.note, reportedOn: p.reportedOn, resolvedOn: p.resolvedOn, version: p.version })),
  };
}

