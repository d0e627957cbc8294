// The case manager has looked at a new exam result from DUO: it leaves the werkvoorraad.
import { and, eq } from 'drizzle-orm';
import { examPartLabel, examResultLabel, formatDutchDate, isExamPart } from '@koers/domain';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { duoExamResults } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';
import { findCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import type { UseCaseContext } from '../context.ts';
import { loadEindeState } from './einde-support.ts';
import { eindeOverview, type EindeOverview } from './einde.view.ts';
import type { ReviewExamResultInput } from './einde.types.ts';

export async function reviewExamResult(ctx: UseCaseContext, caseId: string, resultId: string, input: ReviewExamResultInput): Promise<EindeOverview> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const caseRow = await findCase(tx, caseId, { forUpdate: true });
    const [row] = await tx.select().from(duoExamResults).where(and(eq(duoExamResults.id, resultId), eq(duoExamResults.caseId, caseRow.id)));
    if (!row) throw new AppError('NOT_FOUND', { message: 'Dit examenresultaat bestaat niet in dit dossier.' });
    if (row.version !== input.version) throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'Dit examenresultaat is intussen gewijzigd (DUO corrigeerde het). Laad het opnieuw.' });
    if (row.reviewedAt !== null) throw new AppError('STEP_NOT_ALLOWED', { field: 'version', message: 'Dit examenresultaat is al beoordeeld.' });
    const [after] = await tx
      .update(duoExamResults)
      .set({ reviewedAt: ctx.now, reviewedBy: ctx.principal.userId, version: row.version + 1, updatedAt: ctx.now })
      .where(and(eq(duoExamResults.id, row.id), eq(duoExamResults.version, input.version)))
      .returning();
    if (!after) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    const part = isExamPart(row.onderdeel) ? examPartLabel[row.onderdeel] : row.onderdeel;
    await recordCaseWriteTraces(tx, ctx, caseRow, {
      entityType: 'duo_exam_result',
      entityId: row.id,
      action: 'update',
      changes: { reviewed: { from: false, to: true } },
      event: {
        kind: 'exam-result.reviewed',
        summary: `Examenresultaat beoordeeld: ${part}${row.niveau ? ` ${row.niveau}` : ''} ${examResultLabel(row.resultaat)} op ${formatDutchDate(row.examendatum)}.`,
        section: 'resultaten',
      },
      operationName: 'reviewExamResult',
    });
    return eindeOverview(caseRow, await loadEindeState(tx, caseRow.id));
  });
}
