import { and, eq } from 'drizzle-orm';
import { caseJournalEntries } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { diff } from '../../audit/history.ts';
import { findCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { nextUpdatedAt } from '../pip/record-pip-write.ts';
import type { UseCaseContext } from '../context.ts';
import type { JournalCorrectionInput } from './journal.types.ts';
import { journalEntryView, journalFields, readsSensitiveJournal, type JournalEntryView } from './journal.view.ts';
import { checkJournalInput } from './check-journal-input.ts';

const notFound = () => new AppError('NOT_FOUND', { message: 'Deze notitie bestaat niet in dit dossier.' });

/** Its author corrects an entry (ADR 0100); the previous text stays in the record history. */
export async function correctJournalEntry(ctx: UseCaseContext, caseId: string, entryId: string, input: JournalCorrectionInput): Promise<JournalEntryView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId, { forUpdate: true });
    const [before] = await tx
      .select()
      .from(caseJournalEntries)
      .where(and(eq(caseJournalEntries.id, entryId), eq(caseJournalEntries.caseId, caseId)))
      .for('update');
    // A gevoelig entry does not exist for whoever may not read it.
    if (!before || (before.sensitive && !readsSensitiveJournal(ctx.principal))) throw notFound();
    if (before.createdBy !== ctx.principal.userId) {
      throw new AppError('FORBIDDEN', { message: 'Alleen wie de notitie heeft vastgelegd, kan haar corrigeren. Leg anders een nieuwe notitie vast.' });
    }
    if (before.version !== input.version) {
      throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'De notitie is intussen gewijzigd. Laad het contactjournaal opnieuw.' });
    }
    checkJournalInput(ctx, input);
    const [after] = await tx
      .update(caseJournalEntries)
      .set({
        contactOn: input.contactOn,
        kind: input.kind,
        withWhom: input.withWhom ?? null,
        text: input.text,
        sensitive: input.sensitive,
        version: before.version + 1,
        updatedAt: nextUpdatedAt(ctx.now, before.updatedAt),
      })
      .where(eq(caseJournalEntries.id, entryId))
      .returning();
    if (!after) throw new AppError('INTERNAL');
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'journal-entry',
      entityId: after.id,
      action: 'update',
      changes: diff(journalFields(before), journalFields(after)),
      operationName: 'correctJournalEntry',
    });
    return journalEntryView(after, ctx.principal.name, ctx.principal);
  });
}
