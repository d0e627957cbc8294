// A small router of its own: the portal has a dozen flat pages under /portaal/, and
// react-router would be most of the portal's JavaScript.
import { createContext, useContext, useEffect, useState, type AnchorHTMLAttributes, type MouseEvent } from 'react';

export const portaalPages = [
  'plan',
  'afspraken',
  'voortgang',
  'termijnen',
  'brieven',
  'ontzorgen',
  'contact',
  'documenten',
  'inzage',
  'begrippen',
] as const;
export type PortaalPage = (typeof portaalPages)[number];
/** The pages in the menu: all of them (the documents asked for since ADR 0163). */
export const shownPages: readonly PortaalPage[] = portaalPages;
export type Route = { page: 'home' } | { page: PortaalPage };

export const BASE = '/portaal/';

export function routeOf(pathname: string): Route | null {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length).replace(/\/$/, '') : pathname === '/portaal' ? '' : null;
  if (rest === null) return null;
  if (rest === '') return { page: 'home' };
  const page = portaalPages.find((p) => p === rest);
  return page ? { page } : null;
}

export function hrefOf(route: Route): string {
  return route.page === 'home' ? BASE : `${BASE}${route.page}`;
}

const NavigateContext = createContext<(href: string) => void>(() => undefined);

export function usePathname(): [string, (href: string) => void] {
  const [pathname, setPathname] = useState(() => window.location.pathname);
  useEffect(() => {
    const onPop = () => setPathname(window.location.pathname);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = (href: string) => {
    window.history.pushState(null, '', href);
    setPathname(new URL(href, window.location.href).pathname);
    window.scrollTo(0, 0);
    // A screen reader starts at the new page's content, as after a full page load.
    requestAnimationFrame(() => document.getElementById('inhoud')?.focus());
  };
  return [pathname, navigate];
}

export const NavigateProvider = NavigateContext.Provider;

/** An ordinary link (works without JavaScript's help, opens in a new tab) that navigates in place. */
export function Link({ href, onClick, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  const navigate = useContext(NavigateContext);
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(href);
  };
  return <a href={href} onClick={handle} {...rest} />;
}
