import { Paragraph, SecondaryActionButton } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { exportWorkqueueUrl, type WorkqueueItem } from '../../api/workqueue.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExportButtons } from '../../components/ExportButtons.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { DuoAttention } from './DuoAttention.tsx';
import { OpenHandhaving } from './OpenHandhaving.tsx';
import { WorkqueueFilters } from './WorkqueueFilters.tsx';
import { WorkqueueTable, type WorkqueueSort } from './WorkqueueTable.tsx';
import { loadWorkqueue, PAGE_SIZE, workqueueQuery, workqueueView } from './workqueueView.ts';

type WorkqueueData = { items: WorkqueueItem[]; total: number; overdue: number };

export function WorkqueuePage() {
  const { t } = useTranslation();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const { canTeam, scope, gemeenteId, kind, sort, order, upcoming, onlyOverdue } = workqueueView(user.permissions, params);
  const [data, setData] = useState<WorkqueueData | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [limit, setLimit] = useState(PAGE_SIZE);

  useEffect(() => {
    let cancelled = false;
    setError(null);
    loadWorkqueue(workqueueQuery({ canTeam, scope, gemeenteId, kind, sort, order, upcoming, onlyOverdue }, limit))
      .then((r) => !cancelled && setData(r))
      .catch((caught: unknown) => !cancelled && setError(caught));
    return () => {
      cancelled = true;
    };
  }, [canTeam, scope, gemeenteId, kind, sort, order, upcoming, onlyOverdue, limit]);

  function update(next: Record<string, string>) {
    setLimit(PAGE_SIZE);
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) merged.set(k, v);
      else merged.delete(k);
    }
    setParams(merged);
  }
  const onSort = (column: WorkqueueSort) => update({ sorteer: column, volgorde: sort === column && order === 'asc' ? 'desc' : 'asc' });

  return (
    <>
      <PageHeading>{t('werkvoorraad.title')}</PageHeading>
      <Paragraph>{t('werkvoorraad.intro')}</Paragraph>
      {user.permissions.includes('duo:status') ? <DuoAttention /> : null}
      <WorkqueueFilters filters={{ scope, gemeenteId, kind, upcoming, onlyOverdue }} canTeam={canTeam} update={update} />
      {error ? <ErrorAlert error={error} /> : null}
      {!data && !error ? <Loading /> : null}
      {data ? <ExportButtons what={t('werkvoorraad.title')} testId="workqueue-export" urlFor={(format) => exportWorkqueueUrl({ scope, gemeenteId, kind, sort, order, upcoming }, format)} /> : null}
      {data ? <WorkqueueTable data={data} scope={scope} sort={sort} order={order} onSort={onSort} /> : null}
      {data && data.items.length < data.total ? (
        <SecondaryActionButton type="button" onClick={() => setLimit((l) => l + PAGE_SIZE)}>
          {t('werkvoorraad.more', { shown: data.items.length, total: data.total })}
        </SecondaryActionButton>
      ) : null}
      {scope === 'team' && user.permissions.includes('handhaving:decide') ? <OpenHandhaving /> : null}
    </>
  );
}
