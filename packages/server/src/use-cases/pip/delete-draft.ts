import { and, eq } from 'drizzle-orm';
import { pips } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { AppError } from '../../errors.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import type { UseCaseContext } from '../context.ts';
import { deletedChanges, pipHistoryFields } from './draft-fields.ts';
import { recordPipWrite } from './record-pip-write.ts';

/** Deletes a concept PIP. A vastgesteld version is never deleted. */
export async function deletePipDraft(ctx: UseCaseContext, caseId: string, pipId: string): Promise<void> {
  await inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const caseRow = await findOpenCase(tx, caseId);
    const [row] = await tx.select().from(pips).where(and(eq(pips.id, pipId), eq(pips.caseId, caseId))).for('update');
    if (!row) throw new AppError('NOT_FOUND', { message: 'Dit PIP bestaat niet in dit dossier.' });
    if (row.status !== 'concept') throw new AppError('PIP_NOT_EDITABLE', { message: 'Een vastgesteld PIP kan niet worden verwijderd.' });
    await tx.delete(pips).where(eq(pips.id, pipId));
    await recordPipWrite(tx, ctx, caseRow, {
      entityType: 'pip',
      entityId: row.id,
      action: 'delete',
      changes: deletedChanges(pipHistoryFields(row)),
      event: { kind: 'pip.concept-verwijderd', summary: `Concept-PIP versie ${row.version} verwijderd.`, data: { pipId: row.id, version: row.version } },
      operationName: 'deletePipDraft',
    });
  });
}
