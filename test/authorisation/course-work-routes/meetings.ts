import type { Expected } from '../route-table.js';
import { COURSE_READERS, COURSE_LEADS, MEETING_RUNNERS, TRIAL_KEEPERS } from './course-roles.js';

/** Meetings (agenda, participants, minutes, decisions) and trials with their logs (modules/meetings, modules/trials). */
export const MEETING_ROUTES = {
  'GET /api/v1/meetings/:id': COURSE_READERS,
  'PUT /api/v1/meetings/:id/agenda': MEETING_RUNNERS,
  'PUT /api/v1/meetings/:id/participants': MEETING_RUNNERS,
  'PUT /api/v1/meetings/:id/minutes': MEETING_RUNNERS,
  'POST /api/v1/meetings/:id/minutes/approve': COURSE_LEADS,
  'DELETE /api/v1/meetings/:id/minutes/conflicts/:conflictId': MEETING_RUNNERS,
  'PUT /api/v1/meetings/:id/status': MEETING_RUNNERS,
  'POST /api/v1/meetings/:id/trials': TRIAL_KEEPERS,
  'GET /api/v1/courses/:id/trials': COURSE_READERS,
  'GET /api/v1/trials/:id': COURSE_READERS,
  'PATCH /api/v1/trials/:id': TRIAL_KEEPERS,
  'POST /api/v1/trials/:id/logs': ['consultant', 'coordinator', 'daycare_leader', 'staff'],
} as const satisfies Record<string, Expected>;
