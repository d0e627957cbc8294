import { permissions, roles } from '@koers/domain';
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

export const gemeenteRef = z.object({ id: z.string(), code: z.string(), name: z.string() });

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

export const caseSchema = z
  .object({
    id: z.string(),
    gemeenteId: z.string(),
    caseNumber: z.string(),
    bsn: z.string().nullable(),
    vNumber: z.string().nullable(),
    givenNames: z.string(),
    familyName: z.string(),
    birthDate: z.string(),
    nationality: z.string(),
    permit: z.string(),
    status: z.string(),
    caseManagerId: z.string().nullable(),
    version: z.number(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Dossier' });

export const historyEntry = z
  .object({
    id: z.number(),
    action: z.string(),
    at: z.string(),
    actorName: z.string(),
    changes: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })),
    reason: z.string().nullable(),
  })
  .meta({ id: 'Wijziging' });

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

/** The agreements of a case's current PIP, as the case file and the begeleider's client page show them. */
export const pipAgreements = z.object({
  pipVersion: z.number(),
  issuedOn: z.string().nullable(),
  route: z.string().nullable(),
  level: z.string().nullable(),
  intensity: z.string().nullable(),
  hoursPerWeek: z.number().nullable(),
  support: z.string().nullable(),
  participation: z.string().nullable(),
  pvtIntensity: z.string().nullable(),
  mapIntensity: z.string().nullable(),
  progressMeetings: z.number().nullable(),
});
