// One measurement of the zelfredzaamheid: a date and, per life domain of the organisation's matrix,
// a score on its scale or "niet gemeten" (seed 002 §4.1).
import { ButtonGroup, Heading4, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { recordMeasurement, type ZrmMatrix } from '../../api/begeleiding.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { todayIso } from '../../format/dates.ts';
import { useSubmit } from './useSubmit.ts';

export function ZrmForm({ caseId, name, matrix, onDone }: { caseId: string; name: string; matrix: ZrmMatrix; onDone: () => void }) {
  const { t } = useTranslation();
  const id = 'begeleiding-zrm';
  const [measuredOn, setMeasuredOn] = useState(todayIso());
  const [scores, setScores] = useState<Record<string, string>>({});
  const { submit, busy, error, fieldError } = useSubmit((input: Parameters<typeof recordMeasurement>[1]) => recordMeasurement(caseId, input), onDone);
  const chosen = matrix.domains.filter((d) => (scores[d.key] ?? '') !== '');
  function send(event: FormEvent) {
    event.preventDefault();
    void submit({ measuredOn, scores: chosen.map((d) => ({ domain: d.key, score: Number(scores[d.key]) })) });
  }
  // A score's error names its position in the sent list; show it at that domain's field.
  const scoreError = (key: string) => {
    const i = chosen.findIndex((d) => d.key === key);
    return i < 0 ? undefined : (fieldError(`scores.${i}.score`) ?? fieldError(`scores.${i}.domain`));
  };
  const atField = fieldError('measuredOn') !== undefined || matrix.domains.some((d) => scoreError(d.key) !== undefined);
  const options = [{ value: '', label: t('begeleiding.zrm.notScored') }, ...matrix.scale.map((label, i) => ({ value: String(i + 1), label: `${i + 1} – ${label}` }))];
  return (
    <form noValidate className="koers-form koers-panel" aria-labelledby={`${id}-heading`} onSubmit={send} data-testid="begeleiding-zrm-form">
      <Heading4 id={`${id}-heading`}>{t('begeleiding.zrm.formHeading', { name })}</Heading4>
      <Paragraph>{t('begeleiding.zrm.intro', { max: matrix.scale.length })}</Paragraph>
      {error && !atField ? <ErrorAlert error={error} headingLevel={5} /> : null}
      <TextField id={`${id}-date`} type="date" label={t('begeleiding.zrm.date')} value={measuredOn} required error={fieldError('measuredOn')} onChange={(e) => setMeasuredOn(e.target.value)} />
      {matrix.domains.map((d) => (
        <SelectField<string>
          key={d.key}
          id={`${id}-${d.key}`}
          label={t('begeleiding.zrm.scoreFor', { domain: d.label })}
          value={scores[d.key] ?? ''}
          error={scoreError(d.key)}
          options={options}
          onChange={(v) => setScores((s) => ({ ...s, [d.key]: v }))}
        />
      ))}
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('begeleiding.zrm.submit')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}
