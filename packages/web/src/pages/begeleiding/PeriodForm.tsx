// Start or change the period of the begeleiding; the expected end defaults to the gemeente's months.
import { ButtonGroup, Heading4, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import type { Begeleiding, BegeleidingPeriod, PeriodInput } from '../../api/begeleiding.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { todayIso } from '../../format/dates.ts';

export function PeriodForm({ idPrefix, begeleiding, save, onSaved }: { idPrefix: string; begeleiding: Begeleiding; save: (input: PeriodInput) => Promise<BegeleidingPeriod>; onSaved: () => void }) {
  const { t } = useTranslation();
  const current = begeleiding.period;
  const [startedOn, setStartedOn] = useState(current?.startedOn ?? todayIso());
  const [expectedEndOn, setExpectedEndOn] = useState(current?.expectedEndOn ?? '');
  const [endedOn, setEndedOn] = useState(current?.endedOn ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fieldError = (f: string) => (isApiError(error) ? error.messageFor(f) : undefined);
  const id = `${idPrefix}-period`;
  async function send(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await save({ version: current?.version ?? 0, startedOn, expectedEndOn: expectedEndOn || null, endedOn: endedOn || null });
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const atField = ['startedOn', 'expectedEndOn', 'endedOn'].some((f) => fieldError(f) !== undefined);
  return (
    <form noValidate className="koers-form koers-panel" aria-labelledby={`${id}-heading`} onSubmit={(e) => void send(e)} data-testid="begeleiding-period-form">
      <Heading4 id={`${id}-heading`}>{current ? t('begeleiding.period.change') : t('begeleiding.period.start')}</Heading4>
      {error && !atField ? <ErrorAlert error={error} headingLevel={5} /> : null}
      <TextField id={`${id}-start`} type="date" label={t('begeleiding.period.startedOn')} value={startedOn} required error={fieldError('startedOn')} onChange={(e) => setStartedOn(e.target.value)} />
      <TextField
        id={`${id}-expected`}
        type="date"
        label={t('begeleiding.period.expectedEndOn')}
        description={t('begeleiding.period.expectedEndDescription', { months: begeleiding.defaultMonths })}
        value={expectedEndOn}
        error={fieldError('expectedEndOn')}
        onChange={(e) => setExpectedEndOn(e.target.value)}
      />
      {current ? <TextField id={`${id}-ended`} type="date" label={t('begeleiding.period.endedOn')} value={endedOn} error={fieldError('endedOn')} onChange={(e) => setEndedOn(e.target.value)} /> : null}
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('begeleiding.period.submit')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}
