import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../app/guards.js';
import { AssessmentsPage } from './AssessmentsPage.js';
import { AssessPage } from './AssessPage.js';
import { OutboxPage } from './OutboxPage.js';
import { ScoresPage } from './ScoresPage.js';
import { SelectionPage } from './SelectionPage.js';

/** The agency's pages (assessment, scores, selection, outbox), mounted by app/routes.tsx. */
export const agencyRoutes: RouteObject[] = [
  { path: 'bedoemmelser', element: <RequirePermission permission="assessment.write"><AssessmentsPage /></RequirePermission> },
  { path: 'bedoemmelser/:applicationId', element: <RequirePermission permission="assessment.write"><AssessPage /></RequirePermission> },
  { path: 'runder/:id/point', element: <RequirePermission permission="selection.manage"><ScoresPage /></RequirePermission> },
  { path: 'runder/:id/udvaelgelse', element: <RequirePermission permission="selection.manage"><SelectionPage /></RequirePermission> },
  { path: 'udbakke', element: <RequirePermission permission="outbox.read"><OutboxPage /></RequirePermission> },
];
