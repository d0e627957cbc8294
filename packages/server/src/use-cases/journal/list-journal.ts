import { and, desc, eq, sql } from 'drizzle-orm';
import { caseJournalEntries, users } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { findCase } from '../../case-file/find-case.ts';
import { logProcessed } from '../../privacy/log-helpers.ts';
import type { UseCaseContext } from '../context.ts';
import { journalEntryView, readsSensitiveJournal, type JournalView } from './journal.view.ts';

/** The contactjournaal of a case, newest contact first; entries marked gevoelig only with journal:sensitive. */
export async function listJournal(ctx: UseCaseContext, caseId: string): Promise<JournalView> {
  const sensitive = readsSensitiveJournal(ctx.principal);
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId);
    const rows = await tx
      .select({ entry: caseJournalEntries, createdByName: users.name })
      .from(caseJournalEntries)
      .leftJoin(users, eq(users.id, caseJournalEntries.createdBy))
      .where(and(eq(caseJournalEntries.caseId, caseId), sensitive ? undefined : eq(caseJournalEntries.sensitive, false)))
      .orderBy(desc(caseJournalEntries.contactOn), desc(caseJournalEntries.createdAt));
    let hiddenSensitive = 0;
    if (!sensitive) {
      const [count] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(caseJournalEntries)
        .where(and(eq(caseJournalEntries.caseId, caseId), eq(caseJournalEntries.sensitive, true)));
      hiddenSensitive = count?.n ?? 0;
    }
    await logProcessed(tx, ctx, 'dossierInburgering', 'read', 'listJournal', [
      { resourceType: 'case_journal', resourceId: kase.id, subject: { type: 'case', id: kase.id }, gemeenteId: kase.gemeenteId },
    ]);
    return { entries: rows.map((r) => journalEntryView(r.entry, r.createdByName, ctx.principal)), hiddenSensitive };
  });
}
