import { eq } from 'drizzle-orm';
import { zrmMatrixSchema } from '@koers/domain';
import { zrmMatrices } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { recordChange } from '../../audit/history.ts';
import type { UseCaseContext } from '../context.ts';
import type { ZrmMatrixInput } from './begeleiding.types.ts';
import type { ZrmMatrixSettingView } from './begeleiding.view.ts';

/** The beheerder sets the organisation's domains and scale (validated by zrmMatrixSchema; version 0 the first time). */
export async function setZrmMatrix(ctx: UseCaseContext, input: ZrmMatrixInput): Promise<ZrmMatrixSettingView> {
  const parsed = zrmMatrixSchema.safeParse(input.matrix);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError('VALIDATION_FAILED', { field: ['matrix', ...(issue?.path ?? [])].map(String).join('.'), message: issue?.message ?? 'Matrix: ongeldige waarde' });
  }
  const organisationId = ctx.principal.organisation.id;
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const [before] = await tx.select().from(zrmMatrices).where(eq(zrmMatrices.organisationId, organisationId)).for('update');
    if ((before?.version ?? 0) !== input.version) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    const [after] = before
      ? await tx.update(zrmMatrices).set({ matrix: parsed.data, version: before.version + 1, updatedAt: ctx.now }).where(eq(zrmMatrices.organisationId, organisationId)).returning()
      : await tx.insert(zrmMatrices).values({ organisationId, matrix: parsed.data, createdAt: ctx.now, updatedAt: ctx.now }).returning();
    if (!after) throw new AppError('INTERNAL');
    await recordChange(
      tx,
      ctx.principal,
      { organisationId, gemeenteId: null, entityType: 'zrm-matrix', entityId: organisationId, action: before ? 'update' : 'create', changes: { matrix: { from: before?.matrix ?? null, to: parsed.data } } },
      ctx.now,
    );
    return { matrix: parsed.data, version: after.version, isDefault: false };
  });
}
