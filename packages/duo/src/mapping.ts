/**
 * Mapping between DUO's codes and Koers's domain terms (glossary names); the full table with
 * explanations is docs/duo-mapping.md. Only what the server uses lives here.
 */
import type { LanguageLevel, LearningRoute, TargetGroup } from '@koers/domain';
import type { Doelgroepindeling, Leerroute, NiveauPip } from './types.ts';

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

/** PIP niveau; DUO records B1 when none is sent for the B1-route or onderwijsroute (README). */
export function effectiveNiveau(route: Leerroute, niveau: NiveauPip | undefined): LanguageLevel | null {
  if (niveau !== undefined) return niveau;
  return route === 'Z' ? null : 'B1';
}
