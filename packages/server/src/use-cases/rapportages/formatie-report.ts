/**
 * Formatie (R28) and the figures the prognosis (X5) computes with, per gemeente and for the
 * organisation: the formatie from the settings (seed 000's table), the same calculation from this
 * year's inflow, the trajectregisseurs and their caseload, the route mix of the last PIPs and the
 * contract prices. Aggregates only: counts below the gemeente's threshold are suppressed.
 */
import { and, eq, gte, inArray, isNull, lte, ne, sql } from 'drizzle-orm';
import {
  addYears,
  formatie,
  learningRoutes,
  readGemeenteSettings,
  routeMixFrom,
  sturingSettingsOf,
  suppressSmall,
  type ContractRoute,
  type Formatie,
  type FormatieAssumptions,
  type LearningRoute,
} from '@koers/domain';
import { cases, gemeentenInScope, pips, providerContracts, userGemeenten, users } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { todayIn } from '../../case-file/today.ts';
import type { UseCaseContext } from '../context.ts';
import { logAggregate, reportGemeenten, type ReportGemeente } from './report-scope.ts';
import { isOneOf } from '../../util/guards.ts';
import type { figureSources, FormatieFigures, FormatieReport, RealFormatie } from './rapportages.view.ts';

export type FigureSource = (typeof figureSources)[number];

const formatieOf = (inflow: number, a: FormatieAssumptions): Formatie =>
  formatie({ inflowPerYear: inflow, hoursPerPerson: a.urenPerInburgeraar, spreadYears: a.spreidingJaren, productiveHoursPerFte: a.productieveUrenPerFte, costPerFte: a.kostenPerFte }).value;

const groupOf = (targetGroup: string | null): 'statushouders' | 'gezinsmigranten' | 'overig' =>
  targetGroup === 'asiel' ? 'statushouders' : targetGroup === 'gezin-overig' ? 'gezinsmigranten' : 'overig';

interface Counts {
  inflow: Record<'statushouders' | 'gezinsmigranten' | 'overig', number>;
  open: number;
  unassigned: number;
  perRegisseur: Map<string, number>;
  regisseurs: Set<string>;
  routes: Record<LearningRoute, number>;
}

function realOf(c: Counts, a: FormatieAssumptions, threshold: number): RealFormatie {
  const inflow = c.inflow.statushouders + c.inflow.gezinsmigranten + c.inflow.overig;
  const inflowFigure = suppressSmall(inflow, threshold);
  const assigned = [...c.regisseurs].map((id) => c.perRegisseur.get(id) ?? 0).sort((x, y) => y - x);
  const openFigure = suppressSmall(c.open, threshold);
  return {
    inflow: inflowFigure,
    inflowByGroup: { statushouders: suppressSmall(c.inflow.statushouders, threshold), gezinsmigranten: suppressSmall(c.inflow.gezinsmigranten, threshold), overig: suppressSmall(c.inflow.overig, threshold) },
    openCases: openFigure,
    unassigned: suppressSmall(c.unassigned, threshold),
    regisseurs: c.regisseurs.size,
    caseloads: assigned.map((n) => suppressSmall(n, threshold)),
    averageCaseload: c.regisseurs.size === 0 || openFigure.kind === 'below' ? null : Math.round(((c.open - c.unassigned) / c.regisseurs.size) * 10) / 10,
    formatie: inflowFigure.kind === 'below' ? null : formatieOf(inflow, a),
  };
}

const emptyCounts = (): Counts => ({ inflow: { statushouders: 0, gezinsmigranten: 0, overig: 0 }, open: 0, unassigned: 0, perRegisseur: new Map(), regisseurs: new Set(), routes: { B1: 0, Z: 0, Onderwijs: 0 } });

