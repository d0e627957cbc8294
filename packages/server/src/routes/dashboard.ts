// Sturing and verantwoording (R3, R26; ADR 0140–0141): the management dashboard and the
// huisvestingstaakstelling. Aggregates only (reports:aggregate); one processing-log entry per request.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from '../http/context.ts';
import { dashboard } from '../use-cases/rapportages/dashboard.ts';
import { taakstellingReport } from '../use-cases/rapportages/taakstelling.ts';
import { saveTaakstelling } from '../use-cases/rapportages/save-taakstelling.ts';
import { dashboardQuery, saveTaakstellingInput, taakstellingParams, taakstellingQuery } from '../use-cases/rapportages/taakstelling.types.ts';
import { dashboardSchema, savedTaakstellingSchema, taakstellingReportSchema } from '../use-cases/rapportages/rapportages.view.ts';
import { errors } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

export function dashboardRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['rapportage'];

  api.get(
    '/api/rapportages/dashboard',
    {
      config: { access: 'reports:aggregate' },
      schema: { tags, summary: 'Dashboard: in beeld, PIP-termijn, leerroutes, wissels, A2, PVT/MAP, ontzorgen, handhaving, caseload, werkvoorraad (aantallen per gemeente en organisatie)', querystring: dashboardQuery, response: { 200: dashboardSchema, ...errors } },
    },
    (request) => dashboard(useCaseContext(request, ctx), { from: request.query.van, to: request.query.tot, ...(request.query.gemeenteId ? { gemeenteId: request.query.gemeenteId } : {}) }),
  );

  api.get(
    '/api/rapportages/taakstelling',
    {
      config: { access: 'reports:aggregate' },
      schema: { tags, summary: 'Huisvestingstaakstelling per halfjaar met gekoppeld, gehuisvest en inburgeringsplichtig', querystring: taakstellingQuery, response: { 200: taakstellingReportSchema, ...errors } },
    },
    (request) =>
      taakstellingReport(useCaseContext(request, ctx), { fromYear: request.query.vanJaar, toYear: request.query.totJaar, ...(request.query.gemeenteId ? { gemeenteId: request.query.gemeenteId } : {}) }),
  );

  api.put(
    '/api/rapportages/taakstelling/:gemeenteId/:jaar/:halfjaar',
    {
      config: { access: 'taakstelling:write' },
      schema: { tags, summary: 'Huisvestingstaakstelling van een halfjaar vastleggen (versie 0: nieuw)', params: taakstellingParams, body: saveTaakstellingInput, response: { 200: savedTaakstellingSchema, ...errors } },
    },
    (request) => saveTaakstelling(useCaseContext(request, ctx), request.params.gemeenteId, request.params.jaar, request.params.halfjaar === 1 ? 1 : 2, request.body),
  );
}
