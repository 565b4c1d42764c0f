// Public entry of the children module: what the composition root needs of it.

/** Children's routes (list, search, create, update, export). */
export { registerChildrenRoutes } from './routes.js';
