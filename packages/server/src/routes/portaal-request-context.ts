// The portal use cases' context from a request signed in to the portal (ADR 0152).
import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../http/context.ts';
import { portaalPrincipalOf } from '../http/authentication.ts';
import type { PortaalContext } from '../use-cases/portaal/portaal-context.ts';

export function portaalContext(request: FastifyRequest, ctx: AppContext): PortaalContext {
  return {
    db: ctx.database.db,
    now: ctx.now(),
    principal: portaalPrincipalOf(request),
    log: { trace: request.trace, pseudonymKey: ctx.config.secret },
  };
}
