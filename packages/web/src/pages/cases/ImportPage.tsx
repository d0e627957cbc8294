import { ButtonGroup, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { executeImport, startCaseloadImport, startImport } from '../../api/cases.ts';
import { useAuth } from '../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ImportFileField, ImportKindFields, type ImportKind } from './ImportFields.tsx';
import { ImportReport } from './ImportReport.tsx';
import { useImportJob } from './useImportJob.ts';

const readBase64 = (file: File) =>
  file.arrayBuffer().then((buffer) => {
    let binary = '';
    const bytes = new Uint8Array(buffer);
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { name: file.name, content: window.btoa(binary) };
  });

export function ImportPage() {
  const { t } = useTranslation();
  const fileRef = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const { job, setJob, error, setError, busy, run, reportRef } = useImportJob();
  const { user } = useAuth();
  const [kind, setKind] = useState<ImportKind>('caseload');
  const gemeenten = user?.gemeenten ?? [];
  const [gemeenteId, setGemeenteId] = useState<string>(gemeenten[0]?.id ?? '');

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
        <ImportKindFields kind={kind} onKind={setKind} gemeenten={gemeenten} gemeenteId={gemeenteId} onGemeente={setGemeenteId} />
        <ImportFileField kind={kind} fileRef={fileRef} fileError={fileError} />
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
      {job ? <ImportReport job={job} reportRef={reportRef} onJob={setJob} onError={setError} /> : null}
    </>
  );
}
