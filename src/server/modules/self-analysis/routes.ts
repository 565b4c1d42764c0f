import type { FastifyInstance } from 'fastify';

/** The course's self-analysis (issue 4). */
export function registerSelfAnalysisRoutes(_app: FastifyInstance): void {}
