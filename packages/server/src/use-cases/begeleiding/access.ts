// The begeleider reaches a case only when it is assigned to it as begeleiding (ADR 0149). The
// database wall (policy cases_partner_wall, ADR 0150) hides every other case of its gemeenten too;
// this check also refuses a case where the account is assigned as something else. Both: 404.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { caseAssignments } from '../../db/schema.ts';
import type { Principal } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { findCase, type CaseRow } from '../../case-file/find-case.ts';

export const clientNotFound = () => new AppError('NOT_FOUND', { message: 'Deze cliënt bestaat niet of is niet aan u toegewezen.' });

export async function assignedClient(tx: Tx, principal: Principal, caseId: string, options: { forUpdate?: boolean } = {}): Promise<CaseRow> {
  const [assignment] = await tx
    .select({ caseId: caseAssignments.caseId })
    .from(caseAssignments)
    .where(and(eq(caseAssignments.caseId, caseId), eq(caseAssignments.userId, principal.userId), eq(caseAssignments.kind, 'begeleiding')));
  if (!assignment) throw clientNotFound();
  try {
    return await findCase(tx, caseId, options);
  } catch {
    throw clientNotFound();
  }
}

/** Roles that read the begeleider's own words (contact reports, problems): the begeleider and who may read the sensitive parts. */
export function readsBegeleidingTexts(principal: Principal): boolean {
  return principal.permissions.includes('begeleiding:work') || principal.permissions.includes('case:read-sensitive');
}
