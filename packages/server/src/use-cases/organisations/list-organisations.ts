import { asc, sql } from 'drizzle-orm';
import { gemeenten, organisations, users } from '../../db/schema.ts';
import { asSystem } from '../../db/scope.ts';
import type { UseCaseContext } from '../context.ts';
import { requirePermission } from '../gemeenten/access.ts';
import type { OrganisationView } from './organisations.view.ts';

/**
 * GET (hosting): the installation's organisations and their gemeenten. The hosting party sees no
 * case data and no users; the count of beheerders is read as the owner (users has row-level
 * security per organisation) and nothing else of the users leaves this function.
 */
export function listOrganisations(ctx: UseCaseContext): Promise<OrganisationView[]> {
  requirePermission(ctx, 'admin:organisations');
  return asSystem(ctx.db, async (tx) => {
    const orgs = await tx.select({ id: organisations.id, name: organisations.name, createdAt: organisations.createdAt }).from(organisations).orderBy(asc(organisations.name));
    const gs = await tx.select({ id: gemeenten.id, code: gemeenten.code, name: gemeenten.name, oin: gemeenten.oin, organisationId: gemeenten.organisationId }).from(gemeenten).orderBy(asc(gemeenten.name));
    const counts = await tx
      .select({ organisationId: users.organisationId, n: sql<number>`count(*)::int` })
      .from(users)
      .where(sql`${users.role} = 'beheerder' AND ${users.active}`)
      .groupBy(users.organisationId);
    return orgs.map((o) => ({
      id: o.id,
      name: o.name,
      createdAt: o.createdAt.toISOString(),
      gemeenten: gs.filter((g) => g.organisationId === o.id).map(({ organisationId: _o, ...g }) => g),
      beheerders: counts.find((c) => c.organisationId === o.id)?.n ?? 0,
    }));
  });
}
