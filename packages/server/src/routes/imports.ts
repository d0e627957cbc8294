import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { AppError } from '../errors.ts';
import { importRequestSchema, startTvsFromDryRun, startTvsImport, type ImportRunSettings } from '../imports/import-tvs.ts';
import { findJob, listJobs, rejectionsOf, rowsOf, type JobRecord } from '../imports/job-store.ts';
import { caseloadRequestSchema, startCaseloadFromDryRun, startCaseloadImport } from '../imports/caseload/import-caseload.ts';
import { caseloadTemplateCsv, caseloadTemplateXlsx } from '../imports/caseload/template.ts';
import { reconcileNow } from '../imports/reconciliation/reconcile.ts';
import { errors, text } from './schemas.ts';
import { useCaseContext } from './request-context.ts';
import type { ZodApi } from './zod-api.ts';
import type { UseCaseContext } from '../use-cases/context.ts';

const MAX_BYTES = 20 * 1024 * 1024;

const rejectionSchema = z.object({ sheet: z.string().nullable().optional(), row: z.number(), field: z.string(), reason: z.string() });

const jobSchema = z
  .object({
    id: z.string(),
    kind: z.enum(['tvs', 'caseload']),
    dryRun: z.boolean(),
    dryRunId: z.string().nullable(),
    fileName: z.string().nullable(),
    status: z.enum(['bezig', 'klaar', 'mislukt']),
    total: z.number(),
    processed: z.number(),
    created: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    rejectedCount: z.number(),
    rejected: z.array(rejectionSchema),
    error: z.string().nullable(),
    /** A finished dry run whose file is still kept can be imported for real. */
    canExecute: z.boolean(),
    startedAt: z.string(),
    finishedAt: z.string().nullable(),
    reconciliation: z.object({
      status: z.enum(['n.v.t.', 'wachtend', 'bezig', 'uitgesteld', 'klaar', 'mislukt']),
      total: z.number(),
      done: z.number(),
      differences: z.number(),
      nextAttemptAt: z.string().nullable(),
      error: z.string().nullable(),
    }),
  })
  .meta({ id: 'ImportTaak' });

/** A row's details (jsonb): the sentences of an accepted row, or the refusals of a rejected one. */
const rowDetails = z.array(z.union([z.string(), rejectionSchema]));
const rowDetailsOf = (details: unknown): z.infer<typeof rowDetails> => {
  const parsed = rowDetails.safeParse(details);
  return parsed.success ? parsed.data : [];
};

const reconciliationStatuses = ['n.v.t.', 'wachtend', 'bezig', 'uitgesteld', 'klaar', 'mislukt'] as const;
type ReconciliationStatus = (typeof reconciliationStatuses)[number];
const asReconciliationStatus = (s: string): ReconciliationStatus => reconciliationStatuses.find((status) => status === s) ?? 'n.v.t.';

async function view(ctx: UseCaseContext, job: JobRecord) {
  return {
    id: job.id,
    kind: job.kind === 'caseload' ? ('caseload' as const) : ('tvs' as const),
    dryRun: job.dryRun,
    dryRunId: job.dryRunId,
    fileName: job.fileName,
    status: job.status === 'klaar' ? ('klaar' as const) : job.status === 'mislukt' ? ('mislukt' as const) : ('bezig' as const),
    total: job.total,
    processed: job.processed,
    created: job.created,
    updated: job.updated,
    unchanged: job.unchanged,
    rejectedCount: job.rejectedCount,
    rejected: job.rejectedCount > 0 ? await rejectionsOf(ctx, job.id) : [],
    error: job.error,
    canExecute: job.dryRun && job.status === 'klaar' && job.files !== null,
    startedAt: job.startedAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    reconciliation: {
      status: asReconciliationStatus(job.reconciliationStatus),
      total: job.reconciliationTotal,
      done: job.reconciliationDone,
      differences: job.reconciliationDifferences,
      nextAttemptAt: job.reconciliationNextAt?.toISOString() ?? null,
      error: job.reconciliationError,
    },
  };
}

const outcomeOf = (o: string): 'nieuw' | 'bijgewerkt' | 'ongewijzigd' | 'afgewezen' => (o === 'nieuw' ? 'nieuw' : o === 'bijgewerkt' ? 'bijgewerkt' : o === 'afgewezen' ? 'afgewezen' : 'ongewijzigd');

/** How long an import on PGlite waits between batches for the requests in flight, at most. */
const USERS_FIRST_MAX_WAIT_MS = 500;

const notFound = () => new AppError('NOT_FOUND', { message: 'Deze import bestaat niet (meer) of is van iemand anders.' });

