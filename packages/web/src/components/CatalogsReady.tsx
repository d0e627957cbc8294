import { use, type ReactNode } from 'react';
import { areasReady } from '../i18n/index.ts';

/** Suspends until the areas' Dutch catalogs are loaded (i18n/dutch-areas.ts), so no page shows a bare key. */
export function CatalogsReady({ children }: { children: ReactNode }): ReactNode {
  use(areasReady);
  return children;
}
