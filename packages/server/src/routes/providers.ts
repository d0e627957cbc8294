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
import { caseContractViewSchema, contractViewSchema, providersOverviewSchema, providerUserLinkSchema, providerViewSchema } from '../use-cases/providers/providers.view.ts';
import { casePlacementReportsSchema, providerPlacementsSchema, reportOnPlacementResultSchema, reportsImportResultSchema } from '../use-cases/provider-reports/reports.view.ts';
import { errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

export function providerRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['aanbieders'];

  api.get(
    '/api/admin/providers',
    { config: { access: 'contracts:manage' }, schema: { tags, summary: 'Aanbieders van de organisatie met hun contracten', response: { 200: providersOverviewSchema, ...errors } } },
    (request) => listProviders(useCaseContext(request, ctx)),
  );
  api.post(
    '/api/admin/providers',
    { config: { access: 'contracts:manage' }, schema: { tags, summary: 'Aanbieder toevoegen', body: providerInput, response: { 201: providerViewSchema, ...errors } } },
    async (request, reply) => reply.code(201).send(await createProvider(useCaseContext(request, ctx), request.body)),
  );
  api.put(
    '/api/admin/providers/:id',
    { config: { access: 'contracts:manage' }, schema: { tags, summary: 'Aanbieder wijzigen', params: idParams, body: updateProviderInput, response: { 200: providerViewSchema, ...errors } } },
    (request) => updateProvider(useCaseContext(request, ctx), request.params.id, request.body),
  );
  api.post(
    '/api/admin/providers/:id/users',
    { config: { access: 'contracts:manage' }, schema: { tags, summary: 'Een partner-aanbieder-account aan de aanbieder koppelen', params: idParams, body: linkProviderUserInput, response: { 200: providerUserLinkSchema, ...errors } } },
    (request) => linkProviderUser(useCaseContext(request, ctx), request.params.id, request.body),
  );
  api.post(
    '/api/admin/contracts',
    { config: { access: 'contracts:manage' }, schema: { tags, summary: 'Contract met een aanbieder toevoegen', body: contractInput, response: { 201: contractViewSchema, ...errors } } },
    async (request, reply) => reply.code(201).send(await createContract(useCaseContext(request, ctx), request.body)),
  );
  api.put(
    '/api/admin/contracts/:id',
    { config: { access: 'contracts:manage' }, schema: { tags, summary: 'Contract wijzigen', params: idParams, body: updateContractInput, response: { 200: contractViewSchema, ...errors } } },
    (request) => updateContract(useCaseContext(request, ctx), request.params.id, request.body),
  );
  api.get(
    '/api/providers',
    {
      config: { access: 'case:read' },
      schema: { tags, summary: 'Aanbieders van de organisatie, eventueel van één soort (om er een te kiezen, bijv. bij een PVT-groep)', querystring: z.strictObject({ soort: z.enum(providerKinds, 'Soort: kies een soort aanbieder').optional() }), response: { 200: z.array(providerViewSchema), ...errors } },
    },
    (request) => listProvidersOfKind(useCaseContext(request, ctx), request.query.soort),
  );
  api.get(
    '/api/contracts',
    { config: { access: 'case:read' }, schema: { tags, summary: 'Contracten voor de gemeenten van de gebruiker', response: { 200: z.array(contractViewSchema), ...errors } } },
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
        response: { 200: z.array(caseContractViewSchema), ...errors },
      },
    },
    (request) => {
      const context = useCaseContext(request, ctx);
      return listCaseContracts(context, request.params.id, request.query.op ?? todayIn(context.now));
    },
  );
  api.get(
    '/api/cases/:id/provider-reports',
    { config: { access: 'case:read' }, schema: { tags, summary: 'Rapportages van de aanbieders per plaatsing', params: idParams, response: { 200: z.array(casePlacementReportsSchema), ...errors } } },
    (request) => getCaseReports(useCaseContext(request, ctx), request.params.id),
  );
  api.get(
    '/api/aanbieder/placements',
    { config: { access: 'provider:report' }, schema: { tags, summary: 'Lopende plaatsingen onder de contracten van de eigen aanbieder, en beëindigde tot de inzagetermijn van het contract voorbij is', response: { 200: providerPlacementsSchema, ...errors } } },
    (request) => listProviderPlacements(useCaseContext(request, ctx)),
  );
  api.post(
    '/api/aanbieder/placements/:placementId/reports',
    {
      config: { access: 'provider:report' },
      schema: { tags, summary: 'Rapporteren over een plaatsing: week, voortgang, tussenrapportage of examenaanmelding', params: z.strictObject({ placementId: z.uuid('Ongeldige id') }), body: reportInput, response: { 200: reportOnPlacementResultSchema, ...errors } },
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
        response: { 200: reportsImportResultSchema, ...errors },
      },
    },
    (request) => importReportsCsv(useCaseContext(request, ctx), request.body.csv),
  );
}
