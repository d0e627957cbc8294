import { ButtonGroup, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { addPvtSession, pvtTopics, type PvtGroup, type PvtTopic } from '../../api/pvtMap.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';

/** A session (dagdeel) of the programme: date, start time, hours and the topic. */
export function SessionForm({ group, onSaved }: { group: PvtGroup; onSaved: (next: PvtGroup) => void }) {
  const { t } = useTranslation();
  const [heldOn, setHeldOn] = useState('');
  const [startTime, setStartTime] = useState('09:30');
  const [hours, setHours] = useState('3');
  const [topic, setTopic] = useState<PvtTopic>('kernwaarden');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const parsed = Number(hours.replace(',', '.'));
      onSaved(await addPvtSession(group.id, { heldOn, startTime, hours: Number.isNaN(parsed) ? 0 : parsed, topic }));
      setHeldOn('');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const fieldError = (f: string) => (isApiError(error) ? error.messageFor(f) : undefined);
  const known = ['heldOn', 'startTime', 'hours', 'topic'].some((f) => fieldError(f) !== undefined);

  return (
    <form noValidate className="koers-form" aria-labelledby="pvt-session-heading" onSubmit={(e) => void submit(e)} data-testid="pvt-session-form">
      {error && !known ? <ErrorAlert error={error} /> : null}
      <TextField id="pvt-session-date" type="date" label={t('pvtmap.session.date')} value={heldOn} onChange={(e) => setHeldOn(e.target.value)} error={fieldError('heldOn')} />
      <TextField id="pvt-session-time" type="time" label={t('pvtmap.session.time')} value={startTime} onChange={(e) => setStartTime(e.target.value)} error={fieldError('startTime')} />
      <TextField id="pvt-session-hours" inputMode="decimal" label={t('pvtmap.session.hours')} value={hours} onChange={(e) => setHours(e.target.value)} error={fieldError('hours')} />
      <SelectField id="pvt-session-topic" label={t('pvtmap.session.topic')} value={topic} options={pvtTopics.map((x) => ({ value: x, label: t(`pvtmap.topic.${x}`) }))} onChange={setTopic} error={fieldError('topic')} />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('pvtmap.session.submit')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}
