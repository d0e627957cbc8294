// Inputs of the sturing reports (issue 16): which gemeente, and the SPUK cost lines (ADR 0139).
import { z } from 'zod';
import { voorzieningen } from '@koers/domain';
import { text } from '../../contract/input-fields.ts';

export const reportQuery = z.strictObject({ gemeenteId: z.uuid('Gemeente: kies een gemeente').optional() });
export type ReportQuery = z.infer<typeof reportQuery>;

const costLineFields = {
  year: z.number('Jaar: vul een jaartal in').int('Jaar: vul een jaartal in').min(2021, 'Jaar: niet vóór 2021 (de Wet inburgering 2021)').max(2100, 'Jaar: hoogstens 2100'),
  voorziening: z.enum(voorzieningen, 'Voorziening: kies leerroute, MAP, maatschappelijke begeleiding, PVT of tolken'),
  description: text('Omschrijving: vul een omschrijving in').trim().min(1, 'Omschrijving: vul een omschrijving in').max(200, 'Omschrijving: maximaal 200 tekens'),
  amountCents: z
    .number('Bedrag: vul een bedrag in')
    .int('Bedrag: in hele centen')
    .min(-100_000_000_00, 'Bedrag: te klein')
    .max(100_000_000_00, 'Bedrag: te groot')
    .refine((v) => v !== 0, 'Bedrag: vul een bedrag in dat niet nul is'),
  ondertussengroep: z.boolean('Ondertussengroep: kies ja of nee'),
};

export const costLineInput = z.strictObject({ gemeenteId: z.uuid('Gemeente: kies een gemeente'), ...costLineFields });
export type CostLineInput = z.infer<typeof costLineInput>;
export const costLineUpdate = z.strictObject({ ...costLineFields, version: z.number('version ontbreekt').int().min(1) });
export type CostLineUpdate = z.infer<typeof costLineUpdate>;
/** Query of a delete: the version read, as text in the URL. */
export const costLineDelete = z.strictObject({ version: z.coerce.number('version ontbreekt').int().min(1) });
export type CostLineDelete = z.infer<typeof costLineDelete>;
