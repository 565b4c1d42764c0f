// Public entry of the self-analysis module: the only file other modules may import.

/** The self-analysis routes (read, save, PDF, reopen). */
export { registerSelfAnalysisRoutes } from './routes.js';
/** Where a course's self-analysis stands (for the dashboard): its rows, read with the course, and their summary. */
export { selfAnalysisStatus } from './self-analysis-status.js';
export { readSelfAnalysisRows } from './self-analysis-state.js';
