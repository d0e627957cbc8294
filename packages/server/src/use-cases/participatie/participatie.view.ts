// What the participation screens show: places of the catalogue, a case's placements with their hours.
import { isParticipationPlaceKind, participationPlaceKindLabels, type ParticipationPlaceKind } from '@koers/domain';
import type { participationHours, participationPlacements, participationPlaces } from '../../db/schema.ts';

type PlaceRow = typeof participationPlaces.$inferSelect;
type PlacementRow = typeof participationPlacements.$inferSelect;
type HoursRow = typeof participationHours.$inferSelect;

export interface ParticipationPlaceView {
  id: string;
  gemeenteId: string;
  organisation: string;
  name: string;
  kind: ParticipationPlaceKind;
  kindLabel: string;
  hoursPerWeek: number;
  contact: string | null;
  active: boolean;
  version: number;
}

export const kindLabelOf = (kind: string): string => (isParticipationPlaceKind(kind) ? participationPlaceKindLabels[kind] : kind);

export const placeView = (r: PlaceRow): ParticipationPlaceView => ({
  id: r.id,
  gemeenteId: r.gemeenteId,
  organisation: r.organisation,
  name: r.name,
  // Only the kinds of the input schema are stored.
  kind: isParticipationPlaceKind(r.kind) ? r.kind : 'overig',
  kindLabel: kindLabelOf(r.kind),
  hoursPerWeek: r.hoursPerWeek,
  contact: r.contact,
  active: r.active,
  version: r.version,
});

/** The fields kept in the record history of a place. */
export const placeFields = (r: PlaceRow) => ({ organisation: r.organisation, name: r.name, kind: r.kind, hoursPerWeek: r.hoursPerWeek, contact: r.contact, active: r.active });

export interface ParticipationPlacementView {
  id: string;
  placeId: string;
  placeName: string;
  organisation: string;
  kindLabel: string;
  startsOn: string;
  endsOn: string | null;
  hoursPerWeek: number;
  version: number;
  hoursDone: number;
  periods: { id: string; periodStart: string; periodEnd: string; hours: number }[];
}

export function placementView(p: PlacementRow, place: PlaceRow | undefined, hours: readonly HoursRow[]): ParticipationPlacementView {
  const periods = hours
    .filter((h) => h.placementId === p.id)
    .sort((a, b) => a.periodStart.localeCompare(b.periodStart))
    .map((h) => ({ id: h.id, periodStart: h.periodStart, periodEnd: h.periodEnd, hours: h.hours }));
  return {
    id: p.id,
    placeId: p.placeId,
    placeName: place?.name ?? '',
    organisation: place?.organisation ?? '',
    kindLabel: place ? kindLabelOf(place.kind) : '',
    startsOn: p.startsOn,
    endsOn: p.endsOn,
    hoursPerWeek: p.hoursPerWeek,
    version: p.version,
    hoursDone: periods.reduce((sum, h) => sum + h.hours, 0),
    periods,
  };
}
