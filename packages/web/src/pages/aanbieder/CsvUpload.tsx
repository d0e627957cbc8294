// Uploading reports as a CSV file (format: docs/aanbieder-rapportages-csv.md): the counts, and the
// rejected rows with line, column and reason.
import {
  ButtonGroup,
  FormField,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Heading3,
  Paragraph,
  PrimaryActionButton,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { uploadReportsCsv, type CsvImportResult } from '../../api/aanbieder.ts';
import { isApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';

/** What the upload did: the counts and every rejected line with its reason. */
function CsvResult({ result, resultRef }: { result: CsvImportResult; resultRef: RefObject<HTMLHeadingElement | null> }) {
  const { t } = useTranslation();
  return (
    <div data-testid="aanbieder-csv-result">
      <Heading3 id="aanbieder-csv-result" ref={resultRef} tabIndex={-1}>
        {t('aanbieder.csv.result')}
      </Heading3>
      <Paragraph>
        {t('aanbieder.csv.counts', {
          rows: result.rows,
          nieuw: result.nieuw,
          gewijzigd: result.gewijzigd,
          ongewijzigd: result.ongewijzigd,
          rejected: result.rejected.length,
        })}
      </Paragraph>
      {result.rejected.length > 0 ? (
        <ScrollTable captionId="aanbieder-csv-rejected" testId="aanbieder-csv-rejected" caption={t('aanbieder.csv.rejectedCaption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('aanbieder.csv.line')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('aanbieder.csv.column')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('aanbieder.csv.reason')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {result.rejected.map((r, i) => (
              <TableRow key={`${r.line}-${r.field}-${i}`}>
                <TableCell>{r.line}</TableCell>
                <TableCell>{r.field}</TableCell>
                <TableCell>{r.message}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      ) : null}
    </div>
  );
}

export function CsvUpload({ onImported }: { onImported: () => void }) {
  const { t } = useTranslation();
  const fileRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLHeadingElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<CsvImportResult | null>(null);

  async function upload(event: FormEvent) {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    setError(null);
    setFileError(null);
    if (!file) {
      setFileError(t('aanbieder.csv.chooseFile'));
      return;
    }
    setBusy(true);
    try {
      setResult(await uploadReportsCsv(await file.text()));
      onImported();
      requestAnimationFrame(() => resultRef.current?.focus());
    } catch (caught) {
      if (isApiError(caught) && caught.messageFor('csv')) setFileError(caught.messageFor('csv') ?? null);
      else setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="aanbieder-csv-heading" data-testid="aanbieder-csv">
      <Heading2 id="aanbieder-csv-heading">{t('aanbieder.csv.heading')}</Heading2>
      <Paragraph>{t('aanbieder.csv.intro')}</Paragraph>
      <form noValidate className="koers-form" onSubmit={(e) => void upload(e)}>
        {error ? <ErrorAlert error={error} headingLevel={3} /> : null}
        <FormField type="text" invalid={Boolean(fileError)} className="koers-field">
          <Paragraph className="utrecht-form-field__label">
            <FormLabel htmlFor="aanbieder-csv-file">{t('aanbieder.csv.file')}</FormLabel>
          </Paragraph>
          {fileError ? (
            <FormFieldErrorMessage id="aanbieder-csv-file-error" className="utrecht-form-field__error-message">
              {fileError}
            </FormFieldErrorMessage>
          ) : null}
          <Paragraph className="utrecht-form-field__input">
            <input
              ref={fileRef}
              id="aanbieder-csv-file"
              name="file"
              type="file"
              accept=".csv,text/csv"
              className="utrecht-textbox utrecht-textbox--html-input"
              aria-invalid={fileError ? true : undefined}
              aria-describedby={fileError ? 'aanbieder-csv-file-error' : undefined}
            />
          </Paragraph>
        </FormField>
        <ButtonGroup>
          <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
            {t('aanbieder.csv.submit')}
          </PrimaryActionButton>
        </ButtonGroup>
      </form>
      {result ? <CsvResult result={result} resultRef={resultRef} /> : null}
    </section>
  );
}
