import { and, eq } from 'drizzle-orm';
import { begeleidingProblems, users } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { findCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { todayIn } from '../../case-file/today.ts';
import type { UseCaseContext } from '../context.ts';
import type { ProblemHandledInput } from './begeleiding.types.ts';
import { problemView, type BegeleidingProblemView } from './begeleiding.view.ts';

/** The regisseur marks a signalled problem as handled: its werkvoorraad item goes. */
export async function handleBegeleidingProblem(ctx: UseCaseContext, caseId: string, problemId: string, input: ProblemHandledInput): Promise<BegeleidingProblemView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId, { forUpdate: true });
    const [before] = await tx.select().from(begeleidingProblems).where(and(eq(begeleidingProblems.id, problemId), eq(begeleidingProblems.caseId, caseId))).for('update');
    if (!before) throw new AppError('NOT_FOUND', { message: 'Deze melding bestaat niet in dit dossier.' });
    if (before.version !== input.version) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    if (before.status === 'afgehandeld') throw new AppError('VALIDATION_FAILED', { field: 'version', message: 'Deze melding is al afgehandeld.' });
    const today = todayIn(ctx.now);
    const [after] = await tx
      .update(begeleidingProblems)
      .set({ status: 'afgehandeld', handledOn: today, handledNote: input.note ?? null, handledBy: ctx.principal.userId, version: before.version + 1, updatedAt: ctx.now })
      .where(eq(begeleidingProblems.id, problemId))
      .returning();
    if (!after) throw new AppError('INTERNAL');
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'begeleiding-problem',
      entityId: problemId,
      action: 'update',
      changes: { status: { from: before.status, to: after.status }, handledOn: { from: null, to: today } },
      event: { kind: 'begeleiding.probleem-afgehandeld', summary: 'Melding van de begeleider afgehandeld.', section: 'begeleiding' },
      operationName: 'handleBegeleidingProblem',
      activity: 'maatschappelijkeBegeleiding',
    });
    const [reporter] = before.createdBy ? await tx.select({ name: users.name }).from(users).where(eq(users.id, before.createdBy)) : [];
    return problemView(after, reporter?.name ?? null, ctx.principal);
  });
}
