// D2 (PIP withdrawal): DUO refuses while course hours are registered for the current aanbod.
import { and, eq, gt } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { caseHours, casePlacements } from '../../db/schema.ts';

/**
 * True when the case has an active inburgeringsaanbod and participatietaalles hours (course hours
 * at the cursusinstelling) above 0: the input `courseHoursRegistered` of validatePipWithdrawalForDuo.
 */
export async function courseHoursRegistered(tx: Tx, caseId: string): Promise<boolean> {
  const [placement] = await tx
    .select({ id: casePlacements.id })
    .from(casePlacements)
    .where(and(eq(casePlacements.caseId, caseId), eq(casePlacements.status, 'actief')))
    .limit(1);
  if (!placement) return false;
  const [hours] = await tx
    .select({ total: caseHours.total })
    .from(caseHours)
    .where(and(eq(caseHours.caseId, caseId), eq(caseHours.category, 'participatietaalles'), gt(caseHours.total, 0)))
    .limit(1);
  return hours !== undefined;
}
