// The legally required intake themes as form fields, shared by the intake record and the intake
// conversations. Values are kept flat ("theme.field" → text) while editing.
import { Fieldset, FieldsetLegend, Paragraph } from '@utrecht/component-library-react';
import type { Dispatch, SetStateAction } from 'react';
import { useTranslation } from 'react-i18next';
import { themeFields, themeKeys, type ThemeKey, type Themes } from '../../../api/voorbereiding.ts';
import { fieldError } from '../voorbereiding/fields.tsx';
import { themeFieldLabel } from './themeLabels.ts';
import { TextAreaField } from '../../../components/form/TextAreaField.tsx';

export type ThemeValues = Record<string, string>;

export function flattenThemes(themes: Themes): ThemeValues {
  const values: ThemeValues = {};
  for (const key of themeKeys) {
    const theme: Partial<Record<string, string | null>> = themes[key] ?? {};
    for (const field of themeFields[key]) values[`${key}.${field}`] = theme[field] ?? '';
  }
  values.notities = themes.notities ?? '';
  return values;
}

export function buildThemes(values: ThemeValues, keys: readonly ThemeKey[]): Themes {
  const themes: Record<string, unknown> = {};
  for (const key of keys) {
    const theme: Record<string, string> = {};
    for (const field of themeFields[key]) {
      const v = (values[`${key}.${field}`] ?? '').trim();
      if (v) theme[field] = v;
    }
    if (Object.keys(theme).length) themes[key] = theme;
  }
  const notes = (values.notities ?? '').trim();
  if (notes) themes.notities = notes;
  return themes;
}

/** Theme keys a role may see and edit: health and personal circumstances only with case:read-sensitive. */
export const visibleThemeKeys = (canReadSensitive: boolean): ThemeKey[] => themeKeys.filter((k) => canReadSensitive || k !== 'persoonlijkeOmstandigheden');

export function ThemeFieldsets(props: { idPrefix: string; keys: readonly ThemeKey[]; values: ThemeValues; setValues: Dispatch<SetStateAction<ThemeValues>>; error: unknown }) {
  const { idPrefix, keys, values, setValues, error } = props;
  const { t } = useTranslation();
  return (
    <>
      {keys.map((key) => (
        <Fieldset key={key} invalid={Boolean(fieldError(error, `themes.${key}`))}>
          <FieldsetLegend>{t(`intake.theme.${key}.title`)}</FieldsetLegend>
          {fieldError(error, `themes.${key}`) ? <Paragraph className="utrecht-form-field-error-message">{fieldError(error, `themes.${key}`)}</Paragraph> : null}
          {key === 'persoonlijkeOmstandigheden' ? <Paragraph>{t('intake.record.sensitiveThemeHint')}</Paragraph> : null}
          {themeFields[key].map((field) => (
            <TextAreaField
              key={field}
              id={`${idPrefix}-${key}-${field}`}
              label={themeFieldLabel(t, key, field)}
              value={values[`${key}.${field}`] ?? ''}
              onChange={(v) => setValues((old) => ({ ...old, [`${key}.${field}`]: v }))}
              error={fieldError(error, `themes.${key}.${field}`)}
              rows={2}
            />
          ))}
        </Fieldset>
      ))}
    </>
  );
}
