/**
 * The DUO worker: processes received notifications (inbox.ts) and sends due meldingen
 * (outbox.ts), every few seconds and right after a notification was stored.
 *
 * Wake-ups are coalesced (pass-scheduler.ts): at most one pass runs and at most one waits, however
 * many kicks arrive — 2,000 notifications in a burst cost a handful of passes, not 2,000. A pass
 * drains what is due (claim rounds) and asks for another when it stopped at its round limit.
 *
 * `stop()` (app.close(), SIGTERM) lets the running pass end at its next safe point: no new claim,
 * no new notification or melding started; what was claimed but not started is handed back at once
 * (for the next process); the waiting pass is dropped; then it resolves, and only then may the
 * database pool be closed — so nothing touches a closed pool.
 *
 * Tests call `tick()`: one pass that starts after the call, with an injected clock.
 */
import type { Db } from '../db/database.ts';
import { runInbox, type InboxRunResult } from './inbox.ts';
import { runOutbox, type BackoffPolicy, type OutboxTickResult } from './outbox.ts';
import type { DuoClients } from './runtime.ts';
import { activeStops } from './contract-stops.ts';
import { PassScheduler } from './pass-scheduler.ts';
import type { Turn } from './turns.ts';

export interface DuoWorkerDeps {
  db: Db;
  clients: DuoClients;
  secret: string;
  now: () => Date;
  backoff?: Partial<BackoffPolicy>;
  random?: () => number;
  /** Called with unexpected errors (logging); the worker itself never throws from the timer. */
  onError?: (err: unknown) => void;
  /** Notifications or meldingen handled at the same time (default 8). */
  concurrency?: number;
  /** On PGlite: the inbox's transactions one at a time, in the gaps between requests (ADR 0059 addendum). */
  turn?: Turn;
}

export interface TickResult {
  inbox: InboxRunResult;
  outbox: OutboxTickResult;
}

const emptyInbox: InboxRunResult = { processed: 0, failed: 0, retrying: 0, stopped: 0, lost: 0, more: false };
const emptyOutbox: OutboxTickResult = { sent: 0, confirmed: 0, rejected: 0, retrying: 0, failed: 0, stopped: 0, lost: 0, more: false };

export class DuoWorker {
  private timer: NodeJS.Timeout | undefined;
  private readonly scheduler: PassScheduler<TickResult>;

  constructor(private readonly deps: DuoWorkerDeps) {
    this.scheduler = new PassScheduler(() => this.runOnce());
  }

  /** Passes started so far. */
  get passes(): number {
    return this.scheduler.passes;
  }

  get stopping(): boolean {
    return this.scheduler.stopping;
  }

  start(intervalMs = 5_000): void {
    if (this.timer || this.scheduler.stopping) return;
    this.timer = setInterval(() => this.kick(), intervalMs);
    this.timer.unref();
  }

  /** Ask for a pass soon (e.g. right after a notification was stored); cheap, never throws. */
  kick(): void {
    void this.scheduler.request().then((outcome) => {
      if (!outcome.ok && 'error' in outcome) this.deps.onError?.(outcome.error);
    });
  }

  /** Finish the running pass, drop the waiting one; resolves when nothing runs any more. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.scheduler.stop();
  }

  /** One pass that starts after this call (shared with other callers waiting for it). */
  async tick(): Promise<TickResult> {
    const outcome = await this.scheduler.request();
    if (outcome.ok) return outcome.value;
    if ('error' in outcome) throw outcome.error;
    return { inbox: { ...emptyInbox }, outbox: { ...emptyOutbox } };
  }

  private async runOnce(): Promise<TickResult> {
    const concurrency = this.deps.concurrency ?? 8;
    const stopping = () => this.scheduler.stopping;
    const onUnexpected = (err: unknown) => this.deps.onError?.(err);
    const stops = await activeStops(this.deps.db);
    const inbox = await runInbox({ ...this.deps, onUnexpected }, { batchSize: 50, concurrency, maxRounds: 20, stops, stopping });
    const outbox = stopping() ? { ...emptyOutbox } : await runOutbox({ ...this.deps, onUnexpected }, { batchSize: 50, concurrency, maxRounds: 20, stops, stopping });
    await this.deps.clients.monitor.flush(this.deps.db);
    // Stopped at the round limit with work still due: another pass, after whatever waits.
    if ((inbox.more || outbox.more) && !stopping()) this.kick();
    return { inbox, outbox };
  }
}
