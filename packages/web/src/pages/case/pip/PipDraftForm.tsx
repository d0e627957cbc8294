import {
  Alert,
  ButtonGroup,
  Fieldset,
  FieldsetLegend,
  FormFieldCheckbox,
  Heading3,
  Heading4,
  Paragraph,
  PrimaryActionButton,
  SecondaryActionButton,
  UnorderedList,
  UnorderedListItem,
} from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import {
  deletePipDraft,
  issuePip,
  languageSkills,
  learningRoutes,
  mapThemes,
  updatePipDraft,
  type DraftFields,
  type DraftPip,
  type LanguageSkill,
  type LearningRoute,
  type MapTheme,
  type PipOverview,
  type PipValidation,
} from '../../../api/pip.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { ExplanationDetails, RadioGroup } from './fields.tsx';
import { formatDate, todayIso } from '../../../format/dates.ts';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';
import { ServerText } from '../../../components/ServerText.tsx';

interface FormState {
  route: LearningRoute | null;
  intensity: string;
  hoursPerWeek: string;
  level: 'none' | 'A2' | 'B1';
  a2Skills: LanguageSkill[];
  estimatedB1Intensity: string;
  motivation: Record<LearningRoute, string>;
  support: string;
  pvtIntensity: string;
  mapIntensity: string;
  /** Included themes are checked; an unchecked theme needs a reason. */
  omitted: Partial<Record<MapTheme, string>>;
  vve: string;
  participation: string;
  participatiewet: string;
  bijstand: boolean;
  bijstandFrom: string;
  progressMeetings: string;
}

function stateOf(draft: DraftPip): FormState {
  const omitted: Partial<Record<MapTheme, string>> = {};
  for (const o of draft.mapThemesOmitted) omitted[o.theme] = o.reason;
  return {
    route: draft.route,
    intensity: draft.intensity ?? '',
    hoursPerWeek: draft.hoursPerWeek === null ? '' : String(draft.hoursPerWeek),
    level: draft.level ?? 'none',
    a2Skills: draft.a2Skills.filter((s): s is LanguageSkill => (languageSkills as readonly string[]).includes(s)),
    estimatedB1Intensity: draft.estimatedB1Intensity === null ? '' : String(draft.estimatedB1Intensity),
    motivation: { B1: draft.motivation.B1 ?? '', Z: draft.motivation.Z ?? '', Onderwijs: draft.motivation.Onderwijs ?? '' },
    support: draft.support ?? '',
    pvtIntensity: draft.pvtIntensity ?? '',
    mapIntensity: draft.mapIntensity ?? '',
    omitted,
    vve: draft.vve ?? '',
    participation: draft.participation ?? '',
    participatiewet: draft.participatiewet ?? '',
    bijstand: draft.relief?.bijstandFrom != null,
    bijstandFrom: draft.relief?.bijstandFrom ?? '',
    progressMeetings: draft.progressMeetings === null ? '' : String(draft.progressMeetings),
  };
}

const intOrNull = (s: string): number | null => (s.trim() === '' ? null : Number(s));

function fieldsOf(s: FormState): DraftFields {
  const onderwijs = s.route === 'Onderwijs';
  return {
    route: s.route,
    intensity: s.intensity.trim() || null,
    hoursPerWeek: intOrNull(s.hoursPerWeek),
    level: s.level === 'none' ? null : s.level,
    a2Skills: s.level === 'A2' ? s.a2Skills : [],
    estimatedB1Intensity: intOrNull(s.estimatedB1Intensity),
    motivation: s.motivation,
    support: s.support.trim() || null,
    pvtIntensity: s.pvtIntensity.trim() || null,
    mapIntensity: onderwijs ? null : s.mapIntensity.trim() || null,
    mapThemesOmitted: onderwijs ? [] : mapThemes.filter((theme) => s.omitted[theme] !== undefined).map((theme) => ({ theme, reason: s.omitted[theme] ?? '' })),
    vve: s.vve.trim() || null,
    participation: s.participation.trim() || null,
    participatiewet: s.participatiewet.trim() || null,
    relief: s.bijstand ? { bijstandFrom: s.bijstandFrom || null } : null,
    progressMeetings: intOrNull(s.progressMeetings),
  };
}

