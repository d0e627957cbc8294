// GET /api/admin/gemeenten/:id/opschoning: the retention periods that apply to a gemeente, what
// the nightly job would remove now (the dry run: counts, nothing changes) and what its last runs
// did. Counts only, no personal data (ADR 0099).
import { desc, eq } from 'drizzle-orm';
import { defaultRetention, retentionOf } from '@koers/domain';
import { inScope, asSystem } from '../../db/scope.ts';
import { retentionRuns } from '../../db/schema.ts';
import { scopeOf } from '../../auth/principal.ts';
import { loadGemeente } from '../../gemeenten/settings.ts';
import { todayIn } from '../../case-file/today.ts';
import { countDue } from '../../retention/apply.ts';
import type { UseCaseContext } from '../context.ts';
import { gemeenteNotFound, requirePermission } from './access.ts';
import type { RetentionOverview } from './gemeente.view.ts';

export async function retentionOverview(ctx: UseCaseContext, gemeenteId: string): Promise<RetentionOverview> {
  requirePermission(ctx, 'admin:gemeenten');
  // The gemeente must be the organisation's (404 otherwise, nothing revealed) ...
  const gemeente = await inScope(
    ctx.db,
    scopeOf(ctx.principal),
    async (tx) => {
      const found = await loadGemeente(tx, gemeenteId);
      if (!found || found.organisationId !== ctx.principal.organisation.id) throw gemeenteNotFound();
      return found;
    },
    { readOnly: true },
  );
  // ... then the counts are taken as the owner: a beheerder manages gemeenten whose cases they may
  // not read (no grant), and counts of what the job would remove carry no personal data.
  const periods = retentionOf(gemeente.settings);
  const today = todayIn(ctx.now);
  return asSystem(ctx.db, async (tx) => {
    const dryRun = await countDue(tx, gemeenteId, periods, today);
    const runs = await tx.select().from(retentionRuns).where(eq(retentionRuns.gemeenteId, gemeenteId)).orderBy(desc(retentionRuns.ranAt)).limit(10);
    return {
      today,
      periods,
      defaults: defaultRetention,
      dryRun,
      lastRuns: runs.map((r) => ({ ranAt: r.ranAt.toISOString(), caseFiles: r.caseFiles, coreData: r.coreData, closedWithoutDate: r.closedWithoutDate, processingLog: r.processingLog })),
    };
  });
}
