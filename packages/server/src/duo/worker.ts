/**
 * The DUO worker: every few seconds it processes received notifications (inbox) and sends due
 * messages (outbox). Ticks never overlap; `stop()` waits for the running tick. Tests call
 * `tick()` themselves with an injected clock.
 */
import { and, asc, eq, lt } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { cases, duoInbox } from '../db/schema.ts';
import { asSystem } from '../db/scope.ts';
import { todayIn } from '../case-file/today.ts';
import { mayRegister, processInboxRow, type InboxRow } from './process-notification.ts';
import { backoffDelay, defaultBackoff, runOutbox, type BackoffPolicy, type OutboxTickResult } from './outbox.ts';
import type { DuoClients } from './runtime.ts';
import { refreshSignals } from '../workqueue/refresh-signals.ts';
import { inGemeente, loadGemeente } from './system.ts';

export interface DuoWorkerDeps {
  db: Db;
  clients: DuoClients;
  secret: string;
  now: () => Date;
  backoff?: Partial<BackoffPolicy>;
  random?: () => number;
  /** Called with unexpected errors (logging); the worker itself never throws from the timer. */
  onError?: (err: unknown) => void;
}

export interface TickResult {
  inbox: { processed: number; failed: number; retrying: number };
  outbox: OutboxTickResult;
}

export class DuoWorker {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<TickResult> | undefined;
  /** Inbox rows that failed: not before this time (in memory; after a restart they are tried at once). */
  private readonly inboxNotBefore = new Map<string, number>();

  constructor(private readonly deps: DuoWorkerDeps) {}

  start(intervalMs = 5_000): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.kick(), intervalMs);
    this.timer.unref();
  }

  /** Run a tick soon (e.g. right after a notification was stored). */
  kick(): void {
    void this.tick().catch((err: unknown) => this.deps.onError?.(err));
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running?.catch(() => undefined);
  }

  /** One pass over inbox and outbox; concurrent calls share the running pass and then run again. */
  async tick(): Promise<TickResult> {
    while (this.running) await this.running.catch(() => undefined);
    const run = this.runOnce();
    this.running = run;
    try {
      return await run;
    } finally {
      if (this.running === run) this.running = undefined;
    }
  }

  private async runOnce(): Promise<TickResult> {
    const inbox = await this.runInbox();
    const outbox = await runOutbox(this.deps);
    return { inbox, outbox };
  }

  private async runInbox(): Promise<TickResult['inbox']> {
    const policy: BackoffPolicy = { ...defaultBackoff, ...this.deps.backoff };
    const counts = { processed: 0, failed: 0, retrying: 0 };
    const rows: InboxRow[] = await asSystem(this.deps.db, (tx) =>
      tx
        .select()
        .from(duoInbox)
        .where(and(eq(duoInbox.status, 'ontvangen'), lt(duoInbox.attempts, policy.maxAttempts)))
        .orderBy(asc(duoInbox.seq))
        .limit(50),
    );
    const blockedPersons = new Set<string>();
    for (const row of rows) {
      // Events of one person are applied in the order received: a failed one holds back the later ones.
      const person = `${row.gemeenteId}|${row.bsn ?? row.id}`;
      if (blockedPersons.has(person)) continue;
      const notBefore = this.inboxNotBefore.get(row.id);
      if (notBefore !== undefined && notBefore > this.deps.now().getTime()) {
        blockedPersons.add(person);
        continue;
      }
      try {
        await processInboxRow(this.deps, row);
        this.inboxNotBefore.delete(row.id);
        counts.processed += 1;
        // A registration re-queues earlier notifications about the person (ADR 0051); they are not in
        // this pass, so the person's later ones wait for the next pass to keep the order of receipt.
        if (mayRegister(row.eventCode)) blockedPersons.add(person);
      } catch (err) {
        blockedPersons.add(person);
        const attempts = row.attempts + 1;
        const message = err instanceof Error ? err.message : String(err);
        const final = attempts >= policy.maxAttempts;
        this.inboxNotBefore.set(row.id, this.deps.now().getTime() + backoffDelay(attempts, policy, this.deps.random));
        await this.recordInboxFailure(row, attempts, message, final);
        if (final) counts.failed += 1;
        else counts.retrying += 1;
      }
    }
    return counts;
  }

  private async recordInboxFailure(row: InboxRow, attempts: number, message: string, final: boolean): Promise<void> {
    const gemeente = await loadGemeente(this.deps.db, row.gemeenteId);
    if (!gemeente) return;
    await inGemeente(this.deps.db, gemeente, async (tx) => {
      // Link a final failure to the person's case (when there is one), so it reaches the werkvoorraad.
      let caseId = row.caseId;
      if (final && !caseId && row.bsn) {
        const [c] = await tx.select({ id: cases.id }).from(cases).where(and(eq(cases.gemeenteId, row.gemeenteId), eq(cases.bsn, row.bsn)));
        caseId = c?.id ?? null;
      }
      await tx
        .update(duoInbox)
        .set({ attempts, lastError: message.slice(0, 2000), ...(final ? { status: 'fout', processedAt: this.deps.now(), caseId } : {}) })
        .where(eq(duoInbox.id, row.id));
      if (final && caseId) await refreshSignals(tx, caseId, todayIn(this.deps.now()));
    });
  }
}
