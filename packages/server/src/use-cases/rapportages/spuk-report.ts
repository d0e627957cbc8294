/**
 * SPUK (R27) per gemeente and year: the entitlement computed from the cases (amounts per target
 * group, tranche split, the 31-December rule with moves from the case links), the spending per
 * voorziening (contract prices of placements, interpreter bookings, cost lines), budget against
 * spending, and the ondertussengroep (Wi2013) apart. Aggregates only.
 */
import { and, eq, inArray, ne, sql } from 'drizzle-orm';
import {
  defaultSettings,
  learningRoutes,
  readGemeenteSettings,
  settingsForGemeente,
  spukEntitlement,
  sturingSettingsOf,
  suppressSmall,
  voorzieningen,
  zeroPerVoorziening,
  type PerVoorziening,
  type Residence,
  type SpukAmounts,
  type SpukPerson,
  type TargetGroup,
  type Voorziening,
} from '@koers/domain';
import { caseLinks, cases, costLines, gemeentenInScope, interpreterBookings, casePlacements, pips, providerContracts } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { todayIn } from '../../case-file/today.ts';
import type { UseCaseContext } from '../context.ts';
import { logAggregate, reportGemeenten } from './report-scope.ts';
import { isOneOf } from '../../util/guards.ts';
import type { Spending, SpukFigures, SpukReport, SpukYear } from './rapportages.view.ts';

const isTargetGroup = (v: string | null): v is TargetGroup => v === 'asiel' || v === 'gezin-overig';
const yearOf = (d: string): number => Number(d.slice(0, 4));
const addTo = (p: Record<Voorziening, number>, v: Voorziening, cents: number) => {
  p[v] += cents;
};
const sumOf = (p: PerVoorziening): number => voorzieningen.reduce((a, v) => a + p[v], 0);

/** A year before suppression: the organisation adds raw counts and suppresses the sum. */
interface RawYear extends Omit<SpukYear, 'entitlement' | 'ondertussengroep'> {
  entitlement: { persons: number; perVoorziening: PerVoorziening; total: number };
  ondertussengroep: { persons: number; spending: Spending };
}

const shown = (y: RawYear, threshold: number): SpukYear => ({
  ...y,
  entitlement: { ...y.entitlement, persons: suppressSmall(y.entitlement.persons, threshold) },
  ondertussengroep: { ...y.ondertussengroep, persons: suppressSmall(y.ondertussengroep.persons, threshold) },
});

interface Bucket {
  wi2021: Record<Voorziening, number>;
  wi2013: Record<Voorziening, number>;
}

