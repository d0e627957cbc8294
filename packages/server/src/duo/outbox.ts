/**
 * Sending the outbox (melding–bevestiging). Due rows (`status in ('wachtend','verzenden') and
 * next_attempt_at <= now`) are claimed in a short transaction (`FOR UPDATE SKIP LOCKED`): each gets
 * a lease (`next_attempt_at` = now + lease) and a fresh `lease_token`. Then each is sent with its own
 * BerichtId — the same on every retry, so DUO (and the simulator) recognise a repeat and nothing is
 * registered twice — and its outcome is written only if the row still carries that token. So with
 * several Koers processes on one PostgreSQL a melding is claimed by one process at a time, and a
 * process whose lease ran out (a very slow DUO) cannot overwrite what the next one did (ADR 0054).
 *
 *   success                → bevestigd
 *   4xx from DUO           → afgewezen (DUO's fouttekst in the case file + werkvoorraad signal)
 *   request not per spec   → fout (a bug or bad data: signal; never sent)
 *   answer not per spec    → wachtend, and the API stops for the gemeente until a person looks (ADR 0055)
 *   network / 5xx / 429    → wachtend, attempts + 1, next_attempt_at = now + backoff with jitter
 *                            (30 s · 2^(n−1), at most 1 h); after `maxAttempts` → fout + signal
 */
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { DuoContractError, DuoRejectedError, DuoRetryableError } from '@koers/duo';
import type { Db } from '../db/database.ts';
import { duoOutbox, gemeenten } from '../db/schema.ts';
import { asSystem } from '../db/scope.ts';
import { addCaseEvents } from '../case-file/events.ts';
import { todayIn } from '../case-file/today.ts';
import type { DuoClients } from './runtime.ts';
import { duoRequestFor, isOutboxOperation, outboxLabel } from './outbox-operations.ts';
import { refreshSignals } from '../workqueue/refresh-signals.ts';
import { inGemeente, logDuoProcessingMany } from './system.ts';
import { afterConfirmed } from './contactpersoon-followup.ts';
import { outboxHeldBy, outboxOperationsOf, recordContractStop, type ActiveStop } from './contract-stops.ts';
import { describeFailure, DuoProcessingError } from './failure-reason.ts';
import { runInLanes } from './lanes.ts';
import { rowsOf } from '../db/raw-rows.ts';
import { hasKey, isOneOf } from '../util/guards.ts';

export type OutboxStatus = 'wachtend' | 'verzenden' | 'bevestigd' | 'afgewezen' | 'fout' | 'opnieuw-aangeboden' | 'vervangen';

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
  /** An error that is neither DUO's answer nor a known situation (logged; the row is retried). */
  onUnexpected?: (err: unknown) => void;
}

export interface OutboxRunOptions {
  /** Rows per claim. */
  batchSize: number;
  /** Rows sent at the same time (one per case). */
  concurrency: number;
  /** Claim rounds per run; a case's queue drains within one run when DUO answers. */
  maxRounds: number;
  /** The stops in force (ADR 0055): their rows are not claimed. */
  stops: readonly ActiveStop[];
  /** True once the worker is stopping: nothing new starts; claimed rows not sent are handed back. */
  stopping: () => boolean;
}

/** Delay before the next attempt after `attempts` failed ones (exponential, capped, with jitter). */
export function backoffDelay(attempts: number, policy: BackoffPolicy, random: () => number = Math.random, retryAfterMs?: number): number {
  const exp = Math.min(policy.capMs, policy.baseMs * 2 ** Math.max(0, attempts - 1));
  const jittered = exp * (1 - policy.jitter + 2 * policy.jitter * random());
  return Math.round(Math.min(policy.capMs, Math.max(jittered, retryAfterMs ?? 0)));
}

type OutboxRow = typeof duoOutbox.$inferSelect;
type ClaimedRow = OutboxRow & { leaseToken: string; oin: string | null; organisationId: string };

/**
 * Claim due rows (all gemeenten: the worker is system work). A case's meldingen go out one at a
 * time in the order they were made (`seq`): a row waits while an earlier row of the same case is
 * still waiting or being sent, so DUO never gets hours 120 before 100, or a withdrawal before its
 * registration, not even when the earlier one is retried (ADR 0052). Rows of a stopped API wait.
 */
