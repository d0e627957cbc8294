// Saving the personal data form: the required fields first (focus on the summary when one is empty),
// then only what changed, with the server's messages at their fields.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateCase, type CaseDetail } from '../../api/cases.ts';
import { changedFields, requiredText, serverFieldErrors, type Field, type Permit, type Purpose, type TextKey } from './personalData.ts';

export interface PersonalDataInput {
  values: Record<TextKey, string>;
  other: { permit: Permit; permitPurpose: Purpose; interpreterNeeded: boolean };
  reason: string;
}

export function usePersonalDataSave(c: CaseDetail, showIdentity: boolean, onSaved: (saved: CaseDetail) => void) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<unknown>(null);
  const [nothingChanged, setNothingChanged] = useState(false);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);

  async function save({ values, other, reason }: PersonalDataInput) {
    setError(null);
    setNothingChanged(false);
    const next: Partial<Record<Field, string>> = {};
    for (const k of requiredText) if (!values[k].trim()) next[k] = t('case.new.required');
    if (showIdentity && !values.bsn.trim() && !values.vNumber.trim()) next.bsn = t('case.new.identityRequired');
    setErrors(next);
    if (Object.keys(next).length > 0) {
      requestAnimationFrame(() => summaryRef.current?.focus());
      return;
    }
    const patch = changedFields(c, values, other);
    if (Object.keys(patch).length === 0) {
      setNothingChanged(true);
      return;
    }
    setBusy(true);
    try {
      const saved = await updateCase(c.id, { version: c.version, ...patch, ...(reason.trim() ? { reason: reason.trim() } : {}) });
      onSaved(saved);
    } catch (caught) {
      const fieldErrors = serverFieldErrors(caught);
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
      else requestAnimationFrame(() => summaryRef.current?.focus());
    } finally {
      setBusy(false);
    }
  }

  return { errors, error, nothingChanged, busy, summaryRef, save };
}
