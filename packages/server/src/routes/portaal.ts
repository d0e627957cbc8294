// The inburgeraar portal's API (issue 17: X2, R31, X7; ADR 0152; docs/portaal-api.md). Login with
// DigiD through the gemeente's broker, then the person's own case only: every use case runs behind
// the portal wall in the database. Schemas: use-cases/portaal/portaal.view.ts and
// portaal.types.ts (the contract the web entry uses).
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { csrfTokenFor, renewBrowserSecret } from '../auth/csrf.ts';
import { endPortaalSession, portaalCookieName, portaalMaxMs } from '../auth/portaal-sessions.ts';
import { AppError } from '../errors.ts';
import { gemeenteExists, loginWithDigid } from '../use-cases/portaal/login-with-digid.ts';
import { listPortaalGemeenten } from '../use-cases/portaal/list-portaal-gemeenten.ts';
import { getSessie } from '../use-cases/portaal/get-sessie.ts';
import { getPlan } from '../use-cases/portaal/get-plan.ts';
import { getAfspraken } from '../use-cases/portaal/get-afspraken.ts';
import { respondToAppointment } from '../use-cases/portaal/respond-to-appointment.ts';
import { getVoortgang } from '../use-cases/portaal/get-voortgang.ts';
import { getTermijnen } from '../use-cases/portaal/get-termijnen.ts';
import { downloadLetter, listLetters } from '../use-cases/portaal/letters.ts';
import { getOntzorgen } from '../use-cases/portaal/get-ontzorgen.ts';
import { getContact } from '../use-cases/portaal/get-contact.ts';
import { listMessages, markAnswersRead, sendMessage } from '../use-cases/portaal/messages.ts';
import { listPortaalDocuments } from '../use-cases/portaal/portaal-documents.ts';
import { getInzage } from '../use-cases/portaal/get-inzage.ts';
import { errors } from './schemas.ts';
import { portaalUploadRoutes } from './portaal-upload.ts';
import { portaalContext } from './portaal-request-context.ts';
import type { ZodApi } from './zod-api.ts';
import { portaalBerichtInput, portaalBrievenQuery, portaalCallbackQuery, portaalIdParams, portaalInzageQuery, portaalLoginQuery, portaalReactieInput, type PortaalLoginError } from '../use-cases/portaal/portaal.types.ts';
import {
  portaalAfsprakenSchema,
  portaalAppointmentSchema,
  portaalBerichtenSchema,
  portaalBerichtSchema,
  portaalBrievenSchema,
  portaalContactSchema,
  portaalDocumentenSchema,
  portaalGemeentenSchema,
  portaalInzageSchema,
  portaalOkSchema,
  portaalOntzorgenSchema,
  portaalPlanSchema,
  portaalSessieSchema,
  portaalTermijnenSchema,
  portaalVoortgangSchema,
} from '../use-cases/portaal/portaal.view.ts';

const pendingCookie = 'koers_portaal_login';
const pendingPath = '/api/portaal';
const tags = ['portaal'];
/** Every route below the login is for the signed-in inburgeringsplichtige about their own case. */
const self = { access: 'portaal:self' } as const;

function failed(reply: FastifyReply, code: PortaalLoginError) {
  return reply.redirect(`/portaal/?fout=${code}`);
}

const pendingSchema = z.object({ v: z.string(), s: z.string(), n: z.string(), g: z.string() });

