// The one place on the server that knows "a closed case is read-only" (ADR 0160, issue 12): every
// write route on a case — a non-GET route under /api/cases/:id/… or the begeleider's
// /api/begeleiding/clienten/:id/… — is refused with CASE_CLOSED (409, "Heropen het eerst") when the
// case is closed, before its body is validated and before its use case runs. A route that must stay
// open on a closed case says so with `config: { openWhenClosed: true }` (reopening, the
// contactjournaal, documents, the household, DUO failures). Use cases of the inburgering steps keep
// their own `findOpenCase` inside their transaction (ADR 0103 addendum), which also closes the
// window between this check and their lock.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { scopeOf } from '../auth/principal.ts';
import { isClosedCase, notRemovedByRetention } from '../case-file/find-case.ts';
import { cases } from '../db/schema.ts';
import { inScope } from '../db/scope.ts';
import { AppError } from '../errors.ts';
import type { AppContext } from './context.ts';
import { propertyOf } from '../util/guards.ts';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A case write that stays allowed on a closed case (ADR 0160); every other case write is refused. */
    openWhenClosed?: boolean;
  }
}

/** Route patterns whose `:id` is a case id: their writes are case writes. */
const caseWritePrefixes = ['/api/cases/:id', '/api/begeleiding/clienten/:id'] as const;
const readMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a route (method and pattern) writes a case and is refused on a closed one unless it opts out. */
export function isCaseWriteRoute(method: string, url: string): boolean {
  if (readMethods.has(method)) return false;
  return caseWritePrefixes.some((prefix) => url === prefix || url.startsWith(`${prefix}/`));
}

function caseIdOf(request: FastifyRequest): string | null {
  const id = propertyOf(request.params, 'id');
  return typeof id === 'string' && uuidPattern.test(id) ? id : null;
}

export function registerClosedCaseGuard(app: FastifyInstance, ctx: AppContext): void {
  app.addHook('preValidation', async (request) => {
    const url = request.routeOptions.url;
    if (url === undefined || !isCaseWriteRoute(request.method, url)) return;
    if (request.routeOptions.config.openWhenClosed === true) return;
    const caseId = caseIdOf(request);
    const principal = request.principal;
    // Without a valid id or a session the route's own validation and access answer.
    if (!caseId || !principal) return;
    const [row] = await inScope(ctx.database.db, scopeOf(principal), (tx) =>
      tx.select({ status: cases.status, closedOn: cases.closedOn }).from(cases).where(and(eq(cases.id, caseId), notRemovedByRetention)),
    );
    if (row && isClosedCase(row)) throw new AppError('CASE_CLOSED');
  });
}
