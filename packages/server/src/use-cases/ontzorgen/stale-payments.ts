// Before a proposal is approved (ADR 0137 addendum): every payment must still follow from the agreement
// as it is now. An agreement handed back, refused, changed (a new rent, another IBAN) or a case closed
// after the proposal was made would otherwise be paid from a stale list.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { paymentsForMonth } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { cases, reliefAgreements, reliefBatches, reliefPayments } from '../../db/schema.ts';
import { isClosedCase } from '../../case-file/find-case.ts';
import { AppError } from '../../errors.ts';
import { agreementOf, type PaymentRow } from './ontzorgen-support.ts';

/** The payments of a proposal that no longer match the current agreement (art. 56a lid 2 Participatiewet: only what is agreed is paid). */
export async function stalePayments(tx: Tx, payments: readonly PaymentRow[]): Promise<PaymentRow[]> {
  const caseIds = [...new Set(payments.map((p) => p.caseId))];
  if (caseIds.length === 0) return [];
  const rows = await tx
    .select({ a: reliefAgreements, status: cases.status, closedOn: cases.closedOn })
    .from(reliefAgreements)
    .innerJoin(cases, eq(cases.id, reliefAgreements.caseId))
    .where(inArray(reliefAgreements.caseId, caseIds));
  const byCase = new Map(rows.map((r) => [r.a.caseId, r]));
  return payments.filter((p) => {
    const r = byCase.get(p.caseId);
    if (!r || r.a.executor !== 'gemeente' || isClosedCase(r)) return true;
    const due = paymentsForMonth(agreementOf(r.a), p.month).payments.find((d) => d.costId === p.costId);
    return !due || due.amountCents !== p.amountCents || due.iban !== p.iban || due.payeeName !== p.payeeName || due.reference !== p.reference || due.executionDate !== p.executionDate;
  });
}

/** Refuses the approval when the proposal is stale; nothing is approved, a new proposal is made. */
export async function assertProposalCurrent(tx: Tx, payments: readonly PaymentRow[]): Promise<void> {
  const stale = await stalePayments(tx, payments);
  if (stale.length === 0) return;
  const n = stale.length === 1 ? '1 betaling komt' : `${stale.length} betalingen komen`;
  throw new AppError('STEP_NOT_ALLOWED', {
    field: 'version',
    message: `Het betaalvoorstel is verouderd: ${n} niet meer overeen met de afspraak (gewijzigd, teruggegeven of het dossier is gesloten). Maak een nieuw betaalvoorstel voor deze maand; er is niets goedgekeurd.`,
  });
}

/**
 * After a hand-back or a change of the agreement: the person's payments in open proposals that no
 * longer follow from it leave the proposal at once (the proposal's count, total and version follow;
 * an emptied proposal is removed), so /financien never shows them as due. Approved batches are never touched. Returns how many left.
 */
export async function dropStaleFromOpenProposals(tx: Tx, caseId: string, now: Date): Promise<number> {
  const open = await tx
    .select({ p: reliefPayments })
    .from(reliefPayments)
    .innerJoin(reliefBatches, eq(reliefBatches.id, reliefPayments.batchId))
    .where(and(eq(reliefPayments.caseId, caseId), eq(reliefBatches.status, 'voorstel')));
  const stale = await stalePayments(tx, open.map((o) => o.p));
  if (stale.length === 0) return 0;
  await tx.delete(reliefPayments).where(inArray(reliefPayments.id, stale.map((p) => p.id)));
  for (const batchId of new Set(stale.map((p) => p.batchId))) {
    const rest = await tx.select({ amountCents: reliefPayments.amountCents }).from(reliefPayments).where(eq(reliefPayments.batchId, batchId));
    const [batch] = await tx.select({ flagged: reliefBatches.flagged }).from(reliefBatches).where(eq(reliefBatches.id, batchId));
    // Nothing left to pay or to look at: the proposal goes.
    if (rest.length === 0 && !(batch && batch.flagged.length > 0)) {
      await tx.delete(reliefBatches).where(and(eq(reliefBatches.id, batchId), eq(reliefBatches.status, 'voorstel')));
      continue;
    }
    await tx
      .update(reliefBatches)
      .set({ paymentCount: rest.length, totalCents: rest.reduce((s, p) => s + p.amountCents, 0), version: sql`${reliefBatches.version} + 1`, updatedAt: now })
      .where(and(eq(reliefBatches.id, batchId), eq(reliefBatches.status, 'voorstel')));
  }
  return stale.length;
}
