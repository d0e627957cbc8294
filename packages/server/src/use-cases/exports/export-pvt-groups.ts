// The PVT groups of a gemeente as a file (ADR 0142): the list's numbers, no personal data, so no
// processing-log entry.
import { exportTable, type ExportColumn, type ExportFile, type ExportFormat } from '../../exports/table-export.ts';
import { todayIn } from '../../case-file/today.ts';
import { listPvtGroups, type PvtGroupSummary } from '../pvt-map/list-pvt-groups.ts';
import type { UseCaseContext } from '../context.ts';

const columns: ExportColumn<PvtGroupSummary>[] = [
  { header: 'Groep', value: (g) => g.name, width: 28 },
  { header: 'Aanbieder', value: (g) => g.providerName, width: 28 },
  { header: 'Tolktaal', value: (g) => g.interpreterLanguage },
  { header: 'Eerste bijeenkomst', kind: 'date', value: (g) => g.firstSessionOn },
  { header: 'Bijeenkomsten', kind: 'number', value: (g) => g.sessionCount },
  { header: 'Uren gepland', kind: 'number', value: (g) => g.hoursPlanned },
  { header: 'Deelnemers', kind: 'number', value: (g) => g.participantCount },
  { header: 'Ondertekend', kind: 'number', value: (g) => g.signedCount },
  { header: 'Ondertekenmoment', kind: 'date', value: (g) => g.ceremonyOn },
];

export async function exportPvtGroups(ctx: UseCaseContext, gemeenteId: string | undefined, format: ExportFormat): Promise<ExportFile> {
  const groups = await listPvtGroups(ctx, gemeenteId);
  return exportTable({ name: 'pvt-groepen', sheetName: 'PVT-groepen', today: todayIn(ctx.now), format, columns, rows: groups });
}
