// The PIP draft's actions: the issue date and buttons, why issuing waits, and the confirmation step.
import { ButtonGroup, Heading4, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { PipOverview } from '../../../api/pip.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { formatDate, todayIso } from '../../../format/dates.ts';
import { fieldId } from './draftState.ts';
import type { Confirming } from './usePipDraft.ts';

export function DraftActions(props: {
  issuedOn: string;
  setIssuedOn: (value: string) => void;
  issuedOnError: string | undefined;
  busy: boolean;
  blocked: boolean;
  blockerCount: number;
  issueError: unknown;
  setConfirming: (value: Confirming) => void;
}) {
  const { t } = useTranslation();
  const { busy, blocked, issueError, setConfirming } = props;
  return (
    <>
      <TextField id={fieldId('issuedOn')} type="date" label={t('pip.issue.dateLabel')} description={t('pip.issue.dateHint')} value={props.issuedOn} max={todayIso()} error={props.issuedOnError} onChange={(e) => props.setIssuedOn(e.target.value)} />
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
          {t('pip.issue.blocked', { count: props.blockerCount })}
        </Paragraph>
      ) : null}
      {issueError ? (
        <div data-testid="pip-issue-error">
          <ErrorAlert error={issueError} title={t('pip.issue.refused')} headingLevel={4} />
        </div>
      ) : null}
    </>
  );
}

export function ConfirmPanel(props: {
  confirming: 'issue' | 'delete';
  confirmRef: RefObject<HTMLHeadingElement | null>;
  kind: PipOverview['kind'];
  issuedOn: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const { confirming, busy } = props;
  return (
    <div className="koers-panel" role="region" aria-labelledby="pip-confirm-heading" data-testid="pip-confirm">
      <Heading4 id="pip-confirm-heading" ref={props.confirmRef} tabIndex={-1}>
        {confirming === 'issue' ? t('pip.issue.confirmTitle') : t('pip.draft.deleteTitle')}
      </Heading4>
      <Paragraph>
        {confirming === 'issue'
          ? t(props.kind === 'advies' ? 'pip.issue.confirmTextAdvies' : 'pip.issue.confirmText', { date: formatDate(props.issuedOn, language) })
          : t('pip.draft.deleteText')}
      </Paragraph>
      <ButtonGroup>
        <PrimaryActionButton type="button" busy={busy} disabled={busy} onClick={props.onConfirm}>
          {confirming === 'issue' ? t('pip.issue.confirm') : t('pip.draft.deleteConfirm')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" onClick={props.onCancel}>
          {t('common.cancel')}
        </SecondaryActionButton>
      </ButtonGroup>
    </div>
  );
}
