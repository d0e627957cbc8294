import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { historyOf } from '../../audit/history.ts';
import type { UseCaseContext } from '../context.ts';
import type { HistoryEntryView } from '../cases/case-history.ts';
import { gemeenteNotFound, requirePermission } from './access.ts';
import { gemeenteOfOrganisation } from './gemeente.view.ts';

/** GET (beheer): every change of the gemeente's data and settings, oldest first. */
export function gemeenteHistory(ctx: UseCaseContext, gemeenteId: string): Promise<HistoryEntryView[]> {
  requirePermission(ctx, 'admin:gemeenten');
  return inScope(
    ctx.db,
    scopeOf(ctx.principal),
    async (tx) => {
      if (!(await gemeenteOfOrganisation(tx, ctx.principal.organisation.id, gemeenteId))) throw gemeenteNotFound();
      const entries = await historyOf(tx, 'gemeente', gemeenteId);
      return entries.map((e) => ({ id: e.id, action: e.action, at: e.at.toISOString(), actorName: e.actorName, changes: e.changes, reason: e.reason }));
    },
    { readOnly: true },
  );
}
