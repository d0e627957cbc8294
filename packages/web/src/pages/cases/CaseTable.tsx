// The table of cases on the case list, with sortable columns and the page buttons below it.
import { ButtonGroup, Paragraph, SecondaryActionButton, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { CaseListItem, CaseSort } from '../../api/cases.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { formatDate } from '../../format/dates.ts';
import { Badge, SortHeader } from './fields.tsx';

export function CaseTable({ items, total, sort, order, onSort }: { items: readonly CaseListItem[]; total: number; sort: CaseSort; order: 'asc' | 'desc'; onSort: (column: CaseSort) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const header = (column: CaseSort, label: string) => (
    <SortHeader column={column} label={label} sort={sort} order={order} onSort={onSort} sortByLabel={t('case.list.sortBy', { column: label })} />
  );
  return (
    <ScrollTable captionId="cases-caption" testId="cases-table" caption={t('case.list.caption', { total })} liveCaption>
      <TableHeader>
        <TableRow>
          {header('name', t('case.list.name'))}
          <TableHeaderCell scope="col">{t('labels.caseNumber')}</TableHeaderCell>
          {header('birthDate', t('case.list.birthDate'))}
          {header('gemeente', t('case.list.gemeente'))}
          {header('status', t('case.list.status'))}
          <TableHeaderCell scope="col">{t('case.list.caseManager')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('case.list.signals')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {items.length === 0 ? (
          <TableRow>
            <TableCell colSpan={7}>{t('case.list.empty')}</TableCell>
          </TableRow>
        ) : (
          items.map((c) => (
            <TableRow key={c.id}>
              <TableHeaderCell scope="row">
                <AppLink to={`/dossiers/${c.id}`}>
                  {c.givenNames} {c.familyName}
                </AppLink>
              </TableHeaderCell>
              <TableCell>{c.caseNumber}</TableCell>
              <TableCell>{formatDate(c.birthDate, language)}</TableCell>
              <TableCell>{c.gemeenteName}</TableCell>
              <TableCell>{t(`case.status.${c.status}`)}</TableCell>
              <TableCell>{c.caseManagerName ?? '—'}</TableCell>
              <TableCell>
                {c.overdueSignals > 0 ? <Badge tone="danger">{t('case.list.overdue', { count: c.overdueSignals })}</Badge> : null}{' '}
                {c.openSignals > 0 ? <Badge tone="info">{t('case.list.open', { count: c.openSignals })}</Badge> : null}
              </TableCell>
            </TableRow>
          ))
        )}
      </TableBody>
    </ScrollTable>
  );
}

export function CasePagination({ page, pages, onPage }: { page: number; pages: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('case.list.pagination')} className="koers-pagination">
      <ButtonGroup>
        <SecondaryActionButton type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
          {t('case.list.previous')}
        </SecondaryActionButton>
        <Paragraph>{t('case.list.pageOf', { page, pages })}</Paragraph>
        <SecondaryActionButton type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
          {t('case.list.next')}
        </SecondaryActionButton>
      </ButtonGroup>
    </nav>
  );
}
