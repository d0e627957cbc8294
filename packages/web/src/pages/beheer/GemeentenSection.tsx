// Beheer → Gemeenten: the organisation's gemeenten with CBS code and OIN; add one, edit one (with
// the version, so a stale edit is refused), and open its settings.
import { Button, ButtonGroup, Heading2, Heading3, Paragraph, PrimaryActionButton, SecondaryActionButton, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { createGemeente, updateGemeente, type GemeenteInput } from '../../api/beheer.ts';
import type { AdminGemeente } from '../../api/types.ts';
import { AppLink } from '../../components/AppLink.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { TextField } from '../../components/TextField.tsx';

type Field = 'name' | 'code' | 'oin';
type Errors = Partial<Record<Field, string>>;

function errorsFrom(error: unknown): Errors {
  const out: Errors = {};
  if (!isApiError(error)) return out;
  for (const f of ['name', 'code', 'oin'] as const) {
    const message = error.messageFor(f);
    if (message) out[f] = message;
  }
  return out;
}

function GemeenteForm({
  idPrefix,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  initial: GemeenteInput;
  submitLabel: string;
  onSubmit: (input: GemeenteInput) => Promise<void>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ name: initial.name, code: initial.code, oin: initial.oin ?? '' });
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next: Errors = {};
    if (!values.name.trim()) next.name = t('beheer.gemeenten.nameRequired');
    if (!values.code.trim()) next.code = t('beheer.gemeenten.codeRequired');
    setErrors(next);
    setError(null);
    const first = (['name', 'code'] as const).find((f) => next[f]);
    if (first) {
      document.getElementById(`${idPrefix}-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await onSubmit({ name: values.name.trim(), code: values.code.trim(), oin: values.oin.trim() === '' ? null : values.oin.trim() });
    } catch (caught) {
      const fieldErrors = errorsFrom(caught);
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const set = (key: Field) => (value: string) => setValues((v) => ({ ...v, [key]: value }));
  return (
    <form noValidate className="koers-form" aria-labelledby={`${idPrefix}-heading`} onSubmit={(e) => void submit(e)}>
      {error ? <ErrorAlert error={error} headingLevel={3} /> : null}
      <TextField id={`${idPrefix}-name`} name="name" autoComplete="off" label={t('beheer.gemeenten.name')} value={values.name} error={errors.name} required onChange={(e) => set('name')(e.target.value)} />
      <TextField
        id={`${idPrefix}-code`}
        name="code"
        inputMode="numeric"
        autoComplete="off"
        label={t('beheer.gemeenten.code')}
        description={t('beheer.gemeenten.codeHint')}
        value={values.code}
        error={errors.code}
        required
        onChange={(e) => set('code')(e.target.value)}
      />
      <TextField
        id={`${idPrefix}-oin`}
        name="oin"
        inputMode="numeric"
        autoComplete="off"
        label={t('beheer.gemeenten.oin')}
        description={t('beheer.gemeenten.oinHint')}
        value={values.oin}
        error={errors.oin}
        onChange={(e) => set('oin')(e.target.value)}
      />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {busy ? t('common.saving') : submitLabel}
        </PrimaryActionButton>
        {onCancel ? (
          <SecondaryActionButton type="button" onClick={onCancel}>
            {t('common.cancel')}
          </SecondaryActionButton>
        ) : null}
      </ButtonGroup>
    </form>
  );
}

function EditGemeente({ gemeente, onSaved, onCancel }: { gemeente: AdminGemeente; onSaved: (g: AdminGemeente) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [gemeente.id]);
  return (
    <section aria-labelledby="gemeente-edit-heading" className="koers-panel" data-testid="edit-gemeente">
      <Heading3 id="gemeente-edit-heading" ref={headingRef} tabIndex={-1}>
        {t('beheer.gemeenten.editTitle', { name: gemeente.name })}
      </Heading3>
      <GemeenteForm
        idPrefix="gemeente-edit"
        initial={{ name: gemeente.name, code: gemeente.code, oin: gemeente.oin ?? null }}
        submitLabel={t('common.save')}
        onCancel={onCancel}
        onSubmit={async (input) => onSaved(await updateGemeente(gemeente.id, { ...input, version: gemeente.version ?? 1 }))}
      />
    </section>
  );
}

export function GemeentenSection({ gemeenten, onChange, onNotice }: { gemeenten: readonly AdminGemeente[]; onChange: (next: AdminGemeente[]) => void; onNotice: (text: string) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<AdminGemeente | null>(null);
  const [formKey, setFormKey] = useState(0);
  return (
    <section aria-labelledby="admin-gemeenten" className="koers-section">
      <Heading2 id="admin-gemeenten">{t('beheer.gemeenten.title')}</Heading2>
      <Paragraph>{t('beheer.gemeenten.intro')}</Paragraph>
      <ScrollTable captionId="admin-gemeenten-caption" testId="gemeenten-table" caption={t('beheer.gemeenten.caption')}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('beheer.gemeenten.code')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('beheer.gemeenten.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('beheer.gemeenten.oin')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('beheer.gemeenten.actions')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {gemeenten.map((g) => (
            <TableRow key={g.id} data-gemeente-code={g.code}>
              <TableCell>{g.code}</TableCell>
              <TableHeaderCell scope="row">{g.name}</TableHeaderCell>
              <TableCell data-testid="gemeente-oin">{g.oin ?? t('beheer.gemeenten.oinMissing')}</TableCell>
              <TableCell>
                <Button type="button" appearance="subtle-button" aria-label={t('beheer.gemeenten.edit', { name: g.name })} onClick={() => setEditing(g)}>
                  {t('common.edit')}
                </Button>{' '}
                <AppLink to={`/beheer/gemeenten/${g.id}`} aria-label={t('beheer.gemeenten.settingsLink', { name: g.name })}>
                  {t('beheer.gemeenten.settings')}
                </AppLink>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </ScrollTable>
      {editing ? (
        <EditGemeente
          key={editing.id}
          gemeente={editing}
          onCancel={() => setEditing(null)}
          onSaved={(saved) => {
            onChange(gemeenten.map((g) => (g.id === saved.id ? saved : g)));
            setEditing(null);
            onNotice(t('beheer.gemeenten.saved', { name: saved.name }));
          }}
        />
      ) : null}
      <section aria-labelledby="gemeente-new-heading" className="koers-section">
        <Heading3 id="gemeente-new-heading">{t('beheer.gemeenten.add')}</Heading3>
        <GemeenteForm
          key={formKey}
          idPrefix="gemeente-new"
          initial={{ name: '', code: '', oin: null }}
          submitLabel={t('beheer.gemeenten.addSubmit')}
          onSubmit={async (input) => {
            const created = await createGemeente(input);
            onChange([...gemeenten, created].sort((a, b) => a.name.localeCompare(b.name, 'nl')));
            setFormKey((k) => k + 1);
            onNotice(t('beheer.gemeenten.added', { name: created.name }));
          }}
        />
      </section>
    </section>
  );
}
