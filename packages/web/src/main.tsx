import '@fontsource-variable/noto-sans';
import '@utrecht/component-library-css';
import '@utrecht/design-tokens/dist/index.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { SessionCacheProvider } from './api/SessionCache.tsx';
import { AuthProvider, type InitialSession } from './auth/AuthContext.tsx';
import { currentLanguage, i18nReady } from './i18n/index.ts';
import * as client from './api/client.ts';
import { createRouter, prefetchRoute, preloadRoute } from './routes.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('#root missing in index.html');

// Started now, before the first render (ADR 0151, addendum): the session check and the chunks of the
// page being opened, in parallel; AuthProvider takes the session's answer from this request.
const session = client.getSession();
preloadRoute(window.location.pathname);
// Usually the session has answered before the catalogs are in: then the first render is the page
// itself, not "Laden…" first. A failure is handled where AuthProvider awaits the session (as before);
// here it only means nothing starts early.
const initialSession: InitialSession = { pending: session };
session
  .then((user) => {
    initialSession.known = { user };
    if (user) prefetchRoute(window.location.pathname, window.location.search, user);
  })
  .catch(() => undefined);

// The NL Design System theme class on the root element, so every token applies page-wide.
document.documentElement.classList.add('utrecht-theme', 'koers-theme');

// The first render waits a moment for the session if it has not answered yet (it usually does within
// that, and then "Laden…" is not rendered first); a slow or failing check renders as before.
const SESSION_WAIT_MS = 250;
const sessionOrTimeout = Promise.race([
  session.then(
    () => undefined,
    () => undefined,
  ),
  new Promise<void>((resolve) => setTimeout(resolve, SESSION_WAIT_MS)),
]);

void Promise.all([i18nReady, sessionOrTimeout]).then(() => {
  document.documentElement.lang = currentLanguage();
  createRoot(container).render(
    <StrictMode>
      <AuthProvider initialSession={initialSession}>
        <SessionCacheProvider>
          <RouterProvider router={createRouter()} />
        </SessionCacheProvider>
      </AuthProvider>
    </StrictMode>,
  );
});
