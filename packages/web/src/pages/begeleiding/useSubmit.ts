// One form's submit: busy state, the error (shown at its field by the form) and a done callback.
import { useState } from 'react';
import { isApiError } from '../../api/client.ts';

export function useSubmit<I>(send: (input: I) => Promise<unknown>, onDone: () => void) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function submit(input: I) {
    setBusy(true);
    setError(null);
    try {
      await send(input);
      onDone();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const fieldError = (field: string) => (isApiError(error) ? error.messageFor(field) : undefined);
  return { submit, busy, error, fieldError };
}
