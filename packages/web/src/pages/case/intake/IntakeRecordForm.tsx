// The written record of the brede intake: every legally required theme as structured fields, notes,
// and completion with the person once every theme has content.
import { Button, ButtonGroup, Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { completeIntake, saveIntakeRecord, type Intake } from '../../../api/intake.ts';
import { themeFields } from '../../../api/voorbereiding.ts';
import { themeFieldLabel } from './themeLabels.ts';
import { buildThemes, flattenThemes, ThemeFieldsets, visibleThemeKeys, type ThemeValues } from './themes.tsx';
import { fieldError } from '../voorbereiding/fields.tsx';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';
import { TextField } from '../../../components/TextField.tsx';

export function IntakeRecordForm({ caseId, intake, canWrite, canReadSensitive, onChanged }: { caseId: string; intake: Intake; canWrite: boolean; canReadSensitive: boolean; onChanged: (intake: Intake) => void }) {
  const { t } = useTranslation();
  const record = intake.record;
  const completed = intake.allowedAction === 'completed';
  const [values, setValues] = useState<ThemeValues>(() => flattenThemes(record.themes));
  const [sensitiveNotes, setSensitiveNotes] = useState(record.sensitiveNotes ?? '');
  const [summary, setSummary] = useState(record.summary ?? '');
  const [activityHours, setActivityHours] = useState(record.activityHours === null ? '' : String(record.activityHours));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const visibleKeys = visibleThemeKeys(canReadSensitive);
  const readOnly = completed || !canWrite;

  const run = async (work: () => Promise<Intake>) => {
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const next = await work();
      setSaved(true);
      onChanged(next);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  const saveRecord = () =>
    saveIntakeRecord(caseId, {
      version: record.version,
      themes: buildThemes(values, visibleKeys),
      summary: summary.trim() || null,
      // Empty: none; anything else not a whole number goes as NaN (null) so the server names the field.
      activityHours: activityHours.trim() === '' ? null : /^\d+$/.test(activityHours.trim()) ? Number(activityHours.trim()) : Number.NaN,
      ...(canReadSensitive ? { sensitiveNotes: sensitiveNotes.trim() || null } : {}),
    });
  const save = (event: FormEvent) => {
    event.preventDefault();
    void run(saveRecord);
  };
  // Saves what is on screen first, then completes with the version that save returned.
  const complete = () =>
    void run(async () => {
      const stored = await saveRecord();
      return completeIntake(caseId, { version: stored.record.version, withoutPerson: false });
    });
  // Themes still empty on screen (a hidden sensitive theme counts as the server has it).
  const emptyOnScreen = visibleKeys.filter((key) => themeFields[key].every((field) => !(values[`${key}.${field}`] ?? '').trim()));
  const hiddenMissing = !canReadSensitive && record.missingThemes.some((m) => m.key === 'persoonlijkeOmstandigheden');
  const conversationMissing = !intake.completionWithPerson.allowed;
  const canComplete = emptyOnScreen.length === 0 && !hiddenMissing && !conversationMissing;

  if (readOnly) return <IntakeRecordReadOnly intake={intake} values={values} canReadSensitive={canReadSensitive} />;

  return (
    <form className="koers-form" onSubmit={save} noValidate data-testid="intake-record">
      {error ? <ErrorAlert error={error} /> : null}
      {saved ? (
        <Paragraph role="status">{t('intake.record.saved')}</Paragraph>
      ) : null}
      <ThemeFieldsets idPrefix="theme" keys={visibleKeys} values={values} setValues={setValues} error={error} />
      <TextAreaField id="theme-notities" label={t('intake.record.notes')} value={values.notities ?? ''} onChange={(v) => setValues((old) => ({ ...old, notities: v }))} error={fieldError(error, 'themes.notities')} />
      {canReadSensitive ? (
        <TextAreaField id="intake-sensitiveNotes" label={t('intake.record.sensitiveNotes')} description={t('intake.record.sensitiveThemeHint')} value={sensitiveNotes} onChange={setSensitiveNotes} error={fieldError(error, 'sensitiveNotes')} />
      ) : null}
      <TextAreaField id="intake-summary" label={t('intake.record.summary')} value={summary} onChange={setSummary} error={fieldError(error, 'summary')} />
      <TextField
        id="intake-activityHours"
        inputMode="numeric"
        label={t('intake.record.activityHours')}
        description={t('intake.record.activityHoursHint')}
        value={activityHours}
        onChange={(e) => setActivityHours(e.target.value)}
        error={fieldError(error, 'activityHours')}
      />
      <Paragraph id="intake-complete-status" aria-live="polite">
        {emptyOnScreen.length || hiddenMissing
          ? t('intake.record.missing', { themes: [...emptyOnScreen.map((k) => t(`intake.theme.${k}.title`)), ...(hiddenMissing ? [t('intake.theme.persoonlijkeOmstandigheden.title')] : [])].join(', ') })
          : t('intake.record.allFilled')}
        {conversationMissing && intake.completionWithPerson.reason ? (
          <>
            {' '}
            <span lang="nl" data-testid="intake-complete-blocked">
              {intake.completionWithPerson.reason}
            </span>
          </>
        ) : null}
      </Paragraph>
      <ButtonGroup>
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {t('intake.record.save')}
        </Button>
        <Button type="button" appearance="secondary-action-button" disabled={busy || !canComplete} onClick={complete} aria-describedby="intake-complete-hint intake-complete-status">
          {t('intake.record.complete')}
        </Button>
      </ButtonGroup>
      <Paragraph id="intake-complete-hint">{t('intake.record.completeHint')}</Paragraph>
    </form>
  );
}

/** The completed record (or what a reader without write access sees): every theme's fields as text. */
function IntakeRecordReadOnly({ intake, values, canReadSensitive }: { intake: Intake; values: ThemeValues; canReadSensitive: boolean }) {
  const { t } = useTranslation();
  const record = intake.record;
  const visibleKeys = visibleThemeKeys(canReadSensitive);
  return (
    <div data-testid="intake-record">
      {visibleKeys.map((key) => (
        <Fieldset key={key}>
          <FieldsetLegend>{t(`intake.theme.${key}.title`)}</FieldsetLegend>
          {themeFields[key].map((field) => (
            <Paragraph key={field}>
              <strong>{themeFieldLabel(t, key, field)}:</strong> {values[`${key}.${field}`] || '—'}
            </Paragraph>
          ))}
        </Fieldset>
      ))}
      <Paragraph>
        <strong>{t('intake.record.notes')}:</strong> {values.notities || '—'}
      </Paragraph>
      {canReadSensitive && record.sensitiveNotes ? (
        <Paragraph>
          <strong>{t('intake.record.sensitiveNotes')}:</strong> {record.sensitiveNotes}
        </Paragraph>
      ) : null}
      {record.summary ? (
        <Paragraph>
          <strong>{t('intake.record.summary')}:</strong> {record.summary}
        </Paragraph>
      ) : null}
      <Paragraph data-testid="intake-activity-hours">
        <strong>{t('intake.record.activityHours')}:</strong> {record.activityHours ?? '—'}
      </Paragraph>
      {record.sensitiveHidden ? <Paragraph>{t('intake.record.sensitiveHidden')}</Paragraph> : null}
    </div>
  );
}
