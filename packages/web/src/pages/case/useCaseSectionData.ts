import { useCallback, useEffect, useState } from 'react';

/**
 * Data of one case-file section: loaded on mount, reloaded when another part of the case file
 * announces a change ('koers:case-changed', e.g. a PIP vastgesteld queues a DUO melding).
 */
export function useCaseSectionData<T>(caseId: string, fetch: (caseId: string) => Promise<T>): { data: T | null; error: unknown; load: () => Promise<void> } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<unknown>(null);

  const load = useCallback(async () => {
    try {
      setData(await fetch(caseId));
      setError(null);
    } catch (caught) {
      setError(caught);
    }
  }, [caseId, fetch]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    const onChange = () => void load();
    window.addEventListener('koers:case-changed', onChange);
    return () => window.removeEventListener('koers:case-changed', onChange);
  }, [load]);

  return { data, error, load };
}