async function claimDue(deps: OutboxDeps, policy: BackoffPolicy, limit: number, stops: readonly ActiveStop[]): Promise<ClaimedRow[]> {
  const now = deps.now();
  const held = outboxHeldBy(stops);
  return asSystem(deps.db, async (tx) => {
    const due = await tx
      .select({ id: duoOutbox.id })
      .from(duoOutbox)
      .where(
        and(
          inArray(duoOutbox.status, ['wachtend', 'verzenden']),
          lte(duoOutbox.nextAttemptAt, now),
          sql`NOT EXISTS (SELECT 1 FROM duo_outbox earlier WHERE earlier.case_id = ${duoOutbox.caseId} AND earlier.seq < ${duoOutbox.seq} AND earlier.status IN ('wachtend', 'verzenden'))`,
          ...(held ? [held] : []),
        ),
      )
      .orderBy(asc(duoOutbox.nextAttemptAt), asc(duoOutbox.seq))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (due.length === 0) return [];
    const ids = due.map((d) => d.id);
    await tx
      .update(duoOutbox)
      .set({ status: 'verzenden', nextAttemptAt: new Date(now.getTime() + policy.leaseMs), leaseToken: sql`gen_random_uuid()` })
      .where(inArray(duoOutbox.id, ids));
    const rows = await tx
      .select({ row: duoOutbox, oin: gemeenten.oin, organisationId: gemeenten.organisationId })
      .from(duoOutbox)
      .innerJoin(gemeenten, eq(gemeenten.id, duoOutbox.gemeenteId))
      .where(inArray(duoOutbox.id, ids))
      .orderBy(asc(duoOutbox.seq));
    return rows.map((r) => ({ ...r.row, leaseToken: r.row.leaseToken ?? '', oin: r.oin, organisationId: r.organisationId }));
  });
}

/** Hand claimed rows back unsent (the worker stops): due again at once, for whichever process is next. */
async function release(deps: OutboxDeps, rows: readonly ClaimedRow[]): Promise<void> {
  if (rows.length === 0) return;
  await asSystem(deps.db, async (tx) => {
    for (const r of rows) {
      await tx
        .update(duoOutbox)
        .set({ status: 'wachtend', nextAttemptAt: deps.now(), leaseToken: null })
        .where(and(eq(duoOutbox.id, r.id), eq(duoOutbox.leaseToken, r.leaseToken)));
    }
  });
}

export interface OutboxTickResult {
  sent: number;
  confirmed: number;
  rejected: number;
  retrying: number;
  failed: number;
  /** Answered outside DUO's spec: the row waits, the API stopped (ADR 0055). */
  stopped: number;
  /** Claimed by another process meanwhile (lease ran out): outcome not written. */
  lost: number;
  /** True when the round limit was reached with work still due. */
  more: boolean;
}

/** Send everything that is due now; returns counts. */
export async function runOutbox(deps: OutboxDeps, options: OutboxRunOptions): Promise<OutboxTickResult> {
  const policy: BackoffPolicy = { ...defaultBackoff, ...deps.backoff };
  const result: OutboxTickResult = { sent: 0, confirmed: 0, rejected: 0, retrying: 0, failed: 0, stopped: 0, lost: 0, more: false };
  let stops = options.stops;
  // A later melding of a case becomes claimable once the earlier one is confirmed: a few rounds
  // per run, so a case's queue drains in one run when DUO answers.
  for (let round = 0; round < options.maxRounds && !options.stopping(); round++) {
    const rows = await claimDue(deps, policy, options.batchSize, stops);
    if (rows.length === 0) return result;
    const newStops: ActiveStop[] = [];
    const sent: Sent[] = [];
    const held: ClaimedRow[] = [];
    const { notStarted, error } = await runInLanes(
      rows,
      (row) => row.caseId ?? 'zonder-dossier',
      options.concurrency,
      async (row) => {
        // A stop found in this batch holds the batch's other rows of that gemeente and API too.
        if (newStops.some((s) => s.gemeenteId === row.gemeenteId && isOneOf(outboxOperationsOf(s.api), row.operation))) {
          held.push(row);
          return;
        }
        const one = await sendOne(deps, policy, row);
        sent.push(one);
        if (one.stop) newStops.push(one.stop);
      },
      options.stopping,
    );
    // The outcomes of the round, written together (ADR 0054): each only if its claim still holds.
    const written = await writeOutcomes(deps, sent);
    for (const one of sent) {
      result.sent += 1;
      result[written.has(one.row.id) ? countOf(one) : 'lost'] += 1;
    }
    await release(deps, [...notStarted, ...held]);
    if (error !== undefined) throw error instanceof Error ? error : new Error('onbekende fout in de DUO-worker');
    if (newStops.length > 0) stops = [...stops, ...newStops];
    if (round === options.maxRounds - 1) result.more = true;
  }
  return result;
}

type Counted = Exclude<keyof OutboxTickResult, 'sent' | 'more'>;

interface Outcome {
  status: OutboxStatus;
  lastError: string | null;
  response: unknown;
  nextAttemptAt?: Date;
  sentAt?: Date;
  /** Counts as an attempt (a contract stop does not: the row waits for a person). */
  attempt: boolean;
  summary?: string;
  kind?: string;
}

