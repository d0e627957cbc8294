/**
 * The DUO page's "stand van de koppeling" (issue 18): per gemeente of the user, when DUO last
 * answered and when the last notification came in, the outbox backlog (waiting, being sent,
 * failed, refused) with the age of the oldest waiting melding, the notifications waiting or
 * failed, the stops in force (ADR 0055), and the recent failures with their Dutch reason.
 *
 * For every role with `duo:status`, the beheerder included. Personal data only as far as the role
 * already sees it: a failure names its case only with `case:read`, the BSN only with
 * `case:read-sensitive` (otherwise nine digits in a reason are masked); what is shown of a person
 * is written to the processing log, like the other DUO lists.
 */
import { and, desc, eq, inArray, isNotNull, max, or, sql } from 'drizzle-orm';
import { eventInfo } from '@koers/duo';
import { duoContractStops, duoInbox, duoKoppelingStatus, duoOutbox, gemeentenInScope } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { logProcessed, type Processed } from '../../privacy/log-helpers.ts';
import { outboxLabel } from '../../duo/outbox-operations.ts';
import { apiLabel, withoutBsn } from '../../duo/failure-reason.ts';
import { eventCodesFetchingFrom, outboxOperationsOf } from '../../duo/contract-stops.ts';
import type { UseCaseContext } from '../context.ts';

export interface DuoStopView {
  id: string;
  gemeenteId: string;
  api: string;
  apiLabel: string;
  since: string;
  lastAt: string;
  occurrences: number;
  specVersion: string;
  reason: string;
  /** Optimistic concurrency for the acknowledgement. */
  version: number;
  /** Meldingen and notifications held back by the stop. */
  heldMeldingen: number;
  heldNotificaties: number;
}

export interface DuoGemeenteStatus {
  gemeenteId: string;
  gemeenteName: string;
  /** Without an OIN the gemeente can neither send nor be addressed by DUO. */
  oinSet: boolean;
  lastSuccessAt: string | null;
  lastFailureAt: string | null;
  lastFailureReason: string | null;
  lastNotificationAt: string | null;
  outbox: { waiting: number; sending: number; failed: number; rejected: number; oldestWaitingSince: string | null };
  /** `failingWithoutCase`: failed (or failing) notifications that no case carries — only here, not in a werkvoorraad. */
  inbox: { waiting: number; retrying: number; failed: number; withoutCase: number; failingWithoutCase: number };
  stops: DuoStopView[];
}

export interface DuoFailureView {
  kind: 'notificatie' | 'melding';
  id: string;
  gemeenteId: string;
  /** When it came in (notification) or was made (melding). */
  at: string;
  /** "SS131 — Leerbaarheidstoets …" or "het PIP (registratie)". */
  what: string;
  /** The row's status (inbox or outbox). */
  status: string;
  attempts: number;
  reason: string;
  /** Only with case:read. */
  caseId: string | null;
  /** Only with case:read-sensitive. */
  bsn: string | null;
}

export interface DuoStatusView {
  /** The server's clock, to tell the age of the oldest waiting melding. */
  now: string;
  /** False when this installation has no DUO koppeling (no DUO_BASE_URL and no simulator). */
  configured: boolean;
  gemeenten: DuoGemeenteStatus[];
  recentFailures: DuoFailureView[];
}

const RECENT = 20;
const iso = (d: Date | null | undefined): string | null => (d ? d.toISOString() : null);

