// Glue between the PIP tables and the rules core: which advice applies, which settings, and the
// checks that decide whether a concept PIP can be vastgesteld. No legal rule is decided here;
// the domain package decides (validatePipForDuo, mapRequired, financialRelief, …).
import { and, desc, eq, isNotNull } from 'drizzle-orm';
import {
  financialRelief,
  isAfter,
  learningRoutes,
  mapRequired,
  routeLabel,
  validatePipForDuo,
  type DuoPipError,
  type DuoPipInput,
  type Explanation,
  type IsoDate,
  type LearningRoute,
  type TargetGroup,
  type YearSettings,
} from '@koers/domain';
import { yearSettingsOf } from '../../gemeenten/settings.ts';
import type { Tx } from '../../db/database.ts';
import { learnabilityEvidence, learnabilityTests } from '../../db/schema.ts';
import type { pips } from '../../db/schema.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import type { ChangeException, ChangeReason, RouteMotivation } from './pip.types.ts';
import { isOneOf } from '../../util/guards.ts';

export type PipRow = typeof pips.$inferSelect;

/** The stored `motivation` jsonb: per route, plus the legal ground of a change. */
export interface StoredMotivation {
  routes: RouteMotivation;
  change?: ChangeRecord;
}

export interface ChangeRecord {
  reason: ChangeReason;
  /** The rules core's answer that allowed the change (route change, A2 downgrade). */
  explanation?: Explanation;
  previousRoute?: LearningRoute | null;
  exception?: ChangeException | null;
  dutchCourseHours?: number;
  sufficientEffort?: boolean;
}

export interface StoredRelief {
  bijstandFrom: IsoDate | null;
  applies: boolean;
  from: IsoDate | null;
  toExclusive: IsoDate | null;
  localToExclusive: IsoDate | null;
  explanation: Explanation;
}

export function isLearningRoute(value: unknown): value is LearningRoute {
  return isOneOf(learningRoutes, value);
}

export function isTargetGroup(value: unknown): value is TargetGroup {
  return value === 'asiel' || value === 'gezin-overig';
}

/** The stored motivation with its routes filled in (a new row's column holds `{}`). */
export function storedMotivation(value: Partial<StoredMotivation> | undefined): StoredMotivation {
  const routes = value?.routes ?? {};
  const out: RouteMotivation = {};
  for (const r of learningRoutes) {
    const t = routes[r];
    if (typeof t === 'string') out[r] = t;
  }
  return { routes: out, ...(value?.change ? { change: value.change } : {}) };
}

/** The stored relief; null when none was computed. */
export function storedRelief(value: StoredRelief | null): StoredRelief | null {
  return value !== null && typeof value.applies === 'boolean' ? value : null;
}

/** The kind of document: a beschikking for asielstatushouders, an advies for gezinsmigranten / overige migranten. */
export function kindFor(targetGroup: string | null): 'beschikking' | 'advies' {
  return targetGroup === 'gezin-overig' ? 'advies' : 'beschikking';
}

// ── Advice of the leerbaarheidstoets / extra evidence ─────────────────────────────────────────

export interface RouteAdvice {
  route: LearningRoute;
  /** 'leerbaarheidstoets', or the kind of extra evidence ('startklas', 'assessment'). */
  source: string;
  on: IsoDate | null;
}

