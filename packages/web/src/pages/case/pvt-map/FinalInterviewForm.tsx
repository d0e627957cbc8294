import { ButtonGroup, Heading4, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { recordFinalInterview, type CasePvtMap } from '../../../api/pvtMap.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { RadioGroup } from '../pip/fields.tsx';
import { formatDate, todayIso } from '../../../format/dates.ts';

type CulpableChoice = 'ja' | 'nee' | 'nvt';

/** The MAP eindgesprek: its date goes to DUO through the result path ('verwijtbaar' only when the termijn is exceeded). */
export function FinalInterviewForm({ caseId, data, canWrite, onSaved }: { caseId: string; data: CasePvtMap; canWrite: boolean; onSaved: (next: CasePvtMap) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const result = data.map.result;
  const culpability = result?.culpability ?? null;
  const [heldOn, setHeldOn] = useState(data.map.finalInterviewOn ?? '');
  const [culpable, setCulpable] = useState<CulpableChoice>(result?.culpable === true ? 'ja' : result?.culpable === false ? 'nee' : 'nvt');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      const next = await recordFinalInterview(caseId, result?.version ?? 0, heldOn === '' ? null : heldOn, culpable === 'nvt' ? null : culpable === 'ja');
      setSaved(true);
      onSaved(next);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  // DUO's rules name the result's field (completedOn); it is this form's date.
  const dateError = isApiError(error) ? (error.messageFor('heldOn') ?? error.messageFor('completedOn')) : undefined;
  const culpableError = isApiError(error) ? error.messageFor('culpable') : undefined;

  return (
    <section aria-labelledby="map-interview-heading" data-testid="map-interview">
      <Heading4 id="map-interview-heading">{t('pvtmap.map.interview.title')}</Heading4>
      <Paragraph>{data.map.finalInterviewOn ? t('pvtmap.map.interview.held', { date: formatDate(data.map.finalInterviewOn, language) }) : t('pvtmap.map.interview.notHeld')}</Paragraph>
      {canWrite ? (
        <form noValidate className="koers-form" aria-labelledby="map-interview-heading" onSubmit={(e) => void submit(e)}>
          {error && !dateError && !culpableError ? <ErrorAlert error={error} /> : null}
          <TextField id="map-interview-date" type="date" label={t('pvtmap.map.interview.date')} description={t('pvtmap.map.interview.dateHint')} value={heldOn} max={todayIso()} onChange={(e) => setHeldOn(e.target.value)} error={dateError} />
          {culpability?.allowed ? (
            <RadioGroup
              id="map-interview-culpable"
              legend={t('resultaten.culpable.legend')}
              description={culpability.explanation}
              error={culpableError}
              options={(['ja', 'nee', 'nvt'] as const)
                .filter((c) => (c === 'nee' ? culpability.noAllowed : c === 'nvt' ? !culpability.required : true))
                .map((c) => ({ value: c, label: t(`resultaten.culpable.${c}`) }))}
              value={culpable}
              onChange={setCulpable}
            />
          ) : null}
          {saved ? <Paragraph role="status">{t('pvtmap.map.interview.saved')}</Paragraph> : null}
          <ButtonGroup>
            <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
              {t('pvtmap.map.interview.submit')}
            </PrimaryActionButton>
          </ButtonGroup>
        </form>
      ) : null}
    </section>
  );
}
