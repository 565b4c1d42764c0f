import type { FastifyInstance } from 'fastify';

/** The course dashboard (issue 4). */
export function registerCourseDashboardRoutes(_app: FastifyInstance): void {}
