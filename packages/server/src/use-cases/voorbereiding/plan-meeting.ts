import { caseMeetings } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { advanceCaseStatus, canReadSensitive, dutchDateTime, recordCaseWrite } from './case-write.ts';
import { meetingKindLabels, meetingStatusLabels, type CreateMeetingInput, type MeetingKind, type MeetingStatus } from './meeting.types.ts';
import { meetingHistoryFields, meetingView, type MeetingView } from './meeting.view.ts';

export function meetingSummary(kind: MeetingKind, status: MeetingStatus, plannedAt: Date | null, mode: string): string {
  const when = plannedAt ? ` op ${dutchDateTime(plannedAt)}` : '';
  return `${meetingKindLabels[kind]} ${meetingStatusLabels[status]}${when} (${mode})`;
}

/** Plans or records a warme overdracht, kennismakingsgesprek or intakegesprek. */
export async function planMeeting(ctx: UseCaseContext, caseId: string, input: CreateMeetingInput): Promise<MeetingView> {
  const sensitive = canReadSensitive(ctx);
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    const plannedAt = input.plannedAt ? new Date(input.plannedAt) : null;
    const [row] = await tx
      .insert(caseMeetings)
      .values({
        caseId: kase.id,
        gemeenteId: kase.gemeenteId,
        kind: input.kind,
        plannedAt,
        location: input.location ?? null,
        mode: input.mode,
        participants: input.participants,
        interpreter: input.interpreter,
        interpreterLanguage: input.interpreter ? (input.interpreterLanguage ?? null) : null,
        interviewedAlone: input.kind === 'intakegesprek' ? (input.interviewedAlone ?? null) : null,
        status: input.status,
        notes: input.notes ?? null,
        outcome: input.outcome ?? null,
        themes: sensitive ? (input.themes ?? {}) : { ...input.themes, persoonlijkeOmstandigheden: undefined },
        sensitiveNotes: sensitive ? (input.sensitiveNotes ?? null) : null,
        createdBy: ctx.principal.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordCaseWrite(tx, ctx, kase, {
      entityType: 'case-meeting',
      entityId: row.id,
      action: 'create',
      changes: diff(null, meetingHistoryFields(row)),
      operationName: 'planMeeting',
      event: {
        kind: `meeting.${input.status}`,
        summary: meetingSummary(input.kind, input.status, plannedAt, input.mode),
        section: input.kind === 'intakegesprek' ? 'intake' : 'voorbereiding',
        data: { meetingId: row.id, meetingKind: input.kind },
      },
    });
    await advanceCaseStatus(tx, ctx, kase, input.kind === 'intakegesprek' ? 'intake' : 'voorbereiding');
    return meetingView(row, sensitive);
  });
}
