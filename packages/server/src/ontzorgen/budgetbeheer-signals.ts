// The werkvoorraad items of a budgetbeheer partner's monthly reports for one case (rules:
// @koers/domain budgetbeheerSignals; ADR 0147), from stored state only (ADR 0040).
import { budgetbeheerSignals, DEFAULT_BUDGETBEHEER_REPORT_DAYS, type Signal } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { yearSettingsOf } from '../gemeenten/settings.ts';
import type { SignalInputs } from '../workqueue/signal-inputs.ts';

/** From the rows refreshSignals read (signal-inputs.ts): the agreement and the partner's monthly reports. */
export async function budgetbeheerSignalsFor(tx: Tx, i: Pick<SignalInputs, 'relief' | 'partnerReports'>, caseClosed: boolean): Promise<Signal[]> {
  const [a] = i.relief;
  if (!a || a.executor !== 'budgetbeheer' || a.status === 'geweigerd') return [];
  const reports = i.partnerReports;
  const settings = await yearSettingsOf(tx, a.gemeenteId, `${a.startMonth}-01`);
  return budgetbeheerSignals({
    active: a.status === 'actief' && !caseClosed,
    startMonth: a.startMonth,
    endMonthExclusive: a.endMonthExclusive,
    reportDays: settings.budgetbeheerReportDays ?? DEFAULT_BUDGETBEHEER_REPORT_DAYS,
    reports: reports.map((r) => ({ month: r.month, done: r.status === 'uitgevoerd', reason: r.reason })),
  });
}
