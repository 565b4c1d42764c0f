import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../app/guards.js';
import { lazyPage } from '../../app/lazy-page.js';

const CoursePage = lazyPage(() => import('./CoursePage.js'), 'CoursePage');
const CoursePlanPage = lazyPage(() => import('./CoursePlanPage.js'), 'CoursePlanPage');
const CoursesPage = lazyPage(() => import('./CoursesPage.js'), 'CoursesPage');

/** The course pages (list, overview, plan with meetings and plan editor), mounted by app/routes.tsx. */
export const courseRoutes: RouteObject[] = [
  {
    path: 'forloeb',
    element: (
      <RequirePermission permission="course.read">
        <CoursesPage />
      </RequirePermission>
    ),
  },
  {
    path: 'forloeb/:id',
    element: (
      <RequirePermission permission="course.read">
        <CoursePage />
      </RequirePermission>
    ),
  },
  {
    path: 'forloeb/:id/plan',
    element: (
      <RequirePermission permission="course.read">
        <CoursePlanPage />
      </RequirePermission>
    ),
  },
];
