// The end of the road (R23): DUO's exam results (and reviewing them), whether the duty is
// fulfilled, the effective termijn and requests to extend it with their decision.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.ts';
import { getEinde } from '../use-cases/einde/get-einde.ts';
import { reviewExamResult } from '../use-cases/einde/review-exam-result.ts';
import { requestExtension } from '../use-cases/einde/request-extension.ts';
import { decideExtension } from '../use-cases/einde/decide-extension.ts';
import { decideExtensionInput, eindeParams, requestExtensionInput, reviewExamResultInput } from '../use-cases/einde/einde.types.ts';
import { eindeOverviewSchema } from '../use-cases/einde/einde.view.ts';
import { errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

export function eindeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['einde-traject'];

  api.get(
    '/api/cases/:id/einde',
    {
      config: { access: 'case:read' },
      schema: { tags, summary: 'Examenresultaten van DUO, voldaan aan de plicht, de termijn en verlengingen', params: idParams, response: { 200: eindeOverviewSchema, ...errors } },
    },
    (request) => getEinde(useCaseContext(request, ctx), request.params.id),
  );

  api.post(
    '/api/cases/:id/exam-results/:itemId/review',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Een examenresultaat van DUO als beoordeeld markeren', params: eindeParams, body: reviewExamResultInput, response: { 200: eindeOverviewSchema, ...errors } },
    },
    (request) => reviewExamResult(useCaseContext(request, ctx), request.params.id, request.params.itemId, request.body),
  );

  api.post(
    '/api/cases/:id/term-extensions',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Een verzoek om verlenging van de termijn vastleggen', params: idParams, body: requestExtensionInput, response: { 201: eindeOverviewSchema, ...errors } },
    },
    async (request, reply) => reply.code(201).send(await requestExtension(useCaseContext(request, ctx), request.params.id, request.body)),
  );

  api.post(
    '/api/cases/:id/term-extensions/:itemId/decision',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Beslissen op een verzoek om verlenging (toegekend of afgewezen), met brief', params: eindeParams, body: decideExtensionInput, response: { 200: eindeOverviewSchema, ...errors } },
    },
    (request) => decideExtension(useCaseContext(request, ctx), request.params.id, request.params.itemId, request.body),
  );
}
