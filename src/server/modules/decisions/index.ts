// Public entry of the decisions module: what the composition root needs of it.

/** Live selection, decisions, publication and letters. */
export { registerDecisionRoutes } from './routes.js';
