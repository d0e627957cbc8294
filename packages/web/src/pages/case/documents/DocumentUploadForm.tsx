// Adding a file to the case: PDF, JPEG or PNG (checked by the server from the content), its kind,
// a title, and optionally the PIP version or bezwaar it concerns.
import { ButtonGroup, Heading3, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../../api/client.ts';
import { uploadDocument, uploadKinds, type UploadKind } from '../../../api/documents.ts';
import { getPipOverview } from '../../../api/pip.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { FieldShell } from '../../../components/form/FieldShell.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';
import { formatDate } from '../../../format/dates.ts';

interface LinkOption {
  value: string;
  label: string;
}

export function DocumentUploadForm({ caseId, mayUploadSensitive, onUploaded }: { caseId: string; mayUploadSensitive: boolean; onUploaded: (title: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<UploadKind>('bijstandsbesluit');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [link, setLink] = useState('');
  const [links, setLinks] = useState<LinkOption[]>([]);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // The PIP versions and bezwaren this document may concern; without them only "nothing in particular".
    getPipOverview(caseId)
      .then((overview) => {
        const pips = overview.versions.map((p) => ({ value: `pip:${p.id}`, label: t('documenten.linkPip', { version: p.version }) }));
        const objections = overview.objections.map((o) => ({ value: `bezwaar:${o.id}`, label: t('documenten.linkObjection', { date: formatDate(o.receivedOn, language) }) }));
        setLinks([...pips, ...objections]);
      })
      .catch(() => setLinks([]));
  }, [caseId, t, language]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setError(new ApiError(400, 'VALIDATION_FAILED', t('documenten.fileMissing'), 'file'));
      fileRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const saved = await uploadDocument(caseId, {
        file,
        kind,
        title: title.trim(),
        description: description.trim(),
        pipId: link.startsWith('pip:') ? link.slice(4) : '',
        objectionId: link.startsWith('bezwaar:') ? link.slice(8) : '',
      });
      setFile(null);
      setTitle('');
      setDescription('');
      setLink('');
      if (fileRef.current) fileRef.current.value = '';
      onUploaded(saved.title);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const fieldError = (field: string) => (isApiError(error) ? error.messageFor(field) : undefined);
  const atField = ['file', 'kind', 'title', 'description', 'pipId', 'objectionId'].some((f) => fieldError(f) !== undefined);
  const kinds = uploadKinds.filter((k) => mayUploadSensitive || k !== 'medische-verklaring');
  return (
    <form noValidate className="koers-form koers-panel" aria-labelledby="document-upload-heading" onSubmit={(e) => void submit(e)} data-testid="document-upload-form">
      <Heading3 id="document-upload-heading">{t('documenten.uploadHeading')}</Heading3>
      <Paragraph>{t('documenten.uploadIntro')}</Paragraph>
      {error && !atField ? <ErrorAlert error={error} headingLevel={4} /> : null}
      <FieldShell id="document-upload-file" label={t('documenten.file')} error={fieldError('file')}>
        {({ invalid: _invalid, ...control }) => (
          <input
            {...control}
            ref={fileRef}
            type="file"
            name="file"
            className="utrecht-textbox koers-file-input"
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        )}
      </FieldShell>
      <SelectField id="document-upload-kind" label={t('documenten.docKind')} value={kind} error={fieldError('kind')} options={kinds.map((k) => ({ value: k, label: t(`documenten.kinds.${k}`) }))} onChange={setKind} />
      <TextField id="document-upload-title" label={t('documenten.docTitle')} value={title} required error={fieldError('title')} onChange={(e) => setTitle(e.target.value)} />
      <TextAreaField id="document-upload-description" label={t('documenten.description')} value={description} error={fieldError('description')} onChange={setDescription} />
      {links.length > 0 ? (
        <SelectField
          id="document-upload-link"
          label={t('documenten.link')}
          value={link}
          error={fieldError('pipId') ?? fieldError('objectionId')}
          options={[{ value: '', label: t('documenten.linkNone') }, ...links]}
          onChange={setLink}
        />
      ) : null}
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('documenten.submit')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}
