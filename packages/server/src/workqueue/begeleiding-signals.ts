// The begeleiding signals of one case (R17): open problems the begeleider signalled and the end of
// the begeleiding, from the stored rows; refreshSignals adds them.
import { eq } from 'drizzle-orm';
import { computeBegeleidingSignals, type Signal } from '@koers/domain';
import type { Tx } from '../db/database.ts';
import { begeleidingPeriods, begeleidingProblems, users } from '../db/schema.ts';
import { isClosedCase, type CaseRow } from '../case-file/find-case.ts';

export async function begeleidingSignalsFor(tx: Tx, c: CaseRow): Promise<Signal[]> {
  if (isClosedCase(c)) return [];
  const problems = await tx
    .select({ reportedOn: begeleidingProblems.reportedOn, status: begeleidingProblems.status, name: users.name })
    .from(begeleidingProblems)
    .leftJoin(users, eq(users.id, begeleidingProblems.createdBy))
    .where(eq(begeleidingProblems.caseId, c.id));
  const [period] = await tx.select().from(begeleidingPeriods).where(eq(begeleidingPeriods.caseId, c.id));
  return computeBegeleidingSignals({
    closed: false,
    problems: problems.map((p) => ({ reportedOn: p.reportedOn, status: p.status, reportedByName: p.name ?? 'De begeleider' })),
    period: period ? { startedOn: period.startedOn, expectedEndOn: period.expectedEndOn, endedOn: period.endedOn } : null,
  });
}
