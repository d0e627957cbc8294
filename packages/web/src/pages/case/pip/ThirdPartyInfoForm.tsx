import { ButtonGroup, Heading3, Paragraph, SecondaryActionButton, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/client.ts';
import { recordThirdPartyInfo, type ThirdPartyInfo } from '../../../api/pip.ts';
import { ErrorAlert } from '../../../components/ErrorAlert.tsx';
import { TextField } from '../../../components/TextField.tsx';
import { formatDate, todayIso } from '../../../format/dates.ts';

/** Waiting for / receiving information from a third party (art. 5.3 lid 2 Besluit): moves the PIP deadline. */
export function ThirdPartyInfoForm({ caseId, info, canWrite, onSaved }: { caseId: string; info: ThirdPartyInfo; canWrite: boolean; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const [receivedOn, setReceivedOn] = useState(todayIso());
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function save(status: 'wachtend' | 'ontvangen', event?: FormEvent) {
    event?.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await recordThirdPartyInfo(caseId, { version: info.version, status, ...(status === 'ontvangen' ? { receivedOn } : {}), note: note.trim() || null });
      setNote('');
      onSaved();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const fieldError = isApiError(error) ? error.messageFor('receivedOn') : undefined;
  return (
    <section aria-labelledby="pip-third-party-heading" className="koers-pip-block">
      <Heading3 id="pip-third-party-heading">{t('pip.thirdParty.heading')}</Heading3>
      <Paragraph>
        {t(`pip.thirdParty.status.${info.status}`, {
          since: formatDate(info.waitingSince, language),
          date: formatDate(info.receivedOn, language),
        })}
      </Paragraph>
      {info.history.length ? (
        <UnorderedList aria-label={t('pip.thirdParty.history')}>
          {info.history.map((h, i) => (
            <UnorderedListItem key={i}>
              {formatDate(h.on, language)}: {t(`pip.thirdParty.event.${h.status === 'wachtend' ? 'wachtend' : 'ontvangen'}`)} — {h.actorName}
              {h.note ? ` (${h.note})` : ''}
            </UnorderedListItem>
          ))}
        </UnorderedList>
      ) : null}
      {canWrite ? (
        <form noValidate className="koers-form" aria-labelledby="pip-third-party-heading" onSubmit={(e) => void save('ontvangen', e)}>
          {error && !fieldError ? <ErrorAlert error={error} /> : null}
          <TextField id="pip-third-party-note" label={t('pip.thirdParty.note')} value={note} onChange={(e) => setNote(e.target.value)} />
          <TextField
            id="pip-third-party-received"
            type="date"
            label={t('pip.thirdParty.receivedOn')}
            value={receivedOn}
            error={fieldError}
            onChange={(e) => setReceivedOn(e.target.value)}
          />
          <ButtonGroup>
            <SecondaryActionButton type="button" disabled={busy} onClick={() => void save('wachtend')}>
              {t('pip.thirdParty.markWaiting')}
            </SecondaryActionButton>
            <SecondaryActionButton type="submit" disabled={busy}>
              {t('pip.thirdParty.markReceived')}
            </SecondaryActionButton>
          </ButtonGroup>
        </form>
      ) : null}
    </section>
  );
}
