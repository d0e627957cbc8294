// Sending one report on a placement: busy state, the error (shown at its field), and the outcome.
import { useState } from 'react';
import { isApiError } from '../../api/client.ts';
import { reportOnPlacement, type ReportInput } from '../../api/aanbieder.ts';

export function useReportSubmit(placementId: string, onDone: (outcome: 'nieuw' | 'gewijzigd' | 'ongewijzigd') => void) {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  async function submit(input: ReportInput) {
    setBusy(true);
    setError(null);
    try {
      const { outcome } = await reportOnPlacement(placementId, input);
      onDone(outcome);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }
  const fieldError = (field: string) => (isApiError(error) ? error.messageFor(field) : undefined);
  return { submit, busy, error, fieldError };
}
