import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { notificationHttpErrorResponse, notificationRejectedResponse, notificationUnavailableResponse, type DuoValidator, type HeaderBag, type NotificationHttpResponse } from '@koers/duo';
import type { AppContext } from '../http/context.ts';
import { NotificationIntake } from '../duo/receive.ts';
import { NOTIFICATION_PATH } from '../duo/service.ts';
import { loggableError } from '../duo/failure-reason.ts';
import { duoValidator } from '../duo/runtime.ts';
import { getCaseDuo, listUnmatchedDuoNotifications, markDuoEventHandled, retryDuoMessage } from '../use-cases/duo/case-duo.ts';
import { listCaselessDuoMessages, retryCaselessDuoMessage } from '../use-cases/duo/caseless-duo-messages.ts';
import { getDuoStatus } from '../use-cases/duo/duo-status.ts';
import { acknowledgeContractStop } from '../use-cases/duo/acknowledge-contract-stop.ts';
import { acknowledgedStopSchema, caseDuoViewSchema, caselessDuoMessageSchema, duoEventHandledSchema, duoMessageReofferedSchema, duoStatusViewSchema, unmatchedDuoNotificationSchema } from '../use-cases/duo/duo.view.ts';
import { errors, text } from './schemas.ts';
import { useCaseContext } from './request-context.ts';
import type { ZodApi } from './zod-api.ts';

const acknowledgeBody = z.strictObject({
  version: z.number().int().positive().describe('De versie van de stop zoals getoond (optimistische vergrendeling)'),
  note: text().trim().max(500).optional().describe('Wat is gecontroleerd of gedaan (optioneel, in de geschiedenis)'),
});

const caseParams = z.strictObject({ id: z.uuid('Ongeldige id') });
const stopParams = z.strictObject({ stopId: z.uuid('Ongeldige id') });
const messageParams = z.strictObject({ id: z.uuid('Ongeldige id'), messageId: z.uuid('Ongeldige id') });
const caselessMessageParams = z.strictObject({ messageId: z.uuid('Ongeldige id') });
const eventParams = z.strictObject({ id: z.uuid('Ongeldige id'), eventId: z.uuid('Ongeldige id') });

const NOTIFICATION_PREFIX = '/duo';
const NOTIFICATION_ROUTE = NOTIFICATION_PATH.slice(NOTIFICATION_PREFIX.length);
const unknownPath = 'Onbekend adres: de DUO-koppeling van Koers ontvangt alleen POST /duo/v1/notificaties.';
const notJson = 'Het bericht moet JSON zijn (Content-Type: application/json).';

/** `application/json`, with or without parameters (charset), in any case. */
function isJson(contentType: string | undefined): boolean {
  return contentType !== undefined && contentType.split(';')[0]?.trim().toLowerCase() === 'application/json';
}

function headerOf(headers: HeaderBag, name: string): string | undefined {
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name.toLowerCase()) return typeof v === 'string' ? v : v?.[0];
  return undefined;
}

function sendDuo(reply: FastifyReply, r: NotificationHttpResponse): FastifyReply {
  void reply.code(r.status).headers(r.headers);
  return r.body === undefined ? reply.send() : reply.type('application/json').send(JSON.stringify(r.body));
}

export function duoRoutes(app: FastifyInstance, ctx: AppContext): void {
  registerNotificationApi(app, ctx);

  // ---- The DUO part of the case file -----------------------------------------------------------
  const api = app.withTypeProvider<ZodTypeProvider>();
  registerCaseDuo(api, ctx);
  registerDuoOverview(api, ctx);
}

