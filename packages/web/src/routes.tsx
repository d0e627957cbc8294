import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { AppShell } from './components/AppShell.tsx';
import { CatalogsReady } from './components/CatalogsReady.tsx';
import { Loading, RequireAuth, RequirePermission } from './components/RequireAuth.tsx';
import { navItems, type NavId } from './nav/navConfig.ts';
import type { Permission } from './api/types.ts';
import { AccountPage } from './pages/AccountPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { OverviewPage } from './pages/OverviewPage.tsx';
import { NotFoundPage } from './pages/StatusPages.tsx';
import { caseParts, type CasePartHandle } from './pages/case/caseParts.ts';

// The work pages load when first opened (their own chunks), so the login page and the shell start
// from a smaller bundle; the case file alone is a quarter of the application's own code.
const AdminPage = lazy(() => import('./pages/AdminPage.tsx').then((m) => ({ default: m.AdminPage })));
const GemeenteSettingsPage = lazy(() => import('./pages/beheer/GemeenteSettingsPage.tsx').then((m) => ({ default: m.GemeenteSettingsPage })));
const PrivacyPage = lazy(() => import('./pages/privacy/PrivacyPage.tsx').then((m) => ({ default: m.PrivacyPage })));
const HostingPage = lazy(() => import('./pages/beheer/HostingPage.tsx').then((m) => ({ default: m.HostingPage })));
const DuoNotificationsPage = lazy(() => import('./pages/duo/DuoNotificationsPage.tsx').then((m) => ({ default: m.DuoNotificationsPage })));
const CaseFilePage = lazy(() => import('./pages/case/CaseFilePage.tsx').then((m) => ({ default: m.CaseFilePage })));
const CaseListPage = lazy(() => import('./pages/cases/CaseListPage.tsx').then((m) => ({ default: m.CaseListPage })));
const ImportPage = lazy(() => import('./pages/cases/ImportPage.tsx').then((m) => ({ default: m.ImportPage })));
const NewCasePage = lazy(() => import('./pages/cases/NewCasePage.tsx').then((m) => ({ default: m.NewCasePage })));
const FinancePage = lazy(() => import('./pages/financien/FinancePage.tsx').then((m) => ({ default: m.FinancePage })));
const PvtGroupsPage = lazy(() => import('./pages/pvt/PvtGroupsPage.tsx').then((m) => ({ default: m.PvtGroupsPage })));
const PvtGroupPage = lazy(() => import('./pages/pvt/PvtGroupPage.tsx').then((m) => ({ default: m.PvtGroupPage })));
const SocialeKaartPage = lazy(() => import('./pages/socialeKaart/SocialeKaartPage.tsx').then((m) => ({ default: m.SocialeKaartPage })));
const ParticipatieplekkenPage = lazy(() => import('./pages/participatie/ParticipatieplekkenPage.tsx').then((m) => ({ default: m.ParticipatieplekkenPage })));
const AanbiederPage = lazy(() => import('./pages/aanbieder/AanbiederPage.tsx').then((m) => ({ default: m.AanbiederPage })));
const VerslagenPage = lazy(() => import('./pages/rapportages/VerslagenPage.tsx').then((m) => ({ default: m.VerslagenPage })));
const BudgetbeheerPage = lazy(() => import('./pages/budgetbeheer/BudgetbeheerPage.tsx').then((m) => ({ default: m.BudgetbeheerPage })));
const MijnClientenPage = lazy(() => import('./pages/begeleiding/MijnClientenPage.tsx').then((m) => ({ default: m.MijnClientenPage })));
const ClientPage = lazy(() => import('./pages/begeleiding/ClientPage.tsx').then((m) => ({ default: m.ClientPage })));
const FormatiePage = lazy(() => import('./pages/rapportages/FormatiePage.tsx').then((m) => ({ default: m.FormatiePage })));
const SpukPage = lazy(() => import('./pages/rapportages/SpukPage.tsx').then((m) => ({ default: m.SpukPage })));
const DashboardPage = lazy(() => import('./pages/rapportages/DashboardPage.tsx').then((m) => ({ default: m.DashboardPage })));
const AanbiedersPage = lazy(() => import('./pages/beheer/aanbieders/AanbiedersPage.tsx').then((m) => ({ default: m.AanbiedersPage })));
const WorkqueuePage = lazy(() => import('./pages/workqueue/WorkqueuePage.tsx').then((m) => ({ default: m.WorkqueuePage })));

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
