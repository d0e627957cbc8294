// The sociale kaart of a gemeente (R21, ADR 0122): organisations by theme. Not personal data (the
// contact is an organisation's), so no processing log; the record history keeps every change.
import { and, asc, eq } from 'drizzle-orm';
import { socialeKaartOrganisations } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf, type Principal } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { diff, recordChange } from '../../audit/history.ts';
import { nextUpdatedAt } from '../pip/record-pip-write.ts';
import type { UseCaseContext } from '../context.ts';
import type { SocialeKaartInput, SocialeKaartUpdate } from './voortgang.types.ts';
import { organisationFields, organisationView, type SocialeKaartList, type SocialeKaartOrganisationView } from './voortgang.view.ts';

const managesKaart = (p: Principal): boolean => p.permissions.includes('sociale-kaart:manage');

function grantedGemeente(principal: Principal, gemeenteId: string): void {
  if (!principal.gemeenten.some((g) => g.id === gemeenteId)) throw new AppError('NOT_FOUND', { field: 'gemeenteId', message: 'Deze gemeente bestaat niet of u heeft er geen toegang toe.' });
}

/** Readers: whoever refers people (case:read) or keeps the kaart. */
export async function listSocialeKaart(ctx: UseCaseContext, gemeenteId: string): Promise<SocialeKaartList> {
  if (!managesKaart(ctx.principal) && !ctx.principal.permissions.includes('case:read')) throw new AppError('FORBIDDEN');
  grantedGemeente(ctx.principal, gemeenteId);
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const rows = await tx.select().from(socialeKaartOrganisations).where(eq(socialeKaartOrganisations.gemeenteId, gemeenteId)).orderBy(asc(socialeKaartOrganisations.theme), asc(socialeKaartOrganisations.name));
    return { organisations: rows.map(organisationView), canManage: managesKaart(ctx.principal) };
  });
}

export async function addSocialeKaartOrganisation(ctx: UseCaseContext, input: SocialeKaartInput): Promise<SocialeKaartOrganisationView> {
  grantedGemeente(ctx.principal, input.gemeenteId);
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const [row] = await tx
      .insert(socialeKaartOrganisations)
      .values({ gemeenteId: input.gemeenteId, name: input.name, theme: input.theme, contact: input.contact?.trim() || null, notes: input.notes?.trim() || null, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordChange(tx, ctx.principal, { organisationId: ctx.principal.organisation.id, gemeenteId: row.gemeenteId, entityType: 'sociale-kaart-organisatie', entityId: row.id, action: 'create', changes: diff(null, organisationFields(row)) }, ctx.now);
    return organisationView(row);
  });
}

export async function updateSocialeKaartOrganisation(ctx: UseCaseContext, organisationId: string, input: SocialeKaartUpdate): Promise<SocialeKaartOrganisationView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    // Row-level security hides another gemeente's organisation: it does not exist here.
    const [before] = await tx.select().from(socialeKaartOrganisations).where(and(eq(socialeKaartOrganisations.id, organisationId))).for('update');
    if (!before) throw new AppError('NOT_FOUND', { message: 'Deze organisatie staat niet op de sociale kaart.' });
    if (before.version !== input.version) throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'De organisatie is intussen gewijzigd. Laad de sociale kaart opnieuw.' });
    const [after] = await tx
      .update(socialeKaartOrganisations)
      .set({ name: input.name, theme: input.theme, contact: input.contact?.trim() || null, notes: input.notes?.trim() || null, active: input.active, version: before.version + 1, updatedAt: nextUpdatedAt(ctx.now, before.updatedAt) })
      .where(eq(socialeKaartOrganisations.id, organisationId))
      .returning();
    if (!after) throw new AppError('INTERNAL');
    await recordChange(tx, ctx.principal, { organisationId: ctx.principal.organisation.id, gemeenteId: after.gemeenteId, entityType: 'sociale-kaart-organisatie', entityId: after.id, action: 'update', changes: diff(organisationFields(before), organisationFields(after)) }, ctx.now);
    return organisationView(after);
  });
}
