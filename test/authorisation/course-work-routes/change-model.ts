import type { Expected } from '../route-table.js';

/** The change model (forandringsmodel) with versions, diagram and indicator measurements (modules/change-model). */
export const CHANGE_MODEL_ROUTES = {
  'GET /api/v1/courses/:id/change-model': [
    'national_admin',
    'consultant',
    'coordinator',
    'daycare_chief',
    'daycare_leader',
    'staff',
    'partner',
  ],
  'PUT /api/v1/courses/:id/change-model': ['consultant', 'coordinator', 'daycare_chief'],
  'GET /api/v1/courses/:id/change-model/versions/:version': [
    'national_admin',
    'consultant',
    'coordinator',
    'daycare_chief',
    'daycare_leader',
    'staff',
    'partner',
  ],
  'GET /api/v1/courses/:id/change-model/compare': [
    'national_admin',
    'consultant',
    'coordinator',
    'daycare_chief',
    'daycare_leader',
    'staff',
    'partner',
  ],
  'GET /api/v1/courses/:id/change-model/indicators.xlsx': [
    'national_admin',
    'consultant',
    'coordinator',
    'daycare_chief',
    'daycare_leader',
    'staff',
    'partner',
  ],
  'GET /api/v1/courses/:id/change-model/diagram.svg': [
    'national_admin',
    'consultant',
    'coordinator',
    'daycare_chief',
    'daycare_leader',
    'staff',
    'partner',
  ],
  'DELETE /api/v1/courses/:id/change-model/conflicts/:conflictId': ['consultant', 'coordinator', 'daycare_chief'],
  'POST /api/v1/courses/:id/indicators/:key/measurements': [
    'consultant',
    'coordinator',
    'daycare_chief',
    'daycare_leader',
  ],
  'DELETE /api/v1/courses/:id/indicators/:key/measurements/:measurementId': [
    'consultant',
    'coordinator',
    'daycare_chief',
    'daycare_leader',
  ],
} as const satisfies Record<string, Expected>;
