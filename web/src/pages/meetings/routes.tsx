import type { RouteObject } from 'react-router';
import { RequirePermission } from '../../app/guards.js';
import { MeetingPage } from './MeetingPage.js';
import { TrialsPage } from './TrialsPage.js';
import './meetings.css';

/** A meeting's page (agenda, participants, minutes, decisions, trials) and the course's trials (issue 4). */
export const meetingRoutes: RouteObject[] = [
  { path: 'forloeb/:id/moeder/:meetingId', element: <RequirePermission permission="course.read"><MeetingPage /></RequirePermission> },
  { path: 'forloeb/:id/afproevninger', element: <RequirePermission permission="course.read"><TrialsPage /></RequirePermission> },
];
