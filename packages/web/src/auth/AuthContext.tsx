import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import * as client from '../api/client.ts';
import type { SessionUser } from '../api/types.ts';

type AuthState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'anonymous'; loggedOut?: boolean; expired?: boolean }
  | { status: 'authenticated'; user: SessionUser };

interface AuthContextValue {
  state: AuthState;
  /** The signed-in user; only use under <RequireAuth>. */
  user: SessionUser | null;
  login: (email: string, password: string) => Promise<SessionUser>;
  logout: () => Promise<void>;
  /** Re-read the session (e.g. after changes to the own account). */
  refresh: () => Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

/** A session check main.tsx started before the first render; `known` once it has answered by then. */
export interface InitialSession {
  pending: Promise<SessionUser | null>;
  known?: { user: SessionUser | null };
}

function stateOf(user: SessionUser | null): AuthState {
  return user ? { status: 'authenticated', user } : { status: 'anonymous' };
}

/**
 * With an answer already known the first render is the page (or the way to the login page) itself, not
 * a separate "Laden…" render (ADR 0151, addendum); a check still under way or failed goes as before.
 */
export function AuthProvider({ children, initialSession }: { children: ReactNode; initialSession?: InitialSession }) {
  const [state, setState] = useState<AuthState>(() => (initialSession?.known ? stateOf(initialSession.known.user) : { status: 'loading' }));
  const started = useRef(initialSession?.known ? undefined : initialSession?.pending);
  const known = useRef(initialSession?.known !== undefined);

  const refresh = useCallback(async () => {
    try {
      // The first check uses the request main.tsx started, once; every later one asks again.
      const pending = started.current;
      started.current = undefined;
      const user = await (pending ?? client.getSession());
      setState(stateOf(user));
    } catch (error) {
      setState({ status: 'error', error });
    }
  }, []);

  useEffect(() => {
    // An answer known before the first render is the first check; nothing to ask on mount.
    if (known.current) {
      known.current = false;
      return;
    }
    void refresh();
  }, [refresh]);

  // A request that finds the session gone (expired, or ended elsewhere) ends it here too.
  useEffect(
    () =>
      client.onUnauthenticated(() => {
        client.resetCsrfToken();
        setState((current) => (current.status === 'authenticated' ? { status: 'anonymous', expired: true } : current));
      }),
    [],
  );

  const login = useCallback(async (email: string, password: string) => {
    const user = await client.login(email, password);
    setState({ status: 'authenticated', user });
    return user;
  }, []);

  const logout = useCallback(async () => {
    try {
      await client.logout();
    } finally {
      setState({ status: 'anonymous', loggedOut: true });
    }
  }, []);

  const value = useMemo<AuthContextValue>(
    () => ({ state, user: state.status === 'authenticated' ? state.user : null, login, logout, refresh }),
    [state, login, logout, refresh],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth outside <AuthProvider>');
  return value;
}

/** The signed-in user; throws when used outside an authenticated route. */
export function useUser(): SessionUser {
  const { user } = useAuth();
  if (!user) throw new Error('useUser without a session');
  return user;
}