export async function spukReport(ctx: UseCaseContext, gemeenteId: string | undefined): Promise<SpukReport> {
  const gemeenten = reportGemeenten(ctx, gemeenteId);
  if (gemeenten.length === 0) return { gemeenten: [], organisation: null };
  const ids = gemeenten.map((g) => g.id);
  const thisYear = yearOf(todayIn(ctx.now));
  const years = [thisYear - 2, thisYear - 1, thisYear, thisYear + 1, thisYear + 2];
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const settingsRows = await tx.select({ id: gemeentenInScope.id, settings: gemeentenInScope.settings }).from(gemeentenInScope).where(inArray(gemeentenInScope.id, ids));
    const start = sql<string>`coalesce(${cases.dutyStartOn}, ${cases.registeredOn}, (${cases.createdAt} at time zone 'Europe/Amsterdam')::date)::text`;
    const caseRows = await tx
      .select({ id: cases.id, gemeenteId: cases.gemeenteId, targetGroup: cases.targetGroup, regime: cases.regime, start, closedOn: cases.closedOn })
      .from(cases)
      .where(and(inArray(cases.gemeenteId, ids), eq(cases.obliged, true)));
    const moves = await tx
      .select({ caseId: caseLinks.caseId, kind: caseLinks.kind, otherGemeenteCode: caseLinks.otherGemeenteCode, movedOn: caseLinks.movedOn })
      .from(caseLinks)
      .where(and(inArray(caseLinks.gemeenteId, ids), inArray(caseLinks.kind, ['verhuisd-naar', 'verhuisd-uit'])));
    const placements = await tx
      .select({ gemeenteId: casePlacements.gemeenteId, offeredOn: casePlacements.offeredOn, regime: cases.regime, contractRoutes: providerContracts.routes, route: pips.route })
      .from(casePlacements)
      .innerJoin(cases, eq(cases.id, casePlacements.caseId))
      .leftJoin(providerContracts, eq(providerContracts.id, casePlacements.contractId))
      .leftJoin(pips, and(eq(pips.caseId, casePlacements.caseId), eq(pips.status, 'vastgesteld')))
      .where(and(inArray(casePlacements.gemeenteId, ids), eq(casePlacements.status, 'actief')));
    const bookings = await tx
      .select({ gemeenteId: interpreterBookings.gemeenteId, year: sql<number>`extract(year from ${interpreterBookings.bookedOn})::int`, regime: cases.regime, cents: sql<number>`sum(${interpreterBookings.costCents})::int` })
      .from(interpreterBookings)
      .innerJoin(cases, eq(cases.id, interpreterBookings.caseId))
      .where(and(inArray(interpreterBookings.gemeenteId, ids), ne(interpreterBookings.status, 'geannuleerd')))
      .groupBy(interpreterBookings.gemeenteId, sql`2`, cases.regime);
    const lines = await tx
      .select({ gemeenteId: costLines.gemeenteId, year: costLines.year, voorziening: costLines.voorziening, ondertussengroep: costLines.ondertussengroep, cents: sql<number>`sum(${costLines.amountCents})::int` })
      .from(costLines)
      .where(inArray(costLines.gemeenteId, ids))
      .groupBy(costLines.gemeenteId, costLines.year, costLines.voorziening, costLines.ondertussengroep);

    const movesOf = new Map<string, typeof moves>();
    for (const m of moves) movesOf.set(m.caseId, [...(movesOf.get(m.caseId) ?? []), m]);

    const raw = gemeenten.map((g) => {
      const own = readGemeenteSettings(settingsRows.find((s) => s.id === g.id)?.settings);
      const sturing = sturingSettingsOf(own);
      const threshold = sturing.kleineAantallenDrempel;
      const mine = caseRows.filter((c) => c.gemeenteId === g.id);
      const isWi2013 = (regime: string | null) => regime === 'Wi2013';
      const persons: SpukPerson[] = mine
        .flatMap((c) => (!isWi2013(c.regime) && isTargetGroup(c.targetGroup) ? [{ targetGroup: c.targetGroup, firstYear: yearOf(c.start), residences: residencesOf(g.code, c.start, movesOf.get(c.id) ?? []) }] : []));
      // SPUK amounts of each year as the settings of that year give them (the person's first year).
      const amountsOf = (year: number): SpukAmounts => settingsForGemeente(defaultSettings, year, g.code, own).spuk;
      const byFirstYear = new Map<number, SpukPerson[]>();
      for (const p of persons) byFirstYear.set(p.firstYear, [...(byFirstYear.get(p.firstYear) ?? []), p]);
      const entitlement = [...byFirstYear.entries()].flatMap(([first, group]) => spukEntitlement(group, g.code, amountsOf(first), sturing.spukTrancheVerdeling));

      const spend = new Map<number, Bucket>(years.map((y) => [y, { wi2021: zeroPerVoorziening(), wi2013: zeroPerVoorziening() }]));
      let withoutPrice = 0;
      for (const p of placements.filter((x) => x.gemeenteId === g.id)) {
        const route = isOneOf(learningRoutes, p.route) ? p.route : null;
        const price = route === null || p.contractRoutes === null ? undefined : p.contractRoutes.find((r) => r.route === route)?.priceCents;
        if (price === undefined) {
          withoutPrice += 1;
          continue;
        }
        const bucket = spend.get(yearOf(p.offeredOn));
        if (bucket) addTo(isWi2013(p.regime) ? bucket.wi2013 : bucket.wi2021, 'leerroute', price);
      }
      for (const b of bookings.filter((x) => x.gemeenteId === g.id)) {
        const bucket = spend.get(b.year);
        if (bucket) addTo(isWi2013(b.regime) ? bucket.wi2013 : bucket.wi2021, 'tolk', b.cents);
      }
      for (const l of lines.filter((x) => x.gemeenteId === g.id)) {
        const bucket = spend.get(l.year);
        if (bucket && isOneOf(voorzieningen, l.voorziening)) addTo(l.ondertussengroep ? bucket.wi2013 : bucket.wi2021, l.voorziening, l.cents);
      }
      const yearRows = years.map((year): RawYear => {
        const e = entitlement.filter((x) => x.year === year);
        const per = zeroPerVoorziening();
        for (const x of e) for (const v of voorzieningen) per[v] += x.perVoorziening[v];
        const total = sumOf(per);
        const bucket = spend.get(year)!;
        const wi2013Persons = mine.filter((c) => isWi2013(c.regime) && yearOf(c.start) <= year && (c.closedOn === null || yearOf(c.closedOn) >= year)).length;
        return {
          year,
          entitlement: { persons: e.reduce((a, x) => a + x.persons, 0), perVoorziening: per, total },
          spending: { perVoorziening: bucket.wi2021, total: sumOf(bucket.wi2021) },
          balance: total - sumOf(bucket.wi2021),
          ondertussengroep: { persons: wi2013Persons, spending: { perVoorziening: bucket.wi2013, total: sumOf(bucket.wi2013) } },
        };
      });
      return { gemeente: { id: g.id, name: g.name }, years: yearRows, trancheVerdeling: sturing.spukTrancheVerdeling, threshold, withoutPrice };
    });
    await logAggregate(tx, ctx, 'spukReport', 'rapportage-spuk', gemeenten);
    const figures = raw.map(
      (r): SpukFigures => ({ gemeente: r.gemeente, years: r.years.map((y) => shown(y, r.threshold)), trancheVerdeling: [...r.trancheVerdeling], kleineAantallenDrempel: r.threshold, placementsWithoutPrice: suppressSmall(r.withoutPrice, r.threshold) }),
    );
    return { gemeenten: figures, organisation: raw.length > 1 ? organisationOf(raw) : null };
  });
}

