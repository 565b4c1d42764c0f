// Public entry of the assessments module: the only file other modules may import.

/** The assessors' routes. */
export { registerAssessmentRoutes } from './routes.js';
/** Every submitted application's score in a round (sum of criterion means). */
export { scoreRound } from './round-scores.js';
