// A fine DUO imposed (C6; art. 24–25 Wi 2021, ADR 0145). DUO's koppeling has no fines resource yet
// (SDI018 "Opgelegde Boete" is on DUO's roadmap), so the regisseur records it from DUO's beschikking;
// when DUO delivers it, the notification handler calls this same use case with source 'duo'. The rules
// core checks it and gives its effect: the new termijn becomes the case's termijn when it ends later,
// and the gemeente's own fines count towards the lower cap of that termijn from its start.
import { checkDuoFine, duoFineKindLabel, formatDutchDate, formatEuro } from '@koers/domain';
import { duoFines } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { diff } from '../../audit/history.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import type { UseCaseContext } from '../context.ts';
import type { DuoFineInput } from './duo-fine.types.ts';
import { applyTermEnd, duoFineView, loadDuoFines, recordedOf, termEndAfter, termSentence } from './duo-fine-support.ts';
import type { DuoFineView } from './handhaving.view.ts';
import { checkDocuments } from './handhaving-support.ts';

export type DuoFineSource = 'handmatig' | 'duo';

export const duoFineHistory = (f: { kind: string; decisionOn: string; amountCents: number; newTermMonths: number | null; withdrawnOn?: string | null; reviewedOn?: string | null; documentId: string | null; note: string | null }) => ({
  kind: f.kind,
  decisionOn: f.decisionOn,
  amountCents: f.amountCents,
  newTermMonths: f.newTermMonths,
  withdrawnOn: f.withdrawnOn ?? null,
  reviewedOn: f.reviewedOn ?? null,
  documentId: f.documentId,
  note: f.note,
});

export async function recordDuoFine(ctx: UseCaseContext, caseId: string, input: DuoFineInput, source: DuoFineSource = 'handmatig'): Promise<DuoFineView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    const recorded = { kind: input.kind, decisionOn: input.decisionOn, amountCents: input.amountCents, newTermMonths: input.newTermMonths, withdrawnOn: null };
    const refusal = checkDuoFine(recorded, todayIn(ctx.now));
    if (refusal) throw new AppError('VALIDATION_FAILED', { field: refusal.field, message: refusal.message });
    // Art. 24 and 25 W: DUO fines after the termijn; without a known termijn there is nothing to follow.
    if (kase.termEndExclusive === null)
      throw new AppError('STEP_NOT_ALLOWED', {
        field: 'kind',
        message: 'Er is nog geen inburgeringstermijn bekend: DUO legt een boete pas op na afloop van de termijn (art. 24 en 25 Wet inburgering 2021).',
      });
    if (input.documentId) await checkDocuments(tx, caseId, [input.documentId], 'documentId');
    const [row] = await tx
      .insert(duoFines)
      .values({
        gemeenteId: kase.gemeenteId,
        caseId,
        kind: input.kind,
        decisionOn: input.decisionOn,
        amountCents: input.amountCents,
        newTermMonths: input.newTermMonths,
        previousTermEndExclusive: kase.termEndExclusive,
        documentId: input.documentId,
        note: input.note,
        source,
        createdBy: ctx.principal.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    const all = (await loadDuoFines(tx, caseId)).map(recordedOf);
    const what = `Boete van DUO (${formatEuro(input.amountCents)}, ${duoFineKindLabel[input.kind]})`;
    const moved = await applyTermEnd(tx, ctx, kase, termEndAfter(kase.termEndExclusive, all), `${what}: nieuwe termijn`);
    await recordCaseWriteTraces(tx, ctx, moved, {
      entityType: 'duo-fine',
      entityId: row.id,
      action: 'create',
      changes: diff(null, duoFineHistory(row)),
      event: {
        kind: 'handhaving.duo-boete',
        section: 'handhaving',
        occurredOn: input.decisionOn,
        summary: `${what} opgelegd bij beschikking van ${formatDutchDate(input.decisionOn)}${source === 'handmatig' ? ', vastgelegd uit de beschikking' : ''}; ${input.newTermMonths ? `nieuwe termijn van ${input.newTermMonths} maanden, ${termSentence(moved.termEndExclusive)}` : 'geen nieuwe termijn'}.`,
        data: { duoFineId: row.id, documentId: input.documentId },
      },
      operationName: 'recordDuoFine',
    });
    return duoFineView(row);
  });
}
