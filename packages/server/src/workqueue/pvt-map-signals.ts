// PVT and MAP not done with one year of the termijn left, as werkvoorraad signals (refreshSignals adds them).
import { computePvtMapSignals, type Signal } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import type { CaseRow } from '../case-file/find-case.ts';
import { caseFacts } from './snapshot.ts';
import { pvtGroupsOf, pvtMapViewOf } from '../use-cases/pvt-map/case-pvt-map.view.ts';
import { resultsStateOf } from '../use-cases/results/results-support.ts';
import { yearSettingsOf } from '../gemeenten/settings.ts';
import { currentVastgesteld, type SignalInputs } from './signal-inputs.ts';

type PvtMapInputs = Pick<SignalInputs, 'pips' | 'results' | 'pvtMemberships' | 'resultMessages' | 'mapActivities'>;

/** The case's PVT/MAP view (case-pvt-map.view.ts) from the rows refreshSignals read; only the PVT groups, if any, are read here. */
export async function pvtMapViewFor(tx: Tx, row: CaseRow, i: PvtMapInputs, now: Date, today: string) {
  const pip = currentVastgesteld(i.pips);
  const settings = await yearSettingsOf(tx, row.gemeenteId, today);
  return pvtMapViewOf(
    row,
    {
      groups: i.pvtMemberships.length === 0 ? [] : await pvtGroupsOf(tx, row),
      results: resultsStateOf(row, pip, i.results, i.resultMessages),
      pip,
      activityRows: i.mapActivities,
      mapHourNorm: settings.mapHourNorm,
    },
    now,
  );
}

export async function pvtMapSignalsFor(tx: Tx, row: CaseRow, i: PvtMapInputs, today: string): Promise<Signal[]> {
  const closed = caseFacts(row).closed;
  // Only cases with a running termijn can have these items: skip the work for all others.
  if (closed || row.obliged !== true || row.termEndExclusive === null) return [];
  const view = await pvtMapViewFor(tx, row, i, new Date(`${today}T12:00:00Z`), today);
  return computePvtMapSignals({
    closed,
    obliged: row.obliged,
    termEndExclusive: row.termEndExclusive,
    pvtDone: view.pvt.status.complete,
    mapRequired: view.map.required,
    mapDone: view.map.status.complete,
  });
}
