import { eq } from 'drizzle-orm';
import { formatDutchDate } from '@koers/domain';
import { progressMeetings } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { diff } from '../../audit/history.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { nextUpdatedAt } from '../pip/record-pip-write.ts';
import type { UseCaseContext } from '../context.ts';
import type { MoveProgressMeetingInput } from './voortgang.types.ts';
import { lockedProgressMeeting } from './load-progress-meeting.ts';
import { progressMeetingFields, progressMeetingView, type ProgressMeetingView } from './voortgang.view.ts';

/** The case manager moves a planned gesprek to another day. */
export async function moveProgressMeeting(ctx: UseCaseContext, caseId: string, meetingId: string, input: MoveProgressMeetingInput): Promise<ProgressMeetingView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    const before = await lockedProgressMeeting(tx, caseId, meetingId, input.version);
    if (before.status !== 'gepland') {
      throw new AppError('STEP_NOT_ALLOWED', { field: 'plannedOn', message: 'Geplande datum: alleen een gepland gesprek kan worden verplaatst; dit gesprek is al gehouden of vervallen.' });
    }
    const [after] = await tx
      .update(progressMeetings)
      .set({ plannedOn: input.plannedOn, version: before.version + 1, updatedAt: nextUpdatedAt(ctx.now, before.updatedAt) })
      .where(eq(progressMeetings.id, meetingId))
      .returning();
    if (!after) throw new AppError('INTERNAL');
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'progress-meeting',
      entityId: after.id,
      action: 'update',
      changes: diff(progressMeetingFields(before), progressMeetingFields(after)),
      operationName: 'moveProgressMeeting',
      event: { kind: 'voortgang.verplaatst', summary: `Voortgangsgesprek verplaatst van ${formatDutchDate(before.plannedOn)} naar ${formatDutchDate(after.plannedOn)}.`, section: 'voortgang' },
    });
    return progressMeetingView(after, ctx.principal);
  });
}
