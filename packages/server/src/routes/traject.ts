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
import { instellingViewSchema, placementViewSchema, recordedHoursSchema, trajectViewSchema } from '../use-cases/traject/traject.view.ts';
import { errorResponse, errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

const uuid = z.uuid('Ongeldige id');
const placementParams = z.strictObject({ id: uuid, placementId: uuid });
const hoursParams = z.strictObject({ id: uuid, category: hoursCategory });

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
      schema: { tags, summary: 'Cursusinstellingen volgens DUO (met keurmerk), voor het inburgeringsaanbod', response: { 200: z.array(instellingViewSchema), ...withDuo } },
    },
    async (request) => [...(await listInstellingen(useCaseContext(request, ctx), lookup))],
  );

  api.get(
    '/api/cases/:id/traject',
    {
      config: { access: 'case:read' },
      schema: { tags, summary: 'Inburgeringsaanbod en gevolgde uren van een dossier, met de status bij DUO', params: idParams, response: { 200: trajectViewSchema, ...errors } },
    },
    (request) => getTraject(useCaseContext(request, ctx), request.params.id),
  );

  api.post(
    '/api/cases/:id/placements',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Inburgeringsaanbod registreren en aan DUO melden', params: idParams, body: registerPlacementInput, response: { 201: placementViewSchema, ...withDuo } },
    },
    async (request, reply) => reply.code(201).send(await registerPlacement(useCaseContext(request, ctx), lookup, request.params.id, request.body)),
  );

  api.post(
    '/api/cases/:id/placements/:placementId/withdraw',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Inburgeringsaanbod intrekken en bij DUO laten verwijderen', params: placementParams, body: withdrawPlacementInput, response: { 200: placementViewSchema, ...withDuo } },
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
        response: { 200: recordedHoursSchema, ...withDuo },
      },
    },
    (request) => recordHours(useCaseContext(request, ctx), request.params.id, request.params.category, request.body),
  );
}
