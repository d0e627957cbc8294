// R25 (ADR 0142): the half-year report to the council (numbers, texts, PDF/DOCX) and the monitoring
// exports (ministry's set, Benchmark statushouders). Aggregates only: `reports:aggregate`.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { getHalfjaar, halfjaarReportSchema } from '../use-cases/sturing/get-halfjaar.ts';
import { saveHalfjaarTexts } from '../use-cases/sturing/save-halfjaar-texts.ts';
import { documentFormats, halfjaarDocument } from '../use-cases/sturing/halfjaar-document.ts';
import { aggregateExport } from '../use-cases/sturing/aggregate-exports.ts';
import { aggregatePeriodQuery, halfjaarQuery, halfjaarTextsInput } from '../use-cases/sturing/sturing.types.ts';
import { errors } from './schemas.ts';
import { exportFormat, sendFile } from './export-reply.ts';
import { useCaseContext } from './request-context.ts';

const tags = ['rapportage'];

export function rapportageVerslagenRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/rapportage/halfjaar',
    { config: { access: 'reports:aggregate' }, schema: { tags, summary: 'Halfjaarrapportage van een gemeente: de aantallen per onderdeel (kleine aantallen onderdrukt) en de teksten', querystring: halfjaarQuery, response: { 200: halfjaarReportSchema, ...errors } } },
    (request) => getHalfjaar(useCaseContext(request, ctx), request.query),
  );

  api.put(
    '/api/rapportage/halfjaar/teksten',
    { config: { access: 'reports:aggregate' }, schema: { tags, summary: 'Teksten per onderdeel van de halfjaarrapportage opslaan (met version; 0 voor de eerste keer)', body: halfjaarTextsInput, response: { 200: halfjaarReportSchema, ...errors } } },
    (request) => saveHalfjaarTexts(useCaseContext(request, ctx), request.body),
  );

  api.get(
    '/api/rapportage/halfjaar/document',
    {
      config: { access: 'reports:aggregate' },
      schema: { tags, summary: 'Halfjaarrapportage als PDF of Word-document (DOCX) voor de raad', querystring: halfjaarQuery.extend({ format: z.enum(documentFormats, 'Kies PDF of Word (docx)').default('pdf') }), response: errors },
    },
    async (request, reply) => {
      const { format, ...query } = request.query;
      return sendFile(reply, await halfjaarDocument(useCaseContext(request, ctx), query, format));
    },
  );

  api.get(
    '/api/rapportage/monitoring',
    { config: { access: 'reports:aggregate' }, schema: { tags, summary: 'Monitoringsset van het ministerie (seed 002 §6.3) per gemeente en periode als CSV of XLSX; kleine aantallen onderdrukt', querystring: aggregatePeriodQuery.extend({ format: exportFormat }), response: errors } },
    async (request, reply) => {
      const { format, ...query } = request.query;
      return sendFile(reply, await aggregateExport(useCaseContext(request, ctx), 'monitoring', query, format));
    },
  );

  api.get(
    '/api/rapportage/benchmark-statushouders',
    { config: { access: 'reports:aggregate' }, schema: { tags, summary: 'Benchmark statushouders per gemeente en periode als CSV of XLSX (alleen asielstatushouders); kleine aantallen onderdrukt', querystring: aggregatePeriodQuery.extend({ format: exportFormat }), response: errors } },
    async (request, reply) => {
      const { format, ...query } = request.query;
      return sendFile(reply, await aggregateExport(useCaseContext(request, ctx), 'benchmark', query, format));
    },
  );
}
