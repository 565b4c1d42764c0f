import type { Expected } from '../route-table.js';
import { COURSE_READERS } from './course-roles.js';

/** Agenda and minutes as documents, and the Excel exports (issue 11, points 6 and 7). */
export const DOCUMENT_ROUTES = {
  'GET /api/v1/meetings/:id/minutes.pdf': COURSE_READERS,
  'GET /api/v1/meetings/:id/minutes.docx': COURSE_READERS,
  'GET /api/v1/courses/:id/meetings.xlsx': COURSE_READERS,
} as const satisfies Record<string, Expected>;
