import { use, type ReactNode } from 'react';
import { areasLoaded, areasReady } from '../i18n/index.ts';

/**
 * Suspends until the areas' Dutch catalogs are loaded (i18n/dutch-areas.ts), so no page shows a bare
 * key. Once they are in it does not suspend at all: `use` would, once, on a promise new to React, and
 * the page would show "Laden…" first (ADR 0151, third step).
 */
export function CatalogsReady({ children }: { children: ReactNode }): ReactNode {
  if (!areasLoaded()) use(areasReady);
  return children;
}
