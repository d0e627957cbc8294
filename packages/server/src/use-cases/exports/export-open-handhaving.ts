// The team's open handhaving as a file (ADR 0142): the same list and permission as the werkvoorraad's part.
import { exportTable, type ExportColumn, type ExportFile, type ExportFormat } from '../../exports/table-export.ts';
import { todayIn } from '../../case-file/today.ts';
import { listOpenHandhaving, type OpenHandhavingItem } from '../handhaving/list-open-handhaving.ts';
import type { UseCaseContext } from '../context.ts';

const columns: ExportColumn<OpenHandhavingItem>[] = [
  { header: 'Zaaknummer', value: (i) => i.caseNumber, width: 18 },
  { header: 'Naam', value: (i) => i.name, width: 28 },
  { header: 'Artikel', value: (i) => `Art. ${i.article} Wet inburgering 2021` },
  { header: 'Overtreding', value: (i) => i.groundLabel, width: 50 },
  { header: 'Stap', value: (i) => i.stageLabel, width: 24 },
  { header: 'Vastgesteld op', kind: 'date', value: (i) => i.establishedOn },
  { header: 'Trajectregisseur', value: (i) => i.caseManagerName, width: 24 },
];

export async function exportOpenHandhaving(ctx: UseCaseContext, format: ExportFormat): Promise<ExportFile> {
  const list = await listOpenHandhaving(ctx, 'exportOpenHandhaving');
  return exportTable({ name: 'handhaving', sheetName: 'Lopende handhaving', today: todayIn(ctx.now), format, columns, rows: list.items });
}
