// Inputs of the participation part (R14, ADR 0143): the catalogue of places, placements, hours.
import { z } from 'zod';
import { participationPlaceKinds } from '@koers/domain';
import { isoDate, text } from '../../contract/input-fields.ts';

const version = z.number('version ontbreekt').int().min(1);
const earliest = { from: '2021-01-01' };
const hoursPerWeek = (label: string) =>
  z.number(`${label}: vul een aantal uren in`).int(`${label}: vul hele uren in`).min(1, `${label}: minimaal 1 uur`).max(40, `${label}: maximaal 40 uur`);

const placeFields = {
  organisation: text('Organisatie: vul de organisatie in').trim().min(1, 'Organisatie: vul de organisatie in').max(200, 'Organisatie: maximaal 200 tekens'),
  name: text('Omschrijving: vul in wat de plek is').trim().min(1, 'Omschrijving: vul in wat de plek is').max(200, 'Omschrijving: maximaal 200 tekens'),
  kind: z.enum(participationPlaceKinds, 'Soort: kies een soort plek'),
  hoursPerWeek: hoursPerWeek('Uren per week'),
  contact: text('Contact: vul tekst in').trim().max(500, 'Contact: maximaal 500 tekens').nullable().optional(),
};
export const participationPlaceInput = z.strictObject({ gemeenteId: z.uuid('Gemeente: kies een gemeente'), ...placeFields });
export type ParticipationPlaceInput = z.infer<typeof participationPlaceInput>;
export const participationPlaceUpdate = z.strictObject({ ...placeFields, active: z.boolean('Actief: kies ja of nee'), version });
export type ParticipationPlaceUpdate = z.infer<typeof participationPlaceUpdate>;

export const participationPlacementInput = z.strictObject({
  placeId: z.uuid('Participatieplek: kies een plek'),
  startsOn: isoDate('Vanaf: vul een datum in als JJJJ-MM-DD', earliest),
  endsOn: isoDate('Tot en met: vul een datum in als JJJJ-MM-DD', earliest).nullable(),
  hoursPerWeek: hoursPerWeek('Uren per week'),
});
export type ParticipationPlacementInput = z.infer<typeof participationPlacementInput>;

export const participationPlacementUpdate = z.strictObject({
  endsOn: isoDate('Tot en met: vul een datum in als JJJJ-MM-DD', earliest).nullable(),
  hoursPerWeek: hoursPerWeek('Uren per week'),
  version,
});
export type ParticipationPlacementUpdate = z.infer<typeof participationPlacementUpdate>;

export const participationHoursInput = z.strictObject({
  periodStart: isoDate('Periode vanaf: vul een datum in als JJJJ-MM-DD', { ...earliest, to: 'today' }),
  periodEnd: isoDate('Periode tot en met: vul een datum in als JJJJ-MM-DD', { ...earliest, to: 'today' }),
  hours: z.number('Gewerkte uren: vul een aantal uren in').int('Gewerkte uren: vul hele uren in').min(0, 'Gewerkte uren: niet negatief').max(400, 'Gewerkte uren: maximaal 400 per periode'),
  /** The placement's version as read; recording hours bumps it. */
  version,
});
export type ParticipationHoursInput = z.infer<typeof participationHoursInput>;
