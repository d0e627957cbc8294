import { existsSync } from 'node:fs';
import { join } from 'node:path';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Permission } from '@koers/domain';
import type { Principal } from '../auth/principal.ts';
import type { TraceContext } from '../privacy/processing-log.ts';
import { RequestActivity } from './request-activity.ts';
import type { AppContext } from './context.ts';
import { registerAuthentication } from './authentication.ts';
import { registerClosedCaseGuard } from './closed-case-guard.ts';
import { registerErrorHandling } from './error-handling.ts';
import { registerRoutes } from '../routes/index.ts';
import { registerWebApp } from './web-app.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { createLogger, KoersLogController } from '../logging.ts';

import type { PortaalPrincipal } from '../auth/portaal-sessions.ts';

z.config(z.locales.nl());

/** What a route requires: a permission from the matrix, any signed-in user, or nothing. */
export type RouteAccess = Permission | 'authenticated' | 'public';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
    /** Machine-to-machine endpoints authenticate otherwise and opt out of CSRF. */
    csrf?: boolean;
  }
  interface FastifyInstance {
    /** Every route with its declared access, for the test that no route lacks one. */
    koersRoutes: RegisteredRoute[];
  }
  interface FastifyRequest {
    principal: Principal | null;
    /** The inburgeraar of a portal route (access 'portaal:self'), ADR 0152. */
    portaal: PortaalPrincipal | null;
    trace: TraceContext;
  }
}

export interface RegisteredRoute {
  method: string;
  url: string;
  access: RouteAccess | undefined;
  /** The route's request schemas (zod), for the tests that walk every route's input. */
  schema: { params?: unknown; querystring?: unknown; body?: unknown } | undefined;
  /** A case write that stays allowed on a closed case (closed-case-guard.ts, ADR 0160). */
  openWhenClosed: boolean;
}

export async function buildApp(ctx: AppContext): Promise<FastifyInstance> {
  const logger: FastifyBaseLogger = ctx.logger ?? createLogger(ctx.config.logLevel);
  const app = Fastify({
    loggerInstance: logger,
    logController: new KoersLogController(),
    // Forwarded headers only from the configured reverse proxies (docs/security.md).
    trustProxy: ctx.config.trustedProxies.length > 0 ? [...ctx.config.trustedProxies] : false,
    bodyLimit: 2 * 1024 * 1024,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Every API route must say what it requires; a route that doesn't stops the start.
  const routes: RegisteredRoute[] = [];
  app.decorate('koersRoutes', routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      const access = route.config?.access;
      routes.push({ method, url: route.url, access, schema: route.schema, openWhenClosed: route.config?.openWhenClosed === true });
      if (route.url.startsWith('/api/') && !route.url.startsWith('/api/docs') && access === undefined) {
        throw new Error(`Route ${method} ${route.url} declareert geen toegangsrecht (config.access).`);
      }
    }
  });

  // Security headers on every response: API, web app and static files (docs/security.md).
  registerSecurityHeaders(app);
  await app.register(cookie, { secret: ctx.config.secret });
  await app.register(rateLimit, { global: false });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Koers API',
        description: 'API van Koers, het zaaksysteem voor de Wet inburgering 2021.',
        version: ctx.version,
      },
      components: { securitySchemes: { sessie: { type: 'apiKey', in: 'cookie', name: 'koers_sessie' } } },
      security: [{ sessie: [] }],
    },
    transform: jsonSchemaTransform,
    // Puts the schemas registered with an id (`.meta({ id })`) into components.schemas, where the routes' $refs point.
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  // Counted in at the start of every request, out when it is answered or abandoned.
  const requestActivity = ctx.requestActivity ?? new RequestActivity();
  const countOut = new WeakMap<object, () => void>();
  app.addHook('onRequest', (request, _reply, done) => {
    countOut.set(request, requestActivity.started());
    done();
  });
  app.addHook('onResponse', (request, _reply, done) => {
    countOut.get(request)?.();
    done();
  });
  app.addHook('onRequestAbort', (request, done) => {
    countOut.get(request)?.();
    done();
  });

  registerErrorHandling(app);
  registerAuthentication(app, ctx);
  registerClosedCaseGuard(app, ctx);
  await app.register((api, _opts, done) => {
    registerRoutes(api, { ...ctx, requestActivity });
    done();
  });

  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, () => app.swagger());

  const webDist = ctx.config.webDistDir;
  if (webDist && existsSync(join(webDist, 'index.html'))) {
    await registerWebApp(app, webDist);
  } else {
    app.setNotFoundHandler((request, reply) => {
      if (request.method === 'GET' && request.url === '/') {
        return reply
          .type('text/html')
          .send('<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Koers</title></head><body><main><h1>Koers</h1><p>De webapplicatie is nog niet gebouwd. Start met <code>npm start</code>.</p></main></body></html>');
      }
      return reply.code(404).send({ error: { code: 'ROUTE_NOT_FOUND', message: 'Deze pagina of dit adres bestaat niet.' } });
    });
  }

  return app;
}
