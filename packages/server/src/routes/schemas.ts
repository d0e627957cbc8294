import { permissions, roles } from '@koers/domain';
import { z } from 'zod';
import { gemeenteRef } from '../contract/view-fields.ts';

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

export const sessionUser = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(roles),
    roleLabel: z.string(),
    organisation: z.object({ id: z.string(), name: z.string() }),
    gemeenten: z.array(gemeenteRef),
    permissions: z.array(z.enum(permissions)),
  })
  .meta({ id: 'SessieGebruiker' });

export const userSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string(),
    role: z.enum(roles),
    roleLabel: z.string(),
    active: z.boolean(),
    phone: z.string().nullable(),
    gemeenten: z.array(gemeenteRef),
    lockedUntil: z.string().nullable(),
    lastLoginAt: z.string().nullable(),
  })
  .meta({ id: 'Gebruiker' });

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
