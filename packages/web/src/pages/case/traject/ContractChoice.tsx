// The contract part of the placement form: a contract (provider — contract name) that fits the case
// on the date of the aanbod, then one of its locations and that location's start moments.
import { useTranslation } from 'react-i18next';
import type { CaseContract } from '../../../api/traject.ts';
import { SelectField } from '../../../components/form/SelectField.tsx';
import { formatDate } from '../../../format/dates.ts';

export interface ContractPick {
  contractId: string;
  location: string;
  startMoment: string;
}

export const emptyPick: ContractPick = { contractId: '', location: '', startMoment: '' };

export function ContractChoice({
  contracts,
  value,
  onChange,
  fieldError,
}: {
  contracts: readonly CaseContract[];
  value: ContractPick;
  onChange: (pick: ContractPick) => void;
  fieldError: (field: 'contractId' | 'location' | 'startMoment') => string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? 'nl';
  const contract = contracts.find((c) => c.id === value.contractId);
  const location = contract?.locations.find((l) => l.name === value.location);
  return (
    <>
      <SelectField
        id="traject-contract"
        label={t('aanbieder.placementForm.contract')}
        description={t('aanbieder.placementForm.contractDescription')}
        value={value.contractId}
        required
        error={fieldError('contractId')}
        options={[
          { value: '', label: t('aanbieder.placementForm.chooseContract') },
          ...contracts.map((c) => ({ value: c.id, label: `${c.providerName} — ${c.name}` })),
        ]}
        onChange={(contractId) => {
          const next = contracts.find((c) => c.id === contractId);
          const only = next?.locations.length === 1 ? next.locations[0] : undefined;
          onChange({
            contractId,
            location: only?.name ?? '',
            startMoment: only?.startMoments.length === 1 ? (only.startMoments[0] ?? '') : '',
          });
        }}
      />
      {contract ? (
        <SelectField
          id="traject-contract-location"
          label={t('aanbieder.placementForm.location')}
          value={value.location}
          required
          error={fieldError('location')}
          options={[
            { value: '', label: t('aanbieder.placementForm.chooseLocation') },
            ...contract.locations.map((l) => ({ value: l.name, label: l.name })),
          ]}
          onChange={(name) => {
            const next = contract.locations.find((l) => l.name === name);
            onChange({ ...value, location: name, startMoment: next?.startMoments.length === 1 ? (next.startMoments[0] ?? '') : '' });
          }}
        />
      ) : null}
      {location ? (
        <SelectField
          id="traject-contract-start"
          label={t('aanbieder.placementForm.startMoment')}
          value={value.startMoment}
          required
          error={fieldError('startMoment')}
          options={[
            { value: '', label: t('aanbieder.placementForm.chooseStartMoment') },
            ...location.startMoments.map((s) => ({ value: s, label: formatDate(s, language) })),
          ]}
          onChange={(startMoment) => onChange({ ...value, startMoment })}
        />
      ) : null}
    </>
  );
}
