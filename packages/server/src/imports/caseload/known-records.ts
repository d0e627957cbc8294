// What Koers already has for the cases of a caseload batch, read once per batch (the PIPs locked).
import { inArray } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { caseHours, casePlacements, caseReliefPeriods, caseResults, pips } from '../../db/schema.ts';
import type { PipRow } from '../../use-cases/pip/pip-support.ts';
import type { HoursRow, PlacementRow, ReliefRow, ResultRow } from './records.ts';

/** What Koers already has for the cases of a batch. */
export interface Known {
  pips: Map<string, PipRow[]>;
  placements: Map<string, PlacementRow[]>;
  hours: Map<string, HoursRow[]>;
  results: Map<string, ResultRow[]>;
  relief: Map<string, ReliefRow>;
}

const group = <T extends { caseId: string }>(rows: readonly T[]): Map<string, T[]> => {
  const m = new Map<string, T[]>();
  for (const r of rows) m.set(r.caseId, [...(m.get(r.caseId) ?? []), r]);
  return m;
};

export async function loadKnown(tx: Tx, caseIds: readonly string[]): Promise<Known> {
  if (caseIds.length === 0) return { pips: new Map(), placements: new Map(), hours: new Map(), results: new Map(), relief: new Map() };
  const ids = [...caseIds];
  const pipRows = await tx.select().from(pips).where(inArray(pips.caseId, ids)).for('update');
  const placementRows = await tx.select().from(casePlacements).where(inArray(casePlacements.caseId, ids));
  const hourRows = await tx.select().from(caseHours).where(inArray(caseHours.caseId, ids));
  const resultRows = await tx.select().from(caseResults).where(inArray(caseResults.caseId, ids));
  const reliefRows = await tx.select().from(caseReliefPeriods).where(inArray(caseReliefPeriods.caseId, ids));
  return { pips: group(pipRows), placements: group(placementRows), hours: group(hourRows), results: group(resultRows), relief: new Map(reliefRows.map((r) => [r.caseId, r])) };
}
