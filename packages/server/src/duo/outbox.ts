/**
 * Sending the outbox (melding–bevestiging). A due row (`status in ('wachtend','verzenden') and
 * next_attempt_at <= now`) is claimed in a short transaction (`FOR UPDATE SKIP LOCKED`, so several
 * Koers processes on one PostgreSQL never take the same row; PGlite has one connection) and leased
 * for a few minutes; then it is sent with its own BerichtId — the same on every retry, so DUO
 * (and the simulator) recognise a repeat and nothing is registered twice.
 *
 *   success                → bevestigd
 *   4xx from DUO           → afgewezen (DUO's fouttekst in the case file + werkvoorraad signal)
 *   request not per spec   → fout (a bug or bad data: signal; never sent)
 *   network / 5xx / 429    → wachtend, attempts + 1, next_attempt_at = now + backoff with jitter
 *                            (30 s · 2^(n−1), at most 1 h); after `maxAttempts` → fout + signal
 */
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { DuoContractError, DuoRejectedError, DuoRetryableError } from '@koers/duo';
import type { Db } from '../db/database.ts';
import { duoOutbox, gemeenten } from '../db/schema.ts';
import { asSystem } from '../db/scope.ts';
import { addCaseEvent } from '../case-file/events.ts';
import { todayIn } from '../case-file/today.ts';
import type { DuoClients } from './runtime.ts';
import { duoRequestFor, isOutboxOperation, outboxLabel } from './outbox-operations.ts';
import { refreshSignals } from '../workqueue/refresh-signals.ts';
import { inGemeente, logDuoProcessing } from './system.ts';
import { afterConfirmed } from './contactpersoon-followup.ts';

export type OutboxStatus = 'wachtend' | 'verzenden' | 'bevestigd' | 'afgewezen' | 'fout' | 'opnieuw-aangeboden';

export interface BackoffPolicy {
  baseMs: number;
  capMs: number;
  /** 0.2 = ±20 %. */
  jitter: number;
  maxAttempts: number;
  /** How long a claimed row is reserved for one send. */
  leaseMs: number;
}

export const defaultBackoff: BackoffPolicy = { baseMs: 30_000, capMs: 60 * 60_000, jitter: 0.2, maxAttempts: 12, leaseMs: 5 * 60_000 };

export interface OutboxDeps {
  db: Db;
  clients: DuoClients;
  secret: string;
  now: () => Date;
  backoff?: Partial<BackoffPolicy>;
  random?: () => number;
}

/** Delay before the next attempt after `attempts` failed ones (exponential, capped, with jitter). */
export function backoffDelay(attempts: number, policy: BackoffPolicy, random: () => number = Math.random, retryAfterMs?: number): number {
  const exp = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  const jittered = exp * (1 - policy.jitter + 2 * policy.jitter * random());
  return Math.round(Math.min(policy.capMs, Math.max(jittered, retryAfterMs ?? 0)));
}

type OutboxRow = typeof duoOutbox.$inferSelect;

/**
 * Claim the due rows (all gemeenten: the worker is system work). A case's meldingen go out one at
 * a time in the order they were made (`seq`): a row waits while an earlier row of the same case is
 * still waiting or being sent, so DUO never gets hours 120 before 100, or a withdrawal before its
 * registration, not even when the earlier one is retried (ADR 0052).
 */
async function claimDue(deps: OutboxDeps, policy: BackoffPolicy, limit: number): Promise<Array<OutboxRow & { oin: string | null; organisationId: string }>> {
  const now = deps.now();
  return asSystem(deps.db, async (tx) => {
    const due = await tx
      .select({ id: duoOutbox.id })
      .from(duoOutbox)
      .where(
        and(
          inArray(duoOutbox.status, ['wachtend', 'verzenden']),
          lte(duoOutbox.nextAttemptAt, now),
          sql`NOT EXISTS (SELECT 1 FROM duo_outbox earlier WHERE earlier.case_id = ${duoOutbox.caseId} AND earlier.seq < ${duoOutbox.seq} AND earlier.status IN ('wachtend', 'verzenden'))`,
        ),
      )
      .orderBy(asc(duoOutbox.nextAttemptAt), asc(duoOutbox.seq))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    await tx
      .update(duoOutbox)
      .set({ status: 'verzenden', nextAttemptAt: new Date(now.getTime() + policy.leaseMs) })
      .where(inArray(duoOutbox.id, due.map((d) => d.id)));
    const rows = await tx
      .select({ row: duoOutbox, oin: gemeenten.oin, organisationId: gemeenten.organisationId })
      .from(duoOutbox)
      .innerJoin(gemeenten, eq(gemeenten.id, duoOutbox.gemeenteId))
      .where(inArray(duoOutbox.id, due.map((d) => d.id)))
      .orderBy(asc(duoOutbox.seq));
    return rows.map((r) => ({ ...r.row, oin: r.oin, organisationId: r.organisationId }));
  });
}

const MAX_ROUNDS_PER_TICK = 5;

export interface OutboxTickResult {
  sent: number;
  confirmed: number;
  rejected: number;
  retrying: number;
  failed: number;
}

