// The ministry's monitoring set and the Benchmark statushouders as files (R25, ADR 0142): one
// gemeente, one period, aggregates only with small counts suppressed. Fields: docs/monitoring-set.md
// and docs/benchmark-statushouders.md.
import { aggregateValueText, benchmarkStatushouders, monitoringSet, type AggregateRow } from '@koers/domain';
import { inScope } from '../../db/scope.ts';
import { scopeOf } from '../../auth/principal.ts';
import { AppError } from '../../errors.ts';
import { loadHalfjaarCases } from '../../sturing/halfjaar-facts.ts';
import { smallCountThreshold } from '../../sturing/small-counts.ts';
import { exportTable, type ExportColumn, type ExportFile, type ExportFormat } from '../../exports/table-export.ts';
import { todayIn } from '../../case-file/today.ts';
import type { UseCaseContext } from '../context.ts';
import { grantedGemeente } from './sturing-support.ts';
import type { AggregatePeriodQuery } from './sturing.types.ts';

export type AggregateSet = 'monitoring' | 'benchmark';

interface Line extends AggregateRow {
  gemeente: string;
  cbsCode: string;
  from: string;
  to: string;
  threshold: number;
}

const columns: ExportColumn<Line>[] = [
  { header: 'Gemeente', value: (l) => l.gemeente, width: 20 },
  { header: 'CBS-gemeentecode', value: (l) => l.cbsCode },
  { header: 'Periode van', kind: 'date', value: (l) => l.from },
  { header: 'Periode tot en met', kind: 'date', value: (l) => l.to },
  { header: 'Code', value: (l) => l.code, width: 28 },
  { header: 'Omschrijving', value: (l) => l.label, width: 50 },
  { header: 'Aantal', kind: 'number', value: (l) => l.value },
  { header: 'Onderdrukt', value: (l) => (l.value === null ? aggregateValueText(null, l.threshold) : '') },
];

const names: Record<AggregateSet, { file: string; sheet: string }> = {
  monitoring: { file: 'monitoring-inburgering', sheet: 'Monitoring inburgering' },
  benchmark: { file: 'benchmark-statushouders', sheet: 'Benchmark statushouders' },
};

export async function aggregateExport(ctx: UseCaseContext, set: AggregateSet, query: AggregatePeriodQuery, format: ExportFormat): Promise<ExportFile> {
  if (query.to < query.from) throw new AppError('VALIDATION_FAILED', { field: 'to', message: 'Tot en met: de einddatum ligt vóór de begindatum.' });
  const gemeente = grantedGemeente(ctx.principal, query.gemeenteId);
  const cbsCode = ctx.principal.gemeenten.find((g) => g.id === gemeente.id)?.code ?? '';
  const lines = await inScope(ctx.db, scopeOf(ctx.principal), async (tx) => {
    const threshold = await smallCountThreshold(tx, gemeente.id);
    const cases = await loadHalfjaarCases(tx, gemeente.id);
    const period = { from: query.from, to: query.to };
    const rows = set === 'monitoring' ? monitoringSet(cases, period, threshold) : benchmarkStatushouders(cases, period, threshold);
    return rows.map((r): Line => ({ ...r, gemeente: gemeente.name, cbsCode, from: query.from, to: query.to, threshold }));
  }, { readOnly: true });
  const file = await exportTable({ name: names[set].file, sheetName: names[set].sheet, today: todayIn(ctx.now), format, columns, rows: lines });
  return { ...file, fileName: `${names[set].file}-${cbsCode || 'gemeente'}-${query.from}-${query.to}.${format}` };
}
