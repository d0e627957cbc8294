import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import type { UseCaseContext } from '../context.ts';
import { matrixOf, type ZrmMatrixSettingView } from './begeleiding.view.ts';

/** The organisation's measuring instrument (no personal data); version 0: the ZRM 2017 default applies. */
export async function getZrmMatrix(ctx: UseCaseContext): Promise<ZrmMatrixSettingView> {
  return inScope(
    ctx.db,
    scopeOf(ctx.principal),
    async (tx) => {
      const { matrix, version } = await matrixOf(tx, ctx.principal.organisation.id);
      return { matrix, version, isDefault: version === 0 };
    },
    { readOnly: true },
  );
}
