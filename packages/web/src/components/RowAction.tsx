// Server actions from a page: useRowAction runs one row action at a time (retry a melding, mark an
// event handled) and reloads the list; ActionNotice announces the result in a live region.
import { Paragraph } from '@utrecht/component-library-react';
import { useRef, useState, type RefObject } from 'react';
import { ErrorAlert } from './ErrorAlert.tsx';

export function useRowAction(load: () => Promise<unknown>, onDone?: () => void) {
  const [busyId, setBusyId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);

  /** Runs `run` for the row `id`; its result is the notice to announce. */
  async function act(id: string, run: () => Promise<string>): Promise<void> {
    setBusyId(id);
    setActionError(null);
    setNotice(null);
    try {
      setNotice(await run());
      onDone?.();
      await load();
      requestAnimationFrame(() => noticeRef.current?.focus());
    } catch (caught) {
      setActionError(caught);
      await load();
    } finally {
      setBusyId(null);
    }
  }

  return { busyId, notice, noticeRef, actionError, act };
}

/** The live region with the last action's result, and its error if it failed. */
export function ActionNotice({ testId, notice, noticeRef, actionError }: { testId: string; notice: string | null; noticeRef: RefObject<HTMLParagraphElement | null>; actionError: unknown }) {
  return (
    <>
      <div aria-live="polite" role="status" data-testid={testId}>
        {notice ? (
          <Paragraph ref={noticeRef} tabIndex={-1}>
            {notice}
          </Paragraph>
        ) : null}
      </div>
      {actionError ? <ErrorAlert error={actionError} headingLevel={3} /> : null}
    </>
  );
}
