/**
 * A correction of a melding that has not left yet (ADR 0058): a PVT/MAP date, a Z-route result or
 * a total of gevolgde uren still 'wachtend' in the outbox — not sent yet, or failed and waiting for
 * its next attempt — is replaced instead of sent: the row becomes 'vervangen' (with history and a
 * timeline entry) and only the correction goes to DUO. DUO's PUT replaces the whole resource, so
 * sending the stale value first would add nothing but a moment in which DUO holds the wrong one.
 *
 * A row being sent right now ('verzenden', leased by a worker) is not touched: the worker's claim
 * locks it, and this query skips rows that are no longer 'wachtend' once it gets the lock. Such a
 * melding, and a confirmed one, keeps today's rules: the correction follows as a new melding.
 */
import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { duoOutbox } from '../../db/schema.ts';
import { recordChange } from '../../audit/history.ts';
import { addCaseEvent } from '../../case-file/events.ts';
import { todayIn } from '../../case-file/today.ts';
import type { Principal } from '../../auth/principal.ts';
import { outboxLabel, type OutboxOperation } from '../../duo/outbox-operations.ts';

export type PendingRow = typeof duoOutbox.$inferSelect;

/** The case's meldingen of this operation that have not left yet, locked for this transaction. */
export async function pendingMeldingen(tx: Tx, caseId: string, operation: OutboxOperation): Promise<PendingRow[]> {
  return tx
    .select()
    .from(duoOutbox)
    .where(and(eq(duoOutbox.caseId, caseId), eq(duoOutbox.operation, operation), eq(duoOutbox.status, 'wachtend')))
    .orderBy(asc(duoOutbox.seq))
    .for('update');
}

export interface SupersedeInput {
  caseId: string;
  gemeenteId: string;
  organisationId: string;
  rows: readonly PendingRow[];
  actor: Principal;
  now: Date;
  /** Why, for the history ("Correctie vóór verzending"). */
  reason: string;
  /** The timeline section of the change (resultaten, traject). */
  section: string;
}

export async function supersedePendingMeldingen(tx: Tx, input: SupersedeInput): Promise<void> {
  for (const row of input.rows) {
    await tx.update(duoOutbox).set({ status: 'vervangen', leaseToken: null }).where(and(eq(duoOutbox.id, row.id), eq(duoOutbox.status, 'wachtend')));
    await recordChange(
      tx,
      input.actor,
      { organisationId: input.organisationId, gemeenteId: input.gemeenteId, entityType: 'duo_outbox', entityId: row.id, action: 'update', changes: { status: { from: 'wachtend', to: 'vervangen' } }, reason: input.reason },
      input.now,
    );
    const label = outboxLabel(row.operation);
    const tried = row.attempts > 0 ? ` (na ${row.attempts} mislukte ${row.attempts === 1 ? 'poging' : 'pogingen'})` : '';
    await addCaseEvent(
      tx,
      input.actor,
      {
        caseId: input.caseId,
        gemeenteId: input.gemeenteId,
        kind: 'duo.bericht.vervangen',
        summary: `${label.charAt(0).toUpperCase()}${label.slice(1)} was nog niet verstuurd${tried} en is vervangen door de correctie; DUO krijgt alleen de nieuwe melding.`,
        occurredOn: todayIn(input.now),
        section: input.section,
        data: { messageId: row.id, berichtId: row.berichtId, operation: row.operation },
      },
      input.now,
    );
  }
}
