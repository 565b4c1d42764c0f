import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../app/guards.js';
import { lazyPage } from '../../app/lazy-page.js';

const SelfAnalysisPage = lazyPage(() => import('./SelfAnalysisPage.js'), 'SelfAnalysisPage');

/** The course's self-analysis (issue 4), under the course's pages. */
export const selfAnalysisRoutes: RouteObject[] = [
  {
    path: 'forloeb/:id/egenanalyse',
    element: (
      <RequirePermission permission="course.read">
        <SelfAnalysisPage />
      </RequirePermission>
    ),
  },
];
