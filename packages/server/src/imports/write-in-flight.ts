// A batch's write that runs in the database while Node plans the next part of the batch (ADR 0077
// addendum of 2026-12-07, second part). On PostgreSQL the database works in another process: a
// batch written in parts, each part's insert sent before the next part is planned, keeps both busy.
// Every part is in the batch's one transaction, and the batch fails as a whole when any part fails.

/** The one write in flight of a batch: started without waiting, awaited before the next one starts. */
export class WriteInFlight {
  // Settles with the failure instead of rejecting, so a failure while Node is still planning is never an unhandled rejection.
  private pending: Promise<{ error: unknown } | undefined> = Promise.resolve(undefined);

  /** Sends `write` (already started by the caller); call `settled` before the next write and at the end. */
  start(write: Promise<void>): void {
    this.pending = write.then(
      () => undefined,
      (error: unknown) => ({ error }),
    );
  }

  /** Waits for the write in flight; throws its error, so the batch rolls back. */
  async settled(): Promise<void> {
    const outcome = await this.pending;
    this.pending = Promise.resolve(undefined);
    if (outcome) throw outcome.error;
  }
}

/** `units` in `count` consecutive parts of nearly equal size (at least one part; none for no units). */
export function partsOf<U>(units: readonly U[], count: number): U[][] {
  const size = Math.ceil(units.length / Math.max(1, Math.floor(count)));
  const parts: U[][] = [];
  for (let i = 0; i < units.length; i += size) parts.push(units.slice(i, i + size));
  return parts;
}
