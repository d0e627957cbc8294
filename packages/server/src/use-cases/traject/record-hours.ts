/**
 * Gevolgde uren entered by the case manager: the cumulative total per category (DUO receives totals,
 * not increments). A lower total is a correction and needs a reason. Where providers report hours for
 * the category, the total follows their reports (ADR 0118) and this entry is a correction: it needs
 * a reason; later reports add to the corrected total.
 */
import { and, eq } from 'drizzle-orm';
import { formatDutchDate, hoursCategoryAllowed, isAfter, type HoursCategory } from '@koers/domain';
import { caseHours } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import type { UseCaseContext } from '../context.ts';
import type { RecordHoursInput } from './traject.types.ts';
import { currentPip, targetGroupOf } from './traject-support.ts';
import { writeHoursTotal } from './hours-total.ts';
import { reportedTotalsOfCase } from './reported-hours.ts';
import type { RecordedHours } from './traject.view.ts';

export async function recordHours(ctx: UseCaseContext, caseId: string, category: HoursCategory, input: RecordHoursInput): Promise<RecordedHours> {
  return inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const caseRow = await findOpenCase(tx, caseId);
    const [before] = await tx.select().from(caseHours).where(and(eq(caseHours.caseId, caseId), eq(caseHours.category, category))).for('update');
    if ((before?.version ?? 0) !== input.version) {
      throw new AppError('VERSION_CONFLICT', { field: 'version', message: 'De uren van deze categorie zijn intussen door iemand anders gewijzigd. Laad ze opnieuw.' });
    }
    if (isAfter(input.asOf, todayIn(ctx.now))) throw new AppError('VALIDATION_FAILED', { field: 'asOf', message: 'De peildatum mag niet in de toekomst liggen.' });
    const pip = await currentPip(tx, caseId);
    const allowed = hoursCategoryAllowed({ category, targetGroup: targetGroupOf(caseRow), route: pip?.route ?? null });
    if (!allowed.value) {
      throw new AppError('DUO_PREVALIDATION_FAILED', {
        field: 'category',
        message: allowed.explanation.summary,
        details: [{ field: 'category', message: allowed.explanation.summary }],
        extra: { explanation: allowed.explanation },
      });
    }
    const reported = (await reportedTotalsOfCase(tx, caseId))[category];
    const byProvider = reported > 0 || (before?.reportedHours ?? 0) > 0;
    const lower = before !== undefined && input.total < before.total;
    if (lower && input.reason === undefined) {
      throw new AppError('VALIDATION_FAILED', {
        field: 'reason',
        message: `Het nieuwe totaal (${input.total}) is lager dan het vorige (${before.total}): geef de reden van de correctie.`,
      });
    }
    if (byProvider && input.reason === undefined && (before?.total ?? 0) !== input.total) {
      throw new AppError('VALIDATION_FAILED', {
        field: 'reason',
        message: `De aanbieder rapporteerde ${reported} uur; het totaal volgt uit die rapportages. Geef de reden als u het corrigeert.`,
      });
    }
    if (before && isAfter(before.asOf, input.asOf) && !lower) {
      throw new AppError('VALIDATION_FAILED', { field: 'asOf', message: `De peildatum ligt vóór de vorige peildatum (${formatDutchDate(before.asOf)}).` });
    }
    const queued = await writeHoursTotal(tx, ctx, caseRow, before, {
      category,
      total: input.total,
      asOf: input.asOf,
      reportedHours: reported,
      reason: input.reason ?? null,
      origin: lower ? 'correctie' : 'handmatig',
    });
    return { category, total: input.total, asOf: input.asOf, version: input.version + 1, queued };
  });
}
