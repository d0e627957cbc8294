/**
 * Gevolgde uren: the cumulative total per category (DUO receives totals, not increments), sent
 * with PUT /personen/{bsn}/uren/…. A lower total is a correction and needs a reason; the earlier
 * total stays in the record history.
 */
import { and, eq } from 'drizzle-orm';
import { formatDutchDate, hoursCategoryAllowed, hoursCategoryLabel, isAfter, type HoursCategory } from '@koers/domain';
import { caseHours } from '../../db/schema.ts';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { findOpenCase } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { queueDuoMessage } from '../duo/queue-duo-message.ts';
import { pendingMeldingen, supersedePendingMeldingen } from '../duo/supersede-pending.ts';
import type { OutboxOperation } from '../../duo/outbox-operations.ts';
import type { UseCaseContext } from '../context.ts';
import type { RecordHoursInput } from './traject.types.ts';
import { currentPip, noteNoBsn, recordTrajectWrite, targetGroupOf } from './traject-support.ts';

const operationFor = (category: HoursCategory): OutboxOperation & `uren.${HoursCategory}` => {
  switch (category) {
    case 'taallesknm':
      return 'uren.taallesknm';
    case 'participatieactiviteiten':
      return 'uren.participatieactiviteiten';
    case 'participatietaalles':
      return 'uren.participatietaalles';
    default:
      return category satisfies never;
  }
};

export interface RecordedHours {
  category: HoursCategory;
  total: number;
  asOf: string;
  version: number;
  /** A melding for DUO was queued (false: the total did not change, or no BSN). */
  queued: boolean;
}

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
    const lower = before !== undefined && input.total < before.total;
    if (lower && input.reason === undefined) {
      throw new AppError('VALIDATION_FAILED', {
        field: 'reason',
        message: `Het nieuwe totaal (${input.total}) is lager dan het vorige (${before.total}): geef de reden van de correctie.`,
      });
    }
    if (before && isAfter(before.asOf, input.asOf) && !lower) {
      throw new AppError('VALIDATION_FAILED', { field: 'asOf', message: `De peildatum ligt vóór de vorige peildatum (${formatDutchDate(before.asOf)}).` });
    }
    const changed = before === undefined || before.total !== input.total;
    await tx
      .insert(caseHours)
      .values({ caseId, gemeenteId: caseRow.gemeenteId, category, total: input.total, asOf: input.asOf, updatedBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now })
      .onConflictDoUpdate({ target: [caseHours.caseId, caseHours.category], set: { total: input.total, asOf: input.asOf, updatedBy: ctx.principal.userId, version: input.version + 1, updatedAt: ctx.now } });

    let queued = false;
    const operation = operationFor(category);
    if (changed && caseRow.bsn !== null) {
      // DUO takes totals: a total still waiting in the outbox is replaced by this one (ADR 0058).
      const pending = await pendingMeldingen(tx, caseId, operation);
      if (pending.length > 0) {
        await supersedePendingMeldingen(tx, { caseId, gemeenteId: caseRow.gemeenteId, organisationId: ctx.principal.organisation.id, rows: pending, actor: ctx.principal, now: ctx.now, reason: `Correctie gevolgde uren ${hoursCategoryLabel(category)} vóór verzending`, section: 'traject' });
      }
      await queueDuoMessage(tx, {
        gemeenteId: caseRow.gemeenteId,
        caseId,
        operation,
        payload: { bsn: caseRow.bsn, uren: { uren: input.total } },
        precheck: { rule: 'none' },
        actor: ctx.principal,
        now: ctx.now,
      });
      queued = true;
    } else if (changed) {
      await noteNoBsn(tx, ctx, caseRow, `Het totaal ${hoursCategoryLabel(category)}`, { category, operation });
    }
    const label = hoursCategoryLabel(category);
    await recordTrajectWrite(tx, ctx, caseRow, {
      entityType: 'case-hours',
      // One history per case; the change names the category.
      entityId: caseId,
      action: before ? 'update' : 'create',
      changes: {
        ...(changed ? { [`${category}.total`]: { from: before?.total ?? null, to: input.total } } : {}),
        ...(before?.asOf !== input.asOf ? { [`${category}.asOf`]: { from: before?.asOf ?? null, to: input.asOf } } : {}),
      },
      reason: input.reason ?? null,
      event: {
        kind: lower ? 'traject.uren-gecorrigeerd' : 'traject.uren',
        occurredOn: input.asOf,
        summary: lower
          ? `Gevolgde uren ${label} gecorrigeerd van ${before.total} naar ${input.total} (peildatum ${formatDutchDate(input.asOf)}): ${input.reason ?? ''}`
          : `Gevolgde uren ${label}: totaal ${input.total} per ${formatDutchDate(input.asOf)}.`,
        data: { category, total: input.total, previous: before?.total ?? null, asOf: input.asOf },
      },
      operationName: 'recordHours',
    });
    return { category, total: input.total, asOf: input.asOf, version: input.version + 1, queued };
  });
}
