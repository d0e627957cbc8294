// Inputs of the reports of R25 (ADR 0142): the half-year report and the monitoring exports.
import { z } from 'zod';
import { halfjaarSectionKeys, type HalfYear } from '@koers/domain';
import { isoDate, text } from '../../contract/input-fields.ts';

export const halfYearField = text('Halfjaar: kies een halfjaar')
  .regex(/^20\d{2}-H[12]$/, 'Halfjaar: kies een halfjaar (bijv. 2026-H1)')
  .transform((v): HalfYear => `${Number(v.slice(0, 4))}-H${v.endsWith('1') ? 1 : 2}`);

const sectionText = text('Tekst: vul tekst in').trim().max(4000, 'Tekst per onderdeel: maximaal 4000 tekens');

export const halfjaarTextsInput = z.strictObject({
  gemeenteId: z.uuid('Kies een gemeente'),
  halfYear: halfYearField,
  texts: z.partialRecord(z.enum(halfjaarSectionKeys), sectionText),
  /** The version read; 0 when no text was stored for this half year yet. */
  version: z.number('version ontbreekt').int().min(0),
});
export type HalfjaarTextsInput = z.infer<typeof halfjaarTextsInput>;

export const halfjaarQuery = z.strictObject({ gemeenteId: z.uuid('Kies een gemeente'), halfYear: halfYearField });
export type HalfjaarQuery = z.infer<typeof halfjaarQuery>;

const earliest = { from: '2021-01-01' };
export const aggregatePeriodQuery = z.strictObject({
  gemeenteId: z.uuid('Kies een gemeente'),
  from: isoDate('Van: vul een datum in als JJJJ-MM-DD', earliest),
  to: isoDate('Tot en met: vul een datum in als JJJJ-MM-DD', earliest),
});
export type AggregatePeriodQuery = z.infer<typeof aggregatePeriodQuery>;
