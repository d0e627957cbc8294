// POST /api/cases/:id/documents: a multipart form with one file ("file") and the fields of
// upload-document.types.ts. @fastify/multipart is registered only in this route's own scope, so no
// other route accepts multipart bodies (ADR 0101).
import type { FastifyInstance, FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { AppError, type FieldProblem } from '../errors.ts';
import { uploadCaseDocument, type UploadedFile } from '../use-cases/case-file/upload-document.ts';
import { uploadFields } from '../use-cases/case-file/upload-document.types.ts';
import { documentSchema } from './document-schema.ts';
import { errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

function tooLarge(max: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', { field: 'file', message: `Bestand: het bestand is te groot. Het mag hoogstens ${megabytes(max)} zijn.` });
}

function fieldError(error: z.ZodError): AppError {
  const details: FieldProblem[] = error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') return { field: issue.keys[0] ?? '(geheel)', message: `Onbekend veld: ${issue.keys.join(', ')}` };
    return { field: field || '(geheel)', message: issue.message };
  });
  const first = details[0];
  return new AppError('VALIDATION_FAILED', { message: first?.message, field: first?.field, details });
}

async function readForm(request: FastifyRequest, max: number): Promise<{ fields: Record<string, string>; file: UploadedFile | undefined }> {
  const fields: Record<string, string> = {};
  let file: UploadedFile | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file) throw new AppError('VALIDATION_FAILED', { field: 'file', message: 'Bestand: stuur precies één bestand, in het veld "file".' });
        const content = await part.toBuffer();
        file = { content, fileName: part.filename, declaredType: part.mimetype };
      } else {
        if (part.valueTruncated || part.fieldnameTruncated) throw new AppError('VALIDATION_FAILED', { field: part.fieldname, message: 'Dit veld is te lang.' });
        fields[part.fieldname] = typeof part.value === 'string' ? part.value : String(part.value);
      }
    }
  } catch (caught) {
    if (caught instanceof AppError) throw caught;
    const code = (caught as { code?: unknown }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(max);
    if (code === 'FST_FILES_LIMIT') throw new AppError('VALIDATION_FAILED', { field: 'file', message: 'Bestand: stuur precies één bestand.' });
    if (code === 'FST_INVALID_MULTIPART_CONTENT_TYPE') {
      throw new AppError('VALIDATION_FAILED', { field: 'content-type', message: 'Stuur het bestand als formulier (multipart/form-data).' });
    }
    if (code === 'FST_PARTS_LIMIT' || code === 'FST_FIELDS_LIMIT' || code === 'FST_PROTO_VIOLATION') {
      throw new AppError('VALIDATION_FAILED', { message: 'Het formulier bevat te veel of onbekende velden.' });
    }
    throw caught;
  }
  return { fields, file };
}

export function documentUploadRoutes(app: FastifyInstance, ctx: AppContext): void {
  const max = ctx.config.uploadMaxBytes;
  void app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: max, files: 1, fields: 10, parts: 11, fieldSize: 4000, headerPairs: 100 } });
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
          response: { 201: documentSchema, ...errors },
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
