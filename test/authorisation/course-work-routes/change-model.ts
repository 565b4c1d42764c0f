import type { Expected } from '../route-table.js';
import { COURSE_READERS, COURSE_LEADS, MEASUREMENT_RECORDERS } from './course-roles.js';

/** The change model (forandringsmodel) with versions, diagram and indicator measurements (modules/change-model). */
export const CHANGE_MODEL_ROUTES = {
  'GET /api/v1/courses/:id/change-model': COURSE_READERS,
  'PUT /api/v1/courses/:id/change-model': COURSE_LEADS,
  'GET /api/v1/courses/:id/change-model/versions/:version': COURSE_READERS,
  'GET /api/v1/courses/:id/change-model/compare': COURSE_READERS,
  'GET /api/v1/courses/:id/change-model/indicators.xlsx': COURSE_READERS,
  'GET /api/v1/courses/:id/change-model/diagram.svg': COURSE_READERS,
  'DELETE /api/v1/courses/:id/change-model/conflicts/:conflictId': COURSE_LEADS,
  'POST /api/v1/courses/:id/indicators/:key/measurements': MEASUREMENT_RECORDERS,
  'DELETE /api/v1/courses/:id/indicators/:key/measurements/:measurementId': MEASUREMENT_RECORDERS,
} as const satisfies Record<string, Expected>;
