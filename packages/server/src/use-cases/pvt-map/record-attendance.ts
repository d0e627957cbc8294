// Attendance at one PVT session: present or absent per participant. The session's version guards
// the whole list; each participant's file gets the change in its history and processing log.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { formatDutchDate } from '@koers/domain';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { cases, pvtAttendance, pvtParticipants, pvtSessions } from '../../db/schema.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { notRemovedByRetention } from '../../case-file/find-case.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { findPvtGroup, pvtGroupView, type PvtGroupView } from './pvt-support.ts';
import { logParticipantsShown } from './pvt-group-traces.ts';
import type { RecordAttendanceInput } from './pvt-map.types.ts';

export async function recordAttendance(ctx: UseCaseContext, groupId: string, sessionId: string, input: RecordAttendanceInput): Promise<PvtGroupView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const group = await findPvtGroup(tx, groupId, { forUpdate: true });
    const [session] = await tx.select().from(pvtSessions).where(and(eq(pvtSessions.id, sessionId), eq(pvtSessions.groupId, groupId))).for('update');
    if (!session) throw new AppError('NOT_FOUND', { message: 'Deze bijeenkomst bestaat niet of u heeft er geen toegang toe.' });
    if (session.version !== input.version) {
      throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'De aanwezigheid bij deze bijeenkomst is intussen door iemand anders gewijzigd. Laad de groep opnieuw.' });
    }
    const caseIds = [...new Set(input.attendance.map((a) => a.caseId))];
    if (caseIds.length !== input.attendance.length) throw new AppError('VALIDATION_FAILED', { field: 'attendance', message: 'Aanwezigheid: elke deelnemer mag maar één keer voorkomen.' });
    const participants =
      caseIds.length === 0
        ? []
        : await tx
            .select({ caseRow: cases })
            .from(pvtParticipants)
            .innerJoin(cases, eq(cases.id, pvtParticipants.caseId))
            .where(and(eq(pvtParticipants.groupId, groupId), inArray(pvtParticipants.caseId, caseIds), notRemovedByRetention))
            .for('update', { of: cases });
    if (participants.length !== caseIds.length) throw new AppError('VALIDATION_FAILED', { field: 'attendance', message: 'Aanwezigheid: iemand in de lijst is geen deelnemer van deze PVT-groep.' });
    const earlier = await tx.select().from(pvtAttendance).where(eq(pvtAttendance.sessionId, sessionId));
    for (const { caseRow } of participants) {
      const present = input.attendance.find((a) => a.caseId === caseRow.id)?.present ?? false;
      const before = earlier.find((a) => a.caseId === caseRow.id);
      if (before?.present === present) continue;
      await tx
        .insert(pvtAttendance)
        .values({ gemeenteId: group.gemeenteId, sessionId, caseId: caseRow.id, present, createdAt: ctx.now, updatedAt: ctx.now })
        .onConflictDoUpdate({ target: [pvtAttendance.sessionId, pvtAttendance.caseId], set: { present, updatedAt: ctx.now } });
      await recordCaseWriteTraces(tx, ctx, caseRow, {
        entityType: 'pvt-attendance',
        entityId: sessionId,
        action: before ? 'update' : 'create',
        changes: { present: { from: before?.present ?? null, to: present } },
        event: {
          kind: 'pvt.aanwezigheid',
          summary: `PVT-bijeenkomst ${formatDutchDate(session.heldOn)} (${group.name}): ${present ? 'aanwezig' : 'afwezig'}.`,
          occurredOn: session.heldOn,
          section: 'pvt-map',
          data: { groupId, sessionId, present },
        },
        operationName: 'recordPvtAttendance',
      });
    }
    await tx
      .update(pvtSessions)
      .set({ version: sql`${pvtSessions.version} + 1`, updatedAt: ctx.now })
      .where(eq(pvtSessions.id, sessionId));
    const view = await pvtGroupView(tx, group);
    await logParticipantsShown(tx, ctx, view, 'recordPvtAttendance');
    return view;
  });
}
