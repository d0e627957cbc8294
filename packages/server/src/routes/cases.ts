import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { createCase } from '../use-cases/cases/create-case.ts';
import { getCase } from '../use-cases/cases/get-case.ts';
import { caseSorts, listCases } from '../use-cases/cases/list-cases.ts';
import { updateCase } from '../use-cases/cases/update-case.ts';
import { caseHistory } from '../use-cases/cases/case-history.ts';
import { createCaseInput, updateCaseInput } from '../use-cases/cases/case-input.types.ts';
import { errors, historyEntry, idParams, text } from './schemas.ts';
import { useCaseContext } from './request-context.ts';
import { caseFigures, caseStatuses } from '@koers/domain';
import { isoDate } from '../contract/input-fields.ts';
import { caseListSchema, caseViewSchema } from '../use-cases/cases/case.view.ts';

// routes/brp.ts (another area) still imports the case schema from here under its old name.

/** The case list's search, filters and order; the list and its export (routes/exports.ts) share them. */
export const caseListFilters = z.strictObject({
  gemeenteId: z.uuid().optional(),
  zoek: text().trim().max(200).optional(),
  status: z.enum(caseStatuses).optional(),
  trajectregisseur: z.union([z.uuid(), z.literal('geen')]).optional(),
  sorteer: z.enum(caseSorts).default('name'),
  volgorde: z.enum(['asc', 'desc']).default('asc'),
});

export function caseRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/cases',
    {
      // Every signed-in user: `case:read` lists the cases of their gemeenten, `case:read-assigned` only assigned cases, others none.
      config: { access: 'authenticated' },
      schema: {
        tags: ['dossiers'],
        summary: 'Dossiers zoeken, filteren, sorteren en bladeren (met totaal)',
        querystring: caseListFilters.extend({
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).default(0),
          // The list behind a dashboard figure (ADR 0140): the figure, its period and, for route and handhaving, the value.
          kengetal: z.enum(caseFigures).optional(),
          waarde: text().trim().max(40).optional(),
          van: isoDate('Van: vul een datum in als JJJJ-MM-DD', { from: '2000-01-01', to: '2100-12-31' }).optional(),
          tot: isoDate('Tot en met: vul een datum in als JJJJ-MM-DD', { from: '2000-01-01', to: '2100-12-31' }).optional(),
        }),
        response: { 200: caseListSchema, ...errors },
      },
    },
    (request) => {
      const q = request.query;
      return listCases(useCaseContext(request, ctx), {
        ...(q.gemeenteId ? { gemeenteId: q.gemeenteId } : {}),
        ...(q.zoek ? { search: q.zoek } : {}),
        ...(q.status ? { status: q.status } : {}),
        ...(q.trajectregisseur ? { caseManagerId: q.trajectregisseur } : {}),
        ...(q.kengetal ? { figure: { figure: q.kengetal, period: { from: q.van ?? '2000-01-01', to: q.tot ?? '2100-12-31' }, ...(q.waarde ? { value: q.waarde } : {}) } } : {}),
        sort: q.sorteer,
        order: q.volgorde,
        limit: q.limit,
        offset: q.offset,
      });
    },
  );

  api.post(
    '/api/cases',
    {
      config: { access: 'case:write' },
      schema: {
        tags: ['dossiers'],
        summary: 'Nieuwkomer registreren (plicht, doelgroep en regime worden bepaald; dubbel BSN/V-nummer → 409 met existingCaseId)',
        body: createCaseInput,
        response: { 201: caseViewSchema, ...errors },
      },
    },
    async (request, reply) => reply.code(201).send(await createCase(useCaseContext(request, ctx), request.body)),
  );

  api.get(
    '/api/cases/:id',
    { config: { access: 'case:read' }, schema: { tags: ['dossiers'], summary: 'Eén dossier', params: idParams, response: { 200: caseViewSchema, ...errors } } },
    (request) => getCase(useCaseContext(request, ctx), request.params.id),
  );

  api.patch(
    '/api/cases/:id',
    {
      config: { access: 'case:write' },
      schema: {
        tags: ['dossiers'],
        summary: 'Gegevens van een dossier corrigeren (plicht opnieuw bepaald, met geschiedenis)',
        params: idParams,
        body: updateCaseInput,
        response: { 200: caseViewSchema, ...errors },
      },
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
