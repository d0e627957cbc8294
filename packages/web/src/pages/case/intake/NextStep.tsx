// The step the rules core allows now, with its explanation, and exactly that one action.
import { Alert, Button, ButtonGroup, Fieldset, FieldsetLegend, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { completeIntake, invitationOutcomes, registerOutcome, sendInvitation, type Intake } from '../../../api/intake.ts';
import { ExplanationText, fieldError } from '../voorbereiding/fields.tsx';
import { localToIso, todayIso } from '../../../format/dates.ts';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';

type Outcome = (typeof invitationOutcomes)[number];

function useSubmit(onDone: (intake: Intake) => void) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<Intake>) => {
    setBusy(true);
    setError(null);
    try {
      const intake = await work();
      onDone(intake);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

function InvitationForm({ caseId, repeat, onDone }: { caseId: string; repeat: boolean; onDone: (intake: Intake) => void }) {
  const { t } = useTranslation();
  const [respondBy, setRespondBy] = useState('');
  const [appointmentAt, setAppointmentAt] = useState('');
  const [location, setLocation] = useState('');
  const { error, busy, run } = useSubmit(onDone);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const appointment = localToIso(appointmentAt);
    void run(async () => {
      const sent = await sendInvitation(caseId, { respondBy, ...(appointment ? { appointmentAt: appointment } : {}), ...(location.trim() ? { location: location.trim() } : {}) });
      return sent.intake;
    });
  };
  return (
    <form className="koers-form" onSubmit={submit} noValidate data-testid="invitation-form">
      <Fieldset>
        <FieldsetLegend>{repeat ? t('intake.invite.repeatTitle') : t('intake.invite.title')}</FieldsetLegend>
        {repeat ? <Paragraph>{t('intake.invite.repeatIntro')}</Paragraph> : <Paragraph>{t('intake.invite.intro')}</Paragraph>}
        {error ? <ErrorAlert error={error} /> : null}
        <TextField id="invite-respondBy" type="date" required label={t('intake.invite.respondBy')} description={t('intake.invite.respondByHint')} value={respondBy} onChange={(e) => setRespondBy(e.target.value)} error={fieldError(error, 'respondBy')} />
        <TextField id="invite-appointmentAt" type="datetime-local" label={t('intake.invite.appointmentAt')} description={t('intake.invite.optional')} value={appointmentAt} onChange={(e) => setAppointmentAt(e.target.value)} error={fieldError(error, 'appointmentAt')} />
        <TextField id="invite-location" label={t('intake.invite.location')} description={t('intake.invite.optional')} value={location} onChange={(e) => setLocation(e.target.value)} error={fieldError(error, 'location')} />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {repeat ? t('intake.invite.repeatSubmit') : t('intake.invite.submit')}
        </Button>
      </Fieldset>
    </form>
  );
}

function OutcomeForm({ caseId, intake, onDone }: { caseId: string; intake: Intake; onDone: (intake: Intake) => void }) {
  const { t } = useTranslation();
  const last = intake.invitations[intake.invitations.length - 1];
  const [outcome, setOutcome] = useState<Outcome>('appeared');
  const [outcomeOn, setOutcomeOn] = useState(todayIso());
  const { error, busy, run } = useSubmit(onDone);
  if (!last) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => registerOutcome(caseId, last.id, { outcome, ...(outcomeOn ? { outcomeOn } : {}) }));
  };
  return (
    <form className="koers-form" onSubmit={submit} noValidate data-testid="outcome-form">
      <Fieldset>
        <FieldsetLegend>{t('intake.outcome.title', { n: last.sequence })}</FieldsetLegend>
        {error ? <ErrorAlert error={error} /> : null}
        <SelectField
          id="outcome-value"
          label={t('intake.outcome.label')}
          value={outcome}
          options={invitationOutcomes.map((o) => ({ value: o, label: t(`intake.outcomeValue.${o}`) }))}
          onChange={setOutcome}
          error={fieldError(error, 'outcome')}
        />
        <TextField id="outcome-on" type="date" label={t('intake.outcome.on')} value={outcomeOn} onChange={(e) => setOutcomeOn(e.target.value)} error={fieldError(error, 'outcomeOn')} />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {t('intake.outcome.submit')}
        </Button>
      </Fieldset>
    </form>
  );
}

function CompleteInAbsenceForm({ caseId, intake, onDone }: { caseId: string; intake: Intake; onDone: (intake: Intake) => void }) {
  const { t } = useTranslation();
  const [summary, setSummary] = useState('');
  const { error, busy, run } = useSubmit(onDone);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => completeIntake(caseId, { version: intake.record.version, withoutPerson: true, ...(summary.trim() ? { summary: summary.trim() } : {}) }));
  };
  return (
    <form className="koers-form" onSubmit={submit} noValidate data-testid="complete-absence-form">
      <Fieldset>
        <FieldsetLegend>{t('intake.absence.title')}</FieldsetLegend>
        <Paragraph>{t('intake.absence.intro')}</Paragraph>
        {error ? <ErrorAlert error={error} /> : null}
        <TextAreaField id="absence-summary" label={t('intake.absence.summary')} value={summary} onChange={setSummary} error={fieldError(error, 'summary')} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            {t('intake.absence.submit')}
          </Button>
        </ButtonGroup>
      </Fieldset>
    </form>
  );
}

export function NextStep({ caseId, intake, canWrite, onChanged }: { caseId: string; intake: Intake; canWrite: boolean; onChanged: (intake: Intake) => void }) {
  const { t } = useTranslation();
  const action = intake.allowedAction;
  return (
    <div data-testid="intake-next-step">
      <Heading3>{t('intake.next.title')}</Heading3>
      <Alert type={action === 'wait-for-housing' || intake.nextStep.fineable ? 'warning' : 'info'} className="koers-alert">
        <Paragraph>
          <strong>{t(`intake.next.action.${action}`)}</strong>
        </Paragraph>
        {action === 'wait-for-housing' ? <Paragraph>{intake.scenario.explanation}</Paragraph> : action === 'completed' ? null : <ExplanationText explanation={intake.nextStep.explanation} />}
        {intake.nextStep.fineable && action !== 'completed' ? <Paragraph>{t('intake.next.fineable')}</Paragraph> : null}
      </Alert>
      {canWrite ? (
        <>
          {action === 'invite' ? <InvitationForm caseId={caseId} repeat={false} onDone={onChanged} /> : null}
          {action === 'warn-and-reinvite' ? <InvitationForm caseId={caseId} repeat onDone={onChanged} /> : null}
          {action === 'await-response' ? <OutcomeForm caseId={caseId} intake={intake} onDone={onChanged} /> : null}
          {action === 'complete-in-absence' ? <CompleteInAbsenceForm caseId={caseId} intake={intake} onDone={onChanged} /> : null}
        </>
      ) : null}
    </div>
  );
}
