// Tolken per gesprek (R21, ADR 0121): book, change (with version), and the checks both share.
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { caseMeetings, interpreterBookings, progressMeetings } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { diff } from '../../audit/history.ts';
import { findCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { nextUpdatedAt } from '../pip/record-pip-write.ts';
import type { UseCaseContext } from '../context.ts';
import type { InterpreterBookingInput, InterpreterBookingUpdate } from './voortgang.types.ts';
import { bookingFields, interpreterBookingView, type InterpreterBookingView } from './voortgang.view.ts';

async function assertMeetingOfCase(tx: Tx, caseId: string, input: InterpreterBookingInput): Promise<void> {
  const table = input.meetingKind === 'intake' ? caseMeetings : progressMeetings;
  const [found] = await tx.select({ id: table.id }).from(table).where(and(eq(table.id, input.meetingId), eq(table.caseId, caseId)));
  if (!found) throw new AppError('VALIDATION_FAILED', { field: 'meetingId', message: 'Gesprek: kies een gesprek van dit dossier.' });
}

const values = (input: InterpreterBookingInput) => ({
  meetingKind: input.meetingKind,
  meetingId: input.meetingId,
  bookedOn: input.bookedOn,
  language: input.language,
  kind: input.kind,
  providerName: input.providerName,
  costCents: input.costCents,
  status: input.status,
});

export async function addInterpreterBooking(ctx: UseCaseContext, caseId: string, input: InterpreterBookingInput): Promise<InterpreterBookingView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId, { forUpdate: true });
    await assertMeetingOfCase(tx, caseId, input);
    const [row] = await tx
      .insert(interpreterBookings)
      .values({ gemeenteId: kase.gemeenteId, caseId, ...values(input), createdBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'interpreter-booking',
      entityId: row.id,
      action: 'create',
      changes: diff(null, bookingFields(row)),
      operationName: 'addInterpreterBooking',
      event: { kind: 'voortgang.tolk-geboekt', summary: `Tolk ${row.language} geboekt.`, occurredOn: row.bookedOn, section: 'voortgang' },
    });
    return interpreterBookingView(row);
  });
}

export async function updateInterpreterBooking(ctx: UseCaseContext, caseId: string, bookingId: string, input: InterpreterBookingUpdate): Promise<InterpreterBookingView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId, { forUpdate: true });
    const [before] = await tx
      .select()
      .from(interpreterBookings)
      .where(and(eq(interpreterBookings.id, bookingId), eq(interpreterBookings.caseId, caseId)))
      .for('update');
    if (!before) throw new AppError('NOT_FOUND', { message: 'Deze tolkboeking bestaat niet in dit dossier.' });
    if (before.version !== input.version) throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'De tolkboeking is intussen gewijzigd. Laad de voortgang opnieuw.' });
    await assertMeetingOfCase(tx, caseId, input);
    const [after] = await tx
      .update(interpreterBookings)
      .set({ ...values(input), version: before.version + 1, updatedAt: nextUpdatedAt(ctx.now, before.updatedAt) })
      .where(eq(interpreterBookings.id, bookingId))
      .returning();
    if (!after) throw new AppError('INTERNAL');
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'interpreter-booking',
      entityId: after.id,
      action: 'update',
      changes: diff(bookingFields(before), bookingFields(after)),
      operationName: 'updateInterpreterBooking',
    });
    return interpreterBookingView(after);
  });
}
