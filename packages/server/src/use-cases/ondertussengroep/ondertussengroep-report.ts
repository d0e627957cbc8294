/**
 * Counts of the ondertussengroep per gemeente, apart from the Wi2021 caseload (issue 12, seed 003:
 * the ondertussengroep has its own budget). Aggregates only: no names, no ids of cases.
 */
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { loanStatuses, ontheffingStatuses, supportOfferKinds, supportPlanStatuses } from '@koers/domain';
import { cases, ontheffingRequests, supportPlans } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { asLoanStatus, asOntheffingStatus, asPlanStatus, offersOf } from './ondertussengroep-support.ts';
import { recordOf } from '../../util/records.ts';
import type { OndertussengroepCounts } from './ondertussengroep.view.ts';


const zeros = <K extends string>(keys: readonly K[]): Record<K, number> => recordOf(keys, () => 0);

export async function ondertussengroepReport(ctx: UseCaseContext, gemeenteId?: string): Promise<OndertussengroepCounts[]> {
  const gemeenten = ctx.principal.gemeenten.filter((g) => gemeenteId === undefined || g.id === gemeenteId);
  if (gemeenteId !== undefined && gemeenten.length === 0) throw new AppError('NOT_FOUND', { field: 'gemeenteId', message: 'Deze gemeente bestaat niet of u heeft er geen toegang toe.' });
  const ids = gemeenten.map((g) => g.id);
  if (ids.length === 0) return [];
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const open = and(inArray(cases.gemeenteId, ids), eq(cases.obliged, true), isNull(cases.closedOn), sql`${cases.status} <> 'gesloten'`);
    const perRegime = await tx
      .select({ gemeenteId: cases.gemeenteId, regime: cases.regime, elip: cases.elip, n: sql<number>`count(*)::int` })
      .from(cases)
      .where(open)
      .groupBy(cases.gemeenteId, cases.regime, cases.elip);
    // One row per Wi2013 case (the ondertussengroep is hundreds per gemeente at most, seed 003: ~130).
    const light = await tx
      .select({ gemeenteId: cases.gemeenteId, elip: cases.elip, status: supportPlans.status, loanStatus: supportPlans.loanStatus, offers: supportPlans.offers })
      .from(cases)
      .leftJoin(supportPlans, eq(supportPlans.caseId, cases.id))
      .where(and(open, eq(cases.regime, 'Wi2013')));
    const requests = await tx
      .select({ gemeenteId: cases.gemeenteId, status: ontheffingRequests.status, n: sql<number>`count(*)::int` })
      .from(ontheffingRequests)
      .innerJoin(cases, eq(cases.id, ontheffingRequests.caseId))
      .where(and(open, eq(cases.regime, 'Wi2013')))
      .groupBy(cases.gemeenteId, ontheffingRequests.status);

    return gemeenten.map((g) => {
      const mine = perRegime.filter((r) => r.gemeenteId === g.id);
      const ondertussengroep = mine.filter((r) => r.regime === 'Wi2013').reduce((a, r) => a + r.n, 0);
      const elip = mine.filter((r) => r.regime === 'Wi2013' && r.elip).reduce((a, r) => a + r.n, 0);
      const row: OndertussengroepCounts = {
        gemeente: { id: g.id, name: g.name },
        wi2021: mine.filter((r) => r.regime === 'Wi2021').reduce((a, r) => a + r.n, 0),
        ondertussengroep,
        elip,
        plans: { ...zeros(supportPlanStatuses), geen: 0 },
        offers: zeros(supportOfferKinds),
        loan: zeros(loanStatuses),
        ontheffingen: zeros(ontheffingStatuses),
      };
      for (const c of light.filter((l) => l.gemeenteId === g.id)) {
        if (c.status === null) {
          row.plans.geen += 1;
          // Without a plan, the import's ELIP flag is all Koers knows of the loan.
          row.loan[c.elip ? 'op' : 'onbekend'] += 1;
          continue;
        }
        const status = asPlanStatus(c.status);
        row.plans[status] += 1;
        row.loan[asLoanStatus(c.loanStatus ?? 'onbekend')] += 1;
        if (status !== 'concept') for (const kind of new Set(offersOf(c.offers).map((o) => o.kind))) row.offers[kind] += 1;
      }
      for (const r of requests.filter((q) => q.gemeenteId === g.id)) row.ontheffingen[asOntheffingStatus(r.status)] += r.n;
      return row;
    });
  });
}
