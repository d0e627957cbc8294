// The PIP (beschikking) of a case: drafts, DUO pre-validation, vaststellen, changes, bezwaar.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { learningRoutes, mapThemes } from '@koers/domain';
import type { AppContext } from '../http/context.ts';
import {
  changeInput,
  createDraftInput,
  issueInput,
  languageSkills,
  objectionInput,
  objectionStatuses,
  objectionUpdateInput,
  pipKinds,
  pipStatuses,
  thirdPartyInfoInput,
  updateDraftInput,
} from '../use-cases/pip/pip.types.ts';
import { getPipOverview } from '../use-cases/pip/get-pip-overview.ts';
import { createPipDraft } from '../use-cases/pip/create-draft.ts';
import { updatePipDraft } from '../use-cases/pip/update-draft.ts';
import { deletePipDraft } from '../use-cases/pip/delete-draft.ts';
import { issuePip } from '../use-cases/pip/issue-pip.ts';
import { changePip } from '../use-cases/pip/change-pip.ts';
import { registerObjection, updateObjection } from '../use-cases/pip/objections.ts';
import { recordThirdPartyInfo } from '../use-cases/pip/third-party-info.ts';
import { withdrawPip } from '../use-cases/pip/withdraw-pip.ts';
import { withdrawPipInput, withdrawalReasons } from '../use-cases/pip/withdraw-pip.types.ts';
import { errors, explanation, idParams, period } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

const uuid = z.uuid('Ongeldige id');
const pipParams = z.strictObject({ id: uuid, pipId: uuid });
const objectionParams = z.strictObject({ id: uuid, objectionId: uuid });

const problem = z.object({ field: z.string(), code: z.string(), message: z.string() });

const validation = z
  .object({
    accepted: z.boolean(),
    issuedOn: z.string(),
    duo: z.object({ accepted: z.boolean(), errors: z.array(problem), explanation }).nullable(),
    problems: z.array(problem),
    deviatesFromAdvice: z.boolean(),
    summary: z.string(),
  })
  .meta({ id: 'PipValidatie' });

const relief = z.object({
  bijstandFrom: z.string().nullable(),
  applies: z.boolean(),
  from: z.string().nullable(),
  toExclusive: z.string().nullable(),
  localToExclusive: z.string().nullable(),
  explanation,
});

const changeRecord = z.object({
  reason: z.string(),
  explanation: explanation.optional(),
  previousRoute: z.string().nullable().optional(),
  exception: z.string().nullable().optional(),
  dutchCourseHours: z.number().optional(),
  sufficientEffort: z.boolean().optional(),
});

const pipFields = {
  id: z.string(),
  caseId: z.string(),
  version: z.number(),
  status: z.enum(pipStatuses),
  kind: z.enum(pipKinds),
  issuedOn: z.string().nullable(),
  issuedBy: z.string().nullable(),
  route: z.enum(learningRoutes).nullable(),
  level: z.enum(['A2', 'B1']).nullable(),
  a2Skills: z.array(z.enum(languageSkills)),
  intensity: z.string().nullable(),
  hoursPerWeek: z.number().nullable(),
  estimatedB1Intensity: z.number().nullable(),
  motivation: z.object({ B1: z.string().optional(), Z: z.string().optional(), Onderwijs: z.string().optional() }),
  change: changeRecord.nullable(),
  deviatesFromAdvice: z.boolean(),
  support: z.string().nullable(),
  pvtIntensity: z.string().nullable(),
  mapIntensity: z.string().nullable(),
  mapThemesOmitted: z.array(z.object({ theme: z.enum(mapThemes), reason: z.string() })),
  vve: z.string().nullable(),
  participation: z.string().nullable(),
  participatiewet: z.string().nullable(),
  relief: relief.nullable(),
  progressMeetings: z.number().nullable(),
  changeReason: z.string().nullable(),
  changeNote: z.string().nullable(),
  supersedesId: z.string().nullable(),
  documentId: z.string().nullable(),
  withdrawal: z
    .object({ id: z.string(), withdrawnOn: z.string(), reason: z.enum(withdrawalReasons), reasonLabel: z.string(), note: z.string().nullable(), documentId: z.string().nullable() })
    .nullable()
    .meta({ id: 'PipIntrekking' }),
  createdAt: z.string(),
  updatedAt: z.string(),
};
const pipSchema = z.object(pipFields).meta({ id: 'PipVersie' });
const draftSchema = z.object({ ...pipFields, validation }).meta({ id: 'ConceptPip' });

const objectionSchema = z
  .object({
    id: z.string(),
    pipId: z.string(),
    pipVersion: z.number().nullable(),
    receivedOn: z.string(),
    status: z.enum(objectionStatuses),
    decidedOn: z.string().nullable(),
    note: z.string().nullable(),
    onTime: z.object({ value: z.boolean(), explanation }).nullable(),
    period: z.object({ value: period, explanation }).nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'PipBezwaar' });

