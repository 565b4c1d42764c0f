import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../app/guards.js';
import { lazyPage } from '../../app/lazy-page.js';

const ApplicationPage = lazyPage(() => import('./ApplicationPage.js'), 'ApplicationPage');
const ApplicationsPage = lazyPage(() => import('./ApplicationsPage.js'), 'ApplicationsPage');

/** The application pages (coordinator form, receipt, decision, agreement), mounted by app/routes.tsx. */
export const applicationRoutes: RouteObject[] = [
  {
    path: 'ansoegninger',
    element: (
      <RequirePermission permission="application.read">
        <ApplicationsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'ansoegninger/:id',
    element: (
      <RequirePermission permission="application.read">
        <ApplicationPage />
      </RequirePermission>
    ),
  },
];
