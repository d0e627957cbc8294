// The page /rapportages (R26, R3; ADR 0140–0141): the management dashboard over a chosen period,
// per gemeente and for the organisation, every chart with its table, and the huisvestingstaakstelling.
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getDashboard, type Dashboard, type ReportTable } from '../../api/dashboard.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { BarChartWithTable } from '../../components/charts/index.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RapportagesNav } from './RapportagesNav.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import { formatDate } from '../../format/dates.ts';
import { localToday, presetPeriod, presets, type Preset } from './periods.ts';
import { cellText, ReportCellView } from './ReportCellView.tsx';
import { TaakstellingSection } from './TaakstellingSection.tsx';
import { rowText, tableText } from './labels.ts';


export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const user = useUser();
  const [preset, setPreset] = useState<Preset | 'eigen'>('dit-halfjaar');
  const [period, setPeriod] = useState(() => presetPeriod('dit-halfjaar', localToday()));
  const [gemeenteId, setGemeenteId] = useState('');
  const [data, setData] = useState<Dashboard | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let cancelled = false;
    setError(null);
    if (!period.from || !period.to) return;
    getDashboard(period.from, period.to, gemeenteId || undefined)
      .then((d) => !cancelled && setData(d))
      .catch((caught: unknown) => !cancelled && setError(caught));
    return () => {
      cancelled = true;
    };
  }, [period.from, period.to, gemeenteId]);

  const choosePreset = (value: Preset | 'eigen') => {
    setPreset(value);
    if (value !== 'eigen') setPeriod(presetPeriod(value, localToday()));
  };

  const rowLabel = (table: ReportTable, row: ReportTable['rows'][number]) =>
    row.label ?? rowText(t, table.id, row.key);

  const showOrganisation = (data?.gemeenten.length ?? 0) > 1;
  const columns = data ? [...data.gemeenten.map((g) => ({ key: g.id, label: g.name })), ...(showOrganisation ? [{ key: 'organisatie', label: t('rapportages.organisation') }] : [])] : [];
  const periodText = data ? t('rapportages.periodText', { from: formatDate(data.period.from, language), to: formatDate(data.period.to, language) }) : '';

  return (
    <>
      <PageHeading>{t('rapportages.title')}</PageHeading>
      <RapportagesNav />
      <Paragraph>{t('rapportages.intro')}</Paragraph>
      <form className="koers-form koers-filters" aria-label={t('rapportages.filters.label')} onSubmit={(e) => e.preventDefault()}>
        <SelectField
          id="rapportage-periode"
          label={t('rapportages.filters.preset')}
          value={preset}
          options={[...presets.map((p) => ({ value: p, label: t(`rapportages.preset.${p}`) })), { value: 'eigen' as const, label: t('rapportages.preset.eigen') }]}
          onChange={choosePreset}
        />
        <TextField id="rapportage-van" type="date" label={t('rapportages.filters.from')} value={period.from} onChange={(e) => { setPreset('eigen'); setPeriod((p) => ({ ...p, from: e.target.value })); }} />
        <TextField id="rapportage-tot" type="date" label={t('rapportages.filters.to')} value={period.to} onChange={(e) => { setPreset('eigen'); setPeriod((p) => ({ ...p, to: e.target.value })); }} />
        {user.gemeenten.length > 1 ? (
          <SelectField
            id="rapportage-gemeente"
            label={t('rapportages.filters.gemeente')}
            value={gemeenteId}
            options={[{ value: '', label: t('rapportages.filters.allGemeenten') }, ...user.gemeenten.map((g) => ({ value: g.id, label: g.name }))]}
            onChange={setGemeenteId}
          />
        ) : null}
      </form>
      <ErrorAlert error={error} />
      {data === null ? (
        error ? null : <Loading />
      ) : (
        <>
          {data.threshold !== null ? <Paragraph data-testid="suppression-note">{t('rapportages.suppressionNote', { below: data.threshold })}</Paragraph> : null}
          {data.tables.map((table) => {
            const title = tableText(t, table.id, 'title');
            const chartColumn = showOrganisation ? data.gemeenten.length : 0;
            const partRows = table.rows.filter((r) => !(table.totalRow && r.key === 'totaal'));
            return (
              <section key={table.id} aria-labelledby={`heading-${table.id}`} className="koers-report-section">
                <Heading2 id={`heading-${table.id}`}>{title}</Heading2>
                <Paragraph>{tableText(t, table.id, 'explanation')}</Paragraph>
                {table.rows.length === 0 ? (
                  <Paragraph>{t('rapportages.none')}</Paragraph>
                ) : (
                  <BarChartWithTable
                    id={table.id}
                    caption={`${title}, ${periodText}`}
                    rowHeaderLabel={tableText(t, table.id, 'rowHeader')}
                    columns={columns}
                    chartRows={partRows.map((r) => ({ key: r.key, label: rowLabel(table, r), ...cellText(r.cells[chartColumn], (below) => t('rapportages.suppressed', { below })) }))}
                    tableRows={table.rows.map((r) => ({
                      key: r.key,
                      total: table.totalRow && r.key === 'totaal',
                      header: rowLabel(table, r),
                      cells: columns.map((c, i) => {
                        const cell = r.cells[i];
                        return cell ? <ReportCellView cell={cell} listLabel={`${rowLabel(table, r)}, ${c.label}`} /> : null;
                      }),
                    }))}
                  />
                )}
              </section>
            );
          })}
        </>
      )}
      <TaakstellingSection gemeenteId={gemeenteId} year={Number(period.from.slice(0, 4)) || Number(localToday().slice(0, 4))} />
    </>
  );
}
