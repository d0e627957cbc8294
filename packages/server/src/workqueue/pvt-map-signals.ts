// PVT and MAP not done with one year of the termijn left, as werkvoorraad signals (refreshSignals adds them).
import { computePvtMapSignals, type Signal } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import type { CaseRow } from '../case-file/find-case.ts';
import { caseFacts } from './snapshot.ts';
import { casePvtMapView } from '../use-cases/pvt-map/case-pvt-map.view.ts';

export async function pvtMapSignalsFor(tx: Tx, row: CaseRow, today: string): Promise<Signal[]> {
  const closed = caseFacts(row).closed;
  // Only cases with a running termijn can have these items: skip the reads for all others.
  if (closed || row.obliged !== true || row.termEndExclusive === null) return [];
  const view = await casePvtMapView(tx, row, new Date(`${today}T12:00:00Z`), today);
  return computePvtMapSignals({
    closed,
    obliged: row.obliged,
    termEndExclusive: row.termEndExclusive,
    pvtDone: view.pvt.status.complete,
    mapRequired: view.map.required,
    mapDone: view.map.status.complete,
  });
}
