import { ButtonGroup, Heading3, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { recordResult, type Culpability, type Result, type ResultsOverview } from '../../../api/results.ts';
import { useResultsOnQuery } from '../../../api/caseQueries.ts';
import { useFormSubmit } from '../../../components/form/useFormSubmit.ts';
import { isOneOf } from '@koers/domain';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { RadioGroup } from '../pip/fields.tsx';
import { formatDate, todayIso } from '../../../format/dates.ts';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';
import { AppLink } from '../../../components/AppLink.tsx';

type CulpableChoice = 'ja' | 'nee' | 'nvt';
const choiceOf = (c: boolean | null): CulpableChoice => (c === null ? 'nvt' : c ? 'ja' : 'nee');
const valueOf = (c: CulpableChoice): boolean | null => (c === 'nvt' ? null : c === 'ja');

const knownStatuses = ['wachtend', 'verzenden', 'verzonden', 'bevestigd', 'afgewezen', 'fout', 'opnieuw-aangeboden', 'vervangen'] as const;

/** One result (PVT, MAP or Z-route): what is recorded, its DUO status, and the form to record or withdraw it. */
export function ResultForm({ caseId, result, canWrite, bsnKnown, onSaved }: { caseId: string; result: Result; canWrite: boolean; bsnKnown: boolean; onSaved: (next: ResultsOverview) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const id = `resultaat-${result.kind}`;
  const [date, setDate] = useState(result.completedOn ?? '');
  const [culpable, setCulpable] = useState<CulpableChoice>(choiceOf(result.culpable));
  const [note, setNote] = useState(result.note ?? '');
  const { busy, error, setError, run } = useFormSubmit();
  const [saved, setSaved] = useState(false);
  const derived = result.kind === 'pvt' || result.kind === 'map';
  const [noteError, setNoteError] = useState<string | undefined>(undefined);

  // 'Verwijtbaar' is judged for the date being entered (or today): ask the rules core again when it
  // changes. Through the query cache: without a date it is the overview already loaded, and the PVT
  // and MAP forms share one request for the same date.
  const on = result.kind !== 'zroute' && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
  const judged = useResultsOnQuery(caseId, on, result.kind !== 'zroute');
  const culpability: Culpability | null = judged.data ? (judged.data.results.find((r) => r.kind === result.kind)?.culpability ?? null) : result.culpability;

  useEffect(() => {
    if (culpability && !culpability.allowed && culpable !== 'nvt') setCulpable('nvt');
  }, [culpability, culpable]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setSaved(false);
    // PVT and MAP are derived from the signing and the eindgesprek (ADR 0125): a change here is a correction with a reason.
    if (derived && note.trim() === (result.note ?? '').trim()) {
      setNoteError(t('pvtmap.correction.reasonRequired'));
      return;
    }
    setNoteError(undefined);
    const body = { version: result.version, completedOn: date === '' ? null : date, culpable: result.kind === 'zroute' ? null : valueOf(culpable), note: note.trim() || null };
    await run(() => recordResult(caseId, result.kind, body), (next) => {
      setSaved(true);
      onSaved(next);
    });
  }

  // DUO's precheck names its rules (culpable-…, in-future, …); put each next to its field.
  const fieldErrors = isApiError(error) ? error.fields : {};
  const culpableError = (isApiError(error) ? error.messageFor('culpable') : undefined) ?? Object.entries(fieldErrors).find(([f]) => f.startsWith('culpable'))?.[1];
  const dateError = (isApiError(error) ? error.messageFor('completedOn') : undefined) ?? Object.entries(fieldErrors).find(([f]) => !f.startsWith('culpable') && f !== 'note')?.[1];
  const showCulpable = result.kind !== 'zroute' && culpability !== null && culpability.allowed;
  const culpableOptions = (['ja', 'nee', 'nvt'] as const)
    .filter((c) => (c === 'nee' ? culpability?.noAllowed === true : c === 'nvt' ? culpability?.required !== true : true))
    .map((c) => ({ value: c, label: t(`resultaten.culpable.${c}`) }));
  const status = result.duo?.status;
  const statusText = status ? (isOneOf(knownStatuses, status) ? t(`resultaten.duoStatus.${status}`) : status) : t('resultaten.duoStatus.none');

  return (
    <section aria-labelledby={`${id}-heading`} className="koers-panel" data-testid={id}>
      <Heading3 id={`${id}-heading`}>{t(`resultaten.kind.${result.kind}`)}</Heading3>
      <Paragraph>
        {result.completedOn ? t(`resultaten.current.${result.kind}`, { date: formatDate(result.completedOn, language) }) : t('resultaten.current.none')}
        {result.culpable !== null ? ` ${t('resultaten.current.culpable', { value: t(`resultaten.culpable.${choiceOf(result.culpable)}`) })}` : ''}
      </Paragraph>
      <Paragraph>
        {t('resultaten.duoStatus.label')}: {statusText}
        {result.duo?.lastError ? ` — ${result.duo.lastError}` : ''}
      </Paragraph>
      {!bsnKnown ? <Paragraph>{t('resultaten.noBsn')}</Paragraph> : null}
      {result.kind === 'pvt' || result.kind === 'map' ? (
        <Paragraph data-testid={`${id}-derived`}>
          {t(`pvtmap.correction.hint.${result.kind}`)} <AppLink to={`/dossiers/${caseId}/pvtmap`}>{t('pvtmap.correction.link')}</AppLink>
        </Paragraph>
      ) : null}
      {canWrite ? (
        <form noValidate className="koers-form" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)}>
          {error && !dateError && !culpableError ? <ErrorAlert error={error} title={isApiError(error) && error.code === 'DUO_PREVALIDATION_FAILED' ? t('resultaten.refused') : undefined} /> : null}
          <TextField id={`${id}-date`} type="date" label={t(`resultaten.dateLabel.${result.kind}`)} description={t('resultaten.dateHint')} value={date} max={todayIso()} error={dateError} onChange={(e) => setDate(e.target.value)} />
          {result.kind === 'zroute' ? null : showCulpable ? (
            <RadioGroup
              id={`${id}-culpable`}
              legend={t('resultaten.culpable.legend')}
              description={culpability.explanation}
              error={culpableError}
              options={culpableOptions}
              value={culpable}
              onChange={setCulpable}
            />
          ) : (
            <Paragraph id={`${id}-culpable-hint`}>
              {culpability ? `${t('resultaten.culpable.notAllowed')} ${culpability.explanation}` : t('resultaten.culpable.noTerm')}
              {culpableError ? ` ${culpableError}` : ''}
            </Paragraph>
          )}
          <TextAreaField id={`${id}-note`} label={t('resultaten.note')} value={note} onChange={setNote} rows={2} error={noteError} />
          {saved ? <Paragraph role="status">{t('resultaten.saved')}</Paragraph> : null}
          <ButtonGroup>
            <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
              {t('resultaten.submit')}
            </PrimaryActionButton>
          </ButtonGroup>
        </form>
      ) : null}
    </section>
  );
}
