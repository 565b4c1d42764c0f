import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../app/guards.js';
import { lazyPage } from '../../app/lazy-page.js';

const AssessmentsPage = lazyPage(() => import('./AssessmentsPage.js'), 'AssessmentsPage');
const AssessPage = lazyPage(() => import('./AssessPage.js'), 'AssessPage');
const OutboxPage = lazyPage(() => import('./OutboxPage.js'), 'OutboxPage');
const ScoresPage = lazyPage(() => import('./ScoresPage.js'), 'ScoresPage');
const SelectionPage = lazyPage(() => import('./SelectionPage.js'), 'SelectionPage');

/** The agency's pages (assessment, scores, selection, outbox), mounted by app/routes.tsx. */
export const agencyRoutes: RouteObject[] = [
  {
    path: 'bedoemmelser',
    element: (
      <RequirePermission permission="assessment.write">
        <AssessmentsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'bedoemmelser/:applicationId',
    element: (
      <RequirePermission permission="assessment.write">
        <AssessPage />
      </RequirePermission>
    ),
  },
  {
    path: 'runder/:id/point',
    element: (
      <RequirePermission permission="selection.manage">
        <ScoresPage />
      </RequirePermission>
    ),
  },
  {
    path: 'runder/:id/udvaelgelse',
    element: (
      <RequirePermission permission="selection.manage">
        <SelectionPage />
      </RequirePermission>
    ),
  },
  {
    path: 'udbakke',
    element: (
      <RequirePermission permission="outbox.read">
        <OutboxPage />
      </RequirePermission>
    ),
  },
];
