import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { caseAssignments } from '../../db/schema.ts';
import type { Principal } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { findCase, type CaseRow } from '../../case-file/find-case.ts';

export type CaseAccess = 'full' | 'assigned';

const notFound = () => new AppError('NOT_FOUND', { message: 'Dit dossier bestaat niet of u heeft er geen toegang toe.' });

/**
 * A case the principal may read: with `case:read` any case of their gemeenten (row-level security),
 * with `case:read-assigned` only the cases they are assigned to. Anything else is "not found".
 */
export async function readableCase(tx: Tx, principal: Principal, caseId: string): Promise<{ row: CaseRow; access: CaseAccess }> {
  if (principal.permissions.includes('case:read')) return { row: await findCase(tx, caseId), access: 'full' };
  if (!principal.permissions.includes('case:read-assigned')) throw notFound();
  const [assignment] = await tx
    .select({ caseId: caseAssignments.caseId })
    .from(caseAssignments)
    .where(and(eq(caseAssignments.caseId, caseId), eq(caseAssignments.userId, principal.userId)));
  if (!assignment) throw notFound();
  return { row: await findCase(tx, caseId), access: 'assigned' };
}
