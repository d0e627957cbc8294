// Reporting a level (A0–B2) for one skill of a placement, with the date it was assessed.
import { ButtonGroup, Heading4, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { cefrLevels, skills, type CefrLevel, type Skill } from '../../api/aanbieder.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { todayIso } from '../../format/dates.ts';
import { useReportSubmit } from './useReportSubmit.ts';

export function LevelReportForm({
  placementId,
  personName,
  onDone,
}: {
  placementId: string;
  personName: string;
  onDone: (outcome: string) => void;
}) {
  const { t } = useTranslation();
  const id = `aanbieder-level-${placementId}`;
  const [skill, setSkill] = useState<Skill>('lezen');
  const [level, setLevel] = useState<CefrLevel>('A1');
  const [assessedOn, setAssessedOn] = useState(todayIso());
  const { submit, busy, error, fieldError } = useReportSubmit(placementId, onDone);

  function send(event: FormEvent) {
    event.preventDefault();
    void submit({ kind: 'voortgang', skill, level, assessedOn });
  }

  const atField = ['skill', 'level', 'assessedOn'].some((f) => fieldError(f) !== undefined);
  return (
    <form
      noValidate
      className="koers-form koers-panel"
      aria-labelledby={`${id}-heading`}
      onSubmit={send}
      data-testid="aanbieder-level-form"
    >
      <Heading4 id={`${id}-heading`}>{t('aanbieder.level.heading', { name: personName })}</Heading4>
      {error && !atField ? <ErrorAlert error={error} headingLevel={5} /> : null}
      <SelectField<Skill>
        id={`${id}-skill`}
        label={t('aanbieder.level.skill')}
        value={skill}
        error={fieldError('skill')}
        options={skills.map((s) => ({ value: s, label: t(`aanbieder.skill.${s}`) }))}
        onChange={setSkill}
      />
      <SelectField<CefrLevel>
        id={`${id}-level`}
        label={t('aanbieder.level.level')}
        value={level}
        error={fieldError('level')}
        options={cefrLevels.map((l) => ({ value: l, label: l }))}
        onChange={setLevel}
      />
      <TextField
        id={`${id}-date`}
        type="date"
        label={t('aanbieder.level.assessedOn')}
        value={assessedOn}
        required
        error={fieldError('assessedOn')}
        onChange={(e) => setAssessedOn(e.target.value)}
      />
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {t('aanbieder.level.submit')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}
