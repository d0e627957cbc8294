// The werkvoorraad items of a budgetbeheer partner's monthly reports for one case (rules:
// @koers/domain budgetbeheerSignals; ADR 0147), from stored state only (ADR 0040).
import { eq } from 'drizzle-orm';
import { budgetbeheerSignals, DEFAULT_BUDGETBEHEER_REPORT_DAYS, type Signal } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { reliefPartnerReports } from '../db/schema.ts';
import { yearSettingsOf } from '../gemeenten/settings.ts';
import { loadAgreement } from '../use-cases/ontzorgen/ontzorgen-support.ts';

export async function budgetbeheerSignalsFor(tx: Tx, caseId: string, caseClosed: boolean): Promise<Signal[]> {
  const a = await loadAgreement(tx, caseId);
  if (!a || a.executor !== 'budgetbeheer' || a.status === 'geweigerd') return [];
  const reports = await tx.select().from(reliefPartnerReports).where(eq(reliefPartnerReports.caseId, caseId));
  const settings = await yearSettingsOf(tx, a.gemeenteId, `${a.startMonth}-01`);
  return budgetbeheerSignals({
    active: a.status === 'actief' && !caseClosed,
    startMonth: a.startMonth,
    endMonthExclusive: a.endMonthExclusive,
    reportDays: settings.budgetbeheerReportDays ?? DEFAULT_BUDGETBEHEER_REPORT_DAYS,
    reports: reports.map((r) => ({ month: r.month, done: r.status === 'uitgevoerd', reason: r.reason })),
  });
}
