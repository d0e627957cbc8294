import {
  ButtonGroup,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { caseFigures, type CaseStatus } from '@koers/domain';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { exportCasesUrl, listCases, type CaseListItem, type CaseSort } from '../../api/cases.ts';
import { oneOf } from '../../api/one-of.ts';
import { ExportButtons } from '../../components/ExportButtons.tsx';
import { useUser } from '../../auth/AuthContext.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { TextField } from '../../components/TextField.tsx';
import { Badge, SortHeader } from './fields.tsx';
import { formatDate } from '../../format/dates.ts';
import { SelectField } from '../../components/form/SelectField.tsx';
import { FigureFilterNote } from '../rapportages/FigureFilterNote.tsx';

const PAGE_SIZE = 25;
const statuses = ['aangemeld', 'voorbereiding', 'intake', 'pip', 'pip-vastgesteld', 'traject', 'opgeschort', 'gesloten'] as const satisfies readonly CaseStatus[];
const sorts: readonly CaseSort[] = ['name', 'birthDate', 'status', 'createdAt', 'updatedAt', 'gemeente'];
const isSort = (v: string | null): v is CaseSort => v !== null && (sorts as readonly string[]).includes(v);

export function CaseListPage() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const zoek = params.get('zoek') ?? '';
  const gemeenteId = params.get('gemeente') ?? '';
  const status = oneOf(statuses, params.get('status'));
  const trajectregisseur = params.get('regisseur') ?? '';
  const sortParam = params.get('sorteer');
  const sort: CaseSort = isSort(sortParam) ? sortParam : 'name';
  const order = params.get('volgorde') === 'desc' ? 'desc' : 'asc';
  const page = Math.max(1, Number(params.get('pagina') ?? '1') || 1);
  // The list behind a dashboard number (ADR 0140).
  const kengetal = oneOf(caseFigures, params.get('kengetal'));
  const waarde = params.get('waarde') ?? '';
  const van = params.get('van') ?? '';
  const tot = params.get('tot') ?? '';
  const [search, setSearch] = useState(zoek);
  const [data, setData] = useState<{ items: CaseListItem[]; total: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const canWrite = user.permissions.includes('case:write');
  const language = i18n.resolvedLanguage ?? 'nl';

  useEffect(() => {
    let cancelled = false;
    setError(null);
    listCases({
      zoek,
      gemeenteId,
      status,
      trajectregisseur: trajectregisseur === 'mij' ? user.id : trajectregisseur,
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
  }, [zoek, gemeenteId, status, trajectregisseur, sort, order, page, user.id, kengetal, waarde, van, tot]);

  function update(next: Record<string, string>) {
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) merged.set(k, v);
      else merged.delete(k);
    }
    setParams(merged);
  }

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update({ zoek: search.trim(), pagina: '' });
  }

  function onSort(column: CaseSort) {
    update({ sorteer: column, volgorde: sort === column && order === 'asc' ? 'desc' : 'asc', pagina: '' });
  }

  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE_SIZE)) : 1;
  const header = (column: CaseSort, label: string) => (
    <SortHeader column={column} label={label} sort={sort} order={order} onSort={onSort} sortByLabel={t('case.list.sortBy', { column: label })} />
  );

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
      {kengetal ? <FigureFilterNote figure={kengetal} value={waarde} from={van} to={tot} onClear={() => update({ kengetal: '', waarde: '', van: '', tot: '', pagina: '' })} /> : null}
      <form role="search" aria-label={t('case.list.search')} className="koers-form koers-filters" onSubmit={onSearch}>
        <TextField id="case-search" type="search" label={t('case.list.search')} description={t('case.list.searchHint')} value={search} onChange={(e) => setSearch(e.target.value)} />
        {user.gemeenten.length > 1 ? (
          <SelectField
            id="case-gemeente"
            label={t('case.list.gemeente')}
            value={gemeenteId}
            options={[{ value: '', label: t('case.list.allGemeenten') }, ...user.gemeenten.map((g) => ({ value: g.id, label: g.name }))]}
            onChange={(v) => update({ gemeente: v, pagina: '' })}
          />
        ) : null}
        <SelectField
          id="case-status"
          label={t('case.list.status')}
          value={status ?? ''}
          options={[{ value: '', label: t('case.list.allStatuses') }, ...statuses.map((s) => ({ value: s, label: t(`case.status.${s}`) }))]}
          onChange={(v) => update({ status: v, pagina: '' })}
        />
        <SelectField
          id="case-manager"
          label={t('case.list.caseManager')}
          value={trajectregisseur}
          options={[
            { value: '', label: t('case.list.allCaseManagers') },
            { value: 'mij', label: t('case.list.mine') },
            { value: 'geen', label: t('case.list.none') },
          ]}
          onChange={(v) => update({ regisseur: v, pagina: '' })}
        />
        <ButtonGroup>
          <SecondaryActionButton type="submit">{t('case.list.apply')}</SecondaryActionButton>
        </ButtonGroup>
      </form>
      {error ? <ErrorAlert error={error} /> : null}
      {!data && !error ? <Loading /> : null}
      {data ? (
        <>
          <ExportButtons
            what={t('case.list.title')}
            testId="cases-export"
            urlFor={(format) => exportCasesUrl({ zoek, gemeenteId, status, trajectregisseur: trajectregisseur === 'mij' ? user.id : trajectregisseur, sorteer: sort, volgorde: order }, format)}
          />
          <ScrollTable captionId="cases-caption" testId="cases-table" caption={t('case.list.caption', { total: data.total })} liveCaption>
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
              {data.items.length === 0 ? (
                <TableRow>
                  <TableCell colSpan={7}>{t('case.list.empty')}</TableCell>
                </TableRow>
              ) : (
                data.items.map((c) => (
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
          {pages > 1 ? (
            <nav aria-label={t('case.list.pagination')} className="koers-pagination">
              <ButtonGroup>
                <SecondaryActionButton type="button" disabled={page <= 1} onClick={() => update({ pagina: String(page - 1) })}>
                  {t('case.list.previous')}
                </SecondaryActionButton>
                <Paragraph>{t('case.list.pageOf', { page, pages })}</Paragraph>
                <SecondaryActionButton type="button" disabled={page >= pages} onClick={() => update({ pagina: String(page + 1) })}>
                  {t('case.list.next')}
                </SecondaryActionButton>
              </ButtonGroup>
            </nav>
          ) : null}
        </>
      ) : null}
    </>
  );
}
