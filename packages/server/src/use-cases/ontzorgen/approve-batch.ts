/**
 * Four-eyes approval of a batch proposal (ADR 0137): someone other than its maker approves it (also
 * a CHECK in the database); the pain.001.001.09 file is built, validated against the EPC schema and
 * stored with a unique message id. From then on the batch is immutable (trigger).
 */
import { and, eq, inArray } from 'drizzle-orm';
import { formatEuroCents } from '@koers/domain';
import { reliefBatches, reliefPayments, users } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { recordChange } from '../../audit/history.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import { AppError } from '../../errors.ts';
import { buildPain001, validatePain001 } from '../../ontzorgen/sepa.ts';
import type { UseCaseContext } from '../context.ts';
import { assertProposalCurrent } from './stale-payments.ts';
import { batchView, findBatch, MISSING_ACCOUNT } from './finance-support.ts';
import type { BatchView } from './ontzorgen.view.ts';
import { todayIn } from '../../case-file/today.ts';

/** Unique per batch and short enough that the library's PmtInfId/InstrId (id + ".n.m") stay within 35 characters. */
export function messageIdOf(batchId: string, month: string): string {
  return `KRS${month.replace('-', '')}${batchId.replaceAll('-', '').slice(0, 16)}`;
}

export async function approveBatch(ctx: UseCaseContext, batchId: string, version: number): Promise<BatchView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const batch = await findBatch(tx, batchId, true);
    if (batch.version !== version) throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'Het betaalvoorstel is intussen gewijzigd. Laad het opnieuw.' });
    if (batch.status !== 'voorstel') throw new AppError('STEP_NOT_ALLOWED', { field: 'version', message: 'Deze batch is al goedgekeurd.' });
    if (batch.createdBy === ctx.principal.userId) throw new AppError('FORBIDDEN', { field: 'approvedBy', message: 'U heeft dit voorstel zelf gemaakt. Een tweede medewerker moet het goedkeuren (vier ogen).' });
    const payments = await tx.select().from(reliefPayments).where(eq(reliefPayments.batchId, batch.id)).orderBy(reliefPayments.executionDate, reliefPayments.id);
    if (payments.length === 0) throw new AppError('STEP_NOT_ALLOWED', { field: 'version', message: 'Dit voorstel heeft geen betalingen; er valt niets goed te keuren.' });
    // The agreements may have changed since the proposal (hand-back, new rent, closed case): never approve a stale list.
    await assertProposalCurrent(tx, payments);
    if (batch.debtorBic === null) throw new AppError('STEP_NOT_ALLOWED', { field: 'ontzorgenAccount', message: MISSING_ACCOUNT });
    const messageId = messageIdOf(batch.id, batch.month);
    const xml = buildPain001({
      messageId,
      createdAt: ctx.now,
      debtorName: batch.debtorName,
      debtorIban: batch.debtorIban,
      debtorBic: batch.debtorBic,
      payments: payments.map((p) => ({ endToEndId: p.id.replaceAll('-', ''), payeeName: p.payeeName, iban: p.iban, reference: p.reference, amountCents: p.amountCents, executionDate: p.executionDate })),
    });
    const check = await validatePain001(xml);
    // Never offered for download unless it matches the EPC schema; nothing is approved then.
    if (!check.valid) throw new AppError('STEP_NOT_ALLOWED', { field: 'version', message: 'Het SEPA-bestand voldoet niet aan het schema van de EPC; de batch is niet goedgekeurd. Neem contact op met de beheerder.' });
    await tx.update(reliefPayments).set({ status: 'goedgekeurd', statusOn: todayIn(ctx.now), updatedAt: ctx.now }).where(inArray(reliefPayments.id, payments.map((p) => p.id)));
    const [after] = await tx
      .update(reliefBatches)
      .set({ status: 'goedgekeurd', approvedBy: ctx.principal.userId, approvedAt: ctx.now, messageId, xml, version: batch.version + 1, updatedAt: ctx.now })
      .where(and(eq(reliefBatches.id, batch.id), eq(reliefBatches.version, version)))
      .returning();
    if (!after) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    await recordChange(
      tx,
      ctx.principal,
      { organisationId: ctx.principal.organisation.id, gemeenteId: batch.gemeenteId, entityType: 'relief-batch', entityId: batch.id, action: 'update', changes: { status: { from: 'voorstel', to: 'goedgekeurd' }, messageId: { from: null, to: messageId } }, reason: `Betaalbatch ontzorgen ${batch.month} goedgekeurd (vier ogen): ${formatEuroCents(batch.totalCents)}` },
      ctx.now,
    );
    await logProcessed(tx, ctx, 'financieelOntzorgen', 'update', 'approveBatch', [...new Set(payments.map((p) => p.caseId))].map((id) => ({ resourceType: 'relief-batch', resourceId: batch.id, subject: { type: 'case' as const, id }, gemeenteId: batch.gemeenteId })));
    const people = await tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, [batch.createdBy, ctx.principal.userId]));
    return batchView(after, new Map(people.map((u) => [u.id, u.name])));
  });
}
