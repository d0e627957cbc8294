// Reporting one week of a placement: the week's Monday, present or absent (with a reason), and the
// hours per lesson category.
import { ButtonGroup, FormFieldErrorMessage, Heading4, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { absenceReasons, lessonCategories, type AbsenceReason, type LessonCategory } from '../../api/aanbieder.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { useReportSubmit } from './useReportSubmit.ts';

type Presence = 'ja' | 'nee';

export function WeekReportForm({
  placementId,
  personName,
  onDone,
}: {
  placementId: string;
  personName: string;
  onDone: (outcome: string) => void;
}) {
  const { t } = useTranslation();
  const id = `aanbieder-week-${placementId}`;
  const [week, setWeek] = useState('');
  const [presence, setPresence] = useState<Presence>('ja');
  const [reason, setReason] = useState<AbsenceReason>('ziek');
  const [hours, setHours] = useState<Record<LessonCategory, string>>({ nederlands: '', alfabetisering: '', knm: '' });
  const { submit, busy, error, fieldError } = useReportSubmit(placementId, onDone);

  function send(event: FormEvent) {
    event.preventDefault();
    const present = presence === 'ja';
    const reported: Partial<Record<LessonCategory, number>> = {};
    for (const c of lessonCategories) if (hours[c].trim() !== '') reported[c] = Number(hours[c]);
    void submit({ kind: 'week', week, present, absenceReason: present ? null : reason, hours: present ? reported : {} });
  }

  const hoursError = fieldError('hours');
  const atField = ['week', 'present', 'absenceReason', 'hours', ...lessonCategories.map((c) => `hours.${c}`)].some(
    (f) => fieldError(f) !== undefined,
  );
  return (
    <form noValidate className="koers-form koers-panel" aria-labelledby={`${id}-heading`} onSubmit={send} data-testid="aanbieder-week-form">
      <Heading4 id={`${id}-heading`}>{t('aanbieder.week.heading', { name: personName })}</Heading4>
      {error && !atField ? <ErrorAlert error={error} headingLevel={5} /> : null}
      <TextField
        id={`${id}-date`}
        type="date"
        label={t('aanbieder.week.week')}
        description={t('aanbieder.week.weekHint')}
        value={week}
        required
        error={fieldError('week')}
        onChange={(e) => setWeek(e.target.value)}
      />
      <SelectField<Presence>
        id={`${id}-present`}
        label={t('aanbieder.week.present')}
        value={presence}
        error={fieldError('present')}
        options={[
          { value: 'ja', label: t('aanbieder.week.presentYes') },
          { value: 'nee', label: t('aanbieder.week.presentNo') },
        ]}
        onChange={setPresence}
      />
      {presence === 'nee' ? (
        <SelectField<AbsenceReason>
          id={`${id}-reason`}
          label={t('aanbieder.week.absenceReason')}
          value={reason}
          error={fieldError('absenceReason')}
          options={absenceReasons.map((r) => ({ value: r, label: t(`aanbieder.absenceReason.${r}`) }))}
          onChange={setReason}
        />
      ) : (
        <fieldset className="utrecht-form-fieldset koers-fieldset" aria-describedby={hoursError ? `${id}-hours-error` : undefined}>
          <legend className="utrecht-form-fieldset__legend">{t('aanbieder.week.hoursLegend')}</legend>
          {hoursError ? (
            <FormFieldErrorMessage id={`${id}-hours-error`} className="utrecht-form-field__error-message">
              {hoursError}
            </FormFieldErrorMessage>
          ) : null}
          {lessonCategories.map((c) => (
            <TextField
              key={c}
              id={`${id}-hours-${c}`}
              type="number"
              inputMode="numeric"
              min={0}
              max={60}
              label={t(`aanbieder.lessonCategory.${c}`)}
              value={hours[c]}
              error={fieldError(`hours.${c}`)}
              onChange={(e) => setHours((h) => ({ ...h, [c]: e.target.value }))}
            />
          ))}
        </fieldset>
      )}
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('aanbieder.week.submit')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}