/** One melding sent (or not): what to write. */
interface Sent {
  row: ClaimedRow;
  outcome: Outcome;
  at: Date;
  stop?: ActiveStop;
}

function countOf(one: Sent): Counted {
  if (one.stop) return 'stopped';
  switch (one.outcome.status) {
    case 'bevestigd':
      return 'confirmed';
    case 'afgewezen':
      return 'rejected';
    case 'wachtend':
      return 'retrying';
    case 'fout':
    case 'verzenden':
    case 'opnieuw-aangeboden':
    case 'vervangen':
      return 'failed';
    default:
      return one.outcome.status satisfies never;
  }
}

/** Send one melding; nothing is written here except a contract stop (its own transaction). */
async function sendOne(deps: OutboxDeps, policy: BackoffPolicy, row: ClaimedRow): Promise<Sent> {
  const attempts = row.attempts + 1;
  const label = outboxLabel(row.operation);
  let outcome: Outcome;
  let contractError: DuoContractError | undefined;
  try {
    if (!isOutboxOperation(row.operation)) throw new DuoProcessingError(`onbekende berichtsoort ${row.operation}`);
    if (!row.oin) throw new DuoProcessingError('de gemeente heeft geen OIN ingesteld (gemeenten.oin)');
    const request = (() => {
      try {
        return duoRequestFor(row.operation, row.payload);
      } catch (err) {
        if (hasKey(row.payload, 'bsn') && typeof row.payload.bsn !== 'string') {
          throw new DuoProcessingError('het dossier heeft geen BSN; DUO kent de persoon alleen op BSN. Vul het BSN aan en bied het bericht opnieuw aan');
        }
        throw new DuoProcessingError(`bericht onvolledig: ${err instanceof z.ZodError ? z.prettifyError(err).replace(/\s+/g, ' ') : err instanceof Error ? err.message : String(err)}`);
      }
    })();
    const res = await deps.clients.forGemeente(row.oin).call<unknown>(request.operationId, request.pathParams, request.body, row.berichtId);
    outcome = {
      status: 'bevestigd',
      lastError: null,
      response: { status: res.status, apiVersion: res.apiVersion ?? null, body: res.body ?? null },
      sentAt: deps.now(),
      attempt: true,
      summary: `DUO heeft ${label} bevestigd (BerichtId ${row.berichtId}).`,
    };
  } catch (err) {
    if (err instanceof DuoRejectedError) {
      const why = err.fouten.length > 0 ? err.fouten.join(' ') : `status ${err.status}`;
      outcome = { status: 'afgewezen', lastError: why, response: { status: err.status, body: err.body ?? null }, sentAt: deps.now(), attempt: true, summary: `DUO heeft ${label} afgewezen: ${why}` };
    } else if (err instanceof DuoContractError && err.direction === 'response') {
      // DUO answered outside its spec: not a retry loop. The row waits (due at once, but held by the
      // stop) until a person has looked at it; then it is sent again with the same BerichtId.
      contractError = err;
      const why = `${describeFailure(err).reason}. Het bericht wacht tot iemand de stop op de DUO-pagina opheft.`;
      outcome = { status: 'wachtend', lastError: why, response: null, nextAttemptAt: deps.now(), attempt: false, summary: `${label[0]?.toUpperCase() ?? ''}${label.slice(1)} wacht: ${why}`, kind: 'duo.bericht.gestopt' };
    } else if (err instanceof DuoContractError || err instanceof DuoProcessingError) {
      const why = err instanceof DuoContractError ? `${describeFailure(err).reason}: ${err.message.replace(/^[A-Za-z]+: /, '')}` : err.message;
      outcome = { status: 'fout', lastError: why, response: null, attempt: true, summary: `${label} is niet verstuurd: ${why}` };
    } else {
      const retryAfter = err instanceof DuoRetryableError ? err.retryAfterMs : undefined;
      const { reason, unexpected } = describeFailure(err);
      if (unexpected) deps.onUnexpected?.(err);
      if (attempts >= policy.maxAttempts) {
        outcome = { status: 'fout', lastError: `${reason} (na ${attempts} pogingen)`, response: null, attempt: true, summary: `${label} kon na ${attempts} pogingen niet aan DUO worden geleverd: ${reason}` };
      } else {
        outcome = { status: 'wachtend', lastError: reason, response: null, attempt: true, nextAttemptAt: new Date(deps.now().getTime() + backoffDelay(attempts, policy, deps.random, retryAfter)) };
      }
    }
  }
  const at = deps.now();
  if (!contractError) return { row, outcome, at };
  const recorded = await recordContractStop(deps.db, { gemeente: { id: row.gemeenteId, organisationId: row.organisationId }, error: contractError, validator: deps.clients.validator, now: at });
  return { row, outcome, at, stop: { id: '', gemeenteId: row.gemeenteId, api: recorded.api } };
}

