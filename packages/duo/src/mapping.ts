/**
 * Mapping between DUO's codes and Koers's domain terms (glossary names). The full table with
 * explanations is docs/duo-mapping.md. The literal types mirror `@koers/domain` (rules/types.ts);
 * they are repeated here so that this package does not depend on the domain package.
 */
import type { Doelgroepindeling, InburgeringJaNee, Leerroute, NiveauPip } from './types.ts';

export type LearningRoute = 'B1' | 'Z' | 'Onderwijs';
export type TargetGroup = 'asiel' | 'gezin-overig';
export type LanguageLevel = 'A2' | 'B1';

export function leerrouteToLearningRoute(code: Leerroute): LearningRoute {
  switch (code) {
    case 'B':
      return 'B1';
    case 'O':
      return 'Onderwijs';
    case 'Z':
      return 'Z';
  }
}

export function learningRouteToLeerroute(route: LearningRoute): Leerroute {
  switch (route) {
    case 'B1':
      return 'B';
    case 'Onderwijs':
      return 'O';
    case 'Z':
      return 'Z';
  }
}

export function doelgroepToTargetGroup(indeling: Doelgroepindeling): TargetGroup {
  switch (indeling) {
    case 'Asielstatushouder':
      return 'asiel';
    case 'Gezinsmigrant en overige migrant':
      return 'gezin-overig';
  }
}

export function targetGroupToDoelgroep(group: TargetGroup): Doelgroepindeling {
  switch (group) {
    case 'asiel':
      return 'Asielstatushouder';
    case 'gezin-overig':
      return 'Gezinsmigrant en overige migrant';
  }
}

/** PIP niveau; DUO records B1 when none is sent for the B1-route or onderwijsroute (README). */
export function effectiveNiveau(route: Leerroute, niveau: NiveauPip | undefined): LanguageLevel | null {
  if (niveau !== undefined) return niveau;
  return route === 'Z' ? null : 'B1';
}

/** DUO 'Ja'/'Nee' ↔ Koers culpability flag (null = not sent). */
export function verwijtbaarToCulpable(v: InburgeringJaNee | undefined): boolean | null {
  return v === undefined ? null : v === 'Ja';
}

export function culpableToVerwijtbaar(culpable: boolean | null): InburgeringJaNee | undefined {
  return culpable === null ? undefined : culpable ? 'Ja' : 'Nee';
}

/** DUO's leerbaarheidstoets scores use a decimal comma ("12,50"). */
export function parseDuoScore(score: string): number {
  return Number(score.replace(',', '.'));
}
