import { useEffect, type ReactNode } from 'react';
import { post, setCsrfToken } from './api/client.ts';
import type { PortaalSessie } from './api/types.ts';
import { useResource } from './api/useResource.ts';
import { LanguageSwitcher } from './components/LanguageSwitcher.tsx';
import { ErrorMessage } from './components/States.tsx';
import { useI18n } from './i18n/I18n.tsx';
import { AfsprakenPage } from './pages/AfsprakenPage.tsx';
import { BegrippenPage } from './pages/BegrippenPage.tsx';
import { BrievenPage } from './pages/BrievenPage.tsx';
import { ContactPage } from './pages/ContactPage.tsx';
import { DocumentenPage } from './pages/DocumentenPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { InzagePage } from './pages/InzagePage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { OntzorgenPage } from './pages/OntzorgenPage.tsx';
import { PlanPage } from './pages/PlanPage.tsx';
import { TermijnenPage } from './pages/TermijnenPage.tsx';
import { VoortgangPage } from './pages/VoortgangPage.tsx';
import { BASE, Link, NavigateProvider, routeOf, usePathname, type Route } from './router.tsx';

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
      content = route ? page(route, sessie.data) : <NotFound />;
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
