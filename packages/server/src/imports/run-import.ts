// The batch loop every import runs (ADR 0077): short transactions, each atomic with its history,
// processing log and report lines, and a turn for the event loop between them, so other users are
// served during an import — also on PGlite, whose calls never give the event loop a turn themselves.
import { backgroundScopeOf } from '../auth/principal.ts';
import { inScope } from '../db/scope.ts';
import type { Tx } from '../db/database.ts';
import { pgErrorCode, uniqueViolation } from '../db/errors.ts';
import { AppError } from '../errors.ts';
import type { UseCaseContext } from '../use-cases/context.ts';
import { recordBatch, type JobRecord, type JobRow } from './job-store.ts';

export interface Importer<U> {
  readonly units: readonly U[];
  /**
   * Checks one batch of units and, unless it is a dry run, writes them; returns one report line per
   * unit, in order. Throwing rolls the whole batch back (the loop then retries it unit by unit).
   */
  processBatch(tx: Tx, units: readonly U[], dryRun: boolean, ahead?: readonly U[]): Promise<JobRow[]>;
  /** The report line of a unit whose own transaction failed. */
  failedRow(unit: U, reason: { field: string; reason: string }): JobRow;
  /** A batch was rolled back: what the importer kept between batches is read again. */
  batchFailed?(): void;
}

export interface RunOptions {
  /**
   * How long one batch may hold its transaction. On PGlite every other request waits for it (one
   * connection), so it is short; on PostgreSQL others have their own connections and only the rows
   * a batch touches are locked, so a batch may run longer and write more at once.
   */
  batchTargetMs: number;
  /** The smallest batch (default MIN_BATCH) and the first one (default FIRST_BATCH). */
  minBatch?: number;
  firstBatch?: number;
  /**
   * Called between batches (tests: a pause to observe progress; PGlite: the requests in flight go
   * first). Answers true when other users were waiting: the next batch then aims at `busyBatchTargetMs`.
   */
  betweenBatches?: () => Promise<boolean | void>;
  /** The batch target while other users are active (PGlite: a read then waits at most about this long). */
  busyBatchTargetMs?: number;
  /**
   * The batch target for a while after others were waiting (`recentMs`): a colleague who clicked will
   * click again, and each click lands at a random point of a batch. Default: `batchTargetMs`.
   */
  recentBatchTargetMs?: number;
  recentMs?: number;
  /**
   * PostgreSQL: Node plans the next units while the database writes a batch (ADR 0077 addendum of the
   * twelfth session). Not on PGlite: the database runs on Node's own thread, so there is nothing to
   * overlap with, and the time would be taken from other users' requests.
   */
  planAhead?: boolean;
}

/** Never fewer: a batch's time includes waiting for other users' transactions, which must not shrink it to nothing. */
export const MIN_BATCH = 50;
export const MAX_BATCH = 1_000;
/** The first batch runs on cold code paths and takes several times longer per row than the next ones. */
const FIRST_BATCH = 100;

/** Units an importer plans ahead per turn of the event loop (`RunOptions.planAhead`; ~0.5 ms each). */
export const PLAN_AHEAD_SLICE = 8;

/** A turn for the event loop: pending requests, timers and I/O run before the next batch. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Lets the requests that arrived during a batch come in. On PGlite a batch holds the event loop (its
 * calls resolve in microtasks), so a request that arrived meanwhile is still unread on its socket, or
 * its timer is still due: counted in only in the loop's next turn. Two turns: the first runs the timers
 * and I/O that were due (a timer's own setImmediate joins the queue behind this one), the second what
 * they queued. Without this the check between batches saw nobody, the next batch started at once and
 * every such request waited for two batches instead of one (ADR 0077 addendum, eleventh session).
 */
export async function requestsComeIn(): Promise<void> {
  await yieldToEventLoop();
  await yieldToEventLoop();
}

/** The batch size that would have taken `target` ms, from the last batch (at most doubling). */
export function nextBatchSize(size: number, elapsedMs: number, targetMs: number, minBatch: number = MIN_BATCH): number {
  const ideal = elapsedMs <= 0 ? size * 2 : Math.floor((size * targetMs) / elapsedMs);
  return Math.max(minBatch, Math.min(MAX_BATCH, size * 2, ideal));
}

/** How many of the last batches the size is estimated from. */
const SIZED_FROM = 3;

/**
 * The size of each next batch: the target (short while others wait or waited recently) divided by
 * the slowest time per unit of the last SIZED_FROM batches, so one fast batch does not make the next
 * one too long (a collection or a slow stretch of the file returns), and at most doubling.
 */
export class BatchSizer {
  readonly #perUnit: number[] = [];
  #othersSeenAt = -Infinity;

