// Closing and reopening a case by hand, the household and the move (overdracht) of a case (issue 12).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { closeFollowUps, closeReasons } from '@koers/domain';
import type { AppContext } from '../http/context.ts';
import { closeCaseByHand } from '../use-cases/case-closing/close-case.ts';
import { reopenCaseByHand } from '../use-cases/case-closing/reopen-case.ts';
import { getCaseLinks } from '../use-cases/case-closing/case-links.ts';
import { linkHousehold, unlinkHousehold } from '../use-cases/case-closing/household.ts';
import { exportHandover, requestHandover } from '../use-cases/case-closing/handover.ts';
import { handoverExportSchema } from '../use-cases/case-closing/handover-export.ts';
import { closeCaseInput, householdInput, householdRelations, reopenCaseInput } from '../use-cases/case-closing/case-closing.types.ts';
import { caseDetailSchema } from './cases.ts';
import { errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

const explanation = z.object({
  summary: z.string(),
  steps: z.array(z.object({ text: z.string(), articles: z.array(z.string()).readonly() })).readonly(),
  articles: z.array(z.string()).readonly(),
});

const closeResult = z
  .object({
    case: caseDetailSchema,
    followUps: z.array(z.object({ code: z.enum(closeFollowUps), text: z.string() })),
    explanation,
    handover: z.object({ pdfDocumentId: z.string(), exportDocumentId: z.string(), linkedInInstallation: z.boolean() }).nullable(),
  })
  .meta({ id: 'DossierGesloten' });

const caseLinksSchema = z
  .object({
    household: z.array(
      z.object({
        caseId: z.string(),
        name: z.string(),
        relation: z.enum(householdRelations),
        status: z.string(),
        closedOn: z.string().nullable(),
        pip: z.object({ status: z.string(), issuedOn: z.string().nullable(), route: z.string().nullable() }).nullable(),
        nextMeeting: z.object({ kind: z.string(), plannedAt: z.string() }).nullable(),
      }),
    ),
    moves: z.array(
      z.object({
        direction: z.enum(['naar', 'uit']),
        gemeenteCode: z.string().nullable(),
        gemeenteName: z.string().nullable(),
        movedOn: z.string().nullable(),
        linked: z.boolean(),
        otherCaseId: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'DossierKoppelingen' });

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
        response: { 200: closeResult, ...errors },
      },
    },
    (request) => closeCaseByHand(useCaseContext(request, ctx), request.params.id, request.body),
  );

  api.post(
    '/api/cases/:id/reopen',
    {
      config: { access: 'case:write', openWhenClosed: true },
      schema: { tags: ['dossiers'], summary: 'Gesloten dossier heropenen (terug naar de status van vóór het sluiten)', params: idParams, body: reopenCaseInput, response: { 200: caseDetailSchema, ...errors } },
    },
    (request) => reopenCaseByHand(useCaseContext(request, ctx), request.params.id, request.body),
  );

  api.get(
    '/api/cases/:id/links',
    {
      config: { access: 'case:read' },
      schema: { tags: ['dossiers'], summary: 'Huishouden en verhuizingen van een dossier', params: idParams, response: { 200: caseLinksSchema, ...errors } },
    },
    (request) => getCaseLinks(useCaseContext(request, ctx), request.params.id),
  );

  api.post(
    '/api/cases/:id/household',
    {
      config: { access: 'case:write', openWhenClosed: true },
      schema: { tags: ['dossiers'], summary: 'Dossier van een gezinslid koppelen (zelfde gemeente)', params: idParams, body: householdInput, response: { 200: caseLinksSchema, ...errors } },
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
        response: { 200: caseLinksSchema, ...errors },
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
