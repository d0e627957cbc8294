// The threshold under which counts are suppressed for aggregate readers (issue 16). The settings
// schema gets `kleineAantallenDrempel` from the dashboard package (V2); until then it is read from the
// stored document defensively, with the default of 5.
import { eq } from 'drizzle-orm';
import { DEFAULT_SMALL_COUNT_THRESHOLD } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { gemeentenInScope } from '../db/schema.ts';

export async function smallCountThreshold(tx: Tx, gemeenteId: string): Promise<number> {
  const [row] = await tx.select({ settings: gemeentenInScope.settings }).from(gemeentenInScope).where(eq(gemeentenInScope.id, gemeenteId));
  // The document may predate the schema (ADR 0071): the value is checked, not trusted.
  const value: unknown = row?.settings.kleineAantallenDrempel;
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 100 ? value : DEFAULT_SMALL_COUNT_THRESHOLD;
}
