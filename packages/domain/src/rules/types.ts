// Shared plain types of the rule core (names per ../shared/domain/glossary.md).
import type { IsoDate } from './dates.ts';

/** Target group (doelgroep): asielstatushouder (incl. nareizigers) or gezinsmigrant / overige migrant. */
export const targetGroups = ['asiel', 'gezin-overig'] as const;
export type TargetGroup = (typeof targetGroups)[number];

/** Residence permit type relevant for the duty (Vw 2000 art. 8 onder a en c). */
export const permitTypes = ['asiel', 'regulier'] as const;
export type PermitType = (typeof permitTypes)[number];

/** Leerroute: B1-route (W7), onderwijsroute (W8), zelfredzaamheidsroute (W9, B3.14). */
export const learningRoutes = ['B1', 'Z', 'Onderwijs'] as const;
export type LearningRoute = (typeof learningRoutes)[number];

export const languageLevels = ['A2', 'B1'] as const;
export type LanguageLevel = (typeof languageLevels)[number];

/** Half-open period as DUO uses it: start inclusive, end exclusive. */
export interface Period {
  readonly start: IsoDate;
  readonly endExclusive: IsoDate;
}

export function targetGroupLabel(group: TargetGroup): string {
  switch (group) {
    case 'asiel':
      return 'asielstatushouder';
    case 'gezin-overig':
      return 'gezinsmigrant of overige migrant';
    default:
      return group satisfies never;
  }
}

export function routeLabel(route: LearningRoute): string {
  switch (route) {
    case 'B1':
      return 'B1-route';
    case 'Z':
      return 'zelfredzaamheidsroute (Z-route)';
    case 'Onderwijs':
      return 'onderwijsroute';
    default:
      return route satisfies never;
  }
}
