// The search and filter form above the case list.
import { ButtonGroup, SecondaryActionButton } from '@utrecht/component-library-react';
import type { CaseStatus } from '@koers/domain';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../auth/AuthContext.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';
import { TextField } from '../../components/TextField.tsx';
import type { CaseListParams } from './useCaseListParams.ts';

const statuses = ['aangemeld', 'voorbereiding', 'intake', 'pip', 'pip-vastgesteld', 'traject', 'opgeschort', 'gesloten'] as const satisfies readonly CaseStatus[];

export function CaseFilters({ params, update }: { params: CaseListParams; update: (next: Record<string, string>) => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const [search, setSearch] = useState(params.zoek);

  function onSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update({ zoek: search.trim(), pagina: '' });
  }

  return (
    <form role="search" aria-label={t('case.list.search')} className="koers-form koers-filters" onSubmit={onSearch}>
      <TextField id="case-search" type="search" label={t('case.list.search')} description={t('case.list.searchHint')} value={search} onChange={(e) => setSearch(e.target.value)} />
      {user.gemeenten.length > 1 ? (
        <SelectField
          id="case-gemeente"
          label={t('case.list.gemeente')}
          value={params.gemeenteId}
          options={[{ value: '', label: t('case.list.allGemeenten') }, ...user.gemeenten.map((g) => ({ value: g.id, label: g.name }))]}
          onChange={(v) => update({ gemeente: v, pagina: '' })}
        />
      ) : null}
      <SelectField
        id="case-status"
        label={t('case.list.status')}
        value={params.status ?? ''}
        options={[{ value: '', label: t('case.list.allStatuses') }, ...statuses.map((s) => ({ value: s, label: t(`case.status.${s}`) }))]}
        onChange={(v) => update({ status: v, pagina: '' })}
      />
      <SelectField
        id="case-manager"
        label={t('case.list.caseManager')}
        value={params.trajectregisseur}
        options={[
          { value: '', label: t('case.list.allCaseManagers') },
          { value: 'mij', label: t('case.list.mine') },
          { value: 'geen', label: t('case.list.none') },
        ]}
        onChange={(v) => update({ regisseur: v, pagina: '' })}
      />
      <ButtonGroup>
        <SecondaryActionButton type="submit">{t('case.list.apply')}</SecondaryActionButton>
      </ButtonGroup>
    </form>
  );
}
