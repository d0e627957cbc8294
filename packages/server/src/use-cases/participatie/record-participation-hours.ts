// Hours actually done in a participation placement over a period (R14). Their sum is the activity
// hours of the Z-route ledger and goes to DUO as gevolgde uren participatieactiviteiten (ADR 0143).
import { and, eq } from 'drizzle-orm';
import { formatDutchDate, isBefore } from '@koers/domain';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { participationHours, participationPlacements } from '../../db/schema.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { todayIn } from '../../case-file/today.ts';
import { AppError } from '../../errors.ts';
import { nextUpdatedAt } from '../pip/record-pip-write.ts';
import type { UseCaseContext } from '../context.ts';
import { caseParticipatieView, type ParticipationHoursRecorded } from './case-participatie.view.ts';
import type { ParticipationHoursInput } from './participatie.types.ts';
import { syncParticipationHours } from './sync-participation-hours.ts';

export async function recordParticipationHours(ctx: UseCaseContext, caseId: string, placementId: string, input: ParticipationHoursInput): Promise<ParticipationHoursRecorded> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    const [placement] = await tx.select().from(participationPlacements).where(and(eq(participationPlacements.id, placementId), eq(participationPlacements.caseId, caseId))).for('update');
    if (!placement) throw new AppError('NOT_FOUND', { message: 'Deze plaatsing bestaat niet.' });
    if (placement.version !== input.version) throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'De plaatsing is intussen gewijzigd. Laad de gegevens opnieuw.' });
    if (isBefore(input.periodEnd, input.periodStart)) throw new AppError('VALIDATION_FAILED', { field: 'periodEnd', message: 'Periode tot en met: ligt vóór het begin van de periode.' });
    if (isBefore(input.periodStart, placement.startsOn)) {
      throw new AppError('VALIDATION_FAILED', { field: 'periodStart', message: `Periode vanaf: de plaatsing begon op ${formatDutchDate(placement.startsOn)}.` });
    }
    if (placement.endsOn !== null && isBefore(placement.endsOn, input.periodEnd)) {
      throw new AppError('VALIDATION_FAILED', { field: 'periodEnd', message: `Periode tot en met: de plaatsing eindigde op ${formatDutchDate(placement.endsOn)}.` });
    }
    const [existing] = await tx.select({ id: participationHours.id }).from(participationHours).where(and(eq(participationHours.placementId, placementId), eq(participationHours.periodStart, input.periodStart)));
    if (existing) throw new AppError('VALIDATION_FAILED', { field: 'periodStart', message: `Periode vanaf: voor de periode vanaf ${formatDutchDate(input.periodStart)} zijn al uren vastgelegd.` });
    const values = { periodStart: input.periodStart, periodEnd: input.periodEnd, hours: input.hours };
    const [row] = await tx
      .insert(participationHours)
      .values({ gemeenteId: kase.gemeenteId, caseId, placementId, ...values, createdBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await tx.update(participationPlacements).set({ version: placement.version + 1, updatedAt: nextUpdatedAt(ctx.now, placement.updatedAt) }).where(eq(participationPlacements.id, placementId));
    const queued = await syncParticipationHours(tx, ctx, kase, input.periodEnd);
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'participation-hours',
      entityId: row.id,
      action: 'create',
      changes: diff(null, values),
      event: {
        kind: 'participatie.uren',
        summary: `${input.hours} uur op de participatieplek van ${formatDutchDate(input.periodStart)} tot en met ${formatDutchDate(input.periodEnd)}.`,
        occurredOn: input.periodEnd,
        section: 'participatie',
        data: { placementId, hoursId: row.id },
      },
      operationName: 'recordParticipationHours',
    });
    return { ...(await caseParticipatieView(tx, kase, ctx.now, todayIn(ctx.now))), queued };
  });
}
