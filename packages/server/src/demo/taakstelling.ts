// The demo gemeenten's huisvestingstaakstelling (R3): this half year and the one before, so the
// page /rapportages shows the taakstelling next to the demo cases that were linked and housed.
import { halfOf } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { huisvestingstaakstellingen } from '../db/schema.ts';

export async function seedDemoTaakstelling(tx: Tx, gemeenteIds: readonly string[], today: string, now: Date): Promise<void> {
  const { year, half } = halfOf(today);
  const previous = half === 1 ? { year: year - 1, half: 2 as const } : { year, half: 1 as const };
  const rows = gemeenteIds.flatMap((gemeenteId, i) => [
    { gemeenteId, year: previous.year, half: previous.half, aantal: 14 + 3 * i, createdAt: now, updatedAt: now },
    { gemeenteId, year, half, aantal: 12 + 2 * i, createdAt: now, updatedAt: now },
  ]);
  if (rows.length) await tx.insert(huisvestingstaakstellingen).values(rows);
}
