// The partner screen: the active placements under the own provider's contracts, with what was
// reported on each (R13). Only the name and case number of the person: what the provider needs.
import { and, asc, eq, inArray } from 'drizzle-orm';
import { cases, casePlacements, gemeentenInScope, placementReports, providerContracts } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import { caseNumberOf } from '../cases/case.view.ts';
import type { UseCaseContext } from '../context.ts';
import { addMonths } from '@koers/domain';
import { todayIn } from '../../case-file/today.ts';
import { linkedProvider, notLinkedMessage, visibleToProvider } from './provider-access.ts';
import { placementReportsView, type ProviderPlacements } from './reports.view.ts';

export async function listProviderPlacements(ctx: UseCaseContext): Promise<ProviderPlacements> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const provider = await linkedProvider(tx, ctx.principal);
    if (!provider) return { provider: null, notLinked: notLinkedMessage, placements: [] };
    const rows = await tx
      .select({ placement: casePlacements, accessMonths: providerContracts.accessMonthsAfterEnd, contractName: providerContracts.name, caseNumber: cases.caseNumber, givenNames: cases.givenNames, familyName: cases.familyName, gemeenteCode: gemeentenInScope.code, gemeenteName: gemeentenInScope.name })
      .from(casePlacements)
      .innerJoin(providerContracts, eq(providerContracts.id, casePlacements.contractId))
      .innerJoin(cases, eq(cases.id, casePlacements.caseId))
      .innerJoin(gemeentenInScope, eq(gemeentenInScope.id, casePlacements.gemeenteId))
      .where(and(eq(providerContracts.providerId, provider.id), visibleToProvider(todayIn(ctx.now))))
      .orderBy(asc(cases.familyName), asc(cases.givenNames));
    const ids = rows.map((r) => r.placement.id);
    const reports = ids.length ? await tx.select().from(placementReports).where(inArray(placementReports.placementId, ids)) : [];
    if (rows.length > 0) {
      await logProcessed(
        tx,
        ctx,
        'dossierInburgering',
        'read',
        'listProviderPlacements',
        rows.map((r) => ({ resourceType: 'case-placement', resourceId: r.placement.id, subject: { type: 'case' as const, id: r.placement.caseId }, gemeenteId: r.placement.gemeenteId })),
      );
    }
    return {
      provider: { name: provider.name },
      notLinked: null,
      placements: rows.map((r) => ({
        id: r.placement.id,
        caseNumber: caseNumberOf(r),
        personName: `${r.givenNames} ${r.familyName}`,
        gemeente: { code: r.gemeenteCode, name: r.gemeenteName },
        contractName: r.contractName,
        location: r.placement.location,
        startMoment: r.placement.startMoment,
        offeredOn: r.placement.offeredOn,
        withdrawnOn: r.placement.status === 'actief' ? null : (r.placement.withdrawnOn ?? todayIn(r.placement.updatedAt)),
        visibleUntil: r.placement.status === 'actief' ? null : addMonths(r.placement.withdrawnOn ?? todayIn(r.placement.updatedAt), r.accessMonths),
        reports: placementReportsView(reports.filter((x) => x.placementId === r.placement.id)),
      })),
    };
  });
}
