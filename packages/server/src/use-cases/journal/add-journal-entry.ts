import { caseJournalEntries } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { diff } from '../../audit/history.ts';
import { findCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import type { UseCaseContext } from '../context.ts';
import type { JournalEntryInput } from './journal.types.ts';
import { journalEntryView, journalFields, type JournalEntryView } from './journal.view.ts';
import { checkJournalInput } from './check-journal-input.ts';

/** Adds a note of a contact to the case's contactjournaal, with its history and log in the same transaction. */
export async function addJournalEntry(ctx: UseCaseContext, caseId: string, input: JournalEntryInput): Promise<JournalEntryView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findCase(tx, caseId, { forUpdate: true });
    checkJournalInput(ctx, input);
    const [row] = await tx
      .insert(caseJournalEntries)
      .values({
        gemeenteId: kase.gemeenteId,
        caseId,
        contactOn: input.contactOn,
        kind: input.kind,
        withWhom: input.withWhom ?? null,
        text: input.text,
        sensitive: input.sensitive,
        createdBy: ctx.principal.userId,
        createdAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!row) throw new AppError('INTERNAL');
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'journal-entry',
      entityId: row.id,
      action: 'create',
      changes: diff(null, journalFields(row)),
      operationName: 'addJournalEntry',
    });
    return journalEntryView(row, ctx.principal.name, ctx.principal);
  });
}
