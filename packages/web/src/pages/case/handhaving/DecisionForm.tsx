import { ButtonGroup, Heading4, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { decide, type Violation } from '../../../api/handhaving.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';
import { todayIso } from '../../../format/dates.ts';

/** The four-eyes decision: only for handhaving:decide; the server refuses the one who prepared it. */
export function DecisionForm({ caseId, violation, onSaved }: { caseId: string; violation: Violation; onSaved: (message: string) => void }) {
  const { t } = useTranslation();
  const [on, setOn] = useState(todayIso());
  const [fine, setFine] = useState<'ja' | 'nee'>('ja');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const id = (f: string) => `handhaving-${violation.id}-decide-${f}`;
  const fieldMessage = (f: string) => (isApiError(error) ? error.messageFor(f) : undefined);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await decide(caseId, violation.id, { version: violation.version, on, fine: fine === 'ja', reason: reason.trim() || null });
      onSaved(t('handhaving.decide.saved'));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form
      noValidate
      className="koers-form koers-panel"
      aria-labelledby={id('heading')}
      onSubmit={(e) => void submit(e)}
      data-testid="decision-form"
    >
      <Heading4 id={id('heading')}>{t('handhaving.decide.heading')}</Heading4>
      <Paragraph>{t('handhaving.decide.explain')}</Paragraph>
      {error && !['on', 'reason'].some((f) => fieldMessage(f)) ? <ErrorAlert error={error} headingLevel={5} /> : null}
      <TextField
        id={id('on')}
        type="date"
        label={t('handhaving.step.on')}
        value={on}
        max={todayIso()}
        error={fieldMessage('on')}
        onChange={(e) => setOn(e.target.value)}
      />
      <SelectField
        id={id('fine')}
        label={t('handhaving.decide.fine')}
        value={fine}
        options={[
          { value: 'ja', label: t('handhaving.decide.fineYes') },
          { value: 'nee', label: t('handhaving.decide.fineNo') },
        ]}
        onChange={setFine}
      />
      <TextAreaField
        id={id('reason')}
        label={t('handhaving.decide.reason')}
        value={reason}
        error={fieldMessage('reason')}
        onChange={setReason}
      />
      <ButtonGroup>
        <PrimaryActionButton type="submit" disabled={busy}>
          {t('handhaving.decide.save')}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}
