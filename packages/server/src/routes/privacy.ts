import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { processingActivities } from '@koers/domain';
import type { AppContext } from '../http/context.ts';
import { searchProcessingLog } from '../use-cases/search-processing-log.ts';
import { errors } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

export function privacyRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get(
    '/api/privacy/processing-activities',
    {
      config: { access: 'privacy:processing-log' },
      schema: {
        tags: ['privacy'],
        summary: 'Register van verwerkingsactiviteiten',
        response: { 200: z.array(z.object({ id: z.string(), name: z.string(), purpose: z.string(), legalBasis: z.string() })), ...errors },
      },
    },
    () => Object.values(processingActivities),
  );
  api.get(
    '/api/privacy/processing-log',
    {
      config: { access: 'privacy:processing-log' },
      schema: {
        tags: ['privacy'],
        summary: 'Verwerkingen van de gegevens van één betrokkene (Logboek Dataverwerkingen)',
        querystring: z.strictObject({
          subjectType: z.enum(['case', 'user']),
          subjectId: z.uuid(),
          limit: z.coerce.number().int().min(1).max(1000).default(200),
        }),
        response: {
          200: z.array(
            z.object({
              traceId: z.string(),
              spanId: z.string(),
              parentSpanId: z.string().nullable(),
              operationName: z.string(),
              startTime: z.string(),
              endTime: z.string(),
              statusCode: z.string(),
              processingActivityId: z.string(),
              action: z.string(),
              resourceType: z.string(),
              resourceId: z.string().nullable(),
              actorUserId: z.string().nullable(),
              gemeenteId: z.string().nullable(),
            }),
          ),
          ...errors,
        },
      },
    },
    (request) => searchProcessingLog(useCaseContext(request, ctx), request.query),
  );
}
