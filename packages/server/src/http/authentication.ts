import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Permission } from '@koers/domain';
import { AppError } from '../errors.ts';
import { resolveSession, sessionCookieName } from '../auth/sessions.ts';
import { csrfTokenValid } from '../auth/csrf.ts';
import type { Principal } from '../auth/principal.ts';
import { newTraceContext, type TraceContext } from '../privacy/processing-log.ts';
import type { AppContext } from './context.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Resolves the session, checks the route's declared access and the CSRF token. */
export function registerAuthentication(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('trace', null as unknown as TraceContext);

  app.addHook('onRequest', async (request) => {
    const traceparent = request.headers.traceparent;
    request.trace = newTraceContext(typeof traceparent === 'string' ? traceparent : undefined);
    // The token must belong to this browser and this session (src/auth/csrf.ts).
    if (!safeMethods.has(request.method) && request.routeOptions.config.csrf !== false && !csrfTokenValid(ctx.config.secret, request)) {
      throw new AppError('CSRF_INVALID');
    }
    const access = request.routeOptions.config.access;
    if (access === undefined || access === 'public') return;

    const token = request.cookies[sessionCookieName];
    const principal = token ? await resolveSession(ctx.database.db, token, ctx.now()) : undefined;
    if (!principal) throw new AppError('UNAUTHENTICATED');
    request.principal = principal;
    if (access !== 'authenticated' && !principal.permissions.includes(access)) throw new AppError('FORBIDDEN');
  });
}

/** The principal of a route that declared access other than 'public'. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError('UNAUTHENTICATED');
  return request.principal;
}

export function requirePermission(principal: Principal, permission: Permission): void {
  if (!principal.permissions.includes(permission)) throw new AppError('FORBIDDEN');
}