export async function getDuoStatus(ctx: UseCaseContext, options: { configured: boolean; recentFailures?: boolean }): Promise<DuoStatusView> {
  const { principal } = ctx;
  const seesCases = principal.permissions.includes('case:read');
  const seesBsn = principal.permissions.includes('case:read-sensitive');
  const ids = principal.gemeenten.map((g) => g.id);
  return inScope(
    ctx.db,
    scopeOf(principal),
    async (tx) => {
      const status = new Map<string, DuoGemeenteStatus>(
        principal.gemeenten.map((g) => [
          g.id,
          {
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
          },
        ]),
      );
      if (ids.length === 0) return { now: ctx.now.toISOString(), configured: options.configured, gemeenten: [], recentFailures: [] };
      // One query at a time: a connection runs one query at a time (node-postgres refuses a second).
      for (const g of await tx.select({ id: gemeentenInScope.id, oin: gemeentenInScope.oin }).from(gemeentenInScope).where(inArray(gemeentenInScope.id, ids))) {
        const s = status.get(g.id);
        if (s) s.oinSet = g.oin !== null;
      }
      for (const k of await tx.select().from(duoKoppelingStatus)) {
        const s = status.get(k.gemeenteId);
        if (!s) continue;
        s.lastSuccessAt = iso(k.lastSuccessAt);
        s.lastFailureAt = iso(k.lastFailureAt);
        s.lastFailureReason = k.lastFailureReason === null ? null : seesBsn ? k.lastFailureReason : withoutBsn(k.lastFailureReason);
      }
      for (const s of status.values()) {
        // Per gemeente: the index (gemeente_id, received_at) answers this from its end.
        const [last] = await tx.select({ at: max(duoInbox.receivedAt) }).from(duoInbox).where(eq(duoInbox.gemeenteId, s.gemeenteId));
        s.lastNotificationAt = iso(last?.at ?? null);
      }
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
        s.stops.push({
          id: stop.id,
          gemeenteId: stop.gemeenteId,
          api: stop.api,
          apiLabel: apiLabel(stop.api),
          since: stop.firstAt.toISOString(),
          lastAt: stop.lastAt.toISOString(),
          occurrences: stop.occurrences,
          specVersion: stop.specVersion,
          reason: seesBsn ? stop.reason : withoutBsn(stop.reason),
          version: stop.version,
          heldMeldingen: held?.n ?? 0,
          heldNotificaties: heldInbox?.n ?? 0,
        });
      }

      // The werkvoorraad's notice asks for the counts only: no failures, so nobody's data is read.
      if (options.recentFailures === false) return { now: ctx.now.toISOString(), configured: options.configured, gemeenten: [...status.values()], recentFailures: [] };
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
        return seesBsn ? reason : withoutBsn(reason);
      };
      const failures: DuoFailureView[] = [
        ...failedNotifications.map((n): DuoFailureView => {
          const info = eventInfo(n.eventCode);
          return {
            kind: 'notificatie',
            id: n.id,
            gemeenteId: n.gemeenteId,
            at: n.receivedAt.toISOString(),
            what: `${n.eventCode} — ${info?.omschrijving ?? 'onbekende gebeurtenis'}`,
            status: n.status,
            attempts: n.attempts,
            reason: reasonFor(n.lastError),
            caseId: seesCases ? n.caseId : null,
            bsn: seesBsn ? n.bsn : null,
          };
        }),
        ...failedMeldingen.map((m): DuoFailureView => {
          const payloadBsn = (m.payload as { bsn?: unknown }).bsn;
          return {
            kind: 'melding',
            id: m.id,
            gemeenteId: m.gemeenteId,
            at: m.createdAt.toISOString(),
            what: outboxLabel(m.operation),
            status: m.status,
            attempts: m.attempts,
            reason: reasonFor(m.lastError),
            caseId: seesCases ? m.caseId : null,
            bsn: seesBsn && typeof payloadBsn === 'string' ? payloadBsn : null,
          };
        }),
      ]
        .sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0))
        .slice(0, RECENT);

      // What the user sees of a person is logged, as in the case file's DUO part.
      const seen: Processed[] = failures.flatMap((f): Processed[] =>
        f.caseId ? [{ resourceType: 'case', resourceId: f.caseId, subject: { type: 'case', id: f.caseId }, gemeenteId: f.gemeenteId }] : f.bsn ? [{ resourceType: f.kind === 'melding' ? 'duo_outbox' : 'duo_inbox', resourceId: f.id, subject: { type: 'bsn', id: f.bsn }, gemeenteId: f.gemeenteId }] : [],
      );
      if (seen.length > 0) await logProcessed(tx, ctx, 'duoGegevensuitwisseling', 'read', 'getDuoStatus', seen);
      return { now: ctx.now.toISOString(), configured: options.configured, gemeenten: [...status.values()], recentFailures: failures };
    },
    { readOnly: true },
  );
}
