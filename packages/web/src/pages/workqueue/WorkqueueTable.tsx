// The werkvoorraad's table: one row per signal, sortable by date, name and kind.
import { TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { signalKinds, type WorkqueueItem, type WorkqueueScope } from '../../api/workqueue.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { useServerLang } from '../../components/ServerText.tsx';
import { formatDate } from '../../format/dates.ts';
import { isOneOf } from '@koers/domain';
import { Badge, SortHeader } from '../cases/fields.tsx';

export type WorkqueueSort = 'dueOn' | 'kind' | 'name';

export function WorkqueueTable({
  data,
  scope,
  sort,
  order,
  onSort,
}: {
  data: { items: readonly WorkqueueItem[]; total: number; overdue: number };
  scope: WorkqueueScope;
  sort: WorkqueueSort;
  order: 'asc' | 'desc';
  onSort: (column: WorkqueueSort) => void;
}) {
  const { t, i18n } = useTranslation();
  const serverLang = useServerLang();
  const language = i18n.resolvedLanguage ?? 'nl';
  const header = (column: WorkqueueSort, label: string) => (
    <SortHeader column={column} label={label} sort={sort} order={order} onSort={onSort} sortByLabel={t('werkvoorraad.sortBy', { column: label })} />
  );
  return (
    <ScrollTable captionId="wq-caption" testId="workqueue-table" caption={t('werkvoorraad.caption', { count: data.total, overdue: data.overdue })} liveCaption>
      <TableHeader>
        <TableRow>
          {header('dueOn', t('werkvoorraad.dueOn'))}
          {header('name', t('werkvoorraad.name'))}
          {header('kind', t('werkvoorraad.kindColumn'))}
          <TableHeaderCell scope="col">{t('werkvoorraad.reason')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('werkvoorraad.gemeente')}</TableHeaderCell>
          {scope === 'team' ? <TableHeaderCell scope="col">{t('werkvoorraad.caseManager')}</TableHeaderCell> : null}
        </TableRow>
      </TableHeader>
      <TableBody>
        {data.items.length === 0 ? (
          <TableRow>
            <TableCell colSpan={scope === 'team' ? 6 : 5}>{t(scope === 'unassigned' ? 'werkvoorraad.emptyUnassigned' : scope === 'team' ? 'werkvoorraad.emptyTeam' : 'werkvoorraad.empty')}</TableCell>
          </TableRow>
        ) : (
          data.items.map((item) => (
            <TableRow key={item.id} data-kind={item.kind} data-case-id={item.caseId}>
              <TableCell>
                {formatDate(item.deadline ?? item.dueOn, language)}{' '}
                {item.overdue ? <Badge tone="danger">{t('werkvoorraad.overdue')}</Badge> : null}
              </TableCell>
              <TableHeaderCell scope="row">
                <AppLink to={item.link}>{item.caseName}</AppLink>
              </TableHeaderCell>
              <TableCell>{isOneOf(signalKinds, item.kind) ? t(`werkvoorraad.kinds.${item.kind}`) : item.kindLabel}</TableCell>
              <TableCell lang={serverLang}>{item.reason}</TableCell>
              <TableCell>{item.gemeenteName}</TableCell>
              {scope === 'team' ? <TableCell>{item.caseManagerName ?? '—'}</TableCell> : null}
            </TableRow>
          ))
        )}
      </TableBody>
    </ScrollTable>
  );
}
