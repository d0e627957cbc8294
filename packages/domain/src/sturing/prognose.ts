// Prognosis of inflow, route mix, costs and formatie for three years (X5; seed 000's formatiecalculatie,
// seed 002 §7 meerjarenraming). Pure: the beleidsadviseur's what-if runs this in the browser on
// every keystroke, from the figures the server returns.
import { formatie, roundHalfUp, type Formatie } from '../rules/formatie.ts';
import { learningRoutes, type LearningRoute } from '../rules/types.ts';
import type { RouteCounts } from './sturing-settings.ts';

export const prognoseScenarios = ['laag', 'plan', 'hoog'] as const;
export type PrognoseScenario = (typeof prognoseScenarios)[number];

/** Inflow change of the low and high scenario against plan, in percent (issue 16: −35 % / +35 %). */
export const SCENARIO_AFWIJKING_PROCENT = 35;

export interface Instroom {
  readonly statushouders: number;
  readonly gezinsmigranten: number;
  readonly overig: number;
}

export interface PrognoseInput {
  /** First calendar year of the prognosis. */
  readonly startYear: number;
  /** Number of years (issue 16: three). */
  readonly years: number;
  /** Planned inflow per year, per group. */
  readonly instroom: Instroom;
  /** Route mix of statushouders in percent (sums to 100). */
  readonly routeMix: RouteCounts;
  /** Price per leerroute in cents. */
  readonly leerroutePrijzen: Readonly<Record<LearningRoute, number>>;
  readonly urenPerInburgeraar: number;
  readonly spreidingJaren: number;
  readonly productieveUrenPerFte: number;
  /** Cents per FTE per year. */
  readonly kostenPerFte: number;
}

export interface PrognoseJaar {
  readonly year: number;
  /** Cohorts running in this year (1 in the first year, up to spreidingJaren). */
  readonly cohorten: number;
  readonly regie: Formatie;
  /** Cents per route for the statushouders starting this year. */
  readonly leerrouteKosten: Readonly<Record<LearningRoute, number>>;
  /** Cents: regie + every leerroute. */
  readonly totaal: number;
}

export interface PrognoseLine {
  readonly scenario: PrognoseScenario;
  readonly instroom: Instroom;
  /** Statushouders per route per year, rounded half up (shown; costs use the unrounded share). */
  readonly routes: Readonly<Record<LearningRoute, number>>;
  readonly jaren: readonly PrognoseJaar[];
  /** Cents over all years. */
  readonly totaal: number;
}

/**
 * The low scenario is plan − 35 % rounded half up; the high one is mirrored (2 × plan − low), so
 * both lie exactly as far from plan, whole persons each.
 */
export function scenarioInstroom(plan: number, scenario: PrognoseScenario): number {
  const low = roundHalfUp((plan * (100 - SCENARIO_AFWIJKING_PROCENT)) / 100);
  switch (scenario) {
    case 'laag':
      return low;
    case 'plan':
      return plan;
    case 'hoog':
      return 2 * plan - low;
    default:
      return scenario satisfies never;
  }
}

/** A value for each leerroute, keyed in the order of `learningRoutes`. */
function perRoute<V>(value: (route: LearningRoute) => V): Record<LearningRoute, V> {
  return { B1: value('B1'), Z: value('Z'), Onderwijs: value('Onderwijs') };
}

/** Route mix in percent from counted routes (the last PIPs); the fallback when nothing was counted. */
export function routeMixFrom(counts: RouteCounts, fallback: RouteCounts): RouteCounts {
  const total = learningRoutes.reduce((a, r) => a + counts[r], 0);
  if (total === 0) return fallback;
  // Largest remainder, so the percentages are whole and sum to 100.
  const exact = learningRoutes.map((r) => ({ r, v: (counts[r] * 100) / total }));
  const mix = perRoute((r) => Math.floor((counts[r] * 100) / total));
  let left = 100 - learningRoutes.reduce((a, r) => a + mix[r], 0);
  for (const e of [...exact].sort((a, b) => b.v - Math.floor(b.v) - (a.v - Math.floor(a.v)))) {
    if (left <= 0) break;
    mix[e.r] += 1;
    left -= 1;
  }
  return mix;
}

// Formatiecalculatie (seed 000) per year of a cohort build-up, with leerroute costs of asielstatushouders (art. 16 lid 1 Wet inburgering 2021: the college offers them the leerroute)
export function prognose(input: PrognoseInput, scenario: PrognoseScenario): PrognoseLine {
  const instroom: Instroom = {
    statushouders: scenarioInstroom(input.instroom.statushouders, scenario),
    gezinsmigranten: scenarioInstroom(input.instroom.gezinsmigranten, scenario),
    overig: scenarioInstroom(input.instroom.overig, scenario),
  };
  const mixTotal = learningRoutes.reduce((a, r) => a + input.routeMix[r], 0);
  const share = (r: LearningRoute): number => (mixTotal === 0 ? 0 : input.routeMix[r] / mixTotal);
  const perYear = instroom.statushouders + instroom.gezinsmigranten + instroom.overig;
  const routes = perRoute((r) => roundHalfUp(instroom.statushouders * share(r)));
  const leerrouteKosten = perRoute((r) => roundHalfUp(instroom.statushouders * share(r) * input.leerroutePrijzen[r]));
  const leerrouteTotaal = learningRoutes.reduce((a, r) => a + leerrouteKosten[r], 0);
  const jaren: PrognoseJaar[] = [];
  for (let i = 0; i < input.years; i++) {
    // Each running cohort needs hours/spreidingJaren a year; in year i+1 at most i+1 cohorts run.
    const cohorten = Math.min(i + 1, input.spreidingJaren);
    const regie = formatie({
      inflowPerYear: (perYear * cohorten) / input.spreidingJaren,
      hoursPerPerson: input.urenPerInburgeraar,
      spreadYears: input.spreidingJaren,
      productiveHoursPerFte: input.productieveUrenPerFte,
      costPerFte: input.kostenPerFte,
    }).value;
    jaren.push({ year: input.startYear + i, cohorten, regie, leerrouteKosten, totaal: regie.cost + leerrouteTotaal });
  }
  return { scenario, instroom, routes, jaren, totaal: jaren.reduce((a, j) => a + j.totaal, 0) };
}

/** The three scenarios, low to high. */
export function prognoseScenarioLines(input: PrognoseInput): readonly PrognoseLine[] {
  return prognoseScenarios.map((s) => prognose(input, s));
}
