import type { FastifyInstance } from 'fastify';

/** Calendar feeds (secret token URL) and .ics invitations (issue 4). */
export function registerCalendarRoutes(_app: FastifyInstance): void {}
