import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { getCaseFile } from '../use-cases/case-file/get-case-file.ts';
import { caseTimeline } from '../use-cases/case-file/timeline.ts';
import { downloadCaseDocument, listCaseDocuments } from '../use-cases/case-file/documents.ts';
import { addAssignment, assignableUsers, assignCaseManager, removeAssignment } from '../use-cases/case-file/assignments.ts';
import { assignmentInput, caseManagerInput } from '../use-cases/cases/case-input.types.ts';
import { removeCaseDocument } from '../use-cases/case-file/remove-document.ts';
import { removeDocumentInput } from '../use-cases/case-file/upload-document.types.ts';
import { errors, idParams, text } from './schemas.ts';
import { documentUploadRoutes } from './document-upload.ts';
import { useCaseContext } from './request-context.ts';
import { caseViewSchema } from '../use-cases/cases/case.view.ts';
import { assignableUsersSchema, assignmentViewSchema, caseFileViewSchema, documentViewSchema, timelineViewSchema } from '../use-cases/case-file/case-file.view.ts';
import type { ZodApi } from './zod-api.ts';

export function caseFileRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  registerCaseFile(api, ctx);
  registerDocuments(api, ctx);
  documentUploadRoutes(app, ctx);
  registerDocumentRemoval(api, ctx);
  registerAssignments(api, ctx);
}

function registerCaseFile(api: ZodApi, ctx: AppContext): void {
  api.get(
    '/api/cases/:id/file',
    {
      config: { access: 'case:read' },
      schema: {
        tags: ['dossiers'],
        summary: 'Dossiermap: persoonsgegevens (naar rol), plicht met uitleg, open termijnen met uitleg, signalen, aantallen',
        params: idParams,
        response: { 200: caseFileViewSchema, ...errors },
      },
    },
    (request) => getCaseFile(useCaseContext(request, ctx), request.params.id),
  );

  api.get(
    '/api/cases/:id/assigned-file',
    {
      config: { access: 'case:read-assigned' },
      schema: {
        tags: ['dossiers'],
        summary: 'Dossiermap voor een toegewezen partner: naam, contact en afspraken (alleen toegewezen dossiers)',
        params: idParams,
        response: { 200: caseFileViewSchema, ...errors },
      },
    },
    (request) => getCaseFile(useCaseContext(request, ctx), request.params.id),
  );

  api.get(
    '/api/cases/:id/timeline',
    {
      config: { access: 'case:read' },
      schema: {
        tags: ['dossiers'],
        summary: 'Tijdlijn van een dossier, nieuwste eerst',
        params: idParams,
        querystring: z.strictObject({
          sectie: text().trim().max(40).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: timelineViewSchema, ...errors },
      },
    },
    (request) =>
      caseTimeline(useCaseContext(request, ctx), request.params.id, {
        limit: request.query.limit,
        offset: request.query.offset,
        ...(request.query.sectie ? { section: request.query.sectie } : {}),
      }),
  );
}

function registerDocuments(api: ZodApi, ctx: AppContext): void {
  api.get(
    '/api/cases/:id/documents',
    {
      config: { access: 'case:read' },
      schema: { tags: ['dossiers'], summary: 'Documenten van een dossier', params: idParams, response: { 200: z.array(documentViewSchema), ...errors } },
    },
    (request) => listCaseDocuments(useCaseContext(request, ctx), request.params.id),
  );

  api.get(
    '/api/cases/:id/documents/:documentId',
    {
      config: { access: 'case:read' },
      schema: {
        tags: ['dossiers'],
        summary: 'Document downloaden',
        params: z.strictObject({ id: z.uuid('Ongeldige id'), documentId: z.uuid('Ongeldige id') }),
        response: { 200: z.any().meta({ description: 'Het document (PDF of ander bestandstype)' }), ...errors },
      },
    },
    async (request, reply) => {
      const doc = await downloadCaseDocument(useCaseContext(request, ctx), request.params.id, request.params.documentId);
      const ascii = doc.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
      // Always an attachment with the type sniffed at upload, never rendered inline (ADR 0101).
      return reply
        .header('content-type', doc.mimeType)
        .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'no-store')
        .send(doc.content);
    },
  );
}

function registerDocumentRemoval(api: ZodApi, ctx: AppContext): void {
  api.delete(
    '/api/cases/:id/documents/:documentId',
    {
      config: { access: 'case:write', openWhenClosed: true },
      schema: {
        tags: ['dossiers'],
        summary: 'Een toegevoegd document verwijderen (met reden); brieven en beschikkingen van Koers blijven',
        params: z.strictObject({ id: z.uuid('Ongeldige id'), documentId: z.uuid('Ongeldige id') }),
        body: removeDocumentInput,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await removeCaseDocument(useCaseContext(request, ctx), request.params.id, request.params.documentId, request.body);
      return reply.code(204).send(null);
    },
  );
}

function registerAssignments(api: ZodApi, ctx: AppContext): void {
  api.get(
    '/api/cases/:id/assignable-users',
    {
      config: { access: 'case:write' },
      schema: {
        tags: ['dossiers'],
        summary: 'Wie trajectregisseur of partner van dit dossier kan worden',
        params: idParams,
        response: {
          200: assignableUsersSchema,
          ...errors,
        },
      },
    },
    (request) => assignableUsers(useCaseContext(request, ctx), request.params.id),
  );

  api.put(
    '/api/cases/:id/case-manager',
    {
      config: { access: 'case:write' },
      schema: { tags: ['dossiers'], summary: 'Trajectregisseur toewijzen', params: idParams, body: caseManagerInput, response: { 200: caseViewSchema, ...errors } },
    },
    (request) => assignCaseManager(useCaseContext(request, ctx), request.params.id, request.body),
  );

  api.post(
    '/api/cases/:id/assignments',
    {
      config: { access: 'case:write' },
      schema: { tags: ['dossiers'], summary: 'Partner aan een dossier toewijzen', params: idParams, body: assignmentInput, response: { 200: z.array(assignmentViewSchema), ...errors } },
    },
    (request) => addAssignment(useCaseContext(request, ctx), request.params.id, request.body),
  );

  api.delete(
    '/api/cases/:id/assignments/:userId',
    {
      config: { access: 'case:write' },
      schema: {
        tags: ['dossiers'],
        summary: 'Partner niet meer toewijzen',
        params: z.strictObject({ id: z.uuid('Ongeldige id'), userId: z.uuid('Ongeldige id') }),
        response: { 200: z.array(assignmentViewSchema), ...errors },
      },
    },
    (request) => removeAssignment(useCaseContext(request, ctx), request.params.id, request.params.userId),
  );
}
