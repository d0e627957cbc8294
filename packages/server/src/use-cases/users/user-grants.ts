import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../db/database.ts';
import { gemeentenInScope, userGemeenten } from '../../db/schema.ts';
import { AppError } from '../../errors.ts';

/** Replaces a user's gemeente grants; every gemeente must belong to the organisation. */
export async function setGrants(tx: Tx, organisationId: string, userId: string, gemeenteIds: readonly string[]): Promise<void> {
  const unique = [...new Set(gemeenteIds)];
  if (unique.length) {
    const found = await tx
      .select({ id: gemeentenInScope.id })
      .from(gemeentenInScope)
      .where(and(inArray(gemeentenInScope.id, unique), eq(gemeentenInScope.organisationId, organisationId)));
    if (found.length !== unique.length) {
      throw new AppError('VALIDATION_FAILED', { field: 'gemeenteIds', message: 'Een of meer gemeenten horen niet bij uw organisatie.' });
    }
  }
  await tx.delete(userGemeenten).where(eq(userGemeenten.userId, userId));
  if (unique.length) {
    await tx.insert(userGemeenten).values(unique.map((gemeenteId) => ({ userId, gemeenteId, organisationId })));
  }
}

export async function grantsOf(tx: Tx, userId: string): Promise<string[]> {
  const rows = await tx.select({ id: userGemeenten.gemeenteId }).from(userGemeenten).where(eq(userGemeenten.userId, userId));
  return rows.map((r) => r.id).sort();
}
