// POST /api/portaal/documenten/:id (issue 17, ADR 0163): the inburgeraar sends one file (field
// "file": PDF, JPEG or PNG, a phone photo mostly) for a document the regisseur asked for. The same
// multipart reader and limits as the employees' upload (multipart-form.ts), registered in this
// route's own scope only; the content is sniffed in the use case like theirs.
import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.ts';
import { AppError } from '../errors.ts';
import { uploadPortaalDocument } from '../use-cases/portaal/portaal-documents.ts';
import { readForm, uploadLimits } from './multipart-form.ts';
import { portaalDocumentRequestSchema } from '../use-cases/portaal/portaal.view.ts';
import { portaalIdParams } from '../use-cases/portaal/portaal.types.ts';
import { portaalContext } from './portaal-request-context.ts';
import { errors } from './schemas.ts';

export function portaalUploadRoutes(app: FastifyInstance, ctx: AppContext): void {
  const max = ctx.config.uploadMaxBytes;
  void app.register(async (scope) => {
    await scope.register(multipart, { limits: uploadLimits(max) });
    scope.withTypeProvider<ZodTypeProvider>().post(
      '/api/portaal/documenten/:id',
      {
        config: { access: 'portaal:self' },
        bodyLimit: max + 1024 * 1024,
        schema: {
          tags: ['portaal'],
          summary: 'Een gevraagd document sturen (multipart/form-data: file = PDF, JPEG of PNG)',
          consumes: ['multipart/form-data'],
          params: portaalIdParams,
          response: { 201: portaalDocumentRequestSchema, ...errors },
        },
      },
      async (request, reply) => {
        const { fields, file } = await readForm(request, max);
        if (Object.keys(fields).length > 0)
          throw new AppError('VALIDATION_FAILED', { field: Object.keys(fields)[0], message: 'Stuur alleen het bestand.' });
        if (!file) throw new AppError('VALIDATION_FAILED', { field: 'file', message: 'Bestand: kies een bestand (PDF, JPEG of PNG).' });
        return reply.code(201).send(await uploadPortaalDocument(portaalContext(request, ctx), request.params.id, file));
      },
    );
  });
}
