import { eq } from 'drizzle-orm';
import { expectedBegeleidingEnd, formatDutchDate, isBefore } from '@koers/domain';
import { begeleidingPeriods } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { diff } from '../../audit/history.ts';
import { findCase } from '../../case-file/find-case.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import type { UseCaseContext } from '../context.ts';
import { assignedClient } from './access.ts';
import type { BegeleidingPeriodInput } from './begeleiding.types.ts';
import { begeleidingMonthsOf, periodView, type BegeleidingPeriodView } from './begeleiding.view.ts';

/**
 * Starts or changes the period of the begeleiding (version 0 starts it). Without an expected end it
 * is the start plus the gemeente's months (Dalfsen 18, seed 002 §4.1); the werkvoorraad item for the
 * end follows (begeleiding-signals). The begeleider sets it for its clients, the regisseur for any case.
 */
export async function setBegeleidingPeriod(ctx: UseCaseContext, caseId: string, input: BegeleidingPeriodInput, as: 'begeleider' | 'regisseur'): Promise<BegeleidingPeriodView> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const kase = as === 'begeleider' ? await assignedClient(tx, ctx.principal, caseId, { forUpdate: true }) : await findCase(tx, caseId, { forUpdate: true });
    const [before] = await tx.select().from(begeleidingPeriods).where(eq(begeleidingPeriods.caseId, caseId));
    if ((before?.version ?? 0) !== input.version) throw new AppError('VERSION_CONFLICT', { field: 'version' });
    const expectedEndOn = input.expectedEndOn ?? expectedBegeleidingEnd(input.startedOn, await begeleidingMonthsOf(tx, kase.gemeenteId));
    if (!isBefore(input.startedOn, expectedEndOn)) {
      throw new AppError('VALIDATION_FAILED', { field: 'expectedEndOn', message: `Verwachte einddatum: moet na de start (${formatDutchDate(input.startedOn)}) liggen` });
    }
    const endedOn = input.endedOn ?? null;
    if (endedOn !== null && isBefore(endedOn, input.startedOn)) {
      throw new AppError('VALIDATION_FAILED', { field: 'endedOn', message: `Einddatum: mag niet voor de start (${formatDutchDate(input.startedOn)}) liggen` });
    }
    const values = { startedOn: input.startedOn, expectedEndOn, endedOn };
    const [after] = before
      ? await tx.update(begeleidingPeriods).set({ ...values, version: before.version + 1, updatedAt: ctx.now }).where(eq(begeleidingPeriods.caseId, caseId)).returning()
      : await tx.insert(begeleidingPeriods).values({ caseId, gemeenteId: kase.gemeenteId, ...values, createdAt: ctx.now, updatedAt: ctx.now }).returning();
    if (!after) throw new AppError('INTERNAL');
    const summary = endedOn
      ? `Maatschappelijke begeleiding beëindigd op ${formatDutchDate(endedOn)}.`
      : `Maatschappelijke begeleiding van ${formatDutchDate(input.startedOn)} tot naar verwachting ${formatDutchDate(expectedEndOn)}.`;
    await recordCaseWriteTraces(tx, ctx, kase, {
      entityType: 'begeleiding-period',
      entityId: caseId,
      action: before ? 'update' : 'create',
      changes: diff(before ? { startedOn: before.startedOn, expectedEndOn: before.expectedEndOn, endedOn: before.endedOn } : null, values),
      event: { kind: 'begeleiding.periode', summary, section: 'begeleiding' },
      operationName: 'setBegeleidingPeriod',
      activity: 'maatschappelijkeBegeleiding',
    });
    return periodView(after) ?? { ...values, version: after.version };
  });
}
