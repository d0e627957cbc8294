import { ButtonGroup, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { exportCasesUrl, listCases, type CaseListItem, type CaseSort } from '../../api/cases.ts';
import { ExportButtons } from '../../components/ExportButtons.tsx';
import { useUser } from '../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { FigureFilterNote } from '../rapportages/FigureFilterNote.tsx';
import { CaseFilters } from './CaseFilters.tsx';
import { CasePagination, CaseTable } from './CaseTable.tsx';
import { useCaseListParams, type CaseListParams } from './useCaseListParams.ts';

const PAGE_SIZE = 25;

/** One page of cases for the filters in the address; reloads when they change. */
function useCaseList(p: CaseListParams, userId: string) {
  const [data, setData] = useState<{ items: CaseListItem[]; total: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const { zoek, gemeenteId, status, trajectregisseur, sort, order, page, kengetal, waarde, van, tot } = p;
  useEffect(() => {
    let cancelled = false;
    setError(null);
    listCases({
      zoek,
      gemeenteId,
      status,
      trajectregisseur: trajectregisseur === 'mij' ? userId : trajectregisseur,
      sorteer: sort,
      volgorde: order,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
      kengetal,
      waarde,
      van,
      tot,
    })
      .then((result) => !cancelled && setData(result))
      .catch((caught: unknown) => !cancelled && setError(caught));
    return () => {
      cancelled = true;
    };
  }, [zoek, gemeenteId, status, trajectregisseur, sort, order, page, userId, kengetal, waarde, van, tot]);
  return { data, error };
}

export function CaseListPage() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const { params, update } = useCaseListParams();
  const { zoek, gemeenteId, status, trajectregisseur, sort, order, page, kengetal } = params;
  const { data, error } = useCaseList(params, user.id);
  const canWrite = user.permissions.includes('case:write');

  function onSort(column: CaseSort) {
    update({ sorteer: column, volgorde: sort === column && order === 'asc' ? 'desc' : 'asc', pagina: '' });
  }

  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;

  return (
    <>
      <PageHeading>{t('case.list.title')}</PageHeading>
      <Paragraph>{t('case.list.intro')}</Paragraph>
      {canWrite ? (
        <ButtonGroup>
          <PrimaryActionButton type="button" onClick={() => void navigate('/dossiers/nieuw')}>
            {t('case.list.new')}
          </PrimaryActionButton>
          <SecondaryActionButton type="button" onClick={() => void navigate('/dossiers/importeren')}>
            {t('case.list.import')}
          </SecondaryActionButton>
        </ButtonGroup>
      ) : null}
      {kengetal ? <FigureFilterNote figure={kengetal} value={params.waarde} from={params.van} to={params.tot} onClear={() => update({ kengetal: '', waarde: '', van: '', tot: '', pagina: '' })} /> : null}
      <CaseFilters params={params} update={update} />
      {error ? <ErrorAlert error={error} /> : null}
      {!data && !error ? <Loading /> : null}
      {data ? (
        <>
          <ExportButtons
            what={t('case.list.title')}
            testId="cases-export"
            urlFor={(format) => exportCasesUrl({ zoek, gemeenteId, status, trajectregisseur: trajectregisseur === 'mij' ? user.id : trajectregisseur, sorteer: sort, volgorde: order }, format)}
          />
          <CaseTable items={data.items} total={data.total} sort={sort} order={order} onSort={onSort} />
          {pages > 1 ? <CasePagination page={page} pages={pages} onPage={(next) => update({ pagina: String(next) })} /> : null}
        </>
      ) : null}
    </>
  );
}
