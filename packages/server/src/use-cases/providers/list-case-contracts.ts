// The contracts a placement of this case may pick: covering the case's gemeente and the route of its
// current PIP, running on the date of the aanbod (R12).
import { eq } from 'drizzle-orm';
import { contractFits, type IsoDate } from '@koers/domain';
import { providerContracts, providers } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findCase } from '../../case-file/find-case.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import { currentPip } from '../traject/traject-support.ts';
import type { UseCaseContext } from '../context.ts';
import { gemeenteNamesOf } from './provider-support.ts';
import { contractView, type CaseContractView } from './providers.view.ts';

export async function listCaseContracts(ctx: UseCaseContext, caseId: string, on: IsoDate): Promise<CaseContractView[]> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId);
    const route = (await currentPip(tx, caseId))?.route ?? null;
    // The case's gemeente and its PIP's route are read to choose the contracts: a read of the case file.
    await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'listCaseContracts', [{ resourceType: 'case', resourceId: caseId, subject: { type: 'case', id: caseId }, gemeenteId: kase.gemeenteId }]);
    const names = await gemeenteNamesOf(tx);
    const rows = await tx
      .select({ contract: providerContracts, providerName: providers.name, instellingsnummer: providers.instellingsnummer })
      .from(providerContracts)
      .innerJoin(providers, eq(providers.id, providerContracts.providerId));
    return rows
      .filter(({ contract: c }) =>
        contractFits(
          { id: c.id, gemeenteIds: c.gemeenteIds, routes: c.routes, keurmerk: c.keurmerk, keurmerkValidUntil: c.keurmerkValidUntil, startsOn: c.startsOn, endsOn: c.endsOn },
          { gemeenteId: kase.gemeenteId, route, on },
        ),
      )
      .map((r) => ({ ...contractView(r.contract, r.providerName, names, on), instellingsnummer: r.instellingsnummer }));
  });
}
