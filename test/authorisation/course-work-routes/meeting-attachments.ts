import type { Expected } from '../route-table.js';

const MEETING_READERS = [
  'national_admin',
  'consultant',
  'coordinator',
  'daycare_chief',
  'daycare_leader',
  'staff',
  'partner',
] as const;

/** Meeting attachments (modules/meeting-attachments, ADR 30): read with the meeting, changed by those who run it. */
export const MEETING_ATTACHMENT_ROUTES = {
  'GET /api/v1/meetings/:id/attachments': MEETING_READERS,
  'POST /api/v1/meetings/:id/attachments': ['consultant', 'coordinator'],
  'GET /api/v1/attachments/:id': MEETING_READERS,
  'DELETE /api/v1/attachments/:id': ['consultant', 'coordinator'],
} as const satisfies Record<string, Expected>;
