/**
 * Late case link (ADR 0051): DUO notifications that arrived before Koers had a case for the person
 * (`duo_inbox.status = 'geen-dossier'`) are handed back to the inbox once the case exists — created
 * (hand entry, COA/TVS import, DUO itself, all through `registerNewcomer`) or given its BSN or
 * V-nummer later (`updateCase`, an import update). Runs in the caller's transaction and does no
 * network call: it only re-queues the rows (status `ontvangen`, `case_id` set, attempts reset);
 * the DUO worker then fetches what they point to and applies them in order of receipt exactly as
 * if they had arrived after the case existed. A row is re-queued only from `geen-dossier`, and the
 * processor applies a row only while it is `ontvangen`, so each notification is applied once.
 */
import { and, asc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { duoInbox } from '../../db/schema.ts';
import { todayIn } from '../../case-file/today.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import { eventBy, isSystem, logBy, organisationOf, recordBy, type RegistrationContext } from './actor.ts';

export interface LinkableCase {
  id: string;
  gemeenteId: string;
  bsn: string | null;
  vNumber: string | null;
}

/** Re-queues this gemeente's unmatched notifications about the case's person; returns how many. */
export async function linkUnmatchedDuoNotifications(tx: Tx, ctx: RegistrationContext, c: LinkableCase): Promise<number> {
  const identity: SQL[] = [];
  if (c.bsn) identity.push(eq(duoInbox.bsn, c.bsn));
  if (c.vNumber) identity.push(sql`${duoInbox.payload} -> 'notificatie' ->> 'vNummer' = ${c.vNumber}`);
  if (identity.length === 0) return 0;
  const rows = await tx
    .select({ id: duoInbox.id, eventCode: duoInbox.eventCode, berichtId: duoInbox.berichtId })
    .from(duoInbox)
    // The gemeente explicitly, not only through row-level security: a user may work for several.
    .where(and(eq(duoInbox.gemeenteId, c.gemeenteId), eq(duoInbox.status, 'geen-dossier'), or(...identity)))
    .orderBy(asc(duoInbox.seq))
    .for('update');
  if (rows.length === 0) return 0;
  for (const r of rows) {
    await tx.update(duoInbox).set({ status: 'ontvangen', caseId: c.id, attempts: 0, lastError: null, processedAt: null, nextAttemptAt: ctx.now, leaseToken: null }).where(eq(duoInbox.id, r.id));
    await recordBy(tx, ctx, {
      organisationId: organisationOf(ctx),
      gemeenteId: c.gemeenteId,
      entityType: 'duo_inbox',
      entityId: r.id,
      action: 'update',
      changes: { status: { from: 'geen-dossier', to: 'ontvangen' }, caseId: { from: null, to: c.id } },
      reason: 'Eerder ontvangen DUO-bericht gekoppeld aan het dossier',
    });
  }
  const codes = [...new Set(rows.map((r) => r.eventCode))].join(', ');
  await eventBy(tx, ctx, {
    caseId: c.id,
    gemeenteId: c.gemeenteId,
    kind: 'duo.notificaties.gekoppeld',
    summary: `${rows.length} eerder ontvangen DUO-${rows.length === 1 ? 'bericht' : 'berichten'} gekoppeld (${codes}); ze worden verwerkt in de volgorde van ontvangst.`,
    occurredOn: todayIn(ctx.now),
    section: 'duo',
    data: { inboxIds: rows.map((r) => r.id), berichtIds: rows.map((r) => r.berichtId) },
  });
  // DUO data about the person is now processed for this case: logged as the DUO exchange, by whoever caused it.
  if (isSystem(ctx)) await logBy(tx, ctx, 'update', 'linkUnmatchedDuoNotifications', c.id, c.gemeenteId);
  else await logProcessed(tx, ctx, 'duoGegevensuitwisseling', 'update', 'linkUnmatchedDuoNotifications', [{ resourceType: 'case', resourceId: c.id, subject: { type: 'case', id: c.id }, gemeenteId: c.gemeenteId }]);
  return rows.length;
}
