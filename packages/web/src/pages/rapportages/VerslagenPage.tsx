// /rapportages/verslagen (R25, ADR 0142): the half-year report to the council — the numbers per
// section with the beleidsadviseur's text, as PDF and Word — and the monitoring exports.
import { ButtonGroup, Heading2, Heading3, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { getHalfjaar, halfjaarDocument, recentHalfYears, saveHalfjaarTexts, type HalfjaarReport, type HalfYear } from '../../api/verslagen.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { saveFile } from '../../components/ExportButtons.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RapportagesNav } from './RapportagesNav.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { ServerText } from '../../components/ServerText.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { TextAreaField } from '../../components/form/TextAreaField.tsx';
import { useFormSubmit } from '../../components/form/useFormSubmit.ts';
import { formatDate } from '../../format/dates.ts';
import { MonitoringSection, SectionTable } from './VerslagenParts.tsx';

const halfYearOptionLabel = (h: HalfYear, t: (key: 'verslagen.half1' | 'verslagen.half2', o: { year: string }) => string) => {
  const [year = '', half] = h.split('-H');
  return half === '1' ? t('verslagen.half1', { year }) : t('verslagen.half2', { year });
};

export function VerslagenPage() {
  const { t } = useTranslation();
  const user = useUser();
  const halfYears = recentHalfYears(new Date());
  const [gemeenteId, setGemeenteId] = useState(user.gemeenten[0]?.id ?? '');
  // The last complete half year is what a council usually gets.
  const [halfYear, setHalfYear] = useState<HalfYear>(halfYears[1] ?? halfYears[0] ?? '2026-H1');
  const key = ['verslagen', gemeenteId, halfYear] as const;
  const query = useQuery({ queryKey: key, queryFn: () => getHalfjaar(gemeenteId, halfYear), enabled: gemeenteId !== '' });

  return (
    <>
      <PageHeading>{t('verslagen.title')}</PageHeading>
      <RapportagesNav />
      <Paragraph appearance="lead">{t('verslagen.intro')}</Paragraph>
      <div className="koers-form koers-filters">
        {user.gemeenten.length > 1 ? <SelectField id="verslagen-gemeente" label={t('verslagen.gemeente')} value={gemeenteId} options={user.gemeenten.map((g) => ({ value: g.id, label: g.name }))} onChange={setGemeenteId} /> : null}
        <SelectField id="verslagen-halfjaar" label={t('verslagen.halfYear')} value={halfYear} options={halfYears.map((h) => ({ value: h, label: halfYearOptionLabel(h, t) }))} onChange={setHalfYear} />
      </div>
      {query.error ? <ErrorAlert error={query.error} title={t('verslagen.loadError')} /> : !query.data ? <Loading /> : <Report key={`${gemeenteId}-${halfYear}`} report={query.data} />}
    </>
  );
}

function Report({ report }: { report: HalfjaarReport }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const client = useQueryClient();
  const [texts, setTexts] = useState<Record<string, string>>(() => Object.fromEntries(report.sections.map((s) => [s.key, s.text])));
  const [version, setVersion] = useState(report.version);
  const { busy: saving, error: saveError, fieldError, run } = useFormSubmit();
  const [saved, setSaved] = useState(false);
  const [documentError, setDocumentError] = useState<unknown>(null);
  const [downloading, setDownloading] = useState<'pdf' | 'docx' | null>(null);
  useEffect(() => setVersion(report.version), [report.version]);

  async function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    await run(
      () => saveHalfjaarTexts({ gemeenteId: report.gemeente.id, halfYear: report.halfYear, version, texts }),
      (next) => {
        client.setQueryData(['verslagen', report.gemeente.id, report.halfYear], next);
        setVersion(next.version);
        setSaved(true);
      },
    );
  }

  async function download(format: 'pdf' | 'docx') {
    setDownloading(format);
    setDocumentError(null);
    try {
      const file = await halfjaarDocument(report.gemeente.id, report.halfYear, format);
      saveFile(file.blob, file.fileName ?? `halfjaarrapportage.${format}`);
    } catch (caught) {
      setDocumentError(caught);
    } finally {
      setDownloading(null);
    }
  }

  const period = t('verslagen.period', { from: formatDate(report.period.from, language), to: formatDate(report.period.to, language) });
  const conflict = isApiError(saveError) && saveError.code === 'VERSION_CONFLICT';

  return (
    <>
      <section aria-labelledby="verslagen-halfjaar-heading" className="koers-panel" data-testid="halfjaar">
        <Heading2 id="verslagen-halfjaar-heading">{t('verslagen.reportTitle', { gemeente: report.gemeente.name })}</Heading2>
        <Paragraph>
          {period} {t('verslagen.suppressed', { threshold: report.threshold })}
        </Paragraph>
        <ButtonGroup>
          <PrimaryActionButton type="button" disabled={downloading !== null} onClick={() => void download('pdf')}>
            {downloading === 'pdf' ? t('verslagen.downloading') : t('verslagen.downloadPdf')}
          </PrimaryActionButton>
          <SecondaryActionButton type="button" disabled={downloading !== null} onClick={() => void download('docx')}>
            {downloading === 'docx' ? t('verslagen.downloading') : t('verslagen.downloadDocx')}
          </SecondaryActionButton>
        </ButtonGroup>
        {documentError ? <ErrorAlert error={documentError} title={t('verslagen.documentError')} headingLevel={3} /> : null}
        <form className="koers-form" onSubmit={(e) => void onSave(e)} aria-label={t('verslagen.textsForm')}>
          {report.sections.map((s) => (
            <div key={s.key} className="koers-subsection" data-testid={`halfjaar-${s.key}`}>
              <Heading3 id={`halfjaar-${s.key}-heading`}>
                <ServerText>{s.title}</ServerText>
              </Heading3>
              <SectionTable section={s} threshold={report.threshold} />
              <TextAreaField
                id={`halfjaar-tekst-${s.key}`}
                label={t('verslagen.textLabel', { section: s.title })}
                description={t('verslagen.textHint')}
                rows={3}
                value={texts[s.key] ?? ''}
                error={fieldError(`body.texts.${s.key}`)}
                onChange={(value) => {
                  setSaved(false);
                  setTexts((prev) => ({ ...prev, [s.key]: value }));
                }}
              />
            </div>
          ))}
          {saveError ? <ErrorAlert error={saveError} title={conflict ? t('verslagen.conflict') : t('verslagen.saveError')} headingLevel={3} /> : null}
          {saved ? (
            <Paragraph role="status" data-testid="halfjaar-saved">
              {t('verslagen.saved')}
            </Paragraph>
          ) : null}
          <ButtonGroup>
            <PrimaryActionButton type="submit" disabled={saving}>
              {saving ? t('verslagen.saving') : t('verslagen.save')}
            </PrimaryActionButton>
          </ButtonGroup>
        </form>
      </section>
      <MonitoringSection report={report} period={period} />
    </>
  );
}
