import { and, count, desc, eq } from 'drizzle-orm';
import { caseEvents } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findCase } from '../../case-file/find-case.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import type { TimelineView } from './case-file.view.ts';

/** The case timeline, newest first. */
export async function caseTimeline(
  ctx: UseCaseContext,
  caseId: string,
  page: { limit: number; offset: number; section?: string },
): Promise<TimelineView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const row = await findCase(tx, caseId);
    const where = and(eq(caseEvents.caseId, caseId), page.section ? eq(caseEvents.section, page.section) : undefined);
    // One after the other: a connection runs one query at a time (node-postgres 9 refuses a second).
    const rows = await tx.select().from(caseEvents).where(where).orderBy(desc(caseEvents.at), desc(caseEvents.id)).limit(page.limit).offset(page.offset);
    const [total] = await tx.select({ n: count() }).from(caseEvents).where(where);
    await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'caseTimeline', [
      { resourceType: 'case', resourceId: row.id, subject: { type: 'case', id: row.id }, gemeenteId: row.gemeenteId },
    ]);
    return {
      total: total?.n ?? 0,
      items: rows.map((e) => ({
        id: e.id,
        at: e.at.toISOString(),
        occurredOn: e.occurredOn,
        kind: e.kind,
        summary: e.summary,
        source: e.source,
        actorName: e.actorName,
        section: e.section,
      })),
    };
  }, { readOnly: true });
}
