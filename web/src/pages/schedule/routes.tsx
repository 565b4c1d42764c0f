import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../app/guards.js';
import { lazyPage } from '../../app/lazy-page.js';

const CalendarPage = lazyPage(() => import('./CalendarPage.js'), 'CalendarPage');
const CourseMeetingsPage = lazyPage(() => import('./CourseMeetingsPage.js'), 'CourseMeetingsPage');
const RoundSchedulePage = lazyPage(() => import('./RoundSchedulePage.js'), 'RoundSchedulePage');

/** Scheduling pages: a course's meetings with the proposed schedule, the round's schedule, my calendar (issue 4). */
export const scheduleRoutes: RouteObject[] = [
  {
    path: 'forloeb/:id/moeder',
    element: (
      <RequirePermission permission="course.read">
        <CourseMeetingsPage />
      </RequirePermission>
    ),
  },
  {
    path: 'runder/:id/moedeplan',
    element: (
      <RequirePermission permission="round.schedule">
        <RoundSchedulePage />
      </RequirePermission>
    ),
  },
  {
    path: 'kalender',
    element: (
      <RequirePermission permission="course.read">
        <CalendarPage />
      </RequirePermission>
    ),
  },
];
