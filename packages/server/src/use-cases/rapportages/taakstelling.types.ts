// Inputs of the rapportages: the period of the dashboard and the huisvestingstaakstelling (ADR 0140).
import { z } from 'zod';
import { isoDate } from '../../contract/input-fields.ts';

export const dashboardQuery = z.strictObject({
  van: isoDate('Van: vul een datum in als JJJJ-MM-DD', { from: '2000-01-01', to: '2100-12-31' }),
  tot: isoDate('Tot en met: vul een datum in als JJJJ-MM-DD', { from: '2000-01-01', to: '2100-12-31' }),
  gemeenteId: z.uuid('Gemeente: kies een gemeente').optional(),
});

const year = (label: string) => z.coerce.number(`${label}: vul een jaar in`).int(`${label}: vul een jaar in`).min(2000, `${label}: vanaf 2000`).max(2100, `${label}: tot en met 2100`);

export const taakstellingQuery = z.strictObject({
  vanJaar: year('Van jaar'),
  totJaar: year('Tot en met jaar'),
  gemeenteId: z.uuid('Gemeente: kies een gemeente').optional(),
});

export const taakstellingParams = z.strictObject({
  gemeenteId: z.uuid('Gemeente: kies een gemeente'),
  jaar: year('Jaar'),
  halfjaar: z.coerce.number('Halfjaar: kies 1 of 2').int('Halfjaar: kies 1 of 2').min(1, 'Halfjaar: kies 1 of 2').max(2, 'Halfjaar: kies 1 of 2'),
});

export const saveTaakstellingInput = z.strictObject({
  aantal: z.number('Taakstelling: vul een aantal in').int('Taakstelling: vul een geheel aantal in').min(0, 'Taakstelling: niet negatief').max(100000, 'Taakstelling: hoogstens 100.000'),
  /** The version read (0: not entered yet). */
  version: z.number('version ontbreekt').int().min(0),
});
export type SaveTaakstellingInput = z.infer<typeof saveTaakstellingInput>;
