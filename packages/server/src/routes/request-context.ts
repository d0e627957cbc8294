import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../http/context.ts';
import { principalOf } from '../http/authentication.ts';
import type { UseCaseContext } from '../use-cases/context.ts';

export function useCaseContext(request: FastifyRequest, ctx: AppContext): UseCaseContext {
  return {
    db: ctx.database.db,
    now: ctx.now(),
    principal: principalOf(request),
    log: { trace: request.trace, pseudonymKey: ctx.config.secret },
  };
}
