// Leerbaarheidstoets: appointment (date, place, device, supervisor), result or no-show, and the
// exemption for a visual or auditory impairment as the rules core decides it.
import { Button, ButtonGroup, Fieldset, FieldsetLegend, Heading4, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { planLearnabilityTest, routes, updateLearnabilityTest, type LearnabilityTest, type Route } from '../../../api/intake.ts';
import { CheckboxField, ExplanationText, fieldError } from '../voorbereiding/fields.tsx';
import { formatDate, formatDateTime, localToIso, todayIso } from '../../../format/dates.ts';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';

function useRun(onDone: () => void) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      onDone();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run };
}

function AppointmentForm({ caseId, test, onDone }: { caseId: string; test?: LearnabilityTest; onDone: () => void }) {
  const { t } = useTranslation();
  const id = `toets-${test?.id ?? 'new'}`;
  const [plannedAt, setPlannedAt] = useState('');
  const [location, setLocation] = useState(test?.location ?? '');
  const [device, setDevice] = useState(test?.device ?? '');
  const [supervisor, setSupervisor] = useState(test?.supervisor ?? '');
  const { error, busy, run } = useRun(onDone);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const at = localToIso(plannedAt) ?? '';
    const fields = { plannedAt: at, location, device, supervisor };
    void run(() => (test ? updateLearnabilityTest(caseId, test.id, { version: test.version, action: 'verplaatsen', ...fields }) : planLearnabilityTest(caseId, { kind: 'afspraak', ...fields })));
  };
  return (
    <form className="koers-form" onSubmit={submit} noValidate>
      <Fieldset>
        <FieldsetLegend>{test && test.status !== 'aangemeld' ? t('intake.toets.rescheduleTitle') : t('intake.toets.planTitle')}</FieldsetLegend>
        {error ? <ErrorAlert error={error} /> : null}
        <TextField id={`${id}-plannedAt`} type="datetime-local" required label={t('intake.toets.plannedAt')} value={plannedAt} onChange={(e) => setPlannedAt(e.target.value)} error={fieldError(error, 'plannedAt')} />
        <TextField id={`${id}-location`} required label={t('intake.toets.location')} value={location} onChange={(e) => setLocation(e.target.value)} error={fieldError(error, 'location')} />
        <TextField id={`${id}-device`} required label={t('intake.toets.device')} description={t('intake.toets.deviceHint')} value={device} onChange={(e) => setDevice(e.target.value)} error={fieldError(error, 'device')} />
        <TextField id={`${id}-supervisor`} required label={t('intake.toets.supervisor')} value={supervisor} onChange={(e) => setSupervisor(e.target.value)} error={fieldError(error, 'supervisor')} />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {test ? t('intake.toets.reschedule') : t('intake.toets.plan')}
        </Button>
      </Fieldset>
    </form>
  );
}

function ExemptionForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const [visual, setVisual] = useState(false);
  const [auditory, setAuditory] = useState(false);
  const [unable, setUnable] = useState(false);
  const [note, setNote] = useState('');
  const { error, busy, run } = useRun(onDone);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => planLearnabilityTest(caseId, { kind: 'ontheffing', visualImpairment: visual, auditoryImpairment: auditory, unableToTakeTest: auditory && unable, ...(note.trim() ? { note: note.trim() } : {}) }));
  };
  return (
    <form className="koers-form" onSubmit={submit} noValidate>
      <Fieldset>
        <FieldsetLegend>{t('intake.toets.exemptionTitle')}</FieldsetLegend>
        <Paragraph>{t('intake.toets.exemptionIntro')}</Paragraph>
        {error ? <ErrorAlert error={error} /> : null}
        <CheckboxField id="exemption-visual" label={t('intake.toets.visual')} checked={visual} onChange={setVisual} error={fieldError(error, 'visualImpairment')} />
        <CheckboxField id="exemption-auditory" label={t('intake.toets.auditory')} checked={auditory} onChange={setAuditory} error={fieldError(error, 'auditoryImpairment')} />
        {auditory ? <CheckboxField id="exemption-unable" label={t('intake.toets.unable')} checked={unable} onChange={setUnable} error={fieldError(error, 'unableToTakeTest')} /> : null}
        <TextAreaField id="exemption-note" label={t('intake.toets.note')} value={note} onChange={setNote} error={fieldError(error, 'note')} rows={2} />
        <Button type="submit" appearance="primary-action-button" disabled={busy}>
          {t('intake.toets.exemptionSubmit')}
        </Button>
      </Fieldset>
    </form>
  );
}

