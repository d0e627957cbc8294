import {
  ButtonGroup,
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  PrimaryActionButton,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { getImport, startImport, type ImportJob } from '../../api/cases.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';

export function ImportPage() {
  const { t } = useTranslation();
  const fileRef = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const reportRef = useRef<HTMLHeadingElement>(null);

  // Poll the job until it is done.
  useEffect(() => {
    if (!job || job.status !== 'bezig') return;
    const timer = window.setTimeout(() => {
      getImport(job.id)
        .then(setJob)
        .catch((caught: unknown) => {
          setError(caught);
          setBusy(false);
        });
    }, 400);
    return () => window.clearTimeout(timer);
  }, [job]);

  useEffect(() => {
    if (job && job.status !== 'bezig') {
      setBusy(false);
      reportRef.current?.focus();
    }
  }, [job]);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setFileError(t('case.import.chooseFile'));
      fileRef.current?.focus();
      return;
    }
    setFileError(undefined);
    setBusy(true);
    try {
      setJob(await startImport(await file.text(), file.name));
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  return (
    <>
      <PageHeading>{t('case.import.title')}</PageHeading>
      <Paragraph>{t('case.import.intro')}</Paragraph>
      {error ? <ErrorAlert error={error} /> : null}
      <form noValidate className="koers-form" aria-labelledby="page-heading" onSubmit={(e) => void onSubmit(e)}>
        <FormField type="text" invalid={Boolean(fileError)} className="koers-field">
          <Paragraph className="utrecht-form-field__label">
            <FormLabel htmlFor="import-file">{t('case.import.file')}</FormLabel>
          </Paragraph>
          <FormFieldDescription id="import-file-description" className="utrecht-form-field__description">
            {t('case.import.fileHint')}
          </FormFieldDescription>
          {fileError ? (
            <FormFieldErrorMessage id="import-file-error" className="utrecht-form-field__error-message">
              {fileError}
            </FormFieldErrorMessage>
          ) : null}
          <Paragraph className="utrecht-form-field__input">
            <input
              ref={fileRef}
              id="import-file"
              name="file"
              type="file"
              accept=".csv,text/csv"
              className="utrecht-textbox utrecht-textbox--html-input"
              aria-invalid={fileError ? true : undefined}
              aria-describedby={['import-file-description', fileError ? 'import-file-error' : ''].filter(Boolean).join(' ')}
            />
          </Paragraph>
        </FormField>
        <ButtonGroup>
          <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
            {busy ? t('case.import.busy') : t('case.import.start')}
          </PrimaryActionButton>
        </ButtonGroup>
      </form>
      {job ? (
        <section aria-labelledby="import-report" data-testid="import-report">
          <Heading2 id="import-report" ref={reportRef} tabIndex={-1}>
            {t('case.import.report')}
          </Heading2>
          <Paragraph>
            <label htmlFor="import-progress">{t('case.import.progress')}</label>{' '}
            <progress id="import-progress" max={Math.max(job.total, 1)} value={job.processed} />{' '}
            <span aria-live="polite">{t('case.import.progressText', { processed: job.processed, total: job.total })}</span>
          </Paragraph>
          {job.status === 'mislukt' ? <Paragraph>{job.error ?? t('case.import.failed')}</Paragraph> : null}
          <DataList>
            {(
              [
                ['total', job.total],
                ['created', job.created],
                ['updated', job.updated],
                ['unchanged', job.unchanged],
                ['rejectedCount', job.rejected.length],
              ] as const
            ).map(([key, value]) => (
              <DataListItem key={key}>
                <DataListKey>{t(`case.import.${key}`)}</DataListKey>
                <DataListValue data-testid={`import-${key}`}>{value}</DataListValue>
              </DataListItem>
            ))}
          </DataList>
          {job.status !== 'bezig' && job.rejected.length === 0 ? <Paragraph>{t('case.import.noRejections')}</Paragraph> : null}
          {job.rejected.length > 0 ? (
            <ScrollTable captionId="import-rejected-caption" testId="import-rejected" caption={t('case.import.rejectedCaption')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('case.import.row')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('case.import.field')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('case.import.reason')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {job.rejected.map((r, i) => (
                  <TableRow key={`${r.row}-${r.field}-${i}`}>
                    <TableCell>{r.row}</TableCell>
                    <TableCell>{r.field}</TableCell>
                    <TableCell>{r.reason}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </ScrollTable>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
