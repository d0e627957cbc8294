import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter, matchPath, type RouteObject } from 'react-router-dom';
import { AppShell } from './components/AppShell.tsx';
import { CatalogsReady } from './components/CatalogsReady.tsx';
import { Loading, RequireAuth, RequirePermission } from './components/RequireAuth.tsx';
import { canAccess, navItems, type NavId } from './nav/navConfig.ts';
import type { Permission, SessionUser } from './api/types.ts';
import { AccountPage } from './pages/AccountPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { OverviewPage } from './pages/OverviewPage.tsx';
import { NotFoundPage } from './pages/StatusPages.tsx';
import { caseParts, type CasePartHandle } from './pages/case/caseParts.ts';
import { prefetchWorkqueue } from './pages/workqueue/workqueueView.ts';

// The work pages load when first opened (their own chunks), so the login page and the shell start
// from a smaller bundle; the case file alone is a quarter of the application's own code.
// The chunk of the page the browser opens on is requested at start (preloadRoute, from main.tsx),
// in parallel with the session check, instead of after it (ADR 0151, addendum).
const preloaders = new Map<ComponentType, () => Promise<unknown>>();
function page<M>(load: () => Promise<M>, pick: (m: M) => ComponentType): ComponentType {
  const Page = lazy(() => load().then((m) => ({ default: pick(m) })));
  preloaders.set(Page, load);
  return Page;
}

/** The pages whose first request starts as soon as the session is known (the largest thing they show waits for it). */
const prefetchers: Partial<Record<NavId, (user: SessionUser, search: string) => void>> = {
  workqueue: prefetchWorkqueue,
};
const AdminPage = page(() => import('./pages/AdminPage.tsx'), (m) => m.AdminPage);
const GemeenteSettingsPage = page(() => import('./pages/beheer/GemeenteSettingsPage.tsx'), (m) => m.GemeenteSettingsPage);
const PrivacyPage = page(() => import('./pages/privacy/PrivacyPage.tsx'), (m) => m.PrivacyPage);
const HostingPage = page(() => import('./pages/beheer/HostingPage.tsx'), (m) => m.HostingPage);
const DuoNotificationsPage = page(() => import('./pages/duo/DuoNotificationsPage.tsx'), (m) => m.DuoNotificationsPage);
const CaseFilePage = page(() => import('./pages/case/CaseFilePage.tsx'), (m) => m.CaseFilePage);
const CaseListPage = page(() => import('./pages/cases/CaseListPage.tsx'), (m) => m.CaseListPage);
const ImportPage = page(() => import('./pages/cases/ImportPage.tsx'), (m) => m.ImportPage);
const NewCasePage = page(() => import('./pages/cases/NewCasePage.tsx'), (m) => m.NewCasePage);
const FinancePage = page(() => import('./pages/financien/FinancePage.tsx'), (m) => m.FinancePage);
const PvtGroupsPage = page(() => import('./pages/pvt/PvtGroupsPage.tsx'), (m) => m.PvtGroupsPage);
const PvtGroupPage = page(() => import('./pages/pvt/PvtGroupPage.tsx'), (m) => m.PvtGroupPage);
const SocialeKaartPage = page(() => import('./pages/socialeKaart/SocialeKaartPage.tsx'), (m) => m.SocialeKaartPage);
const ParticipatieplekkenPage = page(() => import('./pages/participatie/ParticipatieplekkenPage.tsx'), (m) => m.ParticipatieplekkenPage);
const AanbiederPage = page(() => import('./pages/aanbieder/AanbiederPage.tsx'), (m) => m.AanbiederPage);
const VerslagenPage = page(() => import('./pages/rapportages/VerslagenPage.tsx'), (m) => m.VerslagenPage);
const BudgetbeheerPage = page(() => import('./pages/budgetbeheer/BudgetbeheerPage.tsx'), (m) => m.BudgetbeheerPage);
const MijnClientenPage = page(() => import('./pages/begeleiding/MijnClientenPage.tsx'), (m) => m.MijnClientenPage);
const ClientPage = page(() => import('./pages/begeleiding/ClientPage.tsx'), (m) => m.ClientPage);
const FormatiePage = page(() => import('./pages/rapportages/FormatiePage.tsx'), (m) => m.FormatiePage);
const SpukPage = page(() => import('./pages/rapportages/SpukPage.tsx'), (m) => m.SpukPage);
const DashboardPage = page(() => import('./pages/rapportages/DashboardPage.tsx'), (m) => m.DashboardPage);
const AanbiedersPage = page(() => import('./pages/beheer/aanbieders/AanbiedersPage.tsx'), (m) => m.AanbiedersPage);
const WorkqueuePage = page(() => import('./pages/workqueue/WorkqueuePage.tsx'), (m) => m.WorkqueuePage);

// Every page waits for its own chunk and for the areas' Dutch catalogs (both requested at once).
const loaded = (page: ReactNode) => (
  <Suspense fallback={<Loading />}>
    <CatalogsReady>{page}</CatalogsReady>
  </Suspense>
);