function ResultForm({ caseId, test, onDone }: { caseId: string; test: LearnabilityTest; onDone: () => void }) {
  const { t } = useTranslation();
  const id = `toets-${test.id}-result`;
  const [resultOn, setResultOn] = useState(todayIso());
  const [route, setRoute] = useState<Route>('B1');
  const [level, setLevel] = useState('');
  const [details, setDetails] = useState('');
  const { error, busy, run } = useRun(onDone);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(() => updateLearnabilityTest(caseId, test.id, { version: test.version, action: 'resultaat', resultOn, advisedRoute: route, ...(level.trim() ? { level: level.trim() } : {}), ...(details.trim() ? { details: details.trim() } : {}) }));
  };
  const simple = (action: 'niet-verschenen' | 'annuleren') => void run(() => updateLearnabilityTest(caseId, test.id, { version: test.version, action }));
  return (
    <form className="koers-form" onSubmit={submit} noValidate>
      <Fieldset>
        <FieldsetLegend>{t('intake.toets.resultTitle')}</FieldsetLegend>
        {error ? <ErrorAlert error={error} /> : null}
        <TextField id={`${id}-on`} type="date" label={t('intake.toets.resultOn')} value={resultOn} onChange={(e) => setResultOn(e.target.value)} error={fieldError(error, 'resultOn')} />
        <SelectField id={`${id}-route`} label={t('intake.toets.advisedRoute')} value={route} options={routes.map((r) => ({ value: r, label: t(`intake.route.${r}`) }))} onChange={setRoute} error={fieldError(error, 'advisedRoute')} />
        <TextField id={`${id}-level`} label={t('intake.toets.level')} value={level} onChange={(e) => setLevel(e.target.value)} error={fieldError(error, 'level')} />
        <TextAreaField id={`${id}-details`} label={t('intake.toets.details')} value={details} onChange={setDetails} error={fieldError(error, 'details')} rows={2} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            {t('intake.toets.resultSubmit')}
          </Button>
          <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={() => simple('niet-verschenen')}>
            {t('intake.toets.noShow')}
          </Button>
          <Button type="button" appearance="secondary-action-button" disabled={busy} onClick={() => simple('annuleren')}>
            {t('intake.toets.cancelAppointment')}
          </Button>
        </ButtonGroup>
      </Fieldset>
    </form>
  );
}

const statusKey = (s: LearnabilityTest['status']) => `intake.toets.status.${s}` as const;

export function LearnabilityTests({ caseId, tests, canWrite, onChanged }: { caseId: string; tests: LearnabilityTest[]; canWrite: boolean; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [mode, setMode] = useState<'none' | 'plan' | 'exemption'>('none');
  const planned = tests.find((x) => x.status === 'gepland');
  // A toets DUO registered (aangemeld) or a missed one gets a (new) appointment on the same record.
  const missed = tests.find((x) => x.status === 'aangemeld') ?? tests.find((x) => x.status === 'niet-verschenen');
  const settled = tests.some((x) => x.status === 'afgenomen' || x.status === 'ontheffing');
  const done = () => {
    setMode('none');
    onChanged();
  };
  return (
    <div data-testid="learnability-tests">
      {tests.length === 0 ? <Paragraph>{t('intake.toets.none')}</Paragraph> : null}
      <UnorderedList>
        {tests.map((x) => (
          <UnorderedListItem key={x.id}>
            <strong>{t(statusKey(x.status))}</strong>
            {x.plannedAt ? ` — ${formatDateTime(x.plannedAt, language)}` : ''}
            {x.location ? `, ${x.location}` : ''}
            {x.device ? `; ${t('intake.toets.device')}: ${x.device}` : ''}
            {x.supervisor ? `; ${t('intake.toets.supervisor')}: ${x.supervisor}` : ''}
            {x.status === 'afgenomen' && x.advisedRoute ? (
              <>
                {' — '}
                {t('intake.toets.resultLine', { date: formatDate(x.resultOn, language), route: t(`intake.route.${x.advisedRoute}`) })}
                {x.level ? `, ${t('intake.toets.level')}: ${x.level}` : ''}
                {x.details ? `. ${x.details}` : ''}
              </>
            ) : null}
            {x.exemptionExplanation ? <ExplanationText explanation={x.exemptionExplanation} /> : null}
          </UnorderedListItem>
        ))}
      </UnorderedList>
      {canWrite && planned ? (
        <>
          <Heading4>{t('intake.toets.plannedHeading')}</Heading4>
          <ResultForm caseId={caseId} test={planned} onDone={done} />
        </>
      ) : null}
      {canWrite && !planned && missed && !settled ? <AppointmentForm caseId={caseId} test={missed} onDone={done} /> : null}
      {canWrite && !settled ? (
        <>
          <ButtonGroup>
            {!planned && !missed ? (
              <Button type="button" appearance="secondary-action-button" aria-expanded={mode === 'plan'} onClick={() => setMode(mode === 'plan' ? 'none' : 'plan')}>
                {t('intake.toets.planTitle')}
              </Button>
            ) : null}
            <Button type="button" appearance="secondary-action-button" aria-expanded={mode === 'exemption'} onClick={() => setMode(mode === 'exemption' ? 'none' : 'exemption')}>
              {t('intake.toets.exemptionTitle')}
            </Button>
          </ButtonGroup>
          {mode === 'plan' && !planned ? <AppointmentForm caseId={caseId} onDone={done} /> : null}
          {mode === 'exemption' ? <ExemptionForm caseId={caseId} onDone={done} /> : null}
        </>
      ) : null}
    </div>
  );
}
