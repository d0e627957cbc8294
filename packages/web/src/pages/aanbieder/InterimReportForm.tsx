// An interim report on a placement: the date, the text and the provider's advice.
import { ButtonGroup, Heading4, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { recommendations, type Recommendation } from '../../api/aanbieder.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { TextAreaField } from '../../components/form/TextAreaField.tsx';
import { todayIso } from '../../format/dates.ts';
import { useReportSubmit } from './useReportSubmit.ts';

export function InterimReportForm({
  placementId,
  personName,
  onDone,
}: {
  placementId: string;
  personName: string;
  onDone: (outcome: string) => void;
}) {
  const { t } = useTranslation();
  const id = `aanbieder-interim-${placementId}`;
  const [reportedOn, setReportedOn] = useState(todayIso());
  const [text, setText] = useState('');
  const [recommendation, setRecommendation] = useState<Recommendation>('doorgaan');
  const { submit, busy, error, fieldError } = useReportSubmit(placementId, onDone);

  function send(event: FormEvent) {
    event.preventDefault();
    void submit({ kind: 'tussenrapportage', reportedOn, text, recommendation });
  }

  const atField = ['reportedOn', 'text', 'recommendation'].some((f) => fieldError(f) !== undefined);
  return (
    <form
      noValidate
      className="koers-form koers-panel"
      aria-labelledby={`${id}-heading`}
      onSubmit={send}
      data-testid="aanbieder-interim-form"
    >
      <Heading4 id={`${id}-heading`}>{t('aanbieder.interim.heading', { name: personName })}</Heading4>
      {error && !atField ? <ErrorAlert error={error} headingLevel={5} /> : null}
      <TextField
        id={`${id}-date`}
        type="date"
        label={t('aanbieder.interim.reportedOn')}
        value={reportedOn}
        required
        error={fieldError('reportedOn')}
        onChange={(e) => setReportedOn(e.target.value)}
      />
      <TextAreaField id={`${id}-text`} label={t('aanbieder.interim.text')} value={text} error={fieldError('text')} onChange={setText} />
      <SelectField<Recommendation>
        id={`${id}-recommendation`}
        label={t('aanbieder.interim.recommendation')}
        value={recommendation}
        error={fieldError('recommendation')}
        options={recommendations.map((r) => ({ value: r, label: t(`aanbieder.recommendation.${r}`) }))}
        onChange={setRecommendation}
      />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('aanbieder.interim.submit')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}
