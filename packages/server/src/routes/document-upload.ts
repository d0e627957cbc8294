// POST /api/cases/:id/documents: a multipart form with one file ("file") and the fields of
// upload-document.types.ts. @fastify/multipart is registered only in this route's own scope, so no
// other route accepts multipart bodies (ADR 0101).
import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.ts';
import { AppError } from '../errors.ts';
import { uploadCaseDocument } from '../use-cases/case-file/upload-document.ts';
import { uploadFields } from '../use-cases/case-file/upload-document.types.ts';
import { documentViewSchema } from '../use-cases/case-file/case-file.view.ts';
import { errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';
import { fieldError, readForm, uploadLimits } from './multipart-form.ts';

export function documentUploadRoutes(app: FastifyInstance, ctx: AppContext): void {
  const max = ctx.config.uploadMaxBytes;
  void app.register(async (scope) => {
    await scope.register(multipart, { limits: uploadLimits(max) });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/cases/:id/documents',
      {
        config: { access: 'case:write', openWhenClosed: true },
        // The file is limited by multipart's fileSize; this only bounds the whole request.
        bodyLimit: max + 1024 * 1024,
        schema: {
          tags: ['dossiers'],
          summary: 'Document toevoegen (multipart/form-data: file = PDF, JPEG of PNG; kind, title, description, pipId of objectionId)',
          consumes: ['multipart/form-data'],
          params: idParams,
          response: { 201: documentViewSchema, ...errors },
        },
      },
      async (request, reply) => {
        const { fields, file } = await readForm(request, max);
        const parsed = uploadFields.safeParse(fields);
        if (!file) throw new AppError('VALIDATION_FAILED', { field: 'file', message: 'Bestand: kies een bestand (PDF, JPEG of PNG).' });
        if (!parsed.success) throw fieldError(parsed.error);
        const view = await uploadCaseDocument(useCaseContext(request, ctx), request.params.id, parsed.data, file);
        return reply.code(201).send(view);
      },
    );
  });
}
