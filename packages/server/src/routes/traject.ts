// The traject of a case: inburgeringsaanbod (placements with a cursusinstelling) and gevolgde uren,
// each reported to DUO through the outbox; and DUO's list of instellingen for the placement form.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { registerPlacementInput, withdrawPlacementInput, recordHoursInput, hoursCategory } from '../use-cases/traject/traject.types.ts';
import { instellingenLookup, listInstellingen } from '../use-cases/traject/instellingen.ts';
import { registerPlacement } from '../use-cases/traject/register-placement.ts';
import { withdrawPlacement } from '../use-cases/traject/withdraw-placement.ts';
import { recordHours } from '../use-cases/traject/record-hours.ts';
import { getTraject } from '../use-cases/traject/get-traject.ts';
import { errorResponse, errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

const uuid = z.uuid('Ongeldige id');
const placementParams = z.strictObject({ id: uuid, placementId: uuid });
const hoursParams = z.strictObject({ id: uuid, category: hoursCategory });

const duoStatus = z
  .object({ id: z.string(), operation: z.string(), status: z.string(), lastError: z.string().nullable(), createdAt: z.string(), sentAt: z.string().nullable() })
  .meta({ id: 'DuoBerichtStatus' });

const placementSchema = z
  .object({
    id: z.string(),
    instellingsnummer: z.string(),
    instellingNaam: z.string(),
    offeredOn: z.string(),
    expectedStartOn: z.string().nullable(),
    expectedEndOn: z.string().nullable(),
    literacy: z.string(),
    status: z.string(),
    withdrawnOn: z.string().nullable(),
    withdrawReason: z.string().nullable(),
    createdAt: z.string(),
    contractId: z.string().nullable(),
    location: z.string().nullable(),
    startMoment: z.string().nullable(),
    duo: duoStatus.nullable(),
  })
  .meta({ id: 'Inburgeringsaanbod' });

const explanation = z.object({
  summary: z.string(),
  steps: z.array(z.object({ text: z.string(), articles: z.array(z.string()).readonly() })).readonly(),
  articles: z.array(z.string()).readonly(),
});

const trajectSchema = z
  .object({
    caseId: z.string(),
    hasBsn: z.boolean(),
    currentPip: z.object({ route: z.string().nullable(), issuedOn: z.string().nullable() }).nullable(),
    term: z.object({ start: z.string(), endExclusive: z.string() }).nullable(),
    placements: z.array(placementSchema),
    hours: z.array(
      z.object({
        category: hoursCategory,
        label: z.string(),
        total: z.number().nullable(),
        asOf: z.string().nullable(),
        version: z.number().describe('0 voor een categorie zonder vastgelegde uren'),
        allowed: z.boolean(),
        explanation,
        duo: duoStatus.nullable(),
      }),
    ),
  })
  .meta({ id: 'Traject' });

const instellingSchema = z
  .object({ instellingsnummer: z.string(), naam: z.string(), plaatsnaam: z.string(), keurmerk: z.boolean(), taalschakel: z.boolean() })
  .meta({ id: 'DuoInstelling' });

/** DUO_UNAVAILABLE: DUO's list of instellingen cannot be fetched and none is cached. */
const withDuo = { ...errors, 422: errorResponse, 503: errorResponse } as const;

export function trajectRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['traject'];
  const lookup = instellingenLookup(ctx.duo);

  api.get(
    '/api/duo/instellingen',
    {
      config: { access: 'case:read' },
      schema: { tags, summary: 'Cursusinstellingen volgens DUO (met keurmerk), voor het inburgeringsaanbod', response: { 200: z.array(instellingSchema), ...withDuo } },
    },
    async (request) => [...(await listInstellingen(useCaseContext(request, ctx), lookup))],
  );

  api.get(
    '/api/cases/:id/traject',
    {
      config: { access: 'case:read' },
      schema: { tags, summary: 'Inburgeringsaanbod en gevolgde uren van een dossier, met de status bij DUO', params: idParams, response: { 200: trajectSchema, ...errors } },
    },
    (request) => getTraject(useCaseContext(request, ctx), request.params.id),
  );

  api.post(
    '/api/cases/:id/placements',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Inburgeringsaanbod registreren en aan DUO melden', params: idParams, body: registerPlacementInput, response: { 201: placementSchema, ...withDuo } },
    },
    async (request, reply) => reply.code(201).send(await registerPlacement(useCaseContext(request, ctx), lookup, request.params.id, request.body)),
  );

  api.post(
    '/api/cases/:id/placements/:placementId/withdraw',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Inburgeringsaanbod intrekken en bij DUO laten verwijderen', params: placementParams, body: withdrawPlacementInput, response: { 200: placementSchema, ...withDuo } },
    },
    (request) => withdrawPlacement(useCaseContext(request, ctx), request.params.id, request.params.placementId, request.body),
  );

  api.put(
    '/api/cases/:id/hours/:category',
    {
      config: { access: 'case:write' },
      schema: {
        tags,
        summary: 'Totaal gevolgde uren per categorie vastleggen en aan DUO melden',
        params: hoursParams,
        body: recordHoursInput,
        response: { 200: z.object({ category: z.string(), total: z.number(), asOf: z.string(), version: z.number(), queued: z.boolean() }), ...withDuo },
      },
    },
    (request) => recordHours(useCaseContext(request, ctx), request.params.id, request.params.category, request.body),
  );
}
