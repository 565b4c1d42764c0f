import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../app/guards.js';
import { lazyPage } from '../../app/lazy-page.js';

const MeetingPage = lazyPage(() => import('./MeetingPage.js'), 'MeetingPage');
const TrialsPage = lazyPage(() => import('./TrialsPage.js'), 'TrialsPage');

/** A meeting's page (agenda, participants, minutes, decisions, trials) and the course's trials (issue 4). */
export const meetingRoutes: RouteObject[] = [
  {
    path: 'forloeb/:id/moeder/:meetingId',
    element: (
      <RequirePermission permission="meeting.read">
        <MeetingPage />
      </RequirePermission>
    ),
  },
  {
    path: 'forloeb/:id/afproevninger',
    element: (
      <RequirePermission permission="course.read">
        <TrialsPage />
      </RequirePermission>
    ),
  },
];
