import type { Expected } from '../route-table.js';

/** The course dashboard (modules/course-dashboard). */
export const DASHBOARD_ROUTES = {
  'GET /api/v1/courses/:id/dashboard': [
    'national_admin',
    'consultant',
    'coordinator',
    'daycare_chief',
    'daycare_leader',
    'staff',
    'partner',
  ],
} as const satisfies Record<string, Expected>;
