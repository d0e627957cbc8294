import { formatDutchDate } from '@koers/domain';
import { progressMeetings } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { diff } from '../../audit/history.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import type { UseCaseContext } from '../context.ts';
import type { AddProgressMeetingInput } from './voortgang.types.ts';
import { currentPip } from './plan-progress.ts';
import { progressMeetingFields, progressMeetingView, type ProgressMeetingView } from './voortgang.view.ts';

/** An extra voortgangsgesprek on top of the PIP's plan ("zo vaak als nodig", seed 002). */
export async function addProgressMeeting(ctx: UseCaseContext, caseId: string, input: AddProgressMeetingInput): Promise<ProgressMeetingView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    const pip = await currentPip(tx, caseId);
    const [row] = await tx
      .insert(progressMeetings)
      .values({ gemeenteId: kase.gemeenteId, caseId, pipId: pip?.id ?? null, plannedOn: input.plannedOn, extra: true, createdBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'progress-meeting',
      entityId: row.id,
      action: 'create',
      changes: diff(null, progressMeetingFields(row)),
      operationName: 'addProgressMeeting',
      event: { kind: 'voortgang.extra-gepland', summary: `Extra voortgangsgesprek gepland op ${formatDutchDate(row.plannedOn)}.`, section: 'voortgang' },
    });
    return progressMeetingView(row, ctx.principal);
  });
}
