// Participation places (R14): the catalogue a gemeente keeps of places where people on the
// Z-route do activities for self-reliance, activation and participation (art. 3.14 lid 2 onderdeel b
// Besluit inburgering 2021). Seed 003 names the werkcarrousel.
import { isOneOf } from '../guards.ts';
export const participationPlaceKinds = ['vrijwilligerswerk', 'werkervaringsplaats', 'werkcarrousel', 'overig'] as const;
export type ParticipationPlaceKind = (typeof participationPlaceKinds)[number];

export const participationPlaceKindLabels: Record<ParticipationPlaceKind, string> = {
  vrijwilligerswerk: 'Vrijwilligerswerk',
  werkervaringsplaats: 'Werkervaringsplaats',
  werkcarrousel: 'Werkcarrousel',
  overig: 'Andere participatieplek',
};

export const isParticipationPlaceKind = (value: string): value is ParticipationPlaceKind => isOneOf(participationPlaceKinds, value);

/** Whole hours recorded per period of a participation placement; DUO takes whole hours. */
export interface ParticipationHoursEntry {
  readonly periodStart: string;
  readonly periodEnd: string;
  readonly hours: number;
}

// art. 3.14 lid 2 onderdeel b Besluit inburgering 2021 — the activity hours of the Z-route are the hours actually done
export function participationHoursTotal(entries: readonly ParticipationHoursEntry[]): number {
  return entries.reduce((sum, e) => sum + e.hours, 0);
}
