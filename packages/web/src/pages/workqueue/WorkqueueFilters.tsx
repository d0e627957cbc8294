// The filters above the werkvoorraad: whose work (for a teamleider), gemeente, kind of signal, later and overdue.
import { Fieldset, FieldsetLegend, FormField, FormFieldCheckbox, FormLabel, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { signalKinds, type WorkqueueScope } from '../../api/workqueue.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { SelectField } from '../../components/form/SelectField.tsx';

export interface WorkqueueFilterValues {
  scope: WorkqueueScope;
  gemeenteId: string;
  kind: string;
  upcoming: boolean;
  onlyOverdue: boolean;
}

export function WorkqueueFilters({ filters, canTeam, update }: { filters: WorkqueueFilterValues; canTeam: boolean; update: (next: Record<string, string>) => void }) {
  const { t } = useTranslation();
  const user = useUser();
  return (
    <form className="koers-form koers-filters" aria-label={t('werkvoorraad.title')} onSubmit={(e) => e.preventDefault()}>
      {canTeam ? (
        <Fieldset className="koers-fieldset">
          <FieldsetLegend>{t('werkvoorraad.scope')}</FieldsetLegend>
          {(['team', 'unassigned', 'own'] as const).map((value) => (
            <FormField key={value} type="radio" className="koers-field">
              <Paragraph className="utrecht-form-field__label utrecht-form-field__label--radio">
                <FormLabel htmlFor={`wq-scope-${value}`} type="radio">
                  <RadioButton
                    id={`wq-scope-${value}`}
                    name="scope"
                    value={value}
                    checked={filters.scope === value}
                    onChange={() => update({ scope: value === 'own' ? 'mijn' : value === 'unassigned' ? 'zonder' : '' })}
                  />{' '}
                  {t(`werkvoorraad.${value}`)}
                </FormLabel>
              </Paragraph>
            </FormField>
          ))}
        </Fieldset>
      ) : null}
      {user.gemeenten.length > 1 ? (
        <SelectField
          id="wq-gemeente"
          label={t('werkvoorraad.gemeente')}
          value={filters.gemeenteId}
          options={[{ value: '', label: t('werkvoorraad.allGemeenten') }, ...user.gemeenten.map((g) => ({ value: g.id, label: g.name }))]}
          onChange={(v) => update({ gemeente: v })}
        />
      ) : null}
      <SelectField
        id="wq-kind"
        label={t('werkvoorraad.kind')}
        value={filters.kind}
        options={[{ value: '', label: t('werkvoorraad.allKinds') }, ...signalKinds.map((k) => ({ value: k, label: t(`werkvoorraad.kinds.${k}`) }))]}
        onChange={(v) => update({ soort: v })}
      />
      <FormFieldCheckbox name="later" label={t('werkvoorraad.upcoming')} checked={filters.upcoming} onChange={(e) => update({ later: e.target.checked ? 'ja' : '' })} />
      <FormFieldCheckbox name="telaat" label={t('rapportages.filters.onlyOverdue')} checked={filters.onlyOverdue} onChange={(e) => update({ telaat: e.target.checked ? 'ja' : '' })} />
    </form>
  );
}
