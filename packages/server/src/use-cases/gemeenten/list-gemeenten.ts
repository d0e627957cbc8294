import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import type { UseCaseContext } from '../context.ts';
import { gemeentenOfOrganisation, type GemeenteView } from './gemeente.view.ts';

export type { GemeenteView };

/** The gemeenten the own organisation serves. */
export function listGemeenten(ctx: UseCaseContext): Promise<GemeenteView[]> {
  return inScope(ctx.db, scopeOf(ctx.principal), (tx) => gemeentenOfOrganisation(tx, ctx.principal.organisation.id), { readOnly: true });
}
