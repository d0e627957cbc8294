// The label of one intake theme field (intake.theme.<theme>.<field>), typed: the catalog key is
// checked against the theme fields, so tsc fails when a field has no label in the catalog.
import type { TFunction } from 'i18next';
import { themeFields, themeKeys, type ThemeKey } from '../../../api/voorbereiding.ts';

type ThemeFieldLabelKey = { [K in ThemeKey]: `intake.theme.${K}.${(typeof themeFields)[K][number]}` }[ThemeKey];

const labelKeys = new Set<string>(themeKeys.flatMap((key) => themeFields[key].map((field: string) => `intake.theme.${key}.${field}`)));
const isThemeFieldLabelKey = (value: string): value is ThemeFieldLabelKey => labelKeys.has(value);

export function themeFieldLabel(t: TFunction, key: ThemeKey, field: string): string {
  const labelKey = `intake.theme.${key}.${field}`;
  return isThemeFieldLabelKey(labelKey) ? t(labelKey) : field;
}
