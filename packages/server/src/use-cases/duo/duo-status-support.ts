// The parts of the DUO status page (duo-status.ts): per gemeente the koppeling, the outbox and inbox
// counts and the stops in force; and the recent failures with what they show of a person.
import { and, desc, eq, inArray, isNotNull, max, or, sql } from 'drizzle-orm';
import { eventInfo } from '@koers/duo';
import { duoContractStops, duoInbox, duoKoppelingStatus, duoOutbox, gemeentenInScope } from '../../db/schema.ts';
import type { Tx } from '../../db/database.ts';
import type { Processed } from '../../privacy/log-helpers.ts';
import { outboxLabel } from '../../duo/outbox-operations.ts';
import { apiLabel, withoutBsn } from '../../duo/failure-reason.ts';
import { eventCodesFetchingFrom, outboxOperationsOf } from '../../duo/contract-stops.ts';
import type { DuoFailureView, DuoGemeenteStatus, DuoStopView } from './duo.view.ts';

const RECENT = 20;
const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

/** What the user may see of a person: the case only with case:read, the BSN only with case:read-sensitive. */
export interface Sight {
  seesCases: boolean;
  seesBsn: boolean;
}

/** A gemeente's status before anything is counted. */
export function emptyStatus(g: { id: string; name: string }): DuoGemeenteStatus {
  return {
    gemeenteId: g.id,
    gemeenteName: g.name,
    oinSet: false,
    lastSuccessAt: null,
    lastFailureAt: null,
    lastFailureReason: null,
    lastNotificationAt: null,
    outbox: { waiting: 0, sending: 0, failed: 0, rejected: 0, oldestWaitingSince: null },
    inbox: { waiting: 0, retrying: 0, failed: 0, withoutCase: 0, failingWithoutCase: 0 },
    stops: [],
  };
}

// One query at a time in each step: a connection runs one query at a time (node-postgres refuses a second).

/** The OIN, DUO's last answer and the last notification of each gemeente. */
export async function addKoppeling(tx: Tx, status: Map<string, DuoGemeenteStatus>, ids: readonly string[], sight: Sight): Promise<void> {
  for (const g of await tx.select({ id: gemeentenInScope.id, oin: gemeentenInScope.oin }).from(gemeentenInScope).where(inArray(gemeentenInScope.id, [...ids]))) {
    const s = status.get(g.id);
    if (s) s.oinSet = g.oin !== null;
  }
  for (const k of await tx.select().from(duoKoppelingStatus)) {
    const s = status.get(k.gemeenteId);
    if (!s) continue;
    s.lastSuccessAt = iso(k.lastSuccessAt);
    s.lastFailureAt = iso(k.lastFailureAt);
    s.lastFailureReason = k.lastFailureReason === null ? null : sight.seesBsn ? k.lastFailureReason : withoutBsn(k.lastFailureReason);
  }
  for (const s of status.values()) {
    // Per gemeente: the index (gemeente_id, received_at) answers this from its end.
    const [last] = await tx.select({ at: max(duoInbox.receivedAt) }).from(duoInbox).where(eq(duoInbox.gemeenteId, s.gemeenteId));
    s.lastNotificationAt = iso(last?.at ?? null);
  }
}

/** The outbox backlog per status, with the age of the oldest waiting melding. */
export async function addOutboxCounts(tx: Tx, status: Map<string, DuoGemeenteStatus>): Promise<void> {
  const outboxCounts = await tx
    .select({ gemeenteId: duoOutbox.gemeenteId, status: duoOutbox.status, n: sql<number>`count(*)::int`, oldest: sql<Date | string | null>`min(${duoOutbox.createdAt})` })
    .from(duoOutbox)
    .where(inArray(duoOutbox.status, ['wachtend', 'verzenden', 'fout', 'afgewezen']))
    .groupBy(duoOutbox.gemeenteId, duoOutbox.status);
  for (const c of outboxCounts) {
    const s = status.get(c.gemeenteId);
    if (!s) continue;
    switch (c.status) {
      case 'wachtend':
        s.outbox.waiting = c.n;
        s.outbox.oldestWaitingSince = c.oldest === null ? null : new Date(c.oldest).toISOString();
        break;
      case 'verzenden':
        s.outbox.sending = c.n;
        break;
      case 'fout':
        s.outbox.failed = c.n;
        break;
      case 'afgewezen':
        s.outbox.rejected = c.n;
        break;
      default:
        break;
    }
  }
}

/** The notifications waiting, retrying, failed or without a case. */
export async function addInboxCounts(tx: Tx, status: Map<string, DuoGemeenteStatus>): Promise<void> {
  const inboxCounts = await tx
    .select({
      gemeenteId: duoInbox.gemeenteId,
      status: duoInbox.status,
      failing: sql<boolean>`${duoInbox.lastError} IS NOT NULL`,
      withCase: sql<boolean>`${duoInbox.caseId} IS NOT NULL`,
      n: sql<number>`count(*)::int`,
    })
    .from(duoInbox)
    .where(inArray(duoInbox.status, ['ontvangen', 'fout', 'geen-dossier']))
    .groupBy(duoInbox.gemeenteId, duoInbox.status, sql`${duoInbox.lastError} IS NOT NULL`, sql`${duoInbox.caseId} IS NOT NULL`);
  for (const c of inboxCounts) {
    const s = status.get(c.gemeenteId);
    if (!s) continue;
    if (c.status === 'ontvangen') {
      if (c.failing) s.inbox.retrying += c.n;
      else s.inbox.waiting += c.n;
    } else if (c.status === 'fout') s.inbox.failed += c.n;
    else s.inbox.withoutCase += c.n;
    if (c.status !== 'geen-dossier' && c.failing && !c.withCase) s.inbox.failingWithoutCase += c.n;
  }
}

