import type { Role } from '../../src/shared/roles.js';
import { CHANGE_MODEL_ROUTES } from './course-work-routes/change-model.js';
import { COURSE_READERS } from './course-work-routes/course-roles.js';
import { DASHBOARD_ROUTES } from './course-work-routes/dashboard.js';
import { MEETING_ATTACHMENT_ROUTES } from './course-work-routes/meeting-attachments.js';
import { DOCUMENT_ROUTES } from './course-work-routes/documents.js';
import { MEETING_ROUTES } from './course-work-routes/meetings.js';
import { SCHEDULE_ROUTES } from './course-work-routes/schedule.js';
import { SELF_ANALYSIS_ROUTES } from './course-work-routes/self-analysis.js';

export type Expected = 'public' | 'any' | readonly Role[];

/**
 * The authorisation matrix: for every API route, who may call it.
 * 'public' = also anonymous; 'any' = every logged-in role. The expectation the
 * tests hold the server to, so it lives with the tests, not in src/: checked by
 * test/authorisation-matrix.test.ts, which fails when a route is missing here or
 * the server answers differently.
 */
export const ROUTE_ACCESS = {
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'public',
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/logout': 'any',
  'GET /api/v1/session': 'any',
  'PUT /api/v1/session/role': 'any',
  'POST /api/v1/session/password': 'any',
  'POST /api/v1/auth/password-reset': 'public',
  'POST /api/v1/auth/password-link': 'public',
  'POST /api/v1/auth/password': 'public',
  'GET /api/v1/session/sessions': 'any',
  'DELETE /api/v1/session/sessions/:id': 'any',
  'DELETE /api/v1/session/sessions': 'any',
  'GET /api/v1/me/notification-preferences': 'any',
  'PUT /api/v1/me/notification-preferences': 'any',
  'GET /api/v1/regions': 'any',
  'GET /api/v1/municipalities': 'any',
  'GET /api/v1/municipalities/:code': 'any',
  'GET /api/v1/institutions': ['national_admin', 'coordinator', 'daycare_chief', 'daycare_leader', 'staff'],
  'GET /api/v1/institutions/:id': ['national_admin', 'coordinator', 'daycare_chief', 'daycare_leader', 'staff'],
  'GET /api/v1/children': ['daycare_chief', 'daycare_leader', 'staff'],
  'GET /api/v1/children/export.csv': ['daycare_chief', 'daycare_leader'],
  'GET /api/v1/children/:id': ['daycare_chief', 'daycare_leader', 'staff'],
  'POST /api/v1/children': ['daycare_leader', 'staff'],
  'PATCH /api/v1/children/:id': ['daycare_leader', 'staff'],
  'DELETE /api/v1/children/:id': ['daycare_leader', 'staff'],
  'GET /api/v1/users': ['national_admin', 'coordinator'],
  'POST /api/v1/users': ['national_admin', 'coordinator'],
  'GET /api/v1/users/:id': ['national_admin', 'coordinator'],
  'PATCH /api/v1/users/:id': ['national_admin', 'coordinator'],
  'POST /api/v1/users/:id/password-link': ['national_admin', 'coordinator'],
  'POST /api/v1/users/:id/assignments': ['national_admin', 'coordinator'],
  'DELETE /api/v1/users/:id/assignments/:assignmentId': ['national_admin', 'coordinator'],
  'GET /api/v1/audit': ['national_admin', 'daycare_chief'],
  'GET /api/v1/rounds': 'any',
  'GET /api/v1/rounds/:id': 'any',
  'POST /api/v1/rounds': ['national_admin'],
  'PATCH /api/v1/rounds/:id': ['national_admin'],
  'PUT /api/v1/rounds/:id/assessors': ['national_admin'],
  'GET /api/v1/applications': ['national_admin', 'assessor', 'coordinator', 'daycare_chief'],
  'GET /api/v1/rounds/:id/applications': ['national_admin', 'assessor', 'coordinator', 'daycare_chief'],
  'POST /api/v1/rounds/:id/applications': ['coordinator'],
  'GET /api/v1/applications/:id': ['national_admin', 'assessor', 'coordinator', 'daycare_chief'],
  'PUT /api/v1/applications/:id': ['coordinator'],
  'POST /api/v1/applications/:id/submit': ['coordinator'],
  'DELETE /api/v1/applications/:id/conflicts/:conflictId': ['coordinator'],
  'PUT /api/v1/applications/:id/director-commitment': ['coordinator'],
  'GET /api/v1/applications/:id/director-commitment': ['national_admin', 'assessor', 'coordinator', 'daycare_chief'],
  'GET /api/v1/applications/:id/receipt.pdf': ['national_admin', 'assessor', 'coordinator', 'daycare_chief'],
  'GET /api/v1/assessments': ['assessor'],
  'GET /api/v1/applications/:id/assessment': ['assessor'],
  'PUT /api/v1/applications/:id/assessment/conflict': ['assessor'],
  'PUT /api/v1/applications/:id/assessment': ['assessor'],
  'POST /api/v1/applications/:id/assessment/submit': ['assessor'],
  'GET /api/v1/rounds/:id/scores': ['national_admin'],
  'GET /api/v1/rounds/:id/selection': ['national_admin'],
  'GET /api/v1/rounds/:id/selection.xlsx': ['national_admin'],
  'PUT /api/v1/rounds/:id/decision': ['national_admin'],
  'POST /api/v1/rounds/:id/decision/publish': ['national_admin'],
  'GET /api/v1/applications/:id/decision': ['national_admin', 'assessor', 'coordinator', 'daycare_chief'],
  'GET /api/v1/applications/:id/decision-letter.docx': ['national_admin', 'assessor', 'coordinator', 'daycare_chief'],
  'GET /api/v1/applications/:id/decision-letter.pdf': ['national_admin', 'assessor', 'coordinator', 'daycare_chief'],
  'GET /api/v1/outbox': ['national_admin'],
  'POST /api/v1/outbox/:id/retry': ['national_admin'],
  'POST /api/v1/applications/:id/agreement': ['national_admin'],
  'GET /api/v1/applications/:id/agreement': ['national_admin', 'assessor', 'coordinator', 'daycare_chief'],
  'GET /api/v1/applications/:id/agreement.docx': ['national_admin', 'assessor', 'coordinator', 'daycare_chief'],
  'GET /api/v1/applications/:id/agreement.pdf': ['national_admin', 'assessor', 'coordinator', 'daycare_chief'],
  'PUT /api/v1/applications/:id/agreement/signed': ['national_admin', 'coordinator'],
  'GET /api/v1/applications/:id/agreement/signed.pdf': ['national_admin', 'assessor', 'coordinator', 'daycare_chief'],
  'GET /api/v1/courses': COURSE_READERS,
  'GET /api/v1/courses/:id': COURSE_READERS,
  'PUT /api/v1/courses/:id/plan': ['national_admin', 'consultant'],
  'PUT /api/v1/courses/:id/consultant': ['national_admin'],
  ...SCHEDULE_ROUTES,
  ...MEETING_ROUTES,
  ...SELF_ANALYSIS_ROUTES,
  ...CHANGE_MODEL_ROUTES,
  ...DOCUMENT_ROUTES,
  ...DASHBOARD_ROUTES,
  ...MEETING_ATTACHMENT_ROUTES,
  'GET /api/v1/access/readers': ['national_admin', 'coordinator'],
  'GET /api/v1/me/tasks': 'any',
  'GET /api/v1/rounds/:id/decision/preview': ['national_admin'],
  'GET /api/v1/rounds/:id/decision/preview/:applicationId/letter.docx': ['national_admin'],
  'GET /api/v1/rounds/:id/decision/preview/:applicationId/letter.pdf': ['national_admin'],
  'POST /api/v1/applications/:id/agreement/preview': ['national_admin'],
} as const satisfies Record<string, Expected>;

export type RouteKey = keyof typeof ROUTE_ACCESS;