/** The latest route advice: the leerbaarheidstoets or later extra evidence (startklas, assessment), whichever is newer. */
export async function latestAdvice(tx: Tx, caseId: string): Promise<RouteAdvice | null> {
  const [test] = await tx
    .select({ route: learnabilityTests.advisedRoute, on: learnabilityTests.resultOn, at: learnabilityTests.updatedAt })
    .from(learnabilityTests)
    .where(and(eq(learnabilityTests.caseId, caseId), isNotNull(learnabilityTests.advisedRoute)))
    .orderBy(desc(learnabilityTests.resultOn), desc(learnabilityTests.updatedAt))
    .limit(1);
  const [evidence] = await tx
    .select({ route: learnabilityEvidence.advisedRoute, on: learnabilityEvidence.observedOn, kind: learnabilityEvidence.kind })
    .from(learnabilityEvidence)
    .where(and(eq(learnabilityEvidence.caseId, caseId), isNotNull(learnabilityEvidence.advisedRoute)))
    .orderBy(desc(learnabilityEvidence.observedOn), desc(learnabilityEvidence.createdAt))
    .limit(1);
  const fromTest = test && isLearningRoute(test.route) ? { route: test.route, source: 'leerbaarheidstoets', on: test.on } : null;
  const fromEvidence = evidence && isLearningRoute(evidence.route) ? { route: evidence.route, source: evidence.kind, on: evidence.on } : null;
  if (fromTest && fromEvidence) {
    return fromTest.on !== null && !isAfter(fromEvidence.on, fromTest.on) ? fromTest : fromEvidence;
  }
  return fromTest ?? fromEvidence;
}

// ── Settings ──────────────────────────────────────────────────────────────────────────────────

/** National settings of the year, with the gemeente's own settings laid over them (src/gemeenten/settings.ts). */
export const settingsOf = yearSettingsOf;

// ── Financieel ontzorgen ──────────────────────────────────────────────────────────────────────

export function reliefFor(caseRow: CaseRow, bijstandFrom: IsoDate | null, settings: YearSettings): StoredRelief {
  const r = financialRelief({
    obliged: caseRow.obliged ?? false,
    permit: caseRow.permit === 'asiel' ? 'asiel' : 'regulier',
    bijstandFrom,
    localExtensionMonths: settings.reliefLocalExtensionMonths,
  });
  return { bijstandFrom, ...r.value, explanation: r.explanation };
}

// ── Validation before vaststellen ─────────────────────────────────────────────────────────────

export interface PipProblem {
  field: string;
  code: string;
  message: string;
}

export interface PipValidation {
  /** Both DUO's rules (D1) and Koers's completeness checks pass: the PIP can be vastgesteld. */
  accepted: boolean;
  /** The dagtekening the check used. */
  issuedOn: IsoDate;
  duo: { accepted: boolean; errors: PipProblem[]; explanation: Explanation } | null;
  /** Completeness checks from the law (art. 15 Wi 2021) and preconditions for DUO's check. */
  problems: PipProblem[];
  deviatesFromAdvice: boolean;
  summary: string;
}

/** The order in which validatePipForDuo reports its failures (its explanation steps follow this order). */
const duoErrorOrder: readonly DuoPipError[] = [
  'before-duty-start',
  'before-settlement',
  'before-initial-pip',
  'before-current-pip',
  'a2-with-onderwijsroute',
  'b1-with-z-route',
  'a2-on-first-pip',
  'intensity-not-allowed',
];

const duoErrorField: Record<DuoPipError, string> = {
  'before-duty-start': 'issuedOn',
  'before-settlement': 'issuedOn',
  'before-initial-pip': 'issuedOn',
  'before-current-pip': 'issuedOn',
  'a2-with-onderwijsroute': 'level',
  'b1-with-z-route': 'level',
  'a2-on-first-pip': 'level',
  'intensity-not-allowed': 'estimatedB1Intensity',
};

const blank = (s: string | null | undefined): boolean => s === null || s === undefined || s.trim() === '';

export interface ValidationContext {
  caseRow: CaseRow;
  /** All PIP versions of the case (any order). */
  versions: readonly PipRow[];
  advice: RouteAdvice | null;
}

/** Day the person settled in this gemeente, for DUO's check: after a move the new registration, otherwise the BRP registration. */
export function settledOn(caseRow: CaseRow): IsoDate | null {
  return caseRow.movedInOn ?? caseRow.registeredOn ?? caseRow.housedOn ?? null;
}

