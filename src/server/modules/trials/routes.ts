import type { FastifyInstance } from 'fastify';

/** Trials agreed at meetings and the logs staff write between meetings (issue 4). */
export function registerTrialRoutes(_app: FastifyInstance): void {}
