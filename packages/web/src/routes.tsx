import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { AppShell } from './components/AppShell.tsx';
import { RequireAuth, RequirePermission } from './components/RequireAuth.tsx';
import { navItems, type NavId } from './nav/navConfig.ts';
import type { Permission } from './api/types.ts';
import { AccountPage } from './pages/AccountPage.tsx';
import { AdminPage } from './pages/AdminPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { OverviewPage } from './pages/OverviewPage.tsx';
import { PlaceholderPage, type PlaceholderId } from './pages/PlaceholderPage.tsx';
import { NotFoundPage } from './pages/StatusPages.tsx';
import { DuoNotificationsPage } from './pages/duo/DuoNotificationsPage.tsx';
import { CaseFilePage } from './pages/case/CaseFilePage.tsx';
import { CaseListPage } from './pages/cases/CaseListPage.tsx';
import { ImportPage } from './pages/cases/ImportPage.tsx';
import { NewCasePage } from './pages/cases/NewCasePage.tsx';
import { WorkqueuePage } from './pages/workqueue/WorkqueuePage.tsx';

const placeholder = (id: PlaceholderId) => () => <PlaceholderPage id={id} />;

/** The page for each nav entry. A new capability replaces its placeholder here. */
const pages: Record<NavId, ComponentType> = {
  overview: OverviewPage,
  workqueue: WorkqueuePage,
  cases: CaseListPage,
  duo: DuoNotificationsPage,
  finance: placeholder('finance'),
  reports: placeholder('reports'),
  privacy: placeholder('privacy'),
  admin: AdminPage,
  account: AccountPage,
};

const caseSubPages: { path: string; anyOf: readonly Permission[]; Page: ComponentType }[] = [
  { path: '/dossiers/nieuw', anyOf: ['case:write'], Page: NewCasePage },
  { path: '/dossiers/importeren', anyOf: ['case:write'], Page: ImportPage },
  { path: '/dossiers/:id', anyOf: ['case:read', 'case:read-assigned'], Page: CaseFilePage },
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
              <RequirePermission item={item}>
                <Page />
              </RequirePermission>
            </RequireAuth>
          ),
        };
      }),
      // Pages below the case list, each with its own permission.
      ...caseSubPages.map(({ path, anyOf, Page }): RouteObject => ({
        path,
        element: (
          <RequireAuth>
            <RequirePermission item={{ anyOf }}>
              <Page />
            </RequirePermission>
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
