// Inputs of the contactjournaal (ADR 0100).
import { z } from 'zod';
import { earliestContactOn, journalKinds, journalLimits } from '@koers/domain';
import { isoDate, text } from '../../contract/input-fields.ts';

const withWhom = text('Vul in met wie het contact was')
  .trim()
  .max(journalLimits.withWhom, `Met wie: maximaal ${journalLimits.withWhom} tekens`)
  .nullable()
  .optional();

export const journalEntryInput = z.strictObject({
  contactOn: isoDate('Datum van het contact: vul een datum in als JJJJ-MM-DD', { from: earliestContactOn, to: 'today' }),
  kind: z.enum(journalKinds, 'Soort contact: kies een soort contact'),
  withWhom,
  text: text('Notitie: vul de notitie in')
    .trim()
    .min(1, 'Notitie: vul de notitie in')
    .max(journalLimits.text, `Notitie: maximaal ${journalLimits.text} tekens`),
  sensitive: z.boolean('Vertrouwelijk: kies ja of nee').default(false),
});
export type JournalEntryInput = z.infer<typeof journalEntryInput>;

export const journalCorrectionInput = journalEntryInput.extend({
  version: z.number('version ontbreekt').int().min(1),
});
export type JournalCorrectionInput = z.infer<typeof journalCorrectionInput>;
