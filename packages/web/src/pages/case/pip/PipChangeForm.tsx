import { ButtonGroup, FormFieldCheckbox, Fieldset, FieldsetLegend, Heading3, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { changePip, changeReasons, languageSkills, learningRoutes, type ChangeReason, type LanguageSkill, type LearningRoute, type Pip } from '../../../api/pip.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { RadioGroup } from './fields.tsx';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';
import { useFormSubmit } from '../../../components/form/useFormSubmit.ts';

type ExceptionChoice = 'none' | 'non-exempting-course' | 'special-case';

/** Start a change of the vastgesteld PIP: a new concept version with a reason (B8, B9, move, intensity). */
export function PipChangeForm({ caseId, current, onCancel, onCreated }: { caseId: string; current: Pip; onCancel: () => void; onCreated: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<ChangeReason | null>(null);
  const [note, setNote] = useState('');
  const [route, setRoute] = useState<LearningRoute | null>(null);
  const [exception, setException] = useState<ExceptionChoice>('none');
  const [hours, setHours] = useState('');
  const [effort, setEffort] = useState(false);
  const [skills, setSkills] = useState<LanguageSkill[]>([...languageSkills]);
  const { busy, error, setError, fieldError: fieldMessage, run } = useFormSubmit();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason) {
      setError(new Error(t('pip.change.reasonRequired')));
      return;
    }
    const routeChange = reason === 'route-change' && route ? { route, exception: exception === 'none' ? null : exception } : {};
    const a2 = reason === 'a2' ? { dutchCourseHours: hours.trim() === '' ? 0 : Number(hours), sufficientEffort: effort, a2Skills: skills } : {};
    await run(() => changePip(caseId, { reason, note: note.trim() || null, ...routeChange, ...a2 }), onCreated);
  }

  const refused = isApiError(error) && error.code === 'PIP_CHANGE_REFUSED';
  return (
    <section aria-labelledby="pip-change-heading" className="koers-panel" data-testid="pip-change">
      <Heading3 id="pip-change-heading" ref={headingRef} tabIndex={-1}>
        {t('pip.change.heading', { version: current.version })}
      </Heading3>
      {error && (refused || !['route', 'dutchCourseHours', 'note', 'reason'].some((f) => fieldMessage(f))) ? <ErrorAlert error={error} title={refused ? t('pip.change.refused') : undefined} /> : null}
      <form noValidate className="koers-form" aria-labelledby="pip-change-heading" onSubmit={(e) => void submit(e)}>
        <RadioGroup
          id="pip-change-reason"
          legend={t('pip.change.reason')}
          error={refused ? undefined : fieldMessage('reason')}
          options={changeReasons.map((r) => ({ value: r, label: t(`pip.changeReason.${r}`), description: t(`pip.changeReasonHint.${r}`) }))}
          value={reason}
          onChange={setReason}
        />
        {reason === 'route-change' ? (
          <>
            <RadioGroup
              id="pip-change-route"
              legend={t('pip.change.newRoute')}
              error={refused ? undefined : fieldMessage('route')}
              options={learningRoutes.filter((r) => r !== current.route).map((r) => ({ value: r, label: t(`pip.route.${r}`) }))}
              value={route}
              onChange={setRoute}
            />
            <RadioGroup
              id="pip-change-exception"
              legend={t('pip.change.exception')}
              description={t('pip.change.exceptionHint')}
              options={(['none', 'non-exempting-course', 'special-case'] as const).map((x) => ({ value: x, label: t(`pip.change.exceptionOption.${x}`) }))}
              value={exception}
              onChange={setException}
            />
          </>
        ) : null}
        {reason === 'a2' ? (
          <>
            <TextField id="pip-change-hours" type="number" min={0} inputMode="numeric" label={t('pip.change.hours')} description={t('pip.change.hoursHint')} value={hours} error={refused ? undefined : fieldMessage('dutchCourseHours')} onChange={(e) => setHours(e.target.value)} />
            <FormFieldCheckbox label={t('pip.change.effort')} checked={effort} onChange={(e) => setEffort(e.target.checked)} />
            <Fieldset className="koers-field">
              <FieldsetLegend>{t('pip.draft.a2Skills')}</FieldsetLegend>
              {languageSkills.map((skill) => (
                <FormFieldCheckbox
                  key={skill}
                  label={t(`pip.skill.${skill}`)}
                  checked={skills.includes(skill)}
                  onChange={(e) => setSkills(e.target.checked ? [...skills, skill] : skills.filter((s) => s !== skill))}
                />
              ))}
            </Fieldset>
          </>
        ) : null}
        <TextAreaField id="pip-change-note" label={t('pip.change.note')} description={t('pip.change.noteHint')} value={note} error={fieldMessage('note')} onChange={setNote} rows={2} />
        <Paragraph>{t('pip.change.explain')}</Paragraph>
        <ButtonGroup>
          <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
            {t('pip.change.submit')}
          </PrimaryActionButton>
          <SecondaryActionButton type="button" onClick={onCancel}>
            {t('common.cancel')}
          </SecondaryActionButton>
        </ButtonGroup>
      </form>
    </section>
  );
}
