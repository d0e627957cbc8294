// What a budgetbeheer partner may see of an agreement assigned to it (ADR 0147): the person's name
// to know whom it pays for, the payees, IBANs, references, amounts, days and the period — never the
// BSN, the intake, the bijstand or anything else of the case. The use cases return only this view.
import { and, asc, eq } from 'drizzle-orm';
import {
  addMonthsToMonth,
  addDays,
  DEFAULT_BUDGETBEHEER_REPORT_DAYS,
  fixedCostKindLabels,
  partnerProblemKindLabels,
  partnerReportStatusLabels,
} from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { caseAssignments, cases, reliefAgreements, reliefPartnerProblems, reliefPartnerReports } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import type { Principal } from '../../auth/principal.ts';
import { yearSettingsOf } from '../../gemeenten/settings.ts';
import { type AgreementRow } from './ontzorgen-support.ts';
import { labelOf } from '../../util/records.ts';
import type { PartnerAgreementView } from './ontzorgen.view.ts';

export const notAssigned = () => new AppError('NOT_FOUND', { message: 'Deze afspraak bestaat niet of is niet aan u toegewezen.' });

/** The agreements in this partner's hands: assigned as budgetbeheer, executed by budgetbeheer, not refused. */
export async function assignedAgreements(tx: Tx, principal: Principal, caseId?: string): Promise<{ a: AgreementRow; givenNames: string; familyName: string }[]> {
  const rows = await tx
    .select({ a: reliefAgreements, givenNames: cases.givenNames, familyName: cases.familyName })
    .from(caseAssignments)
    .innerJoin(reliefAgreements, eq(reliefAgreements.caseId, caseAssignments.caseId))
    .innerJoin(cases, eq(cases.id, caseAssignments.caseId))
    .where(and(eq(caseAssignments.userId, principal.userId), eq(caseAssignments.kind, 'budgetbeheer'), eq(reliefAgreements.executor, 'budgetbeheer'), caseId ? eq(caseAssignments.caseId, caseId) : undefined))
    .orderBy(asc(cases.familyName), asc(cases.givenNames));
  return rows.filter((r) => r.a.status !== 'geweigerd');
}

export async function assignedAgreement(tx: Tx, principal: Principal, caseId: string) {
  const [row] = await assignedAgreements(tx, principal, caseId);
  if (!row) throw notAssigned();
  return row;
}

const statusLabels: Readonly<Record<string, string>> = { actief: 'Loopt', beeindigd: 'Beëindigd' };

export async function partnerAgreementView(tx: Tx, row: { a: AgreementRow; givenNames: string; familyName: string }, currentMonth: string): Promise<PartnerAgreementView> {
  const { a } = row;
  const settings = await yearSettingsOf(tx, a.gemeenteId, `${a.startMonth}-01`);
  const days = settings.budgetbeheerReportDays ?? DEFAULT_BUDGETBEHEER_REPORT_DAYS;
  const reports = await tx.select().from(reliefPartnerReports).where(eq(reliefPartnerReports.caseId, a.caseId));
  const problems = await tx.select().from(reliefPartnerProblems).where(eq(reliefPartnerProblems.caseId, a.caseId)).orderBy(asc(reliefPartnerProblems.reportedOn));
  const costs = a.fixedCosts;
  const months: PartnerAgreementView['months'] = [];
  // The months of the period that have begun (a month is reported once it has started).
  for (let m = a.startMonth; m < a.endMonthExclusive && m <= currentMonth; m = addMonthsToMonth(m, 1)) {
    const r = reports.find((x) => x.month === m);
    months.push({
      month: m,
      reportDueOn: addDays(`${addMonthsToMonth(m, 1)}-01`, days - 1),
      report: r ? { status: r.status, statusLabel: labelOf(partnerReportStatusLabels, r.status), reason: r.reason, version: r.version } : null,
    });
  }
  return {
    caseId: a.caseId,
    name: `${row.givenNames} ${row.familyName}`,
    status: a.status,
    statusLabel: statusLabels[a.status] ?? a.status,
    startMonth: a.startMonth,
    endMonthExclusive: a.endMonthExclusive,
    fixedCosts: costs.map((c) => ({ kindLabel: fixedCostKindLabels[c.kind] ?? c.kind, payeeName: c.payeeName, iban: c.iban, reference: c.reference, amountCents: c.amountCents, dayOfMonth: c.dayOfMonth })),
    totalCents: costs.reduce((s, c) => s + c.amountCents, 0),
    months: months.reverse(),
    problems: problems.map((p) => ({ id: p.id, kind: p.kind, kindLabel: labelOf(partnerProblemKindLabels, p.kind), note: p.note, reportedOn: p.reportedOn, resolvedOn: p.resolvedOn })),
  };
}
