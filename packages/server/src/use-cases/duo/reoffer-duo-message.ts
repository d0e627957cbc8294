/**
 * Offer a melding to DUO again. 'fout' (never delivered): the same row goes back to 'wachtend' with
 * its BerichtId, so DUO recognises it if it did arrive. 'afgewezen' (DUO processed and refused): a
 * new row with a new BerichtId; the old one becomes 'opnieuw-aangeboden'. With history.
 */
import { eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { caseDuoContacts, duoOutbox } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { recordChange } from '../../audit/history.ts';
import type { UseCaseContext } from '../context.ts';
import type { DuoMessageReoffered } from './duo.view.ts';

export type OutboxRow = typeof duoOutbox.$inferSelect;

export async function reofferDuoMessage(tx: Tx, ctx: UseCaseContext, m: OutboxRow): Promise<DuoMessageReoffered> {
  let result: DuoMessageReoffered;
  if (m.status === 'fout') {
    await tx.update(duoOutbox).set({ status: 'wachtend', nextAttemptAt: ctx.now, lastError: null }).where(eq(duoOutbox.id, m.id));
    result = { id: m.id, berichtId: m.berichtId, status: 'wachtend' };
  } else if (m.status === 'afgewezen') {
    await tx.update(duoOutbox).set({ status: 'opnieuw-aangeboden' }).where(eq(duoOutbox.id, m.id));
    const [copy] = await tx
      .insert(duoOutbox)
      .values({ gemeenteId: m.gemeenteId, caseId: m.caseId, operation: m.operation, payload: m.payload, status: 'wachtend', nextAttemptAt: ctx.now, createdAt: ctx.now, createdBy: ctx.principal.userId })
      .returning({ id: duoOutbox.id, berichtId: duoOutbox.berichtId });
    if (!copy) throw new AppError('INTERNAL');
    // A contactpersoon link waits for its own outbox row (ADR 0057): now the copy's.
    await tx.update(caseDuoContacts).set({ linkMessageId: copy.id, updatedAt: ctx.now }).where(eq(caseDuoContacts.linkMessageId, m.id));
    result = { ...copy, status: 'wachtend' };
  } else {
    throw new AppError('DUO_MESSAGE_STATE', { field: 'status' });
  }
  await recordChange(
    tx,
    ctx.principal,
    { organisationId: ctx.principal.organisation.id, gemeenteId: m.gemeenteId, entityType: 'duo_outbox', entityId: m.id, action: 'update', changes: { status: { from: m.status, to: m.status === 'fout' ? 'wachtend' : 'opnieuw-aangeboden' } }, reason: 'Opnieuw aangeboden aan DUO' },
    ctx.now,
  );
  return result;
}