/** The stops in force (ADR 0055), with the meldingen and notifications each holds back. */
export async function addStops(tx: Tx, status: Map<string, DuoGemeenteStatus>, sight: Sight): Promise<void> {
  const stops = await tx.select().from(duoContractStops).where(eq(duoContractStops.status, 'actief')).orderBy(desc(duoContractStops.firstAt));
  for (const stop of stops) {
    const s = status.get(stop.gemeenteId);
    if (!s) continue;
    const ops = outboxOperationsOf(stop.api);
    const codes = eventCodesFetchingFrom(stop.api);
    const [held] = ops.length
      ? await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(duoOutbox)
          .where(and(eq(duoOutbox.gemeenteId, stop.gemeenteId), eq(duoOutbox.status, 'wachtend'), inArray(duoOutbox.operation, ops)))
      : [{ n: 0 }];
    const [heldInbox] = codes.length
      ? await tx
          .select({ n: sql<number>`count(*)::int` })
          .from(duoInbox)
          .where(and(eq(duoInbox.gemeenteId, stop.gemeenteId), eq(duoInbox.status, 'ontvangen'), isNotNull(duoInbox.bsn), inArray(duoInbox.eventCode, codes)))
      : [{ n: 0 }];
    const view: DuoStopView = {
      id: stop.id,
      gemeenteId: stop.gemeenteId,
      api: stop.api,
      apiLabel: apiLabel(stop.api),
      since: stop.firstAt.toISOString(),
      lastAt: stop.lastAt.toISOString(),
      occurrences: stop.occurrences,
      specVersion: stop.specVersion,
      reason: sight.seesBsn ? stop.reason : withoutBsn(stop.reason),
      version: stop.version,
      heldMeldingen: held?.n ?? 0,
      heldNotificaties: heldInbox?.n ?? 0,
    };
    s.stops.push(view);
  }
}

/** The BSN a melding's payload carries, if any. */
function payloadBsn(payload: unknown): string | null {
  return typeof payload === 'object' && payload !== null && 'bsn' in payload && typeof payload.bsn === 'string' ? payload.bsn : null;
}

/** The most recent failed notifications and meldingen, newest first, with what the user may see of the person. */
export async function recentFailures(tx: Tx, sight: Sight): Promise<DuoFailureView[]> {
  const failedNotifications = await tx
    .select()
    .from(duoInbox)
    .where(or(eq(duoInbox.status, 'fout'), and(eq(duoInbox.status, 'ontvangen'), isNotNull(duoInbox.lastError))))
    .orderBy(desc(duoInbox.receivedAt))
    .limit(RECENT);
  const failedMeldingen = await tx
    .select()
    .from(duoOutbox)
    .where(or(inArray(duoOutbox.status, ['fout', 'afgewezen']), and(eq(duoOutbox.status, 'wachtend'), isNotNull(duoOutbox.lastError))))
    .orderBy(desc(duoOutbox.createdAt))
    .limit(RECENT);
  const reasonFor = (text: string | null) => {
    const reason = text ?? 'Onbekende oorzaak';
    return sight.seesBsn ? reason : withoutBsn(reason);
  };
  const failures: DuoFailureView[] = [
    ...failedNotifications.map((n): DuoFailureView => ({
      kind: 'notificatie',
      id: n.id,
      gemeenteId: n.gemeenteId,
      at: n.receivedAt.toISOString(),
      what: `${n.eventCode} — ${eventInfo(n.eventCode)?.omschrijving ?? 'onbekende gebeurtenis'}`,
      status: n.status,
      attempts: n.attempts,
      reason: reasonFor(n.lastError),
      caseId: sight.seesCases ? n.caseId : null,
      bsn: sight.seesBsn ? n.bsn : null,
    })),
    ...failedMeldingen.map((m): DuoFailureView => ({
      kind: 'melding',
      id: m.id,
      gemeenteId: m.gemeenteId,
      at: m.createdAt.toISOString(),
      what: outboxLabel(m.operation),
      status: m.status,
      attempts: m.attempts,
      reason: reasonFor(m.lastError),
      caseId: sight.seesCases ? m.caseId : null,
      bsn: sight.seesBsn ? payloadBsn(m.payload) : null,
    })),
  ];
  return failures.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).slice(0, RECENT);
}

/** What the user sees of a person in the failures, for the processing log. */
export function seenPersons(failures: readonly DuoFailureView[]): Processed[] {
  return failures.flatMap((f): Processed[] =>
    f.caseId
      ? [{ resourceType: 'case', resourceId: f.caseId, subject: { type: 'case', id: f.caseId }, gemeenteId: f.gemeenteId }]
      : f.bsn
        ? [{ resourceType: f.kind === 'melding' ? 'duo_outbox' : 'duo_inbox', resourceId: f.id, subject: { type: 'bsn', id: f.bsn }, gemeenteId: f.gemeenteId }]
        : [],
  );
}