function registerNotificationApi(app: FastifyInstance, ctx: AppContext): void {
  // ---- DUO → Koers: the gemeente side of the Notificatie API (machine to machine) -------------
  // Its own scope under /duo: the body is parsed here, so a broken body becomes the spec's 400 (no
  // body) instead of Koers's JSON error; a body that is not JSON is 415, an unknown path 404 and
  // another method 405 — with the spec's Foutmelding shape, never the web app or Koers's JSON error.
  // Authenticated by mutual TLS at the reverse proxy; the OINs are checked against DUO's and the
  // gemeenten's.
  // One intake per app: notifications arriving together are stored together (receive.ts).
  let intake: NotificationIntake | undefined;
  const intakeFor = (validator: DuoValidator): NotificationIntake => (intake ??= new NotificationIntake({ db: ctx.database.db, validator, duoOin: ctx.duo?.clients.duoOin, now: ctx.now }));
  void app.register(
    (scope, _opts, done) => {
      scope.removeAllContentTypeParsers();
      scope.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => done(null, body));
      scope.setErrorHandler(async (error: Error & { statusCode?: number; code?: string }, request, reply) => {
        const validator = await duoValidator();
        // Hooks run before the not-found handler too (a CSRF check on an unknown POST): still 404.
        if (request.is404) return sendDuo(reply, notificationHttpErrorResponse(validator, 404, unknownPath));
        if (error.statusCode === 415 || error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return sendDuo(reply, notificationHttpErrorResponse(validator, 415, notJson));
        if (error.statusCode !== undefined && error.statusCode < 500) return sendDuo(reply, notificationRejectedResponse(validator, { ok: false, status: 400, issues: [error.message] }));
        request.log.error({ err: loggableError(error) }, 'DUO-notificatie: onverwachte fout');
        return sendDuo(reply, notificationUnavailableResponse(validator));
      });
      scope.setNotFoundHandler(async (_request, reply) => sendDuo(reply, notificationHttpErrorResponse(ctx.duo?.validator ?? (await duoValidator()), 404, unknownPath)));
      scope.post(NOTIFICATION_ROUTE, { config: { access: 'public', csrf: false }, schema: { hide: true } }, async (request, reply) => {
        const validator = ctx.duo?.validator ?? (await duoValidator());
        if (!isJson(request.headers['content-type'])) return sendDuo(reply, notificationHttpErrorResponse(validator, 415, notJson));
        const raw = typeof request.body === 'string' ? request.body : '';
        let body: unknown;
        try {
          body = raw.trim() === '' ? undefined : JSON.parse(raw);
        } catch {
          return sendDuo(reply, notificationRejectedResponse(validator, { ok: false, status: 400, issues: ['ongeldige JSON'] }));
        }
        const result = await intakeFor(validator).receive({ headers: request.headers, body });
        // Never the body or the BSN: the codes and ids say enough to find the two messages.
        if (result.reusedBerichtId) {
          request.log.warn({ berichtId: headerOf(request.headers, 'berichtId'), ...result.reusedBerichtId }, 'DUO-notificatie geweigerd: BerichtId al gebruikt voor een andere notificatie');
        } else if (result.problems) {
          request.log.warn({ problems: result.problems, status: result.response.status }, 'DUO-notificatie geweigerd');
        }
        if (result.inboxId && !result.duplicate && ctx.duo?.processOnReceive) ctx.duo.worker.kick();
        return sendDuo(reply, result.response);
      });
      scope.route({
        method: ['GET', 'PUT', 'PATCH', 'DELETE'],
        url: NOTIFICATION_ROUTE,
        config: { access: 'public', csrf: false },
        schema: { hide: true },
        handler: async (_request, reply) => sendDuo(reply, notificationHttpErrorResponse(ctx.duo?.validator ?? (await duoValidator()), 405, 'Alleen POST is toegestaan op /notificaties.', { Allow: 'POST' })),
      });
      done();
    },
    { prefix: NOTIFICATION_PREFIX },
  );
}

