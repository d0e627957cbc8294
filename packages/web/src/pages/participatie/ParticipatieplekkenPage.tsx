// The participation places of a gemeente (R14, ADR 0143): where people on the Z-route do activities.
// Whoever places people (case:read) reads it; participatie:manage (beheerder, teamleider,
// trajectregisseur) adds, edits and (de)activates.
import { ButtonGroup, Heading2, Paragraph, PrimaryActionButton, SecondaryActionButton, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { addParticipationPlace, listParticipationPlaces, participationPlaceKinds, updateParticipationPlace, type ParticipationPlace, type ParticipationPlaceKind } from '../../api/participatie.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { Loading } from '../../components/RequireAuth.tsx';
import { ActionNotice } from '../../components/RowAction.tsx';
import { ScrollTable } from '../../components/ScrollTable.tsx';
import { TextField } from '../../components/TextField.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';

export function ParticipatieplekkenPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [gemeenteId, setGemeenteId] = useState(user.gemeenten[0]?.id ?? '');
  const client = useQueryClient();
  const queryKey = ['participatieplekken', gemeenteId] as const;
  const { data, error } = useQuery({ queryKey, queryFn: () => listParticipationPlaces(gemeenteId), enabled: gemeenteId !== '' });
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [editing, setEditing] = useState<ParticipationPlace | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  const changed = (message: string) => {
    setActionError(null);
    setEditing(null);
    setNotice(message);
    void client.invalidateQueries({ queryKey }).then(() => requestAnimationFrame(() => noticeRef.current?.focus()));
  };

  async function toggle(p: ParticipationPlace) {
    try {
      await updateParticipationPlace(p, { organisation: p.organisation, name: p.name, kind: p.kind, hoursPerWeek: p.hoursPerWeek, contact: p.contact, active: !p.active });
      changed(t('participatie.places.updated', { name: p.name }));
    } catch (caught) {
      setActionError(caught);
    }
  }

  return (
    <>
      <PageHeading title={t('participatie.places.title')}>{t('participatie.places.title')}</PageHeading>
      <Paragraph>{t('participatie.places.intro')}</Paragraph>
      {user.gemeenten.length > 1 ? (
        <SelectField id="plekken-gemeente" label={t('participatie.places.gemeente')} value={gemeenteId} options={user.gemeenten.map((g) => ({ value: g.id, label: g.name }))} onChange={setGemeenteId} />
      ) : null}
      <ActionNotice testId="plekken-notice" notice={notice} noticeRef={noticeRef} actionError={actionError} />
      {error ? (
        <ErrorAlert error={error} headingLevel={2} />
      ) : !data ? (
        <Loading />
      ) : (
        <>
          {data.places.length === 0 ? (
            <Paragraph>{t('participatie.places.empty')}</Paragraph>
          ) : (
            <ScrollTable captionId="plekken-caption" testId="participatieplekken" caption={t('participatie.places.caption')}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t('participatie.places.name')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('participatie.places.organisation')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('participatie.places.kind')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('participatie.places.hoursPerWeek')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('participatie.places.contact')}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t('participatie.places.active')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.places.map((p) => (
                  <TableRow key={p.id}>
                    <TableHeaderCell scope="row">{p.name}</TableHeaderCell>
                    <TableCell>{p.organisation}</TableCell>
                    <TableCell>{p.kindLabel}</TableCell>
                    <TableCell>{p.hoursPerWeek}</TableCell>
                    <TableCell>{p.contact ?? '—'}</TableCell>
                    <TableCell>
                      {p.active ? t('participatie.places.yes') : t('participatie.places.no')}
                      {data.canManage ? (
                        <ButtonGroup>
                          <SecondaryActionButton type="button" aria-label={t('participatie.places.editLabel', { name: p.name })} onClick={() => setEditing(p)}>
                            {t('participatie.places.edit')}
                          </SecondaryActionButton>
                          <SecondaryActionButton type="button" aria-label={t(p.active ? 'participatie.places.deactivateLabel' : 'participatie.places.activateLabel', { name: p.name })} onClick={() => void toggle(p)}>
                            {t(p.active ? 'participatie.places.deactivate' : 'participatie.places.activate')}
                          </SecondaryActionButton>
                        </ButtonGroup>
                      ) : null}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </ScrollTable>
          )}
          {data.canManage ? (
            <PlaceForm key={editing ? `${editing.id}-${editing.version}` : 'new'} gemeenteId={gemeenteId} editing={editing} onCancel={() => setEditing(null)} onSaved={(name) => changed(t('participatie.places.saved', { name }))} />
          ) : (
            <Paragraph>{t('participatie.places.readOnly')}</Paragraph>
          )}
        </>
      )}
    </>
  );
}

function PlaceForm({ gemeenteId, editing, onSaved, onCancel }: { gemeenteId: string; editing: ParticipationPlace | null; onSaved: (name: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [organisation, setOrganisation] = useState(editing?.organisation ?? '');
  const [name, setName] = useState(editing?.name ?? '');
  const [kind, setKind] = useState<ParticipationPlaceKind>(editing?.kind ?? 'vrijwilligerswerk');
  const [hoursPerWeek, setHoursPerWeek] = useState(editing ? String(editing.hoursPerWeek) : '');
  const [contact, setContact] = useState(editing?.contact ?? '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const hours = Number(hoursPerWeek);
      const fields = { organisation, name, kind, hoursPerWeek: hoursPerWeek.trim() === '' ? Number.NaN : hours, contact: contact.trim() || null };
      const saved = editing ? await updateParticipationPlace(editing, { ...fields, active: editing.active }) : await addParticipationPlace(gemeenteId, fields);
      onSaved(saved.name);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const fieldError = (field: string) => (isApiError(error) ? error.messageFor(field) : undefined);
  const atField = ['organisation', 'name', 'kind', 'hoursPerWeek', 'contact'].some((f) => fieldError(f) !== undefined);
  return (
    <form noValidate className="koers-form koers-panel" aria-labelledby="plek-form-heading" onSubmit={(e) => void submit(e)} data-testid="plek-form">
      <Heading2 id="plek-form-heading">{editing ? t('participatie.places.editTitle', { name: editing.name }) : t('participatie.places.add')}</Heading2>
      {error && !atField ? <ErrorAlert error={error} headingLevel={3} /> : null}
      <TextField id="plek-organisation" label={t('participatie.places.organisation')} value={organisation} required error={fieldError('organisation')} onChange={(e) => setOrganisation(e.target.value)} />
      <TextField id="plek-name" label={t('participatie.places.name')} value={name} required error={fieldError('name')} onChange={(e) => setName(e.target.value)} />
      <SelectField id="plek-kind" label={t('participatie.places.kind')} value={kind} error={fieldError('kind')} options={participationPlaceKinds.map((k) => ({ value: k, label: t(`participatie.kinds.${k}`) }))} onChange={setKind} />
      <TextField id="plek-hours" inputMode="numeric" label={t('participatie.places.hoursPerWeek')} value={hoursPerWeek} required error={fieldError('hoursPerWeek')} onChange={(e) => setHoursPerWeek(e.target.value)} />
      <TextField id="plek-contact" label={t('participatie.places.contact')} value={contact} error={fieldError('contact')} onChange={(e) => setContact(e.target.value)} />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {editing ? t('participatie.places.saveEdit') : t('participatie.places.submit')}
        </PrimaryActionButton>
        {editing ? (
          <SecondaryActionButton type="button" onClick={onCancel}>
            {t('participatie.places.cancel')}
          </SecondaryActionButton>
        ) : null}
      </ButtonGroup>
    </form>
  );
}
