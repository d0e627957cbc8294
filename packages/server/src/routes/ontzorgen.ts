// Financieel ontzorgen (B15, art. 56a Participatiewet; ADR 0136, 0137): the case part and /financien.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { approveBatch } from '../use-cases/ontzorgen/approve-batch.ts';
import { batchSepaFile, paymentsCsv, paymentsXlsx } from '../use-cases/ontzorgen/batch-files.ts';
import { financeOverview } from '../use-cases/ontzorgen/finance-overview.ts';
import { getOntzorgen } from '../use-cases/ontzorgen/get-ontzorgen.ts';
import { holdCheckpoint } from '../use-cases/ontzorgen/hold-checkpoint.ts';
import {
  approveBatchInput,
  bankFileInput,
  batchParams,
  exportQuery,
  financeQuery,
  holdCheckpointInput,
  partnerMonthParams,
  partnerProblemInput,
  partnerReportInput,
  paymentStatusInput,
  problemParams,
  proposeBatchInput,
  saveAgreementInput,
} from '../use-cases/ontzorgen/ontzorgen.types.ts';
import { importBankFile } from '../use-cases/ontzorgen/import-bank-file.ts';
import { listPartnerAgreements } from '../use-cases/ontzorgen/partner-agreements.ts';
import { reportPartnerMonth } from '../use-cases/ontzorgen/partner-report-month.ts';
import { signalPartnerProblem } from '../use-cases/ontzorgen/partner-signal-problem.ts';
import { resolvePartnerProblem } from '../use-cases/ontzorgen/resolve-partner-problem.ts';
import { proposeBatch } from '../use-cases/ontzorgen/propose-batch.ts';
import { recordPaymentStatus } from '../use-cases/ontzorgen/record-payment-status.ts';
import { saveAgreement } from '../use-cases/ontzorgen/save-agreement.ts';
import {
  bankImportReportSchema,
  batchViewSchema,
  financeOverviewSchema,
  ontzorgenViewSchema,
  partnerAgreementListSchema,
  partnerAgreementViewSchema,
  paymentViewSchema,
  resolvedPartnerProblemSchema,
} from '../use-cases/ontzorgen/ontzorgen.view.ts';
import { errors, idParams } from './schemas.ts';
import { useCaseContext } from './request-context.ts';

