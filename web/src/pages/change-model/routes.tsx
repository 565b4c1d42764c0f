import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../app/guards.js';
import { lazyPage } from '../../app/lazy-page.js';

const ChangeModelPage = lazyPage(() => import('./ChangeModelPage.js'), 'ChangeModelPage');

/** The course's change model: editor, versions, comparison, diagram, indicators (issue 4). */
export const changeModelRoutes: RouteObject[] = [
  {
    path: 'forloeb/:id/forandringsmodel',
    element: (
      <RequirePermission permission="course.read">
        <ChangeModelPage />
      </RequirePermission>
    ),
  },
];
