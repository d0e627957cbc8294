// The rejected rows of an import as a file (ADR 0142): for who started the import (as its report),
// with sheet, line, column and the Dutch reason, so the file can be corrected and sent again.
// Rejected rows made no case, so there is no person to log; the report is the uploader's own file.
import { exportTable, MAX_EXPORT_ROWS, type ExportColumn, type ExportFile, type ExportFormat } from '../../exports/table-export.ts';
import { findJob, rowsOf } from '../../imports/job-store.ts';
import { todayIn } from '../../case-file/today.ts';
import { AppError } from '../../errors.ts';
import type { UseCaseContext } from '../context.ts';
import { isRecord, isUnknownArray } from '../../util/guards.ts';

interface Line {
  sheet: string | null;
  row: number;
  field: string;
  reason: string;
}

const columns: ExportColumn<Line>[] = [
  { header: 'Werkblad', value: (l) => l.sheet },
  { header: 'Regel', kind: 'number', value: (l) => l.row },
  { header: 'Kolom', value: (l) => l.field, width: 24 },
  { header: 'Reden', value: (l) => l.reason, width: 80 },
];

function linesOf(row: { sheet: string | null; row: number; details: unknown }): Line[] {
  const details = isUnknownArray(row.details) ? row.details : [];
  const lines = details.flatMap((d): Line[] => {
    if (typeof d === 'string') return [{ sheet: row.sheet, row: row.row, field: '', reason: d }];
    if (isRecord(d)) {
      return [{ sheet: typeof d.sheet === 'string' ? d.sheet : row.sheet, row: typeof d.row === 'number' ? d.row : row.row, field: typeof d.field === 'string' ? d.field : '', reason: typeof d.reason === 'string' ? d.reason : '' }];
    }
    return [];
  });
  return lines.length > 0 ? lines : [{ sheet: row.sheet, row: row.row, field: '', reason: 'Afgewezen' }];
}

export async function exportImportRejections(ctx: UseCaseContext, jobId: string, format: ExportFormat): Promise<ExportFile> {
  const job = await findJob(ctx, jobId);
  if (!job) throw new AppError('NOT_FOUND', { message: 'Deze import bestaat niet (meer) of is van iemand anders.' });
  const page = await rowsOf(ctx, job.id, { offset: 0, limit: MAX_EXPORT_ROWS, outcome: 'afgewezen' });
  return exportTable({ name: 'afgewezen-regels', sheetName: 'Afgewezen regels', today: todayIn(ctx.now), format, columns, rows: page.items.flatMap(linesOf) });
}
