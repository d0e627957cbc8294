// The werkvoorraad items of a case's handhaving (issue 14): the pure rules of @koers/domain over the stored violations.
import { eq } from 'drizzle-orm';
import { handhavingSignals, type HandhavingState, type Signal } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { cases, handhavingViolations } from '../db/schema.ts';
import { yearSettingsOf } from '../gemeenten/settings.ts';

export async function handhavingSignalsFor(tx: Tx, caseId: string, today: string): Promise<(Signal & { ref?: object })[]> {
  const rows = await tx
    .select({ id: handhavingViolations.id, state: handhavingViolations.state, gemeenteId: handhavingViolations.gemeenteId })
    .from(handhavingViolations)
    .where(eq(handhavingViolations.caseId, caseId));
  if (rows.length === 0) return [];
  const [kase] = await tx.select({ status: cases.status }).from(cases).where(eq(cases.id, caseId));
  if (!kase || kase.status === 'gesloten') return [];
  const settings = await yearSettingsOf(tx, rows[0]?.gemeenteId ?? '', today);
  return handhavingSignals({
    violations: rows.map((r) => ({ id: r.id, state: r.state as HandhavingState })),
    objectionPeriodWeeks: settings.objectionPeriodWeeks,
  });
}
