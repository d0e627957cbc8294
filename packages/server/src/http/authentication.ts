import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Permission } from '@koers/domain';
import { AppError } from '../errors.ts';
import { resolveSession, sessionCookieName } from '../auth/sessions.ts';
import { csrfTokenValid } from '../auth/csrf.ts';
import { portaalCookieName, resolvePortaalSession, type PortaalPrincipal } from '../auth/portaal-sessions.ts';
import type { Principal } from '../auth/principal.ts';
import { newTraceContext } from '../privacy/processing-log.ts';
import type { AppContext } from './context.ts';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Resolves the session, checks the route's declared access and the CSRF token. */
export function registerAuthentication(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('portaal', null);
  // Filled in the first hook of every request; the overload with dependencies takes null for a non-null type.
  app.decorateRequest('trace', null, []);

  app.addHook('onRequest', async (request) => {
    const traceparent = request.headers.traceparent;
    request.trace = newTraceContext(typeof traceparent === 'string' ? traceparent : undefined);
    const access = request.routeOptions.config.access;
    // The token must belong to this browser and this session (src/auth/csrf.ts); a portal route's
    // token is bound to the portal session (ADR 0152).
    const boundTo = access === 'portaal:self' || request.routeOptions.url?.startsWith('/api/portaal/') ? request.cookies[portaalCookieName] : undefined;
    if (!safeMethods.has(request.method) && request.routeOptions.config.csrf !== false && !csrfTokenValid(ctx.config.secret, request, boundTo)) {
      throw new AppError('CSRF_INVALID');
    }
    if (access === undefined || access === 'public') return;
    if (access === 'portaal:self') {
      await authenticatePortaal(ctx, request);
      return;
    }

    const token = request.cookies[sessionCookieName];
    const principal = token ? await resolveSession(ctx.database.db, token, ctx.now()) : undefined;
    if (!principal) throw new AppError('UNAUTHENTICATED');
    request.principal = principal;
    if (access !== 'authenticated' && !principal.permissions.includes(access)) throw new AppError('FORBIDDEN');
  });
}

/**
 * A portal route: the inburgeraar's own session. An employee signed in to Koers but not to the
 * portal lacks 'portaal:self' (403); nobody signed in at all gets 401.
 */
async function authenticatePortaal(ctx: AppContext, request: FastifyRequest): Promise<void> {
  const token = request.cookies[portaalCookieName];
  const portaal = token ? await resolvePortaalSession(ctx.database.db, token, ctx.now()) : undefined;
  if (portaal) {
    request.portaal = portaal;
    return;
  }
  const staffToken = request.cookies[sessionCookieName];
  const staff = staffToken ? await resolveSession(ctx.database.db, staffToken, ctx.now()) : undefined;
  throw new AppError(staff ? 'FORBIDDEN' : 'UNAUTHENTICATED');
}

/** The inburgeraar of a portal route. */
export function portaalPrincipalOf(request: FastifyRequest): PortaalPrincipal {
  if (!request.portaal) throw new AppError('UNAUTHENTICATED');
  return request.portaal;
}

/** The principal of a route that declared access other than 'public'. */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new AppError('UNAUTHENTICATED');
  return request.principal;
}

export function requirePermission(principal: Principal, permission: Permission): void {
  if (!principal.permissions.includes(permission)) throw new AppError('FORBIDDEN');
}
