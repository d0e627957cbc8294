// Recording a voortgangsgesprek: who was there, the report per theme (gezondheid and gezin only for
// who may read special categories), the outcome; a doorverwijzing names an organisation of the sociale kaart.
import { ButtonGroup, Heading3, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { progressOutcomes, recordProgressMeeting, reportThemes, sensitiveThemes, type ProgressMeeting, type ProgressOutcome, type ReportTheme, type SensitiveTheme, type SocialeKaartOrganisation } from '../../../../api/voortgang.ts';
import { useFormSubmit } from '../../../../components/form/useFormSubmit.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { TextField } from '../../../../components/TextField.tsx';
import { SelectField } from '../../../../components/form/SelectField.tsx';
import { TextAreaField } from '../../../../components/form/TextAreaField.tsx';
import { todayIso } from '../../../../format/dates.ts';

const needsReason = (o: ProgressOutcome) => o === 'pip-wijzigen' || o === 'handhaving-starten' || o === 'extra-ondersteuning';

export function RecordMeetingForm({
  caseId,
  meeting,
  readsSensitive,
  organisations,
  onSaved,
  onCancel,
}: {
  caseId: string;
  meeting: ProgressMeeting;
  readsSensitive: boolean;
  organisations: SocialeKaartOrganisation[];
  onSaved: (meeting: ProgressMeeting) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [heldOn, setHeldOn] = useState(meeting.heldOn ?? (meeting.plannedOn <= todayIso() ? meeting.plannedOn : todayIso()));
  const [attendees, setAttendees] = useState(meeting.attendees ?? '');
  const [report, setReport] = useState<Partial<Record<ReportTheme, string>>>(meeting.report);
  const [sensitive, setSensitive] = useState<Partial<Record<SensitiveTheme, string>>>(meeting.sensitiveReport ?? {});
  const [outcome, setOutcome] = useState<ProgressOutcome>(meeting.outcome ?? 'doorgaan');
  const [reason, setReason] = useState(meeting.outcomeReason ?? '');
  const [organisationId, setOrganisationId] = useState(organisations[0]?.id ?? '');
  const [referralReason, setReferralReason] = useState('');
  const { busy, error, fieldError, run } = useFormSubmit();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const prefix = `gesprek-${meeting.id}`;

  useEffect(() => headingRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const referral = outcome === 'doorverwijzing' ? { organisationId, reason: referralReason } : null;
    const body = { version: meeting.version, heldOn, attendees, report, ...(readsSensitive ? { sensitiveReport: sensitive } : {}), outcome, outcomeReason: reason.trim() === '' ? null : reason, referral };
    await run(() => recordProgressMeeting(caseId, meeting.id, body), onSaved);
  }

  const fields = ['heldOn', 'attendees', 'outcome', 'outcomeReason', 'referral', 'referral.organisationId', 'referral.reason', 'sensitiveReport'];
  const atField = fields.some((f) => fieldError(f) !== undefined);
  return (
    <form noValidate className="koers-form koers-panel" aria-labelledby={`${prefix}-heading`} onSubmit={(e) => void submit(e)} data-testid="voortgang-record-form">
      <Heading3 id={`${prefix}-heading`} ref={headingRef} tabIndex={-1}>
        {t('voortgang.record.heading')}
      </Heading3>
      {error && !atField ? <ErrorAlert error={error} headingLevel={4} /> : null}
      <TextField id={`${prefix}-held`} type="date" label={t('voortgang.record.heldOn')} value={heldOn} required max={todayIso()} error={fieldError('heldOn')} onChange={(e) => setHeldOn(e.target.value)} />
      <TextField id={`${prefix}-attendees`} label={t('voortgang.record.attendees')} description={t('voortgang.record.attendeesHint')} value={attendees} required error={fieldError('attendees')} onChange={(e) => setAttendees(e.target.value)} />
      {reportThemes.map((theme) => (
        <TextAreaField key={theme} id={`${prefix}-${theme}`} label={t(`voortgang.themes.${theme}`)} rows={3} value={report[theme] ?? ''} error={fieldError(`report.${theme}`)} onChange={(v) => setReport((r) => ({ ...r, [theme]: v }))} />
      ))}
      {readsSensitive ? (
        sensitiveThemes.map((theme) => (
          <TextAreaField
            key={theme}
            id={`${prefix}-${theme}`}
            label={t(`voortgang.themes.${theme}`)}
            description={t('voortgang.record.sensitiveHint')}
            rows={3}
            value={sensitive[theme] ?? ''}
            error={fieldError(`sensitiveReport.${theme}`)}
            onChange={(v) => setSensitive((r) => ({ ...r, [theme]: v }))}
          />
        ))
      ) : (
        <Paragraph className="koers-muted">{t('voortgang.record.sensitiveHidden')}</Paragraph>
      )}
      <SelectField id={`${prefix}-outcome`} label={t('voortgang.record.outcome')} value={outcome} error={fieldError('outcome')} options={progressOutcomes.map((o) => ({ value: o, label: t(`voortgang.outcomes.${o}`) }))} onChange={setOutcome} />
      {outcome === 'pip-wijzigen' ? <Paragraph>{t('voortgang.record.pipChangeHint')}</Paragraph> : null}
      {outcome === 'handhaving-starten' ? <Paragraph>{t('voortgang.record.handhavingHint')}</Paragraph> : null}
      <TextAreaField id={`${prefix}-reason`} label={needsReason(outcome) ? t('voortgang.record.reasonRequired') : t('voortgang.record.reason')} rows={2} value={reason} error={fieldError('outcomeReason')} onChange={setReason} />
      {outcome === 'doorverwijzing' ? (
        organisations.length === 0 ? (
          <Paragraph data-testid="voortgang-no-organisations">{t('voortgang.record.noOrganisations')}</Paragraph>
        ) : (
          <>
            <SelectField
              id={`${prefix}-organisation`}
              label={t('voortgang.referrals.organisation')}
              value={organisationId}
              error={fieldError('referral.organisationId') ?? fieldError('referral')}
              options={organisations.map((o) => ({ value: o.id, label: `${o.name} (${t(`voortgang.kaartThemes.${o.theme}`)})` }))}
              onChange={setOrganisationId}
            />
            <TextAreaField id={`${prefix}-referral-reason`} label={t('voortgang.referrals.reason')} rows={2} value={referralReason} error={fieldError('referral.reason')} onChange={setReferralReason} />
          </>
        )
      ) : null}
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('voortgang.record.submit')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" disabled={busy} onClick={onCancel}>
          {t('voortgang.cancel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}
