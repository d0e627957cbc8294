// Providers and contracts (R12, ADR 0116), the contracts a placement may pick, and the provider
// reports (R13, ADRs 0117–0118): the partner-aanbieder's screen and CSV upload, the case file's view.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { isoDate, text } from '../contract/input-fields.ts';
import { contractInput, linkProviderUserInput, providerInput, updateContractInput, updateProviderInput } from '../use-cases/providers/providers.types.ts';
import { listProviders } from '../use-cases/providers/list-providers.ts';
import { createProvider } from '../use-cases/providers/create-provider.ts';
import { updateProvider } from '../use-cases/providers/update-provider.ts';
import { createContract } from '../use-cases/providers/create-contract.ts';
import { updateContract } from '../use-cases/providers/update-contract.ts';
import { linkProviderUser } from '../use-cases/providers/link-provider-user.ts';
import { listContracts } from '../use-cases/providers/list-contracts.ts';
import { listCaseContracts } from '../use-cases/providers/list-case-contracts.ts';
import { listProvidersOfKind } from '../use-cases/providers/list-providers-of-kind.ts';
import { providerKinds } from '@koers/domain';
import { reportInput } from '../use-cases/provider-reports/reports.types.ts';
import { reportOnPlacement } from '../use-cases/provider-reports/report-on-placement.ts';
import { listProviderPlacements } from '../use-cases/provider-reports/list-provider-placements.ts';
import { importReportsCsv } from '../use-cases/provider-reports/import-reports-csv.ts';
import { getCaseReports } from '../use-cases/provider-reports/get-case-reports.ts';
import { todayIn } from '../case-file/today.ts';
import { errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

const labelled = z.object({ kind: z.string(), label: z.string() });
const providerSchema = z.object({ id: z.string(), name: z.string(), kinds: z.array(labelled), instellingsnummer: z.string().nullable(), version: z.number() }).meta({ id: 'Aanbieder' });
const contractSchema = z
  .object({
    id: z.string(),
    providerId: z.string(),
    providerName: z.string(),
    name: z.string(),
    gemeenten: z.array(z.object({ id: z.string(), name: z.string() })),
    routes: z.array(z.object({ route: z.string(), label: z.string(), priceCents: z.number() })),
    keurmerk: z.object({ kind: z.string(), label: z.string(), validUntil: z.string().nullable(), status: z.string(), statusLabel: z.string() }),
    locations: z.array(z.object({ name: z.string(), startMoments: z.array(z.string()) })),
    reportingEveryWeeks: z.number(),
    accessMonthsAfterEnd: z.number(),
    startsOn: z.string(),
    endsOn: z.string(),
    version: z.number(),
  })
  .meta({ id: 'Contract' });
const hoursLine = z.object({ category: z.string(), label: z.string(), hours: z.number() });
const reportsSchema = z
  .object({
    weeks: z.array(z.object({ week: z.string(), present: z.boolean(), absenceReason: z.string().nullable(), absenceReasonLabel: z.string().nullable(), hours: z.array(hoursLine), total: z.number() })),
    hoursByCategory: z.array(hoursLine),
    totalHours: z.number(),
    levels: z.array(z.object({ skill: z.string(), label: z.string(), level: z.string(), assessedOn: z.string(), trend: z.string() })),
    interimReports: z.array(z.object({ reportedOn: z.string(), text: z.string(), recommendation: z.string(), recommendationLabel: z.string() })),
    examRegistrations: z.array(z.object({ onderdeel: z.string(), label: z.string(), examOn: z.string() })),
    lastReportOn: z.string().nullable(),
  })
  .meta({ id: 'AanbiederRapportages' });
const providerPlacementSchema = z.object({
  id: z.string(),
  caseNumber: z.string(),
  personName: z.string(),
  gemeente: z.object({ code: z.string(), name: z.string() }),
  contractName: z.string(),
  location: z.string().nullable(),
  startMoment: z.string().nullable(),
  offeredOn: z.string(),
  withdrawnOn: z.string().nullable(),
  visibleUntil: z.string().nullable(),
  reports: reportsSchema,
});
const casePlacementReports = z.object({
  placementId: z.string(),
  instellingNaam: z.string(),
  status: z.string(),
  contract: z.object({ id: z.string(), name: z.string(), providerName: z.string(), reportingEveryWeeks: z.number() }).nullable(),
  location: z.string().nullable(),
  startMoment: z.string().nullable(),
  reports: reportsSchema,
});

export function providerRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['aanbieders'];

  api.get(
    '/api/admin/providers',
    { config: { access: 'contracts:manage' }, schema: { tags, summary: 'Aanbieders van de organisatie met hun contracten', response: { 200: z.object({ providers: z.array(providerSchema.extend({ contracts: z.array(contractSchema) })), gemeenten: z.array(z.object({ id: z.string(), name: z.string() })) }), ...errors } } },
    (request) => listProviders(useCaseContext(request, ctx)),
  );
  api.post(
    '/api/admin/providers',
    { config: { access: 'contracts:manage' }, schema: { tags, summary: 'Aanbieder toevoegen', body: providerInput, response: { 201: providerSchema, ...errors } } },
    async (request, reply) => reply.code(201).send(await createProvider(useCaseContext(request, ctx), request.body)),
  );
  api.put(
    '/api/admin/providers/:id',
    { config: { access: 'contracts:manage' }, schema: { tags, summary: 'Aanbieder wijzigen', params: idParams, body: updateProviderInput, response: { 200: providerSchema, ...errors } } },
    (request) => updateProvider(useCaseContext(request, ctx), request.params.id, request.body),
  );
  api.post(
    '/api/admin/providers/:id/users',
    { config: { access: 'contracts:manage' }, schema: { tags, summary: 'Een partner-aanbieder-account aan de aanbieder koppelen', params: idParams, body: linkProviderUserInput, response: { 200: z.object({ userId: z.string(), providerId: z.string() }), ...errors } } },
    (request) => linkProviderUser(useCaseContext(request, ctx), request.params.id, request.body),
  );
  api.post(
    '/api/admin/contracts',
    { config: { access: 'contracts:manage' }, schema: { tags, summary: 'Contract met een aanbieder toevoegen', body: contractInput, response: { 201: contractSchema, ...errors } } },
    async (request, reply) => reply.code(201).send(await createContract(useCaseContext(request, ctx), request.body)),
  );
  api.put(
    '/api/admin/contracts/:id',
    { config: { access: 'contracts:manage' }, schema: { tags, summary: 'Contract wijzigen', params: idParams, body: updateContractInput, response: { 200: contractSchema, ...errors } } },
    (request) => updateContract(useCaseContext(request, ctx), request.params.id, request.body),
  );
  api.get(
    '/api/providers',
    {
      config: { access: 'case:read' },
      schema: { tags, summary: 'Aanbieders van de organisatie, eventueel van één soort (om er een te kiezen, bijv. bij een PVT-groep)', querystring: z.strictObject({ soort: z.enum(providerKinds, 'Soort: kies een soort aanbieder').optional() }), response: { 200: z.array(providerSchema), ...errors } },
    },
    (request) => listProvidersOfKind(useCaseContext(request, ctx), request.query.soort),
  );
  api.get(
    '/api/contracts',
    { config: { access: 'case:read' }, schema: { tags, summary: 'Contracten voor de gemeenten van de gebruiker', response: { 200: z.array(contractSchema), ...errors } } },
    (request) => listContracts(useCaseContext(request, ctx)),
  );
  api.get(
    '/api/cases/:id/contracts',
    {
      config: { access: 'case:read' },
      schema: {
        tags,
        summary: 'Contracten waaronder dit dossier geplaatst kan worden (gemeente, leerroute, looptijd)',
        params: idParams,
        querystring: z.strictObject({ op: isoDate('Datum: vul een datum in als JJJJ-MM-DD').optional() }),
        response: { 200: z.array(contractSchema.extend({ instellingsnummer: z.string().nullable() })), ...errors },
      },
    },
    (request) => {
      const context = useCaseContext(request, ctx);
      return listCaseContracts(context, request.params.id, request.query.op ?? todayIn(context.now));
    },
  );
  api.get(
    '/api/cases/:id/provider-reports',
    { config: { access: 'case:read' }, schema: { tags, summary: 'Rapportages van de aanbieders per plaatsing', params: idParams, response: { 200: z.array(casePlacementReports), ...errors } } },
    (request) => getCaseReports(useCaseContext(request, ctx), request.params.id),
  );
  api.get(
    '/api/aanbieder/placements',
    { config: { access: 'provider:report' }, schema: { tags, summary: 'Lopende plaatsingen onder de contracten van de eigen aanbieder, en beëindigde tot de inzagetermijn van het contract voorbij is', response: { 200: z.object({ provider: z.object({ name: z.string() }).nullable(), notLinked: z.string().nullable(), placements: z.array(providerPlacementSchema) }), ...errors } } },
    (request) => listProviderPlacements(useCaseContext(request, ctx)),
  );
  api.post(
    '/api/aanbieder/placements/:placementId/reports',
    {
      config: { access: 'provider:report' },
      schema: { tags, summary: 'Rapporteren over een plaatsing: week, voortgang, tussenrapportage of examenaanmelding', params: z.strictObject({ placementId: z.uuid('Ongeldige id') }), body: reportInput, response: { 200: z.object({ outcome: z.enum(['nieuw', 'gewijzigd', 'ongewijzigd']) }), ...errors } },
    },
    (request) => reportOnPlacement(useCaseContext(request, ctx), request.params.placementId, request.body),
  );
  api.post(
    '/api/aanbieder/reports/csv',
    {
      config: { access: 'provider:report' },
      schema: {
        tags,
        summary: 'Rapportages als CSV uploaden (formaat: docs/aanbieder-rapportages-csv.md)',
        body: z.strictObject({ csv: text().max(2_000_000, 'Het bestand is te groot (hoogstens 2 MB)') }),
        response: { 200: z.object({ rows: z.number(), nieuw: z.number(), gewijzigd: z.number(), ongewijzigd: z.number(), rejected: z.array(z.object({ line: z.number(), field: z.string(), message: z.string() })) }), ...errors },
      },
    },
    (request) => importReportsCsv(useCaseContext(request, ctx), request.body.csv),
  );
}
