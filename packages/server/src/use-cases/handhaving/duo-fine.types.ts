// Inputs for DUO's own fines (C6, ADR 0145): recorded from DUO's beschikking, corrected with `version`.
import { z } from 'zod';
import { duoFineKinds } from '@koers/domain';
import { isoDate, text } from '../../contract/input-fields.ts';

const day = (label: string) => isoDate(`${label}: vul een datum in als JJJJ-MM-DD`, { from: '2021-01-01' });
const note = text('Toelichting: vul een tekst in').trim().max(1000, 'Toelichting: maximaal 1000 tekens');

const fields = {
  kind: z.enum(duoFineKinds, 'Soort boete: kies waarvoor DUO de boete oplegde'),
  decisionOn: day('Datum beschikking DUO'),
  amountCents: z
    .number('Bedrag: vul een bedrag in')
    .int('Bedrag: in hele centen')
    .min(1, 'Bedrag: meer dan € 0')
    .max(100_000, 'Bedrag: hoogstens € 1.000'),
  newTermMonths: z
    .union([z.literal(6), z.literal(12), z.literal(18), z.literal(24)], 'Nieuwe termijn: kies 6, 12, 18 of 24 maanden')
    .nullable()
    .default(null),
  documentId: z.uuid('Beschikking DUO: kies een document uit het dossier').nullable().default(null),
  note: note.nullable().default(null),
};

export const duoFineInput = z.strictObject(fields);
export type DuoFineInput = z.infer<typeof duoFineInput>;

export const duoFineUpdateInput = z.strictObject({
  ...fields,
  version: z.number('version ontbreekt').int().min(1),
  /** DUO withdrew the fine or it was annulled (bezwaar or beroep at DUO). */
  withdrawnOn: day('Datum ingetrokken').nullable().default(null),
  /** The regisseur talked the traject through with the person after the fine (ends the werkvoorraad item). */
  reviewedOn: day('Datum traject besproken').nullable().default(null),
});
export type DuoFineUpdateInput = z.infer<typeof duoFineUpdateInput>;