/**
 * Where the person lived, as far as this gemeente's case knows: here from the start; before a move
 * in ('verhuisd-uit': came from the other gemeente) the other gemeente; after a move out
 * ('verhuisd-naar') the other gemeente, or none when it is not known.
 */
export function residencesOf(code: string, start: string, moves: readonly { kind: string; otherGemeenteCode: string | null; movedOn: string | null }[]): Residence[] {
  const residences: Residence[] = [{ gemeente: code, from: start }];
  for (const m of moves) {
    if (m.movedOn === null) continue;
    if (m.kind === 'verhuisd-uit') {
      residences[0] = { gemeente: m.otherGemeenteCode, from: start < m.movedOn ? start : '1900-01-01' };
      residences.push({ gemeente: code, from: m.movedOn });
    } else residences.push({ gemeente: m.otherGemeenteCode, from: m.movedOn });
  }
  // No two residences share a day: the later entry (the move) wins.
  const byDay = new Map<string, Residence>();
  for (const r of residences) byDay.set(r.from, r);
  return [...byDay.values()];
}

function organisationOf(raw: { years: RawYear[]; trancheVerdeling: readonly number[]; threshold: number; withoutPrice: number }[]): SpukFigures {
  const first = raw[0]!;
  // The strictest threshold of the gemeenten applies to the organisation's sums.
  const threshold = Math.max(...raw.map((r) => r.threshold));
  const plus = (ps: PerVoorziening[]): Record<Voorziening, number> => {
    const out = zeroPerVoorziening();
    for (const p of ps) for (const v of voorzieningen) out[v] += p[v];
    return out;
  };
  return {
    gemeente: null,
    trancheVerdeling: [...first.trancheVerdeling],
    kleineAantallenDrempel: threshold,
    placementsWithoutPrice: suppressSmall(raw.reduce((a, r) => a + r.withoutPrice, 0), threshold),
    years: first.years.map((y, i) => {
      const rows = raw.map((r) => r.years[i]!);
      const entitlement = plus(rows.map((r) => r.entitlement.perVoorziening));
      const spending = plus(rows.map((r) => r.spending.perVoorziening));
      const wi2013 = plus(rows.map((r) => r.ondertussengroep.spending.perVoorziening));
      return shown(
        {
          year: y.year,
          entitlement: { persons: rows.reduce((a, r) => a + r.entitlement.persons, 0), perVoorziening: entitlement, total: sumOf(entitlement) },
          spending: { perVoorziening: spending, total: sumOf(spending) },
          balance: sumOf(entitlement) - sumOf(spending),
          ondertussengroep: { persons: rows.reduce((a, r) => a + r.ondertussengroep.persons, 0), spending: { perVoorziening: wi2013, total: sumOf(wi2013) } },
        },
        threshold,
      );
    }),
  };
}
