// The werkvoorraad as a file (ADR 0142): the same view, filters and rights as the screen.
import { exportTable, MAX_EXPORT_ROWS, type ExportColumn, type ExportFile, type ExportFormat } from '../../exports/table-export.ts';
import { yesNo } from '../../exports/labels.ts';
import { listWorkqueue, type WorkqueueItem, type WorkqueueQuery } from '../workqueue/list-workqueue.ts';
import type { UseCaseContext } from '../context.ts';

const columns: ExportColumn<WorkqueueItem>[] = [
  { header: 'Taak', value: (i) => i.kindLabel, width: 36 },
  { header: 'Naam', value: (i) => i.caseName, width: 28 },
  { header: 'Gemeente', value: (i) => i.gemeenteName, width: 20 },
  { header: 'Trajectregisseur', value: (i) => i.caseManagerName, width: 24 },
  { header: 'Te doen vanaf', kind: 'date', value: (i) => i.dueOn },
  { header: 'Uiterste datum', kind: 'date', value: (i) => i.deadline },
  { header: 'Te laat', value: (i) => yesNo(i.overdue) },
  { header: 'Waarom', value: (i) => i.reason, width: 60 },
];

export async function exportWorkqueue(ctx: UseCaseContext, query: Omit<WorkqueueQuery, 'limit' | 'offset' | 'operationName' | 'refuseAbove'>, format: ExportFormat): Promise<ExportFile> {
  const list = await listWorkqueue(ctx, { ...query, limit: MAX_EXPORT_ROWS, offset: 0, operationName: 'exportWorkqueue', refuseAbove: MAX_EXPORT_ROWS });
  return exportTable({ name: 'werkvoorraad', sheetName: 'Werkvoorraad', today: list.today, format, columns, rows: list.items });
}
