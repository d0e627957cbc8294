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
import { errors, idParams, pipAgreements, text } from './schemas.ts';
import { documentSchema } from './document-schema.ts';
import { documentUploadRoutes } from './document-upload.ts';
import { useCaseContext } from './request-context.ts';
import { caseDetailSchema } from './cases.ts';
import type { ZodApi } from './zod-api.ts';

const explanation = z.object({
  summary: z.string(),
  steps: z.array(z.object({ text: z.string(), articles: z.array(z.string()).readonly() })).readonly(),
  articles: z.array(z.string()).readonly().optional(),
});
const signal = z.object({
  kind: z.string(),
  dueOn: z.string(),
  deadline: z.string().nullable(),
  due: z.boolean(),
  overdue: z.boolean(),
  reason: z.string(),
  section: z.string(),
});
const assignment = z.object({ userId: z.string(), name: z.string(), kind: z.string() });

const caseFileSchema = z
  .object({
    access: z.enum(['full', 'assigned']),
    case: caseDetailSchema.nullable(),
    partnerCase: z
      .object({
        id: z.string(),
        gemeenteId: z.string(),
        caseNumber: z.string(),
        givenNames: z.string(),
        familyName: z.string(),
        status: z.string(),
        phone: z.string().nullable(),
        email: z.string().nullable(),
        address: z.string().nullable(),
        preferredLanguage: z.string().nullable(),
        interpreterNeeded: z.boolean(),
      })
      .nullable(),
    gemeente: z.object({ id: z.string(), code: z.string(), name: z.string() }),
    caseManager: z.object({ id: z.string(), name: z.string() }).nullable(),
    duty: z
      .object({
        obliged: z.boolean().nullable(),
        notObligedReason: z.string().nullable(),
        targetGroup: z.string().nullable(),
        regime: z.string().nullable(),
        explanation: explanation.nullable(),
        aowExplanation: explanation.nullable(),
        assessedOn: z.string().nullable(),
      })
      .nullable(),
    deadlines: z.array(
      z.object({ kind: z.string(), label: z.string(), date: z.string(), overdue: z.boolean(), explanation, section: z.string() }),
    ),
    signals: z.array(signal),
    agreements: pipAgreements.nullable(),
    assignments: z.array(assignment),
    counts: z.object({
      timeline: z.number(),
      documents: z.number(),
      meetings: z.number(),
      checklistDone: z.number(),
      checklistTotal: z.number(),
      invitations: z.number(),
      toetsen: z.number(),
      pipVersions: z.number(),
    }),
  })
  .meta({ id: 'Dossiermap' });

const timelineEntry = z.object({
  id: z.number(),
  at: z.string(),
  occurredOn: z.string(),
  kind: z.string(),
  summary: z.string(),
  source: z.string(),
  actorName: z.string(),
  section: z.string().nullable(),
});

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
        response: { 200: caseFileSchema, ...errors },
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
        response: { 200: caseFileSchema, ...errors },
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
        response: { 200: z.object({ items: z.array(timelineEntry), total: z.number() }), ...errors },
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
      schema: { tags: ['dossiers'], summary: 'Documenten van een dossier', params: idParams, response: { 200: z.array(documentSchema), ...errors } },
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
          200: z.object({
            caseManagers: z.array(z.object({ id: z.string(), name: z.string(), role: z.string() })),
            partners: z.array(z.object({ id: z.string(), name: z.string(), kind: z.enum(['begeleiding', 'taalaanbieder', 'budgetbeheer']) })),
          }),
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
      schema: { tags: ['dossiers'], summary: 'Trajectregisseur toewijzen', params: idParams, body: caseManagerInput, response: { 200: caseDetailSchema, ...errors } },
    },
    (request) => assignCaseManager(useCaseContext(request, ctx), request.params.id, request.body),
  );

  api.post(
    '/api/cases/:id/assignments',
    {
      config: { access: 'case:write' },
      schema: { tags: ['dossiers'], summary: 'Partner aan een dossier toewijzen', params: idParams, body: assignmentInput, response: { 200: z.array(assignment), ...errors } },
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
        response: { 200: z.array(assignment), ...errors },
      },
    },
    (request) => removeAssignment(useCaseContext(request, ctx), request.params.id, request.params.userId),
  );
}
