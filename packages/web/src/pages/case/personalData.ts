// The personal data form's fields: which are required, the values as read from the case, and what
// changed (the PATCH body).
import type { CaseDetail, CasePatch } from '../../api/cases.ts';
import { isApiError } from '../../api/client.ts';

export const requiredText = ['givenNames', 'familyName', 'birthDate', 'nationality'] as const;
const identityText = ['bsn', 'vNumber'] as const;
export const dateFields = ['linkedOn', 'dutyStartOn', 'duoNoticeOn', 'registeredOn', 'movedInOn', 'housedOn'] as const;
const contactText = ['phone', 'email', 'address', 'preferredLanguage'] as const;
const optionalText = [...identityText, ...dateFields, ...contactText, 'coaLocation'] as const;
export type TextKey = (typeof requiredText)[number] | (typeof optionalText)[number];
export type Field = TextKey | 'permit' | 'permitPurpose' | 'reason';
export type Permit = 'asiel' | 'regulier';
export type Purpose = '' | 'non-temporary' | 'temporary' | 'religious-worker';
const allText: readonly TextKey[] = [...requiredText, ...optionalText];
/** Every field in the order of the form (and of the error summary). */
export const allFields: readonly Field[] = [...allText, 'permit', 'permitPurpose', 'reason'];

export function initialValues(c: CaseDetail): Record<TextKey, string> {
  const v = (k: TextKey): string => c[k] ?? '';
  return {
    givenNames: v('givenNames'),
    familyName: v('familyName'),
    birthDate: v('birthDate'),
    nationality: v('nationality'),
    bsn: v('bsn'),
    vNumber: v('vNumber'),
    linkedOn: v('linkedOn'),
    dutyStartOn: v('dutyStartOn'),
    duoNoticeOn: v('duoNoticeOn'),
    registeredOn: v('registeredOn'),
    movedInOn: v('movedInOn'),
    housedOn: v('housedOn'),
    phone: v('phone'),
    email: v('email'),
    address: v('address'),
    preferredLanguage: v('preferredLanguage'),
    coaLocation: v('coaLocation'),
  };
}

export const purposeOf = (v: string | null): Purpose => (v === 'non-temporary' || v === 'temporary' || v === 'religious-worker' ? v : '');

/** What differs from the case as read: the PATCH body (without version). */
export function changedFields(
  c: CaseDetail,
  values: Record<TextKey, string>,
  other: { permit: Permit; permitPurpose: Purpose; interpreterNeeded: boolean },
): CasePatch {
  const patch: CasePatch = {};
  for (const k of requiredText) {
    const v = k === 'nationality' ? values[k].trim().toUpperCase() : values[k].trim();
    if (v !== c[k]) patch[k] = v;
  }
  for (const k of optionalText) {
    const v = values[k].trim();
    if (v !== (c[k] ?? '')) patch[k] = v === '' ? null : v;
  }
  if (other.permit !== c.permit) patch.permit = other.permit;
  const purpose = other.permit === 'regulier' ? other.permitPurpose || null : null;
  if (purpose !== c.permitPurpose) patch.permitPurpose = purpose;
  if (other.interpreterNeeded !== c.interpreterNeeded) patch.interpreterNeeded = other.interpreterNeeded;
  return patch;
}

/** The server's messages per field of this form (none when the error is not the server's). */
export function serverFieldErrors(caught: unknown): Partial<Record<Field, string>> {
  const out: Partial<Record<Field, string>> = {};
  if (!isApiError(caught)) return out;
  for (const f of allFields) {
    const message = caught.messageFor(f);
    if (message) out[f] = message;
  }
  return out;
}
