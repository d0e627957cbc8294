import { ButtonGroup, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import type { PvtGroup, PvtGroupInput } from '../../api/pvtMap.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';

/** Name, provider (free text until the provider register exists), interpreter language and ceremony day of a PVT group. */
export function PvtGroupForm({ group, submitLabel, onSubmit, idPrefix }: { group: PvtGroup | null; submitLabel: string; idPrefix: string; onSubmit: (input: PvtGroupInput) => Promise<void> }) {
  const { t } = useTranslation();
  const [name, setName] = useState(group?.name ?? '');
  const [providerName, setProviderName] = useState(group?.providerName ?? '');
  const [language, setLanguage] = useState(group?.interpreterLanguage ?? '');
  const [ceremonyOn, setCeremonyOn] = useState(group?.ceremonyOn ?? '');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSaved(false);
    try {
      await onSubmit({ name, providerName, interpreterLanguage: language.trim() === '' ? null : language, ceremonyOn: ceremonyOn === '' ? null : ceremonyOn });
      setSaved(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const fieldError = (f: string) => (isApiError(error) ? error.messageFor(f) : undefined);
  const known = ['name', 'providerName', 'interpreterLanguage', 'ceremonyOn'].some((f) => fieldError(f) !== undefined);

  return (
    <form noValidate className="koers-form" onSubmit={(e) => void submit(e)} aria-label={submitLabel}>
      {error && !known ? <ErrorAlert error={error} /> : null}
      <TextField id={`${idPrefix}-name`} label={t('pvtmap.groups.name')} value={name} onChange={(e) => setName(e.target.value)} error={fieldError('name')} />
      <TextField id={`${idPrefix}-provider`} label={t('pvtmap.groups.provider')} description={t('pvtmap.groups.providerHint')} value={providerName} onChange={(e) => setProviderName(e.target.value)} error={fieldError('providerName')} />
      <TextField id={`${idPrefix}-language`} label={t('pvtmap.groups.language')} description={t('pvtmap.groups.languageHint')} value={language} onChange={(e) => setLanguage(e.target.value)} error={fieldError('interpreterLanguage')} />
      <TextField id={`${idPrefix}-ceremony`} type="date" label={t('pvtmap.groups.ceremonyOn')} value={ceremonyOn} onChange={(e) => setCeremonyOn(e.target.value)} error={fieldError('ceremonyOn')} />
      {saved && group ? <Paragraph role="status">{t('pvtmap.groups.saved')}</Paragraph> : null}
      <ButtonGroup>
        <PrimaryActionButton type="submit" busy={busy} disabled={busy}>
          {submitLabel}
        </PrimaryActionButton>
      </ButtonGroup>
    </form>
  );
}
