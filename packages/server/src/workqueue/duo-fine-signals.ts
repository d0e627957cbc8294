// The werkvoorraad item after a fine DUO imposed (ADR 0145): the pure rule of @koers/domain over the stored DUO fines.
import { duoFineSignals, type Signal } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { isClosedCase, type CaseRow } from '../case-file/find-case.ts';
import { loadDuoFines, recordedOf } from '../use-cases/handhaving/duo-fine-support.ts';

export async function duoFineSignalsFor(tx: Tx, kase: CaseRow): Promise<(Signal & { ref?: object })[]> {
  const rows = await loadDuoFines(tx, kase.id);
  if (rows.length === 0) return [];
  return duoFineSignals({ closed: isClosedCase(kase), fines: rows.map((r) => ({ ...recordedOf(r), id: r.id, reviewedOn: r.reviewedOn })) });
}
