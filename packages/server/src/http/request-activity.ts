// The requests this app is answering right now. On PGlite every request shares one connection, so a
// background import lets them go first between its batches (ADR 0077, addendum of 2026-12-06), and
// the DUO worker takes its turns in the gaps (ADR 0059, addendum of 2026-12-07).
import type { Turn } from '../duo/turns.ts';

interface Waiter {
  own: number;
  resolve: () => void;
}

export class RequestActivity {
  #inFlight = 0;
  /** When a request last started or ended (Date.now()). */
  #lastChange = -Infinity;
  readonly #waiters = new Set<Waiter>();

  get inFlight(): number {
    return this.#inFlight;
  }

  /** Milliseconds since a request last started or ended. */
  get idleFor(): number {
    return Date.now() - this.#lastChange;
  }

  /** Counts a request in; the returned function counts it out (calling it twice counts once). */
  started(): () => void {
    this.#inFlight += 1;
    this.#lastChange = Date.now();
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.#inFlight -= 1;
      this.#lastChange = Date.now();
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

/**
 * Turns for background work that runs in several lanes at once (the DUO worker, ADR 0059 addendum):
 * one piece of work at a time, and each starts only in a gap: no request in flight for `settleMs` —
 * or after `maxWaitMs`, so steady traffic slows the work down but never stops it. The settling
 * matters for a sender that keeps several requests going (DUO, 32 at a time): its answers end
 * together, and its next requests follow within a millisecond or two; that is no gap. On PGlite,
 * where every query shares one connection, a request then waits for at most one piece of
 * background work, not one of every lane. What lanes do outside their turns (DUO's answers) still
 * overlaps.
 */
export function turnsInGaps(activity: RequestActivity, maxWaitMs: number, settleMs = 20): Turn {
  let previous: Promise<unknown> = Promise.resolve();
  return <T>(work: () => Promise<T>): Promise<T> => {
    const mine = previous.then(async () => {
      await gap(activity, maxWaitMs, settleMs);
      return work();
    });
    // The next turn waits for this one to end, whether it succeeded or not.
    previous = mine.catch(() => undefined);
    return mine;
  };
}

/** Resolves in a gap between requests (none in flight for `settleMs`), or after `maxWaitMs` at the latest. */
async function gap(activity: RequestActivity, maxWaitMs: number, settleMs: number): Promise<void> {
  const started = Date.now();
  for (;;) {
    const left = maxWaitMs - (Date.now() - started);
    if (left <= 0) return;
    await activity.quiet(0, left);
    if (activity.inFlight > 0) continue; // the maximum wait is over: the loop ends at its top
    const settle = settleMs - activity.idleFor;
    if (settle <= 0) return;
    await new Promise((resolve) => setTimeout(resolve, Math.min(settle, left)));
  }
}
