import type { Expected } from '../route-table.js';

/** The self-analysis (egenanalyse) of a course (modules/self-analysis). */
export const SELF_ANALYSIS_ROUTES = {
  'GET /api/v1/courses/:id/self-analysis': [
    'national_admin',
    'consultant',
    'coordinator',
    'daycare_chief',
    'daycare_leader',
    'staff',
    'partner',
  ],
  'PUT /api/v1/courses/:id/self-analysis': ['consultant', 'coordinator', 'daycare_chief'],
  'POST /api/v1/courses/:id/self-analysis/present': ['consultant', 'coordinator', 'daycare_chief'],
  'POST /api/v1/courses/:id/self-analysis/reopen': ['consultant', 'coordinator', 'daycare_chief'],
  'DELETE /api/v1/courses/:id/self-analysis/conflicts/:conflictId': ['consultant', 'coordinator', 'daycare_chief'],
  'GET /api/v1/courses/:id/self-analysis.pdf': [
    'national_admin',
    'consultant',
    'coordinator',
    'daycare_chief',
    'daycare_leader',
    'staff',
    'partner',
  ],
} as const satisfies Record<string, Expected>;