/** Messages per form field, from the pre-validation and from a refused save. */
function messagesByField(validation: PipValidation, error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of [...validation.problems, ...(validation.duo?.errors ?? [])]) out[p.field] ??= p.message;
  if (isApiError(error)) for (const [k, v] of Object.entries(error.fields)) out[k] = v;
  if (isApiError(error) && error.field) out[error.field] = error.message;
  return out;
}

/** Fields that exist in the form (a validation message links to them); others concern the case itself. */
const formFields = new Set(['route', 'motivation', 'intensity', 'hoursPerWeek', 'level', 'a2Skills', 'estimatedB1Intensity', 'support', 'pvtIntensity', 'mapIntensity', 'vve', 'participation', 'participatiewet', 'relief', 'progressMeetings', 'issuedOn']);

/** True when every field an API error names is a field of this form (the message shows there). */
function shownAtFields(error: unknown): boolean {
  if (!isApiError(error)) return false;
  const named = [...Object.keys(error.fields), ...(error.field ? [error.field] : [])];
  return named.length > 0 && named.every((f) => formFields.has(f.split('.')[0] ?? '') || f.startsWith('mapThemesOmitted.'));
}

function ValidationPanel({ validation }: { validation: PipValidation }) {
  const { t } = useTranslation();
  const all = [...validation.problems, ...(validation.duo?.errors ?? [])];
  return (
    <Alert type={validation.accepted ? 'ok' : 'warning'} className="koers-alert" data-testid="pip-validation">
      <Heading4 id="pip-validation-heading">{validation.accepted ? t('pip.validation.ok') : t('pip.validation.notOk', { count: all.length })}</Heading4>
      {all.length ? (
        <UnorderedList aria-labelledby="pip-validation-heading">
          {all.map((p, i) => (
            <UnorderedListItem key={`${p.code}-${i}`}>
              {formFields.has(p.field.split('.')[0] ?? '') ? (
                <a className="utrecht-link" href={`#pip-field-${p.field.replace('.', '-')}`}>
                  {p.message}
                </a>
              ) : (
                p.message
              )}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      {validation.duo ? <ExplanationDetails explanation={validation.duo.explanation} label={t('pip.validation.duoExplanation')} /> : <Paragraph>{t('pip.validation.duoNotRun')}</Paragraph>}
    </Alert>
  );
}

export function PipDraftForm({ caseId, draft, overview, canWrite, onChanged }: { caseId: string; draft: DraftPip; overview: PipOverview; canWrite: boolean; onChanged: (focus?: string) => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [state, setState] = useState<FormState>(() => stateOf(draft));
  const [current, setCurrent] = useState<DraftPip>(draft);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [issueError, setIssueError] = useState<unknown>(null);
  const [confirming, setConfirming] = useState<'issue' | 'delete' | null>(null);
  const [issuedOn, setIssuedOn] = useState(todayIso());
  const confirmRef = useRef<HTMLHeadingElement>(null);

  // Take the server's version only when it is newer than what this form holds (keeps unsaved edits on a reload);
  // only a newer draft from the server resets the form, hence the narrow dependencies.
  useEffect(() => {
    setCurrent((held) => (held.id === draft.id && held.updatedAt >= draft.updatedAt ? held : draft));
    setState((held) => (current.id === draft.id && current.updatedAt >= draft.updatedAt ? held : stateOf(draft)));
  }, [draft.id, draft.updatedAt]);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => {
    setSaved(false);
    setDirty(true);
    setState((s) => ({ ...s, [key]: value }));
  };
  const messages = messagesByField(current.validation, error);
  const fieldId = (field: string) => `pip-field-${field.replace('.', '-')}`;
  const disabled = !canWrite || busy;
  const advice = overview.advice;
  const deviates = advice !== null && state.route !== null && state.route !== advice.route;
  const blockerCount = current.validation.problems.length + (current.validation.duo?.errors.length ?? 0);
  // With open blockers in the saved concept the button waits; after an edit it saves and the server judges again.
  const blocked = !current.validation.accepted && !dirty && blockerCount > 0;

  async function save(event?: FormEvent): Promise<DraftPip | null> {
    event?.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const next = await updatePipDraft(caseId, current.id, { ...fieldsOf(state), updatedAt: current.updatedAt });
      setCurrent(next);
      setSaved(true);
      setDirty(false);
      return next;
    } catch (caught) {
      setError(caught);
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function issue() {
    setIssueError(null);
    const latest = await save();
    if (!latest) {
      setConfirming(null);
      return;
    }
    setBusy(true);
    try {
      await issuePip(caseId, latest.id, { updatedAt: latest.updatedAt, issuedOn });
      setConfirming(null);
      onChanged('pip-versions-heading');
    } catch (caught) {
      // Refused: said next to the button, and the "saved" notice no longer suggests all went well.
      setSaved(false);
      setIssueError(caught);
      setConfirming(null);
    } finally {
      setBusy(false);
    }
  }

  async function remove() {
    setBusy(true);
    try {
      await deletePipDraft(caseId, current.id);
      setConfirming(null);
      onChanged('pip-heading');
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const routeOptions = learningRoutes.map((r) => ({ value: r, label: t(`pip.route.${r}`), description: t(`pip.routeHint.${r}`) }));
  const title = current.supersedesId
    ? t('pip.draft.changeHeading', { version: current.version, reason: t(`pip.changeReason.${(current.changeReason ?? 'other') as 'other'}`) })
    : t('pip.draft.heading', { version: current.version });

  return (
    <section aria-labelledby="pip-draft-heading" className="koers-pip-block koers-panel" data-testid="pip-draft">
      <Heading3 id="pip-draft-heading" tabIndex={-1}>
        {title}
      </Heading3>
      <Paragraph>{t(overview.kind === 'advies' ? 'pip.draft.adviesHint' : 'pip.draft.beschikkingHint')}</Paragraph>
      <div className="koers-pip-draft">
        <ValidationPanel validation={current.validation} />
        {error && !shownAtFields(error) ? <ErrorAlert error={error} /> : null}
        {saved ? (
          <Alert type="ok" role="status" className="koers-alert">
            <Paragraph>{t('pip.draft.saved')}</Paragraph>
          </Alert>
        ) : null}
        <form noValidate className="koers-form koers-form--wide" aria-labelledby="pip-draft-heading" onSubmit={(e) => void save(e)}>
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
          <TextField id={fieldId('intensity')} label={t('pip.draft.intensity')} description={t('pip.draft.intensityHint')} value={state.intensity} error={messages.intensity} disabled={disabled} onChange={(e) => set('intensity', e.target.value)} />
          <TextField id={fieldId('hoursPerWeek')} type="number" min={0} max={60} inputMode="numeric" label={t('pip.draft.hoursPerWeek')} value={state.hoursPerWeek} error={messages.hoursPerWeek} disabled={disabled} onChange={(e) => set('hoursPerWeek', e.target.value)} />
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
          {state.route === 'B1' && overview.targetGroup === 'asiel' ? (
            <TextField id={fieldId('estimatedB1Intensity')} type="number" min={1} max={9999} inputMode="numeric" label={t('pip.draft.estimatedB1Intensity')} description={t('pip.draft.estimatedB1IntensityHint')} value={state.estimatedB1Intensity} error={messages.estimatedB1Intensity} disabled={disabled} onChange={(e) => set('estimatedB1Intensity', e.target.value)} />
          ) : messages.estimatedB1Intensity ? (
            <TextField id={fieldId('estimatedB1Intensity')} type="number" label={t('pip.draft.estimatedB1Intensity')} value={state.estimatedB1Intensity} error={messages.estimatedB1Intensity} disabled={disabled} onChange={(e) => set('estimatedB1Intensity', e.target.value)} />
          ) : null}
          <TextAreaField id={fieldId('support')} label={t('pip.draft.support')} description={t('pip.draft.supportHint')} value={state.support} error={messages.support} disabled={disabled} onChange={(v) => set('support', v)} />
          <TextAreaField id={fieldId('pvtIntensity')} label={t('pip.draft.pvtIntensity')} description={t('pip.draft.pvtHint')} value={state.pvtIntensity} error={messages.pvtIntensity} disabled={disabled} onChange={(v) => set('pvtIntensity', v)} rows={2} />
          {state.route === 'Onderwijs' ? (
            <Paragraph id={fieldId('mapIntensity')}>{messages.mapIntensity ?? t('pip.draft.noMap')}</Paragraph>
          ) : (
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
          )}
          <TextAreaField id={fieldId('vve')} label={t('pip.draft.vve')} description={t('pip.draft.vveHint')} value={state.vve} error={messages.vve} disabled={disabled} onChange={(v) => set('vve', v)} rows={2} />
          <TextAreaField id={fieldId('participation')} label={t('pip.draft.participation')} value={state.participation} error={messages.participation} disabled={disabled} onChange={(v) => set('participation', v)} rows={2} />
          <TextAreaField id={fieldId('participatiewet')} label={t('pip.draft.participatiewet')} value={state.participatiewet} error={messages.participatiewet} disabled={disabled} onChange={(v) => set('participatiewet', v)} rows={2} />
          <Fieldset className="koers-field">
            <FieldsetLegend>{t('pip.draft.relief')}</FieldsetLegend>
            <Paragraph>{t('pip.draft.reliefHint')}</Paragraph>
            <FormFieldCheckbox label={t('pip.draft.bijstand')} checked={state.bijstand} disabled={disabled} onChange={(e) => set('bijstand', e.target.checked)} />
            {state.bijstand ? (
              <TextField id={fieldId('relief')} type="date" label={t('pip.draft.bijstandFrom')} value={state.bijstandFrom} error={messages.relief ?? messages['relief.bijstandFrom']} disabled={disabled} onChange={(e) => set('bijstandFrom', e.target.value)} />
            ) : null}
            {current.relief ? (
              <>
                <Paragraph data-testid="pip-relief"><ServerText>{current.relief.explanation.summary}</ServerText></Paragraph>
                <ExplanationDetails explanation={current.relief.explanation} />
              </>
            ) : null}
          </Fieldset>
          <TextField id={fieldId('progressMeetings')} type="number" min={0} max={52} inputMode="numeric" label={t('pip.draft.progressMeetings')} description={t('pip.draft.progressMeetingsHint', { count: overview.defaults.progressMeetings })} value={state.progressMeetings} error={messages.progressMeetings} disabled={disabled} onChange={(e) => set('progressMeetings', e.target.value)} />
          {canWrite ? (
            <>
              <TextField id={fieldId('issuedOn')} type="date" label={t('pip.issue.dateLabel')} description={t('pip.issue.dateHint')} value={issuedOn} max={todayIso()} error={messages.issuedOn} onChange={(e) => setIssuedOn(e.target.value)} />
              <ButtonGroup>
                <SecondaryActionButton type="submit" busy={busy} disabled={busy}>
                  {t('pip.draft.save')}
                </SecondaryActionButton>
                <PrimaryActionButton
                  type="button"
                  disabled={busy || blocked}
                  aria-describedby={blocked ? 'pip-issue-blocked' : undefined}
                  onClick={() => setConfirming('issue')}
                >
                  {t('pip.issue.button')}
                </PrimaryActionButton>
                <SecondaryActionButton type="button" disabled={busy} onClick={() => setConfirming('delete')}>
                  {t('pip.draft.delete')}
                </SecondaryActionButton>
              </ButtonGroup>
              {blocked ? (
                <Paragraph id="pip-issue-blocked" data-testid="pip-issue-blocked">
                  {t('pip.issue.blocked', { count: blockerCount })}
                </Paragraph>
              ) : null}
              {issueError ? (
                <div data-testid="pip-issue-error">
                  <ErrorAlert error={issueError} title={t('pip.issue.refused')} headingLevel={4} />
                </div>
              ) : null}
            </>
          ) : null}
        </form>
      </div>
      {confirming ? (
        <div className="koers-panel" role="region" aria-labelledby="pip-confirm-heading" data-testid="pip-confirm">
          <Heading4 id="pip-confirm-heading" ref={confirmRef} tabIndex={-1}>
            {confirming === 'issue' ? t('pip.issue.confirmTitle') : t('pip.draft.deleteTitle')}
          </Heading4>
          <Paragraph>
            {confirming === 'issue'
              ? t(overview.kind === 'advies' ? 'pip.issue.confirmTextAdvies' : 'pip.issue.confirmText', { date: formatDate(issuedOn, language) })
              : t('pip.draft.deleteText')}
          </Paragraph>
          <ButtonGroup>
            <PrimaryActionButton type="button" busy={busy} disabled={busy} onClick={() => void (confirming === 'issue' ? issue() : remove())}>
              {confirming === 'issue' ? t('pip.issue.confirm') : t('pip.draft.deleteConfirm')}
            </PrimaryActionButton>
            <SecondaryActionButton type="button" onClick={() => setConfirming(null)}>
              {t('common.cancel')}
            </SecondaryActionButton>
          </ButtonGroup>
        </div>
      ) : null}
    </section>
  );
}
