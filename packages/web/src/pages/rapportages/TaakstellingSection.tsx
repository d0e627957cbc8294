// The huisvestingstaakstelling per half year (R3, ADR 0140): chart and table of taakstelling,
// linked, housed and inburgeringsplichtig, and for beheer/beleid the form to enter it (with version).
import { ButtonGroup, Heading2, Heading3, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useCallback, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { getTaakstelling, saveTaakstelling, type Counted, type TaakstellingHalf, type TaakstellingReport } from '../../api/dashboard.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { AppLink } from '../../components/AppLink.tsx';
import { BarChartWithTable } from '../../components/charts/index.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';

export function TaakstellingSection({ gemeenteId, year }: { gemeenteId: string; year: number }) {
  const { t } = useTranslation();
  const user = useUser();
  const canWrite = user.permissions.includes('taakstelling:write');
  const [report, setReport] = useState<TaakstellingReport | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [choice, setChoice] = useState('');
  const [aantal, setAantal] = useState('');
  const [formError, setFormError] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState(false);

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
  const chosen = rows.find((r) => `${r.gemeenteId}:${r.half}` === choice) ?? rows[0];

  async function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    if (!chosen) return;
    const n = Number(aantal);
    if (aantal.trim() === '' || !Number.isInteger(n) || n < 0) {
      setFormError(t('rapportages.taakstelling.aantalError'));
      return;
    }
    setFormError(undefined);
    try {
      await saveTaakstelling(chosen.gemeenteId, chosen.year, chosen.half, n, chosen.version);
      setSaved(true);
      setAantal('');
      await load();
    } catch (caught: unknown) {
      setError(caught);
    }
  }

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
      {canWrite && rows.length > 0 && chosen ? (
        <form className="koers-form" aria-labelledby="heading-taakstelling-form" onSubmit={(e) => void onSave(e)} noValidate>
          <Heading3 id="heading-taakstelling-form">{t('rapportages.taakstelling.formTitle')}</Heading3>
          <SelectField
            id="taakstelling-halfjaar"
            label={t('rapportages.taakstelling.rowHeader')}
            value={`${chosen.gemeenteId}:${chosen.half}`}
            options={rows.map((r) => ({ value: `${r.gemeenteId}:${r.half}`, label: rowLabel(r) }))}
            onChange={(v) => {
              setChoice(v);
              setSaved(false);
            }}
          />
          <TextField
            id="taakstelling-aantal"
            type="number"
            min={0}
            inputMode="numeric"
            label={t('rapportages.taakstelling.taakstelling')}
            description={chosen.figures.taakstelling === null ? t('rapportages.taakstelling.notEntered') : t('rapportages.taakstelling.current', { aantal: chosen.figures.taakstelling })}
            value={aantal}
            error={formError}
            onChange={(e) => setAantal(e.target.value)}
          />
          <ButtonGroup>
            <PrimaryActionButton type="submit">{t('rapportages.taakstelling.save')}</PrimaryActionButton>
          </ButtonGroup>
          {saved ? (
            <Paragraph role="status" data-testid="taakstelling-saved">
              {t('rapportages.taakstelling.saved')}
            </Paragraph>
          ) : null}
        </form>
      ) : null}
    </section>
  );
}
