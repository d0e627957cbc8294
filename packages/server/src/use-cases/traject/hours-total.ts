/**
 * The one path by which a cumulative hours total reaches DUO (PUT /personen/{bsn}/uren/…): store the
 * total, queue the melding through the outbox (replacing a total still waiting there, ADR 0058) and
 * leave the traces. Used by the case manager's entry or correction and by the totals derived from
 * provider reports (ADR 0118).
 */
import { formatDutchDate, hoursCategoryLabel, type HoursCategory, type IsoDate } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { caseHours } from '../../db/schema.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { queueDuoMessage } from '../duo/queue-duo-message.ts';
import { pendingMeldingen, supersedePendingMeldingen } from '../duo/supersede-pending.ts';
import type { OutboxOperation } from '../../duo/outbox-operations.ts';
import type { UseCaseContext } from '../context.ts';
import { noteNoBsn, recordTrajectWrite } from './traject-support.ts';

export const operationFor = (category: HoursCategory): OutboxOperation & `uren.${HoursCategory}` => {
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

export type HoursRow = typeof caseHours.$inferSelect;

export interface HoursTotalWrite {
  category: HoursCategory;
  total: number;
  asOf: IsoDate;
  /** The provider-reported hours counted in this total (kept as it was when omitted). */
  reportedHours?: number;
  /** The participation hours counted in this total (kept as it was when omitted; ADR 0143). */
  participationHours?: number;
  reason: string | null;
  /** 'correctie' (lower total with reason), 'handmatig' (case manager), 'aanbieder' (derived from reports), 'participatie' (participation places). */
  origin: 'handmatig' | 'correctie' | 'aanbieder' | 'participatie';
}

/** Writes the total; returns whether a melding for DUO was queued. The caller checked version and rules. */
export async function writeHoursTotal(tx: Tx, ctx: UseCaseContext, caseRow: CaseRow, before: HoursRow | undefined, write: HoursTotalWrite): Promise<boolean> {
  const { category, total, asOf } = write;
  const changed = before === undefined || before.total !== total;
  const reportedHours = write.reportedHours ?? before?.reportedHours ?? 0;
  const participationHours = write.participationHours ?? before?.participationHours ?? 0;
  await tx
    .insert(caseHours)
    .values({ caseId: caseRow.id, gemeenteId: caseRow.gemeenteId, category, total, asOf, reportedHours, participationHours, updatedBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now })
    .onConflictDoUpdate({ target: [caseHours.caseId, caseHours.category], set: { total, asOf, reportedHours, participationHours, updatedBy: ctx.principal.userId, version: (before?.version ?? 0) + 1, updatedAt: ctx.now } });

  let queued = false;
  const operation = operationFor(category);
  if (changed && caseRow.bsn !== null) {
    // DUO takes totals: a total still waiting in the outbox is replaced by this one (ADR 0058).
    const pending = await pendingMeldingen(tx, caseRow.id, operation);
    if (pending.length > 0) {
      await supersedePendingMeldingen(tx, { caseId: caseRow.id, gemeenteId: caseRow.gemeenteId, organisationId: ctx.principal.organisation.id, rows: pending, actor: ctx.principal, now: ctx.now, reason: `Correctie gevolgde uren ${hoursCategoryLabel(category)} vóór verzending`, section: 'traject' });
    }
    await queueDuoMessage(tx, {
      gemeenteId: caseRow.gemeenteId,
      caseId: caseRow.id,
      operation,
      payload: { bsn: caseRow.bsn, uren: { uren: total } },
      precheck: { rule: 'none' },
      actor: ctx.principal,
      now: ctx.now,
    });
    queued = true;
  } else if (changed) {
    await noteNoBsn(tx, ctx, caseRow, `Het totaal ${hoursCategoryLabel(category)}`, { category, operation });
  }
  const label = hoursCategoryLabel(category);
  const lower = write.origin === 'correctie';
  await recordTrajectWrite(tx, ctx, caseRow, {
    entityType: 'case-hours',
    // One history per case; the change names the category.
    entityId: caseRow.id,
    action: before ? 'update' : 'create',
    changes: {
      ...(changed ? { [`${category}.total`]: { from: before?.total ?? null, to: total } } : {}),
      ...(before?.asOf !== asOf ? { [`${category}.asOf`]: { from: before?.asOf ?? null, to: asOf } } : {}),
      ...((before?.reportedHours ?? 0) !== reportedHours ? { [`${category}.reportedHours`]: { from: before?.reportedHours ?? 0, to: reportedHours } } : {}),
      ...((before?.participationHours ?? 0) !== participationHours ? { [`${category}.participationHours`]: { from: before?.participationHours ?? 0, to: participationHours } } : {}),
    },
    reason: write.reason,
    event: {
      kind: lower ? 'traject.uren-gecorrigeerd' : 'traject.uren',
      occurredOn: asOf,
      summary: lower
        ? `Gevolgde uren ${label} gecorrigeerd van ${before?.total ?? 0} naar ${total} (peildatum ${formatDutchDate(asOf)}): ${write.reason ?? ''}`
        : write.origin === 'aanbieder'
          ? `Gevolgde uren ${label} volgens de rapportages van de aanbieder: totaal ${total} per ${formatDutchDate(asOf)}.`
          : write.origin === 'participatie'
            ? `Gevolgde uren ${label} volgens de uren op participatieplekken: totaal ${total} per ${formatDutchDate(asOf)}.`
            : `Gevolgde uren ${label}: totaal ${total} per ${formatDutchDate(asOf)}${write.reason ? ` (${write.reason})` : ''}.`,
      data: { category, total, previous: before?.total ?? null, asOf, origin: write.origin },
    },
    operationName: write.origin === 'aanbieder' ? 'deriveReportedHours' : write.origin === 'participatie' ? 'recordParticipationHours' : 'recordHours',
  });
  return queued;
}