export function deviatesFromAdvice(route: string | null, advice: RouteAdvice | null): boolean {
  return advice !== null && isLearningRoute(route) && route !== advice.route;
}

/** The input of DUO's PIP check (D1) for this draft and dagtekening, or null while an input is unknown. */
export function duoPipInput(ctx: ValidationContext, draft: PipRow, issuedOn: IsoDate): DuoPipInput | null {
  const { caseRow, versions } = ctx;
  const route = isLearningRoute(draft.route) ? draft.route : null;
  const targetGroup = isTargetGroup(caseRow.targetGroup) ? caseRow.targetGroup : null;
  const settled = settledOn(caseRow);
  if (route === null || targetGroup === null || caseRow.dutyStartOn === null || settled === null) return null;
  const change = storedMotivation(draft.motivation).change;
  const issued = versions.filter((v) => v.status !== 'concept' && v.issuedOn !== null && v.id !== draft.id).sort((a, b) => a.version - b.version);
  return {
    dutyStart: caseRow.dutyStartOn,
    settledOn: settled,
    issuedOn,
    initialPipIssuedOn: issued[0]?.issuedOn ?? null,
    currentPipIssuedOn: issued[issued.length - 1]?.issuedOn ?? null,
    route,
    level: draft.level === 'A2' || draft.level === 'B1' ? draft.level : null,
    // The first PIP of the person anywhere: none here before, and not after a move from a gemeente that set one.
    firstPipEver: issued.length === 0 && change?.reason !== 'move' && caseRow.movedInOn === null,
    targetGroup,
    estimatedB1Intensity: draft.estimatedB1Intensity !== null,
  };
}