/** The query of the routes that start an import: wait for it to finish, dry run, and the gemeente (for a beheerder). */
const importFlags = z.strictObject({
  wacht: z.enum(['true', 'false']).default('false'),
  proef: z.enum(['true', 'false']).default('false'),
  gemeenteId: z.uuid('Kies een gemeente').optional(),
});

type ImportSettings = (dryRun: boolean, wait: boolean) => ImportRunSettings;

export function importRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  // A TVS file may also be sent as is (Content-Type: text/csv).
  if (!app.hasContentTypeParser('text/csv')) {
    app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: MAX_BYTES }, (_request, body, done) => done(null, body));
  }
  // One batch holds a transaction this long: on PGlite every other request waits for it, so batches
  // are short and, between them, the requests in flight go first (ADR 0077 and its addendum). The
  // request that started an import with wacht=true is in flight itself for as long as it runs. While
  // others wait a batch aims at 25 ms, and for 3 s after at 40 ms: a colleague who clicked will click
  // again, and waits for the rest of the batch their click lands in (addendum, eleventh session).
  const settings = (dryRun: boolean, wait: boolean): ImportRunSettings => {
    if (ctx.database.kind !== 'pglite') return { dryRun, batchTargetMs: 400, planAhead: true };
    const activity = ctx.requestActivity;
    return { dryRun, batchTargetMs: 80, busyBatchTargetMs: 25, recentBatchTargetMs: 40, recentMs: 3_000, minBatch: 5, firstBatch: 20, ...(activity ? { betweenBatches: () => activity.quiet(wait ? 1 : 0, USERS_FIRST_MAX_WAIT_MS) } : {}) };
  };
  registerStart(api, ctx, settings);
  registerJobs(api, ctx);
  registerReconciliation(api, ctx);
  registerTemplates(api);
}

function registerStart(api: ZodApi, ctx: AppContext, settings: ImportSettings): void {
  api.post(
    '/api/imports/tvs',
    {
      config: { access: 'case:write' },
      bodyLimit: MAX_BYTES,
      schema: {
        tags: ['dossiers'],
        summary: 'COA-koppeling (TVS, CSV) importeren of met proef=true eerst controleren: 202 met een taak (voortgang via GET /api/imports/:jobId), of met wacht=true het volledige verslag',
        querystring: importFlags,
        body: z.union([importRequestSchema, text().min(1, 'Het bestand is leeg.')]),
        response: { 200: jobSchema, 202: jobSchema, ...errors },
      },
    },
    async (request, reply) => {
      const body = typeof request.body === 'string' ? { csv: request.body, gemeenteId: request.query.gemeenteId } : { gemeenteId: request.query.gemeenteId, ...request.body };
      const uc = useCaseContext(request, ctx);
      const job = await startTvsImport(uc, body, request.query.wacht === 'true', settings(request.query.proef === 'true', request.query.wacht === 'true'));
      return reply.code(job.status === 'bezig' ? 202 : 200).send(await view(uc, job));
    },
  );

  api.post(
    '/api/imports/lopende-dossiers',
    {
      config: { access: 'case:write' },
      bodyLimit: Math.ceil(MAX_BYTES * 1.4),
      schema: {
        tags: ['dossiers'],
        summary: 'Lopende dossiers (CSV of XLSX) importeren of met proef=true eerst controleren; bestanden als base64',
        querystring: importFlags,
        body: caseloadRequestSchema,
        response: { 200: jobSchema, 202: jobSchema, ...errors },
      },
    },
    async (request, reply) => {
      const uc = useCaseContext(request, ctx);
      const job = await startCaseloadImport(uc, { ...request.body, gemeenteId: request.body.gemeenteId ?? request.query.gemeenteId }, request.query.wacht === 'true', settings(request.query.proef === 'true', request.query.wacht === 'true'), ctx.duo);
      return reply.code(job.status === 'bezig' ? 202 : 200).send(await view(uc, job));
    },
  );

  api.post(
    '/api/imports/:jobId/uitvoeren',
    {
      config: { access: 'case:write' },
      schema: {
        tags: ['dossiers'],
        summary: 'Een geslaagde proefimport echt importeren (zelfde bestand): 202 met de nieuwe taak',
        params: z.strictObject({ jobId: z.uuid('Ongeldige id') }),
        querystring: z.strictObject({ wacht: z.enum(['true', 'false']).default('false') }),
        response: { 200: jobSchema, 202: jobSchema, ...errors },
      },
    },
    async (request, reply) => {
      const uc = useCaseContext(request, ctx);
      const dry = await findJob(uc, request.params.jobId);
      if (!dry) throw notFound();
      if (!dry.dryRun || dry.status !== 'klaar') throw new AppError('STEP_NOT_ALLOWED', { message: 'Alleen een afgeronde proefimport kan worden geïmporteerd.' });
      const wait = request.query.wacht === 'true';
      const { dryRun: _dry, ...run } = settings(false, wait);
      const job = dry.kind === 'caseload' ? await startCaseloadFromDryRun(uc, dry, wait, run, ctx.duo) : await startTvsFromDryRun(uc, dry, wait, run);
      return reply.code(job.status === 'bezig' ? 202 : 200).send(await view(uc, job));
    },
  );
}

