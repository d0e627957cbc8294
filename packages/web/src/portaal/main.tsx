// The inburgeraar portal (issue 17): its own entry, apart from the employee app's bundle, so a
// phone on a slow connection loads only this.
import '@utrecht/component-library-css';
import '@utrecht/design-tokens/dist/index.css';
import './portaal.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { I18nProvider } from './i18n/I18n.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('#root missing in portaal.html');
document.documentElement.classList.add('utrecht-theme', 'portaal-theme');

createRoot(container).render(
  <StrictMode>
    <I18nProvider>
      <App />
    </I18nProvider>
  </StrictMode>,
);
