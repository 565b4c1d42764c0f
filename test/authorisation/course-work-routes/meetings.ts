import type { Expected } from '../route-table.js';

/** Meetings (agenda, participants, minutes, decisions) and trials with their logs (modules/meetings, modules/trials). */
export const MEETING_ROUTES = {
  'GET /api/v1/meetings/:id': [
    'national_admin',
    'consultant',
    'coordinator',
    'daycare_chief',
    'daycare_leader',
    'staff',
    'partner',
  ],
  'PUT /api/v1/meetings/:id/agenda': ['consultant', 'coordinator'],
  'PUT /api/v1/meetings/:id/participants': ['consultant', 'coordinator'],
  'PUT /api/v1/meetings/:id/minutes': ['consultant', 'coordinator'],
  'POST /api/v1/meetings/:id/minutes/approve': ['consultant', 'coordinator', 'daycare_chief'],
  'DELETE /api/v1/meetings/:id/minutes/conflicts/:conflictId': ['consultant', 'coordinator'],
  'PUT /api/v1/meetings/:id/status': ['consultant', 'coordinator'],
  'POST /api/v1/meetings/:id/trials': ['consultant', 'coordinator', 'daycare_leader'],
  'GET /api/v1/courses/:id/trials': [
    'national_admin',
    'consultant',
    'coordinator',
    'daycare_chief',
    'daycare_leader',
    'staff',
    'partner',
  ],
  'GET /api/v1/trials/:id': [
    'national_admin',
    'consultant',
    'coordinator',
    'daycare_chief',
    'daycare_leader',
    'staff',
    'partner',
  ],
  'PATCH /api/v1/trials/:id': ['consultant', 'coordinator', 'daycare_leader'],
  'POST /api/v1/trials/:id/logs': ['consultant', 'coordinator', 'daycare_leader', 'staff'],
} as const satisfies Record<string, Expected>;
