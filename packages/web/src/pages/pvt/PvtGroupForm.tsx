import { ButtonGroup, Paragraph, PrimaryActionButton } from '@utrecht/component-library-react';
import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { listPvtProviders, type PvtGroup, type PvtGroupInput } from '../../api/pvtMap.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { TextField } from '../../components/TextField.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';

/** Name, provider (one of the organisation's PVT providers, ADR 0144), interpreter language and ceremony day of a PVT group. */
export function PvtGroupForm({ group, submitLabel, onSubmit, idPrefix }: { group: PvtGroup | null; submitLabel: string; idPrefix: string; onSubmit: (input: PvtGroupInput) => Promise<void> }) {
  const { t } = useTranslation();
  const [name, setName] = useState(group?.name ?? '');
  const providers = useQuery({ queryKey: ['providers', 'pvt-aanbieder'], queryFn: listPvtProviders });
  const [providerId, setProviderId] = useState(group?.providerId ?? '');
  // A group made before the register keeps its typed name until a provider is picked.
  const typedName = group && group.providerId === null ? group.providerName : null;
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
      const provider = providerId !== '' ? { providerId } : typedName !== null ? { providerName: typedName } : { providerId: null };
      await onSubmit({ name, ...provider, interpreterLanguage: language.trim() === '' ? null : language, ceremonyOn: ceremonyOn === '' ? null : ceremonyOn });
      setSaved(true);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const fieldError = (f: string) => (isApiError(error) ? error.messageFor(f) : undefined);
  const known = ['name', 'providerId', 'providerName', 'interpreterLanguage', 'ceremonyOn'].some((f) => fieldError(f) !== undefined);

  return (
    <form noValidate className="koers-form" onSubmit={(e) => void submit(e)} aria-label={submitLabel}>
      {error && !known ? <ErrorAlert error={error} /> : null}
      <TextField id={`${idPrefix}-name`} label={t('pvtmap.groups.name')} value={name} onChange={(e) => setName(e.target.value)} error={fieldError('name')} />
      <SelectField
        id={`${idPrefix}-provider`}
        label={t('pvtmap.groups.provider')}
        description={providers.data?.length === 0 ? t('pvtmap.groups.noProviders') : t('pvtmap.groups.providerHint')}
        value={providerId}
        error={fieldError('providerId') ?? fieldError('providerName')}
        options={[{ value: '', label: typedName !== null ? t('pvtmap.groups.providerTyped', { name: typedName }) : t('pvtmap.groups.chooseProvider') }, ...(providers.data ?? []).map((p) => ({ value: p.id, label: p.name }))]}
        onChange={setProviderId}
      />
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
