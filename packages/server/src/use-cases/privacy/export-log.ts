// POST /api/privacy/logboek/export: the whole search result as CSV (Dutch headers, semicolons,
// UTF-8 with BOM, formula cells neutralised). Logged like a search (ADR 0098).
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { toCsv } from '../../privacy/csv.ts';
import { formatDutchDateTime } from '../../privacy/period.ts';
import type { UseCaseContext } from '../context.ts';
import { criteriaOf, logTheRead, readLog, resolveTarget, type LogSearchInput } from './log-search.ts';

/** More rows than this do not make a readable export: the period must be narrowed. */
export const MAX_EXPORT_ROWS = 10_000;

export const exportHeader = ['Datum en tijd', 'Medewerker', 'Rol', 'Handeling', 'Gegevens', 'Betrokkene', 'Verwerkingsactiviteit', 'Doel', 'Gemeente', 'Resultaat'] as const;

export interface LogExport {
  fileName: string;
  content: Buffer;
  rows: number;
}

export function exportLog(ctx: UseCaseContext, input: LogSearchInput): Promise<LogExport> {
  const criteria = criteriaOf(input, ctx.now);
  return inScope(
    ctx.db,
    scopeOf(ctx.principal),
    async (tx) => {
      const target = await resolveTarget(tx, ctx, criteria);
      const rows = await readLog(tx, ctx, target, 0, MAX_EXPORT_ROWS + 1);
      if (rows.length > MAX_EXPORT_ROWS) {
        const message = `Van: deze periode heeft meer dan ${MAX_EXPORT_ROWS.toLocaleString('nl-NL')} verwerkingen; kies een kortere periode voor de export.`;
        throw new AppError('VALIDATION_FAILED', { field: 'van', message, details: [{ field: 'van', message }] });
      }
      await logTheRead(tx, ctx, target, 'exportProcessingLog');
      const content = toCsv(
        exportHeader,
        rows.map((r) => [formatDutchDateTime(new Date(r.at)), r.actorName, r.actorRoleLabel, r.actionLabel, r.resourceLabel, r.subjectLabel, r.activityName, r.purpose, r.gemeente ?? '', r.statusLabel]),
      );
      return { fileName: `logboek-dataverwerkingen-${criteria.van}-tot-en-met-${criteria.tot}.csv`, content, rows: rows.length };
    },
    { readOnly: true },
  );
}
