// Shared by the provider and contract use cases: gemeente names of the organisation, and the traces
// a change leaves (history at organisation level; no personal data, so no processing log).
import { inArray } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { gemeentenInScope } from '../../db/schema.ts';
import { recordChange, type FieldChanges } from '../../audit/history.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';

export async function gemeenteNamesOf(tx: Tx): Promise<Map<string, string>> {
  const rows = await tx.select({ id: gemeentenInScope.id, name: gemeentenInScope.name }).from(gemeentenInScope);
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Every gemeente must be one of the organisation's own (the view shows no other). */
export async function assertOwnGemeenten(tx: Tx, ids: readonly string[]): Promise<void> {
  const found = await tx.select({ id: gemeentenInScope.id }).from(gemeentenInScope).where(inArray(gemeentenInScope.id, [...ids]));
  if (found.length !== new Set(ids).size) throw new AppError('VALIDATION_FAILED', { field: 'gemeenteIds', message: 'Gemeenten: kies alleen gemeenten van uw eigen organisatie.' });
}

export function recordProviderChange(tx: Tx, ctx: UseCaseContext, entityType: 'provider' | 'provider-contract' | 'provider-user', entityId: string, action: 'create' | 'update', changes: FieldChanges): Promise<void> {
  return recordChange(tx, ctx.principal, { organisationId: ctx.principal.organisation.id, gemeenteId: null, entityType, entityId, action, changes }, ctx.now);
}
