// An exam registration on a placement: the onderdeel and the exam date.
import { ButtonGroup, Heading4, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { skills, type Skill } from '../../api/aanbieder.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { useReportSubmit } from './useReportSubmit.ts';

export function ExamRegistrationForm({
  placementId,
  personName,
  onDone,
}: {
  placementId: string;
  personName: string;
  onDone: (outcome: string) => void;
}) {
  const { t } = useTranslation();
  const id = `aanbieder-exam-${placementId}`;
  const [onderdeel, setOnderdeel] = useState<Skill>('lezen');
  const [examOn, setExamOn] = useState('');
  const { submit, busy, error, fieldError } = useReportSubmit(placementId, onDone);

  function send(event: FormEvent) {
    event.preventDefault();
    void submit({ kind: 'examen', onderdeel, examOn });
  }

  const atField = ['onderdeel', 'examOn'].some((f) => fieldError(f) !== undefined);
  return (
    <form noValidate className="koers-form koers-panel" aria-labelledby={`${id}-heading`} onSubmit={send} data-testid="aanbieder-exam-form">
      <Heading4 id={`${id}-heading`}>{t('aanbieder.exam.heading', { name: personName })}</Heading4>
      {error && !atField ? <ErrorAlert error={error} headingLevel={5} /> : null}
      <SelectField<Skill>
        id={`${id}-onderdeel`}
        label={t('aanbieder.exam.onderdeel')}
        value={onderdeel}
        error={fieldError('onderdeel')}
        options={skills.map((s) => ({ value: s, label: t(`aanbieder.skill.${s}`) }))}
        onChange={setOnderdeel}
      />
      <TextField
        id={`${id}-date`}
        type="date"
        label={t('aanbieder.exam.examOn')}
        value={examOn}
        required
        error={fieldError('examOn')}
        onChange={(e) => setExamOn(e.target.value)}
      />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('aanbieder.exam.submit')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}
