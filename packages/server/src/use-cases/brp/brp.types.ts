import { z } from 'zod';
import { overnameVelden, veldLabels } from '@koers/brp';

const veld = z.enum(
  overnameVelden,
  `Kies de velden om over te nemen: ${overnameVelden.map((v) => veldLabels[v].toLowerCase()).join(', ')}`,
);

/** POST /api/cases/:id/brp/overnemen */
export const applyBrpInput = z.strictObject({
  version: z.number().int().min(1),
  fields: z
    .array(veld)
    .min(1, 'Kies ten minste één gegeven om over te nemen')
    .max(overnameVelden.length)
    .refine((list) => new Set(list).size === list.length, 'Noem elk gegeven één keer'),
});
export type ApplyBrpInput = z.infer<typeof applyBrpInput>;
