// Place a case in a participation place of its gemeente's catalogue (R14).
import { and, eq } from 'drizzle-orm';
import { formatDutchDate, isBefore } from '@koers/domain';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { participationPlacements, participationPlaces } from '../../db/schema.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { todayIn } from '../../case-file/today.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { caseParticipatieView, type CaseParticipatieView } from './case-participatie.view.ts';
import type { ParticipationPlacementInput } from './participatie.types.ts';

export async function addParticipationPlacement(ctx: UseCaseContext, caseId: string, input: ParticipationPlacementInput): Promise<CaseParticipatieView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    // The place must be in the case's own gemeente (row-level security already hides other gemeenten's).
    const [place] = await tx.select().from(participationPlaces).where(and(eq(participationPlaces.id, input.placeId), eq(participationPlaces.gemeenteId, kase.gemeenteId)));
    if (!place) throw new AppError('VALIDATION_FAILED', { field: 'placeId', message: 'Participatieplek: kies een plek uit de lijst van de gemeente van dit dossier.' });
    if (!place.active) throw new AppError('VALIDATION_FAILED', { field: 'placeId', message: `Participatieplek: ${place.name} is niet meer actief.` });
    if (input.endsOn !== null && isBefore(input.endsOn, input.startsOn)) throw new AppError('VALIDATION_FAILED', { field: 'endsOn', message: 'Tot en met: de einddatum ligt vóór de begindatum.' });
    const values = { placeId: place.id, startsOn: input.startsOn, endsOn: input.endsOn, hoursPerWeek: input.hoursPerWeek };
    const [row] = await tx
      .insert(participationPlacements)
      .values({ gemeenteId: kase.gemeenteId, caseId, ...values, createdBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'participation-placement',
      entityId: row.id,
      action: 'create',
      changes: diff(null, values),
      event: { kind: 'participatie.plaatsing', summary: `Geplaatst op participatieplek ${place.name} (${place.organisation}) vanaf ${formatDutchDate(input.startsOn)}, ${input.hoursPerWeek} uur per week.`, occurredOn: input.startsOn, section: 'participatie', data: { placementId: row.id } },
      operationName: 'addParticipationPlacement',
    });
    return caseParticipatieView(tx, kase, ctx.now, todayIn(ctx.now));
  });
}
