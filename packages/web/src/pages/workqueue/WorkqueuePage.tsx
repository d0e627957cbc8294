import {
  Fieldset,
  FieldsetLegend,
  FormFieldCheckbox,
  FormField,
  FormLabel,
  RadioButton,
  SecondaryActionButton,
  Paragraph,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { exportWorkqueueUrl, getWorkqueue, signalKinds, type WorkqueueItem, type WorkqueueScope } from '../../api/workqueue.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExportButtons } from '../../components/ExportButtons.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useServerLang } from '../../components/ServerText.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { Badge, SortHeader } from '../cases/fields.tsx';
import { formatDate } from '../../format/dates.ts';
import { SelectField } from '../../components/form/SelectField.tsx';
import { DuoAttention } from './DuoAttention.tsx';
import { OpenHandhaving } from './OpenHandhaving.tsx';

type Sort = 'dueOn' | 'kind' | 'name';
const PAGE_SIZE = 50;
const isKind = (k: string): k is (typeof signalKinds)[number] => (signalKinds as readonly string[]).includes(k);

export function WorkqueuePage() {
  const { t, i18n } = useTranslation();
  const serverLang = useServerLang();
  const language = i18n.resolvedLanguage ?? 'nl';
  const user = useUser();
  const canTeam = user.permissions.includes('workqueue:team');
  const [params, setParams] = useSearchParams();
  // A teamleider starts on the team's work (issue 12); 'mijn' and 'zonder' choose the other views.
  const scopeParam = params.get('scope');
  const scope: WorkqueueScope = !canTeam ? 'own' : scopeParam === 'mijn' ? 'own' : scopeParam === 'zonder' ? 'unassigned' : 'team';
  const gemeenteId = params.get('gemeente') ?? '';
  const kind = params.get('soort') ?? '';
  const sortParam = params.get('sorteer');
  const sort: Sort = sortParam === 'kind' || sortParam === 'name' ? sortParam : 'dueOn';
  const order = params.get('volgorde') === 'desc' ? 'desc' : 'asc';
  const upcoming = params.get('later') === 'ja';
  const onlyOverdue = params.get('telaat') === 'ja';
  const [data, setData] = useState<{ items: WorkqueueItem[]; total: number; overdue: number } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [limit, setLimit] = useState(PAGE_SIZE);

  useEffect(() => {
    let cancelled = false;
    setError(null);
    getWorkqueue({ scope, gemeenteId, kind, sort, order, upcoming, overdue: onlyOverdue, limit })
      .then((r) => !cancelled && setData(r))
      .catch((caught: unknown) => !cancelled && setError(caught));
    return () => {
      cancelled = true;
    };
  }, [scope, gemeenteId, kind, sort, order, upcoming, onlyOverdue, limit]);

  function update(next: Record<string, string>) {
    setLimit(PAGE_SIZE);
    const merged = new URLSearchParams(params);
    for (const [k, v] of Object.entries(next)) {
      if (v) merged.set(k, v);
      else merged.delete(k);
    }
    setParams(merged);
  }
  const onSort = (column: Sort) => update({ sorteer: column, volgorde: sort === column && order === 'asc' ? 'desc' : 'asc' });
  const header = (column: Sort, label: string) => (
    <SortHeader column={column} label={label} sort={sort} order={order} onSort={onSort} sortByLabel={t('werkvoorraad.sortBy', { column: label })} />
  );

  return (
    <>
      <PageHeading>{t('werkvoorraad.title')}</PageHeading>
      <Paragraph>{t('werkvoorraad.intro')}</Paragraph>
      {user.permissions.includes('duo:status') ? <DuoAttention /> : null}
      <form className="koers-form koers-filters" aria-label={t('werkvoorraad.title')} onSubmit={(e) => e.preventDefault()}>
        {canTeam ? (
          <Fieldset className="koers-fieldset">
            <FieldsetLegend>{t('werkvoorraad.scope')}</FieldsetLegend>
            {(['team', 'unassigned', 'own'] as const).map((value) => (
              <FormField key={value} type="radio" className="koers-field">
                <Paragraph className="utrecht-form-field__label utrecht-form-field__label--radio">
                  <FormLabel htmlFor={`wq-scope-${value}`} type="radio">
                    <RadioButton
                      id={`wq-scope-${value}`}
                      name="scope"
                      value={value}
                      checked={scope === value}
                      onChange={() => update({ scope: value === 'own' ? 'mijn' : value === 'unassigned' ? 'zonder' : '' })}
                    />{' '}
                    {t(`werkvoorraad.${value}`)}
                  </FormLabel>
                </Paragraph>
              </FormField>
            ))}
          </Fieldset>
        ) : null}
        {user.gemeenten.length > 1 ? (
          <SelectField
            id="wq-gemeente"
            label={t('werkvoorraad.gemeente')}
            value={gemeenteId}
            options={[{ value: '', label: t('werkvoorraad.allGemeenten') }, ...user.gemeenten.map((g) => ({ value: g.id, label: g.name }))]}
            onChange={(v) => update({ gemeente: v })}
          />
        ) : null}
        <SelectField
          id="wq-kind"
          label={t('werkvoorraad.kind')}
          value={kind}
          options={[{ value: '', label: t('werkvoorraad.allKinds') }, ...signalKinds.map((k) => ({ value: k, label: t(`werkvoorraad.kinds.${k}`) }))]}
          onChange={(v) => update({ soort: v })}
        />
        <FormFieldCheckbox name="later" label={t('werkvoorraad.upcoming')} checked={upcoming} onChange={(e) => update({ later: e.target.checked ? 'ja' : '' })} />
        <FormFieldCheckbox name="telaat" label={t('rapportages.filters.onlyOverdue')} checked={onlyOverdue} onChange={(e) => update({ telaat: e.target.checked ? 'ja' : '' })} />
      </form>
      {error ? <ErrorAlert error={error} /> : null}
      {!data && !error ? <Loading /> : null}
      {data ? <ExportButtons what={t('werkvoorraad.title')} testId="workqueue-export" urlFor={(format) => exportWorkqueueUrl({ scope, gemeenteId, kind, sort, order, upcoming }, format)} /> : null}
      {data ? (
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
                  <TableCell>{isKind(item.kind) ? t(`werkvoorraad.kinds.${item.kind}`) : item.kindLabel}</TableCell>
                  <TableCell lang={serverLang}>{item.reason}</TableCell>
                  <TableCell>{item.gemeenteName}</TableCell>
                  {scope === 'team' ? <TableCell>{item.caseManagerName ?? '—'}</TableCell> : null}
                </TableRow>
              ))
            )}
          </TableBody>
        </ScrollTable>
      ) : null}
      {data && data.items.length < data.total ? (
        <SecondaryActionButton type="button" onClick={() => setLimit((l) => l + PAGE_SIZE)}>
          {t('werkvoorraad.more', { shown: data.items.length, total: data.total })}
        </SecondaryActionButton>
      ) : null}
      {scope === 'team' && user.permissions.includes('handhaving:decide') ? <OpenHandhaving /> : null}
    </>
  );
}
