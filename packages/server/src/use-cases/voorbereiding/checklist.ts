import { and, eq } from 'drizzle-orm';
import { AppError } from '../../errors.ts';
import type { Tx } from '../../db/database.ts';
import { caseChecklistItems } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { formatDutchDate } from '@koers/domain';
import type { UseCaseContext } from '../context.ts';
import { advanceCaseStatus, recordCaseWrite } from './case-write.ts';
import { checklistItemLabels, checklistItems, checklistStatusLabels, type ChecklistItem, type ChecklistStatus, type UpdateChecklistItemInput } from './checklist.types.ts';
import type { ChecklistItemView } from './voorbereiding.view.ts';

type Row = typeof caseChecklistItems.$inferSelect;

function asStatus(value: string): ChecklistStatus {
  return value === 'geregeld' || value === 'nvt' ? value : 'open';
}

function view(item: ChecklistItem, row: Row | undefined): ChecklistItemView {
  return {
    item,
    label: checklistItemLabels[item],
    status: row ? asStatus(row.status) : 'open',
    responsible: row?.responsible ?? null,
    dueOn: row?.dueOn ?? null,
    doneOn: row?.doneOn ?? null,
    note: row?.note ?? null,
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

/** All eight items, in a fixed order; items without a row are open. */
export async function checklistOf(tx: Tx, caseId: string): Promise<ChecklistItemView[]> {
  const rows = await tx.select().from(caseChecklistItems).where(eq(caseChecklistItems.caseId, caseId));
  return checklistItems.map((item) => view(item, rows.find((r) => r.item === item)));
}

function historyFields(v: ChecklistItemView): Record<string, unknown> {
  return { [`${v.item}.status`]: v.status, [`${v.item}.responsible`]: v.responsible, [`${v.item}.dueOn`]: v.dueOn, [`${v.item}.doneOn`]: v.doneOn, [`${v.item}.note`]: v.note };
}

/** Sets one regeldag item (status, who, when). */
export function updateChecklistItem(ctx: UseCaseContext, caseId: string, item: ChecklistItem, input: UpdateChecklistItemInput): Promise<ChecklistItemView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = await findOpenCase(tx, caseId);
    const [existing] = await tx
      .select()
      .from(caseChecklistItems)
      .where(and(eq(caseChecklistItems.caseId, kase.id), eq(caseChecklistItems.item, item)));
    const before = view(item, existing);
    if (before.version !== input.version) {
      throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'Dit onderdeel van de checklist is intussen door iemand anders gewijzigd. Laad het opnieuw.' });
    }
    const values = {
      status: input.status,
      responsible: input.responsible !== undefined ? input.responsible : before.responsible,
      dueOn: input.dueOn !== undefined ? input.dueOn : before.dueOn,
      doneOn: input.status === 'geregeld' ? (input.doneOn ?? before.doneOn ?? todayIn(ctx.now)) : null,
      note: input.note !== undefined ? input.note : before.note,
      version: before.version + 1,
      updatedAt: ctx.now,
    };
    const [row] = await tx
      .insert(caseChecklistItems)
      .values({ caseId: kase.id, gemeenteId: kase.gemeenteId, item, ...values })
      .onConflictDoUpdate({ target: [caseChecklistItems.caseId, caseChecklistItems.item], set: values })
      .returning();
    const after = view(item, row);
    const label = checklistItemLabels[item];
    const who = after.responsible ? `, door ${after.responsible}` : '';
    const due = after.status === 'open' && after.dueOn ? `, uiterlijk ${formatDutchDate(after.dueOn)}` : '';
    const done = after.status === 'geregeld' && after.doneOn ? ` op ${formatDutchDate(after.doneOn)}` : '';
    await recordCaseWrite(tx, ctx, kase, {
      entityType: 'case-checklist',
      entityId: kase.id,
      action: existing ? 'update' : 'create',
      changes: diff(existing ? historyFields(before) : null, historyFields(after)),
      operationName: 'updateChecklistItem',
      event: {
        kind: 'checklist.updated',
        summary: `Regeldag: ${label} ${checklistStatusLabels[after.status]}${done}${who}${due}`,
        section: 'voorbereiding',
        data: { item, status: after.status },
      },
    });
    await advanceCaseStatus(tx, ctx, kase, 'voorbereiding');
    return after;
  });
}
