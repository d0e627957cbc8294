import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, errorBody, type FieldProblem } from '../errors.ts';
import { propertyOf, stringProperty } from '../util/guards.ts';

const locationLabel: Record<string, string> = { body: '', querystring: 'query.', params: 'pad.', headers: 'header.' };

/** One place where every failure becomes a status and a Dutch message; no stack traces leave the server. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | AppError | Error, request, reply) => {
    const appError = toAppError(error);
    if (appError.code === 'INTERNAL') request.log.error({ err: error }, 'onverwachte fout');
    return reply.code(appError.status).send(errorBody(appError));
  });
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const prefix = locationLabel[error.validationContext ?? 'body'] ?? '';
    const details: FieldProblem[] = error.validation.map((v) => {
      const path = v.instancePath.split('/').filter(Boolean);
      const keys = propertyOf(v.params, 'keys');
      if (v.keyword === 'unrecognized_keys' && Array.isArray(keys) && keys.length) {
        return { field: prefix + [...path, String(keys[0])].join('.'), message: `Onbekend veld: ${keys.map(String).join(', ')}` };
      }
      return { field: prefix + (path.length ? path.join('.') : '(geheel)'), message: v.message ?? 'Ongeldige waarde' };
    });
    const first = details[0];
    return new AppError('VALIDATION_FAILED', {
      message: first ? `Veld '${first.field}': ${first.message}` : undefined,
      field: first?.field,
      details,
    });
  }
  // A Fastify error carries its code and status; anything else thrown is an internal error.
  switch (stringProperty(error, 'code') ?? '') {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('VALIDATION_FAILED', { message: 'De inhoud van het verzoek is geen geldige JSON.', field: '(geheel)' });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('VALIDATION_FAILED', { message: 'Dit type inhoud wordt niet ondersteund; gebruik application/json.', field: 'content-type' });
    default:
      break;
  }
  const statusCode = propertyOf(error, 'statusCode');
  if (statusCode === 429) return new AppError('RATE_LIMITED');
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    return new AppError('VALIDATION_FAILED', { message: 'Het verzoek is niet geldig.' });
  }
  return new AppError('INTERNAL');
}
