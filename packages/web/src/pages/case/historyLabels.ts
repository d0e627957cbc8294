// The case history in the user's words (issue 12): field names by their label, values as the screen
// shows them (dates, yes/no, codes by their label); identifiers are never shown.
import type { TFunction } from 'i18next';
import { formatDate, lastDay } from '../../format/dates.ts';
import { isOneOf } from '@koers/domain';
import { caseSources, permitPurposeLabels, targetGroupLabels } from './caseCodes.ts';
import { isCaseStatus } from './caseStatus.ts';

/** Fields whose label is the registration form's (case.new.*). */
const formLabelled = [
  'bsn',
  'vNumber',
  'givenNames',
  'familyName',
  'birthDate',
  'nationality',
  'permitPurpose',
  'joinsProtectedHolder',
  'euFamilyMember',
  'linkedOn',
  'dutyStartOn',
  'duoNoticeOn',
  'registeredOn',
  'movedInOn',
  'housedOn',
  'coaReference',
  'coaLocation',
  'phone',
  'email',
  'address',
  'preferredLanguage',
  'interpreterNeeded',
] as const;

const ownLabels = [
  'permit',
  'status',
  'source',
  'caseManagerId',
  'obliged',
  'notObligedReason',
  'targetGroup',
  'regime',
  'elip',
  'thirdPartyInfoReceivedOn',
  'termStart',
  'termEndExclusive',
  'closedOn',
  'closedReason',
  'huishouden',
  'overdrachtsdossier',
] as const;
type OwnLabel = (typeof ownLabels)[number];
const isOwn = (field: string): field is OwnLabel => isOneOf(ownLabels, field);

export function historyFieldLabel(field: string, t: TFunction): string {
  if (isOneOf(formLabelled, field)) return t(`case.new.${field}`);
  if (isOwn(field)) return t(`case.historyField.${field}`);
  return t('case.historyField.other');
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const isoMoment = /^\d{4}-\d{2}-\d{2}T/;

export function historyValue(field: string, value: unknown, t: TFunction, language: string): string {
  if (value === null || value === undefined || value === '') return '—';
  // A reference to another record (a user, a PIP): its id says nothing to a person.
  if (field.endsWith('Id')) return t('case.historyField.someone');
  if (typeof value === 'boolean') return value ? t('case.file.yes') : t('case.file.no');
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return t('case.historyField.changedValue');
  // Stored as the day after the termijn; people read the last day (tot en met).
  if (field === 'termEndExclusive' && isoDate.test(value)) return formatDate(lastDay(value), language);
  if (isoDate.test(value) || isoMoment.test(value)) return formatDate(value, language);
  switch (field) {
    case 'permit':
      return value === 'asiel' || value === 'regulier' ? t(`case.new.${value}`) : value;
    case 'status':
      return isCaseStatus(value) ? t(`case.status.${value}`) : value;
    case 'source':
      return isOneOf(caseSources, value) ? t(`case.source.${value}`) : value;
    case 'targetGroup':
      return isOneOf(targetGroupLabels, value) ? t(`case.targetGroup.${value}`) : value;
    case 'permitPurpose':
      return isOneOf(permitPurposeLabels, value) ? t(`case.historyField.purpose.${value}`) : value;
    default:
      return value;
  }
}

const documentKinds = ['pip-beschikking', 'pip-advies', 'pip-intrekking', 'uitnodiging-brede-intake', 'waarschuwing', 'overdrachtsdossier', 'overdracht-export', 'overdracht-ontvangen', 'participatieverklaring', 'voortgangsverslag'] as const;

export function documentKindLabel(kind: string, t: TFunction): string {
  return isOneOf(documentKinds, kind) ? t(`case.documentKind.${kind}`) : t('case.documentKind.other');
}
