// Public entry of the tasks module ("Mine opgaver"): what the composition root needs of it.

/** The route of the caller's tasks. */
export { registerTaskRoutes } from './routes.js';
