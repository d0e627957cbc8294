import { ButtonGroup, Heading3, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { withdrawPip, withdrawalReasons, type Pip, type WithdrawalReason } from '../../../api/pip.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { RadioGroup } from './fields.tsx';
import { formatDate, todayIso } from '../../../format/dates.ts';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';

/** Confirm form for withdrawing (intrekken) the current vastgesteld PIP version. DUO's own check runs on the server. */
export function PipWithdrawForm({
  caseId,
  current,
  previousVersion,
  onCancel,
  onWithdrawn,
}: {
  caseId: string;
  current: Pip;
  /** The version this one replaced: it becomes the current PIP again (as at DUO). */
  previousVersion: number | null;
  onCancel: () => void;
  onWithdrawn: () => void;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [withdrawnOn, setWithdrawnOn] = useState(todayIso());
  const [reason, setReason] = useState<WithdrawalReason | null>(null);
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason) {
      setError(new Error(t('pip.withdraw.reasonRequired')));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await withdrawPip(caseId, current.id, { withdrawnOn, reason, note: note.trim() || null });
      onWithdrawn();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const fieldMessage = (f: string) => (isApiError(error) ? error.messageFor(f) : undefined);
  const refused = isApiError(error) && error.code === 'DUO_PREVALIDATION_FAILED';
  return (
    <section aria-labelledby="pip-withdraw-heading" className="koers-panel" data-testid="pip-withdraw">
      <Heading3 id="pip-withdraw-heading" ref={headingRef} tabIndex={-1}>
        {t('pip.withdraw.heading', { version: current.version })}
      </Heading3>
      <Paragraph>{t('pip.withdraw.explain', { date: formatDate(current.issuedOn, language) })}</Paragraph>
      {error && (refused || !['withdrawnOn', 'reason', 'note'].some((f) => fieldMessage(f))) ? <ErrorAlert error={error} title={refused ? t('pip.withdraw.refused') : undefined} /> : null}
      <form noValidate className="koers-form" aria-labelledby="pip-withdraw-heading" onSubmit={(e) => void submit(e)}>
        <TextField
          id="pip-withdraw-date"
          type="date"
          label={t('pip.withdraw.withdrawnOn')}
          value={withdrawnOn}
          max={todayIso()}
          min={current.issuedOn ?? undefined}
          error={fieldMessage('withdrawnOn')}
          onChange={(e) => setWithdrawnOn(e.target.value)}
        />
        <RadioGroup
          id="pip-withdraw-reason"
          legend={t('pip.withdraw.reason')}
          error={fieldMessage('reason')}
          options={withdrawalReasons.map((r) => ({ value: r, label: t(`pip.withdrawalReason.${r}`) }))}
          value={reason}
          onChange={setReason}
        />
        <TextAreaField
          id="pip-withdraw-note"
          label={reason === 'anders' ? t('pip.withdraw.noteRequired') : t('pip.withdraw.note')}
          value={note}
          error={fieldMessage('note')}
          onChange={setNote}
          rows={2}
        />
        <Paragraph>{previousVersion === null ? t('pip.withdraw.confirm') : t('pip.withdraw.confirmChanged', { version: previousVersion })}</Paragraph>
        <ButtonGroup>
          <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
            {t('pip.withdraw.submit')}
          </PrimaryActionButton>
          <SecondaryActionButton type="button" onClick={onCancel}>
            {t('common.cancel')}
          </SecondaryActionButton>
        </ButtonGroup>
      </form>
    </section>
  );
}
