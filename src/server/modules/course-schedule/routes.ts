import type { FastifyInstance } from 'fastify';

/** Scheduling live courses: settings, proposals, moves, consultants' calendars (issue 4). */
export function registerCourseScheduleRoutes(_app: FastifyInstance): void {}
