// The werkvoorraad items of a case's handhaving (issue 14): the pure rules of @koers/domain over the stored violations.
import { eq } from 'drizzle-orm';
import { handhavingSignals, type Signal } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { handhavingViolations } from '../db/schema.ts';
import type { CaseRow } from '../case-file/find-case.ts';
import { yearSettingsOf } from '../gemeenten/settings.ts';

/** `kase` is the row refreshSignals already read; a closed case has no handhaving items. */
export async function handhavingSignalsFor(tx: Tx, kase: Pick<CaseRow, 'id' | 'status'>, today: string): Promise<(Signal & { ref?: object })[]> {
  if (kase.status === 'gesloten') return [];
  const rows = await tx
    .select({ id: handhavingViolations.id, state: handhavingViolations.state, gemeenteId: handhavingViolations.gemeenteId })
    .from(handhavingViolations)
    .where(eq(handhavingViolations.caseId, kase.id));
  if (rows.length === 0) return [];
  const settings = await yearSettingsOf(tx, rows[0]?.gemeenteId ?? '', today);
  return handhavingSignals({
    violations: rows.map((r) => ({ id: r.id, state: r.state })),
    objectionPeriodWeeks: settings.objectionPeriodWeeks,
  });
}
