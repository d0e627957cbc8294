import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { post, setCsrfToken } from './api/client.ts';
import type { PortaalSessie } from './api/types.ts';
import { useResource } from './api/useResource.ts';
import { LanguageSwitcher } from './components/LanguageSwitcher.tsx';
import { ErrorMessage } from './components/States.tsx';
import { useI18n } from './i18n/I18n.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { BASE, Link, NavigateProvider, routeOf, usePathname, type Route } from './router.tsx';

// The overview and the login are in the entry; every other page loads when it is opened, so a phone on
// a slow connection starts with as little JavaScript as it needs (issue 18: the portal's entry ≤ 80 kB).
const AfsprakenPage = lazy(async () => ({ default: (await import('./pages/AfsprakenPage.tsx')).AfsprakenPage }));
const BegrippenPage = lazy(async () => ({ default: (await import('./pages/BegrippenPage.tsx')).BegrippenPage }));
const BrievenPage = lazy(async () => ({ default: (await import('./pages/BrievenPage.tsx')).BrievenPage }));
const ContactPage = lazy(async () => ({ default: (await import('./pages/ContactPage.tsx')).ContactPage }));
const DocumentenPage = lazy(async () => ({ default: (await import('./pages/DocumentenPage.tsx')).DocumentenPage }));
const InzagePage = lazy(async () => ({ default: (await import('./pages/InzagePage.tsx')).InzagePage }));
const OntzorgenPage = lazy(async () => ({ default: (await import('./pages/OntzorgenPage.tsx')).OntzorgenPage }));
const PlanPage = lazy(async () => ({ default: (await import('./pages/PlanPage.tsx')).PlanPage }));
const TermijnenPage = lazy(async () => ({ default: (await import('./pages/TermijnenPage.tsx')).TermijnenPage }));
const VoortgangPage = lazy(async () => ({ default: (await import('./pages/VoortgangPage.tsx')).VoortgangPage }));

function page(route: Route, sessie: PortaalSessie): ReactNode {
  switch (route.page) {
    case 'home':
      return <HomePage sessie={sessie} />;
    case 'plan':
      return <PlanPage />;
    case 'afspraken':
      return <AfsprakenPage />;
    case 'voortgang':
      return <VoortgangPage />;
    case 'termijnen':
      return <TermijnenPage />;
    case 'brieven':
      return <BrievenPage />;
    case 'ontzorgen':
      return <OntzorgenPage />;
    case 'contact':
      return <ContactPage />;
    case 'documenten':
      return <DocumentenPage />;
    case 'inzage':
      return <InzagePage />;
    case 'begrippen':
      return <BegrippenPage />;
  }
}

function NotFound() {
  const { t } = useI18n();
  return (
    <>
      <h1 className="utrecht-heading-1">{t('errors.notFound')}</h1>
      <p className="utrecht-paragraph">
        <Link href={BASE} className="utrecht-link">
          {t('nav.overview')}
        </Link>
      </p>
    </>
  );
}

function Shell({ loggedIn, onLogout, children }: { loggedIn: boolean; onLogout: () => void; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <div className="portaal-app">
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href="#inhoud">
        {t('nav.skip')}
      </a>
      <header className="portaal-header">
        <p className="portaal-header__name">{t('app.name')}</p>
        <div className="portaal-header__tools">
          <LanguageSwitcher />
          {loggedIn ? (
            <button type="button" className="utrecht-button utrecht-button--subtle portaal-button" onClick={onLogout}>
              {t('nav.logout')}
            </button>
          ) : null}
        </div>
      </header>
      <main id="inhoud" className="portaal-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}

export function App() {
  const [pathname, navigate] = usePathname();
  const sessie = useResource<PortaalSessie>('/sessie');
  const { applyPreferred } = useI18n();
  const preferred = sessie.state === 'ready' ? sessie.data.preferredLanguage : undefined;
  if (sessie.state === 'ready') setCsrfToken(sessie.data.csrfToken);
  useEffect(() => {
    if (preferred !== undefined) applyPreferred(preferred);
  }, [preferred, applyPreferred]);

  const logout = () => {
    void post('/logout').finally(() => window.location.assign(BASE));
  };
  const route = routeOf(pathname);
  let content: ReactNode;
  switch (sessie.state) {
    case 'loading':
      content = null;
      break;
    case 'error':
      content = sessie.error.status === 401 ? <LoginPage /> : <ErrorMessage error={sessie.error} />;
      break;
    case 'ready':
      content = route ? <Suspense fallback={null}>{page(route, sessie.data)}</Suspense> : <NotFound />;
      break;
  }
  return (
    <NavigateProvider value={navigate}>
      <Shell loggedIn={sessie.state === 'ready'} onLogout={logout}>
        {content}
      </Shell>
    </NavigateProvider>
  );
}
