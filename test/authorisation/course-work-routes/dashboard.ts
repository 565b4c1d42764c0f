import type { Expected } from '../route-table.js';
import { COURSE_READERS } from './course-roles.js';

/** The course dashboard (modules/course-dashboard). */
export const DASHBOARD_ROUTES = {
  'GET /api/v1/courses/:id/dashboard': COURSE_READERS,
} as const satisfies Record<string, Expected>;
