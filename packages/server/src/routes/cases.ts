import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { createCase } from '../use-cases/create-case.ts';
import { getCase } from '../use-cases/get-case.ts';
import { listCases } from '../use-cases/list-cases.ts';
import { updateCase } from '../use-cases/update-case.ts';
import { caseHistory } from '../use-cases/case-history.ts';
import { createCaseInput, updateCaseInput } from '../use-cases/case-input.types.ts';
import { caseSchema, errors, historyEntry, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

export function caseRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/cases',
    {
      config: { access: 'case:read' },
      schema: {
        tags: ['dossiers'],
        summary: 'Dossiers van de eigen gemeenten',
        querystring: z.strictObject({
          gemeenteId: z.uuid().optional(),
          zoek: z.string().trim().max(200).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: z.array(caseSchema), ...errors },
      },
    },
    (request) =>
      listCases(useCaseContext(request, ctx), {
        ...(request.query.gemeenteId ? { gemeenteId: request.query.gemeenteId } : {}),
        ...(request.query.zoek ? { search: request.query.zoek } : {}),
        limit: request.query.limit,
        offset: request.query.offset,
      }),
  );

  api.post(
    '/api/cases',
    {
      config: { access: 'case:write' },
      schema: { tags: ['dossiers'], summary: 'Dossier aanmaken', body: createCaseInput, response: { 201: caseSchema, ...errors } },
    },
    async (request, reply) => reply.code(201).send(await createCase(useCaseContext(request, ctx), request.body)),
  );

  api.get(
    '/api/cases/:id',
    { config: { access: 'case:read' }, schema: { tags: ['dossiers'], summary: 'Eén dossier', params: idParams, response: { 200: caseSchema, ...errors } } },
    (request) => getCase(useCaseContext(request, ctx), request.params.id),
  );

  api.patch(
    '/api/cases/:id',
    {
      config: { access: 'case:write' },
      schema: { tags: ['dossiers'], summary: 'Persoonsgegevens van een dossier corrigeren', params: idParams, body: updateCaseInput, response: { 200: caseSchema, ...errors } },
    },
    (request) => updateCase(useCaseContext(request, ctx), request.params.id, request.body),
  );

  api.get(
    '/api/cases/:id/history',
    {
      config: { access: 'case:history' },
      schema: { tags: ['dossiers'], summary: 'Wijzigingsgeschiedenis van een dossier', params: idParams, response: { 200: z.array(historyEntry), ...errors } },
    },
    (request) => caseHistory(useCaseContext(request, ctx), request.params.id),
  );
}
