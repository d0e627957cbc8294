// One form's submit: busy while the request runs, the error it failed with (shown at its field or in
// the error summary), and an optional focus on that summary once the error is on screen.
import { useCallback, useRef, useState, type RefObject } from 'react';
import { isApiError } from '../../api/client.ts';

export interface FormSubmit {
  busy: boolean;
  error: unknown;
  setError: (error: unknown) => void;
  /** The server's message for one field (its label in Dutch), if the error names that field. */
  fieldError: (field: string) => string | undefined;
  /** The element to focus when a submit fails: put it on the error summary (tabIndex -1). */
  summaryRef: RefObject<HTMLDivElement | null>;
  /**
   * Runs `work` once at a time: clears the previous error, marks the form busy, hands the result to
   * `onDone`; on failure keeps the error and, with `focusSummary`, moves focus to the summary.
   * Resolves to whether the work succeeded.
   */
  run: <T>(work: () => Promise<T>, onDone?: (result: T) => void) => Promise<boolean>;
}

export function useFormSubmit({ focusSummary = false }: { focusSummary?: boolean } = {}): FormSubmit {
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const run = useCallback(
    async <T>(work: () => Promise<T>, onDone?: (result: T) => void): Promise<boolean> => {
      setBusy(true);
      setError(null);
      try {
        const result = await work();
        onDone?.(result);
        return true;
      } catch (caught) {
        setError(caught);
        if (focusSummary) requestAnimationFrame(() => summaryRef.current?.focus());
        return false;
      } finally {
        setBusy(false);
      }
    },
    [focusSummary],
  );
  const fieldError = (field: string) => (isApiError(error) ? error.messageFor(field) : undefined);
  return { busy, error, setError, fieldError, summaryRef, run };
}
