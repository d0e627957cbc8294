// Dutch (or English) labels for the keys in a gemeente's history: "settings.letter.phone" →
// "Telefoonnummer", "settings.spuk.asiel.map" → "SPUK – asielstatushouders – MAP".
import type { TFunction } from 'i18next';

const settingFields = [
  'department',
  'contactName',
  'visitingAddress',
  'postalAddress',
  'phone',
  'email',
  'signatoryName',
  'signatoryFunction',
  'objectionAddress',
  'handhavingPolicy',
  'intakeScenario',
  'progressMeetingsDefault',
  'objectionPeriodWeeks',
  'reliefLocalExtensionMonths',
  'reliefCheckpointsMonths',
  'duoContactTelefoon',
  'budgetbeheerReportDays',
  'mapHourNorm',
  'leerroute',
  'map',
  'maatschappelijkeBegeleiding',
  'pvt',
  'tolk',
  'caseFileYears',
  'coreDataYears',
  'processingLogYears',
  'kleineAantallenDrempel',
] as const;
type SettingField = (typeof settingFields)[number];
const otherFields = ['name', 'code', 'oin', 'logo', 'letter', 'spuk', 'asiel', 'gezin-overig'] as const;
type OtherField = (typeof otherFields)[number];

const isSettingField = (part: string): part is SettingField => (settingFields as readonly string[]).includes(part);
const isOtherField = (part: string): part is OtherField => (otherFields as readonly string[]).includes(part);

function partLabel(t: TFunction, part: string): string {
  if (part === 'letter' || part === 'retention') return '';
  if (isSettingField(part)) return t(`beheer.settings.field.${part}`);
  if (isOtherField(part)) return t(`beheer.field.${part}`);
  return part;
}

export function fieldLabel(t: TFunction, path: string): string {
  const parts = path.replace(/^settings\./, '').split('.');
  if (parts[0] === 'formatie' && parts.length > 1) return `${t('beheer.formatie.title')} – ${t(`beheer.formatie.field.${parts.slice(1).join('_')}` as 'beheer.formatie.field.urenPerInburgeraar')}`;
  if (parts[0] === 'ontzorgenAccount') return parts[1] ? t(`beheer.settings.field.ontzorgenAccount_${parts[1]}` as 'beheer.settings.field.map') : t('beheer.settings.field.ontzorgenAccount');
  return parts
    .map((p) => partLabel(t, p))
    .filter((l) => l !== '')
    .join(' – ');
}

export function formatValue(t: TFunction, path: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('beheer.history.emptyValue');
  if ((path.startsWith('settings.spuk.') || path === 'settings.formatie.kostenPerFte' || path.startsWith('settings.formatie.leerroutePrijzen.')) && typeof value === 'number') return `€ ${(value / 100).toFixed(2).replace('.', ',')}`;
  if (path === 'settings.intakeScenario' && (value === 1 || value === 2 || value === 3)) return t(`beheer.settings.scenario.${value}`);
  if (Array.isArray(value)) return value.map(String).join(', ');
  if (typeof value === 'string') return value.replace(/\n/g, ', ');
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
