// Demo figures for the sturing reports (issue 16, V1): formatie and SPUK settings per gemeente, so
// /rapportages/formatie and /rapportages/spuk show real numbers, and two SPUK cost lines in Dordrecht.
import type { Tx } from '../db/database.ts';
import { costLines } from '../db/schema.ts';

/** Planned inflow per year by the size of the gemeente; the other formatie inputs are seed 000's defaults. */
const plannedInflow: Record<string, { statushouders: number; gezinsmigranten: number; overig: number }> = {
  '0505': { statushouders: 95, gezinsmigranten: 40, overig: 5 },
  '0642': { statushouders: 35, gezinsmigranten: 15, overig: 2 },
  '0148': { statushouders: 18, gezinsmigranten: 6, overig: 0 },
};

/** The sturing settings of a demo gemeente, laid next to its other settings. */
export function demoSturingSettings(code: string): Record<string, unknown> {
  return {
    formatie: { geplandeInstroom: plannedInflow[code] ?? { statushouders: 15, gezinsmigranten: 6, overig: 1 }, caseloadNormMin: 50, caseloadNormMax: 90 },
    spukTrancheVerdeling: [34, 33, 33],
    kleineAantallenDrempel: 5,
  };
}

export async function seedDemoCostLines(tx: Tx, dordrechtId: string, year: number, userId: string | null, now: Date): Promise<void> {
  await tx.insert(costLines).values([
    { gemeenteId: dordrechtId, year, voorziening: 'map', description: 'MAP-workshops Humanitas (los ingekocht)', amountCents: 1_250_000, ondertussengroep: false, createdBy: userId, createdAt: now, updatedAt: now },
    { gemeenteId: dordrechtId, year, voorziening: 'maatschappelijkeBegeleiding', description: 'Maatschappelijke begeleiding VluchtelingenWerk', amountCents: 4_800_000, ondertussengroep: false, createdBy: userId, createdAt: now, updatedAt: now },
    { gemeenteId: dordrechtId, year, voorziening: 'leerroute', description: 'Extra taallessen ondertussengroep', amountCents: 900_000, ondertussengroep: true, createdBy: userId, createdAt: now, updatedAt: now },
  ]);
}
