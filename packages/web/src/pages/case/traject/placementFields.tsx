// The placement form's dates, and where the server's (and DUO's) messages about a placement belong.
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { TextField } from '../../../components/TextField.tsx';

/** DUO pre-validation codes (validatePlacementForDuo) → the form field they are about. */
const duoFieldOf: Record<string, string> = {
  'provider-not-recognised': 'instellingsnummer',
  'before-current-pip': 'offeredOn',
  'outside-term': 'expectedEndOn',
  'bridging-before-course-end': 'expectedEndOn',
};

/** The message for one field: the server's own, else DUO's pre-validation messages about that field. */
export function placementFieldError(error: unknown, field: string): string | undefined {
  if (!isApiError(error)) return undefined;
  const direct = error.messageFor(field);
  if (direct) return direct;
  const fromDuo = Object.entries(duoFieldOf)
    .filter(([code, f]) => f === field && error.fields[code])
    .map(([code]) => error.fields[code]);
  return fromDuo.length ? fromDuo.join(' ') : undefined;
}

export interface PlacementDates {
  offeredOn: string;
  expectedStartOn: string;
  expectedEndOn: string;
}

export function PlacementDateFields({ dates, onChange, fieldError }: { dates: PlacementDates; onChange: (key: keyof PlacementDates, value: string) => void; fieldError: (field: string) => string | undefined }) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        id="traject-offered-on"
        type="date"
        label={t('traject.placement.offeredOn')}
        description={t('traject.form.offeredOnDescription')}
        value={dates.offeredOn}
        required
        error={fieldError('offeredOn')}
        onChange={(e) => onChange('offeredOn', e.target.value)}
      />
      <TextField
        id="traject-expected-start"
        type="date"
        label={`${t('traject.placement.expectedStartOn')} ${t('traject.form.optional')}`}
        value={dates.expectedStartOn}
        error={fieldError('expectedStartOn')}
        onChange={(e) => onChange('expectedStartOn', e.target.value)}
      />
      <TextField
        id="traject-expected-end"
        type="date"
        label={`${t('traject.placement.expectedEndOn')} ${t('traject.form.optional')}`}
        value={dates.expectedEndOn}
        error={fieldError('expectedEndOn')}
        onChange={(e) => onChange('expectedEndOn', e.target.value)}
      />
    </>
  );
}
