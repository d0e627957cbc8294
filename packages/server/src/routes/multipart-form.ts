// Reading an upload form (multipart: one file in the field "file" plus text fields), shared by the
// employees' upload (POST /api/cases/:id/documents) and the portal's (POST /api/portaal/documenten):
// the same limits, the same 413 for a file over KOERS_UPLOAD_MAX_BYTES, the same field errors (ADR 0101, 0163).
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { AppError, type FieldProblem } from '../errors.ts';
import type { UploadedFile } from '../use-cases/case-file/upload-document.ts';
import { propertyOf } from '../util/guards.ts';

/** The multipart limits of an upload route, registered in that route's own scope only. */
export const uploadLimits = (max: number) => ({ fileSize: max, files: 1, fields: 10, parts: 11, fieldSize: 4000, headerPairs: 100 });

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

function tooLarge(max: number): AppError {
  return new AppError('PAYLOAD_TOO_LARGE', {
    field: 'file',
    message: `Bestand: het bestand is te groot. Het mag hoogstens ${megabytes(max)} zijn.`,
  });
}

export function fieldError(error: z.ZodError): AppError {
  const details: FieldProblem[] = error.issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys')
      return { field: issue.keys[0] ?? '(geheel)', message: `Onbekend veld: ${issue.keys.join(', ')}` };
    return { field: field || '(geheel)', message: issue.message };
  });
  const first = details[0];
  return new AppError('VALIDATION_FAILED', { message: first?.message, field: first?.field, details });
}

export async function readForm(
  request: FastifyRequest,
  max: number,
): Promise<{ fields: Record<string, string>; file: UploadedFile | undefined }> {
  const fields: Record<string, string> = {};
  let file: UploadedFile | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file)
          throw new AppError('VALIDATION_FAILED', { field: 'file', message: 'Bestand: stuur precies één bestand, in het veld "file".' });
        const content = await part.toBuffer();
        file = { content, fileName: part.filename, declaredType: part.mimetype };
      } else {
        if (part.valueTruncated || part.fieldnameTruncated)
          throw new AppError('VALIDATION_FAILED', { field: part.fieldname, message: 'Dit veld is te lang.' });
        fields[part.fieldname] = typeof part.value === 'string' ? part.value : String(part.value);
      }
    }
  } catch (caught) {
    if (caught instanceof AppError) throw caught;
    const code = propertyOf(caught, 'code');
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw tooLarge(max);
    if (code === 'FST_FILES_LIMIT')
      throw new AppError('VALIDATION_FAILED', { field: 'file', message: 'Bestand: stuur precies één bestand.' });
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
