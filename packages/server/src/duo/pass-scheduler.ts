/**
 * Runs a pass of work on request, coalescing the requests: at most one pass runs and at most one
 * waits. Every request made while a pass runs is served by the one waiting pass, which starts
 * after the running one — so whoever asks gets a pass that began after the asking, and a thousand
 * kicks during a busy pass cost one extra pass, not a thousand.
 *
 * `stop()` lets the running pass finish (the pass itself can watch `stopping` and end at its next
 * safe point), drops the waiting one (its requesters get `{ stopped: true }`) and refuses new
 * requests; it resolves once nothing runs any more, so the database can be closed after it.
 */
export type PassOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown } | { readonly ok: false; readonly stopped: true };

export class PassScheduler<T> {
  private running: Promise<PassOutcome<T>> | undefined;
  private queued: { promise: Promise<PassOutcome<T>>; resolve: (outcome: Promise<PassOutcome<T>> | PassOutcome<T>) => void } | undefined;
  private stopped = false;
  /** Passes started so far (tests and the log). */
  passes = 0;

  constructor(private readonly pass: () => Promise<T>) {}

  /** True from the moment `stop()` was called. */
  get stopping(): boolean {
    return this.stopped;
  }

  /** True while a pass runs. */
  get busy(): boolean {
    return this.running !== undefined;
  }

  /** True while a pass waits for the running one. */
  get hasQueued(): boolean {
    return this.queued !== undefined;
  }

  /** Ask for a pass; resolves with its outcome (never rejects). */
  request(): Promise<PassOutcome<T>> {
    if (this.stopped) return Promise.resolve({ ok: false, stopped: true });
    if (!this.running) return this.startNow();
    if (!this.queued) {
      let resolve!: (outcome: Promise<PassOutcome<T>> | PassOutcome<T>) => void;
      const promise = new Promise<PassOutcome<T>>((r) => {
        resolve = r;
      });
      this.queued = { promise, resolve };
    }
    return this.queued.promise;
  }

  private startNow(): Promise<PassOutcome<T>> {
    this.passes += 1;
    const run = this.pass().then(
      (value): PassOutcome<T> => ({ ok: true, value }),
      (error: unknown): PassOutcome<T> => ({ ok: false, error }),
    );
    this.running = run;
    void run.then(() => this.afterPass());
    return run;
  }

  private afterPass(): void {
    this.running = undefined;
    const next = this.queued;
    this.queued = undefined;
    if (!next) return;
    next.resolve(this.stopped ? { ok: false, stopped: true } : this.startNow());
  }

  /** Finish the running pass, drop the waiting one, accept nothing more. */
  async stop(): Promise<void> {
    this.stopped = true;
    const waiting = this.queued;
    this.queued = undefined;
    waiting?.resolve({ ok: false, stopped: true });
    // A pass that finishes starts no new one now; wait until the last one has ended.
    while (this.running) await this.running;
  }
}
