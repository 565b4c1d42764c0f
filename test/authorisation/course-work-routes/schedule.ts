import type { Expected } from '../route-table.js';
import { COURSE_READERS } from './course-roles.js';

/** Scheduling live courses, consultants' calendars and calendar feeds (modules/course-schedule, modules/calendar). */
export const SCHEDULE_ROUTES = {
  'GET /api/v1/rounds/:id/schedule-settings': ['national_admin', 'consultant'],
  'PUT /api/v1/rounds/:id/schedule-settings': ['national_admin'],
  'GET /api/v1/rounds/:id/schedule/proposal': ['national_admin'],
  'POST /api/v1/rounds/:id/schedule/apply': ['national_admin'],
  'GET /api/v1/courses/:id/schedule': COURSE_READERS,
  'GET /api/v1/courses/:id/schedule/proposal': ['national_admin', 'consultant'],
  'POST /api/v1/courses/:id/schedule/apply': ['national_admin', 'consultant'],
  'PATCH /api/v1/meetings/:id/schedule': ['national_admin', 'consultant', 'coordinator'],
  'GET /api/v1/calendar': COURSE_READERS,
  'GET /api/v1/consultant-absences': ['consultant'],
  'POST /api/v1/consultant-absences': ['consultant'],
  'DELETE /api/v1/consultant-absences/:id': ['consultant'],
  'GET /api/v1/calendar/feed': COURSE_READERS,
  'POST /api/v1/calendar/feed': COURSE_READERS,
  'DELETE /api/v1/calendar/feed': COURSE_READERS,
  'GET /api/v1/calendar/feeds/:token': 'public',
  'GET /api/v1/meetings/:id/invitation.ics': COURSE_READERS,
} as const satisfies Record<string, Expected>;
