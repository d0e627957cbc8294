/**
 * The DUO part of a case file: messages to DUO with their status, notifications from DUO, and
 * what DUO last said per resource. Read in the user's scope: another gemeente's case is 404.
 */
import { and, asc, desc, eq, inArray, isNotNull, or } from 'drizzle-orm';
import { eventInfo } from '@koers/duo';
import { caseDuoData, duoInbox, duoOutbox } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findCase } from '../../case-file/find-case.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import { AppError } from '../../errors.ts';
import { addCaseEvent } from '../../case-file/events.ts';
import { todayIn } from '../../case-file/today.ts';
import { recordChange } from '../../audit/history.ts';
import { outboxLabel } from '../../duo/outbox-operations.ts';
import { refreshSignals } from '../../workqueue/refresh-signals.ts';
import { reofferDuoMessage } from './reoffer-duo-message.ts';
import { duoMessageView } from './duo-message.view.ts';
import type { CaseDuoView, DuoEventHandled, DuoMessageReoffered, UnmatchedDuoNotification } from './duo.view.ts';
import type { UseCaseContext } from '../context.ts';
import { duoContactOfCase } from './contactpersoon.ts';
import { propertyOf, stringProperty } from '../../util/guards.ts';

export async function getCaseDuo(ctx: UseCaseContext, caseId: string): Promise<CaseDuoView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const c = await findCase(tx, caseId);
    const messages = await tx.select().from(duoOutbox).where(eq(duoOutbox.caseId, c.id)).orderBy(desc(duoOutbox.createdAt));
    const events = await tx.select().from(duoInbox).where(eq(duoInbox.caseId, c.id)).orderBy(desc(duoInbox.receivedAt));
    const data = await tx.select().from(caseDuoData).where(eq(caseDuoData.caseId, c.id)).orderBy(asc(caseDuoData.resource));
    const contactpersoon = await duoContactOfCase(tx, c);
    await logProcessed(tx, ctx, 'duoGegevensuitwisseling', 'read', 'getCaseDuo', [{ resourceType: 'case', resourceId: c.id, subject: { type: 'case', id: c.id }, gemeenteId: c.gemeenteId }]);
    return {
      messages: messages.map(duoMessageView),
      events: events.map((e) => ({
        id: e.id,
        berichtId: e.berichtId,
        eventCode: e.eventCode,
        description: eventInfo(e.eventCode)?.omschrijving ?? null,
        status: e.status,
        receivedAt: e.receivedAt.toISOString(),
        registeredAt: stringProperty(propertyOf(e.payload, 'notificatie'), 'registratieDatumTijd') ?? null,
        processedAt: e.processedAt?.toISOString() ?? null,
        attempts: e.attempts,
        lastError: e.lastError,
      })),
      data: data.map((d) => ({ resource: d.resource, data: d.data, fetchedAt: d.fetchedAt.toISOString() })),
      contactpersoon,
    };
  });
}

/**
 * Offer a message to DUO again. 'fout' (never definitively answered): the same row and BerichtId,
 * due now — DUO recognises it if it did arrive. 'afgewezen' (DUO processed and refused): a new
 * message with a new BerichtId and the same content (a repeat of the old id would get the same
 * refusal); the old one is marked 'opnieuw-aangeboden'.
 */
export async function retryDuoMessage(ctx: UseCaseContext, caseId: string, messageId: string): Promise<DuoMessageReoffered> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const c = await findCase(tx, caseId, { forUpdate: true });
    const [m] = await tx.select().from(duoOutbox).where(and(eq(duoOutbox.id, messageId), eq(duoOutbox.caseId, c.id))).for('update');
    if (!m) throw new AppError('NOT_FOUND', { message: 'Dit DUO-bericht bestaat niet in dit dossier.' });
    const result = await reofferDuoMessage(tx, ctx, m);
    await addCaseEvent(tx, ctx.principal, { caseId: c.id, gemeenteId: c.gemeenteId, kind: 'duo.bericht.opnieuw', summary: `${outboxLabel(m.operation)} opnieuw aangeboden aan DUO (BerichtId ${result.berichtId}).`, occurredOn: todayIn(ctx.now), section: 'duo', data: { messageId: result.id, previousMessageId: m.id } }, ctx.now);
    await logProcessed(tx, ctx, 'duoGegevensuitwisseling', 'update', 'retryDuoMessage', [{ resourceType: 'case', resourceId: c.id, subject: { type: 'case', id: c.id }, gemeenteId: c.gemeenteId }]);
    await refreshSignals(tx, c.id, todayIn(ctx.now));
    return result;
  });
}

