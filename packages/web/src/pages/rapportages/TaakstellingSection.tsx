// The huisvestingstaakstelling per half year (R3, ADR 0140): chart and table of taakstelling,
// linked, housed and inburgeringsplichtig, and for beheer/beleid the form to enter it (with version).
import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getTaakstelling, type Counted, type TaakstellingHalf, type TaakstellingReport } from '../../api/dashboard.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { BarChartWithTable } from '../../components/charts/index.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TaakstellingForm } from './TaakstellingForm.tsx';

export function TaakstellingSection({ gemeenteId, year }: { gemeenteId: string; year: number }) {
  const { t } = useTranslation();
  const user = useUser();
  const canWrite = user.permissions.includes('taakstelling:write');
  const [report, setReport] = useState<TaakstellingReport | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(() => {
    setError(null);
    return getTaakstelling(year, year, gemeenteId || undefined)
      .then(setReport)
      .catch((caught: unknown) => setError(caught));
  }, [year, gemeenteId]);
  useEffect(() => {
    void load();
  }, [load]);

  const halfLabel = (r: TaakstellingHalf) => t('rapportages.taakstelling.half', { half: r.half, year: r.year });
  const rowLabel = (r: TaakstellingHalf) => (user.gemeenten.length > 1 ? `${halfLabel(r)}, ${r.gemeenteName}` : halfLabel(r));
  const counted = (r: TaakstellingHalf, k: Counted): ReactNode => {
    if (r.suppressed.includes(k)) return t('rapportages.suppressed', { below: report?.threshold ?? 5 });
    const href = r.links[k];
    const n = r.figures[k];
    return href ? (
      <AppLink to={href} aria-label={t('rapportages.openList', { count: n, list: `${t(`rapportages.taakstelling.${k}`)}, ${rowLabel(r)}` })}>
        {n}
      </AppLink>
    ) : (
      String(n)
    );
  };
  const percent = (p: number | null) => (p === null ? t('rapportages.taakstelling.noPercent') : `${p}%`);
  const rows = report?.rows ?? [];

  const columns = (['taakstelling', 'linked', 'housed', 'housedPlichtig', 'plichtigPercent', 'realisedPercent'] as const).map((k) => ({ key: k, label: t(`rapportages.taakstelling.${k}`) }));
  return (
    <section aria-labelledby="heading-taakstelling" className="koers-report-section">
      <Heading2 id="heading-taakstelling">{t('rapportages.taakstelling.title')}</Heading2>
      <Paragraph>{t('rapportages.taakstelling.intro')}</Paragraph>
      <ErrorAlert error={error} />
      {rows.length > 0 ? (
        <BarChartWithTable
          id="taakstelling"
          caption={t('rapportages.taakstelling.caption', { year })}
          rowHeaderLabel={t('rapportages.taakstelling.rowHeader')}
          columns={columns}
          chartRows={rows.map((r) => ({
            key: `${r.gemeenteId}:${r.half}`,
            label: rowLabel(r),
            value: r.suppressed.includes('housed') ? 0 : r.figures.housed,
            display: r.suppressed.includes('housed')
              ? t('rapportages.suppressed', { below: report?.threshold ?? 5 })
              : r.figures.taakstelling === null
                ? t('rapportages.taakstelling.housedOnly', { housed: r.figures.housed })
                : t('rapportages.taakstelling.housedOf', { housed: r.figures.housed, taakstelling: r.figures.taakstelling }),
          }))}
          tableRows={rows.map((r) => ({
            key: `${r.gemeenteId}:${r.half}`,
            header: rowLabel(r),
            cells: [
              r.figures.taakstelling === null ? t('rapportages.taakstelling.notEntered') : String(r.figures.taakstelling),
              counted(r, 'linked'),
              counted(r, 'housed'),
              counted(r, 'housedPlichtig'),
              percent(r.figures.plichtigPercent),
              percent(r.figures.realisedPercent),
            ],
          }))}
        />
      ) : null}
      {canWrite && rows.length > 0 ? <TaakstellingForm rows={rows} rowLabel={rowLabel} reload={load} onError={setError} /> : null}
    </section>
  );
}
