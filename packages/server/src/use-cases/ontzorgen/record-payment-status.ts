/**
 * Reconciliation by hand (ADR 0137): the bank's status of one payment of an approved batch, paid or
 * rejected with the reason. A rejected payment becomes a work item on the case (signal). The bank
 * file import (ADR 0148) applies the same step to each matched line, in its own transaction.
 */
import { and, eq } from 'drizzle-orm';
import { formatEuroCents } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { reliefPayments } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { todayIn } from '../../case-file/today.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { paymentView, type PaymentRow } from './ontzorgen-support.ts';
import type { PaymentView } from './ontzorgen.view.ts';
import type { PaymentStatusInput } from './ontzorgen.types.ts';

export type { PaymentRow };

export async function recordPaymentStatus(ctx: UseCaseContext, paymentId: string, input: PaymentStatusInput): Promise<PaymentView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const [before] = await tx.select().from(reliefPayments).where(eq(reliefPayments.id, paymentId)).for('update');
    if (!before) throw new AppError('NOT_FOUND', { message: 'Deze betaling bestaat niet of u heeft er geen toegang toe.' });
    if (before.version !== input.version) throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'Deze betaling is intussen gewijzigd. Laad de pagina opnieuw.' });
    if (before.status === 'voorgesteld') throw new AppError('STEP_NOT_ALLOWED', { field: 'status', message: 'Deze betaling zit nog in een voorstel; keur de batch eerst goed.' });
    const after = await applyPaymentStatus(tx, ctx, before, input.status, input.status === 'geweigerd' ? input.reason : null, 'Status van de bank (afstemming)');
    return paymentView(after);
  });
}

/** One payment's new status from the bank, with its history, timeline event, processing log and signals. */
export async function applyPaymentStatus(tx: Tx, ctx: UseCaseContext, before: PaymentRow, status: 'betaald' | 'geweigerd', rejectionReason: string | null, why: string): Promise<PaymentRow> {
  const kase = await findCase(tx, before.caseId);
  const today = todayIn(ctx.now);
  const reason = status === 'geweigerd' ? rejectionReason : null;
  const [after] = await tx
    .update(reliefPayments)
    .set({ status, rejectionReason: reason, statusOn: today, version: before.version + 1, updatedAt: ctx.now })
    .where(and(eq(reliefPayments.id, before.id), eq(reliefPayments.version, before.version)))
    .returning();
  if (!after) throw new AppError('VERSION_CONFLICT', { field: 'version' });
  await recordCaseWriteTraces(tx, ctx, kase, {
    entityType: 'relief-payment',
    entityId: before.id,
    action: 'update',
    changes: { status: { from: before.status, to: status }, ...(reason ? { rejectionReason: { from: before.rejectionReason, to: reason } } : {}) },
    reason: why,
    operationName: 'recordPaymentStatus',
    event: {
      kind: status === 'geweigerd' ? 'ontzorgen.betaling-geweigerd' : 'ontzorgen.betaald',
      summary: status === 'geweigerd' ? `Betaling van ${formatEuroCents(before.amountCents)} aan ${before.payeeName} geweigerd door de bank.` : `Betaling van ${formatEuroCents(before.amountCents)} aan ${before.payeeName} uitgevoerd.`,
      section: 'ontzorgen',
    },
  });
  return after;
}
