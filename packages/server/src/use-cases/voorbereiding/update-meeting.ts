import { and, eq } from 'drizzle-orm';
import { caseMeetings } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { AppError } from '../../errors.ts';
import { mergeThemes, parseStoredThemes } from '../intake/themes.types.ts';
import type { UseCaseContext } from '../context.ts';
import { canReadSensitive, recordCaseWrite } from './case-write.ts';
import { meetingKinds, meetingProblems, meetingStatuses, type UpdateMeetingInput } from './meeting.types.ts';
import { meetingHistoryFields, meetingView, type MeetingView } from './meeting.view.ts';
import { meetingSummary } from './plan-meeting.ts';

function asKind(value: string) {
  const kind = meetingKinds.find((k) => k === value);
  if (!kind) throw new AppError('INTERNAL');
  return kind;
}
function asStatus(value: string) {
  return meetingStatuses.find((s) => s === value) ?? 'gepland';
}

/** Updates a meeting (status, notes, outcome, themes…); optimistic locking on `version`. */
export async function updateMeeting(ctx: UseCaseContext, caseId: string, meetingId: string, input: UpdateMeetingInput): Promise<MeetingView> {
  const sensitive = canReadSensitive(ctx);
  const { version, ...fields } = input;
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    const [before] = await tx
      .select()
      .from(caseMeetings)
      .where(and(eq(caseMeetings.id, meetingId), eq(caseMeetings.caseId, kase.id)))
      .for('update');
    if (!before) throw new AppError('NOT_FOUND', { message: 'Dit gesprek bestaat niet in dit dossier.' });
    if (before.version !== version) throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'Het gesprek is intussen door iemand anders gewijzigd. Laad het opnieuw.' });
    const kind = asKind(before.kind);
    const interpreter = fields.interpreter ?? before.interpreter;
    const next = {
      interpreter,
      interpreterLanguage: fields.interpreterLanguage !== undefined ? fields.interpreterLanguage : before.interpreterLanguage,
      interviewedAlone: fields.interviewedAlone !== undefined ? fields.interviewedAlone : before.interviewedAlone,
    };
    const problem = meetingProblems(next, kind)[0];
    if (problem) throw new AppError('VALIDATION_FAILED', { field: problem.field, message: `Veld '${problem.field}': ${problem.message}` });

    const [after] = await tx
      .update(caseMeetings)
      .set({
        ...(fields.plannedAt !== undefined ? { plannedAt: fields.plannedAt === null ? null : new Date(fields.plannedAt) } : {}),
        ...(fields.location !== undefined ? { location: fields.location } : {}),
        ...(fields.mode !== undefined ? { mode: fields.mode } : {}),
        ...(fields.participants !== undefined ? { participants: fields.participants } : {}),
        interpreter,
        interpreterLanguage: interpreter ? next.interpreterLanguage : null,
        interviewedAlone: next.interviewedAlone,
        ...(fields.status !== undefined ? { status: fields.status } : {}),
        ...(fields.notes !== undefined ? { notes: fields.notes } : {}),
        ...(fields.outcome !== undefined ? { outcome: fields.outcome } : {}),
        ...(fields.themes !== undefined ? { themes: mergeThemes(parseStoredThemes(before.themes), fields.themes, sensitive) } : {}),
        ...(fields.sensitiveNotes !== undefined && sensitive ? { sensitiveNotes: fields.sensitiveNotes } : {}),
        version: version + 1,
        updatedAt: ctx.now,
      })
      .where(and(eq(caseMeetings.id, meetingId), eq(caseMeetings.version, version)))
      .returning();
    if (!after) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    const status = asStatus(after.status);
    await recordCaseWrite(tx, ctx, kase, {
      entityType: 'case-meeting',
      entityId: after.id,
      action: 'update',
      changes: diff(meetingHistoryFields(before), meetingHistoryFields(after)),
      operationName: 'updateMeeting',
      event: {
        kind: before.status === after.status ? 'meeting.updated' : `meeting.${status}`,
        summary: before.status === after.status ? `${meetingSummary(kind, status, after.plannedAt, after.mode)}: bijgewerkt` : meetingSummary(kind, status, after.plannedAt, after.mode),
        section: kind === 'intakegesprek' ? 'intake' : 'voorbereiding',
        data: { meetingId: after.id, meetingKind: kind },
      },
    });
    return meetingView(after, sensitive);
  });
}
