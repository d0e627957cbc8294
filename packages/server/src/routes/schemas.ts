import { z } from 'zod';

export const errorResponse = z
  .object({
    error: z.looseObject({
      code: z.string(),
      message: z.string(),
      field: z.string().optional(),
      fields: z.record(z.string(), z.string()).optional(),
      details: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    }),
  })
  .meta({ id: 'Fout' });

export const idParams = z.strictObject({ id: z.uuid('Ongeldige id') });

/** Standard error responses a route can give, for the OpenAPI document. */
export const errors = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
} as const;

// The input helpers live in the contract's own module; routes use them from here as before.
export * from '../contract/input-fields.ts';

// The response pieces many views share live with the contract; routes use them from here as before.
export { explanation, gemeenteRef, historyEntry, period, pipAgreements } from '../contract/view-fields.ts';

// The user views live with the users use cases; routes use them from here as before.
export { sessionUserSchema as sessionUser, userViewSchema as userSchema } from '../use-cases/users/users.view.ts';
