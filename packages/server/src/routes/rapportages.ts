// Sturing and verantwoording (issue 16, V1): formatie and prognosis figures, SPUK per gemeente and
// year, and the SPUK cost lines. Aggregates only (reports:aggregate); small counts suppressed.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { voorzieningen } from '@koers/domain';
import type { AppContext } from '../http/context.ts';
import { formatieReport } from '../use-cases/rapportages/formatie-report.ts';
import { spukReport } from '../use-cases/rapportages/spuk-report.ts';
import { addCostLine, deleteCostLine, listCostLines, updateCostLine } from '../use-cases/rapportages/cost-lines.ts';
import { costLineDelete, costLineInput, costLineUpdate, reportQuery } from '../use-cases/rapportages/rapportages.types.ts';
import { errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

const tags = ['rapportage'];

const countFigure = z.discriminatedUnion('kind', [z.object({ kind: z.literal('exact'), value: z.number() }), z.object({ kind: z.literal('below'), threshold: z.number() })]).meta({ id: 'Aantal', description: 'Een aantal, of "minder dan de drempel" als het te klein is om te tonen' });
const perRoute = z.object({ B1: z.number(), Z: z.number(), Onderwijs: z.number() });
const source = z.enum(['gegevens', 'instelling']);
const formatieSchema = z.object({ hoursPerYear: z.number(), fte: z.number(), cost: z.number().describe('centen per jaar'), caseload: z.number().nullable() });
const realSchema = z.object({
  inflow: countFigure,
  inflowByGroup: z.object({ statushouders: countFigure, gezinsmigranten: countFigure, overig: countFigure }),
  openCases: countFigure,
  unassigned: countFigure,
  regisseurs: z.number(),
  caseloads: z.array(countFigure),
  averageCaseload: z.number().nullable(),
  formatie: formatieSchema.nullable(),
});
const assumptionsSchema = z.object({
  urenPerInburgeraar: z.number(),
  spreidingJaren: z.number(),
  productieveUrenPerFte: z.number(),
  kostenPerFte: z.number(),
  caseloadNormMin: z.number(),
  caseloadNormMax: z.number(),
  geplandeInstroom: z.object({ statushouders: z.number(), gezinsmigranten: z.number(), overig: z.number() }),
  routeMix: perRoute,
  leerroutePrijzen: perRoute,
});
const formatieReportSchema = z
  .object({
    gemeenten: z.array(
      z.object({
        gemeente: z.object({ id: z.string(), name: z.string() }).nullable(),
        year: z.number(),
        assumptions: assumptionsSchema,
        kleineAantallenDrempel: z.number(),
        fromSettings: formatieSchema,
        real: realSchema,
        routeMix: z.object({ mix: perRoute, source, pips: countFigure }),
        leerroutePrijzen: z.object({ prices: perRoute, sources: z.object({ B1: source, Z: source, Onderwijs: source }) }),
      }),
    ),
    organisation: z.object({ gemeenten: z.number(), fromSettings: formatieSchema, real: realSchema }).nullable(),
  })
  .meta({ id: 'FormatieRapportage' });

const perVoorziening = z.object(Object.fromEntries(voorzieningen.map((v) => [v, z.number()])) as Record<(typeof voorzieningen)[number], z.ZodNumber>);
const spending = z.object({ perVoorziening, total: z.number() });
const spukFigures = z.object({
  gemeente: z.object({ id: z.string(), name: z.string() }).nullable(),
  years: z.array(
    z.object({
      year: z.number(),
      entitlement: z.object({ persons: countFigure, perVoorziening, total: z.number() }),
      spending,
      balance: z.number(),
      ondertussengroep: z.object({ persons: countFigure, spending }),
    }),
  ),
  trancheVerdeling: z.array(z.number()),
  kleineAantallenDrempel: z.number(),
  placementsWithoutPrice: countFigure,
});
const spukReportSchema = z.object({ gemeenten: z.array(spukFigures), organisation: spukFigures.nullable() }).meta({ id: 'SpukRapportage' });

const costLineSchema = z
  .object({ id: z.string(), gemeenteId: z.string(), year: z.number(), voorziening: z.enum(voorzieningen), voorzieningLabel: z.string(), description: z.string(), amountCents: z.number(), ondertussengroep: z.boolean(), version: z.number() })
  .meta({ id: 'Kostenregel' });

export function rapportageRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(
    '/api/rapportages/formatie',
    { config: { access: 'reports:aggregate' }, schema: { tags, summary: 'Formatie trajectregie uit de instellingen en uit de gegevens, met de cijfers voor de prognose (alleen aantallen en bedragen)', querystring: reportQuery, response: { 200: formatieReportSchema, ...errors } } },
    (request) => formatieReport(useCaseContext(request, ctx), request.query.gemeenteId),
  );

  api.get(
    '/api/rapportages/spuk',
    { config: { access: 'reports:aggregate' }, schema: { tags, summary: 'SPUK per gemeente en jaar: aanspraak uit de dossiers, uitgaven per voorziening, ondertussengroep apart (alleen aantallen en bedragen)', querystring: reportQuery, response: { 200: spukReportSchema, ...errors } } },
    (request) => spukReport(useCaseContext(request, ctx), request.query.gemeenteId),
  );

  api.get(
    '/api/rapportages/kostenregels',
    { config: { access: 'reports:aggregate' }, schema: { tags, summary: 'Kostenregels van de SPUK-uitgaven', querystring: reportQuery, response: { 200: z.object({ costLines: z.array(costLineSchema) }), ...errors } } },
    async (request) => ({ costLines: await listCostLines(useCaseContext(request, ctx), request.query.gemeenteId) }),
  );

  api.post(
    '/api/rapportages/kostenregels',
    { config: { access: 'reports:aggregate' }, schema: { tags, summary: 'Kostenregel toevoegen', body: costLineInput, response: { 201: costLineSchema, ...errors } } },
    async (request, reply) => reply.code(201).send(await addCostLine(useCaseContext(request, ctx), request.body)),
  );

  api.put(
    '/api/rapportages/kostenregels/:id',
    { config: { access: 'reports:aggregate' }, schema: { tags, summary: 'Kostenregel wijzigen (met version)', params: idParams, body: costLineUpdate, response: { 200: costLineSchema, ...errors } } },
    (request) => updateCostLine(useCaseContext(request, ctx), request.params.id, request.body),
  );

  api.delete(
    '/api/rapportages/kostenregels/:id',
    { config: { access: 'reports:aggregate' }, schema: { tags, summary: 'Kostenregel verwijderen (met version)', params: idParams, querystring: costLineDelete, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await deleteCostLine(useCaseContext(request, ctx), request.params.id, request.query);
      return reply.code(204).send(null);
    },
  );
}
