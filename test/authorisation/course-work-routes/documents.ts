import type { Expected } from '../route-table.js';

/** Agenda and minutes as documents, and the Excel exports (issue 11, points 6 and 7). */
const READS_COURSE = [
  'national_admin',
  'consultant',
  'coordinator',
  'daycare_chief',
  'daycare_leader',
  'staff',
  'partner',
] as const;

export const DOCUMENT_ROUTES = {
  'GET /api/v1/meetings/:id/minutes.pdf': READS_COURSE,
  'GET /api/v1/meetings/:id/minutes.docx': READS_COURSE,
  'GET /api/v1/courses/:id/meetings.xlsx': READS_COURSE,
} as const satisfies Record<string, Expected>;
