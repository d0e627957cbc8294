import { and, eq } from 'drizzle-orm';
import { pips } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { AppError } from '../../errors.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import type { Tx } from '../../db/database.ts';
import type { UseCaseContext } from '../context.ts';
import type { UpdateDraftInput } from './pip.types.ts';
import { deviatesFromAdvice, latestAdvice, settingsOf, validateDraft, type PipRow } from './pip-support.ts';
import { draftValues, pipHistoryFields } from './draft-fields.ts';
import { loadVersions } from './get-pip-overview.ts';
import { nextUpdatedAt, recordPipWrite, sameInstant } from './record-pip-write.ts';
import { draftView, type DraftView } from './pip.view.ts';

/** The concept PIP `pipId` of the case, checked against the `updatedAt` the client last read. */
export async function lockedDraft(tx: Tx, caseId: string, pipId: string, updatedAt: string): Promise<PipRow> {
  const [row] = await tx.select().from(pips).where(and(eq(pips.id, pipId), eq(pips.caseId, caseId))).for('update');
  if (!row) throw new AppError('NOT_FOUND', { message: 'Dit PIP bestaat niet in dit dossier.' });
  if (row.status !== 'concept') throw new AppError('PIP_NOT_EDITABLE');
  if (!sameInstant(row.updatedAt, updatedAt)) {
    throw new AppError('VERSION_CONFLICT', { field: 'updatedAt', message: 'Het concept-PIP is intussen door iemand anders gewijzigd. Laad het opnieuw.' });
  }
  return row;
}

/** Saves a concept PIP; the DUO pre-validation runs on the result and is returned at once. */
export async function updatePipDraft(ctx: UseCaseContext, caseId: string, pipId: string, input: UpdateDraftInput): Promise<DraftView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const caseRow = await findOpenCase(tx, caseId);
    const { updatedAt, ...fields } = input;
    const before = await lockedDraft(tx, caseId, pipId, updatedAt);
    const today = todayIn(ctx.now);
    const settings = await settingsOf(tx, caseRow.gemeenteId, today);
    const advice = await latestAdvice(tx, caseId);
    const values = draftValues(fields, caseRow, settings, before);
    const route = values.route !== undefined ? values.route : before.route;
    const [after] = await tx
      .update(pips)
      .set({ ...values, deviatesFromAdvice: deviatesFromAdvice(route, advice), updatedAt: nextUpdatedAt(ctx.now, before.updatedAt) })
      .where(eq(pips.id, pipId))
      .returning();
    if (!after) throw new AppError('INTERNAL');
    const versions = await loadVersions(tx, caseId);
    const validation = validateDraft({ caseRow, versions, advice }, after, today);
    await tx.update(pips).set({ duoValidation: validation }).where(eq(pips.id, pipId));
    await recordPipWrite(tx, ctx, caseRow, {
      entityType: 'pip',
      entityId: after.id,
      action: 'update',
      changes: diff(pipHistoryFields(before), pipHistoryFields(after)),
      event: { kind: 'pip.concept-bijgewerkt', summary: `Concept-PIP versie ${after.version} bijgewerkt.`, data: { pipId: after.id, version: after.version } },
      operationName: 'updatePipDraft',
    });
    return draftView({ ...after, duoValidation: validation }, validation);
  });
}
