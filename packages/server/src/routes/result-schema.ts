// A PVT, MAP or Z-route result of a case as the API answers it: the results overview and the case's
// PVT/MAP part name it the same way.
import { z } from 'zod';
import { resultKinds } from '../use-cases/results/results.types.ts';

const culpability = z
  .object({ on: z.string(), required: z.boolean(), allowed: z.boolean(), noAllowed: z.boolean(), explanation: z.string() })
  .meta({ id: 'Verwijtbaarheid' });

export const resultSchema = z.object({
  kind: z.enum(resultKinds),
  label: z.string(),
  completedOn: z.string().nullable(),
  culpable: z.boolean().nullable(),
  note: z.string().nullable(),
  version: z.number().describe('0 voor een resultaat dat nog nooit is vastgelegd'),
  updatedAt: z.string().nullable(),
  duo: z
    .object({ messageId: z.string(), berichtId: z.string(), status: z.string(), lastError: z.string().nullable(), createdAt: z.string(), sentAt: z.string().nullable() })
    .nullable(),
  culpability: culpability.nullable(),
});
