// Closing and reopening a case by hand, the household and the move (overdracht) of a case (issue 12).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { closeReasons } from '@koers/domain';
import type { AppContext } from '../http/context.ts';
import { closeCaseByHand, closeCaseResultSchema } from '../use-cases/case-closing/close-case.ts';
import { reopenCaseByHand } from '../use-cases/case-closing/reopen-case.ts';
import { caseLinksViewSchema, getCaseLinks } from '../use-cases/case-closing/case-links.ts';
import { linkHousehold, unlinkHousehold } from '../use-cases/case-closing/household.ts';
import { exportHandover, requestHandover } from '../use-cases/case-closing/handover.ts';
import { handoverExportSchema } from '../use-cases/case-closing/handover-export.ts';
import { closeCaseInput, householdInput, reopenCaseInput } from '../use-cases/case-closing/case-closing.types.ts';
import { caseViewSchema } from '../use-cases/cases/case.view.ts';
import { errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

export function caseClosingRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(
    '/api/cases/:id/close',
    {
      config: { access: 'case:write', openWhenClosed: true },
      schema: {
        tags: ['dossiers'],
        summary: `Dossier met de hand sluiten (reden: ${closeReasons.join(', ')}); bij verhuizing het overdrachtsdossier en de koppeling met de nieuwe gemeente`,
        params: idParams,
        body: closeCaseInput,
        response: { 200: closeCaseResultSchema, ...errors },
      },
    },
    (request) => closeCaseByHand(useCaseContext(request, ctx), request.params.id, request.body),
  );

  api.post(
    '/api/cases/:id/reopen',
    {
      config: { access: 'case:write', openWhenClosed: true },
      schema: { tags: ['dossiers'], summary: 'Gesloten dossier heropenen (terug naar de status van vóór het sluiten)', params: idParams, body: reopenCaseInput, response: { 200: caseViewSchema, ...errors } },
    },
    (request) => reopenCaseByHand(useCaseContext(request, ctx), request.params.id, request.body),
  );

  api.get(
    '/api/cases/:id/links',
    {
      config: { access: 'case:read' },
      schema: { tags: ['dossiers'], summary: 'Huishouden en verhuizingen van een dossier', params: idParams, response: { 200: caseLinksViewSchema, ...errors } },
    },
    (request) => getCaseLinks(useCaseContext(request, ctx), request.params.id),
  );

  api.post(
    '/api/cases/:id/household',
    {
      config: { access: 'case:write', openWhenClosed: true },
      schema: { tags: ['dossiers'], summary: 'Dossier van een gezinslid koppelen (zelfde gemeente)', params: idParams, body: householdInput, response: { 200: caseLinksViewSchema, ...errors } },
    },
    (request) => linkHousehold(useCaseContext(request, ctx), request.params.id, request.body),
  );

  api.delete(
    '/api/cases/:id/household/:otherCaseId',
    {
      config: { access: 'case:write', openWhenClosed: true },
      schema: {
        tags: ['dossiers'],
        summary: 'Koppeling met een gezinslid verwijderen',
        params: z.strictObject({ id: z.uuid('Ongeldige id'), otherCaseId: z.uuid('Ongeldige id') }),
        response: { 200: caseLinksViewSchema, ...errors },
      },
    },
    (request) => unlinkHousehold(useCaseContext(request, ctx), request.params.id, request.params.otherCaseId),
  );

  api.get(
    '/api/cases/:id/overdracht',
    {
      config: { access: 'case:read-sensitive' },
      schema: { tags: ['dossiers'], summary: `Overdrachtsdossier als JSON (schema ${handoverExportSchema.shape.schema.value}; docs/overdracht.md)`, params: idParams, response: { 200: handoverExportSchema, ...errors } },
    },
    async (request, reply) => {
      const exported = await exportHandover(useCaseContext(request, ctx), request.params.id);
      return reply.header('content-disposition', 'attachment; filename="overdrachtsdossier.json"').header('cache-control', 'no-store').send(exported);
    },
  );

  api.post(
    '/api/cases/:id/overdracht/opvragen',
    {
      config: { access: 'case:write' },
      schema: { tags: ['dossiers'], summary: 'Overdrachtsdossier opvragen bij de vorige gemeente (in deze installatie)', params: idParams, response: { 200: z.object({ received: z.number() }), ...errors } },
    },
    (request) => requestHandover(useCaseContext(request, ctx), request.params.id),
  );
}
