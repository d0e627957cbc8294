// Loads a gemeente's sender block for letters, in the caller's transaction (src/gemeenten/settings.ts).
import { eq } from 'drizzle-orm';
import type { Tx } from '../db/database.ts';
import { gemeenteLogos } from '../db/schema.ts';
import { loadGemeente } from '../gemeenten/settings.ts';
import type { LetterSender } from './sender.ts';

export async function loadLetterSender(tx: Tx, gemeenteId: string): Promise<{ gemeenteName: string; sender: LetterSender }> {
  const gemeente = await loadGemeente(tx, gemeenteId);
  const [logo] = await tx.select({ data: gemeenteLogos.data, contentType: gemeenteLogos.contentType }).from(gemeenteLogos).where(eq(gemeenteLogos.gemeenteId, gemeenteId));
  return { gemeenteName: gemeente?.name ?? 'de gemeente', sender: { ...(gemeente?.settings.letter ?? {}), logo: logo ?? null } };
}
