// Table helpers shared by the case pages: a sorting column header and a status badge.
import { Button, StatusBadge, TableHeaderCell } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/** A column header that sorts the table; announces the current order with aria-sort. */
export function SortHeader<K extends string>({
  column,
  label,
  sort,
  order,
  onSort,
  sortByLabel,
}: {
  column: K;
  label: string;
  sort: K;
  order: 'asc' | 'desc';
  onSort: (column: K) => void;
  sortByLabel: string;
}) {
  const active = sort === column;
  return (
    <TableHeaderCell scope="col" aria-sort={active ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <Button type="button" appearance="subtle-button" className="koers-sort-button" aria-label={sortByLabel} onClick={() => onSort(column)}>
        {label}
        {active ? <span aria-hidden="true">{order === 'asc' ? ' ▲' : ' ▼'}</span> : null}
      </Button>
    </TableHeaderCell>
  );
}

/** An NL Design System status badge (colours from the design tokens). */
export function Badge({ children, tone }: { children: ReactNode; tone: 'danger' | 'info' }) {
  return (
    <StatusBadge status={tone === 'danger' ? 'danger' : 'neutral'} className="koers-badge">
      {children}
    </StatusBadge>
  );
}
