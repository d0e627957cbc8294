import { begeleidingProblems } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { diff } from '../../audit/history.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { todayIn } from '../../case-file/today.ts';
import type { UseCaseContext } from '../context.ts';
import { assignedClient } from './access.ts';
import type { BegeleidingProblemInput } from './begeleiding.types.ts';
import { problemView, type BegeleidingProblemView } from './begeleiding.view.ts';

/**
 * The begeleider signals a problem to the trajectregisseur: a werkvoorraad item until it is handled.
 * The text is not in the history, the timeline or the werkvoorraad (read by more roles): only in the row.
 */
export async function signalBegeleidingProblem(ctx: UseCaseContext, caseId: string, input: BegeleidingProblemInput): Promise<BegeleidingProblemView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await assignedClient(tx, ctx.principal, caseId, { forUpdate: true });
    const [row] = await tx
      .insert(begeleidingProblems)
      .values({ gemeenteId: kase.gemeenteId, caseId, reportedOn: todayIn(ctx.now), text: input.text, createdBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'begeleiding-problem',
      entityId: row.id,
      action: 'create',
      changes: diff(null, { reportedOn: row.reportedOn, status: row.status }),
      event: { kind: 'begeleiding.probleem', summary: 'De begeleider meldde een probleem aan de trajectregisseur.', section: 'begeleiding' },
      operationName: 'signalBegeleidingProblem',
      activity: 'maatschappelijkeBegeleiding',
    });
    return problemView(row, ctx.principal.name, ctx.principal);
  });
}
