// What the hosting party sees of organisations: names, gemeenten and a count of beheerders; no case data, no users.
import { z } from 'zod';

const hostedGemeenteSchema = z.object({ id: z.string(), code: z.string(), name: z.string(), oin: z.string().nullable() });

export const organisationViewSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    createdAt: z.string(),
    gemeenten: z.array(hostedGemeenteSchema),
    /** How many active beheerders it has (not who): enough to see that it can be administered. */
    beheerders: z.number(),
  })
  .meta({ id: 'Organisatie' });
export type OrganisationView = z.output<typeof organisationViewSchema>;

export const newOrganisationViewSchema = z
  .object({ organisationId: z.string(), name: z.string(), gemeenten: z.array(hostedGemeenteSchema), beheerder: z.object({ id: z.string(), email: z.string(), name: z.string() }) })
  .meta({ id: 'NieuweOrganisatie' });
export type NewOrganisationView = z.output<typeof newOrganisationViewSchema>;
