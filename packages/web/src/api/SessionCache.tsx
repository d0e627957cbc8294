import { QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useAuth } from '../auth/AuthContext.tsx';
import { createQueryClient } from './queryClient.ts';

/** Nothing one user loaded stays in the cache for the next: the cache is emptied whenever the session's user changes. */
function ClearOnSessionChange() {
  const client = useQueryClient();
  const { user } = useAuth();
  const userId = user?.id ?? null;
  const previous = useRef(userId);
  useEffect(() => {
    if (previous.current === userId) return;
    previous.current = userId;
    client.clear();
  }, [client, userId]);
  return null;
}

/** The app's one client cache, below the session (it needs to know who is signed in). */
export function SessionCacheProvider({ children }: { children: ReactNode }) {
  const [client] = useState(createQueryClient);
  return (
    <QueryClientProvider client={client}>
      <ClearOnSessionChange />
      {children}
    </QueryClientProvider>
  );
}