function registerCaseDuo(api: ZodApi, ctx: AppContext): void {
  api.get(
    '/api/cases/:id/duo',
    {
      config: { access: 'case:read' },
      schema: { tags: ['duo'], summary: 'DUO-berichten, -notificaties en -gegevens van een dossier', params: caseParams, response: { 200: caseDuoViewSchema, ...errors } },
    },
    (request) => getCaseDuo(useCaseContext(request, ctx), request.params.id),
  );

  api.post(
    '/api/cases/:id/duo/messages/:messageId/retry',
    {
      config: { access: 'case:write', openWhenClosed: true },
      schema: {
        tags: ['duo'],
        summary: 'Een mislukt of afgewezen DUO-bericht opnieuw aanbieden',
        params: messageParams,
        response: { 200: duoMessageReofferedSchema, ...errors },
      },
    },
    (request) => retryDuoMessage(useCaseContext(request, ctx), request.params.id, request.params.messageId),
  );

  api.post(
    '/api/cases/:id/duo/events/:eventId/handled',
    {
      config: { access: 'case:write', openWhenClosed: true },
      schema: { tags: ['duo'], summary: 'Een DUO-gebeurtenis als afgehandeld markeren', params: eventParams, response: { 200: duoEventHandledSchema, ...errors } },
    },
    (request) => markDuoEventHandled(useCaseContext(request, ctx), request.params.id, request.params.eventId),
  );
}

function registerDuoOverview(api: ZodApi, ctx: AppContext): void {
  api.get(
    '/api/duo/notificaties',
    {
      config: { access: 'case:read' },
      schema: {
        tags: ['duo'],
        summary: 'DUO-notificaties zonder dossier of met een verwerkingsfout',
        response: {
          200: z.array(unmatchedDuoNotificationSchema),
          ...errors,
        },
      },
    },
    (request) => listUnmatchedDuoNotifications(useCaseContext(request, ctx)),
  );

  api.get(
    '/api/duo/berichten',
    {
      config: { access: 'case:read' },
      schema: {
        tags: ['duo'],
        summary: 'Berichten aan DUO zonder dossier (contactpersoon) die nog niet zijn bevestigd',
        response: {
          200: z.array(caselessDuoMessageSchema),
          ...errors,
        },
      },
    },
    (request) => listCaselessDuoMessages(useCaseContext(request, ctx)),
  );

  api.post(
    '/api/duo/berichten/:messageId/retry',
    {
      config: { access: 'case:write' },
      schema: {
        tags: ['duo'],
        summary: 'Een mislukt of afgewezen DUO-bericht zonder dossier opnieuw aanbieden',
        params: caselessMessageParams,
        response: { 200: duoMessageReofferedSchema, ...errors },
      },
    },
    (request) => retryCaselessDuoMessage(useCaseContext(request, ctx), request.params.messageId),
  );
  api.get(
    '/api/duo/status',
    {
      config: { access: 'duo:status' },
      schema: {
        tags: ['duo'],
        summary: 'Stand van de DUO-koppeling per gemeente: laatste verbinding, achterstand, stops en recente fouten',
        querystring: z.strictObject({ fouten: z.enum(['ja', 'nee']).default('ja').describe("'nee': alleen de aantallen, zonder de recente fouten") }),
        response: { 200: duoStatusViewSchema, ...errors },
      },
    },
    (request) => getDuoStatus(useCaseContext(request, ctx), { configured: ctx.duo !== undefined, recentFailures: request.query.fouten === 'ja' }),
  );

  api.post(
    '/api/duo/stops/:stopId/acknowledge',
    {
      config: { access: 'duo:resume' },
      schema: {
        tags: ['duo'],
        summary: 'Een stop van de DUO-koppeling opheffen (DUO antwoordde buiten de specificatie); wat wachtte gaat weer',
        params: stopParams,
        body: acknowledgeBody,
        response: { 200: acknowledgedStopSchema, ...errors },
      },
    },
    async (request) => {
      const lifted = await acknowledgeContractStop(useCaseContext(request, ctx), request.params.stopId, request.body);
      // What the stop held is due now.
      ctx.duo?.worker.kick();
      return lifted;
    },
  );
}
