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
import { caseloadTemplateUrl, executeImport, getImport, retryReconciliation, startCaseloadImport, startImport, type ImportJob } from '../../api/cases.ts';
import { useAuth } from '../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ExportButtons } from '../../components/ExportButtons.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ServerText } from '../../components/ServerText.tsx';

export function ImportPage() {
  const { t } = useTranslation();
  const fileRef = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [job, setJob] = useState<ImportJob | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const reportRef = useRef<HTMLHeadingElement>(null);
  const { user } = useAuth();
  const [kind, setKind] = useState<'tvs' | 'caseload'>('caseload');
  const gemeenten = user?.gemeenten ?? [];
  const [gemeenteId, setGemeenteId] = useState<string>(gemeenten[0]?.id ?? '');

  // Poll the job until it is done (and its reconciliation with DUO, which runs afterwards).
  useEffect(() => {
    const reconciling = job && !job.dryRun && ['wachtend', 'bezig'].includes(job.reconciliation.status);
    if (!job || (job.status !== 'bezig' && !reconciling)) return;
    const timer = window.setTimeout(() => {
      getImport(job.id)
        .then(setJob)
        .catch((caught: unknown) => {
          setError(caught);
          setBusy(false);
        });
    }, job.status === 'bezig' ? 400 : 1500);
    return () => window.clearTimeout(timer);
  }, [job]);

  const finished = job !== null && job.status !== 'bezig';
  useEffect(() => {
    if (finished) {
      setBusy(false);
      reportRef.current?.focus();
    }
  }, [finished, job?.id]);

  async function run(work: () => Promise<ImportJob>) {
    setError(null);
    setBusy(true);
    try {
      setJob(await work());
    } catch (caught) {
      setError(caught);
      setBusy(false);
    }
  }

  const readBase64 = (file: File) =>
    file.arrayBuffer().then((buffer) => {
      let binary = '';
      const bytes = new Uint8Array(buffer);
      for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { name: file.name, content: window.btoa(binary) };
    });

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
    const chosen = [...(fileRef.current?.files ?? [])];
    await run(async () =>
      kind === 'tvs' ? startImport(await file.text(), file.name, true) : startCaseloadImport(await Promise.all(chosen.map(readBase64)), true, gemeenteId || undefined),
    );
  }

  return (
    <>
      <PageHeading>{t('case.import.title')}</PageHeading>
      <Paragraph>{t('case.import.intro')}</Paragraph>
      {error ? <ErrorAlert error={error} /> : null}
      <form noValidate className="koers-form" aria-labelledby="page-heading" onSubmit={(e) => void onSubmit(e)}>
        <fieldset className="utrecht-form-fieldset koers-field">
          <legend className="utrecht-form-fieldset__legend">{t('case.import.kindLegend')}</legend>
          {(['caseload', 'tvs'] as const).map((k) => (
            <Paragraph key={k}>
              <input type="radio" id={`import-kind-${k}`} name="kind" value={k} checked={kind === k} onChange={() => setKind(k)} className="utrecht-radio-button" />{' '}
              <label htmlFor={`import-kind-${k}`}>{t(k === 'tvs' ? 'case.import.kindTvs' : 'case.import.kindCaseload')}</label>
            </Paragraph>
          ))}
        </fieldset>
        {kind === 'caseload' ? (
          <>
            <Paragraph>
              {t('case.import.templates')}: <a href={caseloadTemplateUrl('xlsx')} download>{t('case.import.templateXlsx')}</a>
              {(['personen', 'pip', 'plaatsingen'] as const).map((sheet) => (
                <span key={sheet}>
                  {' · '}
                  <a href={caseloadTemplateUrl('csv', sheet)} download>
                    {t('case.import.templateCsv', { sheet })}
                  </a>
                </span>
              ))}
            </Paragraph>
            {gemeenten.length > 1 ? (
              <Paragraph>
                <FormLabel htmlFor="import-gemeente">{t('case.import.gemeente')}</FormLabel>{' '}
                <select id="import-gemeente" className="utrecht-select" value={gemeenteId} onChange={(e) => setGemeenteId(e.target.value)}>
                  {gemeenten.map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.name}
                    </option>
                  ))}
                </select>
              </Paragraph>
            ) : null}
          </>
        ) : null}
        <FormField type="text" invalid={Boolean(fileError)} className="koers-field">
          <Paragraph className="utrecht-form-field__label">
            <FormLabel htmlFor="import-file">{kind === 'tvs' ? t('case.import.file') : t('case.import.fileCaseload')}</FormLabel>
          </Paragraph>
          <FormFieldDescription id="import-file-description" className="utrecht-form-field__description">
            {kind === 'tvs' ? t('case.import.fileHint') : t('case.import.fileHintCaseload')}
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
              accept={kind === 'tvs' ? '.csv,text/csv' : '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'}
              multiple={kind === 'caseload'}
              className="utrecht-textbox utrecht-textbox--html-input"
              aria-invalid={fileError ? true : undefined}
              aria-describedby={['import-file-description', fileError ? 'import-file-error' : ''].filter(Boolean).join(' ')}
            />
          </Paragraph>
        </FormField>
        <ButtonGroup>
          <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
            {busy ? t('case.import.busy') : t('case.import.dryRun')}
          </PrimaryActionButton>
          {job?.canExecute ? (
            <PrimaryActionButton type="button" disabled={busy} onClick={() => void run(() => executeImport(job.id))} data-testid="import-execute">
              {t('case.import.execute')}
            </PrimaryActionButton>
          ) : null}
        </ButtonGroup>
      </form>
      {job ? (
        <section aria-labelledby="import-report" data-testid="import-report">
          <Heading2 id="import-report" ref={reportRef} tabIndex={-1}>
            {job.dryRun ? t('case.import.dryRunReport') : t('case.import.report')}
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
                [job.dryRun ? 'wouldCreate' : 'created', job.created],
                [job.dryRun ? 'wouldUpdate' : 'updated', job.updated],
                ['unchanged', job.unchanged],
                ['rejectedCount', job.rejectedCount],
              ] as const
            ).map(([key, value]) => (
              <DataListItem key={key}>
                <DataListKey>{t(`case.import.${key}`)}</DataListKey>
                <DataListValue data-testid={`import-${key}`}>{value}</DataListValue>
              </DataListItem>
            ))}
          </DataList>
          {job.status !== 'bezig' && job.rejected.length === 0 ? <Paragraph>{t('case.import.noRejections')}</Paragraph> : null}
          {job.rejected.length > 0 && job.status !== 'bezig' ? <ExportButtons what={t('case.import.rejectedCaption')} testId="import-rejected-export" urlFor={(format) => `/api/imports/${encodeURIComponent(job.id)}/afgewezen/export?format=${format}`} /> : null}
          {job.rejected.length > 0 ? (
            <ScrollTable captionId="import-rejected-caption" testId="import-rejected" caption={t('case.import.rejectedCaption')}>
              <TableHeader>
                <TableRow>
                  {job.kind === 'caseload' ? <TableHeaderCell scope="col">{t('case.import.sheet')}</TableHeaderCell> : null}
                  <TableHeaderCell scope="col">{t('case.import.row')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('case.import.field')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('case.import.reason')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {job.rejected.map((r, i) => (
                  <TableRow key={`${r.row}-${r.field}-${i}`}>
                    {job.kind === 'caseload' ? <TableCell>{r.sheet ?? ''}</TableCell> : null}
                    <TableCell>{r.row}</TableCell>
                    <TableCell>{r.field}</TableCell>
                    <TableCell><ServerText>{r.reason}</ServerText></TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </ScrollTable>
          ) : null}
          {!job.dryRun && job.reconciliation.status !== 'n.v.t.' ? (
            <section aria-labelledby="import-reconciliation" data-testid="import-reconciliation">
              <Heading2 id="import-reconciliation">{t('case.import.reconciliation')}</Heading2>
              <Paragraph aria-live="polite">
                {t(`case.import.reconciliationState.${job.reconciliation.status}`)}.{' '}
                {t('case.import.reconciliationProgress', { done: job.reconciliation.done, total: job.reconciliation.total, differences: job.reconciliation.differences })}
              </Paragraph>
              {job.reconciliation.error ? <Paragraph>{job.reconciliation.error}</Paragraph> : null}
              {['uitgesteld', 'mislukt'].includes(job.reconciliation.status) ? (
                <ButtonGroup>
                  <PrimaryActionButton type="button" onClick={() => void retryReconciliation(job.id).then(setJob, setError)}>
                    {t('case.import.reconciliationRetry')}
                  </PrimaryActionButton>
                </ButtonGroup>
              ) : null}
            </section>
          ) : null}
        </section>
      ) : null}
    </>
  );
}
