// Participation places of a gemeente and the 'Participatie' part of a case: placements, hours and the Z-route ledger (R14, ADR 0143).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { addParticipationPlace, listParticipationPlaces, updateParticipationPlace } from '../use-cases/participatie/participation-places.ts';
import { getCaseParticipatie } from '../use-cases/participatie/get-case-participatie.ts';
import { addParticipationPlacement } from '../use-cases/participatie/add-participation-placement.ts';
import { updateParticipationPlacement } from '../use-cases/participatie/update-participation-placement.ts';
import { recordParticipationHours } from '../use-cases/participatie/record-participation-hours.ts';
import { participationHoursInput, participationPlaceInput, participationPlacementInput, participationPlacementUpdate, participationPlaceUpdate } from '../use-cases/participatie/participatie.types.ts';
import { participationPlaceListSchema, participationPlaceViewSchema } from '../use-cases/participatie/participatie.view.ts';
import { caseParticipatieViewSchema, participationHoursRecordedSchema } from '../use-cases/participatie/case-participatie.view.ts';
import { errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

const placementParams = z.strictObject({ id: z.uuid('Ongeldige id'), placementId: z.uuid('Ongeldige id') });

export function participatieRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['participatie'];
  const read = { access: 'case:read' } as const;
  const write = { access: 'case:write' } as const;

  api.get(
    '/api/gemeenten/:id/participatieplekken',
    { config: { access: 'authenticated' }, schema: { tags, summary: 'Participatieplekken van een gemeente (met case:read of participatie:manage)', params: idParams, response: { 200: participationPlaceListSchema, ...errors } } },
    (request) => listParticipationPlaces(useCaseContext(request, ctx), request.params.id),
  );
  api.post(
    '/api/participatieplekken',
    { config: { access: 'participatie:manage' }, schema: { tags, summary: 'Participatieplek toevoegen', body: participationPlaceInput, response: { 201: participationPlaceViewSchema, ...errors } } },
    async (request, reply) => reply.code(201).send(await addParticipationPlace(useCaseContext(request, ctx), request.body)),
  );
  api.put(
    '/api/participatieplekken/:placeId',
    {
      config: { access: 'participatie:manage' },
      schema: { tags, summary: 'Participatieplek wijzigen of op non-actief zetten (met version)', params: z.strictObject({ placeId: z.uuid('Ongeldige id') }), body: participationPlaceUpdate, response: { 200: participationPlaceViewSchema, ...errors } },
    },
    (request) => updateParticipationPlace(useCaseContext(request, ctx), request.params.placeId, request.body),
  );
  api.get('/api/cases/:id/participatie', { config: read, schema: { tags, summary: 'Participatie en Z-route-uren van een dossier', params: idParams, response: { 200: caseParticipatieViewSchema, ...errors } } }, (request) =>
    getCaseParticipatie(useCaseContext(request, ctx), request.params.id),
  );
  api.post(
    '/api/cases/:id/participatie/plaatsingen',
    { config: write, schema: { tags, summary: 'Plaatsen op een participatieplek', params: idParams, body: participationPlacementInput, response: { 200: caseParticipatieViewSchema, ...errors } } },
    (request) => addParticipationPlacement(useCaseContext(request, ctx), request.params.id, request.body),
  );
  api.put(
    '/api/cases/:id/participatie/plaatsingen/:placementId',
    { config: write, schema: { tags, summary: 'Plaatsing beëindigen of uren per week wijzigen (met version)', params: placementParams, body: participationPlacementUpdate, response: { 200: caseParticipatieViewSchema, ...errors } } },
    (request) => updateParticipationPlacement(useCaseContext(request, ctx), request.params.id, request.params.placementId, request.body),
  );
  api.post(
    '/api/cases/:id/participatie/plaatsingen/:placementId/uren',
    {
      config: write,
      schema: {
        tags,
        summary: 'Gewerkte uren op de participatieplek over een periode vastleggen; het totaal gaat als uren participatieactiviteiten naar DUO',
        params: placementParams,
        body: participationHoursInput,
        response: { 200: participationHoursRecordedSchema, ...errors },
      },
    },
    (request) => recordParticipationHours(useCaseContext(request, ctx), request.params.id, request.params.placementId, request.body),
  );
}
