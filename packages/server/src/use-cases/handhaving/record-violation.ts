import { openViolation, violationGroundLabel } from '@koers/domain';
import { handhavingSteps, handhavingViolations } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { diff } from '../../audit/history.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import type { UseCaseContext } from '../context.ts';
import type { ViolationInput } from './handhaving.types.ts';
import type { HandhavingWritten } from './handhaving.view.ts';
import { checkDocuments, historyFields } from './handhaving-support.ts';

/** Records a violation of art. 22 or 23 Wi 2021 with its facts, its source and the evidence from the file. */
export async function recordViolation(
  ctx: UseCaseContext,
  caseId: string,
  input: ViolationInput,
): Promise<HandhavingWritten> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    if (input.establishedOn > todayIn(ctx.now))
      throw new AppError('VALIDATION_FAILED', {
        field: 'establishedOn',
        message: 'Datum van constatering: mag niet in de toekomst liggen.',
      });
    await checkDocuments(tx, caseId, input.evidenceDocumentIds, 'evidenceDocumentIds');
    const state = openViolation({
      ground: input.ground,
      establishedOn: input.establishedOn,
      source: { kind: input.source.kind, id: input.source.id ?? null, description: input.source.description },
      facts: input.facts,
    });
    const [row] = await tx
      .insert(handhavingViolations)
      .values({
        gemeenteId: kase.gemeenteId,
        caseId,
        ground: state.ground,
        article: state.article,
        establishedOn: state.establishedOn,
        sourceKind: state.source.kind,
        sourceId: state.source.id,
        stage: state.stage,
        state,
        createdBy: ctx.principal.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await tx.insert(handhavingSteps).values({
      gemeenteId: kase.gemeenteId,
      caseId,
      violationId: row.id,
      kind: 'geconstateerd',
      occurredOn: input.establishedOn,
      createdBy: ctx.principal.userId,
      documentId: input.evidenceDocumentIds[0] ?? null,
      data: { summary: input.facts, evidenceDocumentIds: input.evidenceDocumentIds },
      createdAt: ctx.now,
    });
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'handhaving-violation',
      entityId: row.id,
      action: 'create',
      changes: diff(null, historyFields(row)),
      event: {
        kind: 'handhaving.overtreding',
        section: 'handhaving',
        occurredOn: input.establishedOn,
        summary: `Overtreding art. ${state.article} Wet inburgering 2021 vastgelegd: ${violationGroundLabel[state.ground]}.`,
      },
      operationName: 'recordViolation',
    });
    return { id: row.id, version: row.version };
  });
}
