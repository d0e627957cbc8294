import { ButtonGroup, Heading4, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../api/client.ts';
import { recordParticipationHours, type CaseParticipatie, type ParticipationPlacement } from '../../../../api/participatie.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { TextField } from '../../../../components/TextField.tsx';
import { todayIso } from '../../../../format/dates.ts';

/** The hours actually done on a participation place over a period; the total goes to DUO. */
export function HoursForm({ caseId, placement, onSaved }: { caseId: string; placement: ParticipationPlacement; onSaved: (next: CaseParticipatie) => void }) {
  const { t } = useTranslation();
  const [periodStart, setPeriodStart] = useState('');
  const [periodEnd, setPeriodEnd] = useState('');
  const [hours, setHours] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const id = `hours-${placement.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const parsed = Number(hours);
      const next = await recordParticipationHours(caseId, placement, { periodStart, periodEnd, hours: hours.trim() === '' ? Number.NaN : parsed });
      setNotice(next.queued ? t('participatie.hours.savedDuo') : t('participatie.hours.saved'));
      onSaved(next);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const fieldError = (f: string) => (isApiError(error) ? error.messageFor(f) : undefined);
  const known = ['periodStart', 'periodEnd', 'hours'].some((f) => fieldError(f) !== undefined);

  return (
    <form noValidate className="koers-form" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)} data-testid="participatie-hours-form">
      <Heading4 id={`${id}-heading`}>{t('participatie.hours.add', { name: placement.placeName })}</Heading4>
      {error && !known ? <ErrorAlert error={error} /> : null}
      <TextField id={`${id}-from`} type="date" label={t('participatie.hours.from')} value={periodStart} max={todayIso()} onChange={(e) => setPeriodStart(e.target.value)} error={fieldError('periodStart')} />
      <TextField id={`${id}-to`} type="date" label={t('participatie.hours.to')} value={periodEnd} max={todayIso()} onChange={(e) => setPeriodEnd(e.target.value)} error={fieldError('periodEnd')} />
      <TextField id={`${id}-hours`} inputMode="numeric" label={t('participatie.hours.hours')} value={hours} onChange={(e) => setHours(e.target.value)} error={fieldError('hours')} />
      {notice ? <Paragraph role="status">{notice}</Paragraph> : null}
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('participatie.hours.submit')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}
