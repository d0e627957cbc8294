import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff, recordChange } from '../../audit/history.ts';
import { AppError } from '../../errors.ts';
import { updateGemeenteRow } from '../../gemeenten/store.ts';
import type { GemeentePatch } from '../../gemeenten/gemeente-input.ts';
import type { UseCaseContext } from '../context.ts';
import { gemeenteNotFound, requirePermission } from './access.ts';
import { gemeenteOfOrganisation, type GemeenteView } from './gemeente.view.ts';

/** PATCH (beheer): name, CBS code and OIN of a gemeente of the own organisation, with history. */
export async function updateGemeente(ctx: UseCaseContext, gemeenteId: string, input: GemeentePatch): Promise<GemeenteView> {
  requirePermission(ctx, 'admin:gemeenten');
  const organisationId = ctx.principal.organisation.id;
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const before = await gemeenteOfOrganisation(tx, organisationId, gemeenteId);
    if (!before) throw gemeenteNotFound();
    const patch = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.code !== undefined ? { code: input.code } : {}),
      ...(input.oin !== undefined ? { oin: input.oin } : {}),
    };
    const changes = diff({ name: before.name, code: before.code, oin: before.oin }, patch);
    if (before.version !== input.version) throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'De gemeente is intussen door iemand anders gewijzigd. Laad de gegevens opnieuw.' });
    if (Object.keys(changes).length === 0) return before;
    await updateGemeenteRow(tx, { id: gemeenteId, organisationId, expectedVersion: input.version }, patch, ctx.now);
    await recordChange(tx, ctx.principal, { organisationId, gemeenteId: null, entityType: 'gemeente', entityId: gemeenteId, action: 'update', changes }, ctx.now);
    const after = await gemeenteOfOrganisation(tx, organisationId, gemeenteId);
    if (!after) throw new AppError('INTERNAL');
    return after;
  });
}