const deadline = z.object({ value: z.string().nullable(), explanation, metOn: z.string().nullable(), overdue: z.boolean() });
const thirdPartyInfo = z.object({
  status: z.enum(['geen', 'wachtend', 'ontvangen']),
  waitingSince: z.string().nullable(),
  receivedOn: z.string().nullable(),
  history: z.array(z.object({ on: z.string(), status: z.string(), note: z.string().nullable(), actorName: z.string(), at: z.string() })),
  version: z.number().describe('Versie van het dossier; een wijziging noemt hem'),
});

const overviewSchema = z
  .object({
    caseId: z.string(),
    targetGroup: z.string().nullable(),
    kind: z.enum(pipKinds),
    advice: z.object({ route: z.enum(learningRoutes), source: z.string(), on: z.string().nullable() }).nullable(),
    deadline,
    term: z.object({ value: period.nullable(), explanation }),
    current: pipSchema.nullable(),
    versions: z.array(pipSchema),
    draft: draftSchema.nullable(),
    objections: z.array(objectionSchema),
    thirdPartyInfo,
    defaults: z.object({ progressMeetings: z.number(), objectionPeriodWeeks: z.number() }),
  })
  .meta({ id: 'PipOverzicht' });

export function pipRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['pip'];

  api.get(
    '/api/cases/:id/pip',
    {
      config: { access: 'case:read' },
      schema: { tags, summary: 'PIP-versies, concept met DUO-voorcontrole, uiterste datum en termijn', params: idParams, response: { 200: overviewSchema, ...errors } },
    },
    (request) => getPipOverview(useCaseContext(request, ctx), request.params.id),
  );

  api.post(
    '/api/cases/:id/pip/drafts',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Concept-PIP aanmaken (vooringevuld uit intake en leerbaarheidstoets)', params: idParams, body: createDraftInput, response: { 201: draftSchema, ...errors } },
    },
    async (request, reply) => reply.code(201).send(await createPipDraft(useCaseContext(request, ctx), request.params.id, request.body)),
  );

  api.patch(
    '/api/cases/:id/pip/drafts/:pipId',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Concept-PIP bijwerken (geeft de DUO-voorcontrole terug)', params: pipParams, body: updateDraftInput, response: { 200: draftSchema, ...errors } },
    },
    (request) => updatePipDraft(useCaseContext(request, ctx), request.params.id, request.params.pipId, request.body),
  );

  api.delete(
    '/api/cases/:id/pip/drafts/:pipId',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Concept-PIP verwijderen', params: pipParams, response: { 204: z.null(), ...errors } },
    },
    async (request, reply) => {
      await deletePipDraft(useCaseContext(request, ctx), request.params.id, request.params.pipId);
      return reply.code(204).send(null);
    },
  );

  api.post(
    '/api/cases/:id/pip/drafts/:pipId/vaststellen',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'PIP vaststellen: dagtekening, PDF, termijn en melding aan DUO', params: pipParams, body: issueInput, response: { 200: pipSchema, ...errors } },
    },
    (request) => issuePip(useCaseContext(request, ctx), request.params.id, request.params.pipId, request.body),
  );

  api.post(
    '/api/cases/:id/pip/changes',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'PIP wijzigen: nieuwe conceptversie met reden', params: idParams, body: changeInput, response: { 201: draftSchema, ...errors } },
    },
    async (request, reply) => reply.code(201).send(await changePip(useCaseContext(request, ctx), request.params.id, request.body)),
  );

  api.post(
    '/api/cases/:id/pip/:pipId/objections',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Bezwaar registreren tegen een PIP-versie', params: pipParams, body: objectionInput, response: { 201: objectionSchema, ...errors } },
    },
    async (request, reply) => reply.code(201).send(await registerObjection(useCaseContext(request, ctx), request.params.id, request.params.pipId, request.body)),
  );

  api.patch(
    '/api/cases/:id/pip/objections/:objectionId',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Bezwaar bijwerken (status, beslisdatum)', params: objectionParams, body: objectionUpdateInput, response: { 200: objectionSchema, ...errors } },
    },
    (request) => updateObjection(useCaseContext(request, ctx), request.params.id, request.params.objectionId, request.body),
  );

  api.post(
    '/api/cases/:id/pip/:pipId/withdraw',
    {
      config: { access: 'case:write' },
      schema: {
        tags,
        summary: 'PIP intrekken: alleen de actuele versie; DUO-voorcontrole (termijn, cursusuren), besluit, melding aan DUO',
        params: pipParams,
        body: withdrawPipInput,
        response: { 200: pipSchema, ...errors },
      },
    },
    (request) => withdrawPip(useCaseContext(request, ctx), request.params.id, request.params.pipId, request.body),
  );

  api.put(
    '/api/cases/:id/third-party-info',
    {
      config: { access: 'case:write' },
      schema: {
        tags,
        summary: 'Wachten op / ontvangst van informatie van een derde (uiterste datum PIP)',
        params: idParams,
        body: thirdPartyInfoInput,
        response: { 200: z.object({ thirdPartyInfo, deadline }), ...errors },
      },
    },
    (request) => recordThirdPartyInfo(useCaseContext(request, ctx), request.params.id, request.body),
  );
}
