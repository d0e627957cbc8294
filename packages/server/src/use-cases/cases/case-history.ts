import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { historyEntry } from '../../contract/view-fields.ts';
import { cases } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { AppError } from '../../errors.ts';
import { scopeOf } from '../../auth/principal.ts';
import { historyOf } from '../../audit/history.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';

/** One change in a record's history (the shared `Wijziging` response). */
export type HistoryEntryView = z.output<typeof historyEntry>;

export async function caseHistory(ctx: UseCaseContext, caseId: string): Promise<HistoryEntryView[]> {
  const showSensitive = ctx.principal.permissions.includes('case:read-sensitive');
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const [row] = await tx.select({ id: cases.id, gemeenteId: cases.gemeenteId }).from(cases).where(eq(cases.id, caseId));
    if (!row) throw new AppError('NOT_FOUND', { message: 'Dit dossier bestaat niet of u heeft er geen toegang toe.' });
    const entries = await historyOf(tx, 'case', caseId);
    await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'caseHistory', [
      { resourceType: 'case', resourceId: row.id, subject: { type: 'case', id: row.id }, gemeenteId: row.gemeenteId },
    ]);
    return entries.map((e) => ({
      id: e.id,
      action: e.action,
      at: e.at.toISOString(),
      actorName: e.actorName,
      changes: redact(e.changes, showSensitive),
      reason: e.reason,
    }));
  });
}

function redact(changes: Record<string, { from: unknown; to: unknown }>, showSensitive: boolean) {
  if (showSensitive || !('bsn' in changes)) return changes;
  return { ...changes, bsn: { from: '(afgeschermd)', to: '(afgeschermd)' } };
}
