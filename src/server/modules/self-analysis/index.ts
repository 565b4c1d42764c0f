// Public entry of the self-analysis module: the only file other modules may import.

/** The self-analysis routes (read, save, PDF, reopen). */
export { registerSelfAnalysisRoutes } from './routes.js';
/** Where a course's self-analysis stands (for the dashboard). */
export { selfAnalysisStatus } from './self-analysis-status.js';
