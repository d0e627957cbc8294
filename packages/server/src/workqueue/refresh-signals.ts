import type { Tx } from '../db/database.ts';

/**
 * Recomputes the werkvoorraad signals of one case from its current state, in the caller's
 * transaction. Every use case that changes a case's state calls this before it commits.
 * (Implemented with the werkvoorraad; until then a no-op.)
 */
export async function refreshSignals(_tx: Tx, _caseId: string, _today: string): Promise<void> {
  // filled in by the werkvoorraad work
}
