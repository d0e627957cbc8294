// Stores one provider report on a placement under its natural key (ADR 0118): the same report again
// changes nothing; a changed one replaces the stored one with its history. Shared by the screen and
// the CSV upload. The caller holds the placement; hours are synced after.
import { and, eq } from 'drizzle-orm';
import { addDays, formatDutchDate, isAfter, isBefore, type IsoDate } from '@koers/domain';
import type { Tx } from '../../db/database.ts';
import { placementReports } from '../../db/schema.ts';
import { diff } from '../../audit/history.ts';
import type { CaseRow } from '../../case-file/find-case.ts';
import { todayIn } from '../../case-file/today.ts';
import { recordCaseWriteTraces } from '../../case-file/write-traces.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import type { PlacementRow } from './provider-access.ts';
import type { ReportInput, storeOutcomes } from './reports.types.ts';
import type { StoredReport } from './report-payload.ts';
import { reportSummary } from './reports.view.ts';

export type StoreOutcome = (typeof storeOutcomes)[number];

interface Keyed {
  key: string;
  reportedOn: IsoDate;
  stored: StoredReport;
  dateField: string;
}

function keyed(report: ReportInput): Keyed {
  switch (report.kind) {
    case 'week':
      return {
        key: report.week,
        reportedOn: report.week,
        dateField: 'week',
        stored: { kind: 'week', payload: { week: report.week, present: report.present, absenceReason: report.present ? null : (report.absenceReason ?? null), hours: Object.fromEntries(Object.entries(report.hours).filter(([, h]) => h !== undefined && h > 0)) } },
      };
    case 'voortgang':
      return { key: `${report.skill}:${report.assessedOn}`, reportedOn: report.assessedOn, dateField: 'assessedOn', stored: { kind: 'voortgang', payload: { skill: report.skill, level: report.level, assessedOn: report.assessedOn } } };
    case 'tussenrapportage':
      return { key: report.reportedOn, reportedOn: report.reportedOn, dateField: 'reportedOn', stored: { kind: 'tussenrapportage', payload: { reportedOn: report.reportedOn, text: report.text, recommendation: report.recommendation } } };
    case 'examen':
      return { key: `${report.onderdeel}:${report.examOn}`, reportedOn: report.examOn, dateField: 'examOn', stored: { kind: 'examen', payload: { onderdeel: report.onderdeel, examOn: report.examOn } } };
    default:
      return report satisfies never;
  }
}

const canonical = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x));

export async function storeReport(tx: Tx, ctx: UseCaseContext, placement: PlacementRow, caseRow: CaseRow, report: ReportInput): Promise<StoreOutcome> {
  if (placement.status !== 'actief') throw new AppError('VALIDATION_FAILED', { field: 'placement', message: 'Deze plaatsing is beëindigd of vervangen: er kan niet meer over gerapporteerd worden.' });
  const k = keyed(report);
  const today = todayIn(ctx.now);
  // An exam may be registered for a later date; what was attended or assessed lies in the past.
  if (report.kind !== 'examen' && isAfter(k.reportedOn, today)) throw new AppError('VALIDATION_FAILED', { field: k.dateField, message: `Datum: ${formatDutchDate(k.reportedOn)} ligt in de toekomst.` });
  if (isBefore(addDays(k.reportedOn, report.kind === 'week' ? 6 : 0), placement.offeredOn)) {
    throw new AppError('VALIDATION_FAILED', { field: k.dateField, message: `Datum: ${formatDutchDate(k.reportedOn)} ligt vóór de plaatsing (${formatDutchDate(placement.offeredOn)}).` });
  }
  const [before] = await tx
    .select()
    .from(placementReports)
    .where(and(eq(placementReports.placementId, placement.id), eq(placementReports.kind, report.kind), eq(placementReports.key, k.key)))
    .for('update');
  if (before && canonical(before.payload) === canonical(k.stored.payload)) return 'ongewijzigd';
  let id: string;
  if (before) {
    await tx.update(placementReports).set({ payload: k.stored.payload, version: before.version + 1, updatedAt: ctx.now }).where(eq(placementReports.id, before.id));
    id = before.id;
  } else {
    const [row] = await tx
      .insert(placementReports)
      .values({ gemeenteId: caseRow.gemeenteId, caseId: caseRow.id, placementId: placement.id, kind: report.kind, key: k.key, reportedOn: k.reportedOn, payload: k.stored.payload, createdBy: ctx.principal.userId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning({ id: placementReports.id });
    if (!row) throw new AppError('INTERNAL');
    id = row.id;
  }
  await recordCaseWriteTraces(tx, ctx, caseRow, {
    entityType: 'placement-report',
    entityId: id,
    action: before ? 'update' : 'create',
    changes: diff(before?.payload ?? null, k.stored.payload),
    event: { kind: `aanbieder.${report.kind}`, summary: `${placement.instellingNaam}: ${reportSummary(k.stored)}${before ? ' (gewijzigd)' : ''}`, occurredOn: k.reportedOn > today ? today : k.reportedOn, section: 'traject', data: { placementId: placement.id, kind: report.kind } },
    operationName: 'storeProviderReport',
  });
  return before ? 'gewijzigd' : 'nieuw';
}
