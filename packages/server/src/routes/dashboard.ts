// Sturing and verantwoording (R3, R26; ADR 0140–0141): the management dashboard and the
// huisvestingstaakstelling. Aggregates only (reports:aggregate); one processing-log entry per request.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { dashboard } from '../use-cases/rapportages/dashboard.ts';
import { taakstellingReport } from '../use-cases/rapportages/taakstelling.ts';
import { saveTaakstelling } from '../use-cases/rapportages/save-taakstelling.ts';
import { dashboardQuery, saveTaakstellingInput, taakstellingParams, taakstellingQuery } from '../use-cases/rapportages/taakstelling.types.ts';
import { errors } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

const cellSchema = z.union([
  z.object({ kind: z.literal('count'), value: z.number(), href: z.string().optional().describe('De lijst achter het getal; alleen voor rollen die dossiers zien') }),
  z.object({ kind: z.literal('suppressed'), below: z.number().describe('Aantal kleiner dan dit getal (en groter dan 0): niet getoond') }),
]);

const gemeenteSchema = z.object({ id: z.string(), name: z.string() });

const dashboardSchema = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    gemeenten: z.array(gemeenteSchema).describe('De kolommen; daarna volgt in elke rij de organisatie (het totaal)'),
    linkable: z.boolean(),
    threshold: z.number().nullable(),
    tables: z.array(
      z.object({
        id: z.string(),
        totalRow: z.boolean(),
        rows: z.array(z.object({ key: z.string(), label: z.string().optional(), cells: z.array(cellSchema) })),
      }),
    ),
  })
  .meta({ id: 'Dashboard' });

const counted = z.enum(['linked', 'housed', 'housedPlichtig']);
const taakstellingSchema = z
  .object({
    years: z.array(z.number()),
    threshold: z.number().nullable(),
    rows: z.array(
      z.object({
        gemeenteId: z.string(),
        gemeenteName: z.string(),
        year: z.number(),
        half: z.union([z.literal(1), z.literal(2)]),
        version: z.number(),
        figures: z.object({
          taakstelling: z.number().nullable(),
          linked: z.number(),
          housed: z.number(),
          housedPlichtig: z.number(),
          realisedPercent: z.number().nullable(),
          plichtigPercent: z.number().nullable(),
        }),
        suppressed: z.array(counted),
        links: z.partialRecord(counted, z.string()),
      }),
    ),
  })
  .meta({ id: 'Huisvestingstaakstelling' });

const savedSchema = z.object({ gemeenteId: z.string(), year: z.number(), half: z.union([z.literal(1), z.literal(2)]), aantal: z.number(), version: z.number() });

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
      schema: { tags, summary: 'Huisvestingstaakstelling per halfjaar met gekoppeld, gehuisvest en inburgeringsplichtig', querystring: taakstellingQuery, response: { 200: taakstellingSchema, ...errors } },
    },
    (request) =>
      taakstellingReport(useCaseContext(request, ctx), { fromYear: request.query.vanJaar, toYear: request.query.totJaar, ...(request.query.gemeenteId ? { gemeenteId: request.query.gemeenteId } : {}) }),
  );

  api.put(
    '/api/rapportages/taakstelling/:gemeenteId/:jaar/:halfjaar',
    {
      config: { access: 'taakstelling:write' },
      schema: { tags, summary: 'Huisvestingstaakstelling van een halfjaar vastleggen (versie 0: nieuw)', params: taakstellingParams, body: saveTaakstellingInput, response: { 200: savedSchema, ...errors } },
    },
    (request) => saveTaakstelling(useCaseContext(request, ctx), request.params.gemeenteId, request.params.jaar, request.params.halfjaar === 1 ? 1 : 2, request.body),
  );
}
