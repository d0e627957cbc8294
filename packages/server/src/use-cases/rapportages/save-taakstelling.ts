/** Enter or change the huisvestingstaakstelling of one gemeente and half year (R3, ADR 0140); version 0: new. */
import { and, eq } from 'drizzle-orm';
import { huisvestingstaakstellingen } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { recordChange, diff } from '../../audit/history.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { logAggregate, reportGemeenten } from './rapportage-scope.ts';
import type { SaveTaakstellingInput } from './taakstelling.types.ts';
import type { SavedTaakstelling } from './rapportages.view.ts';

export async function saveTaakstelling(ctx: UseCaseContext, gemeenteId: string, year: number, half: 1 | 2, input: SaveTaakstellingInput): Promise<SavedTaakstelling> {
  const [gemeente] = reportGemeenten(ctx, gemeenteId);
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const key = and(eq(huisvestingstaakstellingen.gemeenteId, gemeenteId), eq(huisvestingstaakstellingen.year, year), eq(huisvestingstaakstellingen.half, half));
    const [before] = await tx.select().from(huisvestingstaakstellingen).where(key).for('update');
    if ((before?.version ?? 0) !== input.version) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    const [after] = before
      ? await tx
          .update(huisvestingstaakstellingen)
          .set({ aantal: input.aantal, version: before.version + 1, updatedAt: ctx.now })
          .where(and(key, eq(huisvestingstaakstellingen.version, input.version)))
          .returning()
      : await tx.insert(huisvestingstaakstellingen).values({ gemeenteId, year, half, aantal: input.aantal, createdBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now }).returning();
    if (!after) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    await recordChange(
      tx,
      ctx.principal,
      {
        organisationId: ctx.principal.organisation.id,
        gemeenteId,
        entityType: 'huisvestingstaakstelling',
        entityId: after.id,
        action: before ? 'update' : 'create',
        changes: diff(before ? { aantal: before.aantal } : null, { jaar: year, halfjaar: half, aantal: after.aantal }, before ? ['jaar', 'halfjaar'] : []),
      },
      ctx.now,
    );
    await logAggregate(tx, ctx, 'huisvestingstaakstelling-vastleggen', gemeente ? [gemeente] : []);
    return { gemeenteId, year, half, aantal: after.aantal, version: after.version };
  });
}
