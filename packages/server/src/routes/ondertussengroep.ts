// The light process of the ondertussengroep (Wi2013, ELIP; R32, ADR 0109) and its count per gemeente.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { getOndertussengroep } from '../use-cases/ondertussengroep/get-ondertussengroep.ts';
import { ondertussengroepReport } from '../use-cases/ondertussengroep/ondertussengroep-report.ts';
import { createOntheffingInput, ontheffingParams, reportQuery, saveSupportPlanInput, updateOntheffingInput } from '../use-cases/ondertussengroep/ondertussengroep.types.ts';
import { recordOntheffingRequest } from '../use-cases/ondertussengroep/record-ontheffing-request.ts';
import { saveSupportPlan } from '../use-cases/ondertussengroep/save-support-plan.ts';
import { updateOntheffingRequest } from '../use-cases/ondertussengroep/update-ontheffing-request.ts';
import { ondertussengroepCountsSchema, ondertussengroepViewSchema, ontheffingViewSchema } from '../use-cases/ondertussengroep/ondertussengroep.view.ts';
import { errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

const reportSchema = z.object({ gemeenten: z.array(ondertussengroepCountsSchema) }).meta({ id: 'RapportageOndertussengroep' });

export function ondertussengroepRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['ondertussengroep'];

  api.get(
    '/api/cases/:id/ondertussengroep',
    {
      config: { access: 'case:read' },
      schema: { tags, summary: 'Licht proces van de ondertussengroep (Wet inburgering 2013, ELIP): ondersteuningsplan, lening, ontheffing', params: idParams, response: { 200: ondertussengroepViewSchema, ...errors } },
    },
    (request) => getOndertussengroep(useCaseContext(request, ctx), request.params.id),
  );

  api.put(
    '/api/cases/:id/ondertussengroep/plan',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Vrijwillig ondersteuningsplan opslaan, met einddatum termijn en stand van de DUO-lening (versie 0: nieuw)', params: idParams, body: saveSupportPlanInput, response: { 200: ondertussengroepViewSchema, ...errors } },
    },
    (request) => saveSupportPlan(useCaseContext(request, ctx), request.params.id, request.body),
  );

  api.post(
    '/api/cases/:id/ondertussengroep/ontheffingen',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Ontheffingsverzoek vastleggen (hulp bij de aanvraag bij DUO)', params: idParams, body: createOntheffingInput, response: { 201: ontheffingViewSchema, ...errors } },
    },
    async (request, reply) => reply.code(201).send(await recordOntheffingRequest(useCaseContext(request, ctx), request.params.id, request.body)),
  );

  api.patch(
    '/api/cases/:id/ondertussengroep/ontheffingen/:requestId',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Ontheffingsverzoek bijwerken (status, besluit van DUO)', params: ontheffingParams, body: updateOntheffingInput, response: { 200: ontheffingViewSchema, ...errors } },
    },
    (request) => updateOntheffingRequest(useCaseContext(request, ctx), request.params.id, request.params.requestId, request.body),
  );

  api.get(
    '/api/rapportage/ondertussengroep',
    {
      config: { access: 'reports:aggregate' },
      schema: { tags: ['rapportage'], summary: 'Aantallen per gemeente: ondertussengroep (met ELIP, plannen, aanbod, ontheffingen) apart van de Wet inburgering 2021', querystring: reportQuery, response: { 200: reportSchema, ...errors } },
    },
    async (request) => ({ gemeenten: await ondertussengroepReport(useCaseContext(request, ctx), request.query.gemeenteId) }),
  );
}
