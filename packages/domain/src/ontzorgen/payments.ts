// The payments due for one month from an agreement (B15, art. 56a lid 2 Participatiewet): the fixed
// costs on their day, the remainder (bijstand minus fixed costs) to the person. Pure and in cents.
import type { IsoDate } from '../rules/dates.ts';
import { formatEuroCents, isMonthWithin, paymentDate, totalFixedCostsCents, type FixedCostKind, type IsoMonth, type ReliefAgreement } from './agreement.ts';

export interface DuePayment {
  readonly costId: string;
  readonly kind: FixedCostKind;
  readonly payeeName: string;
  readonly iban: string;
  readonly reference: string;
  readonly amountCents: number;
  readonly executionDate: IsoDate;
}

export type MonthPlan =
  | { readonly kind: 'buiten-periode'; readonly reason: string; readonly payments: readonly []; readonly remainderCents: number }
  | { readonly kind: 'geblokkeerd'; readonly reason: string; readonly payments: readonly []; readonly remainderCents: number }
  | { readonly kind: 'betalen'; readonly payments: readonly DuePayment[]; readonly remainderCents: number };

/** Key of a payment that can exist only once: one fixed cost in one month. */
export function paymentKey(month: IsoMonth, costId: string): string {
  return `${month}:${costId}`;
}

// art. 56a lid 2 Participatiewet — fixed costs paid from the bijstand; remainder to the person
export function paymentsForMonth(agreement: ReliefAgreement, month: IsoMonth, alreadyPaid: ReadonlySet<string> = new Set()): MonthPlan {
  if (agreement.status !== 'actief') {
    return { kind: 'buiten-periode', reason: 'De afspraak loopt niet (geweigerd of beëindigd).', payments: [], remainderCents: agreement.bijstandMonthlyCents };
  }
  if (!isMonthWithin(month, agreement)) {
    return { kind: 'buiten-periode', reason: 'Deze maand valt buiten de periode van ontzorgen.', payments: [], remainderCents: agreement.bijstandMonthlyCents };
  }
  const total = totalFixedCostsCents(agreement.fixedCosts);
  if (total > agreement.bijstandMonthlyCents) {
    return {
      kind: 'geblokkeerd',
      reason: `De vaste lasten (${formatEuroCents(total)}) zijn hoger dan de bijstand (${formatEuroCents(agreement.bijstandMonthlyCents)}). Er wordt niets betaald tot de afspraak is aangepast.`,
      payments: [],
      remainderCents: agreement.bijstandMonthlyCents,
    };
  }
  const payments = agreement.fixedCosts
    .filter((c) => c.amountCents > 0 && !alreadyPaid.has(paymentKey(month, c.id)))
    .map((c) => ({ costId: c.id, kind: c.kind, payeeName: c.payeeName, iban: c.iban, reference: c.reference, amountCents: c.amountCents, executionDate: paymentDate(month, c.dayOfMonth) }));
  return { kind: 'betalen', payments, remainderCents: agreement.bijstandMonthlyCents - total };
}
