// The registration form's fields (issue 2): which there are, the checks before sending, and the
// input for POST /api/cases from what was typed.
import type { TFunction } from 'i18next';
import type { NewCaseInput } from '../../api/cases.ts';
import type { ApiError } from '../../api/client.ts';
import { isOneOf } from '@koers/domain';

export const textFields = ['bsn', 'vNumber', 'givenNames', 'familyName', 'birthDate', 'nationality', 'coaReference', 'coaLocation', 'phone', 'email', 'address', 'preferredLanguage'] as const;
export const dateFields = ['linkedOn', 'dutyStartOn', 'duoNoticeOn', 'registeredOn', 'movedInOn', 'housedOn'] as const;
export type TextKey = (typeof textFields)[number] | (typeof dateFields)[number];
const fields = [...textFields, ...dateFields, 'gemeenteId', 'permit', 'permitPurpose'] as const;
export type Field = (typeof fields)[number];
export type FieldErrors = Partial<Record<Field, string>>;
export type Permit = 'asiel' | 'regulier' | '';
const permitPurposes = ['non-temporary', 'temporary', 'religious-worker'] as const satisfies readonly NonNullable<NewCaseInput['permitPurpose']>[];

export interface NewCaseChoices {
  gemeenteId: string;
  permit: Permit;
  permitPurpose: string;
  joinsProtectedHolder: boolean;
  euFamilyMember: boolean;
  interpreterNeeded: boolean;
}

export const emptyValues = (): Record<TextKey, string> => ({
  bsn: '',
  vNumber: '',
  givenNames: '',
  familyName: '',
  birthDate: '',
  nationality: '',
  coaReference: '',
  coaLocation: '',
  phone: '',
  email: '',
  address: '',
  preferredLanguage: '',
  linkedOn: '',
  dutyStartOn: '',
  duoNoticeOn: '',
  registeredOn: '',
  movedInOn: '',
  housedOn: '',
});

export function validateNewCase(t: TFunction, values: Record<TextKey, string>, choices: NewCaseChoices): FieldErrors {
  const next: FieldErrors = {};
  if (!choices.gemeenteId) next.gemeenteId = t('case.new.chooseGemeente');
  if (!values.bsn.trim() && !values.vNumber.trim()) next.bsn = t('case.new.identityRequired');
  for (const k of ['givenNames', 'familyName', 'birthDate', 'nationality'] as const) if (!values[k].trim()) next[k] = t('case.new.required');
  if (!choices.permit) next.permit = t('case.new.required');
  return next;
}

export function newCaseInput(values: Record<TextKey, string>, choices: NewCaseChoices & { permit: 'asiel' | 'regulier' }): NewCaseInput {
  const optional = (v: string) => (v.trim() ? v.trim() : undefined);
  const input: NewCaseInput = {
    gemeenteId: choices.gemeenteId,
    givenNames: values.givenNames.trim(),
    familyName: values.familyName.trim(),
    birthDate: values.birthDate,
    nationality: values.nationality.trim().toUpperCase(),
    permit: choices.permit,
    joinsProtectedHolder: choices.joinsProtectedHolder,
    euFamilyMember: choices.euFamilyMember,
    interpreterNeeded: choices.interpreterNeeded,
    ...(isOneOf(permitPurposes, choices.permitPurpose) ? { permitPurpose: choices.permitPurpose } : {}),
  };
  for (const k of ['bsn', 'vNumber', 'coaReference', 'coaLocation', 'phone', 'email', 'address', 'preferredLanguage', ...dateFields] as const) {
    const v = optional(values[k]);
    if (v !== undefined) input[k] = v;
  }
  return input;
}

/** The server's messages for the form's fields. */
export function serverFieldErrors(error: ApiError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const f of fields) {
    const message = error.messageFor(f);
    if (message) fieldErrors[f] = message;
  }
  return fieldErrors;
}

/** The errors in the order they were found, for the summary. */
export const errorEntries = (errors: FieldErrors): (readonly [Field, string])[] =>
  Object.entries(errors).flatMap(([f, message]) => (isOneOf(fields, f) && message ? [[f, message] as const] : []));

export const fieldId = (f: Field) => (f === 'gemeenteId' ? 'case-gemeente' : f === 'permit' ? 'case-permit' : f === 'permitPurpose' ? 'case-permitPurpose' : `case-${f}`);
