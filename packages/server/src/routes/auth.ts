import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context.ts';
import { AppError } from '../errors.ts';
import { endSession, sessionCookieName, sessionMaxMs } from '../auth/sessions.ts';
import { login } from '../use-cases/login/login.ts';
import { loginInput } from '../use-cases/login/login.types.ts';
import { loginWithOidc } from '../use-cases/login/login-with-oidc.ts';
import { sessionUserSchema } from '../use-cases/users/users.view.ts';
import { errorResponse, text } from './schemas.ts';
import { csrfTokenFor, issueCsrfToken, renewBrowserSecret } from '../auth/csrf.ts';
import { sessionUserOf } from './session-user.ts';
import { principalOf } from '../http/authentication.ts';
import type { ZodApi } from './zod-api.ts';

const oidcCookie = 'koers_oidc';

/** Signs the browser in: the session cookie, and a new CSRF secret (tokens from before are void). Returns the new CSRF token. */
function startBrowserSession(reply: FastifyReply, token: string, key: string): string {
  const secret = renewBrowserSecret(reply);
  reply.setCookie(sessionCookieName, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: 'auto',
    maxAge: Math.floor(sessionMaxMs / 1000),
  });
  return csrfTokenFor(key, secret, token);
}

export function authRoutes(app: FastifyInstance, ctx: AppContext): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  registerSession(api, ctx);
  registerOidc(api, ctx);
}

function registerSession(api: ZodApi, ctx: AppContext): void {
  api.get(
    '/api/auth/csrf',
    {
      config: { access: 'public' },
      schema: { tags: ['inloggen'], summary: 'CSRF-token voor wijzigende verzoeken (header x-csrf-token)', response: { 200: z.object({ csrfToken: z.string() }) } },
    },
    (request, reply) => ({ csrfToken: issueCsrfToken(ctx.config.secret, request, reply) }),
  );

  api.get(
    '/api/auth/session',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['inloggen'], summary: 'De ingelogde gebruiker', response: { 200: z.object({ user: sessionUserSchema }), 401: errorResponse } },
    },
    (request) => ({ user: sessionUserOf(principalOf(request)) }),
  );

  api.post(
    '/api/auth/login',
    {
      config: { access: 'public', rateLimit: { max: 20, timeWindow: 60_000, errorResponseBuilder: () => new AppError('RATE_LIMITED') } },
      schema: {
        tags: ['inloggen'],
        summary: 'Inloggen met e-mailadres en wachtwoord',
        body: loginInput,
        response: {
          200: z.object({ user: sessionUserSchema, csrfToken: z.string().describe('Het CSRF-token van de nieuwe sessie') }),
          400: errorResponse,
          401: errorResponse,
          403: errorResponse,
          429: errorResponse,
        },
      },
    },
    async (request, reply) => {
      const { principal, token } = await login(ctx.database.db, { trace: request.trace, pseudonymKey: ctx.config.secret }, request.body, ctx.now());
      const csrfToken = startBrowserSession(reply, token, ctx.config.secret);
      return { user: sessionUserOf(principal), csrfToken };
    },
  );

  api.post(
    '/api/auth/logout',
    { config: { access: 'public' }, schema: { tags: ['inloggen'], summary: 'Uitloggen', response: { 204: z.null() } } },
    async (request, reply) => {
      const token = request.cookies[sessionCookieName];
      if (token) await endSession(ctx.database.db, token);
      reply.clearCookie(sessionCookieName, { path: '/' });
      renewBrowserSecret(reply);
      return reply.code(204).send(null);
    },
  );
}

function registerOidc(api: ZodApi, ctx: AppContext): void {
  api.get(
    '/api/auth/oidc',
    {
      config: { access: 'public' },
      schema: { tags: ['inloggen'], summary: 'Is inloggen via de identiteitsprovider ingesteld?', response: { 200: z.object({ enabled: z.boolean(), label: z.string().optional() }) } },
    },
    () => (ctx.oidc ? { enabled: true, label: ctx.oidc.label } : { enabled: false }),
  );

  api.get(
    '/api/auth/oidc/login',
    { config: { access: 'public' }, schema: { tags: ['inloggen'], summary: 'Start inloggen via de identiteitsprovider (redirect)', response: { 404: errorResponse } } },
    async (_request, reply) => {
      if (!ctx.oidc) throw new AppError('OIDC_DISABLED');
      const start = await ctx.oidc.start().catch(() => {
        throw new AppError('OIDC_FAILED', { message: 'De identiteitsprovider is niet bereikbaar. Probeer het later opnieuw.' });
      });
      reply.setCookie(oidcCookie, JSON.stringify({ v: start.codeVerifier, s: start.state, n: start.nonce }), {
        path: '/api/auth/oidc',
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
    '/api/auth/oidc/callback',
    {
      config: { access: 'public' },
      schema: { tags: ['inloggen'], summary: 'Terugkeer van de identiteitsprovider', querystring: z.record(text().max(200), text().max(4000)), response: { 401: errorResponse, 403: errorResponse, 404: errorResponse } },
    },
    async (request, reply) => {
      if (!ctx.oidc) throw new AppError('OIDC_DISABLED');
      const raw = request.cookies[oidcCookie];
      const unsigned = raw ? request.unsignCookie(raw) : undefined;
      reply.clearCookie(oidcCookie, { path: '/api/auth/oidc' });
      const pending = unsigned?.valid && unsigned.value ? parsePending(unsigned.value) : undefined;
      if (!pending) throw new AppError('OIDC_FAILED', { message: 'De inlogpoging is verlopen. Probeer het opnieuw.' });
      const callbackUrl = new URL(request.url, ctx.config.oidc?.redirectUri);
      const identity = await ctx.oidc.finish(callbackUrl, pending).catch((error: unknown) => {
        request.log.warn({ err: error }, 'OIDC-callback mislukt');
        throw new AppError('OIDC_FAILED');
      });
      const { token } = await loginWithOidc(ctx.database.db, { trace: request.trace, pseudonymKey: ctx.config.secret }, identity, ctx.now());
      startBrowserSession(reply, token, ctx.config.secret);
      return reply.redirect('/');
    },
  );
}

function parsePending(value: string): { codeVerifier: string; state: string; nonce: string } | undefined {
  const parsed = z.object({ v: z.string(), s: z.string(), n: z.string() }).safeParse(safeJson(value));
  return parsed.success ? { codeVerifier: parsed.data.v, state: parsed.data.s, nonce: parsed.data.n } : undefined;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}
