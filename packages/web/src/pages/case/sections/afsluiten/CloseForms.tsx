// Closing a case (with its reason and, on a move, the new gemeente) and reopening a closed case.
import { ButtonGroup, Heading3, Paragraph, PrimaryActionButton, SecondaryActionButton } from '@utrecht/component-library-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { closeCase, closeReasons, reopenCase, type ClosableCase, type CloseReason, type CloseResult } from '../../../../api/case-closing.ts';
import { ErrorAlert } from '../../../../components/ErrorAlert.tsx';
import { TextField } from '../../../../components/TextField.tsx';
import { TextAreaField } from '../../../../components/form/TextAreaField.tsx';
import { useFormSubmit } from '../../../../components/form/useFormSubmit.ts';
import { todayIso } from '../../../../format/dates.ts';
import { RadioGroup } from '../../pip/fields.tsx';

export function CloseForm({ kase, onCancel, onClosed }: { kase: ClosableCase; onCancel: () => void; onClosed: (r: CloseResult) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState<CloseReason | null>(null);
  const [effectiveOn, setEffectiveOn] = useState(todayIso());
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [note, setNote] = useState('');
  const { busy, error, setError, fieldError: fieldMessage, run } = useFormSubmit();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason) {
      setError(new Error(t('afsluiten.close.reasonRequired')));
      return;
    }
    const movedTo = reason === 'verhuisd' ? { movedTo: { code: code.trim(), name: name.trim() } } : {};
    await run(() => closeCase(kase.id, { reason, effectiveOn, note: note.trim() || null, ...movedTo, version: kase.version }), onClosed);
  }

  const fields = ['reason', 'effectiveOn', 'note', 'movedTo', 'movedTo.code', 'movedTo.name'];
  return (
    <section aria-labelledby="afsluiten-close-heading" className="koers-panel" data-testid="close-form">
      <Heading3 id="afsluiten-close-heading" ref={headingRef} tabIndex={-1}>
        {t('afsluiten.close.heading')}
      </Heading3>
      <Paragraph>{t('afsluiten.close.explain')}</Paragraph>
      {error && !fields.some((f) => fieldMessage(f)) ? <ErrorAlert error={error} headingLevel={4} /> : null}
      <form noValidate className="koers-form" aria-labelledby="afsluiten-close-heading" onSubmit={(e) => void submit(e)}>
        <RadioGroup
          id="afsluiten-reason"
          legend={t('afsluiten.close.reason')}
          error={fieldMessage('reason')}
          options={closeReasons.map((r) => ({ value: r, label: t(`afsluiten.reason.${r}`) }))}
          value={reason}
          onChange={setReason}
        />
        <TextField id="afsluiten-date" type="date" label={t('afsluiten.close.effectiveOn')} value={effectiveOn} max={todayIso()} error={fieldMessage('effectiveOn')} onChange={(e) => setEffectiveOn(e.target.value)} />
        {reason === 'verhuisd' ? (
          <>
            <TextField
              id="afsluiten-gemeente-code"
              label={t('afsluiten.close.gemeenteCode')}
              description={t('afsluiten.close.gemeenteCodeHint')}
              inputMode="numeric"
              value={code}
              error={fieldMessage('movedTo.code') ?? fieldMessage('movedTo')}
              onChange={(e) => setCode(e.target.value)}
            />
            <TextField id="afsluiten-gemeente-name" label={t('afsluiten.close.gemeenteName')} value={name} error={fieldMessage('movedTo.name')} onChange={(e) => setName(e.target.value)} />
          </>
        ) : null}
        <TextAreaField id="afsluiten-note" label={t('afsluiten.close.note')} value={note} error={fieldMessage('note')} onChange={setNote} rows={2} />
        <ButtonGroup>
          <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
            {t('afsluiten.close.submit')}
          </PrimaryActionButton>
          <SecondaryActionButton type="button" onClick={onCancel}>
            {t('common.cancel')}
          </SecondaryActionButton>
        </ButtonGroup>
      </form>
    </section>
  );
}

export function ReopenForm({ kase, onCancel, onReopened }: { kase: ClosableCase; onCancel: () => void; onReopened: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const { busy, error, fieldError: fieldMessage, run } = useFormSubmit();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    await run(() => reopenCase(kase.id, { reason: reason.trim(), version: kase.version }), onReopened);
  }
  return (
    <section aria-labelledby="afsluiten-reopen-heading" className="koers-panel" data-testid="reopen-form">
      <Heading3 id="afsluiten-reopen-heading" ref={headingRef} tabIndex={-1}>
        {t('afsluiten.reopen.heading')}
      </Heading3>
      <Paragraph>{t('afsluiten.reopen.explain')}</Paragraph>
      {error && !fieldMessage('reason') ? <ErrorAlert error={error} headingLevel={4} /> : null}
      <form noValidate className="koers-form" aria-labelledby="afsluiten-reopen-heading" onSubmit={(e) => void submit(e)}>
        <TextAreaField id="afsluiten-reopen-reason" label={t('afsluiten.reopen.reason')} value={reason} error={fieldMessage('reason')} onChange={setReason} rows={2} />
        <ButtonGroup>
          <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
            {t('afsluiten.reopen.submit')}
          </PrimaryActionButton>
          <SecondaryActionButton type="button" onClick={onCancel}>
            {t('common.cancel')}
          </SecondaryActionButton>
        </ButtonGroup>
      </form>
    </section>
  );
}
