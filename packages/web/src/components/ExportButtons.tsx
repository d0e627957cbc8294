// The one "Exporteren" control of every list (ADR 0142): CSV or Excel of what the list shows, with
// the list's filters. The file is fetched first, so a refusal (too many rows, no access) shows here
// as a message instead of a downloaded error.
import { ButtonGroup, SecondaryActionButton } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getFile } from '../api/client.ts';
import { ErrorAlert } from './ErrorAlert.tsx';

export type ExportFormat = 'csv' | 'xlsx';

/** Saves a fetched file under its name (the browser's download). */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers read the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportButtons({ urlFor, what, testId }: { urlFor: (format: ExportFormat) => string; what: string; testId?: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function download(format: ExportFormat) {
    setBusy(format);
    setError(null);
    try {
      const file = await getFile(urlFor(format));
      saveFile(file.blob, file.fileName ?? `export.${format}`);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="koers-export" data-testid={testId}>
      <ButtonGroup aria-label={t('exporteren.group', { what })} role="group">
        <SecondaryActionButton type="button" disabled={busy !== null} onClick={() => void download('csv')}>
          {busy === 'csv' ? t('exporteren.busy') : t('exporteren.csv')}
        </SecondaryActionButton>
        <SecondaryActionButton type="button" disabled={busy !== null} onClick={() => void download('xlsx')}>
          {busy === 'xlsx' ? t('exporteren.busy') : t('exporteren.xlsx')}
        </SecondaryActionButton>
      </ButtonGroup>
      {error ? <ErrorAlert error={error} title={t('exporteren.failed')} headingLevel={3} /> : null}
    </div>
  );
}
