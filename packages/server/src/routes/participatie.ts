// Participation places of a gemeente and the 'Participatie' part of a case: placements, hours and the Z-route ledger (R14, ADR 0143).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { participationPlaceKinds } from '@koers/domain';
import type { AppContext } from '../http/context.ts';
import { addParticipationPlace, listParticipationPlaces, updateParticipationPlace } from '../use-cases/participatie/participation-places.ts';
import { getCaseParticipatie } from '../use-cases/participatie/get-case-participatie.ts';
import { addParticipationPlacement } from '../use-cases/participatie/add-participation-placement.ts';
import { updateParticipationPlacement } from '../use-cases/participatie/update-participation-placement.ts';
import { recordParticipationHours } from '../use-cases/participatie/record-participation-hours.ts';
import { participationHoursInput, participationPlaceInput, participationPlacementInput, participationPlacementUpdate, participationPlaceUpdate } from '../use-cases/participatie/participatie.types.ts';
import { errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

const placeSchema = z
  .object({
    id: z.string(),
    gemeenteId: z.string(),
    organisation: z.string(),
    name: z.string(),
    kind: z.enum(participationPlaceKinds),
    kindLabel: z.string(),
    hoursPerWeek: z.number(),
    contact: z.string().nullable(),
    active: z.boolean(),
    version: z.number(),
  })
  .meta({ id: 'Participatieplek' });

const caseParticipatieSchema = z
  .object({
    caseId: z.string(),
    gemeenteId: z.string(),
    routeLabel: z.string().nullable(),
    ledger: z
      .object({
        courseHours: z.number(),
        activityHours: z.number(),
        mapHours: z.number(),
        pvtHours: z.number(),
        intakeHours: z.number(),
        participationHours: z.number(),
        courseHoursRemaining: z.number(),
        activityHoursRemaining: z.number().nullable(),
        summary: z.string(),
        steps: z.array(z.object({ text: z.string(), articles: z.array(z.string()) })),
        completedOn: z.string().nullable(),
      })
      .nullable(),
    placements: z.array(
      z.object({
        id: z.string(),
        placeId: z.string(),
        placeName: z.string(),
        organisation: z.string(),
        kindLabel: z.string(),
        startsOn: z.string(),
        endsOn: z.string().nullable(),
        hoursPerWeek: z.number(),
        version: z.number(),
        hoursDone: z.number(),
        periods: z.array(z.object({ id: z.string(), periodStart: z.string(), periodEnd: z.string(), hours: z.number() })),
      }),
    ),
  })
  .meta({ id: 'DossierParticipatie' });

const placementParams = z.strictObject({ id: z.uuid('Ongeldige id'), placementId: z.uuid('Ongeldige id') });

export function participatieRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['participatie'];
  const read = { access: 'case:read' } as const;
  const write = { access: 'case:write' } as const;

  api.get(
    '/api/gemeenten/:id/participatieplekken',
    { config: { access: 'authenticated' }, schema: { tags, summary: 'Participatieplekken van een gemeente (met case:read of participatie:manage)', params: idParams, response: { 200: z.object({ places: z.array(placeSchema), canManage: z.boolean() }), ...errors } } },
    (request) => listParticipationPlaces(useCaseContext(request, ctx), request.params.id),
  );
  api.post(
    '/api/participatieplekken',
    { config: { access: 'participatie:manage' }, schema: { tags, summary: 'Participatieplek toevoegen', body: participationPlaceInput, response: { 201: placeSchema, ...errors } } },
    async (request, reply) => reply.code(201).send(await addParticipationPlace(useCaseContext(request, ctx), request.body)),
  );
  api.put(
    '/api/participatieplekken/:placeId',
    {
      config: { access: 'participatie:manage' },
      schema: { tags, summary: 'Participatieplek wijzigen of op non-actief zetten (met version)', params: z.strictObject({ placeId: z.uuid('Ongeldige id') }), body: participationPlaceUpdate, response: { 200: placeSchema, ...errors } },
    },
    (request) => updateParticipationPlace(useCaseContext(request, ctx), request.params.placeId, request.body),
  );
  api.get('/api/cases/:id/participatie', { config: read, schema: { tags, summary: 'Participatie en Z-route-uren van een dossier', params: idParams, response: { 200: caseParticipatieSchema, ...errors } } }, (request) =>
    getCaseParticipatie(useCaseContext(request, ctx), request.params.id),
  );
  api.post(
    '/api/cases/:id/participatie/plaatsingen',
    { config: write, schema: { tags, summary: 'Plaatsen op een participatieplek', params: idParams, body: participationPlacementInput, response: { 200: caseParticipatieSchema, ...errors } } },
    (request) => addParticipationPlacement(useCaseContext(request, ctx), request.params.id, request.body),
  );
  api.put(
    '/api/cases/:id/participatie/plaatsingen/:placementId',
    { config: write, schema: { tags, summary: 'Plaatsing beëindigen of uren per week wijzigen (met version)', params: placementParams, body: participationPlacementUpdate, response: { 200: caseParticipatieSchema, ...errors } } },
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
        response: { 200: caseParticipatieSchema.extend({ queued: z.boolean() }), ...errors },
      },
    },
    (request) => recordParticipationHours(useCaseContext(request, ctx), request.params.id, request.params.placementId, request.body),
  );
}
