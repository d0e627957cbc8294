// A bar chart with the real table behind it (R26, ADR 0140): the table (with caption) is what
// assistive technology reads and is always on the page; the chart is a picture of its chosen
// column, with each bar's number written beside it and a pattern per bar, so neither colour nor
// the picture alone carries the information.
import type { ReactNode } from 'react';
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { ScrollTable } from '../ScrollTable.tsx';
import { ChartPatterns, patternFill } from './patterns.tsx';

export interface ChartRow {
  key: string;
  label: string;
  /** The bar's length (0 for a number that is not shown). */
  value: number;
  /** The text written on the bar: the number, or e.g. "minder dan 5". */
  display: string;
}

export interface TableColumn {
  key: string;
  label: string;
}

export function BarChartWithTable({
  id,
  caption,
  chartRows,
  columns,
  rowHeaderLabel,
  tableRows,
}: {
  id: string;
  caption: string;
  /** The bars (one per row, of the column the chart shows). */
  chartRows: readonly ChartRow[];
  columns: readonly TableColumn[];
  rowHeaderLabel: string;
  /** Per row: its header and one cell per column (a number, a link, or "minder dan 5"). */
  tableRows: readonly { key: string; header: ReactNode; cells: readonly ReactNode[]; total?: boolean }[];
}) {
  const height = Math.max(80, chartRows.length * 44 + 20);
  return (
    <figure className="koers-chart" data-testid={`chart-${id}`}>
      {chartRows.length > 0 ? (
        <div className="koers-chart__picture" aria-hidden="true" style={{ width: '100%', maxWidth: '44rem', height }}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={chartRows} layout="vertical" margin={{ top: 4, right: 120, bottom: 4, left: 8 }} accessibilityLayer={false}>
              <ChartPatterns />
              <XAxis type="number" hide allowDecimals={false} />
              <YAxis type="category" dataKey="label" width={220} tick={{ fill: '#1a1a1a', fontSize: 14 }} />
              <Bar dataKey="value" isAnimationActive={false} stroke="#1a1a1a" strokeWidth={1}>
                {chartRows.map((row, i) => (
                  <Cell key={row.key} fill={patternFill(i)} />
                ))}
                <LabelList dataKey="display" position="right" fill="#1a1a1a" fontSize={14} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </div>
      ) : null}
      <ScrollTable captionId={`${id}-caption`} caption={caption} testId={`table-${id}`}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{rowHeaderLabel}</TableHeaderCell>
            {columns.map((c) => (
              <TableHeaderCell key={c.key} scope="col">
                {c.label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {tableRows.map((row) => (
            <TableRow key={row.key} className={row.total ? 'koers-chart__total' : undefined}>
              <TableHeaderCell scope="row">{row.header}</TableHeaderCell>
              {row.cells.map((cell, i) => (
                <TableCell key={columns[i]?.key ?? i}>{cell}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </ScrollTable>
    </figure>
  );
}
