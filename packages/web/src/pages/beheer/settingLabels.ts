// Dutch (or English) labels for the keys in a gemeente's history: "settings.letter.phone" →
// "Telefoonnummer", "settings.spuk.asiel.map" → "SPUK – asielstatushouders – MAP".
import type { TFunction } from 'i18next';
import { isOneOf } from '@koers/domain';
import { formatieLabel } from './formatie/formatieFields.ts';

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
const otherFields = ['name', 'code', 'oin', 'logo', 'letter', 'spuk', 'asiel', 'gezin-overig'] as const;

const accountFields = ['name', 'iban', 'bic'] as const;

function partLabel(t: TFunction, part: string): string {
  if (part === 'letter' || part === 'retention') return '';
  if (isOneOf(settingFields, part)) return t(`beheer.settings.field.${part}`);
  if (isOneOf(otherFields, part)) return t(`beheer.field.${part}`);
  return part;
}

function accountLabel(t: TFunction, part: string | undefined): string {
  return isOneOf(accountFields, part) ? t(`beheer.settings.field.ontzorgenAccount_${part}`) : t('beheer.settings.field.ontzorgenAccount');
}

/** The label of a field of the settings form by its path ("letter.phone", "ontzorgenAccount.iban"). */
export function settingLabel(t: TFunction, path: string): string {
  const last = path.split('.').at(-1) ?? path;
  if (path.startsWith('ontzorgenAccount.')) return accountLabel(t, last);
  return isOneOf(settingFields, last) ? t(`beheer.settings.field.${last}`) : last;
}

export function fieldLabel(t: TFunction, path: string): string {
  const parts = path.replace(/^settings\./, '').split('.');
  if (parts[0] === 'formatie' && parts.length > 1) return `${t('beheer.formatie.title')} – ${formatieLabel(t, parts.join('.'))}`;
  if (parts[0] === 'ontzorgenAccount') return accountLabel(t, parts[1]);
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
