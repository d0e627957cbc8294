// Financieel ontzorgen (B15, art. 56a Participatiewet): the agreement with the person, in integer cents.
import { addMonths, daysInMonth, type IsoDate } from '../rules/dates.ts';
import { numbersOf } from '../guards.ts';

export const fixedCostKinds = ['huur', 'energie', 'water', 'zorgverzekering', 'overig'] as const;
export type FixedCostKind = (typeof fixedCostKinds)[number];
export const fixedCostKindLabels: Readonly<Record<FixedCostKind, string>> = {
  huur: 'Huur',
  energie: 'Energie (gas en stroom)',
  water: 'Water',
  zorgverzekering: 'Zorgverzekering',
  overig: 'Overige vaste last',
};

export const reliefExecutors = ['gemeente', 'budgetbeheer'] as const;
export type ReliefExecutor = (typeof reliefExecutors)[number];
export const reliefExecutorLabels: Readonly<Record<ReliefExecutor, string>> = {
  gemeente: 'De gemeente betaalt',
  budgetbeheer: 'Een partner voor budgetbeheer betaalt',
};

export const agreementStatuses = ['actief', 'geweigerd', 'beeindigd'] as const;
export type AgreementStatus = (typeof agreementStatuses)[number];
export const agreementStatusLabels: Readonly<Record<AgreementStatus, string>> = {
  actief: 'Loopt',
  geweigerd: 'Geweigerd door de persoon',
  beeindigd: 'Beëindigd',
};

/** A month as 'YYYY-MM'. */
export type IsoMonth = string;

export interface FixedCost {
  /** Stable across versions of the agreement: a payment is unique per case, month and cost id. */
  readonly id: string;
  readonly kind: FixedCostKind;
  readonly payeeName: string;
  readonly iban: string;
  readonly reference: string;
  readonly amountCents: number;
  /** Day of the month the payment is due (1–28 keeps every month valid; 29–31 fall back to the last day). */
  readonly dayOfMonth: number;
}

export interface ReliefAgreement {
  readonly status: AgreementStatus;
  readonly bijstandMonthlyCents: number;
  readonly fixedCosts: readonly FixedCost[];
  readonly executor: ReliefExecutor;
  /** First month with payments. */
  readonly startMonth: IsoMonth;
  /** First month without payments (end of the period, a checkpoint's extension or hand-back). */
  readonly endMonthExclusive: IsoMonth;
}

export function monthOf(date: IsoDate): IsoMonth {
  return date.slice(0, 7);
}

export function addMonthsToMonth(month: IsoMonth, months: number): IsoMonth {
  return monthOf(addMonths(`${month}-01`, months));
}

/** The first month that starts on or after the date (a period ending 2027-07-15 pays July: exclusive end rounds up). */
export function monthAtOrAfter(date: IsoDate): IsoMonth {
  return date.endsWith('-01') ? monthOf(date) : addMonthsToMonth(monthOf(date), 1);
}

export function monthsBetween(from: IsoMonth, to: IsoMonth): number {
  const [fy, fm] = numbersOf(from);
  const [ty, tm] = numbersOf(to);
  return (ty - fy) * 12 + (tm - fm);
}

export function isMonthWithin(month: IsoMonth, agreement: Pick<ReliefAgreement, 'startMonth' | 'endMonthExclusive'>): boolean {
  return month >= agreement.startMonth && month < agreement.endMonthExclusive;
}

/** The payment date of a fixed cost in a month: its day, or the month's last day in a short month. */
export function paymentDate(month: IsoMonth, dayOfMonth: number): IsoDate {
  const [y, m] = numbersOf(month);
  const day = Math.min(dayOfMonth, daysInMonth(y, m));
  return `${month}-${String(day).padStart(2, '0')}`;
}

export function totalFixedCostsCents(costs: readonly FixedCost[]): number {
  return costs.reduce((sum, c) => sum + c.amountCents, 0);
}

/** Formats cents as Dutch euros: 123456 → "€ 1.234,56". */
export function formatEuroCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}€ ${euros},${String(abs % 100).padStart(2, '0')}`;
}
