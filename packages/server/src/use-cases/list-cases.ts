import { and, asc, eq, ilike, or, type SQL } from 'drizzle-orm';
import { cases } from '../db/schema.ts';
import { inScope } from '../db/scope.ts';
import { scopeOf } from '../auth/principal.ts';
import { logProcessed } from '../privacy/log-helpers.ts';
import type { UseCaseContext } from './context.ts';
import { caseView, type CaseView } from './case.view.ts';

export interface ListCasesQuery {
  gemeenteId?: string;
  search?: string;
  limit: number;
  offset: number;
}

export async function listCases(ctx: UseCaseContext, query: ListCasesQuery): Promise<CaseView[]> {
  // Partners see only the cases they are assigned to; assignments arrive with the case flow.
  if (!ctx.principal.permissions.includes('case:read')) return [];
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const filters: SQL[] = [];
    if (query.gemeenteId) filters.push(eq(cases.gemeenteId, query.gemeenteId));
    if (query.search) {
      const term = `%${query.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
      const match = or(ilike(cases.familyName, term), ilike(cases.givenNames, term), eq(cases.bsn, query.search), eq(cases.vNumber, query.search));
      if (match) filters.push(match);
    }
    const rows = await tx
      .select()
      .from(cases)
      .where(filters.length ? and(...filters) : undefined)
      .orderBy(asc(cases.familyName), asc(cases.id))
      .limit(query.limit)
      .offset(query.offset);
    await logProcessed(
      tx,
      ctx,
      'dossierInburgering',
      'read',
      'listCases',
      rows.map((r) => ({ resourceType: 'case', resourceId: r.id, subject: { type: 'case', id: r.id }, gemeenteId: r.gemeenteId })),
    );
    return rows.map((r) => caseView(r, ctx.principal));
  });
}
