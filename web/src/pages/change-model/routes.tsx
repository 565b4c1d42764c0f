import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../app/guards.js';
import { ChangeModelPage } from './ChangeModelPage.js';

/** The course's change model: editor, versions, comparison, diagram, indicators (issue 4). */
export const changeModelRoutes: RouteObject[] = [
  { path: 'forloeb/:id/forandringsmodel', element: <RequirePermission permission="course.read"><ChangeModelPage /></RequirePermission> },
];
