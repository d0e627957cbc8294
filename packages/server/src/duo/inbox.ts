/**
 * Processing the inbox: claim received notifications, apply each once, record failures at once.
 *
 * Claim (ADR 0054): due rows (`status = 'ontvangen' and next_attempt_at <= now`) are taken with
 * `FOR UPDATE SKIP LOCKED` and leased (`next_attempt_at` = now + lease, a fresh `lease_token`), so
 * two Koers processes never work on the same notification; only the claim that holds the token
 * writes the outcome. Only a person's oldest open notification is claimable (no earlier row of the
 * same gemeente and BSN still 'ontvangen'), so a person's events are applied in the order DUO sent
 * them, whichever process takes them, and one that fails holds back the later ones.
 *
 * Failure (issue 18): the first failure already shows — the row keeps status 'ontvangen' with the
 * Dutch reason in `last_error`, is linked to the person's case when there is one, and the case's
 * werkvoorraad gets the signal `duo-processing-failed`; the DUO page lists it too. Retries go on
 * with backoff (`next_attempt_at`, kept in the database, so a restart or another process honours
 * it); after the last attempt the row becomes 'fout'. A success clears the reason and the signal.
 *
 * An answer outside DUO's spec stops the API for the gemeente (ADR 0055) instead of retrying: the
 * row waits, unclaimable, until a person lifts the stop.
 */
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { DuoContractError } from '@koers/duo';
import type { Db } from '../db/database.ts';
import { duoInbox, gemeenten } from '../db/schema.ts';
import { asSystem } from '../db/scope.ts';
import { todayIn } from '../case-file/today.ts';
import { refreshSignals } from '../workqueue/refresh-signals.ts';
import { findCaseFor, notificatieOf, processInboxRow, type InboxRow } from './process-notification.ts';
import { backoffDelay, defaultBackoff, type BackoffPolicy } from './outbox.ts';
import type { DuoClients } from './runtime.ts';
import { eventCodesFetchingFrom, inboxHeldBy, recordContractStop, type ActiveStop } from './contract-stops.ts';
import { describeFailure } from './failure-reason.ts';
import { inGemeente, type GemeenteRef } from './system.ts';
import { runInLanes } from './lanes.ts';
import { inTurn, type Turn } from './turns.ts';

export interface InboxDeps {
  db: Db;
  clients: DuoClients;
  secret: string;
  now: () => Date;
  backoff?: Partial<BackoffPolicy>;
  random?: () => number;
  /** An error that is neither DUO's answer nor a known situation (logged; the row is retried). */
  onUnexpected?: (err: unknown) => void;
  /** On PGlite: each transaction waits for its turn, in a gap between requests (ADR 0059 addendum). */
  turn?: Turn;
}

export interface InboxRunOptions {
  batchSize: number;
  /** Notifications processed at the same time (each of another person). */
  concurrency: number;
  maxRounds: number;
  stops: readonly ActiveStop[];
  stopping: () => boolean;
}

export interface InboxRunResult {
  processed: number;
  /** Failed after the last attempt ('fout'). */
  failed: number;
  /** Failed, tried again later. */
  retrying: number;
  /** Answered outside DUO's spec: waits for a person (ADR 0055). */
  stopped: number;
  /** Claimed by another process meanwhile: nothing written. */
  lost: number;
  more: boolean;
}

type ClaimedRow = InboxRow & { leaseToken: string };

