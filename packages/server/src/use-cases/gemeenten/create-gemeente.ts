import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { recordChange } from '../../audit/history.ts';
import { AppError } from '../../errors.ts';
import { createGemeenteInScope } from '../../gemeenten/store.ts';
import type { GemeenteInput } from '../../gemeenten/gemeente-input.ts';
import type { UseCaseContext } from '../context.ts';
import { requirePermission } from './access.ts';
import { gemeenteOfOrganisation, type GemeenteView } from './gemeente.view.ts';

/** POST (beheer): the organisation starts serving another gemeente. Granted to nobody yet. */
export async function createGemeente(ctx: UseCaseContext, input: GemeenteInput): Promise<GemeenteView> {
  requirePermission(ctx, 'admin:gemeenten');
  const organisationId = ctx.principal.organisation.id;
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const { id } = await createGemeenteInScope(tx, input, ctx.now);
    await recordChange(
      tx,
      ctx.principal,
      { organisationId, gemeenteId: null, entityType: 'gemeente', entityId: id, action: 'create', changes: { name: { from: null, to: input.name }, code: { from: null, to: input.code }, oin: { from: null, to: input.oin } } },
      ctx.now,
    );
    const view = await gemeenteOfOrganisation(tx, organisationId, id);
    if (!view) throw new AppError('INTERNAL');
    return view;
  });
}
