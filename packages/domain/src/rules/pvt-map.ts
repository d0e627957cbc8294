// B13/B14: participatieverklaringstraject (PVT) and module Arbeidsmarkt en Participatie (MAP).
import { bi, dutchList, explained, setting, step, wi, type Explained } from './explanation.ts';
import { routeLabel, type LearningRoute } from './types.ts';

/** The 8 MAP themes of art. 3.2 lid 1 Besluit inburgering 2021. */
export const mapThemes = [
  'beroepenorientatie',
  'werknemerscompetenties',
  'realistisch-beroepsbeeld',
  'beroepskansen',
  'beroepscompetenties-verwerven',
  'netwerk-opbouwen',
  'werk-vinden',
  'werkcultuur',
] as const;
export type MapTheme = (typeof mapThemes)[number];

export const mapThemeLabels: Readonly<Record<MapTheme, string>> = {
  beroepenorientatie: 'beroepenoriëntatie',
  werknemerscompetenties: 'werknemerscompetenties',
  'realistisch-beroepsbeeld': 'realistisch beroepsbeeld',
  beroepskansen: 'beroepskansen',
  'beroepscompetenties-verwerven': 'beroepscompetenties verwerven',
  'netwerk-opbouwen': 'netwerk opbouwen',
  'werk-vinden': 'werk vinden',
  werkcultuur: 'werkcultuur',
};

export const PVT_MIN_HOURS = 12;

export interface PvtInput {
  /** Hours spent (intake activities that meet B3.1 may be included, lid 5). */
  readonly hours: number;
  /** At least one activity or excursion on a Dutch core value. */
  readonly coreValueActivity: boolean;
  /** Participation declaration signed at a signing meeting. */
  readonly declarationSigned: boolean;
}

export interface ComponentStatus {
  readonly complete: boolean;
  readonly missing: readonly string[];
}

// art. 3.1 Besluit inburgering 2021; art. 6 lid 1 onderdeel a Wet inburgering 2021
export function pvtStatus(input: PvtInput): Explained<ComponentStatus> {
  const missing: string[] = [];
  if (input.hours < PVT_MIN_HOURS) missing.push(`nog ${PVT_MIN_HOURS - input.hours} uur (minimaal 12 uur)`);
  if (!input.coreValueActivity) missing.push('een activiteit of excursie over een Nederlandse kernwaarde');
  if (!input.declarationSigned) missing.push('ondertekening van de participatieverklaring');
  return explained(
    { complete: missing.length === 0, missing },
    missing.length === 0 ? 'PVT afgerond.' : `PVT nog niet afgerond: ${dutchList(missing)}.`,
    [
      step(`Uren: ${input.hours} van minimaal 12.`, bi('3.1', 3)),
      step(input.coreValueActivity ? 'Kernwaarden-activiteit gedaan.' : 'Kernwaarden-activiteit ontbreekt.', bi('3.1', 2)),
      step(input.declarationSigned ? 'Participatieverklaring ondertekend.' : 'Participatieverklaring nog niet ondertekend.', bi('3.1', 1), wi('6', 1, 'a')),
    ],
  );
}

// art. 8 lid 3 Wet inburgering 2021 — no MAP in the onderwijsroute; art. 6 lid 1 onderdeel b
export function mapRequired(route: LearningRoute): Explained<boolean> {
  const required = route !== 'Onderwijs';
  return explained(required, required ? `De MAP hoort bij de ${routeLabel(route)}.` : 'De onderwijsroute kent geen MAP.', [
    step(required ? 'De MAP is onderdeel van de inburgeringsplicht.' : 'Bij de onderwijsroute geldt de MAP niet.', required ? wi('6', 1, 'b') : wi('8', 3)),
  ]);
}

export interface MapInput {
  readonly route: LearningRoute;
  readonly themesCovered: readonly MapTheme[];
  readonly hours: number;
  /** Hour norm from the Regeling (settings: mapHourNorm). */
  readonly hourNorm: number;
  readonly finalInterviewHeld: boolean;
}

// art. 3.2 Besluit inburgering 2021 (urennorm: Regeling inburgering 2021, instelling mapHourNorm)
export function mapStatus(input: MapInput): Explained<ComponentStatus> {
  if (input.route === 'Onderwijs') {
    return explained({ complete: true, missing: [] }, 'De onderwijsroute kent geen MAP.', [step('Geen MAP in de onderwijsroute.', wi('8', 3))]);
  }
  const missingThemes = mapThemes.filter((t) => !input.themesCovered.includes(t));
  const missing: string[] = [];
  if (missingThemes.length > 0) missing.push(`thema's ${dutchList(missingThemes.map((t) => mapThemeLabels[t]))}`);
  if (input.hours < input.hourNorm) missing.push(`nog ${input.hourNorm - input.hours} uur (norm ${input.hourNorm})`);
  if (!input.finalInterviewHeld) missing.push('het eindgesprek met het college');
  return explained(
    { complete: missing.length === 0, missing },
    missing.length === 0 ? 'MAP afgerond.' : `MAP nog niet afgerond: ${dutchList(missing)}.`,
    [
      step(`Thema's behandeld: ${input.themesCovered.length} van 8.`, bi('3.2', 1)),
      step(`Uren: ${input.hours} van ${input.hourNorm}.`, bi('3.2', 4), setting('mapHourNorm')),
      step(input.finalInterviewHeld ? 'Eindgesprek gevoerd.' : 'Eindgesprek nog niet gevoerd.', bi('3.2', 2)),
    ],
  );
}

export interface DutyFulfilmentInput {
  readonly route: LearningRoute;
  readonly pvtCompleted: boolean;
  readonly mapCompleted: boolean;
  /** Inburgeringsexamen (B1-route), onderwijsroute or Z-route achieved, as decided by DUO. */
  readonly routeCompleted: boolean;
}

// art. 6 lid 1 en art. 8 lid 3 Wet inburgering 2021 — the duty is met with PVT, MAP (not in the onderwijsroute) and the route
export function dutyFulfilled(input: DutyFulfilmentInput): Explained<boolean> {
  const mapNeeded = input.route !== 'Onderwijs';
  const missing: string[] = [];
  if (!input.pvtCompleted) missing.push('het participatieverklaringstraject');
  if (mapNeeded && !input.mapCompleted) missing.push('de module Arbeidsmarkt en Participatie');
  if (!input.routeCompleted) missing.push(input.route === 'B1' ? 'het inburgeringsexamen' : `de ${routeLabel(input.route)}`);
  const met = missing.length === 0;
  return explained(met, met ? 'Aan de inburgeringsplicht is voldaan (DUO beslist).' : `Nog niet voldaan: ${dutchList(missing)}.`, [
    step('De inburgeringsplicht bestaat uit PVT, MAP en het examen of de onderwijs- of Z-route.', wi('6', 1)),
    ...(mapNeeded ? [] : [step('Geen MAP bij de onderwijsroute.', wi('8', 3))]),
  ]);
}
