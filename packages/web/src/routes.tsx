import type { ComponentType } from 'react';
import { createBrowserRouter, type RouteObject } from 'react-router-dom';
import { AppShell } from './components/AppShell.tsx';
import { RequireAuth, RequirePermission } from './components/RequireAuth.tsx';
import { navItems, type NavId } from './nav/navConfig.ts';
import { AccountPage } from './pages/AccountPage.tsx';
import { AdminPage } from './pages/AdminPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { OverviewPage } from './pages/OverviewPage.tsx';
import { PlaceholderPage, type PlaceholderId } from './pages/PlaceholderPage.tsx';
import { NotFoundPage } from './pages/StatusPages.tsx';

const placeholder = (id: PlaceholderId) => () => <PlaceholderPage id={id} />;

/** The page for each nav entry. A new capability replaces its placeholder here. */
const pages: Record<NavId, ComponentType> = {
  overview: OverviewPage,
  workqueue: placeholder('workqueue'),
  cases: placeholder('cases'),
  finance: placeholder('finance'),
  reports: placeholder('reports'),
  privacy: placeholder('privacy'),
  admin: AdminPage,
  account: AccountPage,
};

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
