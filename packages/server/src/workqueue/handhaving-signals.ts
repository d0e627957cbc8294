// The werkvoorraad items of a case's handhaving (issue 14): the pure rules of @koers/domain over the stored violations.
import { handhavingSignals, type Signal } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import type { CaseRow } from '../case-file/find-case.ts';
import { yearSettingsOf } from '../gemeenten/settings.ts';
import type { SignalInputs } from './signal-inputs.ts';

/** `kase` and the violations are what refreshSignals read (signal-inputs.ts); a closed case has no handhaving items. */
export async function handhavingSignalsFor(tx: Tx, kase: Pick<CaseRow, 'id' | 'status'>, i: Pick<SignalInputs, 'violations'>, today: string): Promise<(Signal & { ref?: object })[]> {
  if (kase.status === 'gesloten') return [];
  const rows = i.violations;
  if (rows.length === 0) return [];
  const settings = await yearSettingsOf(tx, rows[0]?.gemeenteId ?? '', today);
  return handhavingSignals({
    violations: rows.map((r) => ({ id: r.id, state: r.state })),
    objectionPeriodWeeks: settings.objectionPeriodWeeks,
  });
}