export function validateDraft(ctx: ValidationContext, draft: PipRow, issuedOn: IsoDate): PipValidation {
  const { caseRow, versions, advice } = ctx;
  const problems: PipProblem[] = [];
  const add = (field: string, code: string, message: string) => problems.push({ field, code, message });
  const route = isLearningRoute(draft.route) ? draft.route : null;
  const targetGroup = isTargetGroup(caseRow.targetGroup) ? caseRow.targetGroup : null;
  const motivation = storedMotivation(draft.motivation);
  const change = motivation.change;
  const deviates = deviatesFromAdvice(route, advice);

  if (targetGroup === null) add('targetGroup', 'target-group-unknown', 'De doelgroep is nog niet bepaald: stel eerst de inburgeringsplicht vast (art. 13 en 19 Wet inburgering 2021).');
  if (caseRow.dutyStartOn === null) add('dutyStartOn', 'duty-start-unknown', 'De startdatum van de inburgeringsplicht is niet bekend; DUO controleert de dagtekening daartegen.');
  const settled = settledOn(caseRow);
  if (settled === null) add('registeredOn', 'settlement-unknown', 'De datum van inschrijving (vestiging) in de gemeente is niet bekend; DUO controleert de dagtekening daartegen.');
  if (route === null) add('route', 'route-missing', 'Kies een leerroute (art. 15 lid 1 onderdeel a Wet inburgering 2021).');
  if (deviates && route !== null && advice !== null) {
    for (const r of learningRoutes) {
      if (blank(motivation.routes[r]))
        add(
          `motivation.${r}`,
          'motivation-missing',
          `De gekozen ${routeLabel(route)} wijkt af van het advies (${routeLabel(advice.route)}): motiveer ${r === route ? 'waarom deze route' : `waarom niet de ${routeLabel(r)}`}.`,
        );
    }
  }
  if (targetGroup === 'asiel' && blank(draft.intensity) && draft.hoursPerWeek === null)
    add('intensity', 'intensity-missing', 'Stel voor een asielstatushouder de intensiteit van de leerroute vast (art. 15 lid 2 Wet inburgering 2021).');
  if (blank(draft.support)) add('support', 'support-missing', 'Beschrijf de ondersteuning en begeleiding (art. 15 lid 1 onderdeel b Wet inburgering 2021).');
  if (blank(draft.pvtIntensity)) add('pvtIntensity', 'pvt-missing', 'Stel de intensiteit van het participatieverklaringstraject vast (art. 15 lid 1 onderdeel c Wet inburgering 2021).');
  if (route !== null) {
    const map = mapRequired(route);
    const omitted = draft.mapThemesOmitted;
    if (map.value && blank(draft.mapIntensity))
      add('mapIntensity', 'map-missing', 'Stel de intensiteit van de module Arbeidsmarkt en Participatie vast (art. 15 lid 1 onderdeel c Wet inburgering 2021).');
    if (!map.value && (!blank(draft.mapIntensity) || omitted.length > 0))
      add('mapIntensity', 'map-not-allowed', `${map.explanation.summary} Laat de MAP-intensiteit en weggelaten thema's leeg (${map.explanation.articles.join('; ')}).`);
  }
  const skills = draft.a2Skills;
  if (draft.level === 'A2' && skills.length === 0) add('a2Skills', 'a2-skills-missing', 'Kies de vaardigheden die op niveau A2 worden afgesloten (art. 5.5 lid 1 Besluit inburgering 2021).');
  if (draft.level !== 'A2' && skills.length > 0) add('a2Skills', 'a2-skills-without-a2', 'Vaardigheden op A2 horen alleen bij niveau A2.');
  if (draft.progressMeetings === null) add('progressMeetings', 'progress-meetings-missing', 'Leg het aantal voortgangsgesprekken vast (art. 5.3 Besluit inburgering 2021).');

  // Changes: the leerroute stays the same unless the reason is a route change; after a move it must stay the same.
  const previous = draft.supersedesId ? versions.find((v) => v.id === draft.supersedesId) : undefined;
  const previousRoute = previous?.route ?? change?.previousRoute ?? null;
  if (change?.reason === 'move' && previousRoute !== null && route !== null && route !== previousRoute)
    add('route', 'move-same-route', `Na een verhuizing stelt de nieuwe gemeente dezelfde leerroute vast (${isLearningRoute(previousRoute) ? routeLabel(previousRoute) : previousRoute}; art. 15 lid 4 Wet inburgering 2021).`);
  else if (previous && change?.reason !== 'route-change' && route !== null && route !== previous.route)
    add('route', 'route-change-needs-reason', 'Een andere leerroute kan alleen via een wijziging met de reden ‘routewijziging’ (art. 17 lid 2 Wet inburgering 2021).');

  // D1: DUO's rules, when their inputs are known.
  let duo: PipValidation['duo'] = null;
  const input = duoPipInput(ctx, draft, issuedOn);
  if (input !== null) {
    const check = validatePipForDuo(input);
    const ordered = duoErrorOrder.filter((code) => check.errors.includes(code));
    const steps = check.accepted ? [] : check.explanation.steps;
    duo = {
      accepted: check.accepted,
      errors: ordered.map((code, i) => ({ field: duoErrorField[code], code, message: steps[i]?.text ?? check.explanation.summary })),
      explanation: check.explanation,
    };
  }
  const accepted = problems.length === 0 && duo !== null && duo.accepted;
  const count = problems.length + (duo?.errors.length ?? 0);
  return {
    accepted,
    issuedOn,
    duo,
    problems,
    deviatesFromAdvice: deviates,
    summary: accepted
      ? 'Het PIP is compleet en DUO accepteert het: het kan worden vastgesteld.'
      : `Het PIP kan nog niet worden vastgesteld: ${count} ${count === 1 ? 'punt' : 'punten'} op te lossen.`,
  };
}

/** Validation errors as a flat list of {field, message} (for error responses). */
export function validationDetails(v: PipValidation): { field: string; message: string }[] {
  return [...v.problems, ...(v.duo?.errors ?? [])].map(({ field, message }) => ({ field, message }));
}
