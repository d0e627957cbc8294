// The registration form's state and its submit: check what was typed, send it, open the new case;
// on failure the field errors (summary focused), the duplicate warning or the general error.
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { createCase, DuplicateCaseError } from '../../api/cases.ts';
import { isApiError } from '../../api/client.ts';
import { useUser } from '../../auth/AuthContext.tsx';
import { emptyValues, newCaseInput, serverFieldErrors, validateNewCase, type FieldErrors, type NewCaseChoices, type TextKey } from './newCaseFields.ts';

export function useNewCaseForm() {
  const { t } = useTranslation();
  const user = useUser();
  const navigate = useNavigate();
  const [values, setValues] = useState<Record<TextKey, string>>(emptyValues);
  const [choices, setChoices] = useState<NewCaseChoices>(() => ({
    gemeenteId: user.gemeenten.length === 1 ? (user.gemeenten[0]?.id ?? '') : '',
    permit: '',
    permitPurpose: '',
    joinsProtectedHolder: false,
    euFamilyMember: false,
    interpreterNeeded: false,
  }));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<unknown>(null);
  const [duplicate, setDuplicate] = useState<DuplicateCaseError | null>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const focusSummary = () => requestAnimationFrame(() => summaryRef.current?.focus());

  const setText = (key: TextKey) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: event.target.value }));
  const choose = <K extends keyof NewCaseChoices>(key: K, value: NewCaseChoices[K]) => setChoices((c) => ({ ...c, [key]: value }));

  function failed(caught: unknown) {
    if (caught instanceof DuplicateCaseError) {
      setDuplicate(caught);
    } else if (isApiError(caught)) {
      const fieldErrors = serverFieldErrors(caught);
      setErrors(fieldErrors);
      if (Object.keys(fieldErrors).length === 0) setError(caught);
      else focusSummary();
    } else {
      setError(caught);
    }
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setDuplicate(null);
    const next = validateNewCase(t, values, choices);
    setErrors(next);
    const { permit } = choices;
    if (Object.keys(next).length > 0 || !permit) {
      focusSummary();
      return;
    }
    setBusy(true);
    try {
      const created = await createCase(newCaseInput(values, { ...choices, permit }));
      void navigate(`/dossiers/${created.id}`);
    } catch (caught) {
      failed(caught);
    } finally {
      setBusy(false);
    }
  }

  return { values, setText, choices, choose, errors, error, duplicate, busy, summaryRef, onSubmit };
}
