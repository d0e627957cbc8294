/**
 * Reconciliation after a caseload import (ADR 0078): for every imported person with a BSN, Koers
 * asks DUO (raadplegen: inburgeringsplicht, PIP, termijn, gevolgde uren) and stores each difference
 * as a werkvoorraad item of the case. Runs in the background per job, person by person, with its
 * progress on the job; when DUO cannot be reached the job waits ('uitgesteld', with the time of the
 * next attempt) and goes on where it stopped. Nothing is sent to DUO.
 */
import { and, asc, desc, eq, inArray, isNull, lte, sql } from 'drizzle-orm';
import { DuoRejectedError, DuoRetryableError, type HttpDuoClient } from '@koers/duo';
import type { Db, DatabaseKind, Tx } from '../../db/database.ts';
import { caseDuoDifferences, caseHours, cases, gemeenten, gemeentenInScope, importJobRows, importJobs, pips } from '../../db/schema.ts';
import { asSystem, inScope, systemScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { addCaseEvent } from '../../case-file/events.ts';
import { todayIn } from '../../case-file/today.ts';
import { refreshSignals } from '../../workqueue/refresh-signals.ts';
import { logDuoProcessing } from '../../duo/system.ts';
import type { DuoService } from '../../duo/service.ts';
import type { UseCaseContext } from '../../use-cases/context.ts';
import { failInterruptedJobs, purgeOldFiles } from '../job-store.ts';
import { compareWithDuo, type DuoSide, type KoersSide } from './compare.ts';

const CHUNK = 20;
export const backoffMs = (attempt: number): number => Math.min(60 * 60 * 1000, 30_000 * 2 ** Math.max(0, attempt - 1));

/** The user asks for the reconciliation (again) now: it becomes due at once. */
export async function reconcileNow(ctx: UseCaseContext, jobId: string): Promise<void> {
  await inScope(ctx.db, scopeOf(ctx.principal), (tx) =>
    tx
      .update(importJobs)
      .set({ reconciliationStatus: 'wachtend', reconciliationNextAt: ctx.now, reconciliationError: null })
      .where(and(eq(importJobs.id, jobId), eq(importJobs.userId, ctx.principal.userId))),
  );
  kickers.get(ctx.db)?.();
}

const kickers = new WeakMap<object, () => void>();

/** Runs due reconciliations of this database soon (after an import finished). */
export function kickReconciliation(db: object): void {
  kickers.get(db)?.();
}

type JobRef = { id: string; organisationId: string; gemeenteId: string; attempts: number };

async function found<T>(call: () => Promise<{ body: T }>): Promise<T | null> {
  try {
    return (await call()).body;
  } catch (error) {
    if (error instanceof DuoRejectedError) return null; // 404 (unknown) or 403 (not for this gemeente): DUO gives nothing
    throw error;
  }
}

/** What Koers has for one case, in the gemeente's scope. */
async function koersSide(tx: Tx, caseId: string): Promise<(KoersSide & { bsn: string | null }) | null> {
  const [c] = await tx
    .select({ bsn: cases.bsn, obliged: cases.obliged, dutyStartOn: cases.dutyStartOn, termStart: cases.termStart, termEnd: cases.termEndExclusive, code: gemeentenInScope.code })
    .from(cases)
    .innerJoin(gemeentenInScope, eq(gemeentenInScope.id, cases.gemeenteId))
    .where(eq(cases.id, caseId));
  if (!c) return null;
  const [pip] = await tx.select({ issuedOn: pips.issuedOn, route: pips.route, level: pips.level }).from(pips).where(and(eq(pips.caseId, caseId), eq(pips.status, 'vastgesteld'))).orderBy(desc(pips.version)).limit(1);
  const hours = await tx.select({ category: caseHours.category, total: caseHours.total }).from(caseHours).where(eq(caseHours.caseId, caseId));
  return {
    bsn: c.bsn,
    obliged: c.obliged,
    dutyStartOn: c.dutyStartOn,
    pip: pip?.issuedOn && pip.route ? { issuedOn: pip.issuedOn, route: pip.route, level: pip.level } : null,
    term: c.termStart && c.termEnd ? { start: c.termStart, endExclusive: c.termEnd } : null,
    hours: hours.map((h) => ({ category: h.category, total: h.total })),
    gemeenteCode: c.code,
  };
}

async function duoSide(client: HttpDuoClient, bsn: string, withHours: boolean): Promise<DuoSide> {
  return {
    plicht: await found(() => client.getInburgeringsplicht({ bsn })),
    pip: await found(() => client.getPip({ bsn })),
    termijn: await found(() => client.getInburgeringstermijn({ bsn })),
    uren: withHours ? await found(() => client.getGevolgdeUren({ bsn })) : null,
  };
}

export interface ReconciliationDeps {
  db: Db;
  kind: DatabaseKind;
  duo: DuoService | undefined;
  secret: string;
  now: () => Date;
}

/** Runs due reconciliations; one tick at a time. Also sweeps import jobs a stopped process left behind. */
export class ReconciliationWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopping = false;

  constructor(private readonly deps: ReconciliationDeps) {
    kickers.set(deps.db, () => this.kick());
  }

  start(intervalMs = 15_000): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.kick(), intervalMs);
    this.timer.unref();
  }

  /**
   * Runs a pass now, or right after the one that is running: an import that finishes during a pass
   * must not wait for the next interval (coalesced, like the DUO worker's passes).
   */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.passes().finally(() => {
      this.running = undefined;
    });
  }

  private async passes(): Promise<void> {
    do {
      this.again = false;
      await this.tick().catch(() => undefined);
    } while (this.again && !this.stopping);
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }

  /** One pass: every due job, person by person. */
  async tick(): Promise<void> {
    const { db, kind } = this.deps;
    const now = this.deps.now();
    if (kind === 'postgresql') await failInterruptedJobs(db, kind, now);
    await purgeOldFiles(db, now);
    const due = await asSystem(db, (tx) =>
      tx
        .select({ id: importJobs.id, organisationId: importJobs.organisationId, gemeenteId: importJobs.gemeenteId, attempts: importJobs.reconciliationAttempts })
        .from(importJobs)
        .where(and(inArray(importJobs.reconciliationStatus, ['wachtend', 'uitgesteld']), lte(importJobs.reconciliationNextAt, now)))
        .orderBy(asc(importJobs.reconciliationNextAt))
        .limit(10),
    );
    for (const job of due) if (job.gemeenteId) await this.run({ ...job, gemeenteId: job.gemeenteId });
  }

  /** The reconciliation runs without a session, in the job's gemeente (system work, ADR 0095). */
  private scope(job: JobRef) {
    return systemScope(job.organisationId, [job.gemeenteId]);
  }

  private async setJob(job: JobRef, values: Partial<typeof importJobs.$inferInsert>): Promise<void> {
    await inScope(this.deps.db, this.scope(job), (tx) => tx.update(importJobs).set({ ...values, updatedAt: new Date() }).where(eq(importJobs.id, job.id)));
  }

  private async run(job: JobRef): Promise<void> {
    const { db, duo } = this.deps;
    const now = this.deps.now();
    const [gemeente] = await asSystem(db, (tx) => tx.select({ oin: gemeenten.oin }).from(gemeenten).where(eq(gemeenten.id, job.gemeenteId)));
    if (!duo || !gemeente?.oin) {
      await this.setJob(job, {
        reconciliationStatus: 'mislukt',
        reconciliationError: !duo ? 'De koppeling met DUO is niet ingesteld; Koers kan de import niet met DUO afstemmen.' : 'Voor deze gemeente is geen OIN ingesteld; Koers kan de import niet met DUO afstemmen.',
      });
      return;
    }
    const client = duo.clients.forGemeente(gemeente.oin);
    const total = await inScope(db, this.scope(job), async (tx) => {
      const [row] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(importJobRows)
        .where(and(eq(importJobRows.jobId, job.id), sql`${importJobRows.caseId} IS NOT NULL`, inArray(importJobRows.outcome, ['nieuw', 'bijgewerkt', 'ongewijzigd'])));
      return row?.n ?? 0;
    });
    await this.setJob(job, { reconciliationStatus: 'bezig', reconciliationTotal: total, reconciliationError: null, heartbeatAt: now });
    for (;;) {
      const chunk = await inScope(db, this.scope(job), (tx) =>
        tx
          .select({ seq: importJobRows.seq, caseId: importJobRows.caseId })
          .from(importJobRows)
          .where(and(eq(importJobRows.jobId, job.id), isNull(importJobRows.reconciledAt), sql`${importJobRows.caseId} IS NOT NULL`, inArray(importJobRows.outcome, ['nieuw', 'bijgewerkt', 'ongewijzigd'])))
          .orderBy(asc(importJobRows.seq))
          .limit(CHUNK),
      );
      if (chunk.length === 0) break;
      for (const row of chunk) {
        try {
          await this.reconcileCase(job, row.seq, row.caseId!, client);
        } catch (error) {
          if (!(error instanceof DuoRetryableError)) throw error;
          const attempts = job.attempts + 1;
          const next = new Date(this.deps.now().getTime() + (error.retryAfterMs ?? backoffMs(attempts)));
          await this.setJob(job, {
            reconciliationStatus: 'uitgesteld',
            reconciliationAttempts: attempts,
            reconciliationNextAt: next,
            reconciliationError: `DUO is nu niet bereikbaar; Koers probeert het om ${next.toLocaleTimeString('nl-NL', { timeZone: 'Europe/Amsterdam', hour: '2-digit', minute: '2-digit' })} opnieuw en gaat dan verder waar het was.`,
          });
          return;
        }
      }
    }
    await this.setJob(job, { reconciliationStatus: 'klaar', reconciliationError: null, reconciliationNextAt: null });
  }

  private async reconcileCase(job: JobRef, seq: number, caseId: string, client: HttpDuoClient): Promise<void> {
    const { db, secret } = this.deps;
    const koers = await inScope(db, this.scope(job), (tx) => koersSide(tx, caseId), { readOnly: true });
    // Fetching happens outside any transaction: no transaction waits on the network.
    const duo = koers?.bsn ? await duoSide(client, koers.bsn, koers.hours.length > 0) : null;
    const now = this.deps.now();
    await inScope(db, this.scope(job), async (tx) => {
      let differences = 0;
      if (koers?.bsn && duo) {
        const found = compareWithDuo(koers, duo);
        differences = found.length;
        // A new reconciliation replaces the case's open differences: what is no longer found disappears.
        await tx.delete(caseDuoDifferences).where(and(eq(caseDuoDifferences.caseId, caseId), isNull(caseDuoDifferences.resolvedAt)));
        if (found.length > 0) {
          await tx.insert(caseDuoDifferences).values(found.map((f) => ({ ...f, gemeenteId: job.gemeenteId, caseId, jobId: job.id, foundOn: todayIn(now), createdAt: now })));
          await addCaseEvent(
            tx,
            null,
            { caseId, gemeenteId: job.gemeenteId, kind: 'duo.afstemming', summary: `Afstemming met DUO na de import: ${found.length === 1 ? '1 verschil' : `${found.length} verschillen`} (${found.map((f) => f.field).join(', ')}). Zie de werkvoorraad.`, occurredOn: todayIn(now), section: 'duo', source: 'duo', data: { jobId: job.id, fields: found.map((f) => f.field) } },
            now,
          );
        }
        await logDuoProcessing(tx, secret, { id: job.gemeenteId, organisationId: job.organisationId }, caseId, 'read', 'reconcileImport', now);
        await refreshSignals(tx, caseId, todayIn(now));
      }
      await tx.update(importJobRows).set({ reconciledAt: now }).where(and(eq(importJobRows.jobId, job.id), eq(importJobRows.seq, seq)));
      await tx
        .update(importJobs)
        .set({ reconciliationDone: sql`${importJobs.reconciliationDone} + 1`, reconciliationDifferences: sql`${importJobs.reconciliationDifferences} + ${differences}`, heartbeatAt: now })
        .where(eq(importJobs.id, job.id));
    });
  }
}
