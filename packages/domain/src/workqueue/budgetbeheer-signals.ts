// Werkvoorraad items when a budgetbeheer partner executes ontzorgen (issue 15; ADR 0147): a month
// the partner did not report within the gemeente's days, and a month it reports as not paid. Like
// every signal they depend on stored state only (ADR 0040): "late" is a dueOn date, never today.
import { addDays, formatDutchDate, type IsoDate } from '../rules/dates.ts';
import { addMonthsToMonth, type IsoMonth } from '../ontzorgen/agreement.ts';
import type { Signal } from './signals.ts';

export interface BudgetbeheerSnapshot {
  /** Only a running agreement in a partner's hands needs monthly reports. */
  readonly active: boolean;
  readonly startMonth: IsoMonth;
  readonly endMonthExclusive: IsoMonth;
  /** Setting budgetbeheerReportDays: days after a month's end by which its report is due. */
  readonly reportDays: number;
  readonly reports: readonly { readonly month: IsoMonth; readonly done: boolean; readonly reason: string | null }[];
}

const monthName = (month: IsoMonth): string => formatDutchDate(`${month}-01`).replace(/^1 /, '');

// art. 56a Participatiewet; seed 002 §4.3 (budgetbeheer light): the partner accounts monthly for the payments
export function budgetbeheerSignals(s: BudgetbeheerSnapshot): Signal[] {
  const out: Signal[] = [];
  for (const r of s.reports) {
    if (r.done) continue;
    out.push({
      kind: 'ontzorgen-partner-problem',
      dueOn: addDays(`${addMonthsToMonth(r.month, 1)}-01`, -1),
      deadline: null,
      reason: `De budgetbeheerder heeft de betalingen van ${monthName(r.month)} niet (alle) gedaan: ${r.reason ?? 'geen reden opgegeven'}. Neem contact op met de persoon en de partner.`,
      section: 'ontzorgen',
    });
  }
  if (!s.active) return out;
  const reported = new Set(s.reports.map((r) => r.month));
  // Only the first month without a report: once it is reported, the next one follows.
  for (let m = s.startMonth; m < s.endMonthExclusive; m = addMonthsToMonth(m, 1)) {
    if (reported.has(m)) continue;
    const dueOn: IsoDate = addDays(`${addMonthsToMonth(m, 1)}-01`, s.reportDays);
    out.push({
      kind: 'ontzorgen-partner-report-missing',
      dueOn,
      deadline: null,
      reason: `De budgetbeheerder heeft nog niet gemeld of de betalingen van ${monthName(m)} zijn gedaan (verwacht uiterlijk ${formatDutchDate(addDays(dueOn, -1))}). Vraag de partner om de maandrapportage.`,
      section: 'ontzorgen',
    });
    break;
  }
  return out;
}
