import { eq } from 'drizzle-orm';
import { formatDutchDate, isAfter } from '@koers/domain';
import { cases } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { AppError } from '../../errors.ts';
import { scopeOf } from '../../auth/principal.ts';
import { diff } from '../../audit/history.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import type { UseCaseContext } from '../context.ts';
import type { ThirdPartyInfoInput } from './pip.types.ts';
import { deadlineOf, loadVersions, thirdPartyInfoOf } from './get-pip-overview.ts';
import type { ThirdPartyInfoResult } from './pip.view.ts';
import { nextUpdatedAt, recordPipWrite } from './record-pip-write.ts';

/**
 * The college waits for information from a third party, or received it: the PIP deadline then
 * becomes at the latest 2 weeks after receipt (art. 5.3 lid 2 Besluit inburgering 2021).
 */
export async function recordThirdPartyInfo(ctx: UseCaseContext, caseId: string, input: ThirdPartyInfoInput): Promise<ThirdPartyInfoResult> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const caseRow = await findOpenCase(tx, caseId);
    if (caseRow.version !== input.version) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    const today = todayIn(ctx.now);
    const receivedOn = input.status === 'ontvangen' ? (input.receivedOn ?? today) : null;
    if (receivedOn && isAfter(receivedOn, today)) throw new AppError('VALIDATION_FAILED', { field: 'receivedOn', message: 'De datum van ontvangst mag niet in de toekomst liggen.' });
    const [after] = await tx
      .update(cases)
      .set({ thirdPartyInfoReceivedOn: receivedOn, version: caseRow.version + 1, updatedAt: nextUpdatedAt(ctx.now, caseRow.updatedAt) })
      .where(eq(cases.id, caseId))
      .returning();
    if (!after) throw new AppError('INTERNAL');
    await recordPipWrite(tx, ctx, caseRow, {
      entityType: 'case',
      entityId: caseId,
      action: 'update',
      changes: diff({ thirdPartyInfoReceivedOn: caseRow.thirdPartyInfoReceivedOn }, { thirdPartyInfoReceivedOn: receivedOn }),
      reason: input.note ?? null,
      event: {
        kind: `pip.derde-informatie-${input.status}`,
        occurredOn: receivedOn ?? today,
        summary:
          input.status === 'wachtend'
            ? 'Het college wacht op informatie van een derde voor het PIP (art. 5.3 lid 2 Besluit inburgering 2021).'
            : `Informatie van een derde ontvangen op ${formatDutchDate(receivedOn ?? today)}: het PIP uiterlijk 2 weken daarna (art. 5.3 lid 2 Besluit inburgering 2021).`,
        data: { status: input.status, receivedOn, note: input.note ?? null },
      },
      operationName: 'recordThirdPartyInfo',
    });
    const versions = await loadVersions(tx, caseId);
    return { thirdPartyInfo: await thirdPartyInfoOf(tx, after), deadline: deadlineOf(after, versions, today) };
  });
}
