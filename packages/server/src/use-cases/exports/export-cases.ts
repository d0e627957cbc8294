// The case list as a file (ADR 0142): the same use case, filters and rights as the screen, every
// matching row (up to MAX_EXPORT_ROWS), logged as 'exportCases' per person. Like the list, a role
// that reads no cases gets an empty list (a header row only), not 403.
import { exportTable, MAX_EXPORT_ROWS, type ExportColumn, type ExportFile, type ExportFormat } from '../../exports/table-export.ts';
import { caseStatusLabel, targetGroupText } from '../../exports/labels.ts';
import { todayIn } from '../../case-file/today.ts';
import { listCases, type CaseListItem, type ListCasesQuery } from '../cases/list-cases.ts';
import type { UseCaseContext } from '../context.ts';

const columns: ExportColumn<CaseListItem>[] = [
  { header: 'Zaaknummer', value: (c) => c.caseNumber, width: 18 },
  { header: 'Achternaam', value: (c) => c.familyName, width: 24 },
  { header: 'Voornamen', value: (c) => c.givenNames, width: 24 },
  { header: 'Geboortedatum', kind: 'date', value: (c) => c.birthDate },
  { header: 'V-nummer', value: (c) => c.vNumber },
  { header: 'Gemeente', value: (c) => c.gemeenteName, width: 20 },
  { header: 'Status', value: (c) => caseStatusLabel(c.status), width: 16 },
  { header: 'Doelgroep', value: (c) => targetGroupText(c.targetGroup, c.obliged), width: 30 },
  { header: 'Trajectregisseur', value: (c) => c.caseManagerName, width: 24 },
  { header: 'Start inburgeringstermijn', kind: 'date', value: (c) => c.termStart },
  { header: 'Open taken', kind: 'number', value: (c) => c.openSignals },
  { header: 'Taken te laat', kind: 'number', value: (c) => c.overdueSignals },
];

export async function exportCases(ctx: UseCaseContext, query: Omit<ListCasesQuery, 'limit' | 'offset' | 'operationName'>, format: ExportFormat): Promise<ExportFile> {
  const list = await listCases(ctx, { ...query, limit: MAX_EXPORT_ROWS, offset: 0, operationName: 'exportCases', refuseAbove: MAX_EXPORT_ROWS });
  return exportTable({ name: 'dossiers', sheetName: 'Dossiers', today: todayIn(ctx.now), format, columns, rows: list.items });
}
