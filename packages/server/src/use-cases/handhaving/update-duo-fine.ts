// Correcting a recorded DUO fine (ADR 0145): a typo, DUO withdrew it (or it was annulled), or the
// regisseur reviewed the traject after it (ends the werkvoorraad item). Optimistic `version`; history kept.
// A withdrawal or a shorter new termijn takes the termijn back to what it was before this fine, with the
// extensions granted since and the other DUO fines (effectiveTermEnd).
import { and, eq, ne } from 'drizzle-orm';
import { checkDuoFine, duoFineTerms, effectiveTermEnd, isBefore, type RecordedDuoFine } from '@koers/domain';
import { duoFines } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { diff } from '../../audit/history.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { loadGrantedExtensions } from '../einde/einde-support.ts';
import type { UseCaseContext } from '../context.ts';
import type { DuoFineUpdateInput } from './duo-fine.types.ts';
import { applyTermEnd, duoFineView, lockDuoFine, recordedOf, termSentence } from './duo-fine-support.ts';
import type { DuoFineView } from './handhaving.view.ts';
import { checkDocuments } from './handhaving-support.ts';
import { duoFineHistory } from './record-duo-fine.ts';

export async function updateDuoFine(ctx: UseCaseContext, caseId: string, id: string, input: DuoFineUpdateInput): Promise<DuoFineView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    const row = await lockDuoFine(tx, caseId, id, input.version);
    const recorded: RecordedDuoFine = {
      kind: input.kind,
      decisionOn: input.decisionOn,
      amountCents: input.amountCents,
      newTermMonths: input.newTermMonths,
      withdrawnOn: input.withdrawnOn,
    };
    const today = todayIn(ctx.now);
    const refusal = checkDuoFine(recorded, today);
    if (refusal) throw new AppError('VALIDATION_FAILED', { field: refusal.field, message: refusal.message });
    if (input.reviewedOn && (isBefore(input.reviewedOn, input.decisionOn) || isBefore(today, input.reviewedOn)))
      throw new AppError('VALIDATION_FAILED', { field: 'reviewedOn', message: 'Datum traject besproken: tussen de datum van de beschikking en vandaag.' });
    if (input.documentId) await checkDocuments(tx, caseId, [input.documentId], 'documentId');
    const [after] = await tx
      .update(duoFines)
      .set({
        kind: input.kind,
        decisionOn: input.decisionOn,
        amountCents: input.amountCents,
        newTermMonths: input.newTermMonths,
        documentId: input.documentId,
        note: input.note,
        withdrawnOn: input.withdrawnOn,
        reviewedOn: input.reviewedOn,
        version: row.version + 1,
        updatedAt: ctx.now,
      })
      .where(and(eq(duoFines.id, row.id), eq(duoFines.version, input.version)))
      .returning();
    if (!after) throw new AppError('VERSION_CONFLICT', { field: 'version' });

    const others = (await tx.select().from(duoFines).where(and(eq(duoFines.caseId, caseId), ne(duoFines.id, row.id)))).map(recordedOf);
    const terms = duoFineTerms([...others, recorded]);
    const before = recordedOf(row);
    const shorter = (duoFineTerms([before])[0]?.newEndExclusive ?? '') > (duoFineTerms([recorded])[0]?.newEndExclusive ?? '');
    // Back to the termijn before this fine when its effect shrinks; otherwise only ever later.
    const base = shorter ? row.previousTermEndExclusive : kase.termEndExclusive;
    const granted = shorter ? await loadGrantedExtensions(tx, caseId) : [];
    const newEnd = effectiveTermEnd(base, granted, terms).value;
    const moved = await applyTermEnd(tx, ctx, kase, newEnd, input.withdrawnOn ? 'Boete van DUO ingetrokken of vernietigd' : 'Boete van DUO gecorrigeerd');
    const changes = diff(duoFineHistory(row), duoFineHistory(after));
    await recordCaseWriteTraces(tx, ctx, moved, {
      entityType: 'duo-fine',
      entityId: row.id,
      action: 'update',
      changes,
      event: {
        kind: 'handhaving.duo-boete-gewijzigd',
        section: 'handhaving',
        occurredOn: input.withdrawnOn ?? input.reviewedOn ?? today,
        summary:
          input.withdrawnOn && !row.withdrawnOn
            ? `Boete van DUO ingetrokken of vernietigd; ${termSentence(moved.termEndExclusive)}.`
            : input.reviewedOn && !row.reviewedOn
              ? 'Traject en PIP besproken na de boete van DUO.'
              : `Boete van DUO gecorrigeerd; ${termSentence(moved.termEndExclusive)}.`,
        data: { duoFineId: row.id },
      },
      operationName: 'updateDuoFine',
    });
    return duoFineView(after);
  });
}