export function ontzorgenRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['ontzorgen'];

  api.get(
    '/api/cases/:id/ontzorgen',
    { config: { access: 'case:read' }, schema: { tags, summary: 'Financieel ontzorgen van één persoon: de regel met uitleg, de afspraak, ijkmomenten en betalingen', params: idParams, response: { 200: ontzorgenViewSchema, ...errors } } },
    (request) => getOntzorgen(useCaseContext(request, ctx), request.params.id),
  );
  api.put(
    '/api/cases/:id/ontzorgen',
    { config: { access: 'finance:write' }, schema: { tags, summary: 'Afspraak over financieel ontzorgen maken of wijzigen (versie 0: nieuw); weigeren wordt vastgelegd', params: idParams, body: saveAgreementInput, response: { 200: ontzorgenViewSchema, ...errors } } },
    (request) => saveAgreement(useCaseContext(request, ctx), request.params.id, request.body),
  );
  api.post(
    '/api/cases/:id/ontzorgen/ijkmomenten',
    { config: { access: 'finance:write' }, schema: { tags, summary: 'IJkmoment houden: verlengen, afbouwen, opschalen of teruggeven', params: idParams, body: holdCheckpointInput, response: { 200: ontzorgenViewSchema, ...errors } } },
    (request) => holdCheckpoint(useCaseContext(request, ctx), request.params.id, request.body),
  );

  api.get(
    '/api/financien',
    { config: { access: 'finance:write' }, schema: { tags, summary: 'Financiën per gemeente en maand: batches, geweigerde betalingen, aflopende afspraken, ijkmomenten', querystring: financeQuery, response: { 200: financeOverviewSchema, ...errors } } },
    (request) => financeOverview(useCaseContext(request, ctx), request.query),
  );
  api.post(
    '/api/financien/batches',
    { config: { access: 'finance:write' }, schema: { tags, summary: 'Betaalvoorstel van de maand maken (vervangt een open voorstel van die maand)', body: proposeBatchInput, response: { 201: batchViewSchema, ...errors } } },
    async (request, reply) => reply.code(201).send(await proposeBatch(useCaseContext(request, ctx), request.body)),
  );
  api.post(
    '/api/financien/batches/:id/goedkeuring',
    { config: { access: 'finance:write' }, schema: { tags, summary: 'Betaalvoorstel goedkeuren (vier ogen: niet door wie het maakte); maakt het SEPA-bestand', params: batchParams, body: approveBatchInput, response: { 200: batchViewSchema, ...errors } } },
    (request) => approveBatch(useCaseContext(request, ctx), request.params.id, request.body.version),
  );
  api.get(
    '/api/financien/batches/:id/sepa.xml',
    { config: { access: 'finance:write' }, schema: { tags, summary: 'SEPA Credit Transfer (pain.001.001.09) van een goedgekeurde batch, gecontroleerd tegen het schema', params: batchParams } },
    async (request, reply) => {
      const file = await batchSepaFile(useCaseContext(request, ctx), request.params.id);
      return reply.type('application/xml; charset=utf-8').header('content-disposition', `attachment; filename="${file.fileName}"`).send(file.xml);
    },
  );
  api.get(
    '/api/financien/export',
    { config: { access: 'finance:write' }, schema: { tags, summary: 'Betalingen van een maand en gemeente voor het financiële systeem (CSV of XLSX)', querystring: exportQuery } },
    async (request, reply) => {
      const { format, ...query } = request.query;
      const uc = useCaseContext(request, ctx);
      const name = `ontzorgen-${query.month}.${format}`;
      const body = format === 'csv' ? await paymentsCsv(uc, query) : await paymentsXlsx(uc, query);
      const type = format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      return reply.type(type).header('content-disposition', `attachment; filename="${name}"`).send(body);
    },
  );
  api.patch(
    '/api/financien/betalingen/:id',
    { config: { access: 'finance:write' }, schema: { tags, summary: 'Status van de bank vastleggen: betaald of geweigerd met reden', params: idParams, body: paymentStatusInput, response: { 200: paymentViewSchema, ...errors } } },
    (request) => recordPaymentStatus(useCaseContext(request, ctx), request.params.id, request.body),
  );
  api.post(
    '/api/financien/batches/:id/bankbestand',
    {
      config: { access: 'finance:write' },
      // A bank file of up to 5 MB as JSON text.
      bodyLimit: 6 * 1024 * 1024,
      schema: { tags, summary: 'Bankbestand (pain.002 of camt.054) van een goedgekeurde batch inlezen: betaald of geweigerd per betaling, met de regels die niet passen', params: batchParams, body: bankFileInput, response: { 200: bankImportReportSchema, ...errors } },
    },
    (request) => importBankFile(useCaseContext(request, ctx), request.params.id, request.body),
  );
  api.patch(
    '/api/cases/:id/ontzorgen/problemen/:problemId',
    { config: { access: 'case:read' }, schema: { tags, summary: 'Melding van de budgetbeheerder afgehandeld', params: problemParams, body: z.strictObject({ version: z.number('Vul de versie in die u las').int().min(0) }), response: { 200: resolvedPartnerProblemSchema, ...errors } } },
    (request) => resolvePartnerProblem(useCaseContext(request, ctx), request.params.id, request.params.problemId, request.body.version),
  );

  // The budgetbeheer partner (ADR 0147): only its assigned agreements, in the limited view.
  api.get(
    '/api/budgetbeheer',
    { config: { access: 'ontzorgen:partner' }, schema: { tags, summary: 'Afspraken over ontzorgen die aan deze budgetbeheerder zijn toegewezen (alleen ontvangers, bedragen en periode)', response: { 200: partnerAgreementListSchema, ...errors } } },
    (request) => listPartnerAgreements(useCaseContext(request, ctx)),
  );
  api.put(
    '/api/budgetbeheer/afspraken/:id/maanden/:month',
    { config: { access: 'ontzorgen:partner' }, schema: { tags, summary: 'Maandrapportage: de betalingen van de maand gedaan, of niet met de reden (versie 0: eerste melding)', params: partnerMonthParams, body: partnerReportInput, response: { 200: partnerAgreementViewSchema, ...errors } } },
    (request) => reportPartnerMonth(useCaseContext(request, ctx), request.params.id, request.params.month, request.body),
  );
  api.post(
    '/api/budgetbeheer/afspraken/:id/problemen',
    { config: { access: 'ontzorgen:partner' }, schema: { tags, summary: 'Probleem melden (achterstand, adreswijziging …): wordt een werkvoorraaditem voor de trajectregisseur', params: idParams, body: partnerProblemInput, response: { 201: partnerAgreementViewSchema, ...errors } } },
    async (request, reply) => reply.code(201).send(await signalPartnerProblem(useCaseContext(request, ctx), request.params.id, request.body)),
  );
}