async function claimDue(deps: InboxDeps, policy: BackoffPolicy, limit: number, stops: readonly ActiveStop[]): Promise<ClaimedRow[]> {
  const now = deps.now();
  const held = inboxHeldBy(stops);
  return asSystem(deps.db, async (tx) => {
    const due = await tx
      .select({ id: duoInbox.id })
      .from(duoInbox)
      .where(
        and(
          eq(duoInbox.status, 'ontvangen'),
          lte(duoInbox.nextAttemptAt, now),
          // A person's events in the order received: an earlier open one (waiting, retrying, or
          // claimed by another process) holds this one back.
          sql`NOT EXISTS (SELECT 1 FROM duo_inbox earlier WHERE earlier.gemeente_id = ${duoInbox.gemeenteId} AND earlier.bsn = ${duoInbox.bsn} AND earlier.seq < ${duoInbox.seq} AND earlier.status = 'ontvangen')`,
          ...(held ? [held] : []),
        ),
      )
      .orderBy(asc(duoInbox.seq))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    const rows = await tx
      .update(duoInbox)
      .set({ nextAttemptAt: new Date(now.getTime() + policy.leaseMs), leaseToken: sql`gen_random_uuid()` })
      .where(
        inArray(
          duoInbox.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
    return rows.map((r) => ({ ...r, leaseToken: r.leaseToken ?? '' })).sort((a, b) => a.seq - b.seq);
  });
}

/** Hand claimed rows back unprocessed (the worker stops): due again at once. */
async function release(deps: InboxDeps, rows: readonly ClaimedRow[]): Promise<void> {
  if (rows.length === 0) return;
  await asSystem(deps.db, async (tx) => {
    for (const r of rows) {
      await tx
        .update(duoInbox)
        .set({ nextAttemptAt: deps.now(), leaseToken: null })
        .where(and(eq(duoInbox.id, r.id), eq(duoInbox.leaseToken, r.leaseToken)));
    }
  });
}

async function gemeentenOf(db: Db, ids: readonly string[]): Promise<Map<string, GemeenteRef>> {
  const rows = await asSystem(db, (tx) =>
    tx.select({ id: gemeenten.id, organisationId: gemeenten.organisationId, code: gemeenten.code, name: gemeenten.name, oin: gemeenten.oin }).from(gemeenten).where(inArray(gemeenten.id, [...ids])),
  );
  return new Map(rows.map((g) => [g.id, g]));
}

export async function runInbox(deps: InboxDeps, options: InboxRunOptions): Promise<InboxRunResult> {
  const policy: BackoffPolicy = { ...defaultBackoff, ...deps.backoff };
  const result: InboxRunResult = { processed: 0, failed: 0, retrying: 0, stopped: 0, lost: 0, more: false };
  let stops = options.stops;
  for (let round = 0; round < options.maxRounds && !options.stopping(); round++) {
    const rows = await inTurn(deps, () => claimDue(deps, policy, options.batchSize, stops));
    if (rows.length === 0) return result;
    const known = await gemeentenOf(deps.db, [...new Set(rows.map((r) => r.gemeenteId))]);
    const newStops: ActiveStop[] = [];
    const { notStarted, error } = await runInLanes(
      rows,
      (row) => `${row.gemeenteId}|${row.bsn ?? row.id}`,
      options.concurrency,
      async (row) => {
        const gemeente = known.get(row.gemeenteId);
        if (gemeente && newStops.some((s) => s.gemeenteId === row.gemeenteId && row.bsn !== null && eventCodesFetchingFrom(s.api).includes(row.eventCode))) {
          await release(deps, [row]);
          return;
        }
        const outcome = await processOne(deps, policy, row, gemeente);
        result[outcome.count] += 1;
        if (outcome.stop) newStops.push(outcome.stop);
      },
      options.stopping,
    );
    await release(deps, notStarted);
    if (error !== undefined) throw error instanceof Error ? error : new Error('onbekende fout in de DUO-worker');
    if (newStops.length > 0) stops = [...stops, ...newStops];
    if (round === options.maxRounds - 1) result.more = true;
  }
  return result;
}

type Counted = Exclude<keyof InboxRunResult, 'more'>;

async function processOne(deps: InboxDeps, policy: BackoffPolicy, row: ClaimedRow, gemeente: GemeenteRef | undefined): Promise<{ count: Counted; stop?: ActiveStop }> {
  try {
    const outcome = await processInboxRow(deps, row, gemeente);
    return { count: outcome === 'overgenomen' ? 'lost' : 'processed' };
  } catch (err) {
    if (!gemeente) throw err;
    if (err instanceof DuoContractError && err.direction === 'response') {
      const { api } = await recordContractStop(deps.db, { gemeente, error: err, validator: deps.clients.validator, now: deps.now() });
      const reason = `${describeFailure(err).reason}. De melding wacht tot iemand de stop op de DUO-pagina opheft.`;
      const written = await recordFailure(deps, row, gemeente, { reason, attempts: row.attempts, final: false, nextAttemptAt: deps.now() });
      return written ? { count: 'stopped', stop: { id: '', gemeenteId: gemeente.id, api } } : { count: 'lost' };
    }
    const { reason, unexpected } = describeFailure(err);
    if (unexpected) deps.onUnexpected?.(err);
    const attempts = row.attempts + 1;
    const final = attempts >= policy.maxAttempts;
    const written = await recordFailure(deps, row, gemeente, {
      reason: final ? `${reason} (na ${attempts} pogingen)` : reason,
      attempts,
      final,
      nextAttemptAt: new Date(deps.now().getTime() + backoffDelay(attempts, policy, deps.random)),
    });
    if (!written) return { count: 'lost' };
    return { count: final ? 'failed' : 'retrying' };
  }
}

/**
 * The failure shows at once: reason on the row, the row linked to the person's case (when there
 * is one) and that case's werkvoorraad refreshed — the signal says Koers keeps trying.
 */
async function recordFailure(deps: InboxDeps, row: ClaimedRow, gemeente: GemeenteRef, failure: { reason: string; attempts: number; final: boolean; nextAttemptAt: Date }): Promise<boolean> {
  const now = deps.now();
  return inGemeente(deps.db, gemeente, async (tx) => {
    let caseId = row.caseId;
    if (!caseId) caseId = (await findCaseFor(tx, row.gemeenteId, notificatieOf(row), false))?.id ?? null;
    const [updated] = await tx
      .update(duoInbox)
      .set({
        attempts: failure.attempts,
        lastError: failure.reason.slice(0, 2000),
        nextAttemptAt: failure.nextAttemptAt,
        leaseToken: null,
        caseId,
        ...(failure.final ? { status: 'fout', processedAt: now } : {}),
      })
      .where(and(eq(duoInbox.id, row.id), eq(duoInbox.leaseToken, row.leaseToken), eq(duoInbox.status, 'ontvangen')))
      .returning({ id: duoInbox.id });
    if (!updated) return false;
    if (caseId) await refreshSignals(tx, caseId, todayIn(now));
    return true;
  });
}
