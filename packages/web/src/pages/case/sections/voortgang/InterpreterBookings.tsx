// Tolken per gesprek (R21): the bookings of the case with their cost, and a form to book one.
import { ButtonGroup, Heading3, Paragraph, PrimaryActionButton, SecondaryActionButton, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../api/client.ts';
import { addInterpreterBooking, euro, interpreterKinds, interpreterStatuses, type InterpreterKind, type InterpreterStatus, type Voortgang } from '../../../../api/voortgang.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { ScrollTable } from '../../../../components/ScrollTable.tsx';
import { TextField } from '../../../../components/TextField.tsx';
import { SelectField } from '../../../../components/form/SelectField.tsx';
import { formatDate, todayIso } from '../../../../format/dates.ts';

export function InterpreterBookings({ caseId, voortgang, canWrite, onChanged }: { caseId: string; voortgang: Voortgang; canWrite: boolean; onChanged: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [open, setOpen] = useState(false);
  const meetingLabel = (kind: string, id: string) => {
    if (kind === 'voortgang') {
      const m = voortgang.meetings.find((x) => x.id === id);
      return m ? t('voortgang.bookings.progressMeeting', { date: formatDate(m.heldOn ?? m.plannedOn, language) }) : t('voortgang.bookings.progressMeetingUnknown');
    }
    return t('voortgang.bookings.intakeMeeting');
  };
  return (
    <section aria-labelledby="voortgang-tolken-heading">
      <Heading3 id="voortgang-tolken-heading">{t('voortgang.bookings.title')}</Heading3>
      {voortgang.interpreterBookings.length === 0 ? (
        <Paragraph>{t('voortgang.bookings.empty')}</Paragraph>
      ) : (
        <ScrollTable captionId="voortgang-tolken-caption" testId="voortgang-bookings" caption={t('voortgang.bookings.caption')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('voortgang.bookings.bookedOn')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('voortgang.bookings.meeting')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('voortgang.bookings.language')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('voortgang.bookings.kind')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('voortgang.bookings.provider')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('voortgang.bookings.cost')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('voortgang.bookings.status')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {voortgang.interpreterBookings.map((b) => (
              <TableRow key={b.id}>
                <TableHeaderCell scope="row">{formatDate(b.bookedOn, language)}</TableHeaderCell>
                <TableCell>{meetingLabel(b.meetingKind, b.meetingId)}</TableCell>
                <TableCell>{b.language}</TableCell>
                <TableCell>{t(`voortgang.interpreterKinds.${b.kind}`)}</TableCell>
                <TableCell>{b.providerName}</TableCell>
                <TableCell>{euro(b.costCents, language)}</TableCell>
                <TableCell>{t(`voortgang.interpreterStatuses.${b.status}`)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </ScrollTable>
      )}
      <Paragraph data-testid="voortgang-interpreter-total">{t('voortgang.bookings.total', { amount: euro(voortgang.interpreterCostCents, language) })}</Paragraph>
      {canWrite && open ? (
        <BookingForm caseId={caseId} voortgang={voortgang} meetingLabel={meetingLabel} onSaved={() => { setOpen(false); onChanged(t('voortgang.bookings.saved')); }} onCancel={() => setOpen(false)} />
      ) : canWrite ? (
        <ButtonGroup>
          <SecondaryActionButton type="button" onClick={() => setOpen(true)}>
            {t('voortgang.bookings.add')}
          </SecondaryActionButton>
        </ButtonGroup>
      ) : null}
    </section>
  );
}

function BookingForm({ caseId, voortgang, meetingLabel, onSaved, onCancel }: { caseId: string; voortgang: Voortgang; meetingLabel: (kind: string, id: string) => string; onSaved: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const meetings = [
    ...voortgang.meetings.filter((m) => m.status !== 'vervallen').map((m) => ({ value: `voortgang:${m.id}`, label: meetingLabel('voortgang', m.id) })),
    ...voortgang.intakeMeetings.map((m) => ({ value: `intake:${m.id}`, label: meetingLabel('intake', m.id) })),
  ];
  const [meeting, setMeeting] = useState(meetings[0]?.value ?? '');
  const [bookedOn, setBookedOn] = useState(todayIso());
  const [language, setLanguage] = useState('');
  const [kind, setKind] = useState<InterpreterKind>('telefonisch');
  const [providerName, setProviderName] = useState('');
  const [cost, setCost] = useState('');
  const [status, setStatus] = useState<InterpreterStatus>('aangevraagd');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const [meetingKind, meetingId] = meeting.split(':');
    const euros = Number(cost.replace(',', '.'));
    try {
      await addInterpreterBooking(caseId, {
        meetingKind: meetingKind === 'intake' ? 'intake' : 'voortgang',
        meetingId: meetingId ?? '',
        bookedOn,
        language,
        kind,
        providerName,
        costCents: cost.trim() === '' || Number.isNaN(euros) ? -1 : Math.round(euros * 100),
        status,
      });
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const fieldError = (field: string) => (isApiError(error) ? error.messageFor(field) : undefined);
  const atField = ['meetingId', 'bookedOn', 'language', 'kind', 'providerName', 'costCents', 'status'].some((f) => fieldError(f) !== undefined);
  return (
    <form noValidate className="koers-form koers-panel" aria-labelledby="voortgang-booking-heading" onSubmit={(e) => void submit(e)} data-testid="voortgang-booking-form">
      <Heading3 id="voortgang-booking-heading">{t('voortgang.bookings.add')}</Heading3>
      {error && !atField ? <ErrorAlert error={error} headingLevel={4} /> : null}
      <SelectField id="booking-meeting" label={t('voortgang.bookings.meeting')} value={meeting} error={fieldError('meetingId')} options={meetings} onChange={setMeeting} />
      <TextField id="booking-date" type="date" label={t('voortgang.bookings.bookedOn')} value={bookedOn} required error={fieldError('bookedOn')} onChange={(e) => setBookedOn(e.target.value)} />
      <TextField id="booking-language" label={t('voortgang.bookings.language')} value={language} required error={fieldError('language')} onChange={(e) => setLanguage(e.target.value)} />
      <SelectField id="booking-kind" label={t('voortgang.bookings.kind')} value={kind} error={fieldError('kind')} options={interpreterKinds.map((k) => ({ value: k, label: t(`voortgang.interpreterKinds.${k}`) }))} onChange={setKind} />
      <TextField id="booking-provider" label={t('voortgang.bookings.provider')} value={providerName} required error={fieldError('providerName')} onChange={(e) => setProviderName(e.target.value)} />
      <TextField id="booking-cost" inputMode="decimal" label={t('voortgang.bookings.costEuro')} description={t('voortgang.bookings.costHint')} value={cost} error={fieldError('costCents')} onChange={(e) => setCost(e.target.value)} />
      <SelectField id="booking-status" label={t('voortgang.bookings.status')} value={status} error={fieldError('status')} options={interpreterStatuses.map((s) => ({ value: s, label: t(`voortgang.interpreterStatuses.${s}`) }))} onChange={setStatus} />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('voortgang.bookings.submit')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" disabled={busy} onClick={onCancel}>
          {t('voortgang.cancel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}
