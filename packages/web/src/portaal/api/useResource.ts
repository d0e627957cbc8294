import { useCallback, useEffect, useState } from 'react';
import { getJson, PortaalError } from './client.ts';

export type Resource<T> = { state: 'loading' } | { state: 'error'; error: PortaalError } | { state: 'ready'; data: T };

/** One GET per page (the portal is small; no cache library in its bundle). `reload` after a change. */
export function useResource<T>(path: string): Resource<T> & { reload: () => void } {
  const [resource, setResource] = useState<Resource<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let current = true;
    getJson<T>(path).then(
      (data) => current && setResource({ state: 'ready', data }),
      (error: unknown) =>
        current && setResource({ state: 'error', error: error instanceof PortaalError ? error : new PortaalError(0, 'NETWORK') }),
    );
    return () => {
      current = false;
    };
  }, [path, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  return { ...resource, reload };
}
