// Import jobs in the database (import_jobs, import_job_rows): created when an import starts, brought
// up to date in the transaction of every batch (so the counts are exactly what was committed), read
// by the user who started the job only. A job left 'bezig' by a stopped process is marked 'mislukt'.
import { and, asc, desc, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db, DatabaseKind, Tx } from '../db/database.ts';
import { importJobRows, importJobs } from '../db/schema.ts';
import { asSystem, inScope } from '../db/scope.ts';
import { backgroundScopeOf, scopeOf } from '../auth/principal.ts';
import { bulkInsertStatement, insertTogether } from '../db/bulk-insert.ts';
import type { UseCaseContext } from '../use-cases/context.ts';

export type ImportKind = 'tvs' | 'caseload';
export type JobStatus = 'bezig' | 'klaar' | 'mislukt';
export type RowOutcome = 'nieuw' | 'bijgewerkt' | 'ongewijzigd' | 'afgewezen';

export interface ImportRejection {
  /** The sheet or file the row is in (caseload import); null for a one-file import. */
  sheet?: string | null;
  /** Line in the file or sheet (the header is line 1). */
  row: number;
  /** The column as named in the file (Dutch header), or 'regel' for the row as a whole. */
  field: string;
  /** Dutch reason. */
  reason: string;
}

/** One line of the report: a unit (TVS row, or a person with their PIP and placement rows). */
export interface JobRow {
  sheet: string | null;
  row: number;
  outcome: RowOutcome;
  caseId: string | null;
  /** What is (or would be) created or changed (Dutch), or the rejections. */
  details: string[] | ImportRejection[];
}

export type JobRecord = typeof importJobs.$inferSelect;

/** A job whose heartbeat is older than this was left by a stopped process (PostgreSQL: other processes may be importing). */
export const STALE_AFTER_MS = 60_000;
/** At most this many rejections come with the job itself; all are in the rows (GET …/regels). */
export const MAX_REJECTIONS_IN_VIEW = 5_000;

export interface NewJob {
  kind: ImportKind;
  dryRun: boolean;
  dryRunId?: string | null;
  gemeenteId: string | null;
  fileName: string | null;
  fileKind: 'csv' | 'xlsx';
  files: { name: string; base64: string }[] | null;
  total: number;
}

export async function createJob(ctx: UseCaseContext, job: NewJob): Promise<JobRecord> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const [row] = await tx
      .insert(importJobs)
      .values({
        organisationId: ctx.principal.organisation.id,
        userId: ctx.principal.userId,
        gemeenteId: job.gemeenteId,
        kind: job.kind,
        dryRun: job.dryRun,
        dryRunId: job.dryRunId ?? null,
        status: 'bezig',
        fileName: job.fileName,
        fileKind: job.fileKind,
        files: job.files,
        total: job.total,
        heartbeatAt: new Date(),
        startedAt: new Date(),
      })
      .returning();
    if (!row) throw new Error('import job not stored');
    return row;
  });
}

/** The job, only for the user who started it (row-level security keeps it inside the organisation too). */
export async function findJob(ctx: UseCaseContext, jobId: string): Promise<JobRecord | undefined> {
  return inScope(
    ctx.db,
    scopeOf(ctx.principal),
    async (tx) => {
      const [row] = await tx.select().from(importJobs).where(and(eq(importJobs.id, jobId), eq(importJobs.userId, ctx.principal.userId)));
      return row;
    },
    { readOnly: true },
  );
}

export async function listJobs(ctx: UseCaseContext, limit = 20): Promise<JobRecord[]> {
  return inScope(
    ctx.db,
    scopeOf(ctx.principal),
    (tx) => tx.select().from(importJobs).where(eq(importJobs.userId, ctx.principal.userId)).orderBy(desc(importJobs.startedAt)).limit(limit),
    { readOnly: true },
  );
}

export async function rejectionsOf(ctx: UseCaseContext, jobId: string): Promise<ImportRejection[]> {
  const rows = await inScope(
    ctx.db,
    scopeOf(ctx.principal),
    (tx) =>
      tx
        .select({ details: importJobRows.details })
        .from(importJobRows)
        .where(and(eq(importJobRows.jobId, jobId), eq(importJobRows.outcome, 'afgewezen')))
        .orderBy(asc(importJobRows.seq))
        .limit(MAX_REJECTIONS_IN_VIEW),
    { readOnly: true },
  );
  return rows.flatMap((r) => r.details.filter((d): d is ImportRejection => typeof d !== 'string')).slice(0, MAX_REJECTIONS_IN_VIEW);
}

export async function rowsOf(ctx: UseCaseContext, jobId: string, page: { offset: number; limit: number; outcome?: RowOutcome | undefined }) {
  return inScope(
    ctx.db,
    scopeOf(ctx.principal),
    async (tx) => {
      const where = and(eq(importJobRows.jobId, jobId), page.outcome ? eq(importJobRows.outcome, page.outcome) : undefined);
      const items = await tx
        .select({ seq: importJobRows.seq, sheet: importJobRows.sheet, row: importJobRows.row, outcome: importJobRows.outcome, caseId: importJobRows.caseId, details: importJobRows.details })
        .from(importJobRows)
        .where(where)
        .orderBy(asc(importJobRows.seq))
        .offset(page.offset)
        .limit(page.limit);
      const [count] = await tx.select({ n: sql<number>`count(*)::int` }).from(importJobRows).where(where);
      return { items, total: count?.n ?? 0 };
    },
    { readOnly: true },
  );
}

