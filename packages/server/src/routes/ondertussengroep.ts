// The light process of the ondertussengroep (Wi2013, ELIP; R32, ADR 0109) and its count per gemeente.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { caseSteps, loanStatuses, ontheffingGrounds, ontheffingStatuses, supportOfferKinds, supportPlanStatuses } from '@koers/domain';
import type { AppContext } from '../http/context.ts';
import { getOndertussengroep } from '../use-cases/ondertussengroep/get-ondertussengroep.ts';
import { ondertussengroepReport } from '../use-cases/ondertussengroep/ondertussengroep-report.ts';
import { createOntheffingInput, ontheffingParams, reportQuery, saveSupportPlanInput, updateOntheffingInput } from '../use-cases/ondertussengroep/ondertussengroep.types.ts';
import { recordOntheffingRequest } from '../use-cases/ondertussengroep/record-ontheffing-request.ts';
import { saveSupportPlan } from '../use-cases/ondertussengroep/save-support-plan.ts';
import { updateOntheffingRequest } from '../use-cases/ondertussengroep/update-ontheffing-request.ts';
import { errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

const ontheffingSchema = z
  .object({
    id: z.string(),
    ground: z.enum(ontheffingGrounds),
    groundLabel: z.string(),
    status: z.enum(ontheffingStatuses),
    statusLabel: z.string(),
    requestedOn: z.string().nullable(),
    duoDecisionOn: z.string().nullable(),
    note: z.string().nullable().describe('Alleen voor rollen met case:read-sensitive'),
    noteHidden: z.boolean(),
    version: z.number(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Ontheffingsverzoek' });

const ondertussengroepSchema = z
  .object({
    caseId: z.string(),
    regime: z.string().nullable(),
    process: z.enum(['wi2021', 'licht']),
    applies: z.boolean(),
    elip: z.boolean(),
    steps: z.array(z.object({ step: z.enum(caseSteps), allowed: z.boolean(), explanation: z.string() })),
    duoTerm: z.object({ start: z.string().nullable(), endExclusive: z.string().nullable() }),
    plan: z.object({
      exists: z.boolean(),
      status: z.enum(supportPlanStatuses),
      statusLabel: z.string(),
      goal: z.string().nullable(),
      offers: z.array(
        z.object({
          kind: z.enum(supportOfferKinds),
          kindLabel: z.string(),
          description: z.string().nullable(),
          provider: z.string().nullable(),
          startOn: z.string().nullable(),
          endOn: z.string().nullable(),
        }),
      ),
      dutyEndOn: z.string().nullable(),
      loanStatus: z.enum(loanStatuses),
      loanStatusLabel: z.string(),
      loanStatusOn: z.string().nullable(),
      version: z.number().describe('0 voor een dossier zonder ondersteuningsplan'),
      updatedAt: z.string().nullable(),
    }),
    ontheffingen: z.array(ontheffingSchema),
    signals: z.array(z.object({ kind: z.string(), label: z.string(), dueOn: z.string(), deadline: z.string().nullable(), reason: z.string() })),
  })
  .meta({ id: 'Ondertussengroep' });

const countRecord = <K extends string>(keys: readonly [K, ...K[]]) => z.record(z.enum(keys), z.number());
const reportSchema = z
  .object({
    gemeenten: z.array(
      z.object({
        gemeente: z.object({ id: z.string(), name: z.string() }),
        wi2021: z.number(),
        ondertussengroep: z.number(),
        elip: z.number(),
        plans: countRecord([...supportPlanStatuses, 'geen']),
        offers: countRecord(supportOfferKinds),
        loan: countRecord(loanStatuses),
        ontheffingen: countRecord(ontheffingStatuses),
      }),
    ),
  })
  .meta({ id: 'RapportageOndertussengroep' });

export function ondertussengroepRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['ondertussengroep'];

  api.get(
    '/api/cases/:id/ondertussengroep',
    {
      config: { access: 'case:read' },
      schema: { tags, summary: 'Licht proces van de ondertussengroep (Wet inburgering 2013, ELIP): ondersteuningsplan, lening, ontheffing', params: idParams, response: { 200: ondertussengroepSchema, ...errors } },
    },
    (request) => getOndertussengroep(useCaseContext(request, ctx), request.params.id),
  );

  api.put(
    '/api/cases/:id/ondertussengroep/plan',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Vrijwillig ondersteuningsplan opslaan, met einddatum termijn en stand van de DUO-lening (versie 0: nieuw)', params: idParams, body: saveSupportPlanInput, response: { 200: ondertussengroepSchema, ...errors } },
    },
    (request) => saveSupportPlan(useCaseContext(request, ctx), request.params.id, request.body),
  );

  api.post(
    '/api/cases/:id/ondertussengroep/ontheffingen',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Ontheffingsverzoek vastleggen (hulp bij de aanvraag bij DUO)', params: idParams, body: createOntheffingInput, response: { 201: ontheffingSchema, ...errors } },
    },
    async (request, reply) => reply.code(201).send(await recordOntheffingRequest(useCaseContext(request, ctx), request.params.id, request.body)),
  );

  api.patch(
    '/api/cases/:id/ondertussengroep/ontheffingen/:requestId',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Ontheffingsverzoek bijwerken (status, besluit van DUO)', params: ontheffingParams, body: updateOntheffingInput, response: { 200: ontheffingSchema, ...errors } },
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
