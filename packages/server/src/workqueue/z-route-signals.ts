// "Z-route-uren achter" as a werkvoorraad signal (refreshSignals adds it; ADR 0143).
import { computeZRouteSignals, type Signal } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import type { CaseRow } from '../case-file/find-case.ts';
import { caseFacts } from './snapshot.ts';
import { zRouteState } from '../use-cases/participatie/z-route-ledger.ts';
import { targetGroupOf } from '../use-cases/traject/traject-support.ts';
import { currentVastgesteld, type SignalInputs } from './signal-inputs.ts';

export async function zRouteSignalsFor(tx: Tx, row: CaseRow, i: Pick<SignalInputs, 'pips'>, today: string): Promise<Signal[]> {
  const closed = caseFacts(row).closed;
  // Only a running termijn of a Z-route can be behind: skip the reads for all other cases. zRouteState has
  // no ledger without the Z-route in the current vastgesteld PIP or without a target group.
  if (closed || row.obliged !== true || row.termStart === null || row.termEndExclusive === null) return [];
  if (currentVastgesteld(i.pips)?.route !== 'Z' || targetGroupOf(row) === null) return [];
  const state = await zRouteState(tx, row, new Date(`${today}T12:00:00Z`), today);
  if (state.ledger === null) return [];
  return computeZRouteSignals({
    closed,
    obliged: row.obliged,
    route: state.route,
    termStart: row.termStart,
    termEndExclusive: row.termEndExclusive,
    completedOn: state.ledger.completedOn,
    hours: state.ledger.input,
  });
}
