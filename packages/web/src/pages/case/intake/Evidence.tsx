// Extra learnability evidence: a startklas observation (24 aspects scored 1–4) or an assessment.
import { Button, ButtonGroup, Fieldset, FieldsetLegend, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow} from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { addEvidence, routes, type Evidence as EvidenceRow, type Intake, type Route } from '../../../api/intake.ts';
import { fieldError } from '../voorbereiding/fields.tsx';
import { formatDate, todayIso } from '../../../format/dates.ts';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';

const scoreValues = ['1', '2', '3', '4'] as const;
type Score = (typeof scoreValues)[number];

function EvidenceForm({ caseId, kind, aspects, scoreLabels, onDone }: { caseId: string; kind: EvidenceRow['kind']; aspects: Intake['aspects']; scoreLabels: Record<string, string>; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const id = `evidence-${kind}`;
  const [observedOn, setObservedOn] = useState(todayIso());
  const [author, setAuthor] = useState('');
  const [instrument, setInstrument] = useState('');
  const [route, setRoute] = useState<Route | ''>(kind === 'startklas-observatie' ? 'B1' : '');
  const [summary, setSummary] = useState('');
  const [scores, setScores] = useState<Record<string, Score>>(() => Object.fromEntries(aspects.map((a) => [a.key, '3'])));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (kind === 'startklas-observatie') {
        await addEvidence(caseId, {
          kind,
          observedOn,
          author,
          scores: Object.fromEntries(Object.entries(scores).map(([k, v]) => [k, Number(v)])),
          advisedRoute: route === '' ? 'B1' : route,
          ...(summary.trim() ? { summary: summary.trim() } : {}),
        });
      } else {
        await addEvidence(caseId, { kind, instrument, observedOn, author, summary, ...(route === '' ? {} : { advisedRoute: route }) });
      }
      onDone(true);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const routeOptions = [...(kind === 'assessment' ? [{ value: '' as const, label: t('intake.evidence.noRoute') }] : []), ...routes.map((r) => ({ value: r, label: t(`intake.route.${r}`) }))];
  return (
    <form className="koers-form" onSubmit={(e) => void submit(e)} noValidate data-testid={`${id}-form`}>
      <Fieldset>
        <FieldsetLegend>{kind === 'startklas-observatie' ? t('intake.evidence.startklasTitle') : t('intake.evidence.assessmentTitle')}</FieldsetLegend>
        {error ? <ErrorAlert error={error} /> : null}
        {kind === 'assessment' ? (
          <TextField id={`${id}-instrument`} required label={t('intake.evidence.instrument')} description={t('intake.evidence.instrumentHint')} value={instrument} onChange={(e) => setInstrument(e.target.value)} error={fieldError(error, 'instrument')} />
        ) : null}
        <TextField id={`${id}-observedOn`} type="date" required label={t('intake.evidence.observedOn')} value={observedOn} onChange={(e) => setObservedOn(e.target.value)} error={fieldError(error, 'observedOn')} />
        <TextField id={`${id}-author`} required label={t('intake.evidence.author')} value={author} onChange={(e) => setAuthor(e.target.value)} error={fieldError(error, 'author')} />
        {kind === 'startklas-observatie' ? (
          <Fieldset>
            <FieldsetLegend>{t('intake.evidence.aspects')}</FieldsetLegend>
            <Paragraph>{t('intake.evidence.scale', { scale: scoreValues.map((s) => `${s} = ${scoreLabels[s] ?? s}`).join(', ') })}</Paragraph>
            {aspects.map((a) => (
              <SelectField
                key={a.key}
                id={`${id}-score-${a.key}`}
                label={a.label}
                value={scores[a.key] ?? '3'}
                options={scoreValues.map((s) => ({ value: s, label: `${s} — ${scoreLabels[s] ?? ''}` }))}
                onChange={(v) => setScores((old) => ({ ...old, [a.key]: v }))}
                error={fieldError(error, `scores.${a.key}`)}
              />
            ))}
          </Fieldset>
        ) : null}
        <SelectField id={`${id}-route`} label={t('intake.evidence.advisedRoute')} value={route} options={routeOptions} onChange={setRoute} error={fieldError(error, 'advisedRoute')} />
        <TextAreaField id={`${id}-summary`} label={kind === 'assessment' ? t('intake.evidence.outcome') : t('intake.evidence.summary')} value={summary} onChange={setSummary} error={fieldError(error, 'summary')} />
        <ButtonGroup>
          <Button type="submit" appearance="primary-action-button" disabled={busy}>
            {t('intake.evidence.save')}
          </Button>
          <Button type="button" appearance="secondary-action-button" onClick={() => onDone(false)}>
            {t('voorbereiding.cancel')}
          </Button>
        </ButtonGroup>
      </Fieldset>
    </form>
  );
}

export function Evidence({ caseId, intake, canWrite, onChanged }: { caseId: string; intake: Intake; canWrite: boolean; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [open, setOpen] = useState<EvidenceRow['kind'] | null>(null);
  const label = (key: string) => intake.aspects.find((a) => a.key === key)?.label ?? key;
  return (
    <div data-testid="learnability-evidence">
      {intake.evidence.length === 0 ? <Paragraph>{t('intake.evidence.none')}</Paragraph> : null}
      {intake.evidence.map((e) => (
        <div key={e.id} className="koers-evidence">
          <Paragraph>
            <strong>{e.kind === 'startklas-observatie' ? t('intake.evidence.startklas') : t('intake.evidence.assessmentNamed', { instrument: e.instrument ?? '' })}</strong>
            {` — ${formatDate(e.observedOn, language)}, ${e.author}`}
            {e.advisedRoute === 'B1' || e.advisedRoute === 'Z' || e.advisedRoute === 'Onderwijs' ? `; ${t('intake.evidence.advisedRoute')}: ${t(`intake.route.${e.advisedRoute}`)}` : ''}
          </Paragraph>
          {e.summary ? <Paragraph>{e.summary}</Paragraph> : null}
          {Object.keys(e.scores).length ? (
            <details>
              <summary>{t('intake.evidence.showScores')}</summary>
              <Table className="koers-table">
                <TableCaption>{t('intake.evidence.scoresCaption', { date: formatDate(e.observedOn, language) })}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('intake.evidence.aspect')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('intake.evidence.score')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {Object.entries(e.scores).map(([k, v]) => (
                    <TableRow key={k}>
                      <TableHeaderCell scope="row">{label(k)}</TableHeaderCell>
                      <TableCell>{`${v} — ${intake.scoreLabels[String(v)] ?? ''}`}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </details>
          ) : null}
        </div>
      ))}
      {canWrite ? (
        <>
          <ButtonGroup>
              <Button type="button" appearance="secondary-action-button" aria-expanded={open === 'startklas-observatie'} onClick={() => setOpen(open === 'startklas-observatie' ? null : 'startklas-observatie')}>
                {t('intake.evidence.startklasTitle')}
              </Button>
              <Button type="button" appearance="secondary-action-button" aria-expanded={open === 'assessment'} onClick={() => setOpen(open === 'assessment' ? null : 'assessment')}>
                {t('intake.evidence.assessmentTitle')}
              </Button>
          </ButtonGroup>
          {open ? (
            <EvidenceForm
              key={open}
              caseId={caseId}
              kind={open}
              aspects={intake.aspects}
              scoreLabels={intake.scoreLabels}
              onDone={(saved) => {
                setOpen(null);
                if (saved) onChanged();
              }}
            />
          ) : null}
        </>
      ) : null}
    </div>
  );
}
