import type { Expected } from '../route-table.js';
import { COURSE_READERS, COURSE_LEADS } from './course-roles.js';

/** The self-analysis (egenanalyse) of a course (modules/self-analysis). */
export const SELF_ANALYSIS_ROUTES = {
  'GET /api/v1/courses/:id/self-analysis': COURSE_READERS,
  'PUT /api/v1/courses/:id/self-analysis': COURSE_LEADS,
  'POST /api/v1/courses/:id/self-analysis/present': COURSE_LEADS,
  'POST /api/v1/courses/:id/self-analysis/reopen': COURSE_LEADS,
  'DELETE /api/v1/courses/:id/self-analysis/conflicts/:conflictId': COURSE_LEADS,
  'GET /api/v1/courses/:id/self-analysis.pdf': COURSE_READERS,
} as const satisfies Record<string, Expected>;
