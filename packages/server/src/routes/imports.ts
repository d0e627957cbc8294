import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { AppError } from '../errors.ts';
import { importRequestSchema, startTvsImport } from '../imports/import-tvs.ts';
import { jobFor, type ImportJob } from '../imports/jobs.ts';
import { errors, text } from './schemas.ts';
import { useCaseContext } from './request-context.ts';
import { principalOf } from '../http/authentication.ts';

const MAX_BYTES = 20 * 1024 * 1024;

const jobSchema = z
  .object({
    id: z.string(),
    fileName: z.string().nullable(),
    status: z.enum(['bezig', 'klaar', 'mislukt']),
    total: z.number(),
    processed: z.number(),
    created: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    rejected: z.array(z.object({ row: z.number(), field: z.string(), reason: z.string() })),
    error: z.string().nullable(),
  })
  .meta({ id: 'ImportTaak' });

const view = (job: ImportJob) => ({
  id: job.id,
  fileName: job.fileName,
  status: job.status,
  total: job.total,
  processed: job.processed,
  created: job.created,
  updated: job.updated,
  unchanged: job.unchanged,
  rejected: job.rejected,
  error: job.error,
});

export function importRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  // A TVS file may also be sent as is (Content-Type: text/csv).
  if (!app.hasContentTypeParser('text/csv')) {
    app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: MAX_BYTES }, (_request, body, done) => done(null, body));
  }

  api.post(
    '/api/imports/tvs',
    {
      config: { access: 'case:write' },
      bodyLimit: MAX_BYTES,
      schema: {
        tags: ['dossiers'],
        summary: 'COA-koppeling (TVS, CSV) importeren: 202 met een taak-id (voortgang via GET /api/imports/:jobId), of met wacht=true het volledige verslag',
        querystring: z.strictObject({ wacht: z.enum(['true', 'false']).default('false'), gemeenteId: z.uuid().optional() }),
        body: z.union([importRequestSchema, text().min(1, 'Het bestand is leeg.')]),
        response: { 200: jobSchema, 202: jobSchema, ...errors },
      },
    },
    async (request, reply) => {
      const body = typeof request.body === 'string' ? { csv: request.body, gemeenteId: request.query.gemeenteId } : { gemeenteId: request.query.gemeenteId, ...request.body };
      const wait = request.query.wacht === 'true';
      const job = await startTvsImport(useCaseContext(request, ctx), body, wait);
      return reply.code(job.status === 'bezig' ? 202 : 200).send(view(job));
    },
  );

  api.get(
    '/api/imports/:jobId',
    {
      config: { access: 'case:write' },
      schema: {
        tags: ['dossiers'],
        summary: 'Voortgang en verslag van een import (alleen voor wie de import startte)',
        params: z.strictObject({ jobId: z.uuid('Ongeldige id') }),
        response: { 200: jobSchema, ...errors },
      },
    },
    (request) => {
      const job = jobFor(request.params.jobId, principalOf(request).userId);
      if (!job) throw new AppError('NOT_FOUND', { message: 'Deze import bestaat niet (meer) of is van iemand anders.' });
      return view(job);
    },
  );
}