/** The page for each nav entry. A new capability replaces its placeholder here. */
const pages: Record<NavId, ComponentType> = {
  overview: OverviewPage,
  workqueue: WorkqueuePage,
  cases: CaseListPage,
  aanbieder: AanbiederPage,
  budgetbeheer: BudgetbeheerPage,
  begeleiding: MijnClientenPage,
  duo: DuoNotificationsPage,
  pvt: PvtGroupsPage,
  finance: FinancePage,
  reports: DashboardPage,
  privacy: PrivacyPage,
  admin: AdminPage,
  hosting: HostingPage,
  socialeKaart: SocialeKaartPage,
  participatie: ParticipatieplekkenPage,
  account: AccountPage,
};

const caseSubPages: { path: string; anyOf: readonly Permission[]; Page: ComponentType }[] = [
  { path: '/dossiers/nieuw', anyOf: ['case:write'], Page: NewCasePage },
  { path: '/dossiers/importeren', anyOf: ['case:write'], Page: ImportPage },
  { path: '/beheer/gemeenten/:id', anyOf: ['admin:gemeenten'], Page: GemeenteSettingsPage },
  { path: '/pvt-groepen/:groupId', anyOf: ['case:read'], Page: PvtGroupPage },
  { path: '/rapportages/verslagen', anyOf: ['reports:aggregate'], Page: VerslagenPage },
  { path: '/begeleiding/:id', anyOf: ['begeleiding:work'], Page: ClientPage },
  { path: '/rapportages/formatie', anyOf: ['reports:aggregate'], Page: FormatiePage },
  { path: '/rapportages/spuk', anyOf: ['reports:aggregate'], Page: SpukPage },
  { path: '/beheer/aanbieders', anyOf: ['contracts:manage'], Page: AanbiedersPage },
];

export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    children: [
      { path: '/inloggen', element: <LoginPage /> },
      ...navItems.map((item): RouteObject => {
        const Page = pages[item.id];
        return {
          path: item.path,
          element: (
            <RequireAuth>
              <RequirePermission item={item}>{loaded(<Page />)}</RequirePermission>
            </RequireAuth>
          ),
        };
      }),
      // The case file: a layout (header, part navigation, open tasks) with one child route per part.
      {
        path: '/dossiers/:id',
        element: (
          <RequireAuth>
            <RequirePermission item={{ anyOf: ['case:read', 'case:read-assigned'] }}>{loaded(<CaseFilePage />)}</RequirePermission>
          </RequireAuth>
        ),
        children: caseParts.map((part): RouteObject => {
          const handle: CasePartHandle = { casePartId: part.id };
          return part.path === '' ? { index: true, handle } : { path: part.path, handle };
        }),
      },
      // Pages below a nav entry (case list, beheer), each with its own permission.
      ...caseSubPages.map(({ path, anyOf, Page }): RouteObject => ({
        path,
        element: (
          <RequireAuth>
            <RequirePermission item={{ anyOf }}>{loaded(<Page />)}</RequirePermission>
          </RequireAuth>
        ),
      })),
      {
        path: '*',
        element: (
          <RequireAuth>
            <NotFoundPage />
          </RequireAuth>
        ),
      },
    ],
  },
];

export const createRouter = () => createBrowserRouter(routes);

/**
 * The chunks of the page at `pathname`, found the way the router ranks them (a fixed path before a
 * parameter) but without matchRoutes: ranking the whole route tree costs ~150 ms at 4× throttling.
 */
function chunksFor(pathname: string): (() => Promise<unknown>)[] {
  const load = (Page: ComponentType) => preloaders.get(Page);
  const nav = navItems.find((item) => item.path === pathname);
  const sub = caseSubPages.find((p) => matchPath(p.path, pathname));
  const file = matchPath('/dossiers/:id/*', pathname);
  const Page = nav ? pages[nav.id] : sub ? sub.Page : file ? CaseFilePage : undefined;
  const part = !nav && !sub && file ? caseParts.find((p) => p.path === (file.params['*'] ?? '').replace(/\/$/, '')) : undefined;
  return [Page && load(Page), part?.component.preload].filter((l) => l !== undefined);
}

/** Requests the chunks of the page at `pathname` (and of the case-file part it names) now, before it renders. */
export function preloadRoute(pathname: string): void {
  // A chunk that fails here fails again when the page renders, and shows there.
  for (const chunk of chunksFor(pathname)) chunk().catch(() => undefined);
}

/** Starts the first data request of the page at `pathname` for `user`, when that page has one and the user may open it. */
export function prefetchRoute(pathname: string, search: string, user: SessionUser): void {
  const nav = navItems.find((item) => item.path === pathname);
  const prefetch = nav && prefetchers[nav.id];
  if (nav && prefetch && canAccess(nav, user.permissions)) prefetch(user, search);
}
