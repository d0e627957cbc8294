// A partner-aanbieder reports only for the placements under its own provider's contracts (ADR 0117):
// row-level security keeps other gemeenten out, this filter other providers. Both give "not found".
import { and, eq, or, sql } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { casePlacements, providerContracts, providerUsers, providers } from '../../db/schema.ts';
import type { Principal } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';

export interface OwnProvider {
  id: string;
  name: string;
}

/** The provider the account reports for; null while the beheerder has not linked it. */
export async function linkedProvider(tx: Tx, principal: Principal): Promise<OwnProvider | null> {
  const [row] = await tx
    .select({ id: providers.id, name: providers.name })
    .from(providerUsers)
    .innerJoin(providers, eq(providers.id, providerUsers.providerId))
    .where(eq(providerUsers.userId, principal.userId));
  return row ?? null;
}

export const notLinkedMessage = 'Uw account is niet aan een aanbieder gekoppeld. Vraag de beheerder van de gemeente om de koppeling.';

/** For a report on one placement: without a link no placement is the account's own, so "not found". */
export async function ownProvider(tx: Tx, principal: Principal): Promise<OwnProvider> {
  const provider = await linkedProvider(tx, principal);
  if (!provider) throw placementNotFound();
  return provider;
}

export const placementNotFound = () => new AppError('NOT_FOUND', { message: 'Deze plaatsing bestaat niet of valt niet onder een contract van uw organisatie.' });

export type PlacementRow = typeof casePlacements.$inferSelect;

/**
 * A placement is the provider's to see while it runs and for the contract's access_months_after_end
 * after it was withdrawn (X6, ADR 0150); the database wall on cases applies the same rule.
 */
export function visibleToProvider(today: string) {
  return or(
    eq(casePlacements.status, 'actief'),
    sql`(COALESCE(${casePlacements.withdrawnOn}, (${casePlacements.updatedAt} at time zone 'Europe/Amsterdam')::date) + make_interval(months => ${providerContracts.accessMonthsAfterEnd}))::date >= ${today}::date`,
  );
}

/** The placement, when it is under one of the provider's contracts; else "not found". */
export async function ownPlacement(tx: Tx, providerId: string, placementId: string, options: { forUpdate?: boolean; today?: string } = {}): Promise<PlacementRow> {
  const query = tx
    .select({ placement: casePlacements })
    .from(casePlacements)
    .innerJoin(providerContracts, eq(providerContracts.id, casePlacements.contractId))
    .where(and(eq(casePlacements.id, placementId), eq(providerContracts.providerId, providerId), options.today ? visibleToProvider(options.today) : undefined));
  const [row] = options.forUpdate ? await query.for('update', { of: casePlacements }) : await query;
  if (!row) throw placementNotFound();
  return row.placement;
}
