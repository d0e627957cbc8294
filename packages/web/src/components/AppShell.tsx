import { Button, NavBar, NavList, PageFooter, PageHeader, Paragraph, SkipLink } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link as RouterLink, Outlet, useLocation } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext.tsx';
import { navFor } from '../nav/navConfig.ts';
import { NavListRouterLink } from './AppLink.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { headingFocus, nestedRouteFocus, PAGE_HEADING_ID } from './PageHeading.tsx';
import { roleLabel } from './labels.ts';

export const MAIN_ID = 'main-content';

function focusMain(): void {
  const heading = document.getElementById(PAGE_HEADING_ID);
  // No heading yet (the page is still loading): focus <main>; the heading takes over when it
  // appears (see PageHeading).
  headingFocus.pending = !heading;
  (heading ?? document.getElementById(MAIN_ID))?.focus();
}

/** After client-side navigation, move focus to the new page's heading (WCAG 2.4.3). */
function useFocusOnRouteChange(): void {
  const location = useLocation();
  const first = useRef(true);
  const previousPath = useRef(location.pathname);
  useEffect(() => {
    const fromPath = previousPath.current;
    previousPath.current = location.pathname;
    if (first.current) {
      first.current = false;
      return;
    }
    if (nestedRouteFocus.owns?.(fromPath, location.pathname)) return;
    // Wait one frame so the new page has rendered its heading.
    const frame = requestAnimationFrame(focusMain);
    return () => cancelAnimationFrame(frame);
  }, [location.pathname]);
}

function Logo() {
  return (
    <svg className="koers-logo__mark" viewBox="0 0 32 32" width="40" height="40" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="6" fill="currentColor" />
      <path d="M9 7v18M9 16l11-9M13 13l8 12" stroke="#fff" strokeWidth="3" fill="none" strokeLinecap="round" />
    </svg>
  );
}

/** Page frame for every route: skip link, header with navigation, main landmark, footer. */
export function AppShell() {
  const { t } = useTranslation();
  const { user, logout } = useAuth();
  const [loggingOut, setLoggingOut] = useState(false);
  useFocusOnRouteChange();

  const items = user ? navFor(user.permissions) : [];

  // Ending the session makes the protected page redirect to the login page (RequireAuth).
  async function handleLogout() {
    setLoggingOut(true);
    try {
      await logout();
    } finally {
      setLoggingOut(false);
    }
  }

  return (
    <div className="koers-app">
      <SkipLink
        href={`#${MAIN_ID}`}
        onClick={(event) => {
          event.preventDefault();
          document.getElementById(MAIN_ID)?.focus();
        }}
      >
        {t('shell.skipLink')}
      </SkipLink>
      <PageHeader className="koers-header">
        <div className="koers-header__bar">
          <RouterLink to="/" className="koers-logo">
            <Logo />
            <span className="koers-logo__text">
              <span className="koers-logo__name">{t('app.name')}</span>
              <span className="koers-logo__tagline">{t('app.tagline')}</span>
            </span>
          </RouterLink>
          <div className="koers-header__tools">
            {user ? (
              <div className="koers-user" data-testid="current-user">
                <span className="koers-user__name">{t('shell.signedInAs', { name: user.name })}</span>
                <span className="koers-user__role">
                  {t('shell.roleAt', { role: roleLabel(t, user.role, user.roleLabel), organisation: user.organisation.name })}
                </span>
              </div>
            ) : null}
            <LanguageSwitch />
            {user ? (
              <Button
                type="button"
                appearance="secondary-action-button"
                busy={loggingOut}
                disabled={loggingOut}
                onClick={() => void handleLogout()}
                data-testid="logout"
              >
                {loggingOut ? t('shell.loggingOut') : t('shell.logout')}
              </Button>
            ) : null}
          </div>
        </div>
        {user ? (
          <NavBar className="koers-nav" aria-label={t('shell.mainNav')}>
            <NavList data-testid="main-nav">
              {items.map((item) => (
                <NavListRouterLink key={item.id} to={item.path} end={item.path === '/'} data-nav-id={item.id}>
                  {t(`nav.${item.id}`)}
                </NavListRouterLink>
              ))}
            </NavList>
          </NavBar>
        ) : null}
      </PageHeader>
      <div className="utrecht-page koers-page">
        <div className="utrecht-page-content">
          <main id={MAIN_ID} tabIndex={-1} className="utrecht-page-content__main koers-main">
            <Outlet />
          </main>
        </div>
      </div>
      <PageFooter className="koers-footer">
        <div className="koers-footer__content">
          <Paragraph className="koers-footer__text">{t('app.footer')}</Paragraph>
        </div>
      </PageFooter>
    </div>
  );
}
