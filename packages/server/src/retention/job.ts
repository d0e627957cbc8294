// The daily retention job (ADR 0099): an in-process timer in every Koers process; the database
// decides which process runs it. A process claims the row 'retention' of scheduled_jobs when it has
// not run today and no other process holds a live lease; it then applies retention per gemeente
// (one transaction each, with its report row in retention_runs) and marks the day done — only while
// its lease token still holds. A process that dies mid-run leaves the lease to expire; the next claim
// runs the day again, and what was already removed is simply not found again.
import { randomUUID } from 'node:crypto';
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Logger } from 'pino';
import { readGemeenteSettings, retentionOf } from '@koers/domain';
import type { Db } from '../db/database.ts';
import { asSystem } from '../db/scope.ts';
import { gemeenten, retentionRuns, scheduledJobs } from '../db/schema.ts';
import { todayIn } from '../case-file/today.ts';
import { applyRetention, pruneOrganisationLog } from './apply.ts';

export const RETENTION_JOB = 'retention';
/** How long a claim holds: longer than a run takes, short enough that a dead process's day is soon retried. */
export const RETENTION_LEASE_MS = 30 * 60_000;
/** How often a process looks whether today's run is still to be done. */
const CHECK_EVERY_MS = 60 * 60_000;
/** The first look, shortly after start-up (not during it). */
const FIRST_CHECK_MS = 60_000;

export interface RetentionJobDeps {
  db: Db;
  now: () => Date;
  log?: Pick<Logger, 'info' | 'error'>;
}

export interface RetentionRunSummary {
  ranOn: string;
  gemeenten: number;
  caseFiles: number;
  coreData: number;
  processingLog: number;
}

/** Claims today's run; null when it is done already or another process holds it. */
export async function claimRetentionRun(db: Db, now: Date): Promise<{ token: string; today: string } | null> {
  const today = todayIn(now);
  const token = randomUUID();
  return asSystem(db, async (tx) => {
    await tx.insert(scheduledJobs).values({ name: RETENTION_JOB }).onConflictDoNothing();
    const claimed = await tx
      .update(scheduledJobs)
      .set({ leaseToken: token, leaseUntil: new Date(now.getTime() + RETENTION_LEASE_MS) })
      .where(
        and(
          eq(scheduledJobs.name, RETENTION_JOB),
          or(isNull(scheduledJobs.lastRunOn), lt(scheduledJobs.lastRunOn, today)),
          or(isNull(scheduledJobs.leaseUntil), lt(scheduledJobs.leaseUntil, now)),
        ),
      )
      .returning({ name: scheduledJobs.name });
    return claimed.length === 1 ? { token, today } : null;
  });
}

/** Runs retention for every gemeente of the installation, once per day whatever the number of processes. */
export async function runRetentionOnce(deps: RetentionJobDeps): Promise<RetentionRunSummary | null> {
  const now = deps.now();
  const claim = await claimRetentionRun(deps.db, now);
  if (!claim) return null;
  const summary: RetentionRunSummary = { ranOn: claim.today, gemeenten: 0, caseFiles: 0, coreData: 0, processingLog: 0 };
  const all = await asSystem(deps.db, (tx) => tx.select({ id: gemeenten.id, organisationId: gemeenten.organisationId, settings: gemeenten.settings }).from(gemeenten));
  const longestLog = new Map<string, number>();
  for (const g of all) {
    const periods = retentionOf(readGemeenteSettings(g.settings));
    longestLog.set(g.organisationId, Math.max(longestLog.get(g.organisationId) ?? 0, periods.processingLogYears));
    const counts = await asSystem(deps.db, async (tx) => {
      const done = await applyRetention(tx, g.id, periods, claim.today);
      await tx.insert(retentionRuns).values({ organisationId: g.organisationId, gemeenteId: g.id, ranAt: deps.now(), ranOn: claim.today, ...done });
      return done;
    });
    summary.gemeenten++;
    summary.caseFiles += counts.caseFiles;
    summary.coreData += counts.coreData;
    summary.processingLog += counts.processingLog;
  }
  for (const [organisationId, years] of longestLog) {
    const pruned = await asSystem(deps.db, async (tx) => {
      const n = await pruneOrganisationLog(tx, organisationId, years, claim.today);
      await tx.insert(retentionRuns).values({ organisationId, gemeenteId: null, ranAt: deps.now(), ranOn: claim.today, processingLog: n });
      return n;
    });
    summary.processingLog += pruned;
  }
  await asSystem(deps.db, (tx) =>
    tx
      .update(scheduledJobs)
      .set({ lastRunOn: claim.today, leaseToken: null, leaseUntil: null })
      .where(and(eq(scheduledJobs.name, RETENTION_JOB), eq(scheduledJobs.leaseToken, claim.token))),
  );
  // Counts only: nothing personal in a log line (ADR 0093).
  deps.log?.info({ retention: summary }, 'bewaartermijnen toegepast');
  return summary;
}

/** The timer: looks every hour whether today's run is still to be done. */
export class RetentionJob {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;
  private stopped = false;

  constructor(private readonly deps: RetentionJobDeps) {}

  start(): void {
    this.schedule(FIRST_CHECK_MS);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = runRetentionOnce(this.deps)
        .catch((error: unknown) => this.deps.log?.error({ err: error }, 'bewaartermijnen: opschoning mislukt'))
        .finally(() => {
          this.running = undefined;
          this.schedule(CHECK_EVERY_MS);
        });
    }, delay);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }
}
