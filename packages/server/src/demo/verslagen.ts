// Demo data of the half-year report (ADR 0142): Dordrecht's texts for the last complete half year,
// so /rapportages/verslagen shows a report with the beleidsadviseur's words.
import type { HalfYear } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { halfjaarRapportages } from '../db/schema.ts';
import { todayIn } from '../case-file/today.ts';

/** The half year before the one `now` is in. */
export function previousHalfYear(now: Date): HalfYear {
  const today = todayIn(now);
  const year = Number(today.slice(0, 4));
  return today.slice(5, 7) <= '06' ? `${year - 1}-H2` : `${year}-H1`;
}

export async function seedDemoVerslagen(tx: Tx, gemeenteId: string, now: Date): Promise<void> {
  if (gemeenteId === '') return;
  await tx.insert(halfjaarRapportages).values({
    gemeenteId,
    halfYear: previousHalfYear(now),
    texts: {
      instroom: 'De instroom volgt de huisvestingstaakstelling; bijna iedereen is binnen een maand na de koppeling in beeld.',
      pip: "De meeste PIP's zijn binnen de wettelijke termijn van tien weken vastgesteld. Waar het later werd, wachtten we op de leerbaarheidstoets.",
      handhaving: 'Handhaving is zelden nodig: eerst volgt altijd een gesprek en een schriftelijke waarschuwing.',
    },
    createdAt: now,
    updatedAt: now,
  });
}
