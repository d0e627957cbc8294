// Inputs of the result use cases: PVT signed, MAP final interview, Z-route completed (DUO MAP/PVT/Z-route API).
import { z } from 'zod';
import { text, isoDate as dateField } from '../../contract/input-fields.ts';

export const resultKinds = ['pvt', 'map', 'zroute'] as const;
export type ResultKind = (typeof resultKinds)[number];

const isoDate = dateField('Vul een datum in als JJJJ-MM-DD');

export const resultParams = z.strictObject({
  id: z.uuid('Ongeldige id'),
  kind: z.enum(resultKinds, 'Kies pvt, map of zroute'),
});

export const recordResultInput = z.strictObject({
  /** Optimistic locking: the result's version as read; 0 for a result never recorded. */
  version: z.number('Vul de versie in die u las').int().min(0),
  /** Date of signing (PVT), the final interview (MAP) or completion (Z-route); null withdraws an earlier date. */
  completedOn: isoDate.nullable(),
  /** Verwijtbaar Ja (true) / Nee (false) / not judged (null). Only PVT and MAP; only when the termijn is exceeded. */
  culpable: z.boolean('Kies Ja, Nee of niet van toepassing').nullable(),
  note: text().trim().max(2000, 'Maximaal 2000 tekens').nullable().optional(),
});
export type RecordResultInput = z.infer<typeof recordResultInput>;

export const resultsQuery = z.strictObject({
  /** Judge 'verwijtbaar' for this date instead of today (the date being entered in the form). */
  on: isoDate.optional(),
});