/** The case manager has acted on a DUO event: it leaves the werkvoorraad. */
export async function markDuoEventHandled(ctx: UseCaseContext, caseId: string, eventId: string): Promise<DuoEventHandled> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const c = await findCase(tx, caseId, { forUpdate: true });
    const [e] = await tx.select().from(duoInbox).where(and(eq(duoInbox.id, eventId), eq(duoInbox.caseId, c.id))).for('update');
    if (!e) throw new AppError('NOT_FOUND', { message: 'Deze DUO-gebeurtenis bestaat niet in dit dossier.' });
    if (!['actie-nodig', 'fout'].includes(e.status)) throw new AppError('DUO_MESSAGE_STATE', { field: 'status', message: 'Deze DUO-gebeurtenis vraagt geen actie (meer).' });
    await tx.update(duoInbox).set({ status: 'afgehandeld' }).where(eq(duoInbox.id, e.id));
    await recordChange(tx, ctx.principal, { organisationId: ctx.principal.organisation.id, gemeenteId: c.gemeenteId, entityType: 'duo_inbox', entityId: e.id, action: 'update', changes: { status: { from: e.status, to: 'afgehandeld' } } }, ctx.now);
    await addCaseEvent(tx, ctx.principal, { caseId: c.id, gemeenteId: c.gemeenteId, kind: 'duo.gebeurtenis.afgehandeld', summary: `DUO ${e.eventCode} afgehandeld.`, occurredOn: todayIn(ctx.now), section: 'duo', data: { inboxId: e.id } }, ctx.now);
    await logProcessed(tx, ctx, 'duoGegevensuitwisseling', 'update', 'markDuoEventHandled', [{ resourceType: 'case', resourceId: c.id, subject: { type: 'case', id: c.id }, gemeenteId: c.gemeenteId }]);
    await refreshSignals(tx, c.id, todayIn(ctx.now));
    return { id: e.id, status: 'afgehandeld' };
  });
}

/**
 * Notifications without a case in Koers, or that could not be processed — also those still being
 * retried after a failure (status 'ontvangen' with a reason): for the case manager to pick up.
 */
export async function listUnmatchedDuoNotifications(ctx: UseCaseContext): Promise<UnmatchedDuoNotification[]> {
  // The BSN identifies the person to look up; like in the case file, only for case:read-sensitive.
  const sensitive = ctx.principal.permissions.includes('case:read-sensitive');
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const rows = await tx
      .select()
      .from(duoInbox)
      .where(or(inArray(duoInbox.status, ['geen-dossier', 'fout']), and(eq(duoInbox.status, 'ontvangen'), isNotNull(duoInbox.lastError))))
      .orderBy(desc(duoInbox.receivedAt))
      .limit(200);
    for (const r of rows) {
      if (r.caseId) await logProcessed(tx, ctx, 'duoGegevensuitwisseling', 'read', 'listUnmatchedDuoNotifications', [{ resourceType: 'case', resourceId: r.caseId, subject: { type: 'case', id: r.caseId }, gemeenteId: r.gemeenteId }]);
      else if (r.bsn && sensitive) await logProcessed(tx, ctx, 'duoGegevensuitwisseling', 'read', 'listUnmatchedDuoNotifications', [{ resourceType: 'duo_inbox', resourceId: r.id, subject: { type: 'bsn', id: r.bsn }, gemeenteId: r.gemeenteId }]);
    }
    return rows.map((r) => ({ id: r.id, gemeenteId: r.gemeenteId, bsn: sensitive ? r.bsn : null, eventCode: r.eventCode, description: eventInfo(r.eventCode)?.omschrijving ?? null, status: r.status, receivedAt: r.receivedAt.toISOString(), lastError: r.lastError }));
  });
}
