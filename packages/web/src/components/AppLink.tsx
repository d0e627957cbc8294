// Router-aware links with the NL Design System link styling.
import type { MouseEvent, ReactNode } from 'react';
import { Link as RouterLink, type LinkProps, type Location, type NavigateFunction } from 'react-router-dom';

export function AppLink({ className, ...props }: LinkProps) {
  return <RouterLink {...props} className={['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ')} />;
}

/** Whether `pathname` is in the section at `to`, as react-router's NavLink decides it (case-insensitive; `end`: only `to` itself). */
export function inSection(to: string, pathname: string, end: boolean): boolean {
  const location = pathname.toLowerCase();
  const target = to.toLowerCase();
  return location === target || (!end && location.startsWith(target) && location.charAt(target.length) === '/');
}

/** A click the app should handle itself: the main button, no modifier key (which opens a new tab or window). */
const ownClick = (event: MouseEvent<HTMLAnchorElement>) => event.button === 0 && !event.metaKey && !event.altKey && !event.ctrlKey && !event.shiftKey;

/**
 * One item of a utrecht NavList: a link the router follows, with aria-current="page" on the current
 * section. Not react-router's NavLink: its hooks (path resolution, prefetch and view-transition state,
 * each per link) cost ~8 % of the first render of every page at 4× CPU (ADR 0151, third step); the
 * shell reads the location once and passes it, and a click behaves as NavLink's (a new tab with a
 * modifier key, `replace` when the link is the current address).
 */
export function NavListRouterLink({
  to,
  end = false,
  location,
  navigate,
  children,
  ...rest
}: {
  to: string;
  end?: boolean;
  location: Pick<Location, 'pathname' | 'search' | 'hash'>;
  navigate: NavigateFunction;
  children: ReactNode;
  'data-nav-id'?: string;
}) {
  return (
    <li className="utrecht-nav-list__item">
      <a
        {...rest}
        href={to}
        aria-current={inSection(to, location.pathname, end) ? 'page' : undefined}
        className="utrecht-link utrecht-link--html-a utrecht-nav-list__link"
        onClick={(event) => {
          if (event.defaultPrevented || !ownClick(event)) return;
          event.preventDefault();
          void navigate(to, { replace: location.pathname + location.search + location.hash === to });
        }}
      >
        {children}
      </a>
    </li>
  );
}
