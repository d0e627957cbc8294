import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldCheckbox,
  FormFieldErrorMessage,
  FormLabel,
  Paragraph,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { GemeenteRef, RoleInfo } from '../api/types.ts';
import { roleLabel } from './labels.ts';

export function RoleSelect({
  id,
  value,
  roles,
  error,
  onChange,
}: {
  id: string;
  value: RoleInfo['role'] | '';
  roles: readonly RoleInfo[];
  error?: string;
  onChange: (role: RoleInfo['role'] | '') => void;
}) {
  const { t } = useTranslation();
  const errorId = `${id}-error`;
  return (
    <FormField type="select" invalid={Boolean(error)} className="koers-field">
      <Paragraph className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{t('admin.role')}</FormLabel>
      </Paragraph>
      {error ? (
        <FormFieldErrorMessage id={errorId} className="utrecht-form-field__error-message">
          {error}
        </FormFieldErrorMessage>
      ) : null}
      <Paragraph className="utrecht-form-field__input">
        <Select
          id={id}
          name="role"
          value={value}
          invalid={Boolean(error)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          required
          onChange={(event) => onChange(roles.find((r) => r.role === event.target.value)?.role ?? '')}
        >
          <SelectOption value="">{t('admin.chooseRole')}</SelectOption>
          {roles.map((r) => (
            <SelectOption key={r.role} value={r.role}>
              {roleLabel(t, r.role, r.label)}
            </SelectOption>
          ))}
        </Select>
      </Paragraph>
    </FormField>
  );
}

export function GemeenteCheckboxes({
  gemeenten,
  selected,
  error,
  onChange,
}: {
  gemeenten: readonly GemeenteRef[];
  selected: readonly string[];
  error?: string;
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <Fieldset invalid={Boolean(error)} className="koers-fieldset">
      <FieldsetLegend>{t('admin.gemeentenLegend')}</FieldsetLegend>
      {error ? <FormFieldErrorMessage>{error}</FormFieldErrorMessage> : null}
      {gemeenten.map((g) => (
        <FormFieldCheckbox
          key={g.id}
          name="gemeenteIds"
          value={g.id}
          label={`${g.name} (${g.code})`}
          checked={selected.includes(g.id)}
          onChange={(event) =>
            onChange(event.target.checked ? [...selected, g.id] : selected.filter((id) => id !== g.id))
          }
        />
      ))}
    </Fieldset>
  );
}
