import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../app/guards.js';
import { CoursePage } from './CoursePage.js';
import { CoursesPage } from './CoursesPage.js';

/** The course pages (list, course with plan and meetings, plan editor), mounted by app/routes.tsx. */
export const courseRoutes: RouteObject[] = [
  { path: 'forloeb', element: <RequirePermission permission="course.read"><CoursesPage /></RequirePermission> },
  { path: 'forloeb/:id', element: <RequirePermission permission="course.read"><CoursePage /></RequirePermission> },
];