/** Send everything that is due now; returns counts. */
export async function runOutbox(deps: OutboxDeps, limit = 20): Promise<OutboxTickResult> {
  const policy: BackoffPolicy = { ...defaultBackoff, ...deps.backoff };
  const result: OutboxTickResult = { sent: 0, confirmed: 0, rejected: 0, retrying: 0, failed: 0 };
  // A later melding of a case becomes claimable once the earlier one is confirmed: a few rounds
  // per tick, so a case's queue drains in one tick when DUO answers.
  for (let round = 0; round < MAX_ROUNDS_PER_TICK; round++) {
    const rows = await claimDue(deps, policy, limit);
    if (rows.length === 0) break;
    for (const row of rows) {
      result.sent += 1;
      const outcome = await sendOne(deps, policy, row);
      result[outcome] += 1;
    }
  }
  return result;
}

async function sendOne(deps: OutboxDeps, policy: BackoffPolicy, row: OutboxRow & { oin: string | null; organisationId: string }): Promise<'confirmed' | 'rejected' | 'retrying' | 'failed'> {
  const attempts = row.attempts + 1;
  const label = outboxLabel(row.operation);
  let outcome: { status: OutboxStatus; lastError: string | null; response: unknown; nextAttemptAt?: Date; sentAt?: Date; summary?: string };
  try {
    if (!isOutboxOperation(row.operation)) throw new DefinitiveError(`onbekende berichtsoort ${row.operation}`);
    if (!row.oin) throw new DefinitiveError('de gemeente heeft geen OIN ingesteld (gemeenten.oin)');
    const request = (() => {
      try {
        return duoRequestFor(row.operation, row.payload);
      } catch (err) {
        const payload = row.payload as { bsn?: unknown } | null;
        if (payload !== null && typeof payload === 'object' && 'bsn' in payload && typeof payload.bsn !== 'string') {
          throw new DefinitiveError('het dossier heeft geen BSN; DUO kent de persoon alleen op BSN. Vul het BSN aan en bied het bericht opnieuw aan');
        }
        throw new DefinitiveError(`bericht onvolledig: ${err instanceof z.ZodError ? z.prettifyError(err).replace(/\s+/g, ' ') : (err as Error).message}`);
      }
    })();
    const res = await deps.clients.forGemeente(row.oin).call<unknown>(request.operationId, request.pathParams, request.body, row.berichtId);
    outcome = {
      status: 'bevestigd',
      lastError: null,
      response: { status: res.status, apiVersion: res.apiVersion ?? null, body: res.body ?? null },
      sentAt: deps.now(),
      summary: `DUO heeft ${label} bevestigd (BerichtId ${row.berichtId}).`,
    };
  } catch (err) {
    if (err instanceof DuoRejectedError) {
      const why = err.fouten.length > 0 ? err.fouten.join(' ') : `status ${err.status}`;
      outcome = { status: 'afgewezen', lastError: why, response: { status: err.status, body: err.body ?? null }, sentAt: deps.now(), summary: `DUO heeft ${label} afgewezen: ${why}` };
    } else if (err instanceof DuoContractError || err instanceof DefinitiveError) {
      outcome = { status: 'fout', lastError: err.message, response: null, summary: `${label} is niet verstuurd: ${err.message}` };
    } else {
      const retryAfter = err instanceof DuoRetryableError ? err.retryAfterMs : undefined;
      const message = err instanceof Error ? err.message : String(err);
      if (attempts >= policy.maxAttempts) {
        outcome = { status: 'fout', lastError: `${message} (na ${attempts} pogingen)`, response: null, summary: `${label} kon na ${attempts} pogingen niet aan DUO worden geleverd: ${message}` };
      } else {
        outcome = { status: 'wachtend', lastError: message, response: null, nextAttemptAt: new Date(deps.now().getTime() + backoffDelay(attempts, policy, deps.random, retryAfter)) };
      }
    }
  }
  const at = deps.now();
  await inGemeente(deps.db, { id: row.gemeenteId, organisationId: row.organisationId }, async (tx) => {
    await tx
      .update(duoOutbox)
      .set({
        status: outcome.status,
        attempts,
        lastError: outcome.lastError,
        ...(outcome.response !== null ? { response: outcome.response } : {}),
        ...(outcome.nextAttemptAt ? { nextAttemptAt: outcome.nextAttemptAt } : {}),
        ...(outcome.sentAt ? { sentAt: outcome.sentAt } : {}),
      })
      .where(eq(duoOutbox.id, row.id));
    if (row.caseId && outcome.summary) {
      await addCaseEvent(
        tx,
        null,
        { caseId: row.caseId, gemeenteId: row.gemeenteId, kind: `duo.bericht.${outcome.status}`, summary: outcome.summary.slice(0, 2000), occurredOn: todayIn(at), section: 'duo', source: 'koers', data: { messageId: row.id, berichtId: row.berichtId, operation: row.operation } },
        at,
      );
      await logDuoProcessing(tx, deps.secret, { id: row.gemeenteId, organisationId: row.organisationId }, row.caseId, 'create', `duo.${row.operation}`, at);
      await refreshSignals(tx, row.caseId, todayIn(at));
    }
    // Follow-up meldingen (e.g. DUO's contactpersoon id → the pending links), in this same transaction.
    if (outcome.status === 'bevestigd') await afterConfirmed(tx, { gemeenteId: row.gemeenteId, caseId: row.caseId, operation: row.operation, payload: row.payload, response: outcome.response }, at);
  });
  switch (outcome.status) {
    case 'bevestigd':
      return 'confirmed';
    case 'afgewezen':
      return 'rejected';
    case 'wachtend':
      return 'retrying';
    case 'fout':
    case 'verzenden':
    case 'opnieuw-aangeboden':
      return 'failed';
    default:
      return outcome.status satisfies never;
  }
}

class DefinitiveError extends Error {}
