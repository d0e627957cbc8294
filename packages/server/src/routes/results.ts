// PVT, MAP and Z-route results of a case, and the melding to DUO they cause.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.ts';
import { getResults } from '../use-cases/results/get-results.ts';
import { recordResult } from '../use-cases/results/record-result.ts';
import { recordResultInput, resultParams, resultsQuery } from '../use-cases/results/results.types.ts';
import { resultsOverviewSchema } from '../use-cases/results/results.view.ts';
import { errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

export function resultRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['resultaten'];

  api.get(
    '/api/cases/:id/results',
    {
      config: { access: 'case:read' },
      schema: {
        tags,
        summary: 'Resultaten PVT, MAP en Z-route met DUO-status en of verwijtbaar verplicht of toegestaan is',
        params: idParams,
        querystring: resultsQuery,
        response: { 200: resultsOverviewSchema, ...errors },
      },
    },
    (request) => getResults(useCaseContext(request, ctx), request.params.id, request.query.on),
  );

  api.put(
    '/api/cases/:id/results/:kind',
    {
      config: { access: 'case:write' },
      schema: {
        tags,
        summary: 'Resultaat PVT, MAP of Z-route vastleggen (of de datum intrekken) en aan DUO melden',
        params: resultParams,
        body: recordResultInput,
        response: { 200: resultsOverviewSchema, ...errors },
      },
    },
    (request) => recordResult(useCaseContext(request, ctx), request.params.id, request.params.kind, request.body),
  );
}
