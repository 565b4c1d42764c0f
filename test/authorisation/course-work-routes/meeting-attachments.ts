import type { Expected } from '../route-table.js';
import { COURSE_READERS, MEETING_RUNNERS } from './course-roles.js';

/** Meeting attachments (modules/meeting-attachments, ADR 30): read with the meeting, changed by those who run it. */
export const MEETING_ATTACHMENT_ROUTES = {
  'GET /api/v1/meetings/:id/attachments': COURSE_READERS,
  'POST /api/v1/meetings/:id/attachments': MEETING_RUNNERS,
  'GET /api/v1/attachments/:id': COURSE_READERS,
  'DELETE /api/v1/attachments/:id': MEETING_RUNNERS,
} as const satisfies Record<string, Expected>;
