// The sociale kaart of a gemeente (R21, ADR 0122): organisations by theme to refer people to.
// Everyone who refers (case:read) reads it; sociale-kaart:manage adds and (de)activates.
import { ButtonGroup, Heading2, Paragraph, PrimaryActionButton, SecondaryActionButton, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { addSocialeKaartOrganisation, getSocialeKaart, socialeKaartThemes, updateSocialeKaartOrganisation, type SocialeKaartOrganisation, type SocialeKaartTheme } from '../../api/voortgang.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { ActionNotice } from '../../components/RowAction.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { TextField } from '../../components/TextField.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { TextAreaField } from '../../components/form/TextAreaField.tsx';

export function SocialeKaartPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [gemeenteId, setGemeenteId] = useState(user.gemeenten[0]?.id ?? '');
  const client = useQueryClient();
  const queryKey = ['sociale-kaart', gemeenteId] as const;
  const { data, error } = useQuery({ queryKey, queryFn: () => getSocialeKaart(gemeenteId), enabled: gemeenteId !== '' });
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  const changed = (message: string) => {
    setActionError(null);
    setNotice(message);
    void client.invalidateQueries({ queryKey }).then(() => requestAnimationFrame(() => noticeRef.current?.focus()));
  };

  async function toggle(o: SocialeKaartOrganisation) {
    try {
      await updateSocialeKaartOrganisation(o.id, { name: o.name, theme: o.theme, contact: o.contact, notes: o.notes, active: !o.active, version: o.version });
      changed(t('voortgang.kaart.updated', { name: o.name }));
    } catch (caught) {
      setActionError(caught);
    }
  }

  return (
    <>
      <PageHeading title={t('voortgang.kaart.title')}>{t('voortgang.kaart.title')}</PageHeading>
      <Paragraph>{t('voortgang.kaart.intro')}</Paragraph>
      {user.gemeenten.length > 1 ? (
        <SelectField id="kaart-gemeente" label={t('voortgang.kaart.gemeente')} value={gemeenteId} options={user.gemeenten.map((g) => ({ value: g.id, label: g.name }))} onChange={setGemeenteId} />
      ) : null}
      <ActionNotice testId="kaart-notice" notice={notice} noticeRef={noticeRef} actionError={actionError} />
      {error ? (
        <ErrorAlert error={error} headingLevel={2} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          {data.organisations.length === 0 ? (
            <Paragraph>{t('voortgang.kaart.empty')}</Paragraph>
          ) : (
            <ScrollTable captionId="kaart-caption" testId="sociale-kaart" caption={t('voortgang.kaart.caption')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('voortgang.kaart.name')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('voortgang.kaart.theme')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('voortgang.kaart.contact')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('voortgang.kaart.notes')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('voortgang.kaart.active')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.organisations.map((o) => (
                  <TableRow key={o.id}>
                    <TableHeaderCell scope="row">{o.name}</TableHeaderCell>
                    <TableCell>{t(`voortgang.kaartThemes.${o.theme}`)}</TableCell>
                    <TableCell>{o.contact ?? '—'}</TableCell>
                    <TableCell>{o.notes ?? '—'}</TableCell>
                    <TableCell>
                      {o.active ? t('voortgang.kaart.yes') : t('voortgang.kaart.no')}
                      {data.canManage ? (
                        <ButtonGroup>
                          <SecondaryActionButton type="button" aria-label={t(o.active ? 'voortgang.kaart.deactivateLabel' : 'voortgang.kaart.activateLabel', { name: o.name })} onClick={() => void toggle(o)}>
                            {t(o.active ? 'voortgang.kaart.deactivate' : 'voortgang.kaart.activate')}
                          </SecondaryActionButton>
                        </ButtonGroup>
                      ) : null}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </ScrollTable>
          )}
          {data.canManage ? <OrganisationForm gemeenteId={gemeenteId} onSaved={(name) => changed(t('voortgang.kaart.saved', { name }))} /> : <Paragraph>{t('voortgang.kaart.readOnly')}</Paragraph>}
        </>
      )}
    </>
  );
}

function OrganisationForm({ gemeenteId, onSaved }: { gemeenteId: string; onSaved: (name: string) => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [theme, setTheme] = useState<SocialeKaartTheme>('gezondheid');
  const [contact, setContact] = useState('');
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const saved = await addSocialeKaartOrganisation(gemeenteId, { name, theme, contact: contact.trim() || null, notes: notes.trim() || null });
      setName('');
      setContact('');
      setNotes('');
      onSaved(saved.name);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const fieldError = (field: string) => (isApiError(error) ? error.messageFor(field) : undefined);
  const atField = ['name', 'theme', 'contact', 'notes'].some((f) => fieldError(f) !== undefined);
  return (
    <form noValidate className="koers-form koers-panel" aria-labelledby="kaart-add-heading" onSubmit={(e) => void submit(e)} data-testid="kaart-form">
      <Heading2 id="kaart-add-heading">{t('voortgang.kaart.add')}</Heading2>
      {error && !atField ? <ErrorAlert error={error} headingLevel={3} /> : null}
      <TextField id="kaart-name" label={t('voortgang.kaart.name')} value={name} required error={fieldError('name')} onChange={(e) => setName(e.target.value)} />
      <SelectField id="kaart-theme" label={t('voortgang.kaart.theme')} value={theme} error={fieldError('theme')} options={socialeKaartThemes.map((th) => ({ value: th, label: t(`voortgang.kaartThemes.${th}`) }))} onChange={setTheme} />
      <TextField id="kaart-contact" label={t('voortgang.kaart.contact')} value={contact} error={fieldError('contact')} onChange={(e) => setContact(e.target.value)} />
      <TextAreaField id="kaart-notes" label={t('voortgang.kaart.notes')} rows={2} value={notes} error={fieldError('notes')} onChange={setNotes} />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('voortgang.kaart.submit')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}
