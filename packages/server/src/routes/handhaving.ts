// Handhaving (issue 14, ADR 0132): violations of art. 22/23 Wi 2021, their steps, the four-eyes
// decision (handhaving:decide), collection (finance:write) and the teamleider's list of open handhaving.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { collectionInput, decisionInput, stepInput, violationInput } from '../use-cases/handhaving/handhaving.types.ts';
import { getHandhaving } from '../use-cases/handhaving/get-handhaving.ts';
import { recordViolation } from '../use-cases/handhaving/record-violation.ts';
import { recordHandhavingStep } from '../use-cases/handhaving/record-step.ts';
import { decideHandhaving } from '../use-cases/handhaving/decide.ts';
import { recordCollection } from '../use-cases/handhaving/record-collection.ts';
import { listOpenHandhaving } from '../use-cases/handhaving/list-open-handhaving.ts';
import { duoFineInput, duoFineUpdateInput } from '../use-cases/handhaving/duo-fine.types.ts';
import { recordDuoFine } from '../use-cases/handhaving/record-duo-fine.ts';
import { updateDuoFine } from '../use-cases/handhaving/update-duo-fine.ts';
import { duoFineViewSchema, fineViewSchema, handhavingViewSchema, handhavingWrittenSchema, openHandhavingItemSchema } from '../use-cases/handhaving/handhaving.view.ts';
import { errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';
import type { ZodApi } from './zod-api.ts';

const uuid = z.uuid('Ongeldige id');
const violationParams = z.strictObject({ id: uuid, violationId: uuid });
const fineParams = z.strictObject({ id: uuid, fineId: uuid });
const duoFineParams = z.strictObject({ id: uuid, duoFineId: uuid });


export function handhavingRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  registerViolations(api, ctx);
  registerFines(api, ctx);
  registerOverview(api, ctx);
}

function registerViolations(api: ZodApi, ctx: AppContext): void {
  api.get(
    '/api/cases/:id/handhaving',
    {
      config: { access: 'case:read' },
      schema: {
        tags: ['handhaving'],
        summary: 'Handhaving van een dossier: overtredingen, stappen, boetes, maximum per termijn',
        params: idParams,
        response: { 200: handhavingViewSchema, ...errors },
      },
    },
    (request) => getHandhaving(useCaseContext(request, ctx), request.params.id),
  );

  api.post(
    '/api/cases/:id/handhaving',
    {
      config: { access: 'case:write' },
      schema: {
        tags: ['handhaving'],
        summary: 'Overtreding van art. 22 of 23 Wet inburgering 2021 vastleggen',
        params: idParams,
        body: violationInput,
        response: { 201: handhavingWrittenSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await recordViolation(useCaseContext(request, ctx), request.params.id, request.body)),
  );

  api.post(
    '/api/cases/:id/handhaving/:violationId/stappen',
    {
      config: { access: 'case:write' },
      schema: {
        tags: ['handhaving'],
        summary: 'Stap vastleggen (waarschuwing, voornemen, zienswijze, bezwaar, beroep, onherroepelijk); met version',
        params: violationParams,
        body: stepInput,
        response: { 200: handhavingWrittenSchema, ...errors },
      },
    },
    (request) => recordHandhavingStep(useCaseContext(request, ctx), request.params.id, request.params.violationId, request.body),
  );

  api.post(
    '/api/cases/:id/handhaving/:violationId/besluit',
    {
      config: { access: 'handhaving:decide' },
      schema: {
        tags: ['handhaving'],
        summary: 'Besluit op het voornemen (vier ogen: niet door wie het voorbereidde); met version',
        params: violationParams,
        body: decisionInput,
        response: { 200: handhavingWrittenSchema, ...errors },
      },
    },
    (request) => decideHandhaving(useCaseContext(request, ctx), request.params.id, request.params.violationId, request.body),
  );
}

function registerFines(api: ZodApi, ctx: AppContext): void {
  api.put(
    '/api/cases/:id/handhaving/boetes/:fineId/inning',
    {
      config: { access: 'finance:write' },
      schema: {
        tags: ['handhaving'],
        summary: 'Stand van de inning van een boete vastleggen; met version',
        params: fineParams,
        body: collectionInput,
        response: { 200: fineViewSchema, ...errors },
      },
    },
    (request) => recordCollection(useCaseContext(request, ctx), request.params.id, request.params.fineId, request.body),
  );

  api.post(
    '/api/cases/:id/handhaving/duo-boetes',
    {
      config: { access: 'case:write' },
      schema: {
        tags: ['handhaving'],
        summary: 'Boete van DUO vastleggen uit de beschikking van DUO (art. 24–25 Wet inburgering 2021); nieuwe termijn en maximum volgen',
        params: idParams,
        body: duoFineInput,
        response: { 201: duoFineViewSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await recordDuoFine(useCaseContext(request, ctx), request.params.id, request.body)),
  );

  api.put(
    '/api/cases/:id/handhaving/duo-boetes/:duoFineId',
    {
      config: { access: 'case:write' },
      schema: {
        tags: ['handhaving'],
        summary: 'Boete van DUO corrigeren, intrekken of het traject als besproken vastleggen; met version',
        params: duoFineParams,
        body: duoFineUpdateInput,
        response: { 200: duoFineViewSchema, ...errors },
      },
    },
    (request) => updateDuoFine(useCaseContext(request, ctx), request.params.id, request.params.duoFineId, request.body),
  );
}

function registerOverview(api: ZodApi, ctx: AppContext): void {
  api.get(
    '/api/handhaving',
    {
      config: { access: 'workqueue:team' },
      schema: {
        tags: ['handhaving'],
        summary: 'Alle lopende handhaving in het team',
        response: {
          200: z.object({
            items: z.array(openHandhavingItemSchema),
          }),
          ...errors,
        },
      },
    },
    (request) => listOpenHandhaving(useCaseContext(request, ctx)),
  );
}
