import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { processingActivities } from '@koers/domain';
import type { AppContext } from '../http/context.ts';
import { searchProcessingLog } from '../use-cases/privacy/search-processing-log.ts';
import { searchLog, MAX_LOG_PAGE } from '../use-cases/privacy/search-log.ts';
import { exportLog } from '../use-cases/privacy/export-log.ts';
import { logSearchResultSchema, processingLogEntryViewSchema } from '../use-cases/privacy/privacy.view.ts';
import { errors, isoDate, text } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

// POST, not GET: a BSN in a query string would end up in the reverse proxy's access log (ADR 0093, 0098).
const searchBody = z.strictObject({
  bsn: text().trim().max(20, 'BSN: hoogstens 20 tekens').optional(),
  vNummer: text().trim().max(20, 'V-nummer: hoogstens 20 tekens').optional(),
  gebruiker: text().trim().max(254, 'Medewerker: hoogstens 254 tekens').optional(),
  van: isoDate('Van: vul een datum in als JJJJ-MM-DD', { from: '2000-01-01' }).optional(),
  tot: isoDate('Tot en met: vul een datum in als JJJJ-MM-DD', { from: '2000-01-01' }).optional(),
});

export function privacyRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  api.post(
    '/api/privacy/logboek/zoeken',
    {
      config: { access: 'privacy:processing-log' },
      schema: {
        tags: ['privacy'],
        summary: 'Logboek dataverwerkingen doorzoeken op persoon (BSN of V-nummer) of medewerker (naam of e-mailadres), over een periode; het raadplegen wordt zelf gelogd',
        body: searchBody.extend({
          pagina: z.number('Pagina: moet een getal zijn').int('Pagina: moet een geheel getal zijn').min(1, 'Pagina: minstens 1').max(MAX_LOG_PAGE, `Pagina: hoogstens ${MAX_LOG_PAGE}; kies een kortere periode of exporteer`).default(1),
        }),
        response: {
          200: logSearchResultSchema,
          ...errors,
        },
      },
    },
    (request) => searchLog(useCaseContext(request, ctx), request.body),
  );
  api.post(
    '/api/privacy/logboek/export',
    {
      config: { access: 'privacy:processing-log' },
      schema: {
        tags: ['privacy'],
        summary: 'Het zoekresultaat in het logboek dataverwerkingen als CSV (puntkomma, UTF-8 met BOM); het raadplegen wordt zelf gelogd',
        body: searchBody,
      },
    },
    async (request, reply) => {
      const file = await exportLog(useCaseContext(request, ctx), request.body);
      return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${file.fileName}"`).header('cache-control', 'no-store').send(file.content);
    },
  );
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
          200: z.array(processingLogEntryViewSchema),
          ...errors,
        },
      },
    },
    (request) => searchProcessingLog(useCaseContext(request, ctx), request.query),
  );
}
