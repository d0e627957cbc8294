// Sturing and verantwoording (issue 16, V1): formatie and prognosis figures, SPUK per gemeente and
// year, and the SPUK cost lines. Aggregates only (reports:aggregate); small counts suppressed.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { formatieReport } from '../use-cases/rapportages/formatie-report.ts';
import { spukReport } from '../use-cases/rapportages/spuk-report.ts';
import { addCostLine, deleteCostLine, listCostLines, updateCostLine } from '../use-cases/rapportages/cost-lines.ts';
import { costLineDelete, costLineInput, costLineUpdate, reportQuery } from '../use-cases/rapportages/rapportages.types.ts';
import { costLineViewSchema, formatieReportSchema, spukReportSchema } from '../use-cases/rapportages/rapportages.view.ts';
import { errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

const tags = ['rapportage'];

export function rapportageRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/rapportages/formatie',
    { config: { access: 'reports:aggregate' }, schema: { tags, summary: 'Formatie trajectregie uit de instellingen en uit de gegevens, met de cijfers voor de prognose (alleen aantallen en bedragen)', querystring: reportQuery, response: { 200: formatieReportSchema, ...errors } } },
    (request) => formatieReport(useCaseContext(request, ctx), request.query.gemeenteId),
  );

  api.get(
    '/api/rapportages/spuk',
    { config: { access: 'reports:aggregate' }, schema: { tags, summary: 'SPUK per gemeente en jaar: aanspraak uit de dossiers, uitgaven per voorziening, ondertussengroep apart (alleen aantallen en bedragen)', querystring: reportQuery, response: { 200: spukReportSchema, ...errors } } },
    (request) => spukReport(useCaseContext(request, ctx), request.query.gemeenteId),
  );

  api.get(
    '/api/rapportages/kostenregels',
    { config: { access: 'reports:aggregate' }, schema: { tags, summary: 'Kostenregels van de SPUK-uitgaven', querystring: reportQuery, response: { 200: z.object({ costLines: z.array(costLineViewSchema) }), ...errors } } },
    async (request) => ({ costLines: await listCostLines(useCaseContext(request, ctx), request.query.gemeenteId) }),
  );

  api.post(
    '/api/rapportages/kostenregels',
    { config: { access: 'reports:aggregate' }, schema: { tags, summary: 'Kostenregel toevoegen', body: costLineInput, response: { 201: costLineViewSchema, ...errors } } },
    async (request, reply) => reply.code(201).send(await addCostLine(useCaseContext(request, ctx), request.body)),
  );

  api.put(
    '/api/rapportages/kostenregels/:id',
    { config: { access: 'reports:aggregate' }, schema: { tags, summary: 'Kostenregel wijzigen (met version)', params: idParams, body: costLineUpdate, response: { 200: costLineViewSchema, ...errors } } },
    (request) => updateCostLine(useCaseContext(request, ctx), request.params.id, request.body),
  );

  api.delete(
    '/api/rapportages/kostenregels/:id',
    { config: { access: 'reports:aggregate' }, schema: { tags, summary: 'Kostenregel verwijderen (met version)', params: idParams, querystring: costLineDelete, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await deleteCostLine(useCaseContext(request, ctx), request.params.id, request.query);
      return reply.code(204).send(null);
    },
  );
}