  constructor(
    private readonly options: RunOptions,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** The target for the next batch. */
  target(othersWaiting: boolean): number {
    const { batchTargetMs, busyBatchTargetMs = batchTargetMs, recentBatchTargetMs = batchTargetMs, recentMs = 0 } = this.options;
    if (othersWaiting) {
      this.#othersSeenAt = this.now();
      return busyBatchTargetMs;
    }
    return this.now() - this.#othersSeenAt < recentMs ? Math.min(recentBatchTargetMs, batchTargetMs) : batchTargetMs;
  }

  /** The next size after a batch of `size` units took `elapsedMs`. */
  next(size: number, elapsedMs: number, othersWaiting: boolean): number {
    this.#perUnit.push(elapsedMs / size);
    if (this.#perUnit.length > SIZED_FROM) this.#perUnit.shift();
    const slowest = Math.max(...this.#perUnit);
    return nextBatchSize(size, slowest * size, this.target(othersWaiting), this.options.minBatch);
  }
}

/** Why one unit failed, in the report's words (no internals, nothing personal). */
export function failureReason(error: unknown, label: (field: string) => string): { field: string; reason: string } {
  if (error instanceof AppError) return { field: error.field ? label(error.field) : 'regel', reason: error.message };
  if (pgErrorCode(error) === uniqueViolation) return { field: label('bsn'), reason: 'Deze persoon heeft al een dossier met een ander BSN of V-nummer; controleer de gegevens.' };
  return { field: 'regel', reason: 'Deze regel kon niet worden verwerkt door een fout aan onze kant; er is niets van opgeslagen.' };
}

/** Thrown between batches when the app is closing: the job is marked 'mislukt' with the count so far. */
export class ImportStopped extends Error {}

/** Imports running per database (one app), so closing the app can stop them between batches. */
const running = new WeakMap<object, { stopping: boolean; work: Set<Promise<unknown>> }>();

function registry(db: object): { stopping: boolean; work: Set<Promise<unknown>> } {
  let entry = running.get(db);
  if (!entry) {
    entry = { stopping: false, work: new Set() };
    running.set(db, entry);
  }
  return entry;
}

/** Keeps track of a running import of this database. */
export function trackImport(db: object, work: Promise<unknown>): void {
  const entry = registry(db);
  entry.work.add(work);
  void work.finally(() => entry.work.delete(work));
}

/** App shutdown: imports stop after their current batch (marked 'mislukt', what was done stays). */
export async function stopImports(db: object): Promise<void> {
  const entry = registry(db);
  entry.stopping = true;
  await Promise.allSettled([...entry.work]);
}

export async function runImport<U>(ctx: UseCaseContext, job: Pick<JobRecord, 'id' | 'organisationId' | 'dryRun'>, importer: Importer<U>, options: RunOptions, label: (field: string) => string): Promise<void> {
  // The batches go on after the request answered: a system scope fixed now (ADR 0095).
  const scope = backgroundScopeOf(ctx.principal);
  const units = importer.units;
  const state = registry(ctx.db);
  let seq = 0;
  let size = Math.min(options.firstBatch ?? FIRST_BATCH, MAX_BATCH);
  const sizer = new BatchSizer(options);
  while (seq < units.length) {
    if (state.stopping) throw new ImportStopped();
    const batch = units.slice(seq, seq + size);
    const first = seq;
    const started = performance.now();
    try {
      await inScope(ctx.db, scope, async (tx) => {
        const rows = await importer.processBatch(tx, batch, job.dryRun, options.planAhead ? units.slice(seq + batch.length, seq + batch.length + Math.min(MAX_BATCH, 2 * size)) : undefined);
        await recordBatch(tx, job, first, { rows });
      });
    } catch {
      // Something in the batch failed: nothing of it was written. Unit by unit, so only the failing one is refused.
      importer.batchFailed?.();
      for (let k = 0; k < batch.length; k++) {
        const unit = batch[k]!;
        try {
          await inScope(ctx.db, scope, async (tx) => {
            const rows = await importer.processBatch(tx, [unit], job.dryRun);
            await recordBatch(tx, job, first + k, { rows });
          });
        } catch (error) {
          importer.batchFailed?.();
          await inScope(ctx.db, scope, (tx) => recordBatch(tx, job, first + k, { rows: [importer.failedRow(unit, failureReason(error, label))] }));
        }
        await yieldToEventLoop();
      }
    }
    seq += batch.length;
    const elapsed = performance.now() - started;
    await requestsComeIn();
    const othersWaiting = (await options.betweenBatches?.()) === true;
    size = sizer.next(batch.length, elapsed, othersWaiting);
  }
}
