// The requests this app is answering right now. On PGlite every request shares one connection, so a
// background import lets them go first between its batches (ADR 0077, addendum of 2026-12-06).

interface Waiter {
  own: number;
  resolve: () => void;
}

export class RequestActivity {
  #inFlight = 0;
  readonly #waiters = new Set<Waiter>();

  get inFlight(): number {
    return this.#inFlight;
  }

  /** Counts a request in; the returned function counts it out (calling it twice counts once). */
  started(): () => void {
    this.#inFlight += 1;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.#inFlight -= 1;
      for (const waiter of this.#waiters) if (this.#inFlight <= waiter.own) waiter.resolve();
    };
  }

  /**
   * Resolves when no request but the caller's own `own` ones is in flight, or after `maxWaitMs`
   * (so steady traffic slows a background job down but never stops it). Resolves with true when it
   * had to wait: others were being served, so the job's next turn should be short.
   */
  quiet(own: number, maxWaitMs: number): Promise<boolean> {
    if (this.#inFlight <= own) return Promise.resolve(false);
    return new Promise((resolve) => {
      const waiter: Waiter = {
        own,
        resolve: () => {
          clearTimeout(timer);
          this.#waiters.delete(waiter);
          resolve(true);
        },
      };
      const timer = setTimeout(waiter.resolve, maxWaitMs);
      this.#waiters.add(waiter);
    });
  }
}