function registerJobs(api: ZodApi, ctx: AppContext): void {
  api.get(
    '/api/imports',
    {
      config: { access: 'case:write' },
      schema: { tags: ['dossiers'], summary: 'De laatste imports van de gebruiker', response: { 200: z.array(jobSchema), ...errors } },
    },
    async (request) => {
      const uc = useCaseContext(request, ctx);
      const jobs = await listJobs(uc);
      return Promise.all(jobs.map((j) => view(uc, j)));
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
    async (request) => {
      const uc = useCaseContext(request, ctx);
      const job = await findJob(uc, request.params.jobId);
      if (!job) throw notFound();
      return view(uc, job);
    },
  );

  api.get(
    '/api/imports/:jobId/regels',
    {
      config: { access: 'case:write' },
      schema: {
        tags: ['dossiers'],
        summary: 'Het verslag per regel: wat (bij een proefimport: zou) worden aangemaakt of gewijzigd, of waarom de regel is afgewezen',
        params: z.strictObject({ jobId: z.uuid('Ongeldige id') }),
        querystring: z.strictObject({
          offset: z.coerce.number().int().min(0).default(0),
          limit: z.coerce.number().int().min(1).max(500).default(100),
          uitkomst: z.enum(['nieuw', 'bijgewerkt', 'ongewijzigd', 'afgewezen']).optional(),
        }),
        response: {
          200: z.object({
            total: z.number(),
            items: z.array(
              z.object({
                seq: z.number(),
                sheet: z.string().nullable(),
                row: z.number(),
                outcome: z.enum(['nieuw', 'bijgewerkt', 'ongewijzigd', 'afgewezen']),
                caseId: z.string().nullable(),
                details: z.array(z.union([z.string(), rejectionSchema])),
              }),
            ),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const uc = useCaseContext(request, ctx);
      const job = await findJob(uc, request.params.jobId);
      if (!job) throw notFound();
      const page = await rowsOf(uc, job.id, { offset: request.query.offset, limit: request.query.limit, outcome: request.query.uitkomst });
      return {
        total: page.total,
        items: page.items.map((r) => ({
          seq: r.seq,
          sheet: r.sheet,
          row: r.row,
          outcome: outcomeOf(r.outcome),
          caseId: r.caseId,
          details: rowDetailsOf(r.details),
        })),
      };
    },
  );
}

function registerReconciliation(api: ZodApi, ctx: AppContext): void {
  api.post(
    '/api/imports/:jobId/afstemming',
    {
      config: { access: 'case:write' },
      schema: {
        tags: ['dossiers'],
        summary: 'De afstemming met DUO na een import nu (opnieuw) proberen',
        params: z.strictObject({ jobId: z.uuid('Ongeldige id') }),
        response: { 200: jobSchema, ...errors },
      },
    },
    async (request) => {
      const uc = useCaseContext(request, ctx);
      const job = await findJob(uc, request.params.jobId);
      if (!job) throw notFound();
      if (job.dryRun || job.kind !== 'caseload' || job.status !== 'klaar') throw new AppError('STEP_NOT_ALLOWED', { message: 'Alleen na een afgeronde import van lopende dossiers wordt met DUO afgestemd.' });
      await reconcileNow(uc, job.id);
      const after = await findJob(uc, job.id);
      if (!after) throw notFound();
      return view(uc, after);
    },
  );
}

function registerTemplates(api: ZodApi): void {
  const templates = {
    csv: { type: 'text/csv; charset=utf-8', build: caseloadTemplateCsv },
    xlsx: { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', build: caseloadTemplateXlsx },
  } as const;
  api.get(
    '/api/imports/sjablonen/lopende-dossiers',
    {
      config: { access: 'case:write' },
      schema: {
        tags: ['dossiers'],
        summary: 'Sjabloon voor de import van lopende dossiers (CSV: het blad Personen; XLSX: alle bladen), met een voorbeeldregel',
        querystring: z.strictObject({ formaat: z.enum(['csv', 'xlsx']).default('xlsx'), blad: z.enum(['personen', 'pip', 'plaatsingen']).default('personen') }),
      },
    },
    async (request, reply) => {
      const t = templates[request.query.formaat];
      const body = await t.build(request.query.blad);
      const name = request.query.formaat === 'xlsx' ? 'lopende-dossiers.xlsx' : `lopende-dossiers-${request.query.blad}.csv`;
      return reply.type(t.type).header('content-disposition', `attachment; filename="${name}"`).send(body);
    },
  );
}
