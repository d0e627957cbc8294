import { ButtonGroup, Heading4, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../../api/client.ts';
import { decideExtension, extensionGrounds, requestExtension, type EindeOverview, type Extension, type ExtensionGround } from '../../../../api/einde.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { TextField } from '../../../../components/TextField.tsx';
import { TextAreaField } from '../../../../components/form/TextAreaField.tsx';
import { formatDate, lastDay, todayIso } from '../../../../format/dates.ts';
import { RadioGroup } from '../../pip/fields.tsx';

type Saved = (next: EindeOverview) => void;

/** Requests to extend the termijn: each with its decision and letter; a form for a new request or the decision on the open one. */
export function ExtensionPanel({ caseId, overview, canWrite, onSaved }: { caseId: string; overview: EindeOverview; canWrite: boolean; onSaved: Saved }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const open = overview.extensions.find((e) => e.decision === null);
  return (
    <>
      <Heading4>{t('einde.extension.title')}</Heading4>
      {overview.extensions.length === 0 ? <Paragraph>{t('einde.extension.none')}</Paragraph> : null}
      {overview.extensions.map((e) => (
        <div key={e.id} data-testid="einde-extension" className="koers-panel">
          <Paragraph>
            {t('einde.extension.request', { ground: e.groundLabel, months: e.months, date: formatDate(e.requestedOn, language) })}
            {e.motivation ? ` ${e.motivation}` : ''}
          </Paragraph>
          {e.assessment ? <Paragraph>{e.assessment.explanation.summary}</Paragraph> : null}
          <Paragraph>
            {e.decision === null
              ? t('einde.extension.undecided')
              : e.decision === 'toegekend'
                ? t('einde.extension.granted', { date: formatDate(e.decidedOn, language), end: e.newEndExclusive ? formatDate(lastDay(e.newEndExclusive), language) : '—' })
                : t('einde.extension.refused', { date: formatDate(e.decidedOn, language) })}
            {e.decisionMotivation ? ` ${e.decisionMotivation}` : ''}
          </Paragraph>
          {e.decision !== null ? <Paragraph>{t('einde.extension.noDuo')}</Paragraph> : null}
        </div>
      ))}
      {canWrite && !overview.closed ? open ? <DecisionForm caseId={caseId} extension={open} onSaved={onSaved} /> : overview.term.endExclusive ? <RequestForm caseId={caseId} onSaved={onSaved} /> : null : null}
    </>
  );
}

function useFieldErrors(error: unknown) {
  return (field: string) => (isApiError(error) ? error.messageFor(field) : undefined);
}

function RequestForm({ caseId, onSaved }: { caseId: string; onSaved: Saved }) {
  const { t } = useTranslation();
  const [ground, setGround] = useState<ExtensionGround | null>(null);
  const [requestedOn, setRequestedOn] = useState(todayIso());
  const [months, setMonths] = useState('6');
  const [lessons, setLessons] = useState<'ja' | 'nee' | null>(null);
  const [hours, setHours] = useState('');
  const [motivation, setMotivation] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fieldError = useFieldErrors(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!ground) {
      setError(new Error(t('einde.extension.groundRequired')));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onSaved(
        await requestExtension(caseId, {
          ground,
          requestedOn,
          months: ground === 'aanzienlijke-inspanningen' ? 6 : Number(months),
          motivation: motivation.trim() || null,
          ...(ground === 'aanzienlijke-inspanningen' && lessons !== null ? { allLessonsFollowed: lessons === 'ja' } : {}),
          ...(ground === 'aanzienlijke-inspanningen' && hours.trim() !== '' ? { lessonHours: Number(hours) } : {}),
        }),
      );
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const known = ['ground', 'requestedOn', 'months', 'allLessonsFollowed', 'lessonHours', 'motivation'];
  const unplaced = error && !(isApiError(error) && known.some((f) => fieldError(f)));
  return (
    <form noValidate className="koers-form" aria-labelledby="einde-request-heading" onSubmit={(e) => void submit(e)} data-testid="einde-request-form">
      <Heading4 id="einde-request-heading">{t('einde.extension.requestTitle')}</Heading4>
      {unplaced ? <ErrorAlert error={error} headingLevel={5} /> : null}
      <RadioGroup id="einde-ground" legend={t('einde.extension.ground')} error={fieldError('ground')} options={extensionGrounds.map((g) => ({ value: g, label: t(`einde.ground.${g}`) }))} value={ground} onChange={setGround} />
      <TextField id="einde-requested-on" type="date" label={t('einde.extension.requestedOn')} value={requestedOn} max={todayIso()} error={fieldError('requestedOn')} onChange={(e) => setRequestedOn(e.target.value)} />
      {ground === 'aanzienlijke-inspanningen' ? (
        <>
          <Paragraph>{t('einde.extension.sixMonths')}</Paragraph>
          <RadioGroup
            id="einde-lessons"
            legend={t('einde.extension.allLessons')}
            error={fieldError('allLessonsFollowed')}
            options={[
              { value: 'ja', label: t('einde.yes') },
              { value: 'nee', label: t('einde.no') },
            ]}
            value={lessons}
            onChange={setLessons}
          />
          <TextField id="einde-hours" type="number" inputMode="numeric" min={0} label={t('einde.extension.lessonHours')} description={t('einde.extension.lessonHoursHint')} value={hours} error={fieldError('lessonHours')} onChange={(e) => setHours(e.target.value)} />
        </>
      ) : (
        <TextField id="einde-months" type="number" inputMode="numeric" min={1} max={36} label={t('einde.extension.months')} value={months} error={fieldError('months')} onChange={(e) => setMonths(e.target.value)} />
      )}
      <TextAreaField id="einde-motivation" label={t('einde.extension.motivation')} value={motivation} onChange={setMotivation} rows={2} error={fieldError('motivation')} />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('einde.extension.submitRequest')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}

function DecisionForm({ caseId, extension, onSaved }: { caseId: string; extension: Extension; onSaved: Saved }) {
  const { t } = useTranslation();
  const [decision, setDecision] = useState<'toegekend' | 'afgewezen' | null>(null);
  const [decidedOn, setDecidedOn] = useState(todayIso());
  const [motivation, setMotivation] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const fieldError = useFieldErrors(error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!decision) {
      setError(new Error(t('einde.extension.decisionRequired')));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onSaved(await decideExtension(caseId, extension.id, { version: extension.version, decision, decidedOn, motivation: motivation.trim() }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const unplaced = error && !(isApiError(error) && ['decidedOn', 'motivation'].some((f) => fieldError(f)));
  return (
    <form noValidate className="koers-form" aria-labelledby="einde-decision-heading" onSubmit={(e) => void submit(e)} data-testid="einde-decision-form">
      <Heading4 id="einde-decision-heading">{t('einde.extension.decisionTitle')}</Heading4>
      {unplaced ? <ErrorAlert error={error} headingLevel={5} /> : null}
      <RadioGroup
        id="einde-decision"
        legend={t('einde.extension.decision')}
        options={[
          { value: 'toegekend', label: t('einde.decision.toegekend') },
          { value: 'afgewezen', label: t('einde.decision.afgewezen') },
        ]}
        value={decision}
        onChange={setDecision}
      />
      <TextField id="einde-decided-on" type="date" label={t('einde.extension.decidedOn')} value={decidedOn} max={todayIso()} error={fieldError('decidedOn')} onChange={(e) => setDecidedOn(e.target.value)} />
      <TextAreaField id="einde-decision-motivation" label={t('einde.extension.decisionMotivation')} value={motivation} onChange={setMotivation} rows={3} error={fieldError('motivation')} />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('einde.extension.submitDecision')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}
