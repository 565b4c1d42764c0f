import type { FastifyInstance } from 'fastify';

/** A meeting: agenda, participants, attendance, hours, minutes, decisions, status (issue 4). */
export function registerMeetingRoutes(_app: FastifyInstance): void {}
