// Beheer → gemeente-instellingen, section "Formatie en prognose" (issue 16, R28): the inputs of the
// formatiecalculatie and the prognosis, each empty = Koers's default (seed 000, Deventer).
import { Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/TextField.tsx';
import { formatieDefaultText, formatieGroups, formatieLabel, formatieSingleFields } from './formatieFields.ts';

type Values = Record<string, string>;

export const formatieFieldId = (path: string) => `setting-${path.replace(/\./g, '-')}`;

export function FormatieFieldset({ values, errors, onChange }: { values: Values; errors: Values; onChange: (path: string, value: string) => void }) {
  const { t } = useTranslation();
  const label = (path: string) => formatieLabel(t, path);
  const field = (path: string, hint?: string) => (
    <TextField
      key={path}
      id={formatieFieldId(path)}
      name={path}
      inputMode="decimal"
      autoComplete="off"
      label={label(path)}
      description={`${hint ? `${hint} ` : ''}${t('beheer.formatie.default', { value: formatieDefaultText(path) })}`}
      value={values[path] ?? ''}
      error={errors[path]}
      onChange={(e) => onChange(path, e.target.value)}
    />
  );
  return (
    <Fieldset id="settings-formatie">
      <FieldsetLegend>{t('beheer.formatie.title')}</FieldsetLegend>
      <Paragraph>{t('beheer.formatie.intro')}</Paragraph>
      {formatieSingleFields.map((s) => field(`formatie.${s.key}`, t(`beheer.formatie.hint.${s.key}`)))}
      {formatieGroups.map((g) => {
        const groupPath = `formatie.${g.key}`;
        return (
          <Fieldset key={g.key}>
            <FieldsetLegend>{label(groupPath)}</FieldsetLegend>
            <Paragraph>{t(`beheer.formatie.hint.${g.key}`)}</Paragraph>
            {errors[groupPath] ? (
              <div id={formatieFieldId(groupPath)} tabIndex={-1} className="utrecht-form-field-error-message">
                {errors[groupPath]}
              </div>
            ) : null}
            {g.parts.map((p) => field(`${groupPath}.${p}`))}
          </Fieldset>
        );
      })}
    </Fieldset>
  );
}
