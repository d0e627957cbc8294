// The case file's view of the provider reports: per placement its contract, provider, location,
// start moment and what the provider reported (R13; the traject part shows it).
import { desc, eq } from 'drizzle-orm';
import { casePlacements, placementReports, providerContracts, providers } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findCase } from '../../case-file/find-case.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import { placementReportsView, type CasePlacementReports } from './reports.view.ts';

export async function getCaseReports(ctx: UseCaseContext, caseId: string): Promise<CasePlacementReports[]> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId);
    const rows = await tx
      .select({ placement: casePlacements, contractName: providerContracts.name, reportingEveryWeeks: providerContracts.reportingEveryWeeks, providerName: providers.name })
      .from(casePlacements)
      .leftJoin(providerContracts, eq(providerContracts.id, casePlacements.contractId))
      .leftJoin(providers, eq(providers.id, providerContracts.providerId))
      .where(eq(casePlacements.caseId, caseId))
      .orderBy(desc(casePlacements.offeredOn), desc(casePlacements.createdAt));
    const reports = await tx.select().from(placementReports).where(eq(placementReports.caseId, caseId));
    await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'getCaseReports', [{ resourceType: 'case', resourceId: caseId, subject: { type: 'case', id: caseId }, gemeenteId: kase.gemeenteId }]);
    return rows.map((r) => ({
      placementId: r.placement.id,
      instellingNaam: r.placement.instellingNaam,
      status: r.placement.status,
      contract:
        r.placement.contractId && r.contractName !== null && r.providerName !== null && r.reportingEveryWeeks !== null
          ? { id: r.placement.contractId, name: r.contractName, providerName: r.providerName, reportingEveryWeeks: r.reportingEveryWeeks }
          : null,
      location: r.placement.location,
      startMoment: r.placement.startMoment,
      reports: placementReportsView(reports.filter((x) => x.placementId === r.placement.id)),
    }));
  });
}
