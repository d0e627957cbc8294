// Groups of fields in the PIP draft form: learning route with motivation, level, MAP and relief.
import { Fieldset, FieldsetLegend, FormFieldCheckbox, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { languageSkills, learningRoutes, mapThemes, type DraftPip, type PipOverview } from '../../../api/pip.ts';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';
import { ServerText } from '../../../components/ServerText.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { formatDate } from '../../../format/dates.ts';
import { fieldId, type FormState } from './draftState.ts';
import { ExplanationDetails, RadioGroup } from './fields.tsx';

export interface GroupProps {
  state: FormState;
  set: <K extends keyof FormState>(key: K, value: FormState[K]) => void;
  messages: Record<string, string>;
  disabled: boolean;
}

export function RouteFields({ state, set, messages, disabled, advice }: GroupProps & { advice: PipOverview['advice'] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const deviates = advice !== null && state.route !== null && state.route !== advice.route;
  const routeOptions = learningRoutes.map((r) => ({ value: r, label: t(`pip.route.${r}`), description: t(`pip.routeHint.${r}`) }));
  return (
    <>
      <RadioGroup
        id={fieldId('route')}
        legend={t('pip.draft.route')}
        description={advice ? t('pip.draft.routeAdvice', { route: t(`pip.route.${advice.route}`), date: formatDate(advice.on, language) }) : t('pip.summary.noAdvice')}
        error={messages.route}
        options={routeOptions}
        value={state.route}
        disabled={disabled}
        onChange={(r) => set('route', r)}
      />
      <Fieldset aria-describedby="pip-motivation-description" className="koers-field">
        <FieldsetLegend>{t('pip.draft.motivation')}</FieldsetLegend>
        <Paragraph id="pip-motivation-description">{deviates ? t('pip.draft.motivationRequired') : t('pip.draft.motivationOptional')}</Paragraph>
        {learningRoutes.map((r) => (
          <TextAreaField
            key={r}
            id={fieldId(`motivation.${r}`)}
            label={state.route === r ? t('pip.draft.motivationWhy', { route: t(`pip.route.${r}`) }) : t('pip.draft.motivationWhyNot', { route: t(`pip.route.${r}`) })}
            value={state.motivation[r]}
            error={messages[`motivation.${r}`]}
            disabled={disabled}
            onChange={(v) => set('motivation', { ...state.motivation, [r]: v })}
          />
        ))}
      </Fieldset>
    </>
  );
}

export function LevelFields({ state, set, messages, disabled, targetGroup }: GroupProps & { targetGroup: PipOverview['targetGroup'] }) {
  const { t } = useTranslation();
  return (
    <>
      <RadioGroup
        id={fieldId('level')}
        legend={t('pip.draft.level')}
        description={t('pip.draft.levelHint')}
        error={messages.level}
        options={[
          { value: 'none' as const, label: t('pip.level.none') },
          { value: 'B1' as const, label: t('pip.level.B1') },
          { value: 'A2' as const, label: t('pip.level.A2') },
        ]}
        value={state.level}
        disabled={disabled}
        onChange={(l) => set('level', l)}
      />
      {state.level === 'A2' ? (
        <Fieldset className="koers-field" aria-describedby={messages.a2Skills ? `${fieldId('a2Skills')}-error` : undefined}>
          <FieldsetLegend id={fieldId('a2Skills')}>{t('pip.draft.a2Skills')}</FieldsetLegend>
          {messages.a2Skills ? (
            <Paragraph id={`${fieldId('a2Skills')}-error`} className="utrecht-form-field__error-message">
              {messages.a2Skills}
            </Paragraph>
          ) : null}
          {languageSkills.map((skill) => (
            <FormFieldCheckbox
              key={skill}
              label={t(`pip.skill.${skill}`)}
              checked={state.a2Skills.includes(skill)}
              disabled={disabled}
              onChange={(e) => set('a2Skills', e.target.checked ? [...state.a2Skills, skill] : state.a2Skills.filter((s) => s !== skill))}
            />
          ))}
        </Fieldset>
      ) : null}
      {state.route === 'B1' && targetGroup === 'asiel' ? (
        <TextField id={fieldId('estimatedB1Intensity')} type="number" min={1} max={9999} inputMode="numeric" label={t('pip.draft.estimatedB1Intensity')} description={t('pip.draft.estimatedB1IntensityHint')} value={state.estimatedB1Intensity} error={messages.estimatedB1Intensity} disabled={disabled} onChange={(e) => set('estimatedB1Intensity', e.target.value)} />
      ) : messages.estimatedB1Intensity ? (
        <TextField id={fieldId('estimatedB1Intensity')} type="number" label={t('pip.draft.estimatedB1Intensity')} value={state.estimatedB1Intensity} error={messages.estimatedB1Intensity} disabled={disabled} onChange={(e) => set('estimatedB1Intensity', e.target.value)} />
      ) : null}
    </>
  );
}

export function MapFields({ state, set, messages, disabled, error }: GroupProps & { error: unknown }) {
  const { t } = useTranslation();
  if (state.route === 'Onderwijs') return <Paragraph id={fieldId('mapIntensity')}>{messages.mapIntensity ?? t('pip.draft.noMap')}</Paragraph>;
  return (
    <>
      <TextAreaField id={fieldId('mapIntensity')} label={t('pip.draft.mapIntensity')} value={state.mapIntensity} error={messages.mapIntensity} disabled={disabled} onChange={(v) => set('mapIntensity', v)} rows={2} />
      <Fieldset className="koers-field">
        <FieldsetLegend>{t('pip.draft.mapThemes')}</FieldsetLegend>
        <Paragraph>{t('pip.draft.mapThemesHint')}</Paragraph>
        {mapThemes.map((theme) => {
          const omitted = state.omitted[theme] !== undefined;
          return (
            <div key={theme} className="koers-pip-theme">
              <FormFieldCheckbox
                label={t(`pip.mapTheme.${theme}`)}
                checked={!omitted}
                disabled={disabled}
                onChange={(e) => {
                  const next = { ...state.omitted };
                  if (e.target.checked) delete next[theme];
                  else next[theme] = '';
                  set('omitted', next);
                }}
              />
              {omitted ? (
                <TextField
                  id={`pip-map-reason-${theme}`}
                  label={t('pip.draft.mapThemeReason', { theme: t(`pip.mapTheme.${theme}`) })}
                  value={state.omitted[theme] ?? ''}
                  required
                  error={isApiError(error) ? error.messageFor(`mapThemesOmitted.${mapThemes.filter((x) => state.omitted[x] !== undefined).indexOf(theme)}.reason`) : undefined}
                  disabled={disabled}
                  onChange={(e) => set('omitted', { ...state.omitted, [theme]: e.target.value })}
                />
              ) : null}
            </div>
          );
        })}
      </Fieldset>
    </>
  );
}

export function ReliefFields({ state, set, messages, disabled, relief }: GroupProps & { relief: DraftPip['relief'] }) {
  const { t } = useTranslation();
  return (
    <Fieldset className="koers-field">
      <FieldsetLegend>{t('pip.draft.relief')}</FieldsetLegend>
      <Paragraph>{t('pip.draft.reliefHint')}</Paragraph>
      <FormFieldCheckbox label={t('pip.draft.bijstand')} checked={state.bijstand} disabled={disabled} onChange={(e) => set('bijstand', e.target.checked)} />
      {state.bijstand ? (
        <TextField id={fieldId('relief')} type="date" label={t('pip.draft.bijstandFrom')} value={state.bijstandFrom} error={messages.relief ?? messages['relief.bijstandFrom']} disabled={disabled} onChange={(e) => set('bijstandFrom', e.target.value)} />
      ) : null}
      {relief ? (
        <>
          <Paragraph data-testid="pip-relief"><ServerText>{relief.explanation.summary}</ServerText></Paragraph>
          <ExplanationDetails explanation={relief.explanation} />
        </>
      ) : null}
    </Fieldset>
  );
}
