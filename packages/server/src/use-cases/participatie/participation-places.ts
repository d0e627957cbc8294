// The catalogue of participation places of a gemeente (R14, ADR 0143). Not personal data (the
// contact is the organisation's), so no processing log; the record history keeps every change.
import { asc, eq } from 'drizzle-orm';
import { participationPlaces } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf, type Principal } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { diff, recordChange } from '../../audit/history.ts';
import { nextUpdatedAt } from '../pip/record-pip-write.ts';
import type { UseCaseContext } from '../context.ts';
import type { ParticipationPlaceInput, ParticipationPlaceUpdate } from './participatie.types.ts';
import { placeFields, placeView, type ParticipationPlaceList, type ParticipationPlaceView } from './participatie.view.ts';

const managesPlaces = (p: Principal): boolean => p.permissions.includes('participatie:manage');

function grantedGemeente(principal: Principal, gemeenteId: string): void {
  if (!principal.gemeenten.some((g) => g.id === gemeenteId)) throw new AppError('NOT_FOUND', { field: 'gemeenteId', message: 'Deze gemeente bestaat niet of u heeft er geen toegang toe.' });
}

/** Readers: whoever places people (case:read) or keeps the catalogue. */
export async function listParticipationPlaces(ctx: UseCaseContext, gemeenteId: string): Promise<ParticipationPlaceList> {
  if (!managesPlaces(ctx.principal) && !ctx.principal.permissions.includes('case:read')) throw new AppError('FORBIDDEN');
  grantedGemeente(ctx.principal, gemeenteId);
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const rows = await tx.select().from(participationPlaces).where(eq(participationPlaces.gemeenteId, gemeenteId)).orderBy(asc(participationPlaces.organisation), asc(participationPlaces.name));
    return { places: rows.map(placeView), canManage: managesPlaces(ctx.principal) };
  });
}

export async function addParticipationPlace(ctx: UseCaseContext, input: ParticipationPlaceInput): Promise<ParticipationPlaceView> {
  grantedGemeente(ctx.principal, input.gemeenteId);
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const [row] = await tx
      .insert(participationPlaces)
      .values({ gemeenteId: input.gemeenteId, organisation: input.organisation, name: input.name, kind: input.kind, hoursPerWeek: input.hoursPerWeek, contact: input.contact?.trim() || null, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordChange(tx, ctx.principal, { organisationId: ctx.principal.organisation.id, gemeenteId: row.gemeenteId, entityType: 'participatieplek', entityId: row.id, action: 'create', changes: diff(null, placeFields(row)) }, ctx.now);
    return placeView(row);
  });
}

export async function updateParticipationPlace(ctx: UseCaseContext, placeId: string, input: ParticipationPlaceUpdate): Promise<ParticipationPlaceView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    // Row-level security hides another gemeente's place: it does not exist here.
    const [before] = await tx.select().from(participationPlaces).where(eq(participationPlaces.id, placeId)).for('update');
    if (!before) throw new AppError('NOT_FOUND', { message: 'Deze participatieplek bestaat niet.' });
    if (before.version !== input.version) throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'De participatieplek is intussen gewijzigd. Laad de lijst opnieuw.' });
    const [after] = await tx
      .update(participationPlaces)
      .set({ organisation: input.organisation, name: input.name, kind: input.kind, hoursPerWeek: input.hoursPerWeek, contact: input.contact?.trim() || null, active: input.active, version: before.version + 1, updatedAt: nextUpdatedAt(ctx.now, before.updatedAt) })
      .where(eq(participationPlaces.id, placeId))
      .returning();
    if (!after) throw new AppError('INTERNAL');
    await recordChange(tx, ctx.principal, { organisationId: ctx.principal.organisation.id, gemeenteId: after.gemeenteId, entityType: 'participatieplek', entityId: after.id, action: 'update', changes: diff(placeFields(before), placeFields(after)) }, ctx.now);
    return placeView(after);
  });
}
