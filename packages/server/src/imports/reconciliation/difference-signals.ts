// The open differences with DUO of one case as werkvoorraad signals (refreshSignals adds them).
import { and, eq, isNull } from 'drizzle-orm';
import { computeDifferenceSignals, type DifferenceSignal } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { caseDuoDifferences } from '../../db/schema.ts';

export async function differenceSignalsFor(tx: Tx, caseId: string): Promise<DifferenceSignal[]> {
  const rows = await tx
    .select({ id: caseDuoDifferences.id, foundOn: caseDuoDifferences.foundOn, reason: caseDuoDifferences.reason })
    .from(caseDuoDifferences)
    .where(and(eq(caseDuoDifferences.caseId, caseId), isNull(caseDuoDifferences.resolvedAt)));
  return computeDifferenceSignals(rows);
}
