import { asc, eq } from 'drizzle-orm';
import { gemeenten } from '../db/schema.ts';
import { inScope } from '../db/scope.ts';
import { scopeOf } from '../auth/principal.ts';
import type { UseCaseContext } from './context.ts';

export interface GemeenteView {
  id: string;
  code: string;
  name: string;
  organisationId: string;
}

/** The gemeenten the own organisation serves. */
export function listGemeenten(ctx: UseCaseContext): Promise<GemeenteView[]> {
  return inScope(ctx.db, scopeOf(ctx.principal), (tx) =>
    tx
      .select({ id: gemeenten.id, code: gemeenten.code, name: gemeenten.name, organisationId: gemeenten.organisationId })
      .from(gemeenten)
      .where(eq(gemeenten.organisationId, ctx.principal.organisation.id))
      .orderBy(asc(gemeenten.name)),
  );
}
