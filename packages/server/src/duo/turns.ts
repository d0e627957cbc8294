/**
 * Runs one piece of the DUO worker's database work (one transaction) when it is its turn. On PGlite
 * the app gives the worker turns in the gaps between requests (http/request-activity.ts, ADR 0059
 * addendum); on PostgreSQL the worker has its own connections and no turns.
 */
export type Turn = <T>(work: () => Promise<T>) => Promise<T>;

/** `work` in its turn when the worker has turns, otherwise at once. */
export function inTurn<T>(deps: { turn?: Turn | undefined }, work: () => Promise<T>): Promise<T> {
  return deps.turn ? deps.turn(work) : work();
}
