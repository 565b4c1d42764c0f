import type { FastifyInstance } from 'fastify';

/** The course's change model, versions, diagram and indicator measurements (issue 4). */
export function registerChangeModelRoutes(_app: FastifyInstance): void {}