function readPending(request: FastifyRequest): z.infer<typeof pendingSchema> | undefined {
  const raw = request.cookies[pendingCookie];
  const unsigned = raw ? request.unsignCookie(raw) : undefined;
  if (!unsigned?.valid || !unsigned.value) return undefined;
  try {
    const parsed = pendingSchema.safeParse(JSON.parse(unsigned.value));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export function portaalRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  registerLogin(api, ctx);
  registerMyTraject(api, ctx);
  registerLetters(api, ctx);
  registerContact(api, ctx);
  portaalUploadRoutes(app, ctx);
  registerInzage(api, ctx);
}

function registerLogin(api: ZodApi, ctx: AppContext): void {
  api.get(
    '/api/portaal/gemeenten',
    { config: { access: 'public' }, schema: { tags, summary: 'De gemeenten waarvoor men in het portaal kan inloggen (naam en code)', response: { 200: portaalGemeentenSchema } } },
    async () => listPortaalGemeenten(ctx.database.db),
  );

  api.get(
    '/api/portaal/login',
    { config: { access: 'public' }, schema: { tags, summary: 'Inloggen met DigiD via de broker van de gemeente (redirect)', querystring: portaalLoginQuery, response: { 404: errors[404] } } },
    async (request, reply) => {
      if (!ctx.digid) throw new AppError('DIGID_DISABLED');
      if (!(await gemeenteExists(ctx.database.db, request.query.gemeente))) return failed(reply, 'onbekende-gemeente');
      const start = await ctx.digid.start().catch(() => undefined);
      if (!start) return failed(reply, 'inloggen-mislukt');
      reply.setCookie(pendingCookie, JSON.stringify({ v: start.codeVerifier, s: start.state, n: start.nonce, g: request.query.gemeente }), {
        path: pendingPath,
        httpOnly: true,
        sameSite: 'lax',
        secure: 'auto',
        signed: true,
        maxAge: 600,
      });
      return reply.redirect(start.url);
    },
  );

  api.get(
    '/api/portaal/callback',
    { config: { access: 'public' }, schema: { tags, summary: 'Terugkeer van de DigiD-broker', querystring: portaalCallbackQuery, response: { 404: errors[404] } } },
    async (request, reply) => {
      if (!ctx.digid) throw new AppError('DIGID_DISABLED');
      const pending = readPending(request);
      reply.clearCookie(pendingCookie, { path: pendingPath });
      if (!pending) return failed(reply, 'inloggen-mislukt');
      const callbackUrl = new URL(request.url, ctx.config.digid?.redirectUri);
      const bsn = await ctx.digid.finish(callbackUrl, { codeVerifier: pending.v, state: pending.s, nonce: pending.n }).catch(() => {
        request.log.warn('DigiD-callback mislukt');
        return undefined;
      });
      if (!bsn) return failed(reply, 'inloggen-mislukt');
      const result = await loginWithDigid(ctx.database.db, { trace: request.trace, pseudonymKey: ctx.config.secret }, { gemeenteCode: pending.g, bsn }, ctx.now());
      switch (result.kind) {
        case 'ok':
          renewBrowserSecret(reply);
          reply.setCookie(portaalCookieName, result.token, { path: '/', httpOnly: true, sameSite: 'lax', secure: 'auto', maxAge: Math.floor(portaalMaxMs / 1000) });
          return reply.redirect('/portaal/');
        case 'geen-dossier':
        case 'onbekende-gemeente':
          return failed(reply, result.kind);
        default:
          return result satisfies never;
      }
    },
  );

  api.post(
    '/api/portaal/logout',
    { config: { access: 'public' }, schema: { tags, summary: 'Uitloggen uit het portaal', response: { 204: z.null() } } },
    async (request, reply) => {
      const token = request.cookies[portaalCookieName];
      if (token) await endPortaalSession(ctx.database.db, token);
      reply.clearCookie(portaalCookieName, { path: '/' });
      renewBrowserSecret(reply);
      return reply.code(204).send(null);
    },
  );
}

function registerMyTraject(api: ZodApi, ctx: AppContext): void {
  api.get('/api/portaal/sessie', { config: self, schema: { tags, summary: 'Wie is ingelogd', response: { 200: portaalSessieSchema, ...errors } } }, async (request, reply) => {
    const sessie = await getSessie(portaalContext(request, ctx));
    const secret = request.cookies.koers_csrf && /^[\w-]{43}$/.test(request.cookies.koers_csrf) ? request.cookies.koers_csrf : renewBrowserSecret(reply);
    return { ...sessie, csrfToken: csrfTokenFor(ctx.config.secret, secret, request.cookies[portaalCookieName]) };
  });

  api.get('/api/portaal/plan', { config: self, schema: { tags, summary: 'Mijn plan (PIP)', response: { 200: portaalPlanSchema, ...errors } } }, (request) => getPlan(portaalContext(request, ctx)));

  api.get('/api/portaal/afspraken', { config: self, schema: { tags, summary: 'Mijn afspraken', response: { 200: portaalAfsprakenSchema, ...errors } } }, (request) =>
    getAfspraken(portaalContext(request, ctx)),
  );

  api.post(
    '/api/portaal/afspraken/:id/reactie',
    { config: self, schema: { tags, summary: 'Afspraak bevestigen of vragen te verzetten', params: portaalIdParams, body: portaalReactieInput, response: { 200: portaalAppointmentSchema, ...errors } } },
    (request) => respondToAppointment(portaalContext(request, ctx), request.params.id, request.body),
  );

  api.get('/api/portaal/voortgang', { config: self, schema: { tags, summary: 'Mijn uren en voortgang', response: { 200: portaalVoortgangSchema, ...errors } } }, (request) =>
    getVoortgang(portaalContext(request, ctx)),
  );

  api.get('/api/portaal/termijnen', { config: self, schema: { tags, summary: 'Mijn termijnen', response: { 200: portaalTermijnenSchema, ...errors } } }, (request) =>
    getTermijnen(portaalContext(request, ctx)),
  );
}

function registerLetters(api: ZodApi, ctx: AppContext): void {
  api.get(
    '/api/portaal/brieven',
    { config: self, schema: { tags, summary: 'Mijn brieven en beschikkingen, met een samenvatting in de gevraagde taal', querystring: portaalBrievenQuery, response: { 200: portaalBrievenSchema, ...errors } } },
    (request) => listLetters(portaalContext(request, ctx), request.query.taal),
  );

  api.get(
    '/api/portaal/brieven/:id/pdf',
    { config: self, schema: { tags, summary: 'Brief downloaden', params: portaalIdParams, response: { 200: z.any().meta({ description: 'De brief (PDF)' }), ...errors } } },
    async (request, reply) => {
      const doc = await downloadLetter(portaalContext(request, ctx), request.params.id);
      const fileName = `${doc.title}.pdf`;
      const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/"/g, '');
      return reply
        .header('content-type', doc.mimeType)
        .header('content-disposition', `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'; sandbox")
        .header('cache-control', 'no-store')
        .send(doc.content);
    },
  );
}

function registerContact(api: ZodApi, ctx: AppContext): void {
  api.get('/api/portaal/ontzorgen', { config: self, schema: { tags, summary: 'Welke rekeningen de gemeente voor mij betaalt', response: { 200: portaalOntzorgenSchema, ...errors } } }, (request) =>
    getOntzorgen(portaalContext(request, ctx)),
  );

  api.get('/api/portaal/contact', { config: self, schema: { tags, summary: 'Mijn contactpersoon', response: { 200: portaalContactSchema, ...errors } } }, (request) =>
    getContact(portaalContext(request, ctx)),
  );

  api.get('/api/portaal/berichten', { config: self, schema: { tags, summary: 'Mijn berichten', response: { 200: portaalBerichtenSchema, ...errors } } }, (request) =>
    listMessages(portaalContext(request, ctx)),
  );

  api.post(
    '/api/portaal/berichten',
    { config: self, schema: { tags, summary: 'Bericht aan de trajectregisseur', body: portaalBerichtInput, response: { 201: portaalBerichtSchema, ...errors } } },
    async (request, reply) => reply.code(201).send(await sendMessage(portaalContext(request, ctx), request.body)),
  );

  api.post(
    '/api/portaal/berichten/gelezen',
    { config: self, schema: { tags, summary: 'Ik heb de antwoorden gelezen (de markering "nieuw" gaat weg)', response: { 200: portaalOkSchema, ...errors } } },
    (request) => markAnswersRead(portaalContext(request, ctx)),
  );

  api.get('/api/portaal/documenten', { config: self, schema: { tags, summary: 'Gevraagde documenten en wat ik stuurde', response: { 200: portaalDocumentenSchema, ...errors } } }, (request) =>
    listPortaalDocuments(portaalContext(request, ctx)),
  );
}

function registerInzage(api: ZodApi, ctx: AppContext): void {
  api.get(
    '/api/portaal/inzage',
    { config: self, schema: { tags, summary: 'Wie keek in mijn dossier (logboek dataverwerkingen)', querystring: portaalInzageQuery, response: { 200: portaalInzageSchema, ...errors } } },
    (request) => getInzage(portaalContext(request, ctx), request.query.before),
  );
}