export interface BatchOutcome {
  rows: JobRow[];
}

/**
 * The report lines of one batch and the job's counts, in the batch's own transaction: after a crash
 * the job says exactly what was committed.
 */
export async function recordBatch(tx: Tx, job: Pick<JobRecord, 'id' | 'organisationId'>, firstSeq: number, outcome: BatchOutcome): Promise<void> {
  const count = (o: RowOutcome) => outcome.rows.filter((r) => r.outcome === o).length;
  const lines = bulkInsertStatement(
    importJobRows,
    outcome.rows.map((r, i) => ({ jobId: job.id, organisationId: job.organisationId, seq: firstSeq + i, sheet: r.sheet, row: r.row, outcome: r.outcome, caseId: r.caseId, details: r.details })),
  );
  const counts = tx
    .update(importJobs)
    .set({
      processed: sql`${importJobs.processed} + ${outcome.rows.length}`,
      created: sql`${importJobs.created} + ${count('nieuw')}`,
      updated: sql`${importJobs.updated} + ${count('bijgewerkt')}`,
      unchanged: sql`${importJobs.unchanged} + ${count('ongewijzigd')}`,
      rejectedCount: sql`${importJobs.rejectedCount} + ${outcome.rows.filter((r) => r.outcome === 'afgewezen').reduce((n, r) => n + Math.max(1, r.details.length), 0)}`,
      heartbeatAt: new Date(),
      updatedAt: new Date(),
    })
    .where(eq(importJobs.id, job.id))
    .getSQL();
  // The report lines and the counts in one statement (one round trip per batch less).
  await insertTogether(tx, [lines, counts]);
}

export async function finishJob(db: Db, ctx: UseCaseContext, jobId: string, result: { status: Exclude<JobStatus, 'bezig'>; error?: string | null; keepFiles: boolean; reconcile: boolean }): Promise<void> {
  await inScope(db, backgroundScopeOf(ctx.principal), async (tx) => {
    await tx
      .update(importJobs)
      .set({
        status: result.status,
        error: result.error ?? null,
        finishedAt: new Date(),
        heartbeatAt: new Date(),
        updatedAt: new Date(),
        ...(result.keepFiles ? {} : { files: null }),
        ...(result.reconcile ? { reconciliationStatus: 'wachtend', reconciliationNextAt: ctx.now } : {}),
      })
      .where(eq(importJobs.id, jobId));
  });
}

/** A running job's sign of life between batches (a batch can wait on DUO's list of instellingen). */
export async function touchJob(ctx: UseCaseContext, jobId: string): Promise<void> {
  await inScope(ctx.db, backgroundScopeOf(ctx.principal), (tx) => tx.update(importJobs).set({ heartbeatAt: new Date() }).where(eq(importJobs.id, jobId)));
}

export const interruptedReason = (processed: number, total: number): string =>
  `De import is afgebroken: Koers is gestopt terwijl de import liep. ${processed} van ${total} regels zijn verwerkt en opgeslagen; de rest niet. Importeer het bestand opnieuw: verwerkte regels worden dan als ongewijzigd gemeld.`;

/**
 * Start-up: jobs left 'bezig' by a stopped process become 'mislukt' with the reason. On PGlite only
 * this process uses the database, so every running job is left over; on PostgreSQL other processes
 * may be importing, so only jobs without a heartbeat for STALE_AFTER_MS. Also run periodically.
 */
export async function failInterruptedJobs(db: Db, kind: DatabaseKind, now: Date = new Date()): Promise<number> {
  return asSystem(db, async (tx) => {
    const stale = kind === 'pglite' ? undefined : or(isNull(importJobs.heartbeatAt), lt(importJobs.heartbeatAt, new Date(now.getTime() - STALE_AFTER_MS)));
    const rows = await tx.select({ id: importJobs.id, processed: importJobs.processed, total: importJobs.total }).from(importJobs).where(and(eq(importJobs.status, 'bezig'), stale));
    for (const r of rows) {
      await tx
        .update(importJobs)
        .set({ status: 'mislukt', error: interruptedReason(r.processed, r.total), finishedAt: now, updatedAt: now })
        .where(and(eq(importJobs.id, r.id), eq(importJobs.status, 'bezig')));
    }
    // A reconciliation that was running is simply picked up again (it is resumable per person).
    await tx
      .update(importJobs)
      .set({ reconciliationStatus: 'wachtend', reconciliationNextAt: now })
      .where(and(eq(importJobs.reconciliationStatus, 'bezig'), stale ? or(isNull(importJobs.heartbeatAt), lt(importJobs.heartbeatAt, new Date(now.getTime() - STALE_AFTER_MS))) : undefined));
    return rows.length;
  });
}

/** Dry runs' files are kept for a day, so "Importeren" can follow without uploading again. */
export async function purgeOldFiles(db: Db, now: Date = new Date()): Promise<void> {
  await asSystem(db, (tx) =>
    tx
      .update(importJobs)
      .set({ files: null })
      .where(and(inArray(importJobs.status, ['klaar', 'mislukt']), lt(importJobs.finishedAt, new Date(now.getTime() - 24 * 60 * 60 * 1000)))),
  );
}