export async function formatieReport(ctx: UseCaseContext, gemeenteId: string | undefined): Promise<FormatieReport> {
  const gemeenten = reportGemeenten(ctx, gemeenteId);
  if (gemeenten.length === 0) return { gemeenten: [], organisation: null };
  const ids = gemeenten.map((g) => g.id);
  const today = todayIn(ctx.now);
  const year = Number(today.slice(0, 4));
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const settingsRows = await tx.select({ id: gemeentenInScope.id, settings: gemeentenInScope.settings }).from(gemeentenInScope).where(inArray(gemeentenInScope.id, ids));
    const started = sql<string>`coalesce(${cases.dutyStartOn}, ${cases.registeredOn}, (${cases.createdAt} at time zone 'Europe/Amsterdam')::date)`;
    const inflowRows = await tx
      .select({ gemeenteId: cases.gemeenteId, targetGroup: cases.targetGroup, n: sql<number>`count(*)::int` })
      .from(cases)
      .where(and(inArray(cases.gemeenteId, ids), eq(cases.obliged, true), sql`${started} between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date`))
      .groupBy(cases.gemeenteId, cases.targetGroup);
    const openRows = await tx
      .select({ gemeenteId: cases.gemeenteId, caseManagerId: cases.caseManagerId, n: sql<number>`count(*)::int` })
      .from(cases)
      .where(and(inArray(cases.gemeenteId, ids), eq(cases.obliged, true), isNull(cases.closedOn), ne(cases.status, 'gesloten')))
      .groupBy(cases.gemeenteId, cases.caseManagerId);
    const regisseurRows = await tx
      .select({ gemeenteId: userGemeenten.gemeenteId, userId: users.id })
      .from(userGemeenten)
      .innerJoin(users, eq(users.id, userGemeenten.userId))
      .where(and(inArray(userGemeenten.gemeenteId, ids), eq(users.role, 'trajectregisseur'), eq(users.active, true)));
    // The route mix of the PIPs set in the last twelve months (the current version of each case).
    const routeRows = await tx
      .select({ gemeenteId: pips.gemeenteId, route: pips.route, n: sql<number>`count(*)::int` })
      .from(pips)
      .where(and(inArray(pips.gemeenteId, ids), eq(pips.status, 'vastgesteld'), gte(pips.issuedOn, addYears(today, -1))))
      .groupBy(pips.gemeenteId, pips.route);
    const contracts = await tx
      .select({ gemeenteIds: providerContracts.gemeenteIds, routes: providerContracts.routes })
      .from(providerContracts)
      .where(and(lte(providerContracts.startsOn, today), gte(providerContracts.endsOn, today)));

    const counts = new Map<string, Counts>(ids.map((id) => [id, emptyCounts()]));
    for (const r of inflowRows) counts.get(r.gemeenteId)!.inflow[groupOf(r.targetGroup)] += r.n;
    for (const r of openRows) {
      const c = counts.get(r.gemeenteId)!;
      c.open += r.n;
      if (r.caseManagerId === null) c.unassigned += r.n;
      else c.perRegisseur.set(r.caseManagerId, (c.perRegisseur.get(r.caseManagerId) ?? 0) + r.n);
    }
    for (const r of regisseurRows) counts.get(r.gemeenteId)!.regisseurs.add(r.userId);
    for (const r of routeRows) if (isOneOf(learningRoutes, r.route)) counts.get(r.gemeenteId)!.routes[r.route] += r.n;
    // Cases of someone who is no (longer) a regisseur of the gemeente count as unassigned.
    for (const c of counts.values()) for (const [userId, n] of c.perRegisseur) if (!c.regisseurs.has(userId)) c.unassigned += n;

    const figures = gemeenten.map((g): FormatieFigures => {
      const stored = readGemeenteSettings(settingsRows.find((s) => s.id === g.id)?.settings);
      const sturing = sturingSettingsOf(stored);
      const a = sturing.formatie;
      const threshold = sturing.kleineAantallenDrempel;
      const c = counts.get(g.id)!;
      const planned = a.geplandeInstroom.statushouders + a.geplandeInstroom.gezinsmigranten + a.geplandeInstroom.overig;
      const pipCount = learningRoutes.reduce((sum, r) => sum + c.routes[r], 0);
      // Too few PIPs to show would also be too few to show as a mix: then the setting applies.
      const fromPips = pipCount >= threshold;
      return {
        gemeente: { id: g.id, name: g.name },
        year,
        assumptions: a,
        kleineAantallenDrempel: threshold,
        fromSettings: formatieOf(planned, a),
        real: realOf(c, a, threshold),
        routeMix: { mix: fromPips ? routeMixFrom(c.routes, a.routeMix) : a.routeMix, source: fromPips ? 'gegevens' : 'instelling', pips: suppressSmall(pipCount, threshold) },
        leerroutePrijzen: pricesFor(g, contracts, a),
      };
    });
    await logAggregate(tx, ctx, 'formatieReport', 'rapportage-formatie', gemeenten);
    return { gemeenten: figures, organisation: gemeenten.length > 1 ? organisationOf(figures, [...counts.values()]) : null };
  });
}

/** The average contract price per route over the running contracts that cover the gemeente, else the setting. */
function pricesFor(g: ReportGemeente, contracts: { gemeenteIds: string[]; routes: ContractRoute[] }[], a: FormatieAssumptions): FormatieFigures['leerroutePrijzen'] {
  const prices = { ...a.leerroutePrijzen };
  const sources: Record<LearningRoute, FigureSource> = { B1: 'instelling', Z: 'instelling', Onderwijs: 'instelling' };
  for (const route of learningRoutes) {
    const found = contracts.filter((c) => c.gemeenteIds.includes(g.id)).flatMap((c) => c.routes.filter((r) => r.route === route).map((r) => r.priceCents));
    if (found.length === 0) continue;
    prices[route] = Math.round(found.reduce((x, y) => x + y, 0) / found.length);
    sources[route] = 'gegevens';
  }
  return { prices, sources };
}

function organisationOf(figures: FormatieFigures[], counts: Counts[]): NonNullable<FormatieReport['organisation']> {
  const sum = (f: (x: Formatie) => number) => figures.reduce((a, x) => a + f(x.fromSettings), 0);
  // Running cases by each gemeente's own plan and spread, for the organisation's caseload.
  const running = figures.reduce((a, x) => a + (x.assumptions.geplandeInstroom.statushouders + x.assumptions.geplandeInstroom.gezinsmigranten + x.assumptions.geplandeInstroom.overig) * x.assumptions.spreidingJaren, 0);
  const fte = Math.round(sum((x) => x.fte) * 10) / 10;
  const all = emptyCounts();
  for (const c of counts) {
    for (const k of ['statushouders', 'gezinsmigranten', 'overig'] as const) all.inflow[k] += c.inflow[k];
    all.open += c.open;
    all.unassigned += c.unassigned;
    for (const id of c.regisseurs) all.regisseurs.add(id);
    for (const [id, n] of c.perRegisseur) if (c.regisseurs.has(id)) all.perRegisseur.set(id, (all.perRegisseur.get(id) ?? 0) + n);
  }
  // The settings-based figures are the sum of each gemeente's own calculation; the real formatie of
  // the organisation applies the first gemeente's assumptions to the summed inflow.
  const threshold = Math.max(...figures.map((f) => f.kleineAantallenDrempel));
  const first = figures[0]!.assumptions;
  return {
    gemeenten: figures.length,
    fromSettings: { hoursPerYear: sum((x) => x.hoursPerYear), fte, cost: sum((x) => x.cost), caseload: fte === 0 ? null : Math.round(running / fte) },
    real: realOf(all, first, threshold),
  };
}
