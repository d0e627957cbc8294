// The PIP (beschikking) of a case: drafts, DUO pre-validation, vaststellen, changes, bezwaar.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { changeInput, createDraftInput, issueInput, objectionInput, objectionUpdateInput, thirdPartyInfoInput, updateDraftInput } from '../use-cases/pip/pip.types.ts';
import { draftViewSchema, objectionViewSchema, pipOverviewSchema, pipViewSchema, thirdPartyInfoResultSchema } from '../use-cases/pip/pip.view.ts';
import { getPipOverview } from '../use-cases/pip/get-pip-overview.ts';
import { createPipDraft } from '../use-cases/pip/create-draft.ts';
import { updatePipDraft } from '../use-cases/pip/update-draft.ts';
import { deletePipDraft } from '../use-cases/pip/delete-draft.ts';
import { issuePip } from '../use-cases/pip/issue-pip.ts';
import { changePip } from '../use-cases/pip/change-pip.ts';
import { registerObjection, updateObjection } from '../use-cases/pip/objections.ts';
import { recordThirdPartyInfo } from '../use-cases/pip/third-party-info.ts';
import { withdrawPip } from '../use-cases/pip/withdraw-pip.ts';
import { withdrawPipInput } from '../use-cases/pip/withdraw-pip.types.ts';
import { errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

const uuid = z.uuid('Ongeldige id');
const pipParams = z.strictObject({ id: uuid, pipId: uuid });
const objectionParams = z.strictObject({ id: uuid, objectionId: uuid });

export function pipRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['pip'];

  api.get(
    '/api/cases/:id/pip',
    {
      config: { access: 'case:read' },
      schema: { tags, summary: 'PIP-versies, concept met DUO-voorcontrole, uiterste datum en termijn', params: idParams, response: { 200: pipOverviewSchema, ...errors } },
    },
    (request) => getPipOverview(useCaseContext(request, ctx), request.params.id),
  );

  api.post(
    '/api/cases/:id/pip/drafts',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Concept-PIP aanmaken (vooringevuld uit intake en leerbaarheidstoets)', params: idParams, body: createDraftInput, response: { 201: draftViewSchema, ...errors } },
    },
    async (request, reply) => reply.code(201).send(await createPipDraft(useCaseContext(request, ctx), request.params.id, request.body)),
  );

  api.patch(
    '/api/cases/:id/pip/drafts/:pipId',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Concept-PIP bijwerken (geeft de DUO-voorcontrole terug)', params: pipParams, body: updateDraftInput, response: { 200: draftViewSchema, ...errors } },
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
      schema: { tags, summary: 'PIP vaststellen: dagtekening, PDF, termijn en melding aan DUO', params: pipParams, body: issueInput, response: { 200: pipViewSchema, ...errors } },
    },
    (request) => issuePip(useCaseContext(request, ctx), request.params.id, request.params.pipId, request.body),
  );

  api.post(
    '/api/cases/:id/pip/changes',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'PIP wijzigen: nieuwe conceptversie met reden', params: idParams, body: changeInput, response: { 201: draftViewSchema, ...errors } },
    },
    async (request, reply) => reply.code(201).send(await changePip(useCaseContext(request, ctx), request.params.id, request.body)),
  );

  api.post(
    '/api/cases/:id/pip/:pipId/objections',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Bezwaar registreren tegen een PIP-versie', params: pipParams, body: objectionInput, response: { 201: objectionViewSchema, ...errors } },
    },
    async (request, reply) => reply.code(201).send(await registerObjection(useCaseContext(request, ctx), request.params.id, request.params.pipId, request.body)),
  );

  api.patch(
    '/api/cases/:id/pip/objections/:objectionId',
    {
      config: { access: 'case:write' },
      schema: { tags, summary: 'Bezwaar bijwerken (status, beslisdatum)', params: objectionParams, body: objectionUpdateInput, response: { 200: objectionViewSchema, ...errors } },
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
        response: { 200: pipViewSchema, ...errors },
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
        response: { 200: thirdPartyInfoResultSchema, ...errors },
      },
    },
    (request) => recordThirdPartyInfo(useCaseContext(request, ctx), request.params.id, request.body),
  );
}
