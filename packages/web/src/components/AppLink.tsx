// Router-aware links with the NL Design System link styling.
import { Link as RouterLink, NavLink, type LinkProps, type NavLinkProps } from 'react-router-dom';

export function AppLink({ className, ...props }: LinkProps) {
  return <RouterLink {...props} className={['utrecht-link', 'utrecht-link--html-a', className].filter(Boolean).join(' ')} />;
}

/** One item of a utrecht NavList, rendered with react-router's NavLink (sets aria-current="page"). */
export function NavListRouterLink({ children, ...props }: Omit<NavLinkProps, 'className'> & { children: React.ReactNode }) {
  return (
    <li className="utrecht-nav-list__item">
      <NavLink {...props} className="utrecht-link utrecht-link--html-a utrecht-nav-list__link">
        {children}
      </NavLink>
    </li>
  );
}
