// What the participation screens show: places of the catalogue, a case's placements with their hours.
import { z } from 'zod';
import { isParticipationPlaceKind, participationPlaceKindLabels, participationPlaceKinds } from '@koers/domain';
import type { participationHours, participationPlacements, participationPlaces } from '../../db/schema.ts';

type PlaceRow = typeof participationPlaces.$inferSelect;
type PlacementRow = typeof participationPlacements.$inferSelect;
type HoursRow = typeof participationHours.$inferSelect;

export const participationPlaceViewSchema = z
  .object({
    id: z.string(),
    gemeenteId: z.string(),
    organisation: z.string(),
    name: z.string(),
    kind: z.enum(participationPlaceKinds),
    kindLabel: z.string(),
    hoursPerWeek: z.number(),
    contact: z.string().nullable(),
    active: z.boolean(),
    version: z.number(),
  })
  .meta({ id: 'Participatieplek' });
export type ParticipationPlaceView = z.output<typeof participationPlaceViewSchema>;

/** The places of a gemeente, and whether the user may change them. */
export const participationPlaceListSchema = z.object({ places: z.array(participationPlaceViewSchema), canManage: z.boolean() });
export type ParticipationPlaceList = z.output<typeof participationPlaceListSchema>;

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

export const participationPlacementViewSchema = z.object({
  id: z.string(),
  placeId: z.string(),
  placeName: z.string(),
  organisation: z.string(),
  kindLabel: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  hoursPerWeek: z.number(),
  version: z.number(),
  hoursDone: z.number(),
  periods: z.array(z.object({ id: z.string(), periodStart: z.string(), periodEnd: z.string(), hours: z.number() })),
});
export type ParticipationPlacementView = z.output<typeof participationPlacementViewSchema>;

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
