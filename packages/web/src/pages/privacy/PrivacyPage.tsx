// /privacy (privacy:processing-log: the functionaris gegevensbescherming and the beheerder): search
// the processing log by person or user over a period, export the result as CSV, and read the
// register of processing activities. Every search is itself logged by the server (ADR 0098).
import { ButtonGroup, Heading2, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { exportProcessingLog, searchProcessingLog, type LogSearch, type LogSearchKind, type LogSearchResult } from '../../api/privacy.ts';
import { isApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { TextField } from '../../components/TextField.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { todayIso } from '../../format/dates.ts';
import { LogResults } from './LogResults.tsx';
import { ProcessingActivitiesSection } from './ProcessingActivitiesSection.tsx';

const kinds: readonly LogSearchKind[] = ['bsn', 'vNummer', 'gebruiker'];

function daysAgo(days: number): string {
  const d = new Date(`${todayIso()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

/** The search being shown and its page: searched again when either changes, focus on the result's heading. */
function useLogSearch() {
  const [search, setSearch] = useState<LogSearch | null>(null);
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<LogSearchResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!search) return;
    let cancelled = false;
    setLoading(true);
    setError(null);
    searchProcessingLog(search, page)
      .then((found) => {
        if (!cancelled) setResult(found);
      })
      .catch((caught: unknown) => {
        if (cancelled) return;
        setResult(null);
        setError(caught);
      })
      .finally(() => !cancelled && setLoading(false));
    return () => {
      cancelled = true;
    };
  }, [search, page]);

  // After a search or a page change, focus goes to the result's heading (announced by screen readers).
  useEffect(() => {
    if (result) resultsHeading.current?.focus();
  }, [result]);

  return { search, setSearch, page, setPage, result, error, setError, loading, resultsHeading };
}

function saveDownload(file: { blob: Blob; fileName: string }) {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.click();
  URL.revokeObjectURL(url);
}

export function PrivacyPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<LogSearchKind>('bsn');
  const [value, setValue] = useState('');
  const [van, setVan] = useState(() => daysAgo(90));
  const [tot, setTot] = useState(() => todayIso());
  const { search, setSearch, setPage, result, error, setError, loading, resultsHeading } = useLogSearch();
  const [exporting, setExporting] = useState(false);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPage(1);
    setSearch({ kind, value, van, tot });
  }

  async function onExport() {
    if (!search) return;
    setExporting(true);
    setError(null);
    try {
      saveDownload(await exportProcessingLog(search));
    } catch (caught) {
      setError(caught);
    } finally {
      setExporting(false);
    }
  }

  const fieldError = (...fields: string[]) => {
    if (!isApiError(error)) return undefined;
    for (const field of fields) {
      const message = error.messageFor(field);
      if (message) return message;
    }
    return undefined;
  };
  const valueError = fieldError(kind) ?? (kind === 'bsn' ? fieldError('vNummer', 'gebruiker') : undefined);

  return (
    <>
      <PageHeading>{t('privacy.title')}</PageHeading>
      <Paragraph appearance="lead">{t('privacy.intro')}</Paragraph>

      <section aria-labelledby="privacy-search-heading">
        <Heading2 id="privacy-search-heading">{t('privacy.search.title')}</Heading2>
        <Paragraph>{t('privacy.search.intro')}</Paragraph>
        <form role="search" aria-labelledby="privacy-search-heading" className="koers-form" onSubmit={onSubmit} noValidate>
          <SelectField
            id="privacy-kind"
            label={t('privacy.search.kind')}
            value={kind}
            options={kinds.map((k) => ({ value: k, label: t(`privacy.search.kinds.${k}`) }))}
            onChange={(k) => {
              setKind(k);
              setValue('');
            }}
          />
          <TextField
            id="privacy-value"
            label={t(`privacy.search.value.${kind}`)}
            description={t(`privacy.search.hint.${kind}`)}
            inputMode={kind === 'gebruiker' ? 'text' : 'numeric'}
            autoComplete="off"
            value={value}
            error={valueError}
            onChange={(e) => setValue(e.target.value)}
          />
          <TextField id="privacy-van" type="date" label={t('privacy.search.van')} value={van} error={fieldError('van')} onChange={(e) => setVan(e.target.value)} />
          <TextField id="privacy-tot" type="date" label={t('privacy.search.tot')} value={tot} error={fieldError('tot')} onChange={(e) => setTot(e.target.value)} />
          <ButtonGroup>
            <PrimaryActionButton type="submit">{t('privacy.search.submit')}</PrimaryActionButton>
            {result && search ? (
              <SecondaryActionButton type="button" disabled={exporting} onClick={() => void onExport()}>
                {exporting ? t('privacy.export.busy') : t('privacy.export.button')}
              </SecondaryActionButton>
            ) : null}
          </ButtonGroup>
        </form>
        {error ? <ErrorAlert error={error} headingLevel={3} /> : null}
        {loading ? <Loading /> : null}
        {result && search ? <LogResults headingRef={resultsHeading} search={search} result={result} onPage={setPage} /> : null}
      </section>

      <ProcessingActivitiesSection />
    </>
  );
}
