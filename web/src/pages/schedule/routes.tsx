import type { RouteObject } from 'react-router';

/** Scheduling pages: a course's meetings with the proposed schedule, the round's schedule, my calendar (issue 4). */
export const scheduleRoutes: RouteObject[] = [];
