// Plan or record a meeting (warme overdracht, kennismaking, intakegesprek), or change one.
import { Button, ButtonGroup, Fieldset, FieldsetLegend } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import {
  createMeeting,
  meetingModes,
  meetingStatuses,
  updateMeeting,
  type Meeting,
  type MeetingKind,
  type MeetingMode,
  type MeetingStatus,
  type Participant,
} from '../../../api/voorbereiding.ts';
import { buildThemes, flattenThemes, visibleThemeKeys, type ThemeValues } from '../intake/themes.tsx';
import { CheckboxField, fieldError } from './fields.tsx';
import { isoToLocal, localToIso } from '../../../format/dates.ts';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';
import { useFormSubmit } from '../../../components/form/useFormSubmit.ts';
import { IntakeMeetingFields } from './IntakeMeetingFields.tsx';
import { ParticipantsFieldset } from './ParticipantsFieldset.tsx';

export interface MeetingFormProps {
  caseId: string;
  /** The kinds that may be chosen (a new meeting) — ignored when editing. */
  kinds: readonly MeetingKind[];
  meeting?: Meeting;
  canReadSensitive: boolean;
  onSaved: (meeting: Meeting) => void;
  onCancel: () => void;
}

export function MeetingForm({ caseId, kinds, meeting, canReadSensitive, onSaved, onCancel }: MeetingFormProps) {
  const { t } = useTranslation();
  const idPrefix = `meeting-${meeting?.id ?? 'new'}`;
  const [kind, setKind] = useState<MeetingKind>(meeting?.kind ?? kinds[0] ?? 'kennismaking');
  const [plannedAt, setPlannedAt] = useState(isoToLocal(meeting?.plannedAt ?? null));
  const [location, setLocation] = useState(meeting?.location ?? '');
  const [mode, setMode] = useState<MeetingMode>(meeting?.mode ?? 'fysiek');
  const [status, setStatus] = useState<MeetingStatus>(meeting?.status ?? 'gepland');
  const [participants, setParticipants] = useState<Participant[]>(meeting?.participants ?? []);
  const [interpreter, setInterpreter] = useState(meeting?.interpreter ?? false);
  const [interpreterLanguage, setInterpreterLanguage] = useState(meeting?.interpreterLanguage ?? '');
  const [interviewedAlone, setInterviewedAlone] = useState(meeting?.interviewedAlone ?? false);
  const [notes, setNotes] = useState(meeting?.notes ?? '');
  const [outcome, setOutcome] = useState(meeting?.outcome ?? '');
  const [sensitiveNotes, setSensitiveNotes] = useState(meeting?.sensitiveNotes ?? '');
  const [themeValues, setThemeValues] = useState<ThemeValues>(() => flattenThemes(meeting?.themes ?? {}));
  const themeKeysShown = visibleThemeKeys(canReadSensitive);
  const { busy, error, run } = useFormSubmit();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      plannedAt: localToIso(plannedAt) ?? null,
      location: location.trim() || null,
      mode,
      status,
      participants: participants.filter((p) => p.name.trim() !== ''),
      interpreter,
      interpreterLanguage: interpreter ? interpreterLanguage.trim() || null : null,
      ...(kind === 'intakegesprek' ? { interviewedAlone, themes: buildThemes(themeValues, themeKeysShown) } : {}),
      notes: notes.trim() || null,
      outcome: outcome.trim() || null,
      ...(canReadSensitive ? { sensitiveNotes: sensitiveNotes.trim() || null } : {}),
    };
    await run(() => (meeting ? updateMeeting(caseId, meeting.id, { ...fields, version: meeting.version }) : createMeeting(caseId, { ...fields, kind })), onSaved);
  };

  return (
    <form className="koers-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${idPrefix}-legend`}>
      <Fieldset>
        <FieldsetLegend id={`${idPrefix}-legend`}>{meeting ? t('voorbereiding.meeting.editTitle', { kind: t(`voorbereiding.kind.${meeting.kind}`) }) : t('voorbereiding.meeting.newTitle')}</FieldsetLegend>
        {error ? <ErrorAlert error={error} /> : null}
        {meeting ? null : (
          <SelectField
            id={`${idPrefix}-kind`}
            label={t('voorbereiding.meeting.kind')}
            value={kind}
            options={kinds.map((k) => ({ value: k, label: t(`voorbereiding.kind.${k}`) }))}
            onChange={setKind}
            error={fieldError(error, 'kind')}
          />
        )}
        <TextField id={`${idPrefix}-plannedAt`} type="datetime-local" label={t('voorbereiding.meeting.plannedAt')} value={plannedAt} onChange={(e) => setPlannedAt(e.target.value)} error={fieldError(error, 'plannedAt')} />
        <TextField id={`${idPrefix}-location`} label={t('voorbereiding.meeting.location')} value={location} onChange={(e) => setLocation(e.target.value)} error={fieldError(error, 'location')} />
        <SelectField
          id={`${idPrefix}-mode`}
          label={t('voorbereiding.meeting.mode')}
          description={t('voorbereiding.meeting.modeHint')}
          value={mode}
          options={meetingModes.map((m) => ({ value: m, label: t(`voorbereiding.mode.${m}`) }))}
          onChange={setMode}
          error={fieldError(error, 'mode')}
        />
        <SelectField
          id={`${idPrefix}-status`}
          label={t('voorbereiding.meeting.status')}
          value={status}
          options={meetingStatuses.map((s) => ({ value: s, label: t(`voorbereiding.status.${s}`) }))}
          onChange={setStatus}
          error={fieldError(error, 'status')}
        />
        <ParticipantsFieldset idPrefix={idPrefix} participants={participants} setParticipants={setParticipants} error={error} />
        <CheckboxField id={`${idPrefix}-interpreter`} label={t('voorbereiding.meeting.interpreter')} checked={interpreter} onChange={setInterpreter} error={fieldError(error, 'interpreter')} />
        {interpreter ? (
          <TextField id={`${idPrefix}-interpreterLanguage`} label={t('voorbereiding.meeting.interpreterLanguage')} value={interpreterLanguage} onChange={(e) => setInterpreterLanguage(e.target.value)} error={fieldError(error, 'interpreterLanguage')} />
        ) : null}
        {kind === 'intakegesprek' ? (
          <IntakeMeetingFields idPrefix={idPrefix} interviewedAlone={interviewedAlone} setInterviewedAlone={setInterviewedAlone} themes={{ keys: themeKeysShown, values: themeValues, setValues: setThemeValues, open: Object.keys(meeting?.themes ?? {}).length > 0 }} error={error} />
        ) : null}
        <TextAreaField id={`${idPrefix}-notes`} label={t('voorbereiding.meeting.notes')} value={notes} onChange={setNotes} error={fieldError(error, 'notes')} />
        <TextAreaField id={`${idPrefix}-outcome`} label={t('voorbereiding.meeting.outcome')} value={outcome} onChange={setOutcome} error={fieldError(error, 'outcome')} />
        {canReadSensitive ? (
          <TextAreaField id={`${idPrefix}-sensitiveNotes`} label={t('voorbereiding.meeting.sensitiveNotes')} description={t('voorbereiding.meeting.sensitiveNotesHint')} value={sensitiveNotes} onChange={setSensitiveNotes} error={fieldError(error, 'sensitiveNotes')} />
        ) : null}
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            {meeting ? t('voorbereiding.meeting.save') : t('voorbereiding.meeting.create')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={onCancel}>
            {t('voorbereiding.cancel')}
          </Button>
        </ButtonGroup>
      </Fieldset>
    </form>
  );
}
