import { Paragraph } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext.tsx';
import { canAccess, type NavItem } from '../nav/navConfig.ts';
import { ErrorAlert } from './ErrorAlert.tsx';
import { ForbiddenPage } from '../pages/StatusPages.tsx';

export function Loading() {
  const { t } = useTranslation();
  return (
    <Paragraph role="status" className="koers-loading">
      {t('common.loading')}
    </Paragraph>
  );
}

/** Renders children only with a session; otherwise sends the user to the login page. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { state } = useAuth();
  const location = useLocation();
  switch (state.status) {
    case 'loading':
      return <Loading />;
    case 'error':
      return <ErrorAlert error={state.error} />;
    case 'anonymous':
      // After log-out go to the login page without a "return to" address.
      return state.loggedOut ? (
        <Navigate to="/inloggen" replace />
      ) : (
        <Navigate to="/inloggen" replace state={{ from: location.pathname + location.search }} />
      );
    case 'authenticated':
      return <>{children}</>;
  }
}

/** Renders the page only when the user has one of the item's permissions. */
export function RequirePermission({ item, children }: { item: Pick<NavItem, 'anyOf'>; children: ReactNode }) {
  const { user } = useAuth();
  if (!user || !canAccess(item, user.permissions)) return <ForbiddenPage />;
  return <>{children}</>;
}
