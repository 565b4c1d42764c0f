import type { Role } from '../../shared/roles.js';

type Expected = 'public' | 'any' | readonly Role[];

/**
 * The authorisation matrix: for every API route, who may call it.
 * 'public' = also anonymous; 'any' = every logged-in role. Kept beside the
 * policy and checked by test/authorisation-matrix.test.ts, which fails when a
 * route is missing here or the server answers differently.
 */
export const ROUTE_ACCESS = {
  'GET /api/health': 'public',
  'GET /api/openapi.json': 'public',
  'POST /api/v1/auth/login': 'public',
  'POST /api/v1/auth/logout': 'any',
  'GET /api/v1/session': 'any',
  'PUT /api/v1/session/role': 'any',
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
  'POST /api/v1/users/:id/assignments': ['national_admin', 'coordinator'],
  'DELETE /api/v1/users/:id/assignments/:assignmentId': ['national_admin', 'coordinator'],
  'GET /api/v1/audit': ['national_admin', 'daycare_chief'],
  'GET /api/v1/rounds': 'any',
  'GET /api/v1/rounds/:id': 'any',
  'POST /api/v1/rounds': ['national_admin'],
  'PATCH /api/v1/rounds/:id': ['national_admin'],
  'PUT /api/v1/rounds/:id/assessors': ['national_admin'],
} as const satisfies Record<string, Expected>;

export type RouteKey = keyof typeof ROUTE_ACCESS;
