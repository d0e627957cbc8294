// The PIP draft (or change draft): its fields, the pre-validation, save, issue and delete.
import { Alert, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { changeReasons, type DraftPip, type PipOverview } from '../../../api/pip.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { isOneOf } from '@koers/domain';
import { ConfirmPanel, DraftActions } from './DraftActions.tsx';
import { LevelFields, MapFields, ReliefFields, RouteFields } from './DraftFieldGroups.tsx';
import { fieldId, messagesByField, shownAtFields } from './draftState.ts';
import { usePipDraft } from './usePipDraft.ts';
import { ValidationPanel } from './ValidationPanel.tsx';

export function PipDraftForm({ caseId, draft, overview, canWrite, onChanged }: { caseId: string; draft: DraftPip; overview: PipOverview; canWrite: boolean; onChanged: (focus?: string) => void }) {
  const { t } = useTranslation();
  const { state, set, current, error, busy, saved, dirty, issueError, confirming, setConfirming, issuedOn, setIssuedOn, confirmRef, save, issue, remove } = usePipDraft(caseId, draft, onChanged);
  const messages = messagesByField(current.validation, error);
  const disabled = !canWrite || busy;
  const blockerCount = current.validation.problems.length + (current.validation.duo?.errors.length ?? 0);
  // With open blockers in the saved concept the button waits; after an edit it saves and the server judges again.
  const blocked = !current.validation.accepted && !dirty && blockerCount > 0;
  const group = { state, set, messages, disabled };
  const reason = isOneOf(changeReasons, current.changeReason) ? current.changeReason : 'other';
  const title = current.supersedesId ? t('pip.draft.changeHeading', { version: current.version, reason: t(`pip.changeReason.${reason}`) }) : t('pip.draft.heading', { version: current.version });

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
          <RouteFields {...group} advice={overview.advice} />
          <TextField id={fieldId('intensity')} label={t('pip.draft.intensity')} description={t('pip.draft.intensityHint')} value={state.intensity} error={messages.intensity} disabled={disabled} onChange={(e) => set('intensity', e.target.value)} />
          <TextField id={fieldId('hoursPerWeek')} type="number" min={0} max={60} inputMode="numeric" label={t('pip.draft.hoursPerWeek')} value={state.hoursPerWeek} error={messages.hoursPerWeek} disabled={disabled} onChange={(e) => set('hoursPerWeek', e.target.value)} />
          <LevelFields {...group} targetGroup={overview.targetGroup} />
          <TextAreaField id={fieldId('support')} label={t('pip.draft.support')} description={t('pip.draft.supportHint')} value={state.support} error={messages.support} disabled={disabled} onChange={(v) => set('support', v)} />
          <TextAreaField id={fieldId('pvtIntensity')} label={t('pip.draft.pvtIntensity')} description={t('pip.draft.pvtHint')} value={state.pvtIntensity} error={messages.pvtIntensity} disabled={disabled} onChange={(v) => set('pvtIntensity', v)} rows={2} />
          <MapFields {...group} error={error} />
          <TextAreaField id={fieldId('vve')} label={t('pip.draft.vve')} description={t('pip.draft.vveHint')} value={state.vve} error={messages.vve} disabled={disabled} onChange={(v) => set('vve', v)} rows={2} />
          <TextAreaField id={fieldId('participation')} label={t('pip.draft.participation')} value={state.participation} error={messages.participation} disabled={disabled} onChange={(v) => set('participation', v)} rows={2} />
          <TextAreaField id={fieldId('participatiewet')} label={t('pip.draft.participatiewet')} value={state.participatiewet} error={messages.participatiewet} disabled={disabled} onChange={(v) => set('participatiewet', v)} rows={2} />
          <ReliefFields {...group} relief={current.relief} />
          <TextField id={fieldId('progressMeetings')} type="number" min={0} max={52} inputMode="numeric" label={t('pip.draft.progressMeetings')} description={t('pip.draft.progressMeetingsHint', { count: overview.defaults.progressMeetings })} value={state.progressMeetings} error={messages.progressMeetings} disabled={disabled} onChange={(e) => set('progressMeetings', e.target.value)} />
          {canWrite ? <DraftActions issuedOn={issuedOn} setIssuedOn={setIssuedOn} issuedOnError={messages.issuedOn} busy={busy} blocked={blocked} blockerCount={blockerCount} issueError={issueError} setConfirming={setConfirming} /> : null}
        </form>
      </div>
      {confirming ? (
        <ConfirmPanel confirming={confirming} confirmRef={confirmRef} kind={overview.kind} issuedOn={issuedOn} busy={busy} onConfirm={() => void (confirming === 'issue' ? issue() : remove())} onCancel={() => setConfirming(null)} />
      ) : null}
    </section>
  );
}
