// The single list of the app's sections. Navigation, routes, page titles and access checks
// all derive from it: a new capability (say, "Aanbieders") is one entry here plus its page.
// Access is by permission, never by role name, so the role matrix in @koers/domain decides.
import type { Permission } from '../api/types.ts';

export type NavId = 'overview' | 'workqueue' | 'cases' | 'aanbieder' | 'budgetbeheer' | 'duo' | 'pvt' | 'socialeKaart' | 'participatie' | 'finance' | 'reports' | 'privacy' | 'admin' | 'hosting' | 'account' | 'begeleiding';

export interface NavItem {
  id: NavId;
  /** Route path. */
  path: string;
  /** The user needs at least one of these permissions; empty = every signed-in user. */
  anyOf: readonly Permission[];
  /** Placeholder pages get a heading and a "komt in een volgende versie" text. */
  placeholder?: boolean;
}

export const navItems: readonly NavItem[] = [
  { id: 'overview', path: '/', anyOf: [] },
  { id: 'workqueue', path: '/werkvoorraad', anyOf: ['workqueue:own', 'workqueue:team'] },
  { id: 'cases', path: '/dossiers', anyOf: ['case:read', 'case:read-assigned'] },
  { id: 'aanbieder', path: '/aanbieder', anyOf: ['provider:report'] },
  { id: 'budgetbeheer', path: '/budgetbeheer', anyOf: ['ontzorgen:partner'] },
  { id: 'begeleiding', path: '/begeleiding', anyOf: ['begeleiding:work'] },
  { id: 'duo', path: '/duo-meldingen', anyOf: ['case:read', 'duo:status'] },
  { id: 'pvt', path: '/pvt-groepen', anyOf: ['case:read'] },
  { id: 'socialeKaart', path: '/sociale-kaart', anyOf: ['case:read', 'sociale-kaart:manage'] },
  { id: 'participatie', path: '/participatieplekken', anyOf: ['case:read', 'participatie:manage'] },
  { id: 'finance', path: '/financien', anyOf: ['finance:write'] },
  { id: 'reports', path: '/rapportages', anyOf: ['reports:aggregate'] },
  { id: 'privacy', path: '/privacy', anyOf: ['privacy:processing-log'] },
  { id: 'admin', path: '/beheer', anyOf: ['admin:users', 'admin:gemeenten'] },
  { id: 'hosting', path: '/organisaties', anyOf: ['admin:organisations'] },
  { id: 'account', path: '/account', anyOf: [] },
];

export function canAccess(item: Pick<NavItem, 'anyOf'>, permissions: readonly string[]): boolean {
  return item.anyOf.length === 0 || item.anyOf.some((p) => permissions.includes(p));
}

/** The navigation items a user with these permissions sees, in menu order. */
export function navFor(permissions: readonly string[]): NavItem[] {
  return navItems.filter((item) => canAccess(item, permissions));
}

export function navItemByPath(pathname: string): NavItem | undefined {
  return navItems.find((item) => item.path === pathname);
}