/**
 * Write the outcomes of a round: per gemeente one transaction (its row-level-security scope) with
 * one update of all rows — each only where its lease token still holds — and the timeline entries
 * and processing-log rows of the rows written. Rare outcomes bring their own work in the same
 * transaction: a refusal or failure refreshes the case's werkvoorraad, a confirmed contactpersoon
 * melding queues its follow-up. Should that transaction fail, each row is written on its own, so
 * one bad row cannot hold the others back. Returns the ids written.
 */
async function writeOutcomes(deps: OutboxDeps, sent: readonly Sent[]): Promise<Set<string>> {
  const written = new Set<string>();
  const byGemeente = new Map<string, Sent[]>();
  for (const one of sent) {
    const list = byGemeente.get(one.row.gemeenteId);
    if (list) list.push(one);
    else byGemeente.set(one.row.gemeenteId, [one]);
  }
  for (const group of byGemeente.values()) {
    try {
      for (const id of await writeGroup(deps, group)) written.add(id);
    } catch (groupError) {
      if (group.length === 1) {
        deps.onUnexpected?.(groupError);
        continue;
      }
      for (const one of group) {
        try {
          for (const id of await writeGroup(deps, [one])) written.add(id);
        } catch (err) {
          // Left 'verzenden': after its lease it is sent again with the same BerichtId.
          deps.onUnexpected?.(err);
        }
      }
    }
  }
  return written;
}

async function writeGroup(deps: OutboxDeps, group: readonly Sent[]): Promise<string[]> {
  const first = group[0];
  if (!first) return [];
  const gemeente = { id: first.row.gemeenteId, organisationId: first.row.organisationId };
  return inGemeente(deps.db, gemeente, async (tx) => {
    const values = group.map(({ row, outcome }) => ({
      id: row.id,
      token: row.leaseToken,
      status: outcome.status,
      attempts: outcome.attempt ? row.attempts + 1 : row.attempts,
      last_error: outcome.lastError,
      response: outcome.response,
      next_attempt_at: outcome.nextAttemptAt?.toISOString() ?? null,
      sent_at: outcome.sentAt?.toISOString() ?? null,
    }));
    const updated: unknown = await tx.execute(sql`
      UPDATE duo_outbox AS o
         SET status = v.status, attempts = v.attempts, last_error = v.last_error, lease_token = NULL,
             response = COALESCE(v.response, o.response),
             next_attempt_at = COALESCE(v.next_attempt_at, o.next_attempt_at),
             sent_at = COALESCE(v.sent_at, o.sent_at)
        FROM json_to_recordset(${JSON.stringify(values)}::json)
             AS v(id uuid, token uuid, status text, attempts int, last_error text, response jsonb, next_attempt_at timestamptz, sent_at timestamptz)
       WHERE o.id = v.id AND o.lease_token = v.token
   RETURNING o.id`);
    const ids = new Set(rowsOf<{ id: string }>(updated).map((r) => r.id));
    const done = group.filter((one) => ids.has(one.row.id));
    const events = done.flatMap(({ row, outcome, at }) =>
      row.caseId && outcome.summary
        ? [{ caseId: row.caseId, gemeenteId: row.gemeenteId, kind: outcome.kind ?? `duo.bericht.${outcome.status}`, summary: outcome.summary.slice(0, 2000), occurredOn: todayIn(at), section: 'duo', source: 'koers' as const, data: { messageId: row.id, berichtId: row.berichtId, operation: row.operation }, at }]
        : [],
    );
    await addCaseEvents(tx, null, events);
    await logDuoProcessingMany(
      tx,
      deps.secret,
      gemeente,
      events.map((e) => ({ caseId: e.caseId, operationName: `duo.${e.data.operation}`, at: e.at })),
    );
    for (const { row, outcome, at } of done) {
      // The werkvoorraad's DUO signals depend on refused and failed rows only (computeDuoSignals).
      if (row.caseId && (outcome.status === 'afgewezen' || outcome.status === 'fout')) await refreshSignals(tx, row.caseId, todayIn(at));
      // Follow-up meldingen (e.g. DUO's contactpersoon id → the pending links), in this same transaction.
      if (outcome.status === 'bevestigd') await afterConfirmed(tx, { id: row.id, gemeenteId: row.gemeenteId, caseId: row.caseId, operation: row.operation, payload: row.payload, response: outcome.response }, at);
    }
    return [...ids];
  });
}
