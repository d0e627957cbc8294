import '@fontsource-variable/noto-sans';
import '@utrecht/component-library-css';
import '@utrecht/design-tokens/dist/index.css';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { SessionCacheProvider } from './api/SessionCache.tsx';
import { AuthProvider } from './auth/AuthContext.tsx';
import { currentLanguage, i18nReady } from './i18n/index.ts';
import { createRouter } from './routes.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('#root missing in index.html');

// The NL Design System theme class on the root element, so every token applies page-wide.
document.documentElement.classList.add('utrecht-theme', 'koers-theme');

void i18nReady.then(() => {
  document.documentElement.lang = currentLanguage();
  createRoot(container).render(
    <StrictMode>
      <AuthProvider>
        <SessionCacheProvider>
          <RouterProvider router={createRouter()} />
        </SessionCacheProvider>
      </AuthProvider>
    </StrictMode>,
  );
});
